/**
 * The bench's own tiny static server (node:http only): generated pages held in memory, plus a few fixture files.
 *
 * It listens twice with the same content: on 127.0.0.1 (a host the test build's content script matches) and on
 * 127.0.0.2 (a loopback address no build matches), so "a page the extension does not serve" is a real non-matching
 * origin rather than a pretend one.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface BenchServer {
  /** `http://127.0.0.1:<port>`: matched by the e2e build's content script. */
  origin: string;
  /** `http://127.0.0.2:<port>`: matched by no build (the content script must not be injected at all). */
  unmatchedOrigin: string;
  close(): Promise<void>;
}

async function listen(server: Server, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}

/** Serves `pages` (path → HTML) on both loopback origins. */
export async function startBenchServer(pages: ReadonlyMap<string, string>): Promise<BenchServer> {
  const handler = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const body = pages.get(path);
    if (body === undefined || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end('Not found\n');
      return;
    }
    const bytes = Buffer.from(body, 'utf8');
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': bytes.length,
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : bytes);
  };
  const matched = createServer(handler);
  const unmatched = createServer(handler);
  const port = await listen(matched, '127.0.0.1');
  const port2 = await listen(unmatched, '127.0.0.2');
  const close = (s: Server) =>
    new Promise<void>((resolve) => {
      s.closeAllConnections();
      s.close(() => resolve());
    });
  return {
    origin: `http://127.0.0.1:${port}`,
    unmatchedOrigin: `http://127.0.0.2:${port2}`,
    close: async () => {
      await Promise.all([close(matched), close(unmatched)]);
    },
  };
}
