/**
 * A portal the user added in Options is read like a built-in one (Chromium): the background registers the reader on
 * every granted https host that no built-in pattern covers (entrypoints/background/added-portals.ts). Here the test
 * build's host permission for https://portal.added.test stands in for the user's grant (automation cannot answer the
 * browser's permission prompt); the host resolves to a local https server with a throwaway certificate.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuild } from '../../scripts/ensure-build';
import { pollUntil } from './support/poll';
import { requireBrowsers } from './support/browsers';
import { ADDED_PORTAL_HOST, servePage, type PageServer } from './support/page-server';
import {
  launchChromiumWithExtension,
  type ChromiumWithExtension,
  type ExtensionApi,
} from './support/chromium';
import { BADGE_HOST_SELECTOR } from '../../components/annotations/annotator';

/** The badge hosts the annotator writes (their content is in closed shadow roots). */
const HOST = BADGE_HOST_SELECTOR;
const PAGE = path.resolve('test/fixtures/portals/unknown-portal/claims-and-benefits.html');

describe('Chromium: a portal added in Options', () => {
  let server: PageServer;
  let browser: ChromiumWithExtension;

  beforeAll(async () => {
    requireBrowsers(['chromium']);
    server = await servePage(await readFile(PAGE, 'utf8'), { https: true });
    browser = await launchChromiumWithExtension({
      extensionDir: await ensureBuild('chrome-e2e'),
      args: [`--host-resolver-rules=MAP ${ADDED_PORTAL_HOST} 127.0.0.1`, '--ignore-certificate-errors'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('gets the reader registered and is read and annotated like a built-in portal', async () => {
    // The background registered the reader on the added host only (not on the test build's other local hosts).
    const registered = await pollUntil(
      'the reader registered on the added portal',
      () =>
        browser.evaluateInWorker(async () => {
          const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
          const scripts = await api.scripting.getRegisteredContentScripts();
          return scripts.length > 0 ? scripts : null;
        }, null),
      { timeoutMs: 15_000, intervalMs: 100 },
    );
    expect(registered).toEqual([
      expect.objectContaining({
        id: 'coverage-lens-added-portals',
        matches: ['https://portal.added.test/*'],
        js: ['content-scripts/portal.js'],
      }),
    ]);

    const { page, tabId } = await browser.openPage(`${server.origin}/claims-and-benefits.html`);
    const result = await pollUntil(
      'a stored result with claims',
      () =>
        browser.evaluateInWorker(async (id: number) => {
          const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
          const key = `tabResult:${id}`;
          const stored = (await api.storage.session.get(key))[key] as
            { snapshot: { claims: unknown[]; portal: string } } | undefined;
          return stored && stored.snapshot.claims.length > 0 ? stored : null;
        }, tabId),
      { timeoutMs: 15_000, intervalMs: 100 },
    );
    expect(result.snapshot.portal).toBe('generic');
    await pollUntil(
      'one badge per claim',
      async () => (await page.locator(HOST).count()) === result.snapshot.claims.length,
      { timeoutMs: 15_000, intervalMs: 100 },
    );
    await page.close();
  });
});
