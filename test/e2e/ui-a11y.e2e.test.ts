/**
 * Accessibility of the popup and the options page in real Chromium (the e2e build, `.output/chrome-mv3-e2e`):
 * axe scans with 0 violations (popup on a demo portal page with data, each popup view, the empty state, Spanish,
 * the options page with its confirmation step open), and keyboard use: Tab reaches every control and each one shows a
 * visible focus indicator.
 */
import { cp, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchChromiumWithExtension,
  type ChromiumWithExtension,
  type ExtensionApi,
} from './support/chromium';
import { startDemoServer, type DemoServer } from '../support/demo-server';
import { ensureBuild } from '../../scripts/ensure-build';

let server: DemoServer;
let browser: ChromiumWithExtension;
let privateCopy: string | null = null;

/**
 * A private copy of the e2e build: other test files may rebuild .output/ while this one runs (the build is shared),
 * and Chromium reads extension files lazily.
 */
async function privateBuild(): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const built = await ensureBuild('chrome-e2e');
    const copy = await mkdtemp(path.join(tmpdir(), 'coverage-lens-a11y-ext-'));
    try {
      await cp(built, copy, { recursive: true });
      await Promise.all(
        ['manifest.json', 'popup.html', 'options.html'].map((file) => stat(path.join(copy, file))),
      );
      return copy;
    } catch {
      await rm(copy, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  }
  throw new Error('Could not copy a complete e2e build');
}

async function setSettings(locale: 'en' | 'es'): Promise<void> {
  await browser.evaluateInWorker(async (language: string) => {
    const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
    // The rules use a fixed date so that deadlines in the fixtures are in the future.
    await api.storage.local.set({
      settings: {
        retentionDays: 30,
        locale: language,
        asOfDate: '2026-11-10',
        enabledOptionalOrigins: [],
        schemaVersion: 2,
      },
    });
  }, locale);
}

/** Every axe violation as one readable line (rule, impact, first target), for a useful failure message. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(' | ')}`,
  );
}

/** Opens every <details> so that axe also checks their content. */
async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
}

/** Opens the popup for the demo page and waits for the answers. */
async function popupWithData(path: string): Promise<{ popup: Page; page: Page }> {
  const { page, tabId } = await browser.openPage(`${server.origin}/${path}`);
  let popup = await browser.openPopup(tabId);
  // The content script may still be reading: reopen until the answers are there.
  for (let attempt = 0; attempt < 30; attempt++) {
    if (await popup.getByTestId('answers-view').count()) return { popup, page };
    await popup.waitForTimeout(300);
    if (attempt % 5 === 4) {
      await popup.close();
      popup = await browser.openPopup(tabId);
    }
  }
  await popup.getByTestId('answers-view').waitFor({ timeout: 5_000 });
  return { popup, page };
}

interface FocusStop {
  label: string;
  visible: boolean;
}

/**
 * Presses Tab through the whole page and returns each focused control with whether its focus is visible
 * (an outline or a box-shadow from :focus-visible), plus the controls that exist but were never reached.
 */
async function tabThrough(page: Page, maxStops = 300): Promise<{ stops: FocusStop[]; unreached: string[] }> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  // A click on the empty top-left corner moves the sequential focus starting point to the top of the page.
  await page.mouse.click(1, 1);
  const stops: FocusStop[] = [];
  const reached = new Set<string>();
  for (let index = 0; index < maxStops; index++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      if (!element.dataset.clTabId) element.dataset.clTabId = String(Math.random()).slice(2);
      const style = getComputedStyle(element);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
      const name = element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
      return {
        id: element.dataset.clTabId,
        label: `${element.tagName.toLowerCase()}${element.id ? '#' + element.id : ''} "${name.slice(0, 40)}"`,
        visible: outline || shadow,
      };
    });
    if (!stop) break;
    if (reached.has(stop.id)) break; // wrapped around
    reached.add(stop.id);
    stops.push({ label: stop.label, visible: stop.visible });
  }
  const unreached = await page.evaluate(
    (ids: string[]) => {
      const seen = new Set(ids);
      const controls = document.querySelectorAll<HTMLElement>(
        'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea, summary, [tabindex="0"]',
      );
      return (
        Array.from(controls)
          // Rendered and not inside a closed <details> (whose content Chromium keeps laid out but hidden).
          .filter((element) =>
            element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }),
          )
          .filter((element) => !seen.has(element.dataset.clTabId ?? ''))
          .map(
            (element) =>
              `${element.tagName.toLowerCase()}${element.id ? '#' + element.id : ''} "${(element.textContent ?? '').trim().slice(0, 40)}"`,
          )
      );
    },
    [...reached],
  );
  return { stops, unreached };
}

