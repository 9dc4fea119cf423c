/**
 * Gzipped size of each entry point of a build (gzip -9 of each file, summed; the same measure as the budget check in
 * `npm test`, scripts/test-all.ts). For the popup and options pages, "initial" is what the HTML loads and every
 * chunk those files import statically; "lazy" adds the chunks imported with dynamic `import()` (views loaded on use).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EntrySize {
  entry: string;
  files: string[];
  initialGzipBytes: number;
  /** Including dynamically imported chunks (equal to initial for background and content script). */
  totalGzipBytes: number;
  rawBytes: number;
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function resolveRef(buildDir: string, from: string, ref: string): string {
  return ref.startsWith('/') ? path.join(buildDir, ref.slice(1)) : path.resolve(path.dirname(from), ref);
}

/** Files reachable from `roots`; `lazy` tells whether dynamic imports are followed. */
function closure(buildDir: string, roots: string[], lazy: boolean): string[] {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const file = path.normalize(queue.shift() as string);
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/\b(from|import)\s*(\(?)\s*["']([^"']+\.(?:js|css))["']/g)) {
      const dynamic = m[1] === 'import' && m[2] === '(';
      if (dynamic && !lazy) continue;
      queue.push(resolveRef(buildDir, file, m[3] as string));
    }
    // Vite's preload helper lists a dynamic chunk's dependencies as plain strings: follow them only for `lazy`.
    if (lazy) {
      for (const m of code.matchAll(/["'](\/?(?:chunks|assets)\/[^"']+\.(?:js|css))["']/g)) {
        queue.push(path.join(buildDir, (m[1] as string).replace(/^\//, '')));
      }
    }
  }
  return [...seen];
}

function htmlRoots(buildDir: string, html: string): string[] {
  const text = readFileSync(path.join(buildDir, html), 'utf8');
  return [...text.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) =>
    resolveRef(buildDir, path.join(buildDir, html), m[1] as string),
  );
}

function sizeOf(buildDir: string, entry: string, initial: string[], total: string[]): EntrySize {
  const sum = (files: string[]) => files.reduce((s, f) => s + gz(f), 0);
  return {
    entry,
    files: total.map((f) => path.relative(buildDir, f)),
    initialGzipBytes: sum(initial),
    totalGzipBytes: sum(total),
    rawBytes: total.reduce((s, f) => s + readFileSync(f).length, 0),
  };
}

export function entrySizes(buildDir: string): EntrySize[] {
  const manifest = JSON.parse(readFileSync(path.join(buildDir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string; scripts?: string[] };
    content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  };
  const out: EntrySize[] = [];
  const bg = [manifest.background?.service_worker ?? '', ...(manifest.background?.scripts ?? [])]
    .filter(Boolean)
    .map((f) => path.join(buildDir, f));
  out.push(sizeOf(buildDir, 'background', closure(buildDir, bg, false), closure(buildDir, bg, true)));
  const cs = [
    ...new Set((manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])])),
  ].map((f) => path.join(buildDir, f));
  out.push(sizeOf(buildDir, 'content', closure(buildDir, cs, false), closure(buildDir, cs, true)));
  for (const page of ['popup', 'options']) {
    if (!existsSync(path.join(buildDir, `${page}.html`))) continue;
    const roots = htmlRoots(buildDir, `${page}.html`);
    out.push(sizeOf(buildDir, page, closure(buildDir, roots, false), closure(buildDir, roots, true)));
  }
  return out;
}
