/**
 * One page served at every path, for e2e tests that need a host the demo server does not cover: plain http on another
 * loopback address (a site outside the extension's list), or https as `portal.added.test` with the throwaway
 * certificate in ./tls (the browser maps the host to 127.0.0.1 and accepts the certificate).
 */
import { readFile } from 'node:fs/promises';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const ADDED_PORTAL_HOST = 'portal.added.test';

export interface PageServer {
  /** `http://127.0.0.2:<port>` or `https://portal.added.test:<port>` (no trailing slash). */
  origin: string;
  close(): Promise<void>;
}

export async function servePage(
  html: string,
  on: { loopback: string } | { https: true },
): Promise<PageServer> {
  const handler = (_req: unknown, res: import('node:http').ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  };
  let server: Server;
  if ('https' in on) {
    const tls = path.resolve('test/e2e/support/tls');
    const [key, cert] = await Promise.all([
      readFile(path.join(tls, 'key.pem')),
      readFile(path.join(tls, 'cert.pem')),
    ]);
    server = createHttpsServer({ key, cert }, handler);
  } else {
    server = createHttpServer(handler);
  }
  const address = 'https' in on ? '127.0.0.1' : on.loopback;
  await new Promise<void>((resolve) => server.listen(0, address, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: 'https' in on ? `https://${ADDED_PORTAL_HOST}:${port}` : `http://${address}:${port}`,
    async close() {
      server.closeAllConnections(); // the browser keeps its connection alive
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
