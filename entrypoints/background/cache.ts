/**
 * The last evaluations, in memory, so that opening the popup answers from what the background already computed
 * (issue 7: popup answers within 150 ms) instead of parsing the stored result and evaluating every claim again.
 *
 * Storage stays the source of truth: an entry is used only when the stored result is still the one this background
 * wrote (same `updatedAt`, url, counts) and the evaluation's inputs (profile, settings, rules date) are unchanged.
 * A restarted service worker has an empty cache and simply evaluates again. Bounded to a few tabs (a 2,000-claim
 * page's evaluation is a few MB).
 */
import type { MemberProfile, Settings } from '@/lib/model/profile';
import type { TabResult } from '@/lib/model/messages';
import type { TabEvaluation } from './evaluate-tab';

const MAX_TABS = 4;

interface Entry {
  result: TabResult;
  evaluation: TabEvaluation;
  inputs: string;
  /** Stored size right after this background wrote `result` (null where the browser cannot tell). */
  bytes: number | null;
}

const entries = new Map<number, Entry>();
/**
 * Results already answered to their page and still being written to storage (a 2,000-claim result takes ~1 s): the
 * popup's state is made from them at once instead of waiting for the write. At most one per tab, dropped when its
 * write ends (written or failed).
 */
const writing = new Map<number, Omit<Entry, 'bytes'>>();

export function rememberWriting(result: TabResult, evaluation: TabEvaluation, inputs: string): void {
  writing.set(result.tabId, { result, evaluation, inputs });
}

export function doneWriting(result: TabResult): void {
  if (writing.get(result.tabId)?.result === result) writing.delete(result.tabId);
}

/** The result of a tab being written, with its evaluation and the inputs it was made from; null when none is. */
export function recallWriting(tabId: number): Omit<Entry, 'bytes'> | null {
  return writing.get(tabId) ?? null;
}

/** What an evaluation depends on besides the snapshot: the profile used, the settings and the rules date. */
export function evaluationInputs(profile: MemberProfile | null, settings: Settings, today: string): string {
  return JSON.stringify([profile, settings, today]);
}

function sameStored(raw: unknown, result: TabResult): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const stored = raw as Partial<Record<keyof TabResult, unknown>>;
  return (
    stored.schemaVersion === result.schemaVersion &&
    stored.tabId === result.tabId &&
    stored.updatedAt === result.updatedAt &&
    stored.url === result.url &&
    stored.profileKey === result.profileKey &&
    stored.asOf === result.asOf &&
    stored.actionsNeeded === result.actionsNeeded &&
    Array.isArray(stored.assessments) &&
    stored.assessments.length === result.assessments.length
  );
}

export function rememberEvaluation(
  result: TabResult,
  evaluation: TabEvaluation,
  inputs: string,
  bytes: number | null,
): void {
  entries.delete(result.tabId);
  entries.set(result.tabId, { result, evaluation, inputs, bytes });
  while (entries.size > MAX_TABS) {
    const oldest = entries.keys().next().value;
    if (oldest === undefined) break;
    entries.delete(oldest);
  }
}

/**
 * The remembered result of a tab when storage still holds a value of exactly the size this background wrote (no
 * other context writes tab results; a value replaced behind our back, e.g. by a test, changes size). Null: read it.
 */
export function recallBySize(tabId: number, bytes: number | null): TabResult | null {
  const entry = entries.get(tabId);
  return entry && bytes !== null && entry.bytes === bytes ? entry.result : null;
}

/** The stored result of a tab, when `raw` (what storage holds now) is still the one remembered. */
export function recallResult(tabId: number, raw: unknown): TabResult | null {
  const entry = entries.get(tabId);
  if (!entry) return null;
  if (sameStored(raw, entry.result)) return entry.result;
  // Not ours any more: the raw value will be parsed (or dropped) and evaluated again.
  entries.delete(tabId);
  return null;
}

/** The remembered evaluation of a tab, when it was made from the same inputs. */
export function recallEvaluation(tabId: number, inputs: string): TabEvaluation | null {
  const entry = entries.get(tabId);
  return entry && entry.inputs === inputs ? entry.evaluation : null;
}

export function forgetTab(tabId: number): void {
  entries.delete(tabId);
  writing.delete(tabId);
}

export function forgetAll(): void {
  entries.clear();
  writing.clear();
}
