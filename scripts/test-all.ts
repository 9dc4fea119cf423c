/**
 * `npm test`: every check the project has, in order, each printed with its result and time.
 *
 *   0 browsers present   1 typecheck   2 lint (eslint, prettier)   3 unit tests (vitest)
 *   4 builds + zips       5 web-ext lint   6 bundle budgets, no eval   7 real-browser tests (vitest e2e)
 *
 * Every vitest test case counts as one test; every other check counts as one test. The last line is exactly
 * `N passed, N failed`. Exit status is non-zero when anything failed. `CL_SKIP_E2E=1` skips step 7 (and says so).
 */
import { checkManifestPolicy, LOCAL_HOSTS, type ManifestLike } from '../lib/policy/manifest';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, inflateRawSync } from 'node:zlib';
import { INSTALL_HINT, missingBrowsers } from '../test/e2e/support/browsers';
import { BUILD_TARGETS, type BuildTargetName } from './ensure-build';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = path.join(ROOT, 'test-results');
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);
const isTTY = process.stdout.isTTY && !process.env.CI;
const green = (s: string) => (isTTY ? `\x1b[32m${s}\x1b[0m` : s);
const red = (s: string) => (isTTY ? `\x1b[31m${s}\x1b[0m` : s);
const dim = (s: string) => (isTTY ? `\x1b[2m${s}\x1b[0m` : s);

let passed = 0;
let failed = 0;
const failures: string[] = [];
const started = Date.now();

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function record(name: string, ok: boolean, ms: number, detail = ''): void {
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
  const mark = ok ? green('PASS') : red('FAIL');
  console.log(`  ${mark} ${name} ${dim(`(${seconds(ms)})`)}${detail ? ` ${detail}` : ''}`);
}

function heading(title: string): void {
  console.log(`\n== ${title}`);
}

interface RunResult {
  code: number;
  output: string;
  ms: number;
}

/** Runs a command; `stream` shows its output live, else output is kept and shown only on failure. */
function run(
  command: string,
  args: string[],
  options: { stream?: boolean; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<RunResult> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, FORCE_COLOR: isTTY ? '1' : '0', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // own process group, so a timeout can stop everything it started
    });
    let output = '';
    const onData = (target: NodeJS.WriteStream) => (data: Buffer) => {
      output += data.toString();
      if (options.stream) target.write(data);
    };
    child.stdout.on('data', onData(process.stdout));
    child.stderr.on('data', onData(process.stderr));
    const timer = setTimeout(
      () => {
        output += `\n[test-all] timed out after ${seconds(options.timeoutMs ?? 0)}; stopping.\n`;
        try {
          if (child.pid) process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      },
      options.timeoutMs ?? 5 * 60_000,
    );
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: 127, output: output + String(error), ms: Date.now() - t0 });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, output, ms: Date.now() - t0 });
    });
  });
}

function tail(output: string, lines = 40): string {
  return output
    .trimEnd()
    .split('\n')
    .slice(-lines)
    .map((l) => `      ${l}`)
    .join('\n');
}

async function check(name: string, command: string, args: string[], timeoutMs?: number): Promise<RunResult> {
  const result = await run(command, args, { timeoutMs });
  record(name, result.code === 0, result.ms);
  if (result.code !== 0) console.log(tail(result.output));
  return result;
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests?: number;
  numTodoTests?: number;
  numTotalTestSuites?: number;
  testResults: Array<{
    name: string;
    status: string;
    message?: string;
    startTime?: number;
    endTime?: number;
    assertionResults: Array<{ fullName: string; status: string }>;
  }>;
}

