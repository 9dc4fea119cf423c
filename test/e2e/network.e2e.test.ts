/**
 * Privacy: while the extension works on the demo portal (content script, background, popup, options), the browser
 * makes no request that the pages themselves did not make. Health data never leaves the machine.
 *
 * A baseline run of the same pages WITHOUT the extension records the URLs the pages request. Then, with the
 * extension, two independent observers:
 * - Playwright's request events, which see every request made by a page (content scripts included: their fetches go
 *   through the page) or by an extension page or the service worker: every one must be a baseline URL, and extension
 *   pages and the service worker must make none at all;
 * - a recording proxy that every Chromium request goes through (loopback included), so it sees the real network.
 *   Every request must be a baseline 127.0.0.1 URL, or Chromium's own background traffic, which an empty profile
 *   makes even with background networking off (a component-update check, an accounts.google.com preconnect, …):
 *   requests to Google service hosts that no page, extension page or worker made (the first observer proves that).
 *   The proxy refuses them all, so nothing reaches the internet anyway.
 */
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPages } from '../../scripts/demo';
import { ensureBuild } from '../../scripts/ensure-build';
import { startDemoServer, type DemoServer } from '../support/demo-server';
import { chromiumPath, requireBrowsers } from './support/browsers';
import { CHROMIUM_ARGS, launchChromiumWithExtension } from './support/chromium';
import { chromiumMessenger, openAndSettle, waitForDomQuiet } from './support/extension-state';
import { startRecordingProxy, type ProxiedRequest, type RecordingProxy } from './support/recording-proxy';

let server: DemoServer;
let proxy: RecordingProxy;
let pages: string[];

const isNetwork = (url: string) => /^(https?|wss?):/i.test(url);
/** Hosts of Chromium's own background services (update checks, sign-in preconnects, autofill, safe browsing). */
const CHROMIUM_SERVICE_HOST =
  /^([a-z0-9-]+\.)*(googleapis\.com|google\.com|gvt1\.com|gstatic\.com|googleusercontent\.com)$/;

/** A page's request: its URL (without fragment). */
const key = (url: string) => url.split('#')[0]!;
/** Chromium's own request: method, origin and path (its queries carry one-time keys). */
const browserKey = (r: ProxiedRequest) => {
  try {
    const u = new URL(r.url);
    return `${r.method} ${u.origin}${u.pathname}`;
  } catch {
    return `${r.method} ${r.url}`;
  }
};

beforeAll(async () => {
  requireBrowsers(['chromium']);
  server = await startDemoServer();
  proxy = await startRecordingProxy([server.origin]);
  pages = demoPages();
});

afterAll(async () => {
  await proxy?.close();
  await server?.close();
});

describe('privacy (Chromium): no request leaves the machine', () => {
  const baseline = new Set<string>();
  const browserOwn = new Set<string>();

  it('baseline: the demo pages without the extension', { timeout: 120_000 }, async () => {
    const started = Date.now();
    const profile = await mkdtemp(path.join(tmpdir(), 'coverage-lens-baseline-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: CHROMIUM_ARGS,
      proxy: { server: proxy.server },
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      for (const rel of pages) {
        await page.goto(`${server.origin}/${rel}`, { waitUntil: 'load' });
        await waitForDomQuiet(page, 500, 8_000);
      }
      // Let Chromium's own startup traffic happen (it comes a few seconds after launch).
      while (Date.now() - started < 8_000) await page.waitForTimeout(250);
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
    for (const r of proxy.requests) {
      if (r.forwarded) baseline.add(key(r.url));
      else browserOwn.add(browserKey(r));
    }
    if (browserOwn.size)
      console.log(`Chromium's own requests (refused by the proxy):\n  ${[...browserOwn].join('\n  ')}`);
    // Chromium's own traffic never goes to the demo portal's pages and never to 127.0.0.1 other than the pages.
    for (const own of browserOwn) expect(own).not.toMatch(/127\.0\.0\.1|localhost/);
    expect(baseline.size).toBeGreaterThanOrEqual(pages.length);
  });

  it(
    'with the extension reading every demo page, no request the pages did not make',
    { timeout: 240_000 },
    async () => {
      const before = proxy.requests.length;
      const extensionDir = await ensureBuild('chrome-e2e');
      const browser = await launchChromiumWithExtension({
        extensionDir,
        headless: true,
        proxy: { server: proxy.server },
      });
      const fromExtension: string[] = [];
      const seenByPlaywright: string[] = [];
      browser.context.on('request', (request) => {
        const url = request.url();
        if (!isNetwork(url)) return;
        const frameUrl = (() => {
          try {
            return request.frame().url();
          } catch {
            return ''; // service-worker requests have no frame
          }
        })();
        seenByPlaywright.push(url);
        const fromWorker = request.serviceWorker() !== null;
        if (fromWorker || frameUrl.startsWith('chrome-extension://'))
          fromExtension.push(`${request.method()} ${url}`);
      });
      try {
        const { send } = await chromiumMessenger(browser);
        let read = 0;
        for (const rel of pages) {
          const result = await openAndSettle(browser, send, `${server.origin}/${rel}`, {
            timeoutMs: 10_000,
            quietMs: 800,
            emptyQuietMs: 2_000,
          });
          if (result.state?.snapshot) read++;
          const popup = await browser.openPopup(result.tabId);
          await waitForDomQuiet(popup, 300, 5_000);
          await popup.close();
          await result.page.close();
        }
        const options = await browser.context.newPage();
        await options.goto(`${browser.extensionOrigin}/options.html`);
        await waitForDomQuiet(options, 300, 5_000);
        expect(read, 'the extension read none of the demo pages').toBeGreaterThan(0);
      } finally {
        await browser.close();
      }
      const during = proxy.requests.slice(before);
      const hostOf = (r: ProxiedRequest) => {
        try {
          return new URL(r.url).hostname; // CONNECT is recorded as https://host:port
        } catch {
          return r.url;
        }
      };
      const leaks = during
        .filter(
          (r) => !r.forwarded && !browserOwn.has(browserKey(r)) && !CHROMIUM_SERVICE_HOST.test(hostOf(r)),
        )
        .map((r) => `${r.method} ${r.url}`);
      const unexplained = during
        .filter((r) => r.forwarded && !baseline.has(key(r.url)))
        .map((r) => `${r.method} ${r.url}`);
      const notFromPages = seenByPlaywright.filter((url) => !baseline.has(key(url)));
      expect(fromExtension, 'network requests made by extension pages or the service worker').toEqual([]);
      expect(
        notFromPages,
        'requests from pages (or content scripts) that the pages alone did not make',
      ).toEqual([]);
      expect(leaks, 'requests to other hosts').toEqual([]);
      expect(unexplained, 'requests the demo pages themselves did not make').toEqual([]);
      expect(during.length).toBeGreaterThan(0); // the proxy really saw the traffic
    },
  );
});
