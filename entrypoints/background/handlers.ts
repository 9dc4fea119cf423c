/**
 * The background's message handlers and tab lifecycle. `handleMessage` is the only entry point for runtime messages:
 * it checks the sender, parses the message with its schema, and only then touches storage. A refused or malformed
 * message is logged (type and reason only, never its content) and answered with `{ ok: false, error }`.
 *
 * State lives in storage (service-worker friendly): every handler reads what it needs, and writes go through one
 * queue so that two frames reporting at once cannot lose each other's update.
 */
import { browser } from 'wxt/browser';
import {
  MessageSchema,
  MESSAGE_LIMITS,
  type ErrorResponse,
  type FactsOverrideMessage,
  type Message,
  PageReadAnywayResponseSchema,
  type PageAssessmentMessage,
  type PageReadAllMessage,
  type PageReadAnywayMessage,
  type PageReadAnywayResponse,
  type PageSnapshotMessage,
  type PageSnapshotResponse,
  type PopupState,
  type ProfileExportResponse,
  type ProfileResponse,
  type SettingsResponse,
  type DataWipeResponse,
  type TabResult,
} from '@/lib/model/messages';
import {
  parseProfileOrReset,
  type MemberProfile,
  type MemberProfiles,
  type Settings,
} from '@/lib/model/profile';
import {
  applyOverride,
  emptyProfile,
  FactValueError,
  findProfileFor,
  mergeSnapshot,
  profileKeyFor,
} from '@/lib/profile/merge';
import { syncAddedPortals, type AddedPortalsApi } from './added-portals';
import { refuseSender, type SenderInfo } from './guard';
import {
  addNotices,
  parseTabResult,
  readNotices,
  readProfiles,
  readRawTabResult,
  readSettings,
  readTabResult,
  tabResultBytes,
  removeTabResult,
  storedTabIds,
  wipeAll,
  writeProfiles,
  writeSettings,
  writeTabResult,
} from './store';
import {
  asOfDate,
  badgeHint,
  badgesFor,
  buildTabResult,
  canaryNote,
  combineFrames,
  evaluateSnapshot,
  frameBadges,
  framesOf,
  localeOf,
  upsertFrame,
  type FrameReport,
  type TabEvaluation,
} from './evaluate-tab';
import {
  doneWriting,
  evaluationInputs,
  forgetAll,
  forgetTab,
  recallBySize,
  recallEvaluation,
  recallResult,
  recallWriting,
  rememberEvaluation,
  rememberWriting,
} from './cache';

const LOG_PREFIX = '[coverage-lens]';

function refuse(reason: string, type?: string): ErrorResponse {
  console.warn(`${LOG_PREFIX} refused ${type ?? 'message'}: ${reason}`);
  return { ok: false, error: reason.slice(0, MESSAGE_LIMITS.notice) };
}

// ---------------------------------------------------------------------------------------------------------------
// Write queue: one state change at a time (per background instance).

let queue: Promise<unknown> = Promise.resolve();
/** How long a popup state waits for the queue at most. */
const QUEUE_WAIT_MS = 3_000;
function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

// ---------------------------------------------------------------------------------------------------------------
// Toolbar badge

interface ActionApi {
  setBadgeText(details: { tabId?: number; text: string }): Promise<void>;
  setBadgeBackgroundColor?(details: { tabId?: number; color: string }): Promise<void>;
}

function actionApi(): ActionApi | null {
  const api = browser as unknown as { action?: ActionApi; browserAction?: ActionApi };
  return api.action ?? api.browserAction ?? null;
}

/**
 * The toolbar count of claims and authorizations that need an action. `partial`: a long list was read in part, so
 * there may be more ("3+"); the popup reads the rest when opened.
 */
export function badgeTextFor(actionsNeeded: number, partial = false): string {
  if (actionsNeeded <= 0) return '';
  if (actionsNeeded > 99) return '99+';
  return partial ? `${actionsNeeded}+` : String(actionsNeeded);
}

