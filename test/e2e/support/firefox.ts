/**
 * Debian's firefox-esr with the built extension installed temporarily, driven over WebDriver BiDi with a
 * small client on `ws` (Playwright cannot drive stock Firefox; see ../shared/toolchain.md §5).
 *
 * - A fresh profile whose user.js pins the extension's moz-extension:// UUID and quiets updates,
 *   telemetry and other background network traffic.
 * - `--remote-allow-system-access` so that BiDi may open moz-extension:// pages.
 *
 * Popup contract (same as Chromium): `popup.html?tab=<tabId>` describes that tab.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { firefoxPath, requireBrowsers } from './browsers';

/** Same value as GECKO_ID in wxt.config.ts (not imported: that file pulls in the WXT config). */
export const GECKO_ID = 'coverage-lens@coverage-lens.example';
/** Pinned through `extensions.webextensions.uuids`, so the extension pages live at a known origin. */
export const FIREFOX_EXTENSION_UUID = '4c0f2c3e-7d1a-4b6e-9a55-3f2d8c1b7e90';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

const QUIET_PREFS: Record<string, string | number | boolean> = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.update.checkInstallTime': false,
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.page': 0,
  'browser.startup.homepage': 'about:blank',
  'browser.startup.homepage_override.mstone': 'ignore',
  'startup.homepage_welcome_url': 'about:blank',
  'startup.homepage_welcome_url.additional': '',
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.ping-centre.telemetry': false,
  'browser.tabs.warnOnClose': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.search.update': false,
  'browser.discovery.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
  'extensions.update.enabled': false,
  'extensions.update.autoUpdateDefault': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/remote-settings-disabled',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
  'media.gmp-manager.url': '',
  'media.gmp-gmpopenh264.enabled': false,
  'dom.push.connection.enabled': false,
  'geo.provider.network.url': '',
  'identity.fxaccounts.enabled': false,
  'security.OCSP.enabled': 0,
};

interface BidiError {
  error: string;
  message: string;
}

/** A minimal WebDriver BiDi client: commands with ids, events to listeners. */
export class BidiClient {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve(v: unknown): void; reject(e: Error): void; method: string }
  >();
  private readonly listeners = new Set<(method: string, params: Record<string, unknown>) => void>();

  constructor(private readonly socket: WebSocket) {
    socket.on('message', (data: WebSocket.RawData) => {
      const message = JSON.parse(data.toString()) as {
        type: string;
        id?: number;
        result?: unknown;
        method?: string;
        params?: Record<string, unknown>;
      } & Partial<BidiError>;
      if (message.type === 'event' && message.method) {
        for (const listener of this.listeners) listener(message.method, message.params ?? {});
        return;
      }
      const waiter = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiter || message.id === undefined) return;
      this.pending.delete(message.id);
      if (message.type === 'success') waiter.resolve(message.result);
      else waiter.reject(new Error(`BiDi ${waiter.method}: ${message.error}: ${message.message}`));
    });
    socket.on('close', () => {
      for (const waiter of this.pending.values())
        waiter.reject(new Error(`BiDi ${waiter.method}: connection closed`));
      this.pending.clear();
    });
  }

  static connect(url: string): Promise<BidiClient> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, { perMessageDeflate: false });
      socket.once('open', () => resolve(new BidiClient(socket)));
      socket.once('error', reject);
    });
  }

  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, method });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  on(listener: (method: string, params: Record<string, unknown>) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.socket.close();
  }
}

/** A function serialised into a page; it sees only its argument and the page's globals. */
export type PageFunction<A, R> = (arg: A) => R | Promise<R>;

