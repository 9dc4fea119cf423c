/**
 * The main flow in real Firefox ESR (the MV2 e2e build, `.output/firefox-mv2-e2e`), driven over WebDriver BiDi:
 * badges appear next to the right claims → the popup answers → an edit in the popup changes the answer and survives
 * a reload → the exports (CSV, JSON, .ics) and a letter are saved as files → claims inside a srcdoc iframe are read →
 * "Delete all data" leaves storage empty; and "Read this page anyway", there and on a site outside the list.
 *
 * As in Chromium, the product is observed from outside only: the stored per-tab result, the annotation hosts in the
 * page (their content sits in closed shadow roots), and the popup's DOM.
 */
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollUntil } from './support/poll';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox';
import { servePage } from './support/page-server';
import { startDemoServer, type DemoServer } from '../support/demo-server';
import { ensureBuild } from '../../scripts/ensure-build';
import { BADGE_HOST_SELECTOR } from '../../components/annotations/annotator';

/** The badge hosts the annotator writes (their content is in closed shadow roots). */
const HOST = BADGE_HOST_SELECTOR;
const SHOTS = path.resolve('test-results/e2e-product-firefox');

let server: DemoServer;
let firefox: FirefoxWithExtension;
/** Where Firefox saves downloads (the popup's exports), without asking. */
let downloads: string;

interface StoredResult {
  snapshot: { claims: Array<{ id: string }> };
  assessments: Array<{ claimId: string | null; assessment: { appeal: { status: string } } }>;
}

interface ExtensionGlobals {
  browser: {
    storage: Record<
      'local' | 'session' | 'sync',
      { get(k: unknown): Promise<Record<string, unknown>>; set(i: object): Promise<void> }
    >;
  };
}

async function tabResult(tabId: number): Promise<StoredResult | null> {
  return firefox.evaluateInExtension(async (id: number) => {
    const api = (globalThis as unknown as ExtensionGlobals).browser;
    const key = `tabResult:${id}`;
    return ((await api.storage.session.get(key))[key] as StoredResult | undefined) ?? null;
  }, tabId);
}

function waitFor<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 20_000,
): Promise<T> {
  return pollUntil(what, probe, {
    timeoutMs,
    intervalMs: 150,
    detail: () => firefox.logs.slice(-20).join('\n'),
  });
}

const hostCount = (context: string) =>
  firefox.evaluate(context, (selector: string) => document.querySelectorAll(selector).length, HOST);

/** Fills one unknown fact in the popup's facts editor (a select or a text field) and saves it. */
async function editFact(popup: string, factPath: string, value: string): Promise<void> {
  await firefox.waitFor(
    popup,
    ([p, v]: [string, string]) => {
      const row = document.querySelector(`[data-testid="fact"][data-path="${p}"]`);
      const field = row?.querySelector('select, input') as HTMLSelectElement | HTMLInputElement | null;
      if (!field) return false;
      field.value = v;
      field.dispatchEvent(
        new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
      );
      return true;
    },
    [factPath, value],
  );
  // Let the popup re-render with the new value before submitting (separate evaluations).
  await firefox.waitFor(
    popup,
    ([p, v]: [string, string]) => {
      const row = document.querySelector(`[data-testid="fact"][data-path="${p}"]`);
      const field = row?.querySelector('select, input') as HTMLSelectElement | HTMLInputElement | null;
      const save = Array.from(row?.querySelectorAll('button') ?? []).find((b) =>
        /save/i.test(b.textContent ?? ''),
      );
      if (!field || !save || field.value !== v) return false;
      save.click();
      return true;
    },
    [factPath, value],
  );
  await firefox.waitFor(
    popup,
    (p: string) =>
      document.querySelector(`[data-testid="fact"][data-path="${p}"][data-unknown="false"]`) !== null,
    factPath,
  );
}

