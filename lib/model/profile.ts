/**
 * What the extension remembers between pages and visits (storage.local), and the user's settings.
 *
 * - `Fact`: one value for one Case field path (`plan.kind`, `plan.deductible.individualMet`, …; see
 *   lib/profile/to-case.ts `CASE_FACT_FIELDS` for the list), where it came from (`page` or `user`), when it was
 *   observed, and the page text it was read from.
 * - `MemberProfile`: the facts remembered for one member on one plan, so the benefits page read yesterday prices the
 *   claim seen today.
 * - `Settings`: retention, language, the testing date, optional portal origins.
 *
 * Both are stored with WXT versioned storage items. `PROFILE_SCHEMA_VERSION` / `SETTINGS_SCHEMA_VERSION` are the
 * current versions; `PROFILE_MIGRATIONS` / `SETTINGS_MIGRATIONS` are keyed by the version they migrate TO (the shape
 * WXT's `migrations` option expects). `parse*OrReset` never throw: a corrupt, truncated, older or unknown value is
 * migrated when it can be and otherwise reset, with a notice (a message key of the present catalog) for the UI.
 *
 * Version history (pre-release; kept so the migration path is real and tested before the first store release):
 * - v1 profile: facts were `{ value, origin, observedAt }` without provenance, no `schemaVersion`, no `pageFacts`.
 * - v2 profile: facts carry `source` and `path`; `pageFacts` keeps the page value hidden under a user override.
 * - v1 settings: `{ retentionDays, locale }`; v2 adds `asOfDate` and `enabledOptionalOrigins`.
 */
import { z } from 'zod/mini';

export const PROFILE_SCHEMA_VERSION = 2;
export const SETTINGS_SCHEMA_VERSION = 2;

export const FACT_ORIGINS = ['page', 'user'] as const;
export const FactOriginSchema = z.enum(FACT_ORIGINS);
export type FactOrigin = z.infer<typeof FactOriginSchema>;

export const FactValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type FactValue = z.infer<typeof FactValueSchema>;

/** The page text a fact was read from: label, visible text, and the page's URL. */
export const FactSourceSchema = z.object({ label: z.string(), text: z.string(), url: z.string() });
export type FactSource = z.infer<typeof FactSourceSchema>;

const IsoDateTime = z.iso.datetime({ offset: true });

export const FactSchema = z.object({
  /** A Case field path (`plan.deductible.individualMet`) or a profile-only path (`plan.outOfNetwork.*`). */
  path: z.string().check(z.minLength(1)),
  /** `null` is a value the user or page stated as "none / not applicable" (e.g. no family deductible). */
  value: FactValueSchema,
  origin: FactOriginSchema,
  observedAt: IsoDateTime,
  /** Where on a page the value was read; `null` for user input. */
  source: z.nullable(FactSourceSchema),
});
export type Fact = z.infer<typeof FactSchema>;

/** Record keys that would turn into prototype writes when copied with `obj[key] = …`. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);
const FactPathKey = z.string().check(z.refine((key) => !FORBIDDEN_KEYS.has(key), 'not a fact path'));

export const ProfileMemberSchema = z.object({ name: z.nullable(z.string()), id: z.nullable(z.string()) });

export const MemberProfileSchema = z.object({
  /** Stable per member + plan (lib/profile/merge.ts `profileKeyFor`). */
  key: FactPathKey.check(z.minLength(1)),
  member: ProfileMemberSchema,
  planName: z.nullable(z.string()),
  /** The effective fact per path: a user override when there is one, else the newest page fact. */
  facts: z.record(FactPathKey, FactSchema),
  /**
   * The newest page fact for a path the user has overridden, so clearing the override restores what the page said
   * (and the popup can show "page said X, you said Y").
   */
  pageFacts: z.record(FactPathKey, FactSchema),
  updatedAt: IsoDateTime,
  schemaVersion: z.literal(PROFILE_SCHEMA_VERSION),
});
export type MemberProfile = z.infer<typeof MemberProfileSchema>;

/** A collection of profiles keyed by profile key (how the glue may store them in one item). */
export const MemberProfilesSchema = z.record(FactPathKey, MemberProfileSchema);
export type MemberProfiles = z.infer<typeof MemberProfilesSchema>;

