/**
 * Diagnosis: where the content script's time goes on a big claims page.
 *
 *   npx tsx test/bench/profile.ts [claims=2000] [runs=5] [generic] [whole]
 *
 * Bundles test/bench/harness-entry.ts with Vite (unminified), injects it into the generated claims page in a Chromium
 * WITHOUT the extension, and times each stage of the pipeline (detect, read, serialise, fingerprint, verify, draw,
 * watch, the layout the badges cause). One more run is recorded with the V8 CPU profiler (100 µs sampling) and the
 * functions with the most self time are listed with their source file, so a slow stage can be traced to a function.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { build } from 'vite';
import { chromiumPath } from '../e2e/support/browsers';
import { CHROMIUM_ARGS } from '../e2e/support/chromium';
import type { StageTimes } from './harness-entry';
import { stats, type Stats } from './measure';
import { genericClaimsPage, staticClaimsPage } from './pages';
import { startBenchServer } from './server';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HARNESS_URL = 'coverage-lens-bench-harness.js';

/** Line (0-based) → source module, from the `// lib/…` comments the bundler writes before each module. */
function moduleMap(code: string): Array<{ line: number; module: string }> {
  const marks: Array<{ line: number; module: string }> = [];
  code.split('\n').forEach((text, line) => {
    const m =
      /^\s*\/\/ ((?:lib|components|entrypoints|test|node_modules)\/\S+\.(?:ts|tsx|js|mjs|cjs))\s*$/.exec(
        text,
      );
    if (m)
      marks.push({ line, module: (m[1] as string).replace(/^node_modules\/([^/]+)\/.*/, '$1 (dependency)') });
  });
  return marks;
}

function moduleAt(marks: Array<{ line: number; module: string }>, line: number): string {
  let found = '';
  for (const mark of marks) {
    if (mark.line > line) break;
    found = mark.module;
  }
  return found;
}

/** The harness as one IIFE script (setting `globalThis.__clBench`). */
export async function bundleHarness(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    resolve: { alias: { '@/': `${ROOT}/`, '~/': `${ROOT}/` } },
    build: {
      write: false,
      minify: false,
      sourcemap: false,
      lib: {
        entry: path.join(ROOT, 'test/bench/harness-entry.ts'),
        formats: ['iife'],
        name: '__clBenchModule',
      },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const out of outputs) {
    if (!('output' in out)) continue;
    for (const chunk of out.output)
      if (chunk.type === 'chunk') return `${chunk.code}\n//# sourceURL=${HARNESS_URL}\n`;
  }
  throw new Error('Vite produced no harness bundle');
}

export interface ProfiledFunction {
  name: string;
  /** Source module (harness bundle) or script file. */
  file: string;
  /** Self time, or inclusive time in `topInclusive`. */
  selfMs: number;
}

export interface ProfileReport {
  claims: number;
  runs: StageTimes[];
  stages: Record<keyof Omit<StageTimes, 'claims' | 'hosts'>, Stats>;
  /**
   * The floor of any reader on this page: the time to take every table cell's text (`textContent`, whitespace
   * collapsed) and nothing else — no visibility, no parsing, no claims — in a fresh page, as the content script is.
   */
  floorMs: Stats;
  /** JavaScript allocated by the pipeline (detect → watch), MB, from V8's sampling heap profiler (one run). */
  allocatedMB: number;
  /** Functions with the most self time in one profiled run (profiler overhead included). */
  topSelf: ProfiledFunction[];
  /** Functions of the harness bundle with the most inclusive time (self + callees, incl. DOM calls and GC). */
  topInclusive: ProfiledFunction[];
}

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

