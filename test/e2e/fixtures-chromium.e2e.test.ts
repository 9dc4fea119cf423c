/**
 * Every fixture page with an expected snapshot, read by the REAL extension in Chromium (the test build, as
 * `npm run inspect` uses it): the page is served on 127.0.0.1, the content script reads it (late rendering and
 * frames included), and the snapshot the background stored must equal the fixture's ground truth — the same
 * comparison the happy-dom unit test makes, so the two readers cannot drift apart. One browser for the whole file.
 */
import type { PageSnapshot } from '../../lib/model/snapshot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuild } from '../../scripts/ensure-build';
import { startDemoServer, type DemoServer } from '../support/demo-server';
import { comparable, hasExpected, loadExpected } from '../unit/adapters/expected';
import { listFixturePages } from '../unit/adapters/fixture-dom';
import { requireBrowsers } from './support/browsers';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './support/chromium';
import { chromiumMessenger, openAndSettle, type SendToBackground } from './support/extension-state';

const pages = listFixturePages().filter(hasExpected);

describe('Chromium: the extension reads every fixture page into its expected snapshot', () => {
  let server: DemoServer;
  let browser: ChromiumWithExtension;
  let send: SendToBackground;

  beforeAll(async () => {
    requireBrowsers(['chromium']);
    server = await startDemoServer();
    browser = await launchChromiumWithExtension({
      extensionDir: await ensureBuild('chrome-e2e'),
      headless: true,
    });
    ({ send } = await chromiumMessenger(browser));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has fixture pages to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(13);
  });

  for (const page of pages) {
    it(page, async () => {
      const url = `${server.origin}/${page}`;
      const result = await openAndSettle(browser, send, url, { timeoutMs: 30_000 });
      try {
        expect(result.settled, 'the extension never settled on the page').toBe(true);
        const snapshot = result.state?.snapshot as PageSnapshot | null | undefined;
        expect(snapshot, 'the background received no snapshot').toBeTruthy();
        expect(snapshot!.url).toBe(url);
        expect(comparable(snapshot!)).toEqual(loadExpected(page));
      } finally {
        await result.page.close();
      }
    });
  }
});
