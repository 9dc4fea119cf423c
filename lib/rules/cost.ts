/**
 * Out-of-pocket estimate for commercial, Medicare Advantage and Medicaid plans (RULES.md 4.1-4.4, 4.6;
 * decision order 9.7; meta.oopCap, meta.copayAppliesBeforeDeductible, meta.estimateAssumption):
 *   not covered -> full billed charge (never counts to a cap);
 *   copay before the deductible (optionally lesser of copay and allowed; first 3 office visits) ->
 *   otherwise deductible -> copay after the deductible or coinsurance on the rest ->
 *   each stage limited by the room under the OOP maximum (individual, family, ACA self-only embedded) ->
 *   balance billing added on top (never capped) for out-of-network care without NSA protection.
 * All money in integer cents.
 */
import type { Deductible, OopMax } from '../model/case';
import { figureUse, getFigure, type FigureId } from './figures';
import { formatUsd, minCents, percentOf, roomUnder, toCentsOrNull, type Cents } from './money';
import type { NetworkFacts } from './network';
import { markUnknown, record, type EvalContext } from './trace';

export interface CostBreakdown {
  deductible: Cents;
  copay: Cents;
  coinsurance: Cents;
  balanceBilling: Cents;
  nonCovered: Cents;
}

export function totalCents(b: CostBreakdown): Cents {
  return b.deductible + b.copay + b.coinsurance + b.balanceBilling + b.nonCovered;
}

export function emptyBreakdown(): CostBreakdown {
  return { deductible: 0, copay: 0, coinsurance: 0, balanceBilling: 0, nonCovered: 0 };
}

export interface SharingTerms {
  copayCents: Cents | null;
  /** true: the copay is not subject to the deductible (and no coinsurance follows it). */
  copayBeforeDeductible: boolean;
  /** Patient pays the lesser of the copay and the allowed amount (or what is left after the deductible). */
  lesserOf: boolean;
  coinsurance: number | null;
}

export interface SharingResult {
  deductible: Cents;
  copay: Cents;
  coinsurance: Cents;
  /** What the stages would have charged without the OOP cap. */
  uncapped: Cents;
  /** The coinsurance/copay stage was reached but the plan gives neither figure. */
  missingAfterDeductibleTerms: boolean;
}

/**
 * The cost-sharing core (RULES.md 4.1 steps 3-6). Pure: amounts in, amounts out.
 * `room` is the amount left under the applicable OOP maximum (Infinity when there is none).
 */
export function applyCostSharing(
  allowed: Cents,
  remainingDeductible: Cents,
  room: Cents,
  terms: SharingTerms,
): SharingResult {
  if (terms.copayBeforeDeductible && terms.copayCents !== null) {
    const copayDue = terms.lesserOf ? minCents(terms.copayCents, allowed) : terms.copayCents;
    return {
      deductible: 0,
      copay: minCents(copayDue, room),
      coinsurance: 0,
      uncapped: copayDue,
      missingAfterDeductibleTerms: false,
    };
  }
  let left = room;
  const deductibleDue = minCents(allowed, remainingDeductible);
  const deductible = minCents(deductibleDue, left);
  left -= deductible;
  const rest = allowed - deductibleDue;
  let copay = 0;
  let coinsurance = 0;
  let uncapped = deductibleDue;
  let missingAfterDeductibleTerms = false;
  if (rest > 0) {
    if (terms.copayCents !== null) {
      const copayDue = terms.lesserOf ? minCents(terms.copayCents, rest) : terms.copayCents;
      copay = minCents(copayDue, left);
      uncapped += copayDue;
    } else if (terms.coinsurance !== null) {
      const coinsuranceDue = percentOf(rest, terms.coinsurance);
      coinsurance = minCents(coinsuranceDue, left);
      uncapped += coinsuranceDue;
    } else {
      missingAfterDeductibleTerms = true;
    }
  }
  return { deductible, copay, coinsurance, uncapped, missingAfterDeductibleTerms };
}

export interface DeductibleState {
  remaining: Cents;
  basis: 'individual' | 'family-aggregate' | 'embedded' | 'family' | 'none';
}