async function setToolbarBadge(tabId: number, actionsNeeded: number, partial = false): Promise<void> {
  const action = actionApi();
  if (!action) return;
  try {
    await action.setBadgeText({ tabId, text: badgeTextFor(actionsNeeded, partial) });
    if (actionsNeeded > 0) await action.setBadgeBackgroundColor?.({ tabId, color: '#8a1c13' });
  } catch (error) {
    // The tab may have closed meanwhile.
    console.warn(`${LOG_PREFIX} could not set the toolbar badge`, error);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Shared steps

function uiLanguage(): string | null {
  try {
    return browser.i18n?.getUILanguage?.() ?? globalThis.navigator?.language ?? null;
  } catch {
    return globalThis.navigator?.language ?? null;
  }
}

interface Context {
  now: Date;
  settings: Settings;
  today: string;
  profiles: MemberProfiles;
}

async function loadContext(): Promise<Context> {
  const now = new Date();
  const settings = await readSettings();
  const profiles = await readProfiles(now, settings.retentionDays);
  return { now, settings, today: asOfDate(settings, now), profiles };
}

function profileFor(context: Context, result: TabResult): MemberProfile | null {
  if (result.profileKey && context.profiles[result.profileKey])
    return context.profiles[result.profileKey] ?? null;
  return findProfileFor(context.profiles, result.snapshot);
}

/** Re-evaluates a stored tab result with the current profile/settings, stores it, and pushes badges to its frames. */
async function reevaluateTab(
  context: Context,
  result: TabResult,
  push = true,
): Promise<{ result: TabResult; evaluation: TabEvaluation }> {
  const frames = framesOf(result);
  const profile = profileFor(context, result);
  const evaluation = evaluateSnapshot(profile, result.snapshot, context.today, context.now);
  const next: TabResult = buildTabResult({
    tabId: result.tabId,
    frames,
    snapshot: result.snapshot,
    evaluation,
    profileKey: profile?.key ?? result.profileKey,
    asOf: context.today,
    now: context.now,
  });
  await writeTabResult(next);
  rememberEvaluation(
    next,
    evaluation,
    evaluationInputs(profile, context.settings, context.today),
    await tabResultBytes(next.tabId),
  );
  await setToolbarBadge(result.tabId, next.actionsNeeded, next.snapshot.unreadRows !== undefined);
  if (push) await pushBadges(result.tabId, frames, evaluation, context);
  return { result: next, evaluation };
}

async function pushBadges(
  tabId: number,
  frames: readonly FrameReport[],
  evaluation: TabEvaluation | null,
  context: Context | null,
): Promise<void> {
  const locale = context ? localeOf(context.settings, uiLanguage()) : 'en';
  const badges = evaluation && context ? badgesFor(evaluation, locale, context.today) : [];
  for (const frame of frames) {
    const message: PageAssessmentMessage = {
      type: 'page:assessment',
      claims: frameBadges(badges, frames, frame.frameId),
      hint: badgeHint(locale),
    };
    try {
      await browser.tabs.sendMessage(tabId, message, { frameId: frame.frameId });
    } catch {
      // The frame navigated away or the tab closed: nothing to update.
    }
  }
}

function popupState(
  tabId: number,
  context: Context,
  notices: string[],
  result: TabResult | null,
  evaluation: TabEvaluation | null,
  error?: string,
): PopupState {
  const canary = result?.frames.find((frame) => frame.canary)?.canary ?? null;
  const state: PopupState = {
    tabId,
    url: result?.url ?? null,
    portal: result?.portal ?? null,
    snapshot: result?.snapshot ?? null,
    page: evaluation?.page ?? null,
    claims: evaluation?.claims ?? [],
    authorizations: evaluation?.authorizations ?? [],
    profile: result ? profileFor(context, result) : null,
    settings: context.settings,
    asOf: context.today,
    notices: [
      ...notices,
      ...(canary ? ['ui.notice.canary'] : []),
      ...(result?.truncated ? ['present.notice.resultTruncated'] : []),
    ],
    canary,
    updatedAt: result?.updatedAt ?? null,
  };
  if (error) state.error = error;
  return state;
}

// ---------------------------------------------------------------------------------------------------------------
// Handlers

async function onPageSnapshot(
  message: PageSnapshotMessage,
  tabId: number,
  frameId: number,
): Promise<PageSnapshotResponse> {
  // The page gets its badges as soon as they are known; the task goes on to store the tab's result (writing and
  // measuring a 2,000-claim result took ~0.7–1 s), still inside the queue, so the next state change (another frame
  // of the same tab, a correction) reads what this one stored, and a popup state (onGetState) waits for it.
  return new Promise<PageSnapshotResponse>((answer, fail) => {
    void serialized(async () => {
      try {
        await answerAndStore(message, tabId, frameId, answer);
      } catch (error) {
        // Before the answer: the caller reports it; after it, the page already has its badges.
        fail(error);
      }
    });
  });
}

async function answerAndStore(
  message: PageSnapshotMessage,
  tabId: number,
  frameId: number,
  answer: (response: PageSnapshotResponse) => void,
): Promise<void> {
  const context = await loadContext();
  const report: FrameReport = { frameId, snapshot: message.snapshot, canary: message.canary ?? null };
  const previous = await readTabResult(tabId);
  // A frame of a different page than the stored one (the tab navigated) starts afresh.
  const stale = previous && frameId === 0 && previous.url !== message.snapshot.url;
  const frames = upsertFrame(stale ? [] : framesOf(previous), report);
  const snapshot = combineFrames(frames);

  // Remember plan facts: only when the page stated some (a page with no facts creates no profile).
  const existing = findProfileFor(context.profiles, message.snapshot);
  const merged = mergeSnapshot(existing, message.snapshot, context.now);
  let profileKey = previous && !stale ? previous.profileKey : null;
  if (existing || Object.keys(merged.facts).length > 0) {
    context.profiles = { ...context.profiles, [merged.key]: merged };
    await writeProfiles(context.profiles);
    profileKey = merged.key;
  }
  const profile =
    (profileKey ? context.profiles[profileKey] : undefined) ?? findProfileFor(context.profiles, snapshot);

  const evaluation = evaluateSnapshot(profile ?? null, snapshot, context.today, context.now);
  const result = buildTabResult({
    tabId,
    frames,
    snapshot,
    evaluation,
    profileKey: profile?.key ?? profileKey,
    asOf: context.today,
    now: context.now,
  });
  await setToolbarBadge(tabId, result.actionsNeeded, snapshot.unreadRows !== undefined);

  const locale = localeOf(context.settings, uiLanguage());
  const response: PageSnapshotResponse = {
    ok: true,
    claims: frameBadges(badgesFor(evaluation, locale, context.today), frames, frameId),
    hint: badgeHint(locale),
  };
  if (report.canary) response.notice = canaryNote(locale);
  const inputs = evaluationInputs(profile ?? null, context.settings, context.today);
  // A popup opened while this is being written shows it at once (see onGetState).
  rememberWriting(result, evaluation, inputs);
  answer(response);
  // Let the answer leave first: the write serialises the whole result synchronously (~0.5 s for 2,000 claims here),
  // which held the page's answer back until it was done.
  await new Promise((resolve) => setTimeout(resolve, 0));

  try {
    await writeTabResult(result);
    // What the popup will ask for next: remembered with the inputs it was made from (see ./cache.ts).
    rememberEvaluation(result, evaluation, inputs, await tabResultBytes(tabId));
    if (report.canary) await addNotices(['ui.notice.canary']);
  } catch (error) {
    console.warn(`${LOG_PREFIX} could not store the result of tab ${tabId}`, error);
  } finally {
    doneWriting(result);
  }
}

/**
 * The popup's state. When nothing changed since this background last evaluated the tab (same stored result, profile,
 * settings and date), the remembered evaluation answers at once; otherwise the stored snapshot is evaluated again.
 */
async function onGetState(tabId: number): Promise<PopupState> {
  // A snapshot already answered and still being stored (see answerAndStore) is the state to show: at once, when the
  // profile, settings and date it was evaluated with are still those of now (a 2,000-claim write takes ~1 s).
  const fresh = recallWriting(tabId);
  if (fresh) {
    const context = await loadContext();
    const profile = profileFor(context, fresh.result);
    if (evaluationInputs(profile, context.settings, context.today) === fresh.inputs)
      return popupState(tabId, context, await readNotices(), fresh.result, fresh.evaluation);
  }
  // Otherwise what is being stored is waited for. A queue that does not settle (a storage call that never answers)
  // must not keep the popup waiting: then what is stored.
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    queue,
    new Promise((resolve) => {
      timer = setTimeout(resolve, QUEUE_WAIT_MS);
    }),
  ]);
  clearTimeout(timer);
  const [context, bytes] = await Promise.all([loadContext(), tabResultBytes(tabId)]);
  const notices = readNotices();
  let result = recallBySize(tabId, bytes);
  if (!result) {
    const raw = await readRawTabResult(tabId);
    result = recallResult(tabId, raw) ?? (await parseTabResult(tabId, raw));
  }
  if (!result) return popupState(tabId, context, await notices, null, null);
  const profile = profileFor(context, result);
  const inputs = evaluationInputs(profile, context.settings, context.today);
  let evaluation = recallEvaluation(tabId, inputs);
  if (!evaluation) {
    evaluation = evaluateSnapshot(profile, result.snapshot, context.today, context.now);
    rememberEvaluation(result, evaluation, inputs, bytes);
  }
  return popupState(tabId, context, await notices, result, evaluation);
}

