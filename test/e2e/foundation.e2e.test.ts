/**
 * Foundation, in real browsers with the real built extension: the content script runs on a demo portal page, the
 * background receives the snapshot and evaluates it, and the popup (opened as `popup.html?tab=<id>`) shows what was
 * read from the page. Chromium (playwright-core) and Firefox ESR (WebDriver BiDi), MV2 and MV3.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE_HOST_SELECTOR } from '../../components/annotations/annotator';
import { ensureBuild, ROOT, type BuildTargetName } from '../../scripts/ensure-build';
import { startDemoServer, type DemoServer } from '../support/demo-server';
import { requireBrowsers } from './support/browsers';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './support/chromium';
import {
  chromiumMessenger,
  firefoxMessenger,
  firefoxOpenAndSettle,
  openAndSettle,
  type PopupState,
  type SendToBackground,
} from './support/extension-state';
import { expectedFor, FOUNDATION_PAGE } from './support/fixtures';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox';

const SHOTS = path.join(ROOT, 'test-results', 'e2e');
const expected = expectedFor(FOUNDATION_PAGE);

let server: DemoServer;

interface CdpNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/** The text inside each badge's CLOSED shadow root, read through the DevTools protocol (the page cannot see it). */
async function badgeTexts(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const texts: string[] = [];
    const kids = (node: CdpNode) => [...(node.children ?? []), ...(node.shadowRoots ?? [])];
    const textOf = (node: CdpNode): string =>
      node.nodeName === 'STYLE'
        ? ''
        : (node.nodeType === 3 ? (node.nodeValue ?? '') : '') + kids(node).map(textOf).join('');
    const walk = (node: CdpNode) => {
      const attrs = node.attributes ?? [];
      const isBadge = attrs.some(
        (a, i) => i % 2 === 0 && a === 'data-coverage-lens' && attrs[i + 1] === 'badge',
      );
      if (isBadge) texts.push((node.shadowRoots ?? []).map(textOf).join('').trim());
      kids(node).forEach(walk);
    };
    walk(root);
    return texts;
  } finally {
    await cdp.detach();
  }
}

beforeAll(async () => {
  requireBrowsers();
  mkdirSync(SHOTS, { recursive: true });
  server = await startDemoServer();
});

afterAll(async () => {
  await server?.close();
});

/** What the background must have received from the content script for the foundation page. */
function expectSnapshotFromPage(state: PopupState | null, url: string): void {
  expect(state, 'the background has no answer for the tab').not.toBeNull();
  const snapshot = state!.snapshot;
  expect(snapshot, 'the background received no snapshot from the content script').not.toBeNull();
  expect(snapshot!.url).toBe(url);
  expect(state!.updatedAt).not.toBeNull();
  if (expected) {
    expect(snapshot!.portal).toBe(expected.portal);
    expect(snapshot!.member.name).toBe(expected.member.name);
    expect(snapshot!.claims.map((c) => c.id)).toEqual(expected.claims.map((c) => c.id));
  } else {
    expect(snapshot!.claims.length).toBeGreaterThan(0);
  }
  // The background evaluated every claim it received.
  expect(state!.claims.map((c) => c.claimId)).toEqual(snapshot!.claims.map((c) => c.id));
}