/**
 * Remaining deductible (RULES.md 4.4): embedded = the person's own remainder, but never more than the
 * family's; aggregate (true family) = only the family remainder counts.
 */
export function remainingDeductible(
  ctx: EvalContext | null,
  d: Deductible | null | undefined,
): DeductibleState {
  const individual = toCentsOrNull(d?.individual);
  const family = toCentsOrNull(d?.family);
  const individualMet = toCentsOrNull(d?.individualMet);
  const familyMet = toCentsOrNull(d?.familyMet);
  if (ctx) {
    if (individual !== null && individual > 0 && individualMet === null)
      markUnknown(ctx, 'plan.deductible.individualMet');
    if (family !== null && family > 0 && familyMet === null) markUnknown(ctx, 'plan.deductible.familyMet');
  }
  const individualLeft = individual === null ? null : roomUnder(individual, individualMet ?? 0);
  const familyLeft = family === null ? null : roomUnder(family, familyMet ?? 0);
  const type = d?.familyType ?? null;
  if (type === 'aggregate' && familyLeft !== null)
    return { remaining: familyLeft, basis: 'family-aggregate' };
  if (individualLeft !== null && familyLeft !== null) {
    if (type === null && ctx) markUnknown(ctx, 'plan.deductible.familyType');
    return { remaining: minCents(individualLeft, familyLeft), basis: 'embedded' };
  }
  if (individualLeft !== null) return { remaining: individualLeft, basis: 'individual' };
  if (familyLeft !== null) return { remaining: familyLeft, basis: 'family' };
  // Neither amount known: priced as no deductible, and said so (Medicaid plans normally have none).
  if (ctx && ctx.c.plan.kind !== 'medicaid-managed-care') markUnknown(ctx, 'plan.deductible.individual');
  return { remaining: 0, basis: 'none' };
}

interface CapState {
  room: Cents;
  /** Which limit binds (for the trace). */
  binding: string | null;
}

function accumulatorRoom(ctx: EvalContext, oop: OopMax | null | undefined, path: string): CapState {
  if (oop === null || oop === undefined) {
    markUnknown(ctx, path);
    return { room: Infinity, binding: null };
  }
  const individual = toCentsOrNull(oop.individual);
  const family = toCentsOrNull(oop.family);
  const individualMet = toCentsOrNull(oop.individualMet);
  const familyMet = toCentsOrNull(oop.familyMet);
  if (individual !== null && individualMet === null) markUnknown(ctx, `${path}.individualMet`);
  if (family !== null && familyMet === null) markUnknown(ctx, `${path}.familyMet`);
  const individualRoom = roomUnder(individual, individualMet ?? 0);
  const familyRoom = roomUnder(family, familyMet ?? 0);
  if (familyRoom < individualRoom) return { room: familyRoom, binding: `${path}.family` };
  return { room: individualRoom, binding: individual === null ? null : `${path}.individual` };
}

/** ACA limit on in-network cost sharing, embedded per person (RULES.md 4.3; meta.oopCap). */
function acaRoom(ctx: EvalContext, oop: OopMax | null | undefined): CapState {
  const lookups: Array<[FigureId, number | null | undefined, boolean]> = [
    ['aca.oopMax.selfOnly', oop?.individualMet, true],
    // The other-than-self-only limit only matters for family coverage.
    ['aca.oopMax.otherThanSelfOnly', oop?.familyMet, oop?.family !== null && oop?.family !== undefined],
  ];
  let best: CapState = { room: Infinity, binding: null };
  for (const [id, met, applies] of lookups) {
    if (!applies) continue;
    const lookup = getFigure(id, ctx.year);
    ctx.figures.push(figureUse(lookup));
    if (lookup.status === 'unknown') {
      markUnknown(ctx, `figures.${id}.${ctx.year}`);
      record(
        ctx,
        'figures.unknown-year',
        null,
        { 'figure.id': id, 'figure.year': ctx.year },
        'figures.unknown-year',
        { id, year: ctx.year },
        'acaOop',
      );
      continue;
    }
    const room = roomUnder(lookup.figure.cents, toCentsOrNull(met) ?? 0);
    if (room < best.room) best = { room, binding: id };
  }
  return best;
}

