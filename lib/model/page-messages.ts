/**
 * The page-facing half of the message contract: what the content script sends (`page:snapshot`) and receives (its
 * answer, `page:assessment`, `page:read-anyway`). Kept apart from lib/model/messages.ts so the content-script bundle does not carry the
 * Case/Assessment/profile schemas (40 kB gz budget; issue 7) — and, by construction, so nothing but a badge can be
 * typed as going to the page. Re-exported from lib/model/messages.ts.
 */
import { z } from 'zod/mini';
import { PageSnapshotSchema } from './snapshot';

/** Upper bounds: a message is rejected rather than processed when it is absurdly large. */
export const MESSAGE_LIMITS = {
  claimsPerSnapshot: 5_000,
  badgeText: 200,
  notice: 1_000,
  // A fact path names a claim by its encoded id (lib/profile/fields.ts): up to ~1,100 characters for a derived id
  // (date | provider name, 80 characters of any script | amount) whose every character is encoded as `_xx_` bytes.
  path: 1_200,
  overrideText: 2_000,
  importJson: 5_000_000,
} as const;

export const TabIdSchema = z.number().check(z.int(), z.gte(0));
export const FrameIdSchema = z.number().check(z.int(), z.gte(0));
export const ShortText = (max: number) => z.string().check(z.maxLength(max));

// ---------------------------------------------------------------------------------------------------------------
// What the page may see: one badge per claim.

/**
 * Badge tone, decided by lib/present (claimBadge). Kept as a bounded token rather than an enum here so the presenter
 * can add tones without a contract change; the annotation falls back to a neutral style for unknown tones.
 */
export const BadgeToneSchema = z.string().check(z.regex(/^[a-z-]{1,24}$/));
export const BadgeSchema = z.object({
  tone: BadgeToneSchema,
  text: ShortText(MESSAGE_LIMITS.badgeText),
  ariaLabel: ShortText(MESSAGE_LIMITS.badgeText * 2),
});
export type Badge = z.infer<typeof BadgeSchema>;

export const ClaimBadgeSchema = z.object({
  /** `snapshot.claims[index].id` of the snapshot the badge was computed for. */
  claimId: z.string().check(z.minLength(1), z.maxLength(500)),
  /** Index of the claim in the snapshot the frame sent (so the content script finds its element). */
  index: z.number().check(z.int(), z.gte(0)),
  badge: BadgeSchema,
});
export type ClaimBadge = z.infer<typeof ClaimBadgeSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Content script → background

/** The adapter's anchors missing on the page (the redesign canary). */
export const CanarySchema = z.object({
  adapterId: ShortText(200),
  missing: z.array(ShortText(500)).check(z.maxLength(100)),
});
export type Canary = z.infer<typeof CanarySchema>;

export const PageSnapshotMessageSchema = z.object({
  type: z.literal('page:snapshot'),
  snapshot: PageSnapshotSchema.check(
    z.refine((snapshot) => snapshot.claims.length <= MESSAGE_LIMITS.claimsPerSnapshot, 'too many claims'),
  ),
  /** Informational; the background trusts `sender.frameId`, not this. */
  frameId: z.optional(FrameIdSchema),
  /** The adapter's anchors that are missing on the page (the redesign canary), when any. */
  canary: z.optional(z.nullable(CanarySchema)),
});
export type PageSnapshotMessage = z.infer<typeof PageSnapshotMessageSchema>;

export const PageSnapshotResponseSchema = z.object({
  ok: z.boolean(),
  claims: z.array(ClaimBadgeSchema),
  /** A short, non-health, localized note the content script shows on the page (the redesign canary). */
  notice: z.optional(ShortText(MESSAGE_LIMITS.notice)),
  /** Localized text the badge shows when activated ("open the Coverage Lens popup for details"). */
  hint: z.optional(ShortText(MESSAGE_LIMITS.notice)),
  error: z.optional(ShortText(MESSAGE_LIMITS.notice)),
});
export type PageSnapshotResponse = z.infer<typeof PageSnapshotResponseSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Background → content script (browser.tabs.sendMessage with the frame id), after an edit re-evaluated the tab.

export const PageAssessmentMessageSchema = z.object({
  type: z.literal('page:assessment'),
  claims: z.array(ClaimBadgeSchema),
  hint: z.optional(ShortText(MESSAGE_LIMITS.notice)),
});
export type PageAssessmentMessage = z.infer<typeof PageAssessmentMessageSchema>;
export const PageAssessmentResponseSchema = z.object({ ok: z.boolean() });
export type PageAssessmentResponse = z.infer<typeof PageAssessmentResponseSchema>;

/**
 * "Read this page anyway" (the popup's button, sent to the top frame): the user vouches for the page, so the reader
 * reads it with the generic reader even when detection found no strong evidence of a portal, and answers once that
 * read was sent (`found`: it held at least one plan, member, claim, authorization or referral fact).
 */
export const PageReadAnywayMessageSchema = z.object({ type: z.literal('page:read-anyway') });
export type PageReadAnywayMessage = z.infer<typeof PageReadAnywayMessageSchema>;
export const PageReadAnywayResponseSchema = z.object({ ok: z.literal(true), found: z.boolean() });
export type PageReadAnywayResponse = z.infer<typeof PageReadAnywayResponseSchema>;
/**
 * The popup opened on a long claims list read in part (`snapshot.unreadRows`): the reader of each frame that left rows
 * unread reads every claim row now (and keeps doing so for this page), and answers like `page:read-anyway` once that
 * read was sent.
 */
export const PageReadAllMessageSchema = z.object({ type: z.literal('page:read-all') });
export type PageReadAllMessage = z.infer<typeof PageReadAllMessageSchema>;
