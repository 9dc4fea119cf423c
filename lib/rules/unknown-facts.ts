/**
 * Cases whose plan kind, plan type or service kind is not known (RULES.md 9.1: "identify payer kind" first).
 * Portals rarely show the plan kind (employer ERISA vs ACA individual) or what kind of service a processed claim
 * was, so the engine must answer what does not depend on them and say 'check-plan' only where it does.
 *
 * How, without guessing: every value the unknown fact can take is evaluated with the ordinary rules, and the
 * answers are compared.
 * - A program plan type names its kind (Original Medicare → medicare-original, MA-HMO/MA-PPO → medicare-advantage,
 *   Medicaid MCO → medicaid-managed-care), and those kinds have one type: derived, traced as derived, one answer.
 * - A commercial network type (HMO, PPO, EPO, POS, HDHP-PPO) is employer (ERISA) or individual (ACA) coverage.
 *   Both are evaluated; the rules give them the same internal appeal (180 days), external review (4 months,
 *   fifth-month rule), PA clock (15 days / 72 h), NSA applicability and ACA self-only cap (RULES.md 3, 4.3, 5, 6.1),
 *   so the answer stands and the trace says the kind did not change it. If a rule ever tells them apart (e.g.
 *   grandfathered-plan or FFE-specific rules), that answer becomes 'check-plan' with `plan.kind` in unknownFacts.
 * - Unknown service kind: the non-emergency kinds (second/third opinion, surgery, additional test) are evaluated.
 *   Whether care is an emergency is read from `service.emergency`, the diagnosis class and the setting, as for
 *   every case (RULES.md 9.2). A copay figure given without a service kind is an office-visit copay (what portals
 *   show): surgery and tests are priced with the deductible and coinsurance instead, so when the kind changes the
 *   price the estimate is left out and `service.kind` is listed.
 * An answer every possibility agrees on is the answer; one that differs becomes 'check-plan' (referral, PA),
 * null (NSA, cost, due dates) or the part all agree on (appeal), and the fact it depends on is listed.
 */
import type {
  Appeal,
  Assessment,
  Coverage,
  DocumentCode,
  Documents,
  FigureUse,
  NextStepCode,
  PreAuthDecisionDueBy,
  RuleTrace,
  TriState,
} from '../model/assessment';
import {
  PLAN_KINDS,
  PLAN_TYPES,
  type Case,
  type PlanKind,
  type PlanType,
  type ResolvedCase,
  type ServiceKind,
} from '../model/case';
import { countActions, orderSteps } from './appeal';
import { ruleTrace, withFacts, type TraceFacts, type TraceValue } from './trace';

const COMMERCIAL_TYPES: readonly PlanType[] = ['HMO', 'PPO', 'EPO', 'POS', 'HDHP-PPO'];

/** Plan types each kind can have (contract section 1; RULES.md 2). */
export const TYPES_BY_KIND: Readonly<Record<PlanKind, readonly PlanType[]>> = {
  'employer-erisa': COMMERCIAL_TYPES,
  'aca-individual': COMMERCIAL_TYPES,
  'medicare-original': ['Original Medicare'],
  'medicare-advantage': ['MA-HMO', 'MA-PPO'],
  'medicaid-managed-care': ['Medicaid MCO'],
};

/** The kinds a plan type can belong to: one for a program type, employer or individual for a network type. */
export function kindsForType(type: PlanType): PlanKind[] {
  return PLAN_KINDS.filter((kind) => TYPES_BY_KIND[kind].includes(type));
}

/** Service kinds tried when the kind is unknown (emergency is read from the other emergency facts). */
export const SERVICE_KIND_CANDIDATES: readonly ServiceKind[] = [
  'second-opinion-consult',
  'third-opinion',
  'surgery',
  'additional-test',
];
const OFFICE_VISIT_KINDS: ReadonlySet<ServiceKind> = new Set(['second-opinion-consult', 'third-opinion']);

export interface PlanCandidate {
  kind: PlanKind;
  type: PlanType;
}