async function onOverride(message: FactsOverrideMessage): Promise<PopupState | ErrorResponse> {
  return serialized(async () => {
    const context = await loadContext();
    const result = await readTabResult(message.tabId);
    if (!result) return refuse('nothing has been read on this tab yet', message.type);
    const key = result.profileKey ?? profileFor(context, result)?.key ?? profileKeyFor(result.snapshot);
    const profile = context.profiles[key] ?? emptyProfile(key, context.now);
    let updated: MemberProfile;
    try {
      updated = applyOverride(profile, message.path, message.value, context.now);
    } catch (error) {
      if (error instanceof FactValueError) return refuse(error.message, message.type);
      throw error;
    }
    context.profiles = { ...context.profiles, [key]: updated };
    await writeProfiles(context.profiles);
    const { result: next, evaluation } = await reevaluateTab(context, { ...result, profileKey: key });
    return popupState(message.tabId, context, await readNotices(), next, evaluation);
  });
}

function sortedProfiles(profiles: MemberProfiles): MemberProfile[] {
  return Object.values(profiles).sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
}

async function profileResponse(profiles: MemberProfiles): Promise<ProfileResponse> {
  const list = sortedProfiles(profiles);
  return { ok: true, profile: list[0] ?? null, profiles: list, notices: await readNotices() };
}

