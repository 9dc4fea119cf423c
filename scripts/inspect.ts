/**
 * `npm run inspect -- <url | file.html> [--as-of YYYY-MM-DD] [--screenshot FILE.png] [--timeout MS] [--headful]`
 *
 * Loads the built extension (.output/chrome-mv3-e2e, built when missing or stale) into Chromium, opens the page (a
 * file is served on 127.0.0.1 first), waits until the content script's extraction has settled (late-rendering pages
 * included) and prints what the extension read and decided (contract §2):
 *
 *   { "snapshot": PageSnapshot, "assessments": [ { "claimId": "…" | null, "assessment": Assessment } ] }
 *
 * `claimId: null` is the page-level answer (plan facts and the page's service); then one entry per claim.
 * `--as-of` sets the date the rules use (the `asOfDate` setting, saved through the background before the page opens).
 * Exit 0 with the JSON; 1 when nothing was read or something failed (message on stderr); 2 on a usage error.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireBrowsers } from '../test/e2e/support/browsers';
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../test/e2e/support/chromium';
import {
  chromiumMessenger,
  openAndSettle,
  settleTab,
  toInspectOutput,
  updateSettings,
  type InspectOutput,
} from '../test/e2e/support/extension-state';
import { startDemoServer, type DemoServer } from '../test/support/demo-server';
import { ensureBuild } from './ensure-build';

const USAGE =
  'Usage: npm run inspect -- <url | file.html> [--as-of YYYY-MM-DD] [--screenshot FILE.png] [--timeout MS] [--headful]';

export interface InspectArgs {
  target: string;
  asOf: string | null;
  screenshot: string | null;
  timeoutMs: number;
  headful: boolean;
}

export function parseInspectArgs(argv: string[]): InspectArgs {
  const args: InspectArgs = { target: '', asOf: null, screenshot: null, timeoutMs: 20_000, headful: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--as-of') {
      const v = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) {
        throw new Error(`--as-of: expected a date YYYY-MM-DD, got '${v}'`);
      }
      args.asOf = v;
    } else if (flag === '--screenshot') args.screenshot = path.resolve(value());
    else if (flag === '--timeout') {
      const n = Number(value());
      if (!Number.isFinite(n) || n <= 0) throw new Error('--timeout: expected milliseconds');
      args.timeoutMs = n;
    } else if (flag === '--headful') args.headful = true;
    else if (flag === '--help' || flag === '-h') throw new Error('help');
    else if (flag.startsWith('--')) throw new Error(`Unknown option ${flag}`);
    else if (!args.target) args.target = arg;
    else throw new Error(`Unexpected argument '${arg}'`);
  }
  if (!args.target) throw new Error('Give a URL or an .html file');
  return args;
}

function isUrl(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(target);
}

export interface InspectResult {
  output: InspectOutput;
  settled: boolean;
  ms: number;
}

/** Runs one inspection (used by the CLI; tests may call it too). */
export async function inspect(
  args: InspectArgs,
  log: (line: string) => void = () => undefined,
): Promise<InspectResult> {
  const extensionDir = await ensureBuild('chrome-e2e', { quiet: true });
  let server: DemoServer | null = null;
  let browser: ChromiumWithExtension | null = null;
  try {
    let url = args.target;
    if (!isUrl(args.target)) {
      const file = path.resolve(args.target);
      if (!existsSync(file)) throw new Error(`No such file: ${args.target}`);
      server = await startDemoServer({ extra: file });
      url = server.extraUrl!;
      log(`Serving ${path.relative(process.cwd(), file) || file} at ${url}`);
    }
    browser = await launchChromiumWithExtension({ extensionDir, headless: !args.headful });
    const { send } = await chromiumMessenger(browser);
    if (args.asOf) await updateSettings(send, { asOfDate: args.asOf });
    const result = await openAndSettle(browser, send, url, { timeoutMs: args.timeoutMs });
    let { state, settled } = result;
    const local = /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url);
    if (!state?.snapshot && !local) {
      // A site outside the content-script matches: ask the background to read it, as the popup's "Read this page".
      try {
        await send({ type: 'tab:read-page', tabId: result.tabId });
        ({ state, settled } = await settleTab(send, result.page, result.tabId, { timeoutMs: 5_000 }));
      } catch {
        // Keep the empty result; the caller reports it.
      }
    }
    if (args.screenshot) {
      await result.page.screenshot({ path: args.screenshot, fullPage: true });
      log(`Screenshot: ${args.screenshot}`);
    }
    return { output: toInspectOutput(state), settled, ms: result.ms };
  } finally {
    await browser?.close();
    await server?.close();
  }
}

async function main(): Promise<void> {
  let args: InspectArgs;
  try {
    args = parseInspectArgs(process.argv.slice(2));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(message === 'help' ? USAGE : `${message}\n${USAGE}`);
    process.exit(message === 'help' ? 0 : 2);
  }
  try {
    requireBrowsers(['chromium']);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  const result = await inspect(args, (line) => console.error(line));
  process.stdout.write(JSON.stringify(result.output, null, 2) + '\n');
  if (!result.output.snapshot) {
    console.error(
      `Nothing was read from ${args.target} within ${args.timeoutMs} ms (not a page the extension reads?).`,
    );
    process.exit(1);
  }
  if (!result.settled)
    console.error(
      `Warning: the page was still changing after ${args.timeoutMs} ms; printed the latest answer.`,
    );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
