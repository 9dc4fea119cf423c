/**
 * Long claims lists in real Firefox ESR (the MV2 e2e build): the first claim rows are read and drawn near the
 * viewport at once, the others read and drawn as they are scrolled near (IntersectionObserver from the content
 * script's Xray view of the page), one badge per claim; the popup reads the rest of the list when it opens. Same
 * generated page as the Chromium test (test/e2e/long-lists.e2e.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE_HOST_SELECTOR, NEAR_VIEWPORTS } from '../../components/annotations/annotator';
import { ensureBuild } from '../../scripts/ensure-build';
import { staticClaimsPage } from '../bench/pages';
import { startBenchServer, type BenchServer } from '../bench/server';
import { badgeRows } from '../support/badge-rows';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox';

const CLAIMS = 600;
/** badgeRows' argument: badge hosts, claim rows, the annotator's near margin. */
const ROWS: [string, string, number] = [BADGE_HOST_SELECTOR, 'tr.claim-row', NEAR_VIEWPORTS];

let server: BenchServer;
let firefox: FirefoxWithExtension;

beforeAll(async () => {
  const extensionDir = await ensureBuild('firefox-e2e');
  server = await startBenchServer(new Map([['/claims-long.html', staticClaimsPage(CLAIMS)]]));
  firefox = await launchFirefoxWithExtension({ extensionDir });
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox: long claims lists are annotated near the viewport', () => {
  it('draws the rows near the viewport, the rest as they are scrolled near, one badge each', async () => {
    const tab = await firefox.newTab(`${server.origin}/claims-long.html`);
    await firefox.waitFor(
      tab,
      (selector: string) => document.querySelector(`#claim-0 ${selector}`) !== null,
      BADGE_HOST_SELECTOR,
      60_000,
    );
    const first = await firefox.evaluate(tab, badgeRows, ROWS);
    expect(first.rows).toBe(CLAIMS);
    expect(first.near).toBeGreaterThan(0);
    expect(first.nearWithout).toBe(0);
    expect(first.several).toBe(0);
    expect(first.hosts).toBeLessThan(CLAIMS);

    // Scroll through one viewport at a time, a frame apart.
    await firefox.evaluate(tab, async () => {
      for (let y = 0; y <= document.documentElement.scrollHeight; y += window.innerHeight) {
        window.scrollTo(0, y);
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }
      return true;
    });
    const hosts = await firefox.waitFor(
      tab,
      ([selector, claims]: [string, number]) => {
        const n = document.querySelectorAll(selector).length;
        return n === claims ? n : false;
      },
      [BADGE_HOST_SELECTOR, CLAIMS] as [string, number],
      20_000,
    );
    expect(hosts).toBe(CLAIMS);
    const after = await firefox.evaluate(tab, badgeRows, ROWS);
    expect(after.withBadge).toBe(CLAIMS);
    expect(after.several).toBe(0);
  });

  it('the popup reads the rest of a long list when it opens and counts every claim', async () => {
    const url = `${server.origin}/claims-long.html?popup`;
    const tab = await firefox.newTab(url);
    await firefox.waitFor(
      tab,
      (selector: string) => document.querySelector(`#claim-0 ${selector}`) !== null,
      BADGE_HOST_SELECTOR,
      60_000,
    );
    const lastDrawn = await firefox.evaluate(
      tab,
      ([selector, last]: [string, number]) => document.querySelector(`#claim-${last} ${selector}`) !== null,
      [BADGE_HOST_SELECTOR, CLAIMS - 1] as [string, number],
    );
    expect(lastDrawn).toBe(false);
    const popup = await firefox.openPopup(await firefox.tabIdOf(url));
    const label = await firefox.waitFor(
      popup,
      (claims: number) => {
        const nav = document.querySelector('[data-testid="nav-claims"]');
        return nav?.textContent === `Claims (${claims})` ? nav.textContent : false;
      },
      CLAIMS,
      30_000,
    );
    expect(label).toBe(`Claims (${CLAIMS})`);
    const notices = await firefox.evaluate(
      popup,
      () =>
        document.querySelectorAll('[data-testid="notice-unread-rows"], [data-testid="notice-reading-rest"]')
          .length,
    );
    expect(notices).toBe(0);
  });
});
