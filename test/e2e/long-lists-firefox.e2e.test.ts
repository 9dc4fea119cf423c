/**
 * Long claims lists in real Firefox ESR (the MV2 e2e build): rows near the viewport get their badge at once, the
 * others as they are scrolled near (IntersectionObserver from the content script's Xray view of the page), one badge
 * per claim. Same generated page as the Chromium test (test/e2e/long-lists.e2e.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE_HOST_SELECTOR, NEAR_VIEWPORTS } from '../../components/annotations/annotator';
import { ensureBuild } from '../../scripts/ensure-build';
import { staticClaimsPage } from '../bench/pages';
import { startBenchServer, type BenchServer } from '../bench/server';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox';

const CLAIMS = 300;

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
    const first = await firefox.evaluate(
      tab,
      ([selector, viewports]: [string, number]) => {
        const h = window.innerHeight * viewports;
        const rows = [...document.querySelectorAll('tr.claim-row')];
        let near = 0;
        let nearWithout = 0;
        let several = 0;
        for (const row of rows) {
          const n = row.querySelectorAll(selector).length;
          const rect = row.getBoundingClientRect();
          if (rect.bottom >= -h && rect.top <= window.innerHeight + h) {
            near++;
            if (n === 0) nearWithout++;
          }
          if (n > 1) several++;
        }
        return {
          rows: rows.length,
          near,
          nearWithout,
          several,
          hosts: document.querySelectorAll(selector).length,
        };
      },
      [BADGE_HOST_SELECTOR, NEAR_VIEWPORTS] as [string, number],
    );
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
    const several = await firefox.evaluate(
      tab,
      (selector: string) =>
        [...document.querySelectorAll('tr.claim-row')].filter(
          (row) => row.querySelectorAll(selector).length !== 1,
        ).length,
      BADGE_HOST_SELECTOR,
    );
    expect(several).toBe(0);
  });
});