/** Every (kind, type) the plan can be, given what is known. */
export function planCandidates(plan: Pick<Case['plan'], 'kind' | 'type'>): PlanCandidate[] {
  const kind = plan.kind ?? null;
  const type = plan.type ?? null;
  if (kind !== null && type !== null) return [{ kind, type }];
  if (kind !== null) return TYPES_BY_KIND[kind].map((t) => ({ kind, type: t }));
  if (type !== null) return kindsForType(type).map((k) => ({ kind: k, type }));
  return PLAN_TYPES.flatMap((t) => kindsForType(t).map((k) => ({ kind: k, type: t })));
}

export function serviceKindCandidates(service: Pick<Case['service'], 'kind'>): ServiceKind[] {
  const kind = service.kind ?? null;
  return kind === null ? [...SERVICE_KIND_CANDIDATES] : [kind];
}

export interface Variant {
  plan: PlanCandidate;
  serviceKind: ServiceKind;
  c: ResolvedCase;
}

/** The fact paths a resolution can fork on, in the order they are listed. */
export const FORKABLE_FACTS = ['plan.kind', 'plan.type', 'service.kind'] as const;
export type ForkableFact = (typeof FORKABLE_FACTS)[number];

export interface Resolution {
  variants: Variant[];
  /** Facts that were not given and have more than one possible value. */
  forked: ForkableFact[];
  /** Trace entries that explain the resolution (derivations; what was evaluated for each possibility). */
  trace: RuleTrace[];
}

function distinct<T>(values: readonly T[]): T[] {
  return values.filter((v, i) => values.indexOf(v) === i);
}

/** Turn a Case with unknown plan kind / plan type / service kind into the cases the rules can evaluate. */
export function resolveCase(input: Case): Resolution {
  const kind = input.plan.kind ?? null;
  const type = input.plan.type ?? null;
  const serviceKind = input.service.kind ?? null;
  const plans = planCandidates(input.plan);
  const services = serviceKindCandidates(input.service);
  const kinds = distinct(plans.map((p) => p.kind));
  const types = distinct(plans.map((p) => p.type));

  const forked: ForkableFact[] = [];
  if (kind === null && kinds.length > 1) forked.push('plan.kind');
  if (type === null && types.length > 1) forked.push('plan.type');
  if (serviceKind === null) forked.push('service.kind');

  const trace: RuleTrace[] = [];
  if (kind === null && kinds.length === 1 && type !== null) {
    trace.push(
      ruleTrace(
        'unknown-facts.kind-from-type',
        kinds[0] as PlanKind,
        { 'plan.kind': null, 'plan.type': type },
        'unknown-facts.kind-from-type',
        { type, kind: kinds[0] as PlanKind },
        'planTypes',
      ),
    );
  }
  if (type === null && types.length === 1 && kind !== null) {
    trace.push(
      ruleTrace(
        'unknown-facts.type-from-kind',
        types[0] as PlanType,
        { 'plan.kind': kind, 'plan.type': null },
        'unknown-facts.type-from-kind',
        { kind, type: types[0] as PlanType },
        'planTypes',
      ),
    );
  }

  const variants: Variant[] = [];
  for (const plan of plans) {
    for (const sk of services) {
      // Without a service kind, a copay is the office-visit copay: surgery and tests use deductible/coinsurance.
      const dropCopay = serviceKind === null && !OFFICE_VISIT_KINDS.has(sk) && input.plan.copay != null;
      const c: ResolvedCase = {
        ...input,
        plan: { ...input.plan, kind: plan.kind, type: plan.type, ...(dropCopay ? { copay: null } : {}) },
        service: { ...input.service, kind: sk },
      };
      variants.push({ plan, serviceKind: sk, c });
    }
  }

  if (forked.length === 1 && forked[0] === 'plan.kind' && type !== null) {
    trace.push(
      ruleTrace(
        'unknown-facts.kind-commercial',
        kinds,
        { 'plan.kind': null, 'plan.type': type, 'derived.planKindCandidates': kinds },
        'unknown-facts.kind-commercial',
        { type },
        'erisaAppeal',
      ),
    );
  } else if (forked.length > 0) {
    trace.push(
      ruleTrace(
        'unknown-facts.evaluated-each',
        [...forked],
        {
          'plan.kind': kind,
          'plan.type': type,
          'service.kind': serviceKind,
          'derived.planKindCandidates': kinds,
          'derived.planTypeCandidates': types,
          'derived.serviceKindCandidates': services,
        },
        'unknown-facts.evaluated-each',
        { facts: forked.join(', '), count: variants.length },
        'decisionOrder',
      ),
    );
  }
  return { variants, forked, trace };
}

