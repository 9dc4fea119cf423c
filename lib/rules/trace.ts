/**
 * RuleTrace helpers. Every decision records: rule id (family prefix = the lib/rules file; the source's
 * RULES.md section is in `source.section`), outcome, the facts used (by Case path), a message key with
 * params (English `reason` filled in; `formatReason` gives Spanish), and the source.
 */
import type { FigureUse, RuleTrace } from '../model/assessment';
import type { ResolvedCase } from '../model/case';
import { formatMessage, type MessageKey, type MessageParams } from './messages';
import { SOURCES, type SourceId } from './sources';

export type TraceValue = string | number | boolean | null | string[];
export type TraceFacts = Record<string, TraceValue>;

/** Mutable state of one evaluation: the case, its date, and what the rules recorded. */
export interface EvalContext {
  /** The case with its plan kind, plan type and service kind known (one possibility of an incomplete Case). */
  readonly c: ResolvedCase;
  readonly today: string;
  /** Calendar year of `today`: decides which year's figures apply. */
  readonly year: number;
  readonly trace: RuleTrace[];
  readonly unknownFacts: string[];
  readonly figures: FigureUse[];
}

export function createContext(c: ResolvedCase): EvalContext {
  return { c, today: c.today, year: Number(c.today.slice(0, 4)), trace: [], unknownFacts: [], figures: [] };
}

/** Build one trace entry (English reason filled in). */
export function ruleTrace(
  ruleId: string,
  outcome: TraceValue,
  facts: TraceFacts,
  messageKey: MessageKey,
  messageParams: MessageParams,
  source: SourceId,
): RuleTrace {
  return {
    ruleId,
    outcome,
    facts,
    messageKey,
    messageParams,
    reason: formatMessage(messageKey, messageParams, 'en'),
    source: SOURCES[source],
  };
}

/** Record a decision in the context and return the outcome (so rules can `return record(...)`). */
export function record<T extends TraceValue>(
  ctx: EvalContext,
  ruleId: string,
  outcome: T,
  facts: TraceFacts,
  messageKey: MessageKey,
  messageParams: MessageParams,
  source: SourceId,
): T {
  ctx.trace.push(ruleTrace(ruleId, outcome, facts, messageKey, messageParams, source));
  return outcome;
}

/** A fact the answer needed but the case did not give (listed once, by its Case path). */
export function markUnknown(ctx: EvalContext, factPath: string): void {
  if (!ctx.unknownFacts.includes(factPath)) ctx.unknownFacts.push(factPath);
}

/** Find the trace entries of one rule id (tests and the popup's "why?"). */
export function traceFor(trace: readonly RuleTrace[], ruleId: string): RuleTrace[] {
  return trace.filter((t) => t.ruleId === ruleId);
}