describe('Chromium: content script → background → popup', () => {
  let browser: ChromiumWithExtension;
  let send: SendToBackground;
  let tabId: number;
  let state: PopupState | null = null;
  const url = () => `${server.origin}/${FOUNDATION_PAGE}`;

  beforeAll(async () => {
    const extensionDir = await ensureBuild('chrome-e2e');
    browser = await launchChromiumWithExtension({ extensionDir, headless: true });
    ({ send } = await chromiumMessenger(browser));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('loads the built extension (its service worker runs)', () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    expect(browser.launchMs).toBeLessThan(15_000);
  });

  it('the content script reads the demo page and the background receives the snapshot', async () => {
    const result = await openAndSettle(browser, send, url(), { timeoutMs: 20_000 });
    tabId = result.tabId;
    state = result.state;
    expect(result.settled, 'the answer for the page never settled').toBe(true);
    expectSnapshotFromPage(state, url());
    await result.page.screenshot({ path: path.join(SHOTS, 'chromium-page.png'), fullPage: true });
  });

  it('annotates each claim inside a closed shadow root the page cannot read', async () => {
    const page = browser.context.pages().find((p) => p.url() === url());
    expect(page).toBeDefined();
    const claims = state!.snapshot!.claims.length;
    // One badge per claim (keyed by claim: never duplicated).
    await expect.poll(() => page!.locator(BADGE_HOST_SELECTOR).count(), { timeout: 10_000 }).toBe(claims);
    // The page sees only empty hosts …
    const seenByPage = await page!.evaluate(
      (selector) =>
        [...document.querySelectorAll(selector)].map(
          (host) => (host.shadowRoot ? 'open:' : '') + host.textContent,
        ),
      BADGE_HOST_SELECTOR,
    );
    expect(seenByPage.every((text) => text === '')).toBe(true);
    // … while each badge shows the user a text.
    const texts = await badgeTexts(page!);
    expect(texts.length).toBe(claims);
    expect(
      texts.every((text) => text.length > 0),
      `badge texts: ${JSON.stringify(texts)}`,
    ).toBe(true);
  });

  it('the popup for that tab shows what was read from the page', async () => {
    expect(state?.snapshot, 'no snapshot (previous test failed)').toBeTruthy();
    const claimId = state!.snapshot!.claims[0]!.id;
    const popup = await browser.openPopup(tabId);
    expect(popup.url()).toBe(`${browser.extensionOrigin}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('body').textContent(), { timeout: 10_000 }).toContain(claimId);
    await popup.screenshot({ path: path.join(SHOTS, 'chromium-popup.png'), fullPage: true });
    await popup.close();
  });
});

describe.each([
  ['firefox-e2e', 'MV2'],
  ['firefox-mv3-e2e', 'MV3'],
] as Array<[BuildTargetName, string]>)(
  'Firefox %s (%s): content script → background → popup',
  (target, mv) => {
    let browser: FirefoxWithExtension;
    let send: SendToBackground;
    let tabId: number;
    let state: PopupState | null = null;
    const url = () => `${server.origin}/${FOUNDATION_PAGE}`;

    beforeAll(async () => {
      const extensionDir = await ensureBuild(target);
      browser = await launchFirefoxWithExtension({ extensionDir, headless: true });
      send = firefoxMessenger(browser);
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('the content script reads the demo page and the background receives the snapshot', async () => {
      const result = await firefoxOpenAndSettle(browser, send, url(), { timeoutMs: 20_000 });
      tabId = result.tabId;
      state = result.state;
      expect(result.settled, `the answer never settled; logs:\n${browser.logs.join('\n')}`).toBe(true);
      expectSnapshotFromPage(state, url());
      // One annotation per claim, in closed shadow roots: the page sees only empty, laid-out hosts.
      const hosts = await browser.waitFor(
        result.context,
        (selector: string) => {
          const all = [...document.querySelectorAll(selector)];
          return all.length === 0
            ? null
            : all.map((h) => ({
                open: h.shadowRoot !== null,
                text: h.textContent,
                width: h.getBoundingClientRect().width,
              }));
        },
        BADGE_HOST_SELECTOR,
      );
      expect(hosts.length).toBe(state!.snapshot!.claims.length);
      expect(
        hosts.every((h) => !h.open && h.text === '' && h.width > 0),
        JSON.stringify(hosts),
      ).toBe(true);
    });

    it('the popup for that tab shows what was read from the page', async () => {
      expect(state?.snapshot, 'no snapshot (previous test failed)').toBeTruthy();
      const claimId = state!.snapshot!.claims[0]!.id;
      const popup = await browser.openPopup(tabId);
      const text = await browser.waitFor(
        popup,
        (id: string) => (document.body.textContent ?? '').includes(id) && document.body.textContent,
        claimId,
      );
      expect(text).toContain(claimId);
      await browser.setViewport(popup, 420, 640);
      await browser.screenshot(popup, path.join(SHOTS, `firefox-${mv.toLowerCase()}-popup.png`));
    });
  },
);
