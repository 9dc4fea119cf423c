/**
 * Makes sure a build in .output/ exists and is newer than every source file; builds it otherwise.
 *
 *   tsx scripts/ensure-build.ts [chrome-e2e|firefox-e2e|firefox-mv3-e2e|chrome|firefox|firefox-mv3 ...] [--force]
 *
 * Default target: chrome-e2e (`.output/chrome-mv3-e2e`, the test build with 127.0.0.1/localhost matches).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface BuildTarget {
  /** Folder under .output/ that the build writes. */
  dir: string;
  /** Arguments to `wxt`. */
  args: string[];
}

export const BUILD_TARGETS = {
  chrome: { dir: 'chrome-mv3', args: ['build'] },
  firefox: { dir: 'firefox-mv2', args: ['build', '-b', 'firefox'] },
  'firefox-mv3': { dir: 'firefox-mv3', args: ['build', '-b', 'firefox', '--mv3'] },
  'chrome-e2e': { dir: 'chrome-mv3-e2e', args: ['build', '--mode', 'e2e'] },
  'firefox-e2e': { dir: 'firefox-mv2-e2e', args: ['build', '-b', 'firefox', '--mode', 'e2e'] },
  'firefox-mv3-e2e': { dir: 'firefox-mv3-e2e', args: ['build', '-b', 'firefox', '--mv3', '--mode', 'e2e'] },
} satisfies Record<string, BuildTarget>;

export type BuildTargetName = keyof typeof BUILD_TARGETS;

/** What a build depends on (relative to the project root). */
const SOURCES = ['entrypoints', 'components', 'lib', 'public', 'locales', 'wxt.config.ts', 'package.json'];

function newestMtime(entry: string): number {
  let info;
  try {
    info = statSync(entry);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs; // a deleted file bumps its folder's mtime
  for (const name of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

export function newestSourceMtime(root = ROOT): number {
  return Math.max(...SOURCES.map((s) => newestMtime(path.join(root, s))));
}

export function outputDir(target: BuildTargetName, root = ROOT): string {
  return path.join(root, '.output', BUILD_TARGETS[target].dir);
}

/** True when the build is missing or older than the newest source file. */
export function isStale(target: BuildTargetName, root = ROOT): boolean {
  const manifest = path.join(outputDir(target, root), 'manifest.json');
  if (!existsSync(manifest)) return true;
  return statSync(manifest).mtimeMs < newestSourceMtime(root);
}

export function runWxt(args: string[], options: { quiet?: boolean; root?: string } = {}): Promise<void> {
  const root = options.root ?? ROOT;
  const bin = path.join(root, 'node_modules', '.bin', 'wxt');
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, {
      cwd: root,
      // Plain output (no colours, no spinner) so that a failure message is readable in a log.
      env: {
        ...process.env,
        CL_E2E: args.includes('e2e') ? '1' : (process.env.CL_E2E ?? ''),
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        CI: process.env.CI ?? '1',
      },
      stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(`wxt ${args.join(' ')} failed (exit ${code})${output ? `:\n${output.trim()}` : ''}`),
        );
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A lock folder per target, so that two of our tools (an e2e file and `inspect`, say) never build into the same
 * folder at once. A lock older than two minutes is left over from a killed process and is taken over.
 */
async function withBuildLock<T>(root: string, target: BuildTargetName, work: () => Promise<T>): Promise<T> {
  mkdirSync(path.join(root, '.output'), { recursive: true });
  const lock = path.join(root, '.output', `.building-${BUILD_TARGETS[target].dir}`);
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      let age = 0;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue; // released meanwhile
      }
      if (age > 120_000 || Date.now() > deadline) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      await sleep(250);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds `target` when it is missing or stale. Returns the absolute build folder. */
export async function ensureBuild(
  target: BuildTargetName = 'chrome-e2e',
  options: { force?: boolean; quiet?: boolean; root?: string } = {},
): Promise<string> {
  const root = options.root ?? ROOT;
  const dir = outputDir(target, root);
  if (!options.force && !isStale(target, root)) return dir;
  return withBuildLock(root, target, async () => {
    // Someone else may have built it while we waited for the lock.
    if (!options.force && !isStale(target, root)) return dir;
    const started = Date.now();
    if (!options.quiet) console.error(`Building .output/${BUILD_TARGETS[target].dir} ...`);
    await runWxt(BUILD_TARGETS[target].args, { quiet: true, root });
    if (!options.quiet)
      console.error(`Built .output/${BUILD_TARGETS[target].dir} in ${Date.now() - started} ms`);
    return dir;
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const names = args.filter((a) => !a.startsWith('--'));
  const targets = (names.length ? names : ['chrome-e2e']) as BuildTargetName[];
  for (const t of targets) {
    if (!(t in BUILD_TARGETS)) {
      console.error(`Unknown build target '${t}'. Known: ${Object.keys(BUILD_TARGETS).join(', ')}`);
      process.exit(2);
    }
  }
  (async () => {
    for (const t of targets) console.log(await ensureBuild(t, { force }));
  })().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