beforeAll(async () => {
  privateCopy = await privateBuild();
  const extensionDir = privateCopy;
  server = await startDemoServer();
  browser = await launchChromiumWithExtension({ extensionDir });
  await setSettings('en');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (privateCopy) await rm(privateCopy, { recursive: true, force: true });
});

describe('popup accessibility', () => {
  it('has no axe violations with data: answers, claims and letters views', async () => {
    const { popup, page } = await popupWithData('acme-member/claims.html');
    expect(await popup.getByRole('main').count()).toBe(1);
    await openAllDetails(popup);
    expect(await axeViolations(popup)).toEqual([]);

    await popup.getByTestId('nav-claims').click();
    await popup.getByTestId('claims-table').waitFor();
    expect(await axeViolations(popup)).toEqual([]);

    await popup.getByTestId('nav-letters').click();
    await popup.getByTestId('letters-view').waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('has no axe violations in the empty state', async () => {
    const { page, tabId } = await browser.openPage(`${server.origin}/not-a-portal/news-article.html`);
    const popup = await browser.openPopup(tabId);
    await popup.getByTestId('empty-state').waitFor();
    expect(await popup.getByRole('button', { name: 'Read this page anyway' }).count()).toBe(1);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('has no axe violations in Spanish', async () => {
    await setSettings('es');
    try {
      const { popup, page } = await popupWithData('acme-member/benefits.html');
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe('es');
      await popup.getByRole('button', { name: 'Configuración' }).waitFor();
      await openAllDetails(popup);
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
      await page.close();
    } finally {
      await setSettings('en');
    }
  });

  it('can be used with the keyboard: Tab reaches every control, each with a visible focus', async () => {
    const { popup, page } = await popupWithData('acme-member/claims.html');
    const answers = await tabThrough(popup);
    expect(answers.stops.length).toBeGreaterThan(5);
    expect(answers.stops.filter((stop) => !stop.visible).map((stop) => stop.label)).toEqual([]);
    expect(answers.unreached).toEqual([]);

    await popup.getByTestId('nav-claims').click();
    await popup.getByTestId('claims-table').waitFor();
    const claims = await tabThrough(popup);
    expect(claims.stops.filter((stop) => !stop.visible).map((stop) => stop.label)).toEqual([]);
    expect(claims.unreached).toEqual([]);
    // Sorting works from the keyboard too.
    await popup.getByTestId('sort-owed').focus();
    await popup.keyboard.press('Enter');
    expect(await popup.locator('th[aria-sort]').first().getAttribute('aria-sort')).toBe('ascending');
    await popup.close();
    await page.close();
  });
});

describe('options page accessibility', () => {
  it('has no axe violations, with the delete confirmation open too', async () => {
    const options = await browser.context.newPage();
    await options.goto(`${browser.extensionOrigin}/options.html`);
    await options.getByTestId('options-profile').waitFor();
    expect(await axeViolations(options)).toEqual([]);
    await options.getByTestId('wipe').click();
    await options.getByTestId('wipe-confirm').waitFor();
    expect(await axeViolations(options)).toEqual([]);
    await options.getByRole('button', { name: 'Cancel' }).click();
    await options.close();
  });

  it('can be used with the keyboard: Tab reaches every control, each with a visible focus', async () => {
    const options = await browser.context.newPage();
    await options.goto(`${browser.extensionOrigin}/options.html`);
    await options.getByTestId('options-profile').waitFor();
    const { stops, unreached } = await tabThrough(options);
    expect(stops.length).toBeGreaterThan(15);
    expect(stops.filter((stop) => !stop.visible).map((stop) => stop.label)).toEqual([]);
    expect(unreached).toEqual([]);
    await options.close();
  });
});
