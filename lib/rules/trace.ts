/**
 * RuleTrace helpers. Every decision records: rule id (family prefix = the lib/rules file; the source's
 * RULES.md section is in `source.section`), outcome, the facts used (by Case path), a message key with
 * params (English `reason` produced when read; `formatReason` gives Spanish), and the source.
 */
import type { FigureUse, RuleSource, RuleTrace } from '../model/assessment';
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

/**
 * One trace entry. The English `reason` is produced only when it is read (a prototype getter): filling the template
 * was about a third of the engine's time, and most callers (the popup's Spanish view, tests, the bench) never read
 * most reasons. `toJSON` writes the entry as a plain object with `reason` in its place (between `messageParams` and
 * `source`), so JSON output (CLI, storage size checks) is unchanged. Code that hands entries to a structured clone
 * (browser messaging, storage) calls `withReasons()` first: a clone copies own properties only.
 */
class TraceEntry implements RuleTrace {
  constructor(
    readonly ruleId: string,
    readonly outcome: TraceValue,
    readonly facts: TraceFacts,
    readonly messageKey: MessageKey,
    readonly messageParams: MessageParams,
    readonly source: RuleSource,
  ) {}

  get reason(): string {
    return formatMessage(this.messageKey, this.messageParams, 'en');
  }

  toJSON(): RuleTrace {
    return plainTrace(this);
  }
}

function plainTrace(t: RuleTrace): RuleTrace {
  return {
    ruleId: t.ruleId,
    outcome: t.outcome,
    facts: t.facts,
    messageKey: t.messageKey,
    messageParams: t.messageParams,
    reason: t.reason,
    source: t.source,
  };
}

/** Build one trace entry (its English reason is filled in when read). */
export function ruleTrace(
  ruleId: string,
  outcome: TraceValue,
  facts: TraceFacts,
  messageKey: MessageKey,
  messageParams: MessageParams,
  source: SourceId,
): RuleTrace {
  return new TraceEntry(ruleId, outcome, facts, messageKey, messageParams, SOURCES[source]);
}

/** A copy of an entry with other facts (same rule, outcome, message and source; reason still lazy). */
export function withFacts(t: RuleTrace, facts: TraceFacts): RuleTrace {
  return new TraceEntry(t.ruleId, t.outcome, facts, t.messageKey as MessageKey, t.messageParams, t.source);
}

/**
 * The Assessment with every trace entry as a plain object whose English `reason` is filled in: what is stored or
 * sent through browser messaging (a structured clone would drop the lazy getter). Other fields are shared.
 */
export function withReasons<A extends { trace: readonly RuleTrace[] }>(assessment: A): A {
  return { ...assessment, trace: assessment.trace.map(plainTrace) };
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
