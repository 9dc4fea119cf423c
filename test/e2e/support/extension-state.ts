/**
 * Reading what the extension decided for a tab, the same way the popup does: the `popup:get-state` message
 * (lib/model/messages.ts), sent from an extension page. Plus "settled" detection for inspect, demo and the tests.
 *
 * Settled = the tab has a snapshot, and for `quietMs` neither the background's answer for the tab nor the page's
 * DOM has changed (late-rendering pages: the DOM changes, the content script re-reads, the answer changes, then
 * everything goes quiet). A page that yields no snapshot at all counts as settled (with nothing read) after
 * `emptyQuietMs` of complete quiet. Bounded by `timeoutMs`; never a fixed sleep.
 */
import type { Page } from 'playwright-core';
import type { PopupState } from '../../../lib/model/messages';
import type { Settings } from '../../../lib/model/profile';
import type { ChromiumWithExtension } from './chromium';
import type { FirefoxWithExtension } from './firefox';

export type { PopupState };

/** What `npm run inspect` prints (contract §2), plus `unevaluated` (allowed extra field). */
export interface InspectOutput {
  snapshot: PopupState['snapshot'];
  assessments: Array<{ claimId: string | null; assessment: unknown }>;
  /** Subjects the rules could not evaluate yet, with the facts they lack (`claimId: null` = the page). */
  unevaluated: Array<{ claimId: string | null; missing: string[]; note: string | null }>;
}

/**
 * The page-level answer first (`claimId: null`), then one per claim in page order — only subjects that have an
 * Assessment (the same list the background stores as `tabResult:<tabId>.assessments`); the others are listed in
 * `unevaluated`.
 */
export function toInspectOutput(state: PopupState | null): InspectOutput {
  const output: InspectOutput = { snapshot: state?.snapshot ?? null, assessments: [], unevaluated: [] };
  if (!state) return output;
  const subjects = [
    ...(state.page ? [{ claimId: null, evaluated: state.page }] : []),
    ...state.claims.map((claim) => ({ claimId: claim.claimId, evaluated: claim })),
  ];
  for (const { claimId, evaluated } of subjects) {
    if (evaluated.assessment) output.assessments.push({ claimId, assessment: evaluated.assessment });
    else output.unevaluated.push({ claimId, missing: evaluated.missing, note: evaluated.note });
  }
  return output;
}

/** A message to the background from an extension page; the reply, or throws when it is a refusal. */
export type SendToBackground = (message: Record<string, unknown>) => Promise<unknown>;

export interface SettleOptions {
  timeoutMs?: number;
  /** How long answer and DOM must stay unchanged once there is a snapshot. */
  quietMs?: number;
  /** With no snapshot at all: give up once answer and DOM have been unchanged this long (not a portal page). */
  emptyQuietMs?: number;
  pollMs?: number;
  /**
   * A long claims list read in part (`snapshot.unreadRows`): have the page read the rest (`tab:read-all`) and settle
   * again, as the popup does when it opens. Default true; false keeps the first read's state.
   */
  readAll?: boolean;
}

