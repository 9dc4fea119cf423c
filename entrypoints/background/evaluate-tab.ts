/**
 * Glue between the per-tab snapshot, the member profile and the rules: builds the Cases (lib/profile), evaluates them
 * (lib/rules), and produces what each consumer needs — the popup state, the stored tab result and the page badges.
 * No rule lives here: every decision is the engine's; this file only routes data.
 */
import { evaluate } from '@/lib/rules/evaluate';
import { withReasons } from '@/lib/rules/trace';
import { buildCases, type BuiltCase } from '@/lib/profile/to-case';
import { emptyProfile, profileKeyFor } from '@/lib/profile/merge';
import { claimBadge } from '@/lib/present/badge';
import { hasMessage, registerCatalog, resolveLocale, t, type Locale } from '@/lib/i18n/core';
import { badgeEs } from '@/lib/i18n/catalog/badge.es';
import { pageEn } from '@/lib/i18n/catalog/page.en';
import { pageEs } from '@/lib/i18n/catalog/page.es';
import type { Assessment } from '@/lib/model/assessment';
import type { MemberProfile, Settings } from '@/lib/model/profile';
import type { PageSnapshot } from '@/lib/model/snapshot';
import {
  TAB_RESULT_VERSION,
  type AuthorizationEvaluation,
  type Canary,
  type ClaimBadge,
  type ClaimEvaluation,
  type Evaluated,
  type TabFrame,
  type TabResult,
} from '@/lib/model/messages';

// The only strings the background writes: badges (lib/present/badge.ts registers their English) and the page note.
// Registered statically in both languages: a service worker cannot load chunks on demand, and the page's language
// is known only per message.
registerCatalog('es', 'badge', badgeEs);
registerCatalog('en', 'page', pageEn);
registerCatalog('es', 'page', pageEs);

/** The date the rules use: the testing date from the settings, else today in the browser's time zone. */
export function asOfDate(settings: Settings, now: Date): string {
  if (settings.asOfDate) return settings.asOfDate;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function localeOf(settings: Settings, uiLanguage: string | null | undefined): Locale {
  return resolveLocale(settings.locale, uiLanguage);
}

function text(locale: Locale, key: string, fallback: string): string {
  return hasMessage(key) ? t(locale, key) : fallback;
}

/** The page-level note shown when the adapter's anchors are missing (the redesign canary). */
export function canaryNote(locale: Locale): string {
  return text(locale, 'ui.notice.canary', 'This page changed; facts may be incomplete.');
}

/** What activating a badge says: details live in the popup, out of the page's reach. */
export function badgeHint(locale: Locale): string {
  return text(locale, 'ui.annotation.hint', 'Open Coverage Lens from the browser toolbar for details.');
}

function safeEvaluate(built: BuiltCase, what: string): Assessment | null {
  if (!built.case) return null;
  try {
    // Plain trace entries with their English reasons: the result is stored and sent (structured clones).
    return withReasons(evaluate(built.case));
  } catch (error) {
    // One bad case must not cost the rest of the page its answers.
    console.warn(`[coverage-lens] could not evaluate ${what}`, error);
    return null;
  }
}

function evaluated(built: BuiltCase, what: string): Evaluated {
  return {
    case: built.case,
    assessment: safeEvaluate(built, what),
    missing: built.missing,
    derived: built.derived,
    facts: built.facts,
    note: built.note,
  };
}

export interface TabEvaluation {
  page: Evaluated;
  claims: ClaimEvaluation[];
  authorizations: AuthorizationEvaluation[];
  /** Sum of `actionsNeeded` over the page, claims and authorizations (what the toolbar badge shows). */
  actionsNeeded: number;
}

/** Every answer for a tab's snapshot. `profile` null: nothing remembered yet (an empty profile is used). */
export function evaluateSnapshot(
  profile: MemberProfile | null,
  snapshot: PageSnapshot,
  today: string,
  now: Date,
): TabEvaluation {
  const usedProfile = profile ?? emptyProfile(profileKeyFor(snapshot), now);
  const built = buildCases(usedProfile, snapshot, today);
  const page = evaluated(built.page, 'the page');
  const claims = built.claims.flatMap((item): ClaimEvaluation[] => {
    const claim = snapshot.claims[item.index];
    if (!claim) return [];
    return [{ claimId: item.claimId, index: item.index, claim, ...evaluated(item, `claim ${item.index}`) }];
  });
  const authorizations = built.authorizations.map((item): AuthorizationEvaluation => ({
    referenceNumber: item.referenceNumber,
    index: item.index,
    ...evaluated(item, `authorization ${item.index}`),
  }));
  const actionsNeeded = [page, ...claims, ...authorizations].reduce(
    (sum, item) => sum + Math.max(0, item.assessment?.actionsNeeded ?? 0),
    0,
  );
  return { page, claims, authorizations, actionsNeeded };
}

/** One badge per claim of the combined snapshot, in snapshot order. */
export function badgesFor(evaluation: TabEvaluation, locale: Locale, today: string): ClaimBadge[] {
  return evaluation.claims.map((item) => ({
    claimId: item.claimId,
    index: item.index,
    badge: claimBadge(item.assessment, item.claim, locale, today, item.missing, item.note),
  }));
}

// ---------------------------------------------------------------------------------------------------------------
// Frames: a tab's answer combines every frame that reported (e.g. a provider portal showing results in an iframe).

export interface FrameReport {
  frameId: number;
  snapshot: PageSnapshot;
  canary: Canary | null;
}

/** The frames of a stored result, each with its own snapshot. */
export function framesOf(result: TabResult | null): FrameReport[] {
  if (!result) return [];
  return result.frames.map((frame) => ({
    frameId: frame.frameId,
    snapshot: frame.snapshot ?? result.snapshot,
    canary: frame.canary,
  }));
}

/** Replaces (or adds) one frame's report; the top frame (0) first, then by frame id. */
export function upsertFrame(frames: readonly FrameReport[], report: FrameReport): FrameReport[] {
  return [...frames.filter((frame) => frame.frameId !== report.frameId), report].sort(
    (a, b) => a.frameId - b.frameId,
  );
}

function countLeaves(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value !== 'object') return 1;
  return Object.values(value).reduce((sum: number, child) => sum + countLeaves(child), 0);
}