/** Runs vitest with the JSON reporter (+ a readable one on the console); every test case counts. */
async function vitestStep(
  label: string,
  jsonFile: string,
  extraArgs: string[],
  timeoutMs: number,
): Promise<void> {
  rmSync(jsonFile, { force: true });
  const result = await run(
    bin('vitest'),
    ['run', ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile}`],
    { stream: true, timeoutMs },
  );
  let report: VitestJson | null = null;
  try {
    report = JSON.parse(readFileSync(jsonFile, 'utf8')) as VitestJson;
  } catch {
    report = null;
  }
  if (!report) {
    record(`${label}: vitest produced no report (exit ${result.code})`, false, result.ms);
    return;
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  for (const file of report.testResults) {
    for (const test of file.assertionResults) {
      if (test.status === 'failed') failures.push(`${path.relative(ROOT, file.name)} > ${test.fullName}`);
    }
    // A file that fails to load has no test cases: count it as one failed test.
    if (file.status === 'failed' && file.assertionResults.length === 0) {
      failed++;
      failures.push(
        `${path.relative(ROOT, file.name)} (failed to run: ${(file.message ?? '').split('\n')[0]})`,
      );
    }
  }
  const fileLines = report.testResults.map((f) => {
    const ms = f.startTime && f.endTime ? f.endTime - f.startTime : null;
    return `${path.relative(ROOT, f.name)}${ms === null ? '' : ` ${seconds(ms)}`}`;
  });
  console.log(
    `  ${report.numFailedTests === 0 && result.code === 0 ? green('PASS') : red('FAIL')} ${label}: ` +
      `${report.numPassedTests} passed, ${report.numFailedTests} failed ${dim(`(${seconds(result.ms)})`)}`,
  );
  if (label.startsWith('real-browser')) for (const line of fileLines) console.log(dim(`      ${line}`));
  // vitest exiting non-zero with no failed test (e.g. an unhandled error) is still a failure.
  if (result.code !== 0 && report.numFailedTests === 0) {
    record(`${label}: vitest exited with ${result.code}`, false, 0);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Zips, bundles

/** Reads one entry of a zip file (stored or deflated) without any dependency. */
export function readZipEntry(zipFile: string, entryName: string): Buffer | null {
  const zip = readFileSync(zipFile);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${zipFile} is not a zip file`);
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < count; n++) {
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localHeader = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    if (name === entryName) {
      const localNameLength = zip.readUInt16LE(localHeader + 26);
      const localExtraLength = zip.readUInt16LE(localHeader + 28);
      const start = localHeader + 30 + localNameLength + localExtraLength;
      const data = zip.subarray(start, start + compressedSize);
      return method === 0 ? Buffer.from(data) : inflateRawSync(data);
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return null;
}

/** The built manifest names icons of 16, 48 and 128 px and a toolbar icon, and each file exists. */
function iconProblems(buildDir: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(buildDir, 'manifest.json'), 'utf8')) as {
    icons?: Record<string, string>;
    action?: { default_icon?: Record<string, string> };
    browser_action?: { default_icon?: Record<string, string> };
  };
  const problems: string[] = [];
  const icons = manifest.icons ?? {};
  for (const size of ['16', '48', '128']) if (!icons[size]) problems.push(`no ${size} px icon`);
  const toolbar = (manifest.action ?? manifest.browser_action)?.default_icon ?? {};
  if (Object.keys(toolbar).length === 0) problems.push('no toolbar icon');
  for (const file of [...Object.values(icons), ...Object.values(toolbar)])
    if (!existsSync(path.join(buildDir, file))) problems.push(`missing ${file}`);
  return problems;
}

function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/**
 * The JS/CSS files an HTML page loads, with every chunk they import, transitively: static imports only (what is loaded
 * when the page opens) or, with `includeLazy`, dynamic imports too (views and languages loaded on demand).
 */
export function pageFiles(buildDir: string, htmlFile: string, includeLazy = true): string[] {
  const files = new Set<string>();
  const html = readFileSync(path.join(buildDir, htmlFile), 'utf8');
  const queue: string[] = [];
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.(?:js|css))"/g)) {
    const ref = match[1]!;
    queue.push(
      path.resolve(buildDir, ref.startsWith('/') ? ref.slice(1) : path.join(path.dirname(htmlFile), ref)),
    );
  }
  while (queue.length) {
    const file = path.resolve(queue.shift()!);
    if (files.has(file) || !existsSync(file)) continue;
    files.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(file, 'utf8');
    // Static imports, and with includeLazy dynamic ones (rolldown writes those with backticks) …
    const imports = includeLazy
      ? /(?:\bfrom|\bimport)\s*\(?\s*["'`]([^"'`]+\.(?:js|css))["'`]/g
      : /(?:\bfrom|\bimport)\s*["']([^"']+\.(?:js|css))["']/g;
    for (const match of code.matchAll(imports)) {
      const ref = match[1]!;
      queue.push(
        ref.startsWith('/') ? path.resolve(buildDir, ref.slice(1)) : path.resolve(path.dirname(file), ref),
      );
    }
    // … and Vite's preload list of lazy chunks and their CSS (paths relative to the build root).
    if (!includeLazy) continue;
    for (const match of code.matchAll(/["'`]((?:chunks|assets)\/[^"'`]+\.(?:js|css))["'`]/g)) {
      queue.push(path.resolve(buildDir, match[1]!));
    }
  }
  return [...files];
}

function entryFiles(buildDir: string, entry: string, includeLazy = false): string[] {
  switch (entry) {
    case 'popup':
    case 'options':
      return pageFiles(buildDir, `${entry}.html`, includeLazy);
    case 'background':
      return [path.join(buildDir, 'background.js')];
    case 'content': {
      const manifest = JSON.parse(readFileSync(path.join(buildDir, 'manifest.json'), 'utf8')) as {
        content_scripts?: Array<{ js?: string[]; css?: string[] }>;
      };
      const list = (manifest.content_scripts ?? []).flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]);
      return [...new Set(list)].map((f) => path.join(buildDir, f));
    }
    default:
      throw new Error(`Unknown entry point '${entry}' in test/budgets.json`);
  }
}