/** Tier/terms needed to price a covered service. */
type Pricing = 'in-network-sharing' | 'oon-sharing';

/** Estimate for a service without a processed claim (commercial, MA, Medicaid). Null = not priced. */
export function estimateManagedCare(
  ctx: EvalContext,
  net: NetworkFacts,
  excluded: boolean,
): CostBreakdown | null {
  const c = ctx.c;
  const s = c.service;
  const plan = c.plan;
  const billed = toCentsOrNull(s.billedCharge);
  const facts = {
    'service.allowedAmount': s.allowedAmount ?? null,
    'service.billedCharge': s.billedCharge ?? null,
    'service.recognizedAmount': s.recognizedAmount ?? null,
    'derived.access': net.access,
  };

  if (excluded || net.access === 'oon-not-covered' || net.access === 'oon-check-plan') {
    if (billed === null) {
      markUnknown(ctx, 'service.billedCharge');
      record(ctx, 'cost.not-priced', null, facts, 'cost.not-priced', {}, 'costOrder');
      return null;
    }
    record(
      ctx,
      'cost.not-covered-full-charge',
      billed,
      facts,
      'cost.not-covered',
      { amount: formatUsd(billed) },
      'costOrder',
    );
    return { ...emptyBreakdown(), nonCovered: billed };
  }

  const pricing: Pricing = net.access === 'oon-covered' ? 'oon-sharing' : 'in-network-sharing';
  const tier = plan.tier ?? 'in-network';
  // NSA/emergency: in-network cost sharing on the recognized amount (RULES.md 5).
  const protectedOon = net.access === 'nsa' || (net.access === 'emergency' && net.outOfNetwork);
  const price = protectedOon
    ? (toCentsOrNull(s.recognizedAmount) ?? toCentsOrNull(s.allowedAmount))
    : toCentsOrNull(s.allowedAmount);
  if (price === null) {
    markUnknown(ctx, 'service.allowedAmount');
    record(ctx, 'cost.not-priced', null, facts, 'cost.not-priced', {}, 'costOrder');
    return null;
  }
  if (pricing === 'oon-sharing' && tier !== 'out-of-network') {
    // The cost-sharing fields describe the in-network tier; the out-of-network terms are unknown.
    markUnknown(ctx, 'plan.tier');
    record(
      ctx,
      'cost.oon-terms-unknown',
      null,
      { ...facts, 'plan.tier': tier },
      'cost.oon-terms-unknown',
      {},
      'costOrder',
    );
    return null;
  }
  if (pricing === 'in-network-sharing' && tier === 'out-of-network') markUnknown(ctx, 'plan.tier');

  const terms = sharingTerms(ctx, net);
  const deductible: DeductibleState =
    terms.copayBeforeDeductible && terms.copayCents !== null
      ? { remaining: 0, basis: 'none' }
      : remainingDeductible(ctx, plan.deductible);

  // Which accumulator fills: in-network sharing priced off an OON tier (NSA) uses the in-network one.
  const inNetworkOop = tier === 'out-of-network' ? plan.inNetworkOopMax : plan.oopMax;
  const inNetworkPath = tier === 'out-of-network' ? 'plan.inNetworkOopMax' : 'plan.oopMax';
  let cap: CapState;
  if (pricing === 'in-network-sharing') {
    cap = accumulatorRoom(ctx, inNetworkOop, inNetworkPath);
  } else {
    cap = accumulatorRoom(ctx, plan.oopMax, 'plan.oopMax');
    if (plan.oonCountsTowardInNetworkOop === true && plan.inNetworkOopMax) {
      const shared = accumulatorRoom(ctx, plan.inNetworkOopMax, 'plan.inNetworkOopMax');
      if (shared.room < cap.room) cap = shared;
    }
  }
  const acaApplies =
    pricing === 'in-network-sharing' &&
    (plan.kind === 'employer-erisa' || plan.kind === 'aca-individual') &&
    plan.grandfathered !== true &&
    inNetworkOop !== null &&
    inNetworkOop !== undefined;
  if (acaApplies) {
    const aca = acaRoom(ctx, inNetworkOop);
    if (aca.room < cap.room) cap = aca;
  }

  const shared = applyCostSharing(price, deductible.remaining, cap.room, terms);
  if (shared.missingAfterDeductibleTerms) markUnknown(ctx, 'plan.coinsurance');
  const breakdown: CostBreakdown = {
    ...emptyBreakdown(),
    deductible: shared.deductible,
    copay: shared.copay,
    coinsurance: shared.coinsurance,
  };
  traceSharing(ctx, price, deductible, terms, shared, protectedOon);
  const charged = shared.deductible + shared.copay + shared.coinsurance;
  if (charged < shared.uncapped) {
    record(
      ctx,
      cap.binding?.startsWith('aca.') ? 'cost.aca-embedded-cap' : 'cost.oop-cap',
      charged,
      {
        'derived.roomUnderCap': Number.isFinite(cap.room) ? cap.room / 100 : null,
        'derived.bindingLimit': cap.binding,
      },
      'cost.oop-cap',
      { room: formatUsd(cap.room), uncapped: formatUsd(shared.uncapped), charged: formatUsd(charged) },
      cap.binding?.startsWith('aca.') ? 'embeddedOop' : 'costOrder',
    );
  }

  // Balance billing (RULES.md 4.1 step 7): out-of-network, no NSA protection; never capped.
  if (pricing === 'oon-sharing') {
    breakdown.balanceBilling = balanceBill(ctx, price, billed);
  }
  return breakdown;
}