export interface FirefoxWithExtension {
  bidi: BidiClient;
  extensionId: string;
  extensionOrigin: string;
  /** Console and error output of every page, for diagnosing failures. */
  logs: string[];
  /** Opens a new tab (optionally navigating it); returns its browsing-context id. */
  newTab(url?: string): Promise<string>;
  navigate(context: string, url: string): Promise<void>;
  /** Runs `fn(arg)` in the page (main world); the result travels as JSON. */
  evaluate<R, A = null>(context: string, fn: PageFunction<A, R>, arg?: A): Promise<R>;
  /** Polls `fn(arg)` in the page until it returns a truthy value; returns that value. */
  waitFor<R, A = null>(
    context: string,
    fn: PageFunction<A, R>,
    arg?: A,
    timeoutMs?: number,
  ): Promise<NonNullable<R>>;
  /** Runs `fn(arg)` in an extension page, where `browser.*` (tabs, storage) is available. */
  evaluateInExtension<R, A = null>(fn: PageFunction<A, R>, arg?: A): Promise<R>;
  /** The WebExtension tab id of the tab showing `url` (the newest if several). */
  tabIdOf(url: string): Promise<number>;
  /** Opens `popup.html?tab=<tabId>` in a new tab, waits until its document is complete; returns its context. */
  openPopup(tabId?: number): Promise<string>;
  setViewport(context: string, width: number, height: number): Promise<void>;
  /** PNG screenshot of the viewport; writes `file` when given. */
  screenshot(context: string, file?: string): Promise<Buffer>;
  launchMs: number;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /** Absolute path of an unpacked Firefox build (e.g. .output/firefox-mv2-e2e). */
  extensionDir: string;
  headless?: boolean;
  prefs?: Record<string, string | number | boolean>;
  /** Accept any TLS certificate (a local https server with a throwaway one). */
  acceptInsecureCerts?: boolean;
}

function userJs(prefs: Record<string, string | number | boolean>): string {
  return Object.entries(prefs)
    .map(([key, value]) => `user_pref(${JSON.stringify(key)}, ${JSON.stringify(value)});`)
    .join('\n');
}