function listFiles(dir: string, suffix: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, suffix));
    else if (name.endsWith(suffix)) out.push(full);
  }
  return out;
}

/** Code that compiles strings (what `connect-src`/CSP and AMO review forbid). */
const EVAL_PATTERNS = [/\beval\s*\(/, /\bnew\s+Function\s*\(/, /\bFunction\s*\(/];

// ---------------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });

  heading('0. Browsers');
  const missing = missingBrowsers();
  if (missing.length > 0) {
    console.log(`Chromium/Firefox not found: ${INSTALL_HINT}`);
    console.log(`0 passed, 1 failed`);
    process.exit(1);
  }
  record('Chromium and Firefox installed', true, 0);

  heading('1. Type check');
  await check('tsc --noEmit', bin('tsc'), ['--noEmit', '-p', ROOT]);

  heading('2. Lint and format');
  await check('eslint .', bin('eslint'), ['.']);
  await check('prettier --check .', bin('prettier'), ['--check', '.']);

  heading('3. Unit tests');
  await vitestStep('unit tests', path.join(RESULTS, 'unit.json'), [], 5 * 60_000);

  heading('4. Builds and zips');
  mkdirSync(path.join(ROOT, '.output'), { recursive: true }); // a fresh clone has none yet
  for (const zip of readdirSync(path.join(ROOT, '.output')).filter((f) => f.endsWith('.zip'))) {
    rmSync(path.join(ROOT, '.output', zip)); // only this run's zips are checked
  }
  // `wxt zip` builds the store build first, then packs it.
  const zipRuns: Array<[string, string[]]> = [
    ['chrome-mv3 build + zip', ['zip']],
    ['firefox-mv2 build + zip', ['zip', '-b', 'firefox']],
    ['firefox-mv3 build + zip', ['zip', '-b', 'firefox', '--mv3']],
  ];
  for (const [name, args] of zipRuns) await check(name, bin('wxt'), args);
  const e2eTargets: BuildTargetName[] = ['chrome-e2e', 'firefox-e2e', 'firefox-mv3-e2e'];
  for (const target of e2eTargets) {
    const t = BUILD_TARGETS[target];
    await check(`e2e build .output/${t.dir}`, bin('wxt'), t.args);
  }
  {
    const t0 = Date.now();
    const zips = readdirSync(path.join(ROOT, '.output')).filter((f) => f.endsWith('.zip'));
    const stores = zips.filter((f) => !f.endsWith('-sources.zip'));
    const distinct = stores.length === 3 && new Set(stores).size === 3;
    record('three store zips with distinct names', distinct, Date.now() - t0, dim(stores.join(', ')));
    const t1 = Date.now();
    const leaks: string[] = [];
    for (const zip of stores) {
      const manifest = readZipEntry(path.join(ROOT, '.output', zip), 'manifest.json');
      if (!manifest) leaks.push(`${zip}: no manifest.json`);
      else if (LOCAL_HOSTS.test(manifest.toString('utf8'))) leaks.push(`${zip}: local test hosts`);
    }
    record(
      'no store zip manifest mentions a test host (127.0.0.1/.2, localhost, portal.added.test)',
      stores.length > 0 && leaks.length === 0,
      Date.now() - t1,
      leaks.join('; '),
    );
  }

  for (const [dir, browser, testBuild] of [
    ['chrome-mv3', 'chrome', false],
    ['firefox-mv2', 'firefox', false],
    ['firefox-mv3', 'firefox', false],
    ['chrome-mv3-e2e', 'chrome', true],
  ] as const) {
    const t0 = Date.now();
    let problems: string[];
    try {
      const manifest = JSON.parse(
        readFileSync(path.join(ROOT, '.output', dir, 'manifest.json'), 'utf8'),
      ) as ManifestLike;
      problems = checkManifestPolicy(manifest, { browser, testBuild });
    } catch (error) {
      problems = [`no readable manifest: ${error instanceof Error ? error.message : String(error)}`];
    }
    record(
      `least-privilege manifest policy: .output/${dir}`,
      problems.length === 0,
      Date.now() - t0,
      problems.join('; '),
    );
    if (!testBuild) {
      const t1 = Date.now();
      const missing = iconProblems(path.join(ROOT, '.output', dir));
      record(
        `icons (manifest and toolbar button) present: .output/${dir}`,
        missing.length === 0,
        Date.now() - t1,
        missing.join('; '),
      );
    }
  }

  heading('5. web-ext lint (Firefox builds)');
  for (const dir of ['firefox-mv2', 'firefox-mv3']) {
    const result = await run(
      bin('web-ext'),
      ['lint', '--source-dir', path.join('.output', dir), '--output', 'json', '--no-input'],
      {
        env: { NO_UPDATE_NOTIFIER: '1' },
      },
    );
    interface LintSummary {
      errors: number;
      warnings: number;
      notices: number;
    }
    interface LintReport {
      errors?: Array<{ code: string; message: string; file?: string }>;
      summary?: LintSummary;
    }
    let report: LintReport = {};
    try {
      report = JSON.parse(result.output.slice(result.output.indexOf('{'))) as LintReport;
    } catch {
      report = {};
    }
    const summary: LintSummary | null = report.summary ?? null;
    const ok = summary !== null && summary.errors === 0;
    record(
      `web-ext lint .output/${dir}: 0 errors`,
      ok,
      result.ms,
      summary
        ? dim(`(${summary.errors} errors, ${summary.warnings} warnings, ${summary.notices} notices)`)
        : '',
    );
    if (!ok) {
      for (const e of report.errors ?? []) console.log(`      ${e.code}: ${e.message} ${e.file ?? ''}`);
      if (!summary) console.log(tail(result.output));
    }
  }

  heading('6. Bundle budgets (chrome-mv3, gzip -9) and no eval');
  const budgets = JSON.parse(readFileSync(path.join(ROOT, 'test', 'budgets.json'), 'utf8')) as {
    gzipKB: Record<string, number>;
  };
  const chromeDir = path.join(ROOT, '.output', 'chrome-mv3');
  for (const [entry, limitKB] of Object.entries(budgets.gzipKB)) {
    const t0 = Date.now();
    try {
      const files = entryFiles(chromeDir, entry);
      const missingFiles = files.filter((f) => !existsSync(f));
      const bytes = files.filter((f) => existsSync(f)).reduce((sum, f) => sum + gzipBytes(f), 0);
      const ok = files.length > 0 && missingFiles.length === 0 && bytes <= limitKB * 1000;
      const lazyBytes = entryFiles(chromeDir, entry, true)
        .filter((f) => existsSync(f))
        .reduce((sum, f) => sum + gzipBytes(f), 0);
      const lazyNote =
        lazyBytes > bytes ? `; ${(lazyBytes / 1000).toFixed(1)} kB with every lazy view/language` : '';
      record(
        `${entry}: ${(bytes / 1000).toFixed(1)} kB gz at open ≤ ${limitKB} kB${lazyNote}`,
        ok,
        Date.now() - t0,
        dim(`[${files.map((f) => path.relative(chromeDir, f)).join(', ')}]`),
      );
    } catch (error) {
      record(
        `${entry}: size (${error instanceof Error ? error.message : String(error)})`,
        false,
        Date.now() - t0,
      );
    }
  }
  {
    const t0 = Date.now();
    const offenders: string[] = [];
    for (const dir of ['chrome-mv3', 'firefox-mv2', 'firefox-mv3']) {
      const full = path.join(ROOT, '.output', dir);
      if (!existsSync(full)) {
        offenders.push(`${dir}: missing`);
        continue;
      }
      for (const file of listFiles(full, '.js')) {
        const code = readFileSync(file, 'utf8');
        for (const pattern of EVAL_PATTERNS) {
          const match = pattern.exec(code);
          if (match)
            offenders.push(
              `${path.relative(ROOT, file)}: ${code.slice(Math.max(0, match.index - 30), match.index + 30)}`,
            );
        }
      }
    }
    record('no eval( / new Function / Function( in built JS', offenders.length === 0, Date.now() - t0);
    for (const o of offenders) console.log(`      ${o}`);
  }

  heading('7. Real-browser tests (Chromium, Firefox)');
  if (process.env.CL_SKIP_E2E === '1') {
    console.log('  SKIPPED: real-browser tests (CL_SKIP_E2E=1); they were not run and are not counted.');
  } else {
    await vitestStep(
      'real-browser tests',
      path.join(RESULTS, 'e2e.json'),
      ['-c', 'vitest.e2e.config.ts'],
      10 * 60_000,
    );
  }

  console.log(`\nTotal time ${seconds(Date.now() - started)}`);
  if (failures.length) {
    console.log('Failed:');
    for (const f of failures) console.log(`  - ${f}`);
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.log(`test-all crashed: ${error instanceof Error ? error.message : String(error)}`);
    console.log(`${passed} passed, ${failed + 1} failed`);
    process.exit(1);
  });
}
