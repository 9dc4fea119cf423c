/**
 * Checks of the messages the content script receives from the background: the answer to `page:snapshot`, a later
 * `page:assessment`, `page:read-anyway` and `page:read-all`. The same constraints as `PageSnapshotResponseSchema`, `PageAssessmentMessageSchema` and
 * `PageReadAnywayMessageSchema`/`PageReadAllMessageSchema` (lib/model/page-messages.ts), written without zod so that the content script does not bundle it (40 kB gz budget,
 * issue 7); test/unit/content/messages.test.ts asserts that both agree with the schemas. Anything else is refused.
 */
import type {
  ClaimBadge,
  PageAssessmentMessage,
  PageReadAnywayMessage,
  PageReadAllMessage,
  PageSnapshotResponse,
} from '@/lib/model/page-messages';

type Rec = Record<string, unknown>;

/** `MESSAGE_LIMITS` of lib/model/page-messages.ts (that module bundles zod; the test checks they are equal). */
export const LIMITS = { badgeText: 200, notice: 1_000 } as const;
const MESSAGE_LIMITS = LIMITS;

const TONE = /^[a-z-]{1,24}$/;

function isObject(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function shortText(v: unknown, max: number): v is string {
  return typeof v === 'string' && v.length <= max;
}

function optionalText(v: unknown, max: number): boolean {
  return v === undefined || shortText(v, max);
}

function isBadge(v: unknown): boolean {
  return (
    isObject(v) &&
    typeof v.tone === 'string' &&
    TONE.test(v.tone) &&
    shortText(v.text, MESSAGE_LIMITS.badgeText) &&
    shortText(v.ariaLabel, MESSAGE_LIMITS.badgeText * 2)
  );
}

function isClaimBadge(v: unknown): boolean {
  return (
    isObject(v) &&
    typeof v.claimId === 'string' &&
    v.claimId.length >= 1 &&
    v.claimId.length <= 500 &&
    typeof v.index === 'number' &&
    Number.isInteger(v.index) &&
    v.index >= 0 &&
    isBadge(v.badge)
  );
}

function claimBadges(v: unknown): ClaimBadge[] | null {
  if (!Array.isArray(v)) return null;
  for (const item of v) if (!isClaimBadge(item)) return null;
  return v.map((item: ClaimBadge) => ({
    claimId: item.claimId,
    index: item.index,
    badge: { tone: item.badge.tone, text: item.badge.text, ariaLabel: item.badge.ariaLabel },
  }));
}

/** The background's answer to `page:snapshot`, or null when it is not one. */
export function parseSnapshotResponse(raw: unknown): PageSnapshotResponse | null {
  if (!isObject(raw) || typeof raw.ok !== 'boolean') return null;
  const claims = claimBadges(raw.claims);
  if (!claims) return null;
  const limit = MESSAGE_LIMITS.notice;
  if (!optionalText(raw.notice, limit) || !optionalText(raw.hint, limit) || !optionalText(raw.error, limit))
    return null;
  const out: PageSnapshotResponse = { ok: raw.ok, claims };
  if (raw.notice !== undefined) out.notice = raw.notice as string;
  if (raw.hint !== undefined) out.hint = raw.hint as string;
  if (raw.error !== undefined) out.error = raw.error as string;
  return out;
}

/** A `page:assessment` message (new badges after an edit in the popup), or null when it is not one. */
export function parseAssessmentMessage(raw: unknown): PageAssessmentMessage | null {
  if (!isObject(raw) || raw.type !== 'page:assessment') return null;
  const claims = claimBadges(raw.claims);
  if (!claims || !optionalText(raw.hint, MESSAGE_LIMITS.notice)) return null;
  const out: PageAssessmentMessage = { type: 'page:assessment', claims };
  if (raw.hint !== undefined) out.hint = raw.hint as string;
  return out;
}

/**
 * A read the popup asks for: `page:read-anyway` ("Read this page anyway") or `page:read-all` (the rest of a long list
 * read in part); null when it is neither.
 */
export function parseReadRequest(raw: unknown): PageReadAnywayMessage | PageReadAllMessage | null {
  const type = isObject(raw) ? raw.type : null;
  return type === 'page:read-anyway' || type === 'page:read-all' ? { type } : null;
}