export async function profileContentPipeline(
  options: {
    claims?: number;
    runs?: number;
    context?: BrowserContext;
    generic?: boolean;
    /** Read every claim row (as when the popup asks), not the first read's EAGER_CLAIM_ROWS. */
    whole?: boolean;
  } = {},
): Promise<ProfileReport> {
  const claims = options.claims ?? 2000;
  const runs = options.runs ?? 5;
  const code = await bundleHarness();
  const page = options.generic ? genericClaimsPage(claims) : staticClaimsPage(claims);
  const server = await startBenchServer(new Map([['/claims.html', page]]));
  let profileDir: string | null = null;
  let context = options.context;
  if (!context) {
    profileDir = await mkdtemp(path.join(tmpdir(), 'coverage-lens-bench-profile-'));
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath(),
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: CHROMIUM_ARGS,
    });
  }
  try {
    const times: StageTimes[] = [];
    let topSelf: ProfiledFunction[] = [];
    let topInclusive: ProfiledFunction[] = [];
    for (let i = 0; i <= runs; i++) {
      const profiled = i === runs;
      const page = await context.newPage();
      await page.goto(`${server.origin}/claims.html`, { waitUntil: 'load' });
      // Let the page finish its own first style/layout/paint, as it has by the time a content script runs at
      // document_idle; otherwise the reader's first visibility check would be charged the page's initial layout.
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
      );
      await page.addScriptTag({ content: code });
      const cdp = await context.newCDPSession(page);
      if (profiled) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
      }
      const t = await page.evaluate(
        (whole) =>
          (
            globalThis as unknown as { __clBench: { runStages(whole: boolean): StageTimes } }
          ).__clBench.runStages(whole),
        options.whole ?? false,
      );
      if (profiled) {
        const { profile } = (await cdp.send('Profiler.stop')) as {
          profile: { nodes: CpuProfileNode[]; samples: number[]; timeDeltas: number[] };
        };
        const analysed = analyse(profile, moduleMap(code));
        topSelf = analysed.self.slice(0, Number(process.env.CL_TOP ?? 15));
        topInclusive = analysed.inclusive.slice(0, Number(process.env.CL_TOP ?? 25));
      } else {
        times.push(t);
      }
      await cdp.detach().catch(() => undefined);
      await page.close();
    }
    const floors: number[] = [];
    for (let i = 0; i < runs; i++) floors.push(await inFreshPage(context, server.origin, FLOOR));
    const allocatedMB = await sampledAllocationMB(context, server.origin, code, options.whole ?? false);
    const keys = [
      'detectMs',
      'readMs',
      'stringifyMs',
      'fingerprintMs',
      'verifyMs',
      'renderMs',
      'watchMs',
      'layoutAfterMs',
      'extractMs',
      'annotateMs',
    ] as const;
    const stages = Object.fromEntries(
      keys.map((k) => [k, stats(times.map((t) => t[k]))]),
    ) as ProfileReport['stages'];
    return {
      claims: times[0]?.claims ?? 0,
      runs: times,
      stages,
      topSelf,
      topInclusive,
      floorMs: stats(floors),
      allocatedMB,
    };
  } finally {
    await server.close();
    if (profileDir) {
      await context.close().catch(() => undefined);
      await rm(profileDir, { recursive: true, force: true }).catch(() => undefined);
    }
  }
}

/** In-page source (a string: tsx would add helpers to a function): every table cell's collapsed text, timed. */
const FLOOR = `(() => {
  const t0 = performance.now();
  const texts = [];
  for (const row of document.querySelectorAll('tr'))
    for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling)
      texts.push((cell.textContent || '').replace(/\\s+/g, ' ').trim());
  const ms = performance.now() - t0;
  if (texts.length === 0) throw new Error('no cells');
  return ms;
})()`;

