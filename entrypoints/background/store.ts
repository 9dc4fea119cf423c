/**
 * Storage for the background: WXT versioned items, parsed on every read (issue 6 §5).
 *
 * | key (area)                 | item version | content                                                    |
 * |----------------------------|--------------|------------------------------------------------------------|
 * | `local:profiles`           | 2            | MemberProfiles: profile key → MemberProfile (lib/model/profile) |
 * | `local:settings`           | 2            | Settings (lib/model/profile)                               |
 * | `session:tabResult:<tabId>`| 1            | TabResult (lib/model/messages)                             |
 * | `session:notices`          | 1            | message keys of notices the popup shows this session       |
 *
 * Items are defined per call, not at module load: WXT runs an item's migrations when it is defined, and a service
 * worker (or a test after `fakeBrowser.reset()`) must see the storage as it is now, not as it was at start-up.
 * Whatever WXT's migration leaves, the value is parsed again with `parse*OrReset`: a corrupt, truncated or
 * newer-version value is reset with a notice, never thrown.
 */
import { storage } from 'wxt/utils/storage';
import { browser } from 'wxt/browser';
import { expireProfiles } from '@/lib/profile/expiry';
import {
  PROFILE_MIGRATIONS,
  PROFILE_SCHEMA_VERSION,
  SETTINGS_MIGRATIONS,
  SETTINGS_SCHEMA_VERSION,
  parseProfilesOrReset,
  parseSettingsOrReset,
  type MemberProfiles,
  type Settings,
} from '@/lib/model/profile';
import { TAB_RESULT_VERSION, TabResultSchema, tabResultKey, type TabResult } from '@/lib/model/messages';

export const PROFILES_KEY = 'profiles';
export const SETTINGS_KEY = 'settings';
export const NOTICES_KEY = 'notices';
const MAX_NOTICES = 20;

function warn(message: string, detail?: unknown): void {
  console.warn(`[coverage-lens] ${message}`, detail ?? '');
}

/** Each stored profile migrated on its own (the map itself has no shape to migrate). */
function migrateEachProfile(step: ((raw: unknown) => unknown) | undefined) {
  return (raw: unknown): unknown => {
    if (!step || typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
    return Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, step(value)]));
  };
}

const profilesItem = () =>
  storage.defineItem<unknown>(`local:${PROFILES_KEY}`, {
    version: PROFILE_SCHEMA_VERSION,
    migrations: Object.fromEntries(
      Object.entries(PROFILE_MIGRATIONS).map(([version, step]) => [
        Number(version),
        migrateEachProfile(step),
      ]),
    ),
  });

const settingsItem = () =>
  storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, {
    version: SETTINGS_SCHEMA_VERSION,
    migrations: SETTINGS_MIGRATIONS,
  });

const noticesItem = () => storage.defineItem<unknown>(`session:${NOTICES_KEY}`, { version: 1 });

const tabResultItem = (tabId: number) =>
  storage.defineItem<unknown>(`session:${tabResultKey(tabId)}`, { version: TAB_RESULT_VERSION });