beforeAll(async () => {
  const extensionDir = await ensureBuild('firefox-e2e');
  await mkdir(SHOTS, { recursive: true });
  // /extra/: pages no detection takes for a portal on its own (read only when the user asks).
  server = await startDemoServer({ extra: path.resolve('test/fixtures/unrecognised') });
  downloads = await mkdtemp(path.join(tmpdir(), 'cl-ff-downloads-'));
  firefox = await launchFirefoxWithExtension({
    extensionDir,
    prefs: {
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.panel.shown': true,
      'browser.helperApps.neverAsk.saveToDisk': 'text/csv,application/json,text/calendar,text/plain',
    },
  });
  await firefox.evaluateInExtension(async () => {
    const api = (globalThis as unknown as ExtensionGlobals).browser;
    await api.storage.local.set({
      settings: {
        retentionDays: 30,
        locale: 'en',
        asOfDate: '2026-11-10',
        enabledOptionalOrigins: [],
        schemaVersion: 2,
      },
    });
  });
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

describe('Coverage Lens in Firefox', () => {
  it('annotates claims, answers in the popup, keeps an edit across a reload, and deletes all data', async () => {
    const url = `${server.origin}/acme-member/claims.html`;
    const page = await firefox.newTab(url);
    const tabId = await firefox.tabIdOf(url);
    const result = await waitFor('a stored result with 5 claims', async () => {
      const current = await tabResult(tabId);
      return current && current.snapshot.claims.length === 5 ? current : null;
    });
    const ids = result.snapshot.claims.map((claim) => claim.id);

    // One badge per claim, each in the row that shows its claim number; the page cannot read inside.
    await waitFor('one badge per claim', async () => (await hostCount(page)) === ids.length);
    const placement = await firefox.evaluate(
      page,
      (selector: string) =>
        Array.from(document.querySelectorAll(selector), (host) => ({
          row: host.closest('tr')?.textContent ?? '',
          closed: host.shadowRoot === null,
          text: host.textContent,
        })),
      HOST,
    );
    placement.forEach((item, index) => {
      expect(item.row).toContain(ids[index]);
      expect(item.closed).toBe(true);
      expect(item.text).toBe('');
    });
    await firefox.screenshot(page, path.join(SHOTS, 'member-claims-annotated.png'));

    // The popup answers for this tab and asks for the facts the page does not show.
    const popup = await firefox.openPopup(tabId);
    await firefox.waitFor(popup, () => document.querySelector('[data-testid="facts-editor"]') !== null);

    const before = await tabResult(tabId);
    await editFact(popup, 'plan.type', 'PPO');
    await editFact(popup, 'plan.kind', 'employer-erisa');
    const after = await waitFor('a re-evaluated result', async () => {
      const current = await tabResult(tabId);
      return current && JSON.stringify(current.assessments) !== JSON.stringify(before?.assessments)
        ? current
        : null;
    });
    expect(after.assessments.find((item) => item.claimId === 'AC2610050041')?.assessment.appeal.status).toBe(
      'open',
    );
    await firefox.screenshot(popup, path.join(SHOTS, 'popup-after-edit.png'));

    // The edit survives a reload of the page.
    await firefox.navigate(page, url);
    await waitFor('the same answers after a reload', async () => {
      const current = await tabResult(tabId);
      return (
        current !== null &&
        current.snapshot.claims.length === ids.length &&
        JSON.stringify(current.assessments) === JSON.stringify(after.assessments)
      );
    });
    await waitFor('badges after the reload', async () => (await hostCount(page)) === ids.length);

    // The claims view exports CSV, JSON and the appeal deadline (.ics); the letters view saves a letter. Each file
    // lands in the download folder with every claim (or the denied claim) in it.
    const clickText = (context: string, text: string) =>
      firefox.waitFor(
        context,
        (label: string) => {
          const button = Array.from(document.querySelectorAll('button')).find(
            (b) => b.textContent?.trim() === label && !b.disabled,
          );
          button?.click();
          return button !== undefined;
        },
        text,
      );
    const saved = async (suffix: string) =>
      waitFor(`a downloaded ${suffix} file with content`, async () => {
        // Firefox creates the file empty, writes to a .part file beside it and moves that over it when done: the
        // download is there once its name exists with content and no .part remains.
        const files = await readdir(downloads);
        const name = files.find((file) => file.endsWith(suffix));
        if (!name || files.some((file) => file.endsWith('.part'))) return undefined;
        const text = await readFile(path.join(downloads, name), 'utf8');
        return text.length > 0 ? text : undefined;
      });
    await firefox.navigate(popup, `${firefox.extensionOrigin}/popup.html?tab=${tabId}`);
    await firefox.waitFor(popup, () => {
      const nav = document.querySelector('[data-testid="nav-claims"]') as HTMLButtonElement | null;
      nav?.click();
      return document.querySelector('[data-testid="claims-view"]') !== null;
    });
    await clickText(popup, 'Export CSV');
    await clickText(popup, 'Export JSON');
    await clickText(popup, 'Deadlines to calendar (.ics)');
    for (const suffix of ['.csv', '.json']) {
      const text = await saved(suffix);
      for (const id of ids) expect(text).toContain(id);
    }
    const ics = await saved('.ics');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('AC2610050041');
    await firefox.waitFor(popup, () => {
      const nav = document.querySelector('[data-testid="nav-letters"]') as HTMLButtonElement | null;
      nav?.click();
      return document.querySelector('[data-testid="letters-view"]') !== null;
    });
    // The letter about the denied claim.
    await firefox.waitFor(popup, () => {
      const select = document.querySelector('#cl-letter-subject') as HTMLSelectElement | null;
      const option = Array.from(select?.options ?? []).find((o) => o.textContent?.includes('AC2610050041'));
      if (!select || !option) return false;
      select.value = option.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    });
    await firefox.waitFor(
      popup,
      () =>
        document.querySelector('[data-testid="letter-text"]')?.textContent?.includes('AC2610050041') ?? false,
    );
    await clickText(popup, 'Download (.txt)');
    expect(await saved('.txt')).toContain('AC2610050041');

    // Claims inside a same-origin srcdoc iframe are read and annotated where they are.
    const providerUrl = `${server.origin}/clearinghouse-provider/claim-status.html`;
    const provider = await firefox.newTab(providerUrl);
    const providerTab = await firefox.tabIdOf(providerUrl);
    const providerResult = await waitFor('claims from the iframe', async () => {
      const current = await tabResult(providerTab);
      return current && current.snapshot.claims.length > 0 ? current : null;
    });
    await waitFor('badges inside the iframe', async () => {
      const count = await firefox.evaluate(
        provider,
        (selector: string) => {
          const frame = document.querySelector('iframe');
          return frame?.contentDocument?.querySelectorAll(selector).length ?? -1;
        },
        HOST,
      );
      return count === providerResult.snapshot.claims.length;
    });

    // "Delete all data" from the options page empties every storage area and clears the page.
    const options = await firefox.newTab(`${firefox.extensionOrigin}/options.html`);
    await firefox.waitFor(options, () => {
      const button = document.querySelector('[data-testid="wipe"]') as HTMLButtonElement | null;
      if (!button) return false;
      button.click();
      return true;
    });
    await firefox.waitFor(options, () => {
      const yes = document.querySelector('[data-testid="wipe-confirm-yes"]') as HTMLButtonElement | null;
      if (!yes) return false;
      yes.click();
      return true;
    });
    await firefox.waitFor(options, () => document.querySelector('[data-testid="wipe-result"]') !== null);
    const remaining = await firefox.evaluateInExtension(async () => {
      const api = (globalThis as unknown as ExtensionGlobals).browser;
      return {
        local: Object.keys(await api.storage.local.get(null)).length,
        session: Object.keys(await api.storage.session.get(null)).length,
        sync: Object.keys(await api.storage.sync.get(null)).length,
      };
    });
    expect(remaining).toEqual({ local: 0, session: 0, sync: 0 });
    await waitFor('badges removed', async () => (await hostCount(page)) === 0);
  });

  it('"Read this page anyway" reads a page it did not recognise, there or on a site outside the list', async () => {
    const clickRead = (popup: string) =>
      firefox.waitFor(popup, () => {
        const button = document.querySelector('[data-testid="read-page"]') as HTMLButtonElement | null;
        if (!button || button.disabled) return false;
        button.click();
        return true;
      });
    const claimsShown = (popup: string) =>
      firefox.waitFor(popup, () => document.querySelector('[data-testid="nav-claims"]') !== null);

    // One weak claim: detection says no; the content script is there and reads when asked.
    const url = `${server.origin}/extra/visit-summary.html`;
    const page = await firefox.newTab(url);
    const tabId = await firefox.tabIdOf(url);
    const popup = await firefox.openPopup(tabId);
    await firefox.waitFor(popup, () => document.querySelector('[data-testid="empty-state"]') !== null);
    expect(await tabResult(tabId)).toBeNull();
    await clickRead(popup);
    await claimsShown(popup);
    expect((await tabResult(tabId))?.snapshot.claims.map((c) => c.id)).toEqual(['HV-2026-0412']);
    await waitFor('a badge beside the claim', async () => (await hostCount(page)) === 1);

    // An article: nothing found, said at once.
    const articleUrl = `${server.origin}/not-a-portal/news-article.html`;
    const article = await firefox.newTab(articleUrl);
    const articlePopup = await firefox.openPopup(await firefox.tabIdOf(articleUrl));
    await clickRead(articlePopup);
    await firefox.waitFor(
      articlePopup,
      () =>
        document.body.textContent?.includes('We could not find plan details or claims on this page.') ??
        false,
      null,
      3_000,
    );
    expect(await hostCount(article)).toBe(0);

    // A site outside the list: tabs.executeScript on the click (the test build's 127.0.0.2 host permission stands in
    // for the activeTab grant of a toolbar click), then the read.
    const html = await readFile(path.resolve('test/fixtures/unrecognised/visit-summary.html'), 'utf8');
    const unlisted = await servePage(html, { loopback: '127.0.0.2' });
    try {
      const otherUrl = `${unlisted.origin}/visit-summary.html`;
      const other = await firefox.newTab(otherUrl);
      const otherPopup = await firefox.openPopup(await firefox.tabIdOf(otherUrl));
      await clickRead(otherPopup);
      await claimsShown(otherPopup);
      await waitFor('a badge on the unlisted site', async () => (await hostCount(other)) === 1);
    } finally {
      await unlisted.close();
    }
  });
});