export const LOCALE_SETTINGS = ['auto', 'en', 'es'] as const;

export const SettingsSchema = z.object({
  /** Facts older than this many days are dropped (lib/profile/expiry.ts). 1 day to 10 years. */
  retentionDays: z.number().check(z.int(), z.gte(1), z.lte(3650)),
  locale: z.enum(LOCALE_SETTINGS),
  /** Testing / inspect: the date the rules use instead of today. */
  asOfDate: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'))),
  /** Optional host-permission origins the user granted (e.g. `https://portal.example.com/*`). */
  enabledOptionalOrigins: z.array(z.string()),
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_RETENTION_DAYS = 30;

export function defaultSettings(): Settings {
  return {
    retentionDays: DEFAULT_RETENTION_DAYS,
    locale: 'auto',
    asOfDate: null,
    enabledOptionalOrigins: [],
    schemaVersion: SETTINGS_SCHEMA_VERSION,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Migrations

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** v1 profile → v2: facts gain `path` and `source: null`; `pageFacts` starts empty; `schemaVersion` is set. */
export function migrateProfileV1toV2(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const facts: Json = {};
  if (isRecord(raw.facts)) {
    for (const [path, fact] of Object.entries(raw.facts)) {
      if (isRecord(fact)) facts[path] = { path, source: null, ...fact };
    }
  }
  return { pageFacts: {}, ...raw, facts, schemaVersion: 2 };
}

/** v1 settings → v2: adds `asOfDate: null` and `enabledOptionalOrigins: []`. */
export function migrateSettingsV1toV2(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  return { asOfDate: null, enabledOptionalOrigins: [], ...raw, schemaVersion: 2 };
}

/** Keyed by the version migrated TO, as WXT's `storage.defineItem({ version, migrations })` expects. */
export const PROFILE_MIGRATIONS: Record<number, (raw: unknown) => unknown> = { 2: migrateProfileV1toV2 };
export const SETTINGS_MIGRATIONS: Record<number, (raw: unknown) => unknown> = { 2: migrateSettingsV1toV2 };

/** Version of a stored value: its `schemaVersion`, or 1 for the unversioned v1 shape. */
function versionOf(raw: Json): number {
  return typeof raw.schemaVersion === 'number' ? raw.schemaVersion : 1;
}

function migrate(raw: Json, current: number, migrations: Record<number, (raw: unknown) => unknown>): unknown {
  let value: unknown = raw;
  for (let version = versionOf(raw) + 1; version <= current; version++) {
    const step = migrations[version];
    if (!step) return value;
    value = step(value);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------------------------
// parse-or-reset

/** Message keys (present catalog) the UI shows after a stored value was migrated or reset. */
export type StorageNotice =
  | 'present.notice.settingsMigrated'
  | 'present.notice.settingsReset'
  | 'present.notice.profileMigrated'
  | 'present.notice.profileReset'
  | 'present.notice.profilesPartlyReset';

export interface ParseResult<T> {
  value: T;
  /** `null` when the stored value was valid as it was. */
  notice: StorageNotice | null;
  /** Developer detail (which field was wrong); not for the UI. */
  detail: string | null;
}

/** Storage may hand back a JSON string (an export, a hand edit) or an object; a broken string is just invalid. */
function decode(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

function firstIssue(error: {
  issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }>;
}): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid value';
  return `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`;
}

function parseVersioned<T>(
  raw: unknown,
  schema: z.ZodMiniType<T>,
  current: number,
  migrations: Record<number, (raw: unknown) => unknown>,
  fallback: () => T | null,
  notices: { migrated: StorageNotice; reset: StorageNotice },
): ParseResult<T | null> {
  try {
    const decoded = decode(raw);
    if (decoded === undefined || decoded === null) {
      // Nothing stored is not an error; an unreadable string is.
      const unreadable = typeof raw === 'string';
      return {
        value: fallback(),
        notice: unreadable ? notices.reset : null,
        detail: unreadable ? 'not JSON' : null,
      };
    }
    if (!isRecord(decoded)) return { value: fallback(), notice: notices.reset, detail: 'not an object' };
    const version = versionOf(decoded);
    if (version > current) {
      return {
        value: fallback(),
        notice: notices.reset,
        detail: `stored version ${version} is newer than ${current}`,
      };
    }
    const migrated = version < current ? migrate(decoded, current, migrations) : decoded;
    const parsed = schema.safeParse(migrated);
    if (parsed.success) {
      return { value: parsed.data, notice: version < current ? notices.migrated : null, detail: null };
    }
    return { value: fallback(), notice: notices.reset, detail: firstIssue(parsed.error) };
  } catch (error) {
    // A pathological value (getters that throw, cyclic structures) must not crash the background.
    return { value: fallback(), notice: notices.reset, detail: String(error) };
  }
}

/** Stored settings → valid settings (defaults on anything unreadable). Never throws. */
export function parseSettingsOrReset(raw: unknown): ParseResult<Settings> {
  const result = parseVersioned<Settings>(
    raw,
    SettingsSchema,
    SETTINGS_SCHEMA_VERSION,
    SETTINGS_MIGRATIONS,
    defaultSettings,
    { migrated: 'present.notice.settingsMigrated', reset: 'present.notice.settingsReset' },
  );
  return { ...result, value: result.value ?? defaultSettings() };
}

/** One stored profile → a valid profile, or `null` (forgotten) when it cannot be read. Never throws. */
export function parseProfileOrReset(raw: unknown): ParseResult<MemberProfile | null> {
  return parseVersioned<MemberProfile>(
    raw,
    MemberProfileSchema,
    PROFILE_SCHEMA_VERSION,
    PROFILE_MIGRATIONS,
    () => null,
    { migrated: 'present.notice.profileMigrated', reset: 'present.notice.profileReset' },
  );
}

/**
 * A stored map of profiles → valid profiles. Each profile is parsed on its own, so one broken profile does not cost
 * the others; broken ones are dropped with a notice. Never throws.
 */
export function parseProfilesOrReset(raw: unknown): ParseResult<MemberProfiles> {
  try {
    const decoded = decode(raw);
    if (decoded === undefined || decoded === null) {
      const unreadable = typeof raw === 'string';
      return { value: {}, notice: unreadable ? 'present.notice.profileReset' : null, detail: null };
    }
    if (!isRecord(decoded))
      return { value: {}, notice: 'present.notice.profileReset', detail: 'not an object' };
    const profiles: MemberProfiles = {};
    let dropped = 0;
    let migrated = 0;
    for (const value of Object.values(decoded)) {
      const result = parseProfileOrReset(value);
      if (result.value) {
        profiles[result.value.key] = result.value;
        if (result.notice) migrated++;
      } else {
        dropped++;
      }
    }
    const total = Object.keys(decoded).length;
    let notice: StorageNotice | null = null;
    if (dropped > 0)
      notice = dropped === total ? 'present.notice.profileReset' : 'present.notice.profilesPartlyReset';
    else if (migrated > 0) notice = 'present.notice.profileMigrated';
    return {
      value: profiles,
      notice,
      detail: dropped > 0 ? `${dropped} of ${total} profiles unreadable` : null,
    };
  } catch (error) {
    return { value: {}, notice: 'present.notice.profileReset', detail: String(error) };
  }
}

/** Generic entry point: `parseOrReset('settings', raw)`, `parseOrReset('profile', raw)`, `parseOrReset('profiles', raw)`. */
export function parseOrReset(kind: 'settings', raw: unknown): ParseResult<Settings>;
export function parseOrReset(kind: 'profile', raw: unknown): ParseResult<MemberProfile | null>;
export function parseOrReset(kind: 'profiles', raw: unknown): ParseResult<MemberProfiles>;
export function parseOrReset(
  kind: 'settings' | 'profile' | 'profiles',
  raw: unknown,
): ParseResult<Settings> | ParseResult<MemberProfile | null> | ParseResult<MemberProfiles> {
  if (kind === 'settings') return parseSettingsOrReset(raw);
  if (kind === 'profile') return parseProfileOrReset(raw);
  return parseProfilesOrReset(raw);
}