function balanceBill(ctx: EvalContext, allowed: Cents, billed: Cents | null): Cents {
  const c = ctx.c;
  const facts = {
    'plan.kind': c.plan.kind,
    'service.billedCharge': c.service.billedCharge ?? null,
    'service.allowedAmount': c.service.allowedAmount ?? null,
  };
  if (c.plan.kind === 'medicaid-managed-care') {
    return record(
      ctx,
      'cost.medicaid-no-balance-billing',
      0,
      facts,
      'cost.medicaid-no-balance-bill',
      {},
      'medicaidCost',
    );
  }
  if (c.plan.kind === 'medicare-advantage') {
    // 42 CFR 422.100(b)(2): a non-contracted provider is paid what Original Medicare would pay.
    return record(ctx, 'cost.ma-oon-billing-limit', 0, facts, 'cost.ma-no-balance-bill', {}, 'maPpo');
  }
  if (billed === null) {
    markUnknown(ctx, 'service.billedCharge');
    return record(ctx, 'cost.balance-billing', 0, facts, 'cost.balance-bill-unknown', {}, 'oopExclusions');
  }
  const amount = billed > allowed ? billed - allowed : 0;
  return record(
    ctx,
    'cost.balance-billing',
    amount,
    facts,
    'cost.balance-bill',
    { amount: formatUsd(amount) },
    'oopExclusions',
  );
}

function sharingTerms(ctx: EvalContext, net: NetworkFacts): SharingTerms {
  const c = ctx.c;
  const plan = c.plan;
  const copayCents = toCentsOrNull(plan.copay);
  const rule = plan.copayAppliesBeforeDeductible ?? false;
  let before = rule === true;
  if (rule === 'first-3-visits') {
    // Healthfirst design: copay not subject to the deductible for office visits 1-3 of the plan year.
    const visit = c.service.officeVisitNumberThisYear ?? null;
    if (!net.opinionVisit) before = false;
    else if (visit === null) {
      markUnknown(ctx, 'service.officeVisitNumberThisYear');
      before = false;
    } else before = visit <= 3;
    record(
      ctx,
      'cost.first-3-visits-copay',
      before,
      { 'plan.copayAppliesBeforeDeductible': rule, 'service.officeVisitNumberThisYear': visit },
      before ? 'cost.first-visits-before' : 'cost.first-visits-after',
      { visit: visit ?? '?' },
      'firstVisits',
    );
  }
  if (before && plan.hsaQualified === true && !net.emergency) {
    // HSA-qualified HDHP: non-preventive care must meet the deductible first (RULES.md 2).
    before = false;
    record(
      ctx,
      'cost.hsa-deductible-first',
      false,
      { 'plan.hsaQualified': true },
      'cost.hsa-deductible-first',
      {},
      'hdhp',
    );
  }
  if (plan.hsaQualified === true) checkHdhpMinimum(ctx);
  return {
    copayCents,
    copayBeforeDeductible: before,
    lesserOf: plan.copayLesserOfAllowed === true,
    coinsurance: plan.coinsurance ?? null,
  };
}