/** Reads a raw value; a storage failure reads as "nothing stored" (logged), never as a crash. */
async function readRaw(read: () => Promise<unknown>, what: string): Promise<unknown> {
  try {
    return await read();
  } catch (error) {
    warn(`could not read ${what}`, error);
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Notices (message keys), shown in the popup for the rest of the browser session.

export async function readNotices(): Promise<string[]> {
  const raw = await readRaw(() => noticesItem().getValue(), 'notices');
  return Array.isArray(raw)
    ? raw.filter((item): item is string => typeof item === 'string').slice(-MAX_NOTICES)
    : [];
}

export async function addNotices(keys: ReadonlyArray<string | null | undefined>): Promise<void> {
  const fresh = keys.filter((key): key is string => typeof key === 'string' && key.length > 0);
  if (fresh.length === 0) return;
  const current = await readNotices();
  const next = [...current.filter((key) => !fresh.includes(key)), ...fresh].slice(-MAX_NOTICES);
  await noticesItem().setValue(next);
}

// ---------------------------------------------------------------------------------------------------------------
// Settings

export async function readSettings(): Promise<Settings> {
  const raw = await readRaw(() => settingsItem().getValue(), 'settings');
  const result = parseSettingsOrReset(raw);
  if (result.notice) {
    warn(`settings: ${result.notice}`, result.detail);
    await settingsItem().setValue(result.value);
    await addNotices([result.notice]);
  }
  return result.value;
}

export async function writeSettings(settings: Settings): Promise<void> {
  await settingsItem().setValue(settings);
}

// ---------------------------------------------------------------------------------------------------------------
// Profiles (with expiry on every read: a fact older than the retention period is never used)

export const EXPIRED_NOTICE = 'present.notice.factsExpired';

export async function readProfiles(now: Date, retentionDays: number): Promise<MemberProfiles> {
  const item = profilesItem();
  const raw = await readRaw(() => item.getValue(), 'profiles');
  const parsed = parseProfilesOrReset(raw);
  let profiles = parsed.value;
  const notices: string[] = [];
  let changed = false;
  if (parsed.notice) {
    warn(`profiles: ${parsed.notice}`, parsed.detail);
    notices.push(parsed.notice);
    changed = true;
  }
  const kept = expireProfiles(profiles, now, retentionDays);
  const expired =
    Object.keys(kept).length !== Object.keys(profiles).length ||
    Object.entries(kept).some(([key, profile]) => profiles[key] !== profile);
  if (expired) {
    profiles = kept;
    notices.push(EXPIRED_NOTICE);
    changed = true;
  }
  if (changed) {
    await item.setValue(profiles);
    await addNotices(notices);
  }
  return profiles;
}

export async function writeProfiles(profiles: MemberProfiles): Promise<void> {
  await profilesItem().setValue(profiles);
}

// ---------------------------------------------------------------------------------------------------------------
// Per-tab results (storage.session)

/**
 * The stored size of a tab's result in bytes, where the browser tells it without reading the value (Chrome's
 * `storage.session.getBytesInUse`); null elsewhere (Firefox) or on failure. Lets the popup's request skip reading a
 * result this background has just written and still holds in memory (./cache.ts).
 */
export async function tabResultBytes(tabId: number): Promise<number | null> {
  const area = browser.storage.session as unknown as
    { getBytesInUse?: (keys: string) => Promise<number> } | undefined;
  if (typeof area?.getBytesInUse !== 'function') return null;
  try {
    const bytes = await area.getBytesInUse(tabResultKey(tabId));
    return typeof bytes === 'number' && bytes > 0 ? bytes : null;
  } catch {
    return null;
  }
}

/** What storage holds for a tab, unparsed (null when nothing or unreadable). */
export async function readRawTabResult(tabId: number): Promise<unknown> {
  return readRaw(() => tabResultItem(tabId).getValue(), `tab result ${tabId}`);
}

export async function readTabResult(tabId: number): Promise<TabResult | null> {
  return parseTabResult(tabId, await readRawTabResult(tabId));
}

/** Parses a stored tab result read with `readRawTabResult`; an unreadable one is removed. */
export async function parseTabResult(tabId: number, raw: unknown): Promise<TabResult | null> {
  if (raw === null || raw === undefined) return null;
  const parsed = TabResultSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  // A broken per-tab result is only a cache: drop it; the content script's next read rebuilds it.
  warn(`dropping unreadable result of tab ${tabId}`);
  await removeTabResult(tabId);
  return null;
}

/** Writes a tab's result; when the session area is full, drops the other tabs' results and tries once more. */
export async function writeTabResult(result: TabResult): Promise<void> {
  const item = tabResultItem(result.tabId);
  try {
    await item.setValue(result);
  } catch (error) {
    warn('session storage full: dropping results of other tabs', error);
    for (const tabId of await storedTabIds()) if (tabId !== result.tabId) await removeTabResult(tabId);
    await item.setValue(result);
  }
}

export async function removeTabResult(tabId: number): Promise<void> {
  try {
    await tabResultItem(tabId).removeValue({ removeMeta: true });
  } catch (error) {
    warn(`could not remove result of tab ${tabId}`, error);
  }
}

/** Tab ids that have a stored result. */
export async function storedTabIds(): Promise<number[]> {
  const all = (await readRaw(() => browser.storage.session.get(null), 'session keys')) as Record<
    string,
    unknown
  >;
  return Object.keys(all ?? {})
    .map((key) => /^tabResult:(\d+)$/.exec(key)?.[1])
    .filter((id): id is string => id !== undefined)
    .map(Number);
}

// ---------------------------------------------------------------------------------------------------------------
// Wipe

export interface Remaining {
  local: number;
  session: number;
  sync: number;
}

/** Empties storage.local, storage.session and storage.sync; returns how many keys each still holds. */
export async function wipeAll(): Promise<Remaining> {
  const areas = ['local', 'session', 'sync'] as const;
  const remaining: Remaining = { local: 0, session: 0, sync: 0 };
  for (const name of areas) {
    const area = browser.storage[name];
    if (!area) continue;
    try {
      await area.clear();
      remaining[name] = Object.keys((await area.get(null)) ?? {}).length;
    } catch (error) {
      // storage.sync can be unavailable (e.g. a Firefox profile without sync); it then holds nothing of ours.
      warn(`could not clear storage.${name}`, error);
    }
  }
  return remaining;
}