// ---------------------------------------------------------------------------------------------------------------
// Merging the answers of the possibilities

/** The answers compared between possibilities (the contract's checked fields, and coverage). */
export const COMPARED_FIELDS = [
  'referralNeeded',
  'preAuthNeeded',
  'nsaProtected',
  'preAuthDecisionDueBy',
  'appeal',
  'outOfPocket',
  'coverage',
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

type Agreement<T> = { ok: true; value: T } | { ok: false };

function agree<T>(values: readonly T[]): Agreement<T> {
  const first = JSON.stringify(values[0]);
  for (let i = 1; i < values.length; i++) if (JSON.stringify(values[i]) !== first) return { ok: false };
  return { ok: true, value: values[0] as T };
}

/** What a field's answer is compared on (coverage: its status and class, not the wording). */
function signature(a: Assessment, field: ComparedField): string {
  if (field === 'coverage') return `${a.coverage.status}|${a.coverage.necessityClass}`;
  return JSON.stringify(a[field]);
}

/**
 * The unknown facts a field's answer depends on: two possibilities that differ in one fact only and give
 * different answers (`signatures[i]` is the answer of `variants[i]`). The possibilities are a cross product, so
 * any difference shows up in such a pair.
 */
export function dependsOn(
  variants: readonly Variant[],
  signatures: readonly string[],
  forked: readonly ForkableFact[],
): ForkableFact[] {
  if (signatures.every((v) => v === signatures[0])) return [];
  const found = new Set<ForkableFact>();
  for (let i = 0; i < variants.length; i++) {
    for (let j = i + 1; j < variants.length; j++) {
      if (signatures[i] === signatures[j]) continue;
      const a = variants[i] as Variant;
      const b = variants[j] as Variant;
      const samePlan = a.plan.kind === b.plan.kind && a.plan.type === b.plan.type;
      const sameService = a.serviceKind === b.serviceKind;
      if (samePlan && !sameService) found.add('service.kind');
      if (sameService && !samePlan) {
        if (a.plan.kind !== b.plan.kind && forked.includes('plan.kind')) found.add('plan.kind');
        if (a.plan.type !== b.plan.type && forked.includes('plan.type')) found.add('plan.type');
      }
    }
  }
  return FORKABLE_FACTS.filter((f) => found.has(f));
}

function mergeTriState(values: readonly TriState[]): TriState {
  const a = agree(values);
  return a.ok ? a.value : 'check-plan';
}

function mergeDueBy(values: ReadonlyArray<PreAuthDecisionDueBy | null>): PreAuthDecisionDueBy | null {
  const a = agree(values);
  if (a.ok) return a.value;
  if (values.some((v) => v === null)) return null;
  const standard = agree(values.map((v) => v?.standard ?? null));
  const expedited = agree(values.map((v) => v?.expedited ?? null));
  return { standard: standard.ok ? standard.value : null, expedited: expedited.ok ? expedited.value : null };
}

/** Only the steps every possibility needs; the deadline only when every possibility has the same one. */
function mergeAppeal(values: readonly Appeal[]): Appeal {
  const a = agree(values);
  if (a.ok) return a.value;
  const status = agree(values.map((v) => v.status));
  const possible = agree(values.map((v) => v.possible));
  const level = agree(values.map((v) => v.level));
  const deadline = agree(values.map((v) => v.deadline));
  const daysLeft = agree(values.map((v) => v.daysLeft));
  const first = values[0] as Appeal;
  const steps: NextStepCode[] = first.nextSteps.filter((step) =>
    values.every((v) => v.nextSteps.includes(step)),
  );
  return {
    // A chance to appeal under some possibility is not hidden: 'open', with what is common.
    status: status.ok ? status.value : values.some((v) => v.status === 'open') ? 'open' : first.status,
    possible: possible.ok ? possible.value : values.some((v) => v.possible),
    level: level.ok ? level.value : null,
    deadline: deadline.ok ? deadline.value : null,
    daysLeft: deadline.ok && daysLeft.ok ? daysLeft.value : null,
    nextSteps: orderSteps(steps),
  };
}

function mergeCoverage(values: readonly Coverage[]): Coverage {
  const a = agree(values);
  if (a.ok) return a.value;
  const status = agree(values.map((v) => v.status));
  const necessityClass = agree(values.map((v) => v.necessityClass));
  return {
    status: status.ok ? status.value : 'check-plan',
    necessityClass: necessityClass.ok ? necessityClass.value : 'unknown',
    messageKey: status.ok ? (values[0] as Coverage).messageKey : 'unknown-facts.coverage-depends',
  };
}

function intersect<T>(lists: ReadonlyArray<readonly T[]>): T[] {
  const [first = [], ...rest] = lists;
  return first.filter((item) => rest.every((list) => list.includes(item)));
}

function mergeDocuments(values: readonly Documents[]): Documents {
  return {
    priorAuth: intersect<DocumentCode>(values.map((d) => d.priorAuth)),
    appeal: intersect<DocumentCode>(values.map((d) => d.appeal)),
    secondOpinion: intersect<DocumentCode>(values.map((d) => d.secondOpinion)),
  };
}

function mergeFigures(lists: ReadonlyArray<readonly FigureUse[]>): FigureUse[] {
  const out: FigureUse[] = [];
  const seen = new Set<string>();
  for (const list of lists) {
    for (const f of list) {
      const key = `${f.id}@${f.year}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(f);
    }
  }
  return out;
}

/** Trace facts whose value comes from the possibility, not the case: left out when comparing entries. */
const VARIANT_FACT_PATHS: readonly string[] = FORKABLE_FACTS;

function keyPart(value: TraceValue): string {
  if (Array.isArray(value)) return `[${value.join('\u0001')}]`;
  return typeof value === 'string' ? `s${value}` : String(value);
}

/** Entries are the same when rule, outcome, message (its English text carries the params) and facts are. */
function traceKey(t: RuleTrace): string {
  let key = `${t.ruleId}\u0000${t.messageKey}\u0000${t.reason}\u0000${keyPart(t.outcome)}\u0000${t.source.name}`;
  for (const path in t.facts) {
    if (VARIANT_FACT_PATHS.includes(path)) continue;
    key += `\u0000${path}=${keyPart(t.facts[path] as TraceValue)}`;
  }
  return key;
}

/** Trace order is a linked list: each possibility inserts its own entries right after their predecessor. */
interface Link {
  next: TraceGroup | null;
}

interface TraceGroup extends Link {
  entry: RuleTrace;
  variants: number[];
  factValues: Map<string, string[]>;
}

/**
 * One trace from all possibilities: an entry every possibility wrote appears once (its possibility-dependent
 * facts list the values seen); an entry only some wrote carries `derived.when.*` facts saying for which.
 * Entries keep the order the rules wrote them in.
 */
function mergeTraces(
  variants: readonly Variant[],
  outs: readonly Assessment[],
  forked: readonly ForkableFact[],
) {
  const groups = new Map<string, TraceGroup>();
  const head: Link = { next: null };
  outs.forEach((out, v) => {
    const seen = new Map<string, number>();
    let last: Link = head;
    for (const entry of out.trace) {
      const base = traceKey(entry);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      const key = n === 0 ? base : `${base}#${n}`;
      let group = groups.get(key);
      if (group === undefined) {
        group = { entry, variants: [], factValues: new Map(), next: last.next };
        groups.set(key, group);
        last.next = group;
      }
      last = group;
      group.variants.push(v);
      for (const path of VARIANT_FACT_PATHS) {
        if (!(path in entry.facts)) continue;
        const value = String(entry.facts[path]);
        const list = group.factValues.get(path);
        if (list === undefined) group.factValues.set(path, [value]);
        else if (!list.includes(value)) list.push(value);
      }
    }
  });
  const order: TraceGroup[] = [];
  for (let g = head.next; g !== null; g = g.next) order.push(g);
  const all = outs.length;
  return order.map((group) => {
    const facts: TraceFacts = { ...group.entry.facts };
    for (const [path, values] of group.factValues) {
      if (values.length > 1) facts[path] = values;
    }
    if (group.variants.length < all) {
      const held = group.variants.map((i) => variants[i] as Variant);
      if (forked.includes('plan.kind'))
        facts['derived.when.plan.kind'] = distinct(held.map((h) => h.plan.kind));
      if (forked.includes('plan.type'))
        facts['derived.when.plan.type'] = distinct(held.map((h) => h.plan.type));
      if (forked.includes('service.kind'))
        facts['derived.when.service.kind'] = distinct(held.map((h) => h.serviceKind));
    }
    return withFacts(group.entry, facts);
  });
}