/** Re-evaluates every tab with a stored result (after a profile or settings change). */
async function reevaluateAllTabs(): Promise<void> {
  const context = await loadContext();
  for (const tabId of await storedTabIds()) {
    const result = await readTabResult(tabId);
    if (result) await reevaluateTab(context, result);
  }
}

/** An imported file: one profile, an array of profiles, or a map key → profile. Every profile must be valid. */
export function parseImportedProfiles(json: string): MemberProfile[] | string {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return 'the file is not JSON';
  }
  let candidates: unknown[];
  if (Array.isArray(data)) candidates = data;
  else if (data && typeof data === 'object' && 'key' in data && 'facts' in data) candidates = [data];
  else if (data && typeof data === 'object') candidates = Object.values(data);
  else return 'the file holds no profile';
  if (candidates.length === 0) return 'the file holds no profile';
  const profiles: MemberProfile[] = [];
  for (const [index, candidate] of candidates.entries()) {
    const parsed = parseProfileOrReset(candidate);
    if (!parsed.value) return `profile ${index + 1} is not valid (${parsed.detail ?? 'unreadable'})`;
    profiles.push(parsed.value);
  }
  return profiles;
}

async function onWipe(): Promise<DataWipeResponse> {
  return serialized(async () => {
    // Take the badges off open pages first: they show answers derived from the data being deleted.
    const tabs = await storedTabIds();
    for (const tabId of tabs) {
      const result = await readTabResult(tabId);
      if (result) await pushBadges(tabId, framesOf(result), null, null);
      await setToolbarBadge(tabId, 0);
    }
    const remaining = await wipeAll();
    forgetAll();
    return { ok: true, remaining };
  });
}

interface PermissionEvents {
  onAdded?: { addListener(listener: () => void): void };
  onRemoved?: { addListener(listener: () => void): void };
}

interface ScriptingApi {
  executeScript(injection: {
    target: { tabId: number; allFrames?: boolean };
    files: string[];
  }): Promise<unknown>;
}
interface TabsExecuteApi {
  executeScript?(tabId: number, details: { file: string; allFrames?: boolean }): Promise<unknown>;
}

