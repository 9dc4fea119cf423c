/**
 * The bundled demo portal: a small static HTTP server (node:http only) bound to 127.0.0.1 that serves
 * test/fixtures/portals/. Used by `npm run demo`, `npm run inspect` and the real-browser tests.
 *
 * Only loopback, only GET/HEAD, no directory listing, no path outside the served roots.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PORTALS_DIR = fileURLToPath(new URL('../fixtures/portals/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

export interface DemoServerOptions {
  /** Port on 127.0.0.1; 0 (default) picks any free port. */
  port?: number;
  /** Root folder served at `/` (default: test/fixtures/portals/). */
  root?: string;
  /**
   * Extra things to serve: a folder or a single file, mounted under `/extra/` by default (a user's saved
   * page for `inspect`). A single file is reachable at `<mount>/<its file name>`; its own folder is
   * mounted too so that a saved page's `_files/` folder loads.
   */
  extra?: string;
  extraMount?: string;
}

export interface DemoServer {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  origin: string;
  port: number;
  /** URL of the extra file (when `extra` is a file), else of the extra mount. */
  extraUrl: string | null;
  /** Every path requested so far (for tests). */
  requests: string[];
  close(): Promise<void>;
}

function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Resolves `urlPath` under `root`, or null when it would escape `root`. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const resolvedRoot = path.resolve(root);
  const target = path.resolve(resolvedRoot, '.' + path.posix.normalize('/' + decoded.replace(/\\/g, '/')));
  if (target !== resolvedRoot && !target.startsWith(resolvedRoot + path.sep)) return null;
  return target;
}

async function sendFile(req: IncomingMessage, res: ServerResponse, file: string): Promise<boolean> {
  let info;
  try {
    info = await stat(file);
  } catch {
    return false;
  }
  if (info.isDirectory()) {
    const index = path.join(file, 'index.html');
    try {
      if (!(await stat(index)).isFile()) return false;
    } catch {
      return false;
    }
    // Make relative links inside the folder resolve against it.
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.endsWith('/')) {
      res.writeHead(301, { location: url.pathname + '/' + url.search });
      res.end();
      return true;
    }
    file = index;
  } else if (!info.isFile()) {
    return false;
  }
  const body = await readFile(file);
  res.writeHead(200, {
    'content-type': contentType(file),
    'content-length': body.length,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const root = path.resolve(options.root ?? PORTALS_DIR);
  const requests: string[] = [];
  let extraDir: string | null = null;
  let extraFile: string | null = null;
  const mount = '/' + (options.extraMount ?? 'extra').replace(/^\/+|\/+$/g, '') + '/';
  if (options.extra) {
    const abs = path.resolve(options.extra);
    const info = await stat(abs); // throws a clear ENOENT for a missing file
    if (info.isDirectory()) extraDir = abs;
    else {
      extraDir = path.dirname(abs);
      extraFile = path.basename(abs);
    }
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      requests.push(url.pathname);
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
        res.end('Method not allowed\n');
        return;
      }
      let file: string | null;
      if (extraDir && url.pathname.startsWith(mount)) {
        file = resolveInside(extraDir, url.pathname.slice(mount.length - 1));
      } else {
        file = resolveInside(root, url.pathname);
      }
      if (file && (await sendFile(req, res, file))) return;
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end('Not found\n');
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Server error: ${error instanceof Error ? error.message : String(error)}\n`);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    extraUrl: extraDir ? origin + mount + (extraFile ? encodeURIComponent(extraFile) : '') : null,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// `tsx test/support/demo-server.ts [port]`: serve the demo portal until Ctrl+C.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 0);
  void startDemoServer({ port }).then((s) => {
    console.log(`Demo portal: ${s.origin}/`);
  });
}
