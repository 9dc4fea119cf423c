/**
 * A portal the user added in Options is read like a built-in one (Firefox ESR, MV2: `contentScripts.register`). As in
 * added-portals.e2e.test.ts, the test build's host permission for https://portal.added.test stands in for the user's
 * grant; Firefox resolves that host to this machine (`network.dns.localDomains`) and accepts the throwaway certificate.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuild } from '../../scripts/ensure-build';
import { pollUntil } from './support/poll';
import { requireBrowsers } from './support/browsers';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox';

const HOST = '[data-coverage-lens="badge"]';
const PAGE = path.resolve('test/fixtures/portals/unknown-portal/claims-and-benefits.html');
const TLS = path.resolve('test/e2e/support/tls');

interface ExtensionGlobals {
  browser: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
}

describe('Firefox: a portal added in Options', () => {
  let server: Server;
  let firefox: FirefoxWithExtension;
  let origin: string;

  beforeAll(async () => {
    requireBrowsers(['firefox']);
    const [key, cert, html] = await Promise.all([
      readFile(path.join(TLS, 'key.pem')),
      readFile(path.join(TLS, 'cert.pem')),
      readFile(PAGE, 'utf8'),
    ]);
    server = createServer({ key, cert }, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `https://portal.added.test:${(server.address() as AddressInfo).port}`;
    firefox = await launchFirefoxWithExtension({
      extensionDir: await ensureBuild('firefox-e2e'),
      acceptInsecureCerts: true,
      prefs: { 'network.dns.localDomains': 'portal.added.test', 'network.dns.disableIPv6': true },
    });
  });

  afterAll(async () => {
    await firefox?.close();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('is read and annotated like a built-in portal', async () => {
    const url = `${origin}/claims-and-benefits.html`;
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
