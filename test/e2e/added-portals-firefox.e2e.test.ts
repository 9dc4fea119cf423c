/**
 * A portal the user added in Options is read like a built-in one (Firefox ESR: the MV2 build registers the reader with
 * `contentScripts.register`, the MV3 build with `scripting.registerContentScripts`). As in
 * added-portals.e2e.test.ts, the test build's host permission for https://portal.added.test stands in for the user's
 * grant; Firefox resolves that host to this machine (`network.dns.localDomains`) and accepts the throwaway certificate.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuild, type BuildTargetName } from '../../scripts/ensure-build';
import { pollUntil } from './support/poll';
import { requireBrowsers } from './support/browsers';
import { ADDED_PORTAL_HOST, servePage, type PageServer } from './support/page-server';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox';
import { BADGE_HOST_SELECTOR } from '../../components/annotations/annotator';

/** The badge hosts the annotator writes (their content is in closed shadow roots). */
const HOST = BADGE_HOST_SELECTOR;
const PAGE = path.resolve('test/fixtures/portals/unknown-portal/claims-and-benefits.html');

interface ExtensionGlobals {
  browser: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
}

describe.each([
  ['firefox-e2e', 'MV2'],
  ['firefox-mv3-e2e', 'MV3'],
] as Array<[BuildTargetName, string]>)('Firefox %s (%s): a portal added in Options', (target) => {
  let server: PageServer;
  let firefox: FirefoxWithExtension;

  beforeAll(async () => {
    requireBrowsers(['firefox']);
    server = await servePage(await readFile(PAGE, 'utf8'), { https: true });
    firefox = await launchFirefoxWithExtension({
      extensionDir: await ensureBuild(target),
      acceptInsecureCerts: true,
      prefs: { 'network.dns.localDomains': ADDED_PORTAL_HOST, 'network.dns.disableIPv6': true },
    });
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('is read and annotated like a built-in portal', async () => {
    const url = `${server.origin}/claims-and-benefits.html`;
    const page = await firefox.newTab(url);
    const tabId = await firefox.tabIdOf(url);
    const claims = await pollUntil(
      'a stored result with claims',
      async () => {
        const count = await firefox.evaluateInExtension(async (id: number) => {
          const api = (globalThis as unknown as ExtensionGlobals).browser;
          const key = `tabResult:${id}`;
          const stored = (await api.storage.session.get(key))[key] as
            { snapshot: { claims: unknown[] } } | undefined;
          return stored?.snapshot.claims.length ?? 0;
        }, tabId);
        return count > 0 ? count : null;
      },
      { timeoutMs: 20_000, intervalMs: 150, detail: () => firefox.logs.slice(-20).join('\n') },
    );
    await pollUntil(
      'one badge per claim',
      async () =>
        (await firefox.evaluate(
          page,
          (selector: string) => document.querySelectorAll(selector).length,
          HOST,
        )) === claims,
      { timeoutMs: 20_000, intervalMs: 150 },
    );
    expect(claims).toBeGreaterThan(0);
  });
});
