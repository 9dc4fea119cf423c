/**
 * The product in real Chromium: the e2e build (`.output/chrome-mv3-e2e`) on the demo portal served on 127.0.0.1.
 *
 * What is checked from outside the product (no test-only code paths): the per-tab result the background stores in
 * storage.session (`tabResult:<tabId>`), the annotation host elements' number and position in the page (their
 * content is in CLOSED shadow roots, out of reach of the page and of Playwright), the popup's accessible UI, and
 * screenshots written to test-results/.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pollUntil } from './support/poll';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchChromiumWithExtension,
  type ChromiumWithExtension,
  type ExtensionApi,
} from './support/chromium';
import { servePage } from './support/page-server';
import { startDemoServer, type DemoServer } from '../support/demo-server';
import { ensureBuild } from '../../scripts/ensure-build';
import { BADGE_HOST_SELECTOR } from '../../components/annotations/annotator';

/** The badge hosts the annotator writes (their content is in closed shadow roots). */
const HOST = BADGE_HOST_SELECTOR;
const SHOTS = path.resolve('test-results/e2e-product-chromium');

let server: DemoServer;
let browser: ChromiumWithExtension;

interface StoredResult {
  url: string;
  snapshot: { claims: Array<{ id: string }> };
  assessments: Array<{ claimId: string | null; assessment: { appeal: { status: string } } }>;
}

async function tabResult(tabId: number): Promise<StoredResult | null> {
  return browser.evaluateInWorker(async (id: number) => {
    const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
    const key = `tabResult:${id}`;
    return ((await api.storage.session.get(key))[key] as StoredResult | undefined) ?? null;
  }, tabId);
}

function waitFor<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 15_000,
): Promise<T> {
  return pollUntil(what, probe, { timeoutMs, intervalMs: 100 });
}

async function waitForResult(tabId: number, claims: number): Promise<StoredResult> {
  return waitFor(`a stored result with ${claims} claims`, async () => {
    const result = await tabResult(tabId);
    return result && result.snapshot.claims.length === claims ? result : null;
  });
}

/** Fills one unknown fact in the popup's facts editor and saves it. */
async function editFact(popup: Page, factPath: string, value: string): Promise<void> {
  const row = popup.locator(`[data-testid="fact"][data-path="${factPath}"]`).first();
  await row.waitFor();
  const select = row.locator('select');
  if ((await select.count()) > 0) await select.selectOption(value);
  else await row.locator('input').fill(value);
  await row.getByRole('button', { name: /save/i }).click();
  await popup
    .locator(`[data-testid="fact"][data-path="${factPath}"][data-unknown="false"]`)
    .first()
    .waitFor({ state: 'attached' });
}

/** For each host: the claim row (tr or card) it sits in, by the claim number that row shows. */
async function hostRows(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    return Array.from(document.querySelectorAll(selector), (host) => {
      const row = host.closest('tr, li, article, [data-claim-id]');
      return (
        row?.getAttribute('data-claim-id') ?? row?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 80) ?? ''
      );
    });
  }, HOST);
}

async function storageKeys(): Promise<{ local: string[]; session: string[] }> {
  return browser.evaluateInWorker(async () => {
    const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
    return {
      local: Object.keys(await api.storage.local.get(null)),
      session: Object.keys(await api.storage.session.get(null)),
    };
  }, null);
}

