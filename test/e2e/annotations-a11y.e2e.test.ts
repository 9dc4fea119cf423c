/**
 * Accessibility of the page annotations. The badges live in CLOSED shadow roots, which axe (like the page) cannot
 * enter, so the test reads what the real extension rendered through the DevTools protocol, re-creates exactly that
 * markup with the badge stylesheet in an open shadow root on a plain page, and scans it with axe. It also checks, on
 * the real portal page, that every badge is reachable with the keyboard and has an accessible name.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE_HOST_SELECTOR, NOTE_HOST_SELECTOR } from '../../components/annotations/annotator';
import { BADGE_CSS } from '../../components/annotations/styles';
import { ensureBuild } from '../../scripts/ensure-build';
import { startDemoServer, type DemoServer } from '../support/demo-server';
import { requireBrowsers } from './support/browsers';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './support/chromium';
import { chromiumMessenger, openAndSettle } from './support/extension-state';

interface CdpNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/** The inner markup of every badge's closed shadow root (style elements left out: the stylesheet is added back). */
async function badgeMarkup(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const roots: CdpNode[] = [];
    const walk = (node: CdpNode) => {
      const attrs = node.attributes ?? [];
      const isBadge = attrs.some(
        (a, i) => i % 2 === 0 && a === 'data-coverage-lens' && attrs[i + 1] === 'badge',
      );
      if (isBadge && node.shadowRoots?.[0]) roots.push(node.shadowRoots[0]);
      [...(node.children ?? []), ...(node.shadowRoots ?? [])].forEach(walk);
    };
    walk(root);
    const out: string[] = [];
    for (const shadow of roots) {
      const parts: string[] = [];
      for (const child of shadow.children ?? []) {
        if (child.nodeName === 'STYLE') continue;
        const { outerHTML } = (await cdp.send('DOM.getOuterHTML', { nodeId: child.nodeId })) as {
          outerHTML: string;
        };
        parts.push(outerHTML);
      }
      out.push(parts.join(''));
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

describe('Chromium: page annotations are accessible', () => {
  let server: DemoServer;
  let browser: ChromiumWithExtension;
  let page: Page;
  let markup: string[] = [];

  beforeAll(async () => {
    requireBrowsers(['chromium']);
    server = await startDemoServer();
    browser = await launchChromiumWithExtension({
      extensionDir: await ensureBuild('chrome-e2e'),
      headless: true,
    });
    const { send } = await chromiumMessenger(browser);
    const result = await openAndSettle(browser, send, `${server.origin}/acme-member/claims.html`, {
      timeoutMs: 30_000,
    });
    page = result.page;
    const claims = result.state?.snapshot?.claims.length ?? 0;
    await page.waitForFunction(
      ({ selector, claims }) => document.querySelectorAll(selector).length === claims,
      { selector: BADGE_HOST_SELECTOR, claims },
      { timeout: 10_000 },
    );
    markup = await badgeMarkup(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders a badge button with an accessible name for every claim', () => {
    expect(markup.length).toBeGreaterThan(0);
    for (const html of markup) {
      expect(html).toMatch(/^<button\b/);
      expect(html).toMatch(/aria-label="[^"]+"/);
    }
  });

  it('has no axe violations in the rendered badge markup with its stylesheet', async () => {
    const probe = await browser.context.newPage();
    try {
      await probe.setContent(
        '<!doctype html><html lang="en"><head><title>Badges</title></head><body><main><h1>Claims</h1>' +
          markup.map((_, i) => `<p>Claim ${i + 1} <span class="host" data-i="${i}"></span></p>`).join('') +
          '</main></body></html>',
      );
      await probe.evaluate(
        ({ markup, css }) => {
          for (const host of Array.from(document.querySelectorAll<HTMLElement>('span.host'))) {
            const root = host.attachShadow({ mode: 'open' });
            const style = document.createElement('style');
            style.textContent = css;
            root.appendChild(style);
            const template = document.createElement('template');
            // Test-only: re-creates markup the extension itself built (never page text as HTML in the product).
            template.innerHTML = markup[Number(host.dataset.i)] ?? '';
            root.appendChild(template.content);
          }
        },
        { markup, css: BADGE_CSS },
      );
      const results = await new AxeBuilder({ page: probe }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    } finally {
      await probe.close();
    }
  });

  it('every badge on the portal page is reached with the Tab key', async () => {
    const hosts = await page.locator(BADGE_HOST_SELECTOR).count();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let reached = 0;
    // Tab through the page; a focused badge shows up as its host being the active element (closed root).
    for (let i = 0; i < 200 && reached < hosts; i++) {
      await page.keyboard.press('Tab');
      const onBadge = await page.evaluate(
        (selector) => document.activeElement?.matches(selector) ?? false,
        BADGE_HOST_SELECTOR,
      );
      if (onBadge) reached++;
    }
    expect(reached).toBe(hosts);
  });

  it("shows the redesign canary's note as a small fixed box at the bottom right, over the page", async () => {
    // The adapter's anchor goes (a portal redesign): the next read reports it and the background sends the notice.
    await page.evaluate(() => document.querySelector('[data-testid="member-card"] .member-id')?.remove());
    const note = page.locator(NOTE_HOST_SELECTOR);
    await note.waitFor({ state: 'attached', timeout: 10_000 });
    const box = await note.evaluate((host) => {
      const style = getComputedStyle(host);
      const rect = host.getBoundingClientRect();
      return {
        position: style.position,
        display: style.display,
        zIndex: style.zIndex,
        right: window.innerWidth - rect.right,
        bottom: window.innerHeight - rect.bottom,
        width: rect.width,
        height: rect.height,
        open: host.shadowRoot !== null,
      };
    });
    expect(box).toMatchObject({ position: 'fixed', display: 'block', zIndex: '2147483646', open: false });
    expect(box.right).toBeCloseTo(12, 0);
    expect(box.bottom).toBeCloseTo(12, 0);
    expect(box.width).toBeGreaterThan(100);
    expect(box.width).toBeLessThanOrEqual(360);
    expect(box.height).toBeGreaterThan(10);
  });
});