function reindexSources(
  sources: PageSnapshot['sources'],
  offsets: { claims: number; referrals: number; authorizations: number },
): PageSnapshot['sources'] {
  const out: PageSnapshot['sources'] = {};
  for (const [path, source] of Object.entries(sources)) {
    const match = /^(claims|referrals|authorizations)\[(\d+)\](.*)$/.exec(path);
    if (match) {
      const list = match[1] as keyof typeof offsets;
      out[`${list}[${Number(match[2]) + offsets[list]}]${match[3]}`] = source;
    } else {
      out[path] = source;
    }
  }
  return out;
}

/**
 * One snapshot for the tab: the lists (claims, referrals, authorizations) concatenated in frame order with their
 * `sources` re-indexed; the plan from the frame that shows the most plan facts (usually the only one); the member's
 * name and id each from the first frame that shows it. Every value keeps the source of the frame it came from.
 */
export function combineFrames(frames: readonly FrameReport[]): PageSnapshot {
  const [first] = frames;
  if (!first) throw new Error('no frame');
  if (frames.length === 1) return first.snapshot;
  const richest = frames.reduce((best, frame) =>
    countLeaves(frame.snapshot.plan) > countLeaves(best.snapshot.plan) ? frame : best,
  );
  const nameFrame = frames.find((f) => f.snapshot.member.name !== null);
  const idFrame = frames.find((f) => f.snapshot.member.id !== null);
  /** The frame whose source a non-list path takes. */
  const sourceFrame = (path: string) =>
    path === 'member.name' ? nameFrame : path === 'member.id' ? idFrame : richest;
  const combined: PageSnapshot = {
    ...first.snapshot,
    member: {
      name: nameFrame?.snapshot.member.name ?? null,
      id: idFrame?.snapshot.member.id ?? null,
    },
    plan: richest.snapshot.plan,
    claims: [],
    referrals: [],
    authorizations: [],
    sources: {},
    warnings: [],
    implausible: [],
  };
  // Rows left unread in any frame (each frame's reader reads its own lists as needed).
  delete combined.unreadRows;
  const unread = frames.reduce((sum, frame) => sum + (frame.snapshot.unreadRows ?? 0), 0);
  if (unread > 0) combined.unreadRows = unread;
  const portal = frames.find((f) => f.snapshot.portal !== 'generic')?.snapshot.portal;
  if (portal) combined.portal = portal;
  for (const frame of frames) {
    const offsets = {
      claims: combined.claims.length,
      referrals: combined.referrals.length,
      authorizations: combined.authorizations.length,
    };
    const sources = reindexSources(frame.snapshot.sources, offsets);
    for (const [path, source] of Object.entries(sources)) {
      const isList = /^(claims|referrals|authorizations)\[/.test(path);
      if (isList || frame === sourceFrame(path)) combined.sources[path] = source;
    }
    combined.claims.push(...frame.snapshot.claims);
    combined.referrals.push(...frame.snapshot.referrals);
    combined.authorizations.push(...frame.snapshot.authorizations);
    combined.warnings?.push(...(frame.snapshot.warnings ?? []));
    const implausible = Object.keys(
      reindexSources(
        Object.fromEntries((frame.snapshot.implausible ?? []).map((p) => [p, { label: '', text: '' }])),
        offsets,
      ),
    );
    combined.implausible?.push(...implausible);
  }
  return combined;
}

/** Index of each frame's first claim in the combined snapshot. */
export function claimOffsets(frames: readonly FrameReport[]): Map<number, { offset: number; count: number }> {
  const offsets = new Map<number, { offset: number; count: number }>();
  let offset = 0;
  for (const frame of frames) {
    offsets.set(frame.frameId, { offset, count: frame.snapshot.claims.length });
    offset += frame.snapshot.claims.length;
  }
  return offsets;
}

/** The badges of one frame, indexed in that frame's own snapshot. */
export function frameBadges(
  badges: readonly ClaimBadge[],
  frames: readonly FrameReport[],
  frameId: number,
): ClaimBadge[] {
  const range = claimOffsets(frames).get(frameId);
  if (!range) return [];
  return badges
    .filter((item) => item.index >= range.offset && item.index < range.offset + range.count)
    .map((item) => ({ ...item, index: item.index - range.offset }));
}

// ---------------------------------------------------------------------------------------------------------------
// The stored result (bounded size)

/** Upper bound on one tab's stored result, in JSON characters (storage.session holds 10 MB for all tabs). */
export const MAX_TAB_RESULT_CHARS = 1_500_000;

export function buildTabResult(input: {
  tabId: number;
  frames: readonly FrameReport[];
  snapshot: PageSnapshot;
  evaluation: TabEvaluation;
  profileKey: string | null;
  asOf: string;
  now: Date;
}): TabResult {
  const { evaluation } = input;
  const top = input.frames[0];
  const frames: TabFrame[] = input.frames.map((frame) => ({
    frameId: frame.frameId,
    url: frame.snapshot.url,
    portal: frame.snapshot.portal,
    canary: frame.canary,
    snapshot: input.frames.length > 1 ? frame.snapshot : null,
  }));
  const full: TabResult['assessments'] = [];
  if (evaluation.page.assessment) full.push({ claimId: null, assessment: evaluation.page.assessment });
  for (const item of evaluation.claims) {
    if (item.assessment) full.push({ claimId: item.claimId, assessment: item.assessment });
  }
  const result: TabResult = {
    schemaVersion: TAB_RESULT_VERSION,
    tabId: input.tabId,
    url: top?.snapshot.url ?? input.snapshot.url,
    portal: input.snapshot.portal,
    updatedAt: input.now.toISOString(),
    snapshot: input.snapshot,
    assessments: full,
    frames,
    profileKey: input.profileKey,
    actionsNeeded: evaluation.actionsNeeded,
    asOf: input.asOf,
    slim: false,
    truncated: false,
  };
  if (JSON.stringify(result).length <= MAX_TAB_RESULT_CHARS) return result;
  // Too large: drop the rule traces first (the popup recomputes them), then the tail of the assessments.
  result.slim = true;
  result.assessments = full.map((item) => ({
    ...item,
    assessment: { ...item.assessment, trace: [], figures: [] },
  }));
  let size = JSON.stringify(result).length;
  while (size > MAX_TAB_RESULT_CHARS && result.assessments.length > 0) {
    const keep = Math.floor(result.assessments.length * (MAX_TAB_RESULT_CHARS / size) * 0.9);
    result.assessments = result.assessments.slice(
      0,
      Math.max(0, Math.min(keep, result.assessments.length - 1)),
    );
    result.truncated = true;
    size = JSON.stringify(result).length;
  }
  return result;
}
