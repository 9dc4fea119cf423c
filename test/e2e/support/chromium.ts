/**
 * Debian's Chromium with the built extension loaded, driven by playwright-core (flags proven in
 * ../shared/toolchain.md §5).
 *
 * Popup contract: a popup opened as a tab has no "active tab" of its own, so it is opened as
 * `popup.html?tab=<tabId>`; the popup describes that tab (else the active tab of the current window).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** A function serialised into the worker; it sees only its argument and the worker's globals. */
export type WorkerFunction<A, R> = (arg: A) => R | Promise<R>;
import { chromiumPath, requireBrowsers } from './browsers';

/** The few extension APIs the tests call inside the service worker (no @types/chrome here). */
export interface ExtensionApi {
  tabs: {
    query(q: {
      url?: string;
      active?: boolean;
      lastFocusedWindow?: boolean;
    }): Promise<Array<{ id?: number; url?: string; title?: string; active: boolean }>>;
    create(p: { url: string; active?: boolean }): Promise<{ id?: number }>;
    remove(id: number): Promise<void>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  scripting: {
    getRegisteredContentScripts(filter?: {
      ids?: string[];
    }): Promise<Array<{ id: string; matches?: string[]; js?: string[] }>>;
  };
  storage: Record<
    'local' | 'session',
    {
      get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
      clear(): Promise<void>;
    }
  >;
  runtime: { id: string; getManifest(): Record<string, unknown> };
}

/*
 * Inside a worker.evaluate callback nothing from this module is in scope (the function is serialised),
 * so callbacks write `(globalThis as unknown as { chrome: ExtensionApi }).chrome`.
 */

export interface LaunchOptions {
  /** Absolute path of an unpacked build (e.g. .output/chrome-mv3-e2e). */
  extensionDir: string;
  headless?: boolean;
  /** Extra Chromium arguments. */
  args?: string[];
  viewport?: { width: number; height: number } | null;
  /** Send every request through this proxy (Playwright proxies loopback too). */
  proxy?: { server: string; bypass?: string };
}

export interface ChromiumWithExtension {
  context: BrowserContext;
  extensionId: string;
  /** `chrome-extension://<id>` */
  extensionOrigin: string;
  /** The extension's service worker (re-acquired if Chromium restarted it). */
  worker(): Promise<Worker>;
  /** Opens `url` in a new tab created by the extension, so the tab id is known for sure. */
  openPage(url: string): Promise<{ page: Page; tabId: number }>;
  /** The tab id of a page (matched by URL, else the focused active tab). */
  tabIdOf(page: Page): Promise<number>;
  /** Opens the popup as a tab: `popup.html?tab=<id>` for the tab showing `forTab` (a Page, URL or tab id). */
  openPopup(forTab?: Page | string | number): Promise<Page>;
  /** Runs a function in the service worker (extension APIs available as `chrome`/`browser`). */
  evaluateInWorker<R, A>(fn: WorkerFunction<A, R>, arg: A): Promise<R>;
  /** Launch-to-service-worker time in ms. */
  launchMs: number;
  close(): Promise<void>;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--metrics-recording-only',
  '--no-pings',
];

export async function launchChromiumWithExtension(options: LaunchOptions): Promise<ChromiumWithExtension> {
  requireBrowsers(['chromium']);
  const started = Date.now();
  const extensionDir = path.resolve(options.extensionDir);
  const profile = await mkdtemp(path.join(tmpdir(), 'coverage-lens-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: options.headless ?? true,
      viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
      ...(options.proxy ? { proxy: options.proxy } : {}),
      args: [
        ...CHROMIUM_ARGS,
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        ...(options.args ?? []),
      ],
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }

  const isOurs = (w: Worker) =>
    w.url().startsWith('chrome-extension://') && w.url().endsWith('/background.js');
  let first = context.serviceWorkers().find(isOurs);
  try {
    first ??= await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 });
  } catch (error) {
    await context.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
    throw new Error(`The extension's service worker did not start (is ${extensionDir} a chrome-mv3 build?)`, {
      cause: error,
    });
  }
  const extensionId = new URL(first.url()).host;
  const extensionOrigin = `chrome-extension://${extensionId}`;
  const launchMs = Date.now() - started;

  const worker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find((w) => isOurs(w) && w.url().startsWith(extensionOrigin));
    if (live) return live;
    // Chromium may have stopped an idle worker: opening an extension page starts it again.
    const wake = await context.newPage();
    const waiting = context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 10_000 });
    await wake.goto(`${extensionOrigin}/popup.html`).catch(() => undefined);
    const w = context.serviceWorkers().find(isOurs) ?? (await waiting);
    await wake.close();
    return w;
  };

  const evaluateInWorker = async <R, A>(fn: WorkerFunction<A, R>, arg: A): Promise<R> =>
    (await worker()).evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown) as Promise<R>;

  const tabIdOf = async (page: Page): Promise<number> => {
    const url = page.url();
    const byUrl = await evaluateInWorker(async (u: string) => {
      const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
      const tabs = await api.tabs.query({});
      const ids = tabs.filter((t) => t.url === u && t.id !== undefined).map((t) => t.id as number);
      return ids.length ? Math.max(...ids) : null;
    }, url);
    if (byUrl !== null) return byUrl;
    // Without host access Chromium hides tab URLs: focus the page and take the active tab.
    await page.bringToFront();
    const active = await evaluateInWorker(async () => {
      const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? null;
    }, null);
    if (active === null) throw new Error(`No tab found for ${url}`);
    return active;
  };

  const openPage = async (url: string): Promise<{ page: Page; tabId: number }> => {
    const pageEvent = context.waitForEvent('page', { timeout: 15_000 });
    const tabId = await evaluateInWorker(async (u: string) => {
      const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
      const tab = await api.tabs.create({ url: u, active: true });
      return tab.id as number;
    }, url);
    const page = await pageEvent;
    await page.waitForLoadState('load');
    return { page, tabId };
  };

  const openPopup = async (forTab?: Page | string | number): Promise<Page> => {
    let tabId: number | null = null;
    if (typeof forTab === 'number') tabId = forTab;
    else if (typeof forTab === 'string') {
      const page = context.pages().find((p) => p.url() === forTab);
      if (!page) throw new Error(`No open page has the URL ${forTab}`);
      tabId = await tabIdOf(page);
    } else if (forTab) tabId = await tabIdOf(forTab);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.goto(`${extensionOrigin}/popup.html${tabId === null ? '' : `?tab=${tabId}`}`);
    return popup;
  };

  return {
    context,
    extensionId,
    extensionOrigin,
    worker,
    openPage,
    tabIdOf,
    openPopup,
    evaluateInWorker,
    launchMs,
    async close() {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}
