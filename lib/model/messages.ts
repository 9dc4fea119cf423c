/**
 * Runtime messages between the content script, the background and the extension pages (popup, options).
 *
 * One source of truth: every message and every response is a zod schema here; the background parses every incoming
 * message with `MessageSchema` and the UI parses every response with `RESPONSE_SCHEMAS[type]`
 * (see entrypoints/shared/messaging.ts for the browser glue).
 *
 * Who may send what (enforced by the background, see entrypoints/background/guard.ts):
 * - `page:snapshot` only from our own content script (a sender with `tab`);
 * - every `popup:*`, `facts:*`, `profile:*`, `settings:*`, `data:*`, `tab:*` message only from our own extension pages;
 * - `page:assessment` is sent BY the background TO the content script (tabs.sendMessage), never to the background.
 *
 * Optional host permissions are NOT a message: `permissions.request` must run inside the click handler of the
 * extension page (a user gesture), so the options page calls `browser.permissions.request` itself.
 *
 * What reaches the page: the content script gets only the badge (tone, short text, aria label) per claim — no rule
 * traces, no profile, no health detail beyond the badge text. Details stay in the popup.
 */
import { z } from 'zod/mini';
import { AssessmentSchema } from './assessment';
import { CaseSchema } from './case';
import { FactSchema, MemberProfileSchema, SettingsSchema } from './profile';
import { claimProblem, snapshotProblems } from './snapshot-check';
import { IsoDateSchema, PageSnapshotSchema, type Claim, type PageSnapshot } from './snapshot';
import {
  CanarySchema,
  FrameIdSchema as FrameId,
  MESSAGE_LIMITS,
  PageReadAnywayResponseSchema,
  PageSnapshotMessageSchema,
  PageSnapshotResponseSchema,
  ShortText,
  TabIdSchema as TabId,
} from './page-messages';

export * from './page-messages';

/** Keys that must never become property names through a path (prototype pollution). */
const FORBIDDEN_PATH_SEGMENTS = new Set(['__proto__', 'prototype', 'constructor']);

/**
 * A fact path into the member profile / case, e.g. `plan.kind`, `plan.deductible.individual`,
 * `claims[ABC123].network`, `authorizations.referralOnFile`. Its meaning is defined by lib/profile (applyOverride);
 * here we only bound it and refuse prototype keys.
 */
export const FactPathSchema = z.string().check(
  z.minLength(1),
  z.maxLength(MESSAGE_LIMITS.path),
  z.regex(/^[A-Za-z0-9_.:\-[\]|]+$/, 'a fact path holds letters, digits and . [ ] : - _ |'),
  z.refine(
    (path) => path.split(/[.[\]]/).every((segment) => !FORBIDDEN_PATH_SEGMENTS.has(segment)),
    'a fact path may not name a prototype key',
  ),
);

/** The value of a user correction; `null` removes the correction (the page fact applies again). */
export const OverrideValueSchema = z.union([
  ShortText(MESSAGE_LIMITS.overrideText),
  z.number().check(z.refine(Number.isFinite, 'expected a finite number')),
  z.boolean(),
  z.null(),
]);
export type OverrideValue = z.infer<typeof OverrideValueSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Extension pages → background

export const PopupGetStateMessageSchema = z.object({ type: z.literal('popup:get-state'), tabId: TabId });
export const FactsOverrideMessageSchema = z.object({
  type: z.literal('facts:override'),
  tabId: TabId,
  path: FactPathSchema,
  value: OverrideValueSchema,
});
export type FactsOverrideMessage = z.infer<typeof FactsOverrideMessageSchema>;

export const ProfileGetMessageSchema = z.object({ type: z.literal('profile:get') });
/** Saves one profile (replaces the stored profile with the same `key`, or adds it). */
export const ProfileSaveMessageSchema = z.object({
  type: z.literal('profile:save'),
  profile: MemberProfileSchema,
});
/**
 * The text of a file the user picked: one MemberProfile, an array of them, or a map key → profile (what
 * `profile:export` writes). Parsed and validated in the background; an invalid file is refused, nothing is changed.
 */
export const ProfileImportMessageSchema = z.object({
  type: z.literal('profile:import'),
  json: z.string().check(z.maxLength(MESSAGE_LIMITS.importJson)),
});
export const ProfileExportMessageSchema = z.object({ type: z.literal('profile:export') });
export const SettingsGetMessageSchema = z.object({ type: z.literal('settings:get') });
export const SettingsSaveMessageSchema = z.object({
  type: z.literal('settings:save'),
  settings: SettingsSchema,
});
export const DataWipeMessageSchema = z.object({ type: z.literal('data:wipe') });
/**
 * "Read this page anyway" (the popup's button): the tab's reader reads the page with the generic reader even when it
 * did not recognise a portal there; where no reader runs (a site not in the supported list), the content script is
 * injected first. Must be sent from the popup's click handler so that the activeTab grant is in force. Answers once
 * the read was sent (`found`: the page held any fact).
 */