export interface Settled {
  state: PopupState | null;
  settled: boolean;
  ms: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function signature(state: PopupState | null): string {
  if (!state) return 'none';
  return JSON.stringify([
    state.updatedAt,
    state.snapshot,
    state.claims.map((c) => [c.claimId, c.assessment]),
  ]);
}

/** Polls until settled (see file comment). `domVersion` returns a counter of the page's DOM mutations. */
export async function waitForSettledState(
  getState: () => Promise<PopupState | null>,
  domVersion: () => Promise<number>,
  options: SettleOptions = {},
): Promise<Settled> {
  const { timeoutMs = 20_000, quietMs = 1_200, emptyQuietMs = 5_000, pollMs = 150 } = options;
  const t0 = Date.now();
  let lastSig = '';
  let lastDom = -1;
  let quietSince = Date.now();
  let state: PopupState | null = null;
  for (;;) {
    try {
      state = await getState();
    } catch {
      state = null; // the background may still be starting
    }
    let dom = lastDom;
    try {
      dom = await domVersion();
    } catch {
      dom = lastDom + 1; // the page is navigating: not quiet
    }
    const sig = signature(state);
    if (sig !== lastSig || dom !== lastDom) {
      lastSig = sig;
      lastDom = dom;
      quietSince = Date.now();
    }
    const hasResult = Boolean(state?.snapshot && state.updatedAt);
    const quietFor = Date.now() - quietSince;
    if (quietFor >= (hasResult ? quietMs : emptyQuietMs))
      return { state, settled: true, ms: Date.now() - t0 };
    if (Date.now() - t0 > timeoutMs) return { state, settled: false, ms: Date.now() - t0 };
    await sleep(pollMs);
  }
}

/** Installs a DOM-mutation counter in the page (main world); returns a function reading it. */
export async function installDomCounter(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __clDomVersion?: number };
    if (w.__clDomVersion !== undefined) return;
    w.__clDomVersion = 0;
    new MutationObserver(() => {
      w.__clDomVersion = (w.__clDomVersion ?? 0) + 1;
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  return () => page.evaluate(() => (window as unknown as { __clDomVersion?: number }).__clDomVersion ?? -1);
}

// ---------------------------------------------------------------------------------------------------------------
// Chromium

/** An extension page kept open to talk to the background as the popup does. */
export async function chromiumMessenger(browser: ChromiumWithExtension): Promise<{
  send: SendToBackground;
  page: Page;
}> {
  const page = await browser.context.newPage();
  await page.goto(`${browser.extensionOrigin}/popup.html`);
  const send: SendToBackground = (message) =>
    page.evaluate(
      (m) =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).chrome.runtime.sendMessage(m),
      message,
    );
  return { send, page };
}

function checkReply<T>(reply: unknown, what: string): T {
  if (reply === undefined || reply === null) throw new Error(`No answer to ${what}`);
  const r = reply as { ok?: boolean; error?: string };
  if (r.ok === false) throw new Error(`${what} refused: ${r.error ?? 'unknown error'}`);
  return reply as T;
}

export async function getPopupState(send: SendToBackground, tabId: number): Promise<PopupState> {
  return checkReply<PopupState>(await send({ type: 'popup:get-state', tabId }), 'popup:get-state');
}

/** Changes settings through the background (`settings:get` + `settings:save`), like the options page. */
export async function updateSettings(send: SendToBackground, patch: Partial<Settings>): Promise<Settings> {
  const current = checkReply<{ settings: Settings }>(await send({ type: 'settings:get' }), 'settings:get');
  const saved = checkReply<{ settings: Settings }>(
    await send({ type: 'settings:save', settings: { ...current.settings, ...patch } }),
    'settings:save',
  );
  return saved.settings;
}

/** Opens `url` in Chromium and waits until the extension's answer for it has settled. */
export async function openAndSettle(
  browser: ChromiumWithExtension,
  send: SendToBackground,
  url: string,
  options: SettleOptions = {},
): Promise<{ page: Page; tabId: number } & Settled> {
  const { page, tabId } = await browser.openPage(url);
  return { page, tabId, ...(await settleTab(send, page, tabId, options)) };
}

/** Waits until the answer for a tab already open in Chromium has settled. */
export async function settleTab(
  send: SendToBackground,
  page: Page,
  tabId: number,
  options: SettleOptions = {},
): Promise<Settled> {
  const domVersion = await installDomCounter(page);
  const first = await waitForSettledState(() => getPopupState(send, tabId), domVersion, options);
  if (options.readAll === false || !first.state?.snapshot?.unreadRows) return first;
  checkReply(await send({ type: 'tab:read-all', tabId }), 'tab:read-all');
  const whole = await waitForSettledState(() => getPopupState(send, tabId), domVersion, options);
  return { ...whole, ms: first.ms + whole.ms };
}

// ---------------------------------------------------------------------------------------------------------------
// Firefox

export function firefoxMessenger(browser: FirefoxWithExtension): SendToBackground {
  return (message) =>
    browser.evaluateInExtension(
      (m) =>
        (
          globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).browser.runtime.sendMessage(m),
      message,
    );
}

/** Waits until a page's DOM has not changed for `quietMs` (e.g. the popup after its data arrived). */
export async function waitForDomQuiet(page: Page, quietMs = 400, timeoutMs = 10_000): Promise<boolean> {
  const domVersion = await installDomCounter(page);
  const t0 = Date.now();
  let last = await domVersion();
  let quietSince = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    await sleep(100);
    const now = await domVersion();
    if (now !== last) {
      last = now;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= quietMs) return true;
  }
  return false;
}

/** Installs a DOM-mutation counter in a Firefox tab (main world); returns a function reading it. */
export async function installFirefoxDomCounter(
  browser: FirefoxWithExtension,
  context: string,
): Promise<() => Promise<number>> {
  await browser.evaluate(context, () => {
    const w = window as unknown as { __clDomVersion?: number };
    if (w.__clDomVersion !== undefined) return true;
    w.__clDomVersion = 0;
    new MutationObserver(() => {
      w.__clDomVersion = (w.__clDomVersion ?? 0) + 1;
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    return true;
  });
  return () =>
    browser.evaluate(context, () => (window as unknown as { __clDomVersion?: number }).__clDomVersion ?? -1);
}

/** Opens `url` in a new Firefox tab and waits until the extension's answer for it has settled. */
export async function firefoxOpenAndSettle(
  browser: FirefoxWithExtension,
  send: SendToBackground,
  url: string,
  options: SettleOptions = {},
): Promise<{ context: string; tabId: number } & Settled> {
  const context = await browser.newTab(url);
  const tabId = await browser.tabIdOf(url);
  const domVersion = await installFirefoxDomCounter(browser, context);
  const result = await waitForSettledState(() => getPopupState(send, tabId), domVersion, options);
  return { context, tabId, ...result };
}
