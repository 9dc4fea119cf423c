/**
 * `npm run demo [-- --headless] [--out DIR] [--port N]`
 *
 * Builds the extension (.output/chrome-mv3-e2e, when missing or stale), starts the bundled demo portal on 127.0.0.1
 * and opens Chromium with the extension loaded on the portal's index; waits until the browser is closed.
 *
 * With no display (no DISPLAY/WAYLAND_DISPLAY) or with `--headless`, it instead visits every demo page, prints what
 * the extension read and decided, and writes to a folder (default demo-output/):
 *   summary.json                 everything below, for all pages
 *   <page>.json                  { snapshot, assessments } (the `inspect` format) for each page
 *   <page>.<en|es>.page.png      the annotated page, in English and in Spanish (settings.locale)
 *   <page>.<en|es>.popup.png     the popup for that page
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireBrowsers } from '../test/e2e/support/browsers';
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../test/e2e/support/chromium';
import {
  chromiumMessenger,
  openAndSettle,
  toInspectOutput,
  updateSettings,
  waitForDomQuiet,
  type InspectOutput,
  type PopupState,
} from '../test/e2e/support/extension-state';
import { PORTALS_DIR, startDemoServer } from '../test/support/demo-server';
import { ensureBuild, ROOT } from './ensure-build';

interface DemoArgs {
  headless: boolean;
  out: string;
  port: number;
}

function parseArgs(argv: string[]): DemoArgs {
  const args: DemoArgs = {
    headless: !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY),
    out: path.join(ROOT, 'demo-output'),
    port: 0,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--headless') args.headless = true;
    else if (arg === '--out') args.out = path.resolve(argv[++i] ?? 'demo-output');
    else if (arg === '--port') args.port = Number(argv[++i] ?? 0);
    else {
      console.error(`Unknown argument '${arg}'. Usage: npm run demo [-- --headless] [--out DIR] [--port N]`);
      process.exit(2);
    }
  }
  return args;
}

/** The demo pages: the links of the portal index (same site, .html), else every .html under the portals folder. */
export function demoPages(dir = PORTALS_DIR): string[] {
  const index = path.join(dir, 'index.html');
  if (existsSync(index)) {
    const html = readFileSync(index, 'utf8');
    const links = [...html.matchAll(/<a\b[^>]*\bhref="([^"#?:]+\.html)(?:[?#][^"]*)?"/g)].map((m) => m[1]!);
    const pages = [...new Set(links.map((l) => path.posix.normalize(l.replace(/^\.?\//, ''))))].filter(
      (l) => !l.startsWith('..') && existsSync(path.join(dir, l)),
    );
    if (pages.length > 0) return pages;
  }
  const found: string[] = [];
  const walk = (sub: string) => {
    for (const name of readdirSync(path.join(dir, sub)).sort()) {
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(path.join(dir, rel)).isDirectory()) walk(rel);
      else if (name.endsWith('.html') && rel !== 'index.html') found.push(rel);
    }
  };
  walk('');
  return found;
}

function slug(page: string): string {
  return page.replace(/\.html$/, '').replace(/[^A-Za-z0-9.-]+/g, '_');
}

/** Claims listed per page on the console (the JSON files hold all of them). */
const MAX_CLAIM_LINES = 8;
/** Pages taller than this are captured as the first screenful (a 2,000-claim page would make a huge image). */
const MAX_FULL_PAGE_HEIGHT = 6_000;

function money(n: number | null | undefined): string {
  return typeof n === 'number' ? `$${n.toFixed(2)}` : '—';
}

/** One or two human lines per page. */
export function summaryLines(page: string, state: PopupState | null, settled: boolean): string[] {
  if (!state?.snapshot) return [`${page}: nothing read${settled ? '' : ' (timed out)'}`];
  const s = state.snapshot;
  const denied = s.claims.filter((c) => c.statusNormalized === 'denied').length;
  const lines = [
    `${page}: portal ${s.portal}; member ${s.member.name ?? '—'}; plan ${s.plan.name ?? '—'} (${s.plan.type ?? 'type ?'}); ` +
      `${s.claims.length} claim(s), ${denied} denied; ${s.authorizations.length} authorization(s), ${s.referrals.length} referral(s)` +
      (settled ? '' : ' [still changing]'),
  ];
  const describe = (
    label: string,
    evaluated: PopupState['claims'][number] | NonNullable<PopupState['page']>,
  ) => {
    const a = evaluated.assessment;
    if (!a) {
      const why =
        evaluated.note ?? (evaluated.missing.length ? `needs ${evaluated.missing.join(', ')}` : 'no answer');
      return `    ${label}: not evaluated (${why})`;
    }
    const appeal = a.appeal;
    return (
      `    ${label}: referral ${String(a.referralNeeded)}, pre-auth ${String(a.preAuthNeeded)}, ` +
      `appeal ${appeal.status}${appeal.deadline ? ` by ${appeal.deadline}` : ''}` +
      `${appeal.daysLeft != null ? ` (${appeal.daysLeft} days left)` : ''}; you owe ${money(a.outOfPocket?.total)}`
    );
  };
  if (state.page) lines.push(describe('page', state.page));
  const shown = state.claims.slice(0, MAX_CLAIM_LINES);
  for (const claim of shown) lines.push(describe(`claim ${claim.claimId}`, claim));
  if (state.claims.length > shown.length) {
    lines.push(`    … and ${state.claims.length - shown.length} more claims (see the JSON file)`);
  }
  return lines;
}

async function headfulDemo(args: DemoArgs, extensionDir: string): Promise<void> {
  const server = await startDemoServer({ port: args.port });
  const browser = await launchChromiumWithExtension({ extensionDir, headless: false, viewport: null });
  const first = browser.context.pages()[0] ?? (await browser.context.newPage());
  await first.goto(`${server.origin}/`);
  console.log(`Demo portal: ${server.origin}/`);
  console.log(
    'Chromium is open with Coverage Lens loaded (the puzzle-piece menu pins its button). Close it to stop.',
  );
  const stop = async () => {
    await browser.close();
    await server.close();
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));
  await new Promise<void>((resolve) => browser.context.once('close', () => resolve()));
  await stop();
}

interface PageReport extends InspectOutput {
  page: string;
  url: string;
  settled: boolean;
  ms: number;
  screenshots: string[];
}

async function headlessDemo(args: DemoArgs, extensionDir: string): Promise<void> {
  mkdirSync(args.out, { recursive: true });
  const server = await startDemoServer({ port: args.port });
  let browser: ChromiumWithExtension | null = null;
  const reports: PageReport[] = [];
  const errors: string[] = [];
  try {
    browser = await launchChromiumWithExtension({ extensionDir, headless: true });
    const { send } = await chromiumMessenger(browser);
    const pages = demoPages();
    console.log(`Demo portal: ${server.origin}/ (${pages.length} pages)\n`);
    const byPage = new Map<string, PageReport>();
    const visit = async (rel: string, locale: 'en' | 'es') => {
      const url = `${server.origin}/${rel}`;
      const result = await openAndSettle(browser!, send, url, { timeoutMs: 15_000 });
      const base = path.join(args.out, slug(rel));
      const pageShot = `${base}.${locale}.page.png`;
      const height = await result.page.evaluate(() => document.documentElement.scrollHeight);
      await result.page.screenshot({ path: pageShot, fullPage: height <= MAX_FULL_PAGE_HEIGHT });
      const popup = await browser!.openPopup(result.tabId);
      await popup.waitForLoadState('load');
      await waitForDomQuiet(popup);
      const popupShot = `${base}.${locale}.popup.png`;
      await popup.screenshot({ path: popupShot, fullPage: true });
      await popup.close();
      await result.page.close();
      const shots = [pageShot, popupShot].map((f) => path.relative(args.out, f));
      const existing = byPage.get(rel);
      if (existing) {
        existing.screenshots.push(...shots);
        return;
      }
      // The English pass is the one printed and saved as JSON (the answers do not depend on the language).
      const output = toInspectOutput(result.state);
      const report: PageReport = {
        page: rel,
        url,
        settled: result.settled,
        ms: result.ms,
        screenshots: shots,
        ...output,
      };
      byPage.set(rel, report);
      reports.push(report);
      writeFileSync(`${base}.json`, JSON.stringify(output, null, 2) + '\n');
      for (const line of summaryLines(rel, result.state, result.settled)) console.log(line);
    };
    for (const locale of ['en', 'es'] as const) {
      await updateSettings(send, { locale });
      for (const rel of pages) {
        try {
          await visit(rel, locale);
        } catch (error) {
          errors.push(
            `${rel} (${locale}): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
          );
          console.log(`${rel} (${locale}): error: ${errors.at(-1)}`);
        }
      }
    }
    await updateSettings(send, { locale: 'auto' });
  } finally {
    await browser?.close();
    await server.close();
  }
  writeFileSync(path.join(args.out, 'summary.json'), JSON.stringify(reports, null, 2) + '\n');
  const unread = reports.filter((r) => !r.snapshot).length;
  console.log(`\n${reports.length - unread} of ${reports.length} demo pages read.`);
  console.log(`Screenshots (English and Spanish) and JSON written to ${args.out}`);
  if (errors.length) console.log(`${errors.length} page visit(s) failed:\n  ${errors.join('\n  ')}`);
  if (reports.length === 0 || unread === reports.length || errors.length) process.exitCode = 1;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  try {
    requireBrowsers(['chromium']);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  const extensionDir = await ensureBuild('chrome-e2e');
  if (args.headless) await headlessDemo(args, extensionDir);
  else await headfulDemo(args, extensionDir);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