/** Asks a frame's reader (the top frame's by default) to read the page now; null when no reader answers there. */
async function askReader(
  tabId: number,
  message: PageReadAnywayMessage | PageReadAllMessage = { type: 'page:read-anyway' },
  frameId = 0,
): Promise<PageReadAnywayResponse | null> {
  let raw: unknown;
  try {
    raw = await browser.tabs.sendMessage(tabId, message, { frameId });
  } catch {
    return null; // No content script in that frame ("Receiving end does not exist").
  }
  const parsed = PageReadAnywayResponseSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/**
 * "Read this page anyway" (the popup's button): the tab's reader, or on a site outside the supported list the
 * content script injected on the click (activeTab), reads the page even where it saw no portal, and answers once the
 * read reached us (its result is then stored for the popup).
 */
async function onReadPage(tabId: number): Promise<PageReadAnywayResponse | ErrorResponse> {
  const present = await askReader(tabId);
  if (present) return present;
  const file = '/content-scripts/portal.js';
  const api = browser as unknown as { scripting?: ScriptingApi; tabs: TabsExecuteApi };
  try {
    if (api.scripting)
      await api.scripting.executeScript({ target: { tabId, allFrames: true }, files: [file] });
    else if (api.tabs.executeScript) await api.tabs.executeScript(tabId, { file, allFrames: true });
    else return refuse('reading this page is not supported here', 'tab:read-page');
  } catch (error) {
    return refuse(`could not read this page (${String(error)})`, 'tab:read-page');
  }
  return (await askReader(tabId)) ?? refuse('the page did not answer', 'tab:read-page');
}

/**
 * The popup opened on a page whose long claims list was read in part: each frame that left rows unread reads them
 * all now; answers once those reads reached us (and were stored for the popup's next `popup:get-state`).
 */
async function onReadAll(tabId: number): Promise<PageReadAnywayResponse | ErrorResponse> {
  const stored = recallWriting(tabId)?.result ?? (await readTabResult(tabId));
  const frames = stored ? framesOf(stored).filter((frame) => frame.snapshot.unreadRows !== undefined) : [];
  if (frames.length === 0) return { ok: true, found: stored !== null };
  const answers = await Promise.all(
    frames.map((frame) => askReader(tabId, { type: 'page:read-all' }, frame.frameId)),
  );
  if (answers.every((answer) => answer === null)) return refuse('the page did not answer', 'tab:read-all');
  return { ok: true, found: answers.some((answer) => answer?.found) };
}

async function dispatch(message: Message, sender: SenderInfo): Promise<unknown> {
  switch (message.type) {
    case 'page:snapshot':
      return onPageSnapshot(message, sender.tab?.id ?? -1, sender.frameId ?? 0);
    case 'popup:get-state':
      return onGetState(message.tabId);
    case 'facts:override':
      return onOverride(message);
    case 'profile:get': {
      const context = await loadContext();
      return profileResponse(context.profiles);
    }
    case 'profile:save':
      return serialized(async () => {
        const context = await loadContext();
        const profiles = { ...context.profiles, [message.profile.key]: message.profile };
        await writeProfiles(profiles);
        await reevaluateAllTabs();
        return profileResponse(profiles);
      });
    case 'profile:import':
      return serialized(async () => {
        const imported = parseImportedProfiles(message.json);
        if (typeof imported === 'string') return refuse(imported, message.type);
        const context = await loadContext();
        const profiles = { ...context.profiles };
        for (const profile of imported) profiles[profile.key] = profile;
        await writeProfiles(profiles);
        // Re-read: imported facts older than the retention period are dropped (with a notice) like any other.
        const kept = await readProfiles(new Date(), context.settings.retentionDays);
        await reevaluateAllTabs();
        return profileResponse(kept);
      });
    case 'profile:export': {
      const context = await loadContext();
      const response: ProfileExportResponse = {
        ok: true,
        json: JSON.stringify(context.profiles, null, 2),
        filename: `coverage-lens-profile-${context.today}.json`,
      };
      return response;
    }
    case 'settings:get': {
      const settings = await readSettings();
      const response: SettingsResponse = { ok: true, settings, notices: await readNotices() };
      return response;
    }
    case 'settings:save':
      return serialized(async () => {
        await writeSettings(message.settings);
        await reevaluateAllTabs();
        const response: SettingsResponse = {
          ok: true,
          settings: await readSettings(),
          notices: await readNotices(),
        };
        return response;
      });
    case 'data:wipe':
      return onWipe();
    case 'tab:read-page':
      return onReadPage(message.tabId);
    case 'tab:read-all':
      return onReadAll(message.tabId);
  }
}

/**
 * Handles one runtime message. Never throws: every failure becomes `{ ok: false, error }`.
 * Order matters: sender identity first, then the schema, then the type-specific sender rule — nothing is read or
 * written before all three passed.
 */
export async function handleMessage(raw: unknown, sender: SenderInfo): Promise<unknown> {
  try {
    if (!sender || sender.id !== browser.runtime.id) return refuse('sender is not this extension');
    const parsed = MessageSchema.safeParse(raw);
    if (!parsed.success) {
      const type =
        raw && typeof raw === 'object' && typeof (raw as { type?: unknown }).type === 'string'
          ? String((raw as { type: string }).type).slice(0, 40)
          : undefined;
      return refuse('invalid message', type);
    }
    const refusal = refuseSender(parsed.data.type, sender);
    if (refusal) return refuse(refusal, parsed.data.type);
    return await dispatch(parsed.data, sender);
  } catch (error) {
    console.warn(`${LOG_PREFIX} message failed`, error);
    return { ok: false, error: 'internal error' } satisfies ErrorResponse;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Tab lifecycle

function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/**
 * A navigation started in the tab. When the tab now shows another URL than the one read (or one we may not see),
 * its answers no longer describe the page: drop them and clear the toolbar badge. A reload or a frame loading inside
 * the same page keeps them: the content script's next report replaces them anyway.
 */
export async function onTabNavigating(tabId: number, newUrl: string | undefined): Promise<void> {
  await serialized(async () => {
    const stored = await readTabResult(tabId);
    if (!stored) return;
    if (newUrl !== undefined && withoutHash(newUrl) === withoutHash(stored.url)) return;
    await removeTabResult(tabId);
    forgetTab(tabId);
    await setToolbarBadge(tabId, 0);
  });
}

export async function onTabClosed(tabId: number): Promise<void> {
  forgetTab(tabId);
  await serialized(async () => {
    // Again after the queue: a result stored late (onPageSnapshot) may have been remembered meanwhile.
    forgetTab(tabId);
    await removeTabResult(tabId);
  });
}

/** Registers every listener. Called once per background start (service worker or MV2 background page). */
/** One registration change at a time (start-up and permission events can overlap). */
let addedPortalsSync: Promise<unknown> = Promise.resolve();

/** Keeps the reader registered on exactly the portals the user added (./added-portals.ts). */
function resyncAddedPortals(): Promise<unknown> {
  addedPortalsSync = addedPortalsSync
    .then(() => syncAddedPortals(browser as unknown as AddedPortalsApi))
    .catch((error: unknown) =>
      console.warn(`${LOG_PREFIX} could not register the reader on added portals`, error),
    );
  return addedPortalsSync;
}

export function registerBackground(): void {
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: SenderInfo, sendResponse: (r: unknown) => void) => {
      // sendResponse + `return true` works in Chromium, Firefox and WXT's fake browser alike (toolchain.md §6).
      void handleMessage(message, sender).then(sendResponse);
      return true;
    },
  );
  browser.tabs.onRemoved.addListener((tabId: number) => {
    void onTabClosed(tabId);
  });
  browser.tabs.onUpdated.addListener(
    (tabId: number, changeInfo: { status?: string; url?: string }, tab?: { url?: string }) => {
      // `url` is only visible for pages we have host access to; an unknown URL is treated as "another page".
      if (changeInfo.status === 'loading' || changeInfo.url !== undefined) {
        void onTabNavigating(tabId, changeInfo.url ?? tab?.url);
      }
    },
  );
  // Portals added in Options (or removed, there or in the browser's settings): the reader follows the grants.
  const permissions = (browser as unknown as { permissions?: PermissionEvents }).permissions;
  permissions?.onAdded?.addListener(() => void resyncAddedPortals());
  permissions?.onRemoved?.addListener(() => void resyncAddedPortals());
  void resyncAddedPortals();
}
