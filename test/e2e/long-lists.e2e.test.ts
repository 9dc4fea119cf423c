/**
 * Long claims lists in real Chromium (issue 7): the first claim rows are read at once and the rest as they are
 * scrolled near (the snapshot says how many rows wait); only rows near the viewport get their badge at once, the
 * others when the user scrolls near them, never twice; the popup reads the rest of the list when it opens, counts
 * every claim and lists them a page at a time; a single-page list re-rendered many times keeps exactly one badge per
 * drawn claim. Pages: the benchmark's generated AcmeHealth pages (test/bench/pages.ts)
 * served on 127.0.0.1 (matched by the e2e build). Late badges are drawn from an IntersectionObserver, which (like
 * requestAnimationFrame) only runs while the tab is shown.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE_HOST_SELECTOR, LAZY_ABOVE, NEAR_VIEWPORTS } from '../../components/annotations/annotator';
import { ensureBuild } from '../../scripts/ensure-build';
import { spaClaimsPage, staticClaimsPage } from '../bench/pages';
import { startBenchServer, type BenchServer } from '../bench/server';
import { EAGER_CLAIM_ROWS } from '../../entrypoints/portal.content/reader';
import { WHOLE_LIST_SLACK } from '../../lib/extract';
import { badgeRows, type BadgeRows } from '../support/badge-rows';
import { requireBrowsers } from './support/browsers';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './support/chromium';
import { chromiumMessenger } from './support/extension-state';

const CLAIMS = 600;
const SPA_CLAIMS = 50;

function countBadges(page: Page): Promise<BadgeRows> {
  return page.evaluate(badgeRows, [BADGE_HOST_SELECTOR, 'tr.claim-row', NEAR_VIEWPORTS] as [
    string,
    string,
    number,
  ]);
}

describe('Chromium: long claims lists are annotated near the viewport', () => {
  let server: BenchServer;
  let browser: ChromiumWithExtension;

  beforeAll(async () => {
    requireBrowsers(['chromium']);
    server = await startBenchServer(
      new Map([
        ['/claims-long.html', staticClaimsPage(CLAIMS)],
        ['/spa-long.html', spaClaimsPage(SPA_CLAIMS)],
      ]),
    );
    browser = await launchChromiumWithExtension({
      extensionDir: await ensureBuild('chrome-e2e'),
      headless: true,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reads and draws the rows near the viewport, the rest as they are scrolled near, one badge each', async () => {
    expect(CLAIMS).toBeGreaterThan(LAZY_ABOVE);
    expect(CLAIMS).toBeGreaterThan(EAGER_CLAIM_ROWS + WHOLE_LIST_SLACK);
    const { page, tabId } = await browser.openPage(`${server.origin}/claims-long.html`);
    await page.waitForSelector(`#claim-0 ${BADGE_HOST_SELECTOR}`, { state: 'attached', timeout: 60_000 });
    const first = await countBadges(page);
    expect(first.rows).toBe(CLAIMS);
    expect(first.near).toBeGreaterThan(0);
    expect(first.nearWithout).toBe(0);
    expect(first.several).toBe(0);
    // Far rows wait: the last row has no badge yet.
    expect(first.withBadge).toBeLessThan(CLAIMS);
    expect(await page.$(`#claim-${CLAIMS - 1} ${BADGE_HOST_SELECTOR}`)).toBeNull();

    // The first rows were read (and evaluated, drawn or not); the snapshot says how many rows wait.
    const { send } = await chromiumMessenger(browser);
    type State = { snapshot: { claims: unknown[]; unreadRows?: number } | null; claims: unknown[] };
    const state = (await send({ type: 'popup:get-state', tabId })) as State;
    expect(state.snapshot?.claims).toHaveLength(EAGER_CLAIM_ROWS);
    expect(state.claims).toHaveLength(EAGER_CLAIM_ROWS);
    expect(state.snapshot?.unreadRows).toBe(CLAIMS - EAGER_CLAIM_ROWS);
    // The messenger's extension page took the focus: a hidden tab renders no frames (and so draws no late badges).
    await page.bringToFront();

    // Scrolling through, one viewport at a time: every row gets exactly one badge, none outside the rows.
    await page.evaluate(async () => {
      for (let y = 0; y <= document.documentElement.scrollHeight; y += window.innerHeight) {
        window.scrollTo(0, y);
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }
    });
    await page.waitForSelector(`#claim-${CLAIMS - 1} ${BADGE_HOST_SELECTOR}`, {
      state: 'attached',
      timeout: 15_000,
    });
    await page.waitForFunction(
      ({ selector, claims }) => document.querySelectorAll(selector).length === claims,
      { selector: BADGE_HOST_SELECTOR, claims: CLAIMS },
      { timeout: 15_000 },
    );
    const after = await countBadges(page);
    expect(after.withBadge).toBe(CLAIMS);
    expect(after.hosts).toBe(CLAIMS);
    expect(after.several).toBe(0);
    const scrolled = (await send({ type: 'popup:get-state', tabId })) as State;
    expect(scrolled.snapshot?.claims).toHaveLength(CLAIMS);
    expect(scrolled.snapshot?.unreadRows).toBeUndefined();
    await page.close();
  });

  it('the popup reads the rest of a long list when it opens, then counts and lists every claim', async () => {
    const { page, tabId } = await browser.openPage(`${server.origin}/claims-long.html`);
    await page.waitForSelector(`#claim-0 ${BADGE_HOST_SELECTOR}`, { state: 'attached', timeout: 60_000 });
    expect(await page.$(`#claim-${CLAIMS - 1} ${BADGE_HOST_SELECTOR}`)).toBeNull();

    // The popup's claims view counts every claim and shows them a page at a time.
    const popup = await browser.openPopup(tabId);
    await popup.getByTestId('nav-claims').click();
    await popup.getByRole('heading', { name: `Claims on this page (${CLAIMS})` }).waitFor();
    const hidden = await popup.getByTestId('claims-hidden').innerText();
    const shown = Number(new RegExp(`^Showing (\\d+) of ${CLAIMS} claims\\.$`).exec(hidden)?.[1]);
    expect(shown).toBeLessThan(CLAIMS);
    expect(await popup.getByTestId('claim-row').count()).toBe(shown);
    while ((await popup.getByTestId('claims-more').count()) > 0)
      await popup.getByTestId('claims-more').click();
    expect(await popup.getByTestId('claim-row').count()).toBe(CLAIMS);
    expect(await popup.getByTestId('notice-unread-rows').count()).toBe(0);
    await popup.close();
    // The page now holds every claim's answer: scrolling to the last row draws its badge without another read.
    await page.bringToFront();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForSelector(`#claim-${CLAIMS - 1} ${BADGE_HOST_SELECTOR}`, {
      state: 'attached',
      timeout: 15_000,
    });
    await page.close();
  });

  it('keeps one badge per drawn claim while a single-page list re-renders', async () => {
    const { page } = await browser.openPage(`${server.origin}/spa-long.html`);
    await page.waitForSelector(`#claim-0 ${BADGE_HOST_SELECTOR}`, { state: 'attached', timeout: 30_000 });
    for (let i = 0; i < 10; i++) {
      const generation = await page.evaluate(() =>
        (window as unknown as { __benchRerender(): number }).__benchRerender(),
      );
      expect(generation).toBeGreaterThan(0);
      // Re-pointed in the mutation callback itself: the badges are back before the next frame.
      await page.waitForSelector(`#claim-0 ${BADGE_HOST_SELECTOR}`, { state: 'attached', timeout: 10_000 });
      const count = await countBadges(page);
      expect(count.nearWithout).toBe(0);
      expect(count.several).toBe(0);
      expect(count.hosts).toBe(count.withBadge);
    }
    await page.close();
  });
});