beforeAll(async () => {
  const extensionDir = await ensureBuild('chrome-e2e');
  await mkdir(SHOTS, { recursive: true });
  // /extra/: pages no detection takes for a portal on its own (read only when the user asks).
  server = await startDemoServer({ extra: path.resolve('test/fixtures/unrecognised') });
  browser = await launchChromiumWithExtension({ extensionDir });
  // The rules use a fixed date so that deadlines in the fixtures are in the future.
  await browser.evaluateInWorker(async () => {
    const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
    await api.storage.local.set({
      settings: {
        retentionDays: 30,
        locale: 'en',
        asOfDate: '2026-11-10',
        enabledOptionalOrigins: [],
        schemaVersion: 2,
      },
    });
  }, null);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Coverage Lens in Chromium', () => {
  it('annotates each claim on the member portal and the popup answers, edits, exports and wipes', async () => {
    const { page, tabId } = await browser.openPage(`${server.origin}/acme-member/claims.html`);
    const result = await waitForResult(tabId, 5);
    const ids = result.snapshot.claims.map((claim) => claim.id);
    expect(ids).toContain('AC2610050041');

    // One host per claim, each inside the row that shows its claim number.
    await waitFor('one badge per claim', async () => (await page.locator(HOST).count()) === ids.length);
    const rows = await hostRows(page);
    expect(rows).toHaveLength(ids.length);
    for (const [index, row] of rows.entries()) expect(row).toContain(ids[index]!);
    // Closed shadow roots: the page sees an empty host.
    const pageView = await page.evaluate(
      (selector) =>
        Array.from(document.querySelectorAll(selector), (h) => [h.shadowRoot === null, h.textContent]),
      HOST,
    );
    expect(pageView.every(([closed, text]) => closed === true && text === '')).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'member-claims-annotated.png'), fullPage: true });

    // The popup shows the answers for this tab: before the plan is known, it asks for the missing facts.
    const popup = await browser.openPopup(tabId);
    await popup.getByTestId('page-line').waitFor();
    await popup.getByTestId('facts-editor').waitFor();
    await popup.screenshot({ path: path.join(SHOTS, 'popup-before-edit.png'), fullPage: true });

    // An edit in the popup changes the answer at once…
    const before = await tabResult(tabId);
    await editFact(popup, 'plan.type', 'PPO');
    await editFact(popup, 'plan.kind', 'employer-erisa');
    const after = await waitFor('a re-evaluated result', async () => {
      const current = await tabResult(tabId);
      return current && JSON.stringify(current.assessments) !== JSON.stringify(before?.assessments)
        ? current
        : null;
    });
    // The toolbar badge counts the actions needed on this tab.
    const badgeText = await browser.evaluateInWorker(async (id: number) => {
      const api = (
        globalThis as unknown as {
          chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } };
        }
      ).chrome;
      return api.action.getBadgeText({ tabId: id });
    }, tabId);
    expect(Number(badgeText)).toBeGreaterThan(0);
    const denied = after.assessments.find((item) => item.claimId === 'AC2610050041');
    expect(denied?.assessment.appeal.status).toBe('open');
    const subject = popup.locator('#cl-subject');
    const option = subject.locator('option', { hasText: 'AC2610050041' });
    await subject.selectOption((await option.getAttribute('value')) ?? '');
    await expect
      .poll(() => popup.getByTestId('answer-appeal').innerText(), { timeout: 10_000 })
      .toMatch(/appeal/i);
    await popup.screenshot({ path: path.join(SHOTS, 'popup-after-edit.png'), fullPage: true });

    // …and survives a reload of the page.
    await page.reload();
    await waitFor('the same answers after a reload', async () => {
      const current = await tabResult(tabId);
      return current && current.snapshot.claims.length === ids.length
        ? JSON.stringify(current.assessments) === JSON.stringify(after.assessments)
        : false;
    });
    await waitFor('badges after the reload', async () => (await page.locator(HOST).count()) === ids.length);

    // The claims view exports CSV and JSON with every claim.
    await popup.reload();
    await popup.getByTestId('nav-claims').click();
    await popup.getByTestId('claims-view').waitFor();
    for (const [name, pattern] of [
      [/export csv/i, /\.csv$/],
      [/export json/i, /\.json$/],
    ] as const) {
      const download = popup.waitForEvent('download');
      await popup.getByRole('button', { name }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(pattern);
      const saved = path.join(SHOTS, file.suggestedFilename());
      await file.saveAs(saved);
      const text = await readFile(saved, 'utf8');
      for (const id of ids) expect(text).toContain(id);
    }
    // The appeal deadline as a calendar file, and the appeal letter about the denied claim.
    const saveFrom = async (click: () => Promise<void>, pattern: RegExp) => {
      const download = popup.waitForEvent('download');
      await click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(pattern);
      const saved = path.join(SHOTS, file.suggestedFilename());
      await file.saveAs(saved);
      return readFile(saved, 'utf8');
    };
    const ics = await saveFrom(
      () => popup.getByRole('button', { name: 'Deadlines to calendar (.ics)' }).click(),
      /\.ics$/,
    );
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('AC2610050041');
    await popup.getByTestId('nav-letters').click();
    const letterSubject = popup.locator('#cl-letter-subject');
    const letterOption = letterSubject.locator('option', { hasText: 'AC2610050041' });
    await letterSubject.selectOption((await letterOption.getAttribute('value')) ?? '');
    await popup.getByTestId('letter-text').filter({ hasText: 'AC2610050041' }).waitFor();
    const letter = await saveFrom(
      () => popup.getByRole('button', { name: 'Download (.txt)' }).click(),
      /\.txt$/,
    );
    expect(letter).toContain('AC2610050041');

    // "Delete all data" leaves storage empty and takes the badges off the page.
    const options = await browser.context.newPage();
    await options.goto(`${browser.extensionOrigin}/options.html`);
    await options.getByRole('button', { name: /delete all data/i }).click();
    await options.getByTestId('wipe-confirm-yes').click();
    await options.getByTestId('wipe-result').waitFor();
    await waitFor('empty storage', async () => {
      const keys = await storageKeys();
      return keys.local.length === 0 && keys.session.length === 0;
    });
    await waitFor('badges removed', async () => (await page.locator(HOST).count()) === 0);
    await options.close();
    await popup.close();
    await page.close();
  });

  for (const fixture of ['claim-status.html', 'claim-status-blank-iframe.html']) {
    it(`reads and annotates claims shown inside a same-origin iframe (provider portal, ${fixture})`, async () => {
      const { page, tabId } = await browser.openPage(`${server.origin}/clearinghouse-provider/${fixture}`);
      const result = await waitFor('claims from the iframe', async () => {
        const current = await tabResult(tabId);
        return current && current.snapshot.claims.length > 0 ? current : null;
      });
      const frame = page.frames().find((f) => f !== page.mainFrame());
      expect(frame).toBeDefined();
      await waitFor(
        'badges inside the iframe',
        async () => (await frame!.locator(HOST).count()) === result.snapshot.claims.length,
      );
      expect(await page.mainFrame().locator(HOST).count()).toBe(0);
      await page.screenshot({
        path: path.join(SHOTS, `provider-${fixture.replace('.html', '')}.png`),
        fullPage: true,
      });
      await page.close();
    });
  }

  it('reads a hostile page as text: nothing on it executes', async () => {
    const { page, tabId } = await browser.openPage(`${server.origin}/hostile/markup-text.html`);
    const result = await waitFor('a result for the hostile page', async () => {
      const current = await tabResult(tabId);
      return current && current.snapshot.claims.length > 0 ? current : null;
    });
    await waitFor(
      'badges on the hostile page',
      async () => (await page.locator(HOST).count()) === result.snapshot.claims.length,
    );
    // Give any injected handler a chance to fire, then check the page's main world.
    await page.mouse.move(10, 10);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await page.evaluate(() => (window as unknown as { __pwned: number }).__pwned)).toBe(0);
    await page.close();
  });

  it('keeps exactly one badge per claim while a single-page portal re-renders 100 times', async () => {
    const { page, tabId } = await browser.openPage(`${server.origin}/acme-member/claims-spa-routes.html`);
    await waitForResult(tabId, 3);
    const rowsNow = () => page.locator('tr[data-claim-id]').count();
    await waitFor('initial badges', async () => (await page.locator(HOST).count()) === (await rowsNow()));
    const filters = ['All claim types', 'Medical', 'All claim types', 'Pharmacy'];
    for (let i = 0; i < 100; i++) {
      await page.selectOption('select[name="type"]', filters[i % filters.length]!);
      // Never more badges than claims (no duplicate, no leak), at any moment.
      const [hosts, rows] = [await page.locator(HOST).count(), await rowsNow()];
      expect(hosts).toBeLessThanOrEqual(rows);
      if (i % 10 === 9) {
        await waitFor(`badges == claims after re-render ${i + 1}`, async () => {
          const [h, r] = [await page.locator(HOST).count(), await rowsNow()];
          return h === r && (await hostRows(page)).every((row, index) => row.length > 0 && index >= 0);
        });
      }
    }
    await page.close();
  });

  it('"Read this page anyway" reads a page it did not recognise, and says so when there is nothing', async () => {
    // A page that holds one weak claim: detection says no, so nothing happens until the user asks.
    const { page, tabId } = await browser.openPage(`${server.origin}/extra/visit-summary.html`);
    const popup = await browser.openPopup(tabId);
    await popup.getByTestId('empty-state').waitFor();
    expect(await tabResult(tabId)).toBeNull();
    await popup.getByRole('button', { name: 'Read this page anyway' }).click();
    await popup.getByTestId('nav-claims').waitFor();
    expect((await tabResult(tabId))?.snapshot.claims.map((c) => c.id)).toEqual(['HV-2026-0412']);
    await waitFor('a badge beside the claim', async () => (await hostRows(page)).length === 1);
    expect((await hostRows(page))[0]).toContain('HV-2026-0412');

    // An article: read on request, nothing found, said at once; the page is left untouched.
    const article = await browser.openPage(`${server.origin}/not-a-portal/news-article.html`);
    const articlePopup = await browser.openPopup(article.tabId);
    await articlePopup.getByRole('button', { name: 'Read this page anyway' }).click();
    await articlePopup
      .getByText('We could not find plan details or claims on this page.')
      .waitFor({ timeout: 3_000 });
    expect(await article.page.locator('[data-coverage-lens]').count()).toBe(0);
    expect(await tabResult(article.tabId)).toBeNull();

    // A site outside the list (no content script there): the reader is injected on the click, then reads. The test
    // build's host permission for 127.0.0.2 stands in for the activeTab grant of a toolbar click.
    const html = await readFile(path.resolve('test/fixtures/unrecognised/visit-summary.html'), 'utf8');
    const unlisted = await servePage(html, { loopback: '127.0.0.2' });
    const other = await browser.openPage(`${unlisted.origin}/visit-summary.html`);
    try {
      // Nothing listens in that tab until the click.
      const listening = await browser.evaluateInWorker(async (id: number) => {
        const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
        return api.tabs.sendMessage(id, { type: 'page:ping' }).then(
          () => true,
          () => false,
        );
      }, other.tabId);
      expect(listening).toBe(false);
      const otherPopup = await browser.openPopup(other.tabId);
      await otherPopup.getByRole('button', { name: 'Read this page anyway' }).click();
      await otherPopup.getByTestId('nav-claims').waitFor();
      await waitFor('a badge on the unlisted site', async () => (await hostRows(other.page)).length === 1);
      await otherPopup.close();
    } finally {
      await unlisted.close();
    }
    for (const p of [popup, page, articlePopup, article.page, other.page]) await p.close();
  });

  it('does nothing on a page that is not a portal', async () => {
    const { page, tabId } = await browser.openPage(`${server.origin}/not-a-portal/news-article.html`);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await page.locator('[data-coverage-lens]').count()).toBe(0);
    expect(await tabResult(tabId)).toBeNull();
    await page.close();
  });
});