/** Flags (in the trace only) a deductible below the IRS HDHP minimum for the year. */
function checkHdhpMinimum(ctx: EvalContext): void {
  const d = ctx.c.plan.deductible;
  const individual = toCentsOrNull(d?.individual);
  if (individual === null) return;
  const lookup = getFigure('hdhp.minDeductible.selfOnly', ctx.year);
  ctx.figures.push(figureUse(lookup));
  if (lookup.status === 'unknown') {
    markUnknown(ctx, `figures.hdhp.minDeductible.selfOnly.${ctx.year}`);
    return;
  }
  if (individual < lookup.figure.cents) {
    record(
      ctx,
      'cost.hdhp-minimum-deductible',
      false,
      { 'plan.deductible.individual': individual / 100 },
      'cost.hdhp-below-minimum',
      { deductible: formatUsd(individual), minimum: formatUsd(lookup.figure.cents), year: ctx.year },
      'hdhp',
    );
  }
}

function traceSharing(
  ctx: EvalContext,
  price: Cents,
  deductible: DeductibleState,
  terms: SharingTerms,
  shared: SharingResult,
  protectedOon: boolean,
): void {
  const c = ctx.c;
  if (protectedOon) {
    record(
      ctx,
      'cost.nsa-in-network-sharing',
      price,
      { 'service.recognizedAmount': c.service.recognizedAmount ?? null },
      'cost.nsa-sharing',
      { amount: formatUsd(price) },
      'nsa',
    );
  }
  if (terms.copayBeforeDeductible && terms.copayCents !== null) {
    record(
      ctx,
      terms.lesserOf ? 'cost.copay-lesser-of' : 'cost.copay-before-deductible',
      shared.copay,
      {
        'plan.copay': c.plan.copay ?? null,
        'plan.copayLesserOfAllowed': terms.lesserOf,
        'derived.priced': price / 100,
      },
      terms.lesserOf ? 'cost.copay-lesser-of' : 'cost.copay-before-deductible',
      { copay: formatUsd(shared.copay) },
      terms.lesserOf ? 'lesserOf' : 'costOrder',
    );
    return;
  }
  record(
    ctx,
    'cost.deductible',
    shared.deductible,
    {
      'derived.remainingDeductible': deductible.remaining / 100,
      'derived.deductibleBasis': deductible.basis,
      'derived.priced': price / 100,
    },
    'cost.deductible',
    {
      amount: formatUsd(shared.deductible),
      remaining: formatUsd(deductible.remaining),
      basis: deductible.basis,
    },
    deductible.basis === 'family-aggregate' || deductible.basis === 'embedded'
      ? 'deductibleVariants'
      : 'costOrder',
  );
  if (shared.copay > 0 || (terms.copayCents !== null && shared.coinsurance === 0)) {
    record(
      ctx,
      'cost.copay-after-deductible',
      shared.copay,
      { 'plan.copay': c.plan.copay ?? null },
      'cost.copay-after-deductible',
      { copay: formatUsd(shared.copay) },
      'costOrder',
    );
  } else if (terms.coinsurance !== null) {
    record(
      ctx,
      'cost.coinsurance',
      shared.coinsurance,
      { 'plan.coinsurance': terms.coinsurance },
      'cost.coinsurance',
      { amount: formatUsd(shared.coinsurance), percent: Math.round(terms.coinsurance * 10000) / 100 },
      'costOrder',
    );
  }
}