function hasAnswer(a: Assessment, field: ComparedField): boolean {
  return a[field] !== null;
}

/** The Assessment of an incomplete Case from the Assessments of its possibilities (same order as variants). */
export function mergeAssessments(
  input: Case,
  resolution: Resolution,
  outs: readonly Assessment[],
): Assessment {
  const { variants, forked } = resolution;
  if (outs.length === 1) {
    const only = outs[0] as Assessment;
    return { ...only, trace: [...resolution.trace, ...only.trace] };
  }

  const depends = new Map<ComparedField, ForkableFact[]>();
  for (const field of COMPARED_FIELDS) {
    const signatures = outs.map((a) => signature(a, field));
    depends.set(field, dependsOn(variants, signatures, forked));
  }

  const appeal = mergeAppeal(outs.map((a) => a.appeal));
  const outOfPocket = agree(outs.map((a) => a.outOfPocket));
  const nsa = agree(outs.map((a) => a.nsaProtected));

  const unknown = intersect(outs.map((a) => a.unknownFacts));
  for (const fact of FORKABLE_FACTS) {
    if ([...depends.values()].some((list) => list.includes(fact)) && !unknown.includes(fact))
      unknown.push(fact);
  }

  const summary: RuleTrace[] = [];
  const baseFacts: Record<string, TraceValue> = {
    'plan.kind': input.plan.kind ?? null,
    'plan.type': input.plan.type ?? null,
    'service.kind': input.service.kind ?? null,
  };
  for (const field of COMPARED_FIELDS) {
    const on = depends.get(field) ?? [];
    if (on.length > 0) {
      summary.push(
        ruleTrace(
          'unknown-facts.answer-depends',
          on,
          { ...baseFacts, 'derived.field': field },
          'unknown-facts.answer-depends',
          { field, facts: on.join(', ') },
          'decisionOrder',
        ),
      );
    } else if (outs.some((a) => hasAnswer(a, field))) {
      summary.push(
        ruleTrace(
          'unknown-facts.same-answer',
          [],
          { ...baseFacts, 'derived.field': field },
          'unknown-facts.same-answer',
          { field, facts: forked.join(', ') },
          'decisionOrder',
        ),
      );
    }
  }

  const merged: Assessment = {
    referralNeeded: mergeTriState(outs.map((a) => a.referralNeeded)),
    preAuthNeeded: mergeTriState(outs.map((a) => a.preAuthNeeded)),
    nsaProtected: nsa.ok ? nsa.value : null,
    preAuthDecisionDueBy: mergeDueBy(outs.map((a) => a.preAuthDecisionDueBy)),
    appeal,
    outOfPocket: outOfPocket.ok ? outOfPocket.value : null,
    coverage: mergeCoverage(outs.map((a) => a.coverage)),
    documents: mergeDocuments(outs.map((a) => a.documents)),
    actionsNeeded: countActions(appeal.nextSteps),
    unknownFacts: unknown,
    figures: mergeFigures(outs.map((a) => a.figures)),
    trace: [...resolution.trace, ...mergeTraces(variants, outs, forked), ...summary],
  };
  if (input.id !== undefined) merged.id = input.id;
  return merged;
}
