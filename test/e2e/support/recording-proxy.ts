/**
 * An HTTP proxy for the privacy test: Chromium sends every request through it (Playwright also proxies loopback,
 * `<-loopback>`), so it sees what the browser really puts on the network, whoever made the request (page, content
 * script, service worker, extension page). Requests to allowed origins are forwarded; everything else is recorded and
 * refused (HTTPS CONNECT, WebSocket upgrades and other hosts never leave the machine).
 */
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

export interface ProxiedRequest {
  method: string;
  url: string;
  forwarded: boolean;
}

export interface RecordingProxy {
  /** `http://127.0.0.1:<port>` for Playwright's `proxy.server`. */
  server: string;
  requests: ProxiedRequest[];
  close(): Promise<void>;
}

export async function startRecordingProxy(allowedOrigins: string[]): Promise<RecordingProxy> {
  const allowed = new Set(allowedOrigins.map((o) => new URL(o).origin));
  const requests: ProxiedRequest[] = [];
  const sockets = new Set<Duplex>();

  const server = createServer((req, res) => {
    let target: URL | null = null;
    try {
      target = new URL(req.url ?? '');
    } catch {
      target = null;
    }
    const forwarded = target !== null && allowed.has(target.origin);
    requests.push({ method: req.method ?? 'GET', url: target?.href ?? String(req.url), forwarded });
    if (!target || !forwarded) {
      res.writeHead(403, { 'content-type': 'text/plain' });
      res.end('Blocked by the Coverage Lens privacy test proxy\n');
      return;
    }
    const upstream = httpRequest(
      target,
      { method: req.method, headers: { ...req.headers, host: target.host } },
      (upstreamRes: IncomingMessage) => {
        res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
        upstreamRes.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  server.on('connect', (req: IncomingMessage, socket: Duplex) => {
    requests.push({ method: 'CONNECT', url: `https://${req.url ?? ''}`, forwarded: false });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex) => {
    requests.push({ method: 'UPGRADE', url: String(req.url), forwarded: false });
    socket.destroy();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