function waitForBidiUrl(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (data: Buffer) => {
      output += data.toString();
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        cleanup();
        resolve(match[1]);
      }
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(
        new Error(`Firefox exited (code ${code}) before WebDriver BiDi started:\n${output.slice(-2000)}`),
      );
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(
        new Error(`Firefox did not start WebDriver BiDi within ${timeoutMs} ms:\n${output.slice(-2000)}`),
      );
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      child.stderr?.off('data', onData);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
    };
    child.stderr?.on('data', onData);
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function launchFirefoxWithExtension(
  options: FirefoxLaunchOptions,
): Promise<FirefoxWithExtension> {
  requireBrowsers(['firefox']);
  const started = Date.now();
  const profile = await mkdtemp(path.join(tmpdir(), 'coverage-lens-firefox-'));
  await writeFile(path.join(profile, 'user.js'), userJs({ ...QUIET_PREFS, ...options.prefs }) + '\n');
  const child = spawn(
    firefoxPath(),
    [
      ...(options.headless === false ? [] : ['--headless']),
      '--remote-debugging-port=0',
      '--remote-allow-system-access',
      '--no-remote',
      '--profile',
      profile,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } },
  );
  // Keep draining output so that Firefox never blocks on a full pipe.
  child.stdout?.resume();
  child.stderr?.resume();

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(profile, { recursive: true, force: true }).catch(() => undefined);
  };

  let bidi: BidiClient;
  let extensionId: string;
  try {
    const url = await waitForBidiUrl(child, 30_000);
    bidi = await BidiClient.connect(`${url}/session`);
    await bidi.send('session.new', {
      capabilities: options.acceptInsecureCerts ? { alwaysMatch: { acceptInsecureCerts: true } } : {},
    });
    const installed = await bidi.send<{ extension: string }>('webExtension.install', {
      extensionData: { type: 'path', path: path.resolve(options.extensionDir) },
    });
    extensionId = installed.extension;
  } catch (error) {
    await kill();
    throw error;
  }

  const logs: string[] = [];
  await bidi.send('session.subscribe', { events: ['log.entryAdded'] });
  bidi.on((method, params) => {
    if (method !== 'log.entryAdded') return;
    const source = params.source as { context?: string } | undefined;
    logs.push(`[${String(params.level)}] ${String(params.text)} (${source?.context ?? '?'})`);
  });

  const evaluate = async <R, A = null>(context: string, fn: PageFunction<A, R>, arg?: A): Promise<R> => {
    // `__name` shim: tsx may wrap named inner functions in a helper that the page does not have.
    const expression = `(async () => { var __name = (f) => f; const r = await (${fn.toString()})(${JSON.stringify(
      arg ?? null,
    )}); return JSON.stringify(r === undefined ? null : r); })()`;
    const reply = await bidi.send<{
      type: 'success' | 'exception';
      result?: { type: string; value?: string };
      exceptionDetails?: { text: string };
    }>('script.evaluate', { expression, target: { context }, awaitPromise: true, resultOwnership: 'none' });
    if (reply.type === 'exception') throw new Error(`Page script failed: ${reply.exceptionDetails?.text}`);
    return JSON.parse(reply.result?.value ?? 'null') as R;
  };

  const waitFor = async <R, A = null>(
    context: string,
    fn: PageFunction<A, R>,
    arg?: A,
    timeoutMs = 15_000,
  ): Promise<NonNullable<R>> => {
    const deadline = Date.now() + timeoutMs;
    let lastError: unknown = null;
    for (;;) {
      try {
        const value = await evaluate(context, fn, arg);
        if (value) return value as NonNullable<R>;
        lastError = null;
      } catch (error) {
        lastError = error; // e.g. the document is being replaced mid-navigation
      }
      if (Date.now() > deadline) {
        const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
        throw new Error(`Timed out after ${timeoutMs} ms waiting for ${fn.toString().slice(0, 200)}${why}`);
      }
      await sleep(100);
    }
  };

  const newTab = async (url?: string): Promise<string> => {
    const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    if (url) await navigate(context, url);
    return context;
  };

  const navigate = async (context: string, url: string): Promise<void> => {
    if (url.startsWith('moz-extension:')) {
      // Navigations to extension pages report no load events over BiDi: start it, then poll.
      await bidi.send('browsingContext.navigate', { context, url, wait: 'none' });
      await waitFor(
        context,
        (expected: string) => location.href === expected && document.readyState === 'complete',
        url,
      );
    } else {
      await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
    }
  };

  let extensionContext: string | null = null;
  const evaluateInExtension = async <R, A = null>(fn: PageFunction<A, R>, arg?: A): Promise<R> => {
    if (!extensionContext) {
      extensionContext = await newTab(`${FIREFOX_EXTENSION_ORIGIN}/popup.html`);
    }
    return evaluate(extensionContext, fn, arg);
  };

  const tabIdOf = async (url: string): Promise<number> => {
    const id = await evaluateInExtension(async (u: string) => {
      const api = (
        globalThis as unknown as {
          browser: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
        }
      ).browser;
      const ids = (await api.tabs.query({}))
        .filter((t) => t.url === u && t.id !== undefined)
        .map((t) => t.id as number);
      return ids.length ? Math.max(...ids) : null;
    }, url);
    if (id === null) throw new Error(`No Firefox tab shows ${url}`);
    return id;
  };

  const openPopup = async (tabId?: number): Promise<string> =>
    newTab(`${FIREFOX_EXTENSION_ORIGIN}/popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`);

  const setViewport = async (context: string, width: number, height: number): Promise<void> => {
    await bidi.send('browsingContext.setViewport', { context, viewport: { width, height } });
  };

  const screenshot = async (context: string, file?: string): Promise<Buffer> => {
    const { data } = await bidi.send<{ data: string }>('browsingContext.captureScreenshot', { context });
    const png = Buffer.from(data, 'base64');
    if (file) await writeFile(file, png);
    return png;
  };

  return {
    bidi,
    extensionId,
    extensionOrigin: FIREFOX_EXTENSION_ORIGIN,
    logs,
    newTab,
    navigate,
    evaluate,
    waitFor,
    evaluateInExtension,
    tabIdOf,
    openPopup,
    setViewport,
    screenshot,
    launchMs: Date.now() - started,
    async close() {
      try {
        await Promise.race([bidi.send('session.end'), sleep(2_000)]);
      } catch {
        // Firefox may already be gone.
      }
      bidi.close();
      await kill();
    },
  };
}