export const TabReadPageMessageSchema = z.object({ type: z.literal('tab:read-page'), tabId: TabId });
/**
 * The popup shows a page whose long claims list was read in part (`snapshot.unreadRows`): the tab's reader reads the
 * rest now. Answers once that read was sent (its state is then stored for `popup:get-state`).
 */
export const TabReadAllMessageSchema = z.object({ type: z.literal('tab:read-all'), tabId: TabId });

/** Every message the background accepts. */
export const MessageSchema = z.discriminatedUnion('type', [
  PageSnapshotMessageSchema,
  PopupGetStateMessageSchema,
  FactsOverrideMessageSchema,
  ProfileGetMessageSchema,
  ProfileSaveMessageSchema,
  ProfileImportMessageSchema,
  ProfileExportMessageSchema,
  SettingsGetMessageSchema,
  SettingsSaveMessageSchema,
  DataWipeMessageSchema,
  TabReadPageMessageSchema,
  TabReadAllMessageSchema,
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** Messages only our content script may send (the sender has a tab and is not an extension page). */
export const CONTENT_SCRIPT_MESSAGE_TYPES: ReadonlySet<MessageType> = new Set(['page:snapshot']);

// ---------------------------------------------------------------------------------------------------------------
// Responses

/** Any message can be answered with this when it is refused or fails; the UI wrapper turns it into an Error. */
export const ErrorResponseSchema = z.object({
  ok: z.literal(false),
  error: ShortText(MESSAGE_LIMITS.notice),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

/**
 * One evaluated question: the Case built from the page + profile, the engine's Assessment, and what was missing.
 * `case`/`assessment` are null when a fact the Case requires is unknown (listed in `missing`) or when the item is not
 * evaluated (`note`: a pending claim, a non-medical claim).
 */
const EvaluatedShape = {
  case: z.nullable(CaseSchema),
  assessment: z.nullable(AssessmentSchema),
  /** Fact paths the user can fill in (lib/profile/fields.ts; `claims[<id>].…` for one claim). */
  missing: z.array(z.string()),
  /** Fact paths whose value was derived (plan kind from plan type, service kind from procedure codes). */
  derived: z.array(z.string()),
  /** The remembered facts the case used, with where they were read (for "read from … on this page"). */
  facts: z.record(z.string(), FactSchema),
  note: z.nullable(z.enum(['pending', 'not-medical'])),
};
export const EvaluatedSchema = z.object(EvaluatedShape);
export type Evaluated = z.infer<typeof EvaluatedSchema>;

/*
 * The snapshot and the claims inside a popup state are checked by the zod-free mirror of their schemas
 * (lib/model/snapshot-check.ts; test/unit/extract/check.test.ts asserts that it and `PageSnapshotSchema`/`ClaimSchema`
 * agree): the popup parses this state cold on every opening, and a schema walk over 200 claims and their sources
 * took ~30 ms of the ~190 ms from opening to answers (issue 7). Same constraints, same clear error, faster.
 */
const StateSnapshotSchema = z.custom<PageSnapshot>((v) => snapshotProblems(v, 1).length === 0, {
  error: (issue) => `invalid snapshot (${snapshotProblems(issue.input, 1)[0] ?? 'unknown problem'})`,
});
const StateClaimSchema = z.custom<Claim>((v) => claimProblem(v) === null, {
  error: (issue) => `invalid claim (${claimProblem(issue.input) ?? 'unknown problem'})`,
});

export const ClaimEvaluationSchema = z.object({
  claimId: z.string(),
  /** Index in `PopupState.snapshot.claims`. */
  index: z.number().check(z.int(), z.gte(0)),
  claim: StateClaimSchema,
  ...EvaluatedShape,
});
export type ClaimEvaluation = z.infer<typeof ClaimEvaluationSchema>;

export const AuthorizationEvaluationSchema = z.object({
  referenceNumber: z.nullable(z.string()),
  /** Index in `PopupState.snapshot.authorizations`. */
  index: z.number().check(z.int(), z.gte(0)),
  ...EvaluatedShape,
});
export type AuthorizationEvaluation = z.infer<typeof AuthorizationEvaluationSchema>;

export const PopupStateSchema = z.object({
  tabId: TabId,
  /** URL of the page read in that tab (null when nothing was read). */
  url: z.nullable(z.string()),
  /** Adapter id (`generic` for the fallback), or null when the tab holds no portal page. */
  portal: z.nullable(z.string()),
  snapshot: z.nullable(StateSnapshotSchema),
  /** The page-level answer (plan facts + the page's service), or null when there is nothing to evaluate. */
  page: z.nullable(EvaluatedSchema),
  claims: z.array(ClaimEvaluationSchema),
  authorizations: z.array(AuthorizationEvaluationSchema),
  profile: z.nullable(MemberProfileSchema),
  settings: SettingsSchema,
  /** The date the rules used (settings.asOfDate, or today). */
  asOf: IsoDateSchema,
  /**
   * Notices for the user: message keys of the i18n catalog (`present.notice.profileReset`, …) — translate with
   * `hasMessage(key) ? t(locale, key) : key` — e.g. stored data reset or migrated, facts expired, canary, truncation.
   */
  notices: z.array(z.string()),
  canary: z.nullable(CanarySchema),
  /** ISO date-time of the last read of this tab, or null. */
  updatedAt: z.nullable(z.string()),
  error: z.optional(z.string()),
});
export type PopupState = z.infer<typeof PopupStateSchema>;

export const ProfileResponseSchema = z.object({
  ok: z.literal(true),
  /** The most recently updated profile (what the options page edits by default), or null when none is stored. */
  profile: z.nullable(MemberProfileSchema),
  /** Every stored profile (one per member + plan), most recently updated first. */
  profiles: z.array(MemberProfileSchema),
  notices: z.array(z.string()),
});
export type ProfileResponse = z.infer<typeof ProfileResponseSchema>;

export const ProfileExportResponseSchema = z.object({
  ok: z.literal(true),
  /** Pretty-printed JSON of every stored profile, a map key → profile (the format `profile:import` accepts). */
  json: z.string(),
  filename: z.string(),
});
export type ProfileExportResponse = z.infer<typeof ProfileExportResponseSchema>;

export const SettingsResponseSchema = z.object({
  ok: z.literal(true),
  settings: SettingsSchema,
  /** Message keys, as in PopupState.notices. */
  notices: z.array(z.string()),
});
export type SettingsResponse = z.infer<typeof SettingsResponseSchema>;

export const DataWipeResponseSchema = z.object({
  ok: z.literal(true),
  /** Number of keys left in each area after the wipe (all 0 when it worked). */
  remaining: z.object({ local: z.number(), session: z.number(), sync: z.number() }),
});
export type DataWipeResponse = z.infer<typeof DataWipeResponseSchema>;

export const OkResponseSchema = z.object({ ok: z.literal(true) });

/** The response schema of each message type (the UI validates every answer with it). */
export const RESPONSE_SCHEMAS = {
  'page:snapshot': PageSnapshotResponseSchema,
  'popup:get-state': PopupStateSchema,
  'facts:override': PopupStateSchema,
  'profile:get': ProfileResponseSchema,
  'profile:save': ProfileResponseSchema,
  'profile:import': ProfileResponseSchema,
  'profile:export': ProfileExportResponseSchema,
  'settings:get': SettingsResponseSchema,
  'settings:save': SettingsResponseSchema,
  'data:wipe': DataWipeResponseSchema,
  'tab:read-page': PageReadAnywayResponseSchema,
  'tab:read-all': PageReadAnywayResponseSchema,
} as const satisfies Record<MessageType, z.ZodMiniType>;

export type ResponseOf<T extends MessageType> = z.infer<(typeof RESPONSE_SCHEMAS)[T]>;

// ---------------------------------------------------------------------------------------------------------------
// Storage contract: the per-tab result in storage.session under `tabResult:<tabId>` (read by `npm run inspect`, the
// end-to-end tests and the popup through the background). Not a message, but part of the same boundary.

export const TAB_RESULT_VERSION = 1;
export const tabResultKey = (tabId: number): string => `tabResult:${tabId}`;

export const TabFrameSchema = z.object({
  frameId: FrameId,
  url: z.string(),
  portal: z.string(),
  canary: z.nullable(CanarySchema),
  /** This frame's own snapshot when the tab has several reporting frames; null when it is `TabResult.snapshot`. */
  snapshot: z.nullable(PageSnapshotSchema),
});
export type TabFrame = z.infer<typeof TabFrameSchema>;

export const TabResultSchema = z.object({
  schemaVersion: z.literal(TAB_RESULT_VERSION),
  tabId: TabId,
  url: z.string(),
  portal: z.string(),
  /** ISO date-time of the last evaluation. */
  updatedAt: z.string(),
  /** What the extension read in this tab (all reporting frames combined, top frame first). */
  snapshot: PageSnapshotSchema,
  /** The page's answer (`claimId: null`) then one per evaluated claim, in snapshot order. */
  assessments: z.array(z.object({ claimId: z.nullable(z.string()), assessment: AssessmentSchema })),
  frames: z.array(TabFrameSchema),
  profileKey: z.nullable(z.string()),
  /** What the toolbar badge shows for this tab. */
  actionsNeeded: z.number().check(z.int(), z.gte(0)),
  /** The date the rules used. */
  asOf: IsoDateSchema,
  /** Rule traces were dropped to keep the stored result small (the popup recomputes them). */
  slim: z.boolean(),
  /** Assessments beyond the size bound were not stored (the popup recomputes them). */
  truncated: z.boolean(),
});
export type TabResult = z.infer<typeof TabResultSchema>;

/** Parses a message; returns null (never throws) when it is not one of ours. */
export function parseMessage(value: unknown): Message | null {
  const result = MessageSchema.safeParse(value);
  return result.success ? result.data : null;
}

/** True when `value` is the background's refusal/failure shape. */
export function isErrorResponse(value: unknown): value is ErrorResponse {
  return ErrorResponseSchema.safeParse(value).success;
}