/** Evaluates `source` in a fresh page of the claims page after its first frames, as profileContentPipeline does. */
async function inFreshPage(context: BrowserContext, origin: string, source: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/claims.html`, { waitUntil: 'load' });
    await page.evaluate(
      'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))',
    );
    return Number(await page.evaluate(source));
  } finally {
    await page.close();
  }
}

/** Bytes the harness pipeline allocates, sampled by V8 (every allocation, collected ones included), in MB. */
async function sampledAllocationMB(
  context: BrowserContext,
  origin: string,
  code: string,
  whole: boolean,
): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await page.goto(`${origin}/claims.html`, { waitUntil: 'load' });
    await page.evaluate(
      'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))',
    );
    await page.addScriptTag({ content: code });
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.startSampling', {
      samplingInterval: 4096,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    } as { samplingInterval: number });
    await page.evaluate(`globalThis.__clBench.runStages(${whole})`);
    const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as { profile: { head: SamplingNode } };
    let bytes = 0;
    const add = (node: SamplingNode) => {
      bytes += node.selfSize;
      for (const child of node.children) add(child);
    };
    add(profile.head);
    return Math.round(bytes / 1e5) / 10;
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

interface SamplingNode {
  selfSize: number;
  children: SamplingNode[];
}

interface CpuProfile {
  nodes: Array<CpuProfileNode & { children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function, and inclusive time per function of the harness bundle (each once per sample). */
function analyse(
  profile: CpuProfile,
  marks: Array<{ line: number; module: string }>,
): { self: ProfiledFunction[]; inclusive: ProfiledFunction[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const describe = (node: CpuProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const name = functionName || '(anonymous)';
    const file = url.endsWith(HARNESS_URL)
      ? moduleAt(marks, lineNumber)
      : url
        ? (url.split('/').pop() ?? url)
        : '';
    return { key: `${name}@${file}`, name, file, ours: url.endsWith(HARNESS_URL) };
  };
  const self = new Map<string, ProfiledFunction>();
  const inclusive = new Map<string, ProfiledFunction>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const d = describe(node);
    const s = self.get(d.key) ?? { name: d.name, file: d.file, selfMs: 0 };
    s.selfMs += dt;
    self.set(d.key, s);
    const counted = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur);
      if (!n) break;
      const dn = describe(n);
      if (!dn.ours || counted.has(dn.key)) continue;
      counted.add(dn.key);
      const e = inclusive.get(dn.key) ?? { name: dn.name, file: dn.file, selfMs: 0 };
      e.selfMs += dt;
      inclusive.set(dn.key, e);
    }
  });
  const sorted = (m: Map<string, ProfiledFunction>) =>
    [...m.values()]
      .filter((f) => f.name !== '(idle)' && f.name !== '(root)')
      .sort((a, b) => b.selfMs - a.selfMs)
      .map((f) => ({ ...f, selfMs: Math.round(f.selfMs * 10) / 10 }));
  return { self: sorted(self), inclusive: sorted(inclusive) };
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  const claims = Number(process.argv[2] ?? 2000);
  const runs = Number(process.argv[3] ?? 5);
  const generic = process.argv.slice(4).includes('generic');
  const whole = process.argv.slice(4).includes('whole');
  const report = await profileContentPipeline({ claims, runs, generic, whole });
  console.log(
    `Content-script pipeline, ${report.claims} claims read of ${claims} (${whole ? 'every row, as when the popup asks' : 'a first read'}; ${generic ? 'generic reader' : 'AcmeHealth adapter'}; harness, no extension), ${runs} runs:`,
  );
  for (const [stage, s] of Object.entries(report.stages)) {
    console.log(
      `  ${stage.padEnd(14)} median ${s.median.toFixed(1).padStart(7)} ms  (${s.min.toFixed(1)}–${s.max.toFixed(1)})`,
    );
  }
  console.log(
    `  floor: every table cell's text, nothing else: median ${report.floorMs.median.toFixed(1)} ms (${report.floorMs.min.toFixed(1)}–${report.floorMs.max.toFixed(1)})`,
  );
  console.log(`  JavaScript allocated by the pipeline (sampled): ${report.allocatedMB} MB`);
  console.log('Top self time (one profiled run, 100 µs sampling):');
  for (const f of report.topSelf)
    console.log(`  ${f.selfMs.toFixed(1).padStart(7)} ms  ${f.name}  ${f.file}`);
  console.log('Top inclusive time of pipeline functions (same run):');
  for (const f of report.topInclusive)
    console.log(`  ${f.selfMs.toFixed(1).padStart(7)} ms  ${f.name}  ${f.file}`);
}
