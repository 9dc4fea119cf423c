/**
 * Original Medicare Part B cost (RULES.md 4.5; decision order 9.7): Part B deductible, then 20% of the
 * Medicare-approved amount, no annual out-of-pocket maximum. A non-participating doctor who does not
 * accept assignment is paid 95% of the participating fee and may charge up to the limiting charge
 * (115% of that amount); the patient also pays the gap up to the limiting charge (42 CFR 414.48).
 */
import { figureUse, getFigure } from './figures';
import { formatUsd, minCents, percentOf, roomUnder, toCentsOrNull, type Cents } from './money';
import { emptyBreakdown, type CostBreakdown } from './cost';
import { markUnknown, record, type EvalContext } from './trace';

export const NON_PAR_FEE_FRACTION = 0.95;
export const LIMITING_CHARGE_FRACTION = 1.15;
export const PART_B_COINSURANCE = 0.2;

export interface LimitingCharge {
  /** Medicare-approved amount for a non-participating provider (95% of the participating fee). */
  approved: Cents;
  /** The most the provider may charge: 115% of the non-participating amount. */
  limitingCharge: Cents;
}

/** From the participating fee: $100.00 -> approved $95.00, limiting charge $109.25. */
export function limitingChargeFromParFee(participatingFee: Cents): LimitingCharge {
  const approved = percentOf(participatingFee, NON_PAR_FEE_FRACTION);
  return { approved, limitingCharge: percentOf(approved, LIMITING_CHARGE_FRACTION) };
}

/** Estimate for Original Medicare without a processed claim. Null = not priced. */
export function estimateOriginalMedicare(ctx: EvalContext, excluded: boolean): CostBreakdown | null {
  const c = ctx.c;
  const s = c.service;
  const status = c.provider?.networkStatus ?? 'medicare-participating';
  const billed = toCentsOrNull(s.billedCharge);
  const facts = {
    'provider.networkStatus': status,
    'provider.participatingFeeScheduleAmount': c.provider?.participatingFeeScheduleAmount ?? null,
    'service.allowedAmount': s.allowedAmount ?? null,
    'service.billedCharge': s.billedCharge ?? null,
  };

  // Excluded services, and doctors outside Medicare (opted out), are not paid by Medicare at all.
  if (excluded || status === 'out-of-network') {
    if (billed === null) {
      markUnknown(ctx, 'service.billedCharge');
      record(ctx, 'cost.not-priced', null, facts, 'cost.not-priced', {}, 'medicareSecondOpinion');
      return null;
    }
    record(
      ctx,
      excluded ? 'cost.not-covered-full-charge' : 'medicare-cost.not-a-medicare-provider',
      billed,
      facts,
      excluded ? 'cost.not-covered' : 'medicare-cost.not-medicare-provider',
      { amount: formatUsd(billed) },
      'medicareSecondOpinion',
    );
    return { ...emptyBreakdown(), nonCovered: billed };
  }

  let approved: Cents | null;
  let balanceBilling = 0;
  if (status === 'medicare-nonparticipating-not-assigned') {
    const parFee = toCentsOrNull(c.provider?.participatingFeeScheduleAmount);
    const allowed = toCentsOrNull(s.allowedAmount);
    let limits: LimitingCharge | null = null;
    if (parFee !== null) limits = limitingChargeFromParFee(parFee);
    else if (allowed !== null)
      limits = { approved: allowed, limitingCharge: percentOf(allowed, LIMITING_CHARGE_FRACTION) };
    if (limits === null) {
      markUnknown(ctx, 'provider.participatingFeeScheduleAmount');
      record(ctx, 'cost.not-priced', null, facts, 'cost.not-priced', {}, 'limitingCharge');
      return null;
    }
    approved = limits.approved;
    if (billed === null) markUnknown(ctx, 'service.billedCharge');
    // The provider may charge up to the limiting charge; a lower charge is all that can be billed.
    const charge = billed === null ? limits.limitingCharge : minCents(billed, limits.limitingCharge);
    balanceBilling = charge > approved ? charge - approved : 0;
    record(
      ctx,
      'medicare-cost.limiting-charge',
      balanceBilling,
      facts,
      'medicare-cost.limiting-charge',
      {
        approved: formatUsd(approved),
        limit: formatUsd(limits.limitingCharge),
        gap: formatUsd(balanceBilling),
      },
      'limitingCharge',
    );
  } else {
    approved = toCentsOrNull(s.allowedAmount) ?? toCentsOrNull(c.provider?.participatingFeeScheduleAmount);
    if (approved === null) {
      markUnknown(ctx, 'service.allowedAmount');
      record(ctx, 'cost.not-priced', null, facts, 'cost.not-priced', {}, 'medicareSecondOpinion');
      return null;
    }
  }

  // Part B deductible: the plan data wins; otherwise the dated figure for the year (never another year's).
  const lookup = getFigure('medicare.partB.deductible', ctx.year);
  ctx.figures.push(figureUse(lookup));
  const d = c.plan.deductible;
  let deductible = toCentsOrNull(d?.individual);
  if (deductible === null) {
    if (lookup.status === 'unknown') {
      markUnknown(ctx, `figures.medicare.partB.deductible.${ctx.year}`);
      record(
        ctx,
        'figures.unknown-year',
        null,
        { 'figure.id': lookup.id, 'figure.year': ctx.year },
        'figures.unknown-year',
        { id: lookup.id, year: ctx.year },
        'partB',
      );
      return null;
    }
    deductible = lookup.figure.cents;
  }
  const met = toCentsOrNull(d?.individualMet);
  if (met === null) markUnknown(ctx, 'plan.deductible.individualMet');
  const remaining = roomUnder(deductible, met ?? 0);
  const deductiblePart = minCents(approved, remaining);
  const coinsuranceRate = c.plan.coinsurance ?? PART_B_COINSURANCE;
  const coinsurancePart = percentOf(approved - deductiblePart, coinsuranceRate);
  record(
    ctx,
    'medicare-cost.part-b-deductible',
    deductiblePart,
    {
      'plan.deductible.individual': deductible / 100,
      'plan.deductible.individualMet': d?.individualMet ?? null,
    },
    'medicare-cost.part-b-deductible',
    { amount: formatUsd(deductiblePart), deductible: formatUsd(deductible), year: ctx.year },
    'partB',
  );
  record(
    ctx,
    'medicare-cost.part-b-coinsurance',
    coinsurancePart,
    { 'plan.coinsurance': coinsuranceRate, 'derived.approved': approved / 100 },
    'medicare-cost.part-b-coinsurance',
    { amount: formatUsd(coinsurancePart), percent: Math.round(coinsuranceRate * 10000) / 100 },
    'medicareSecondOpinion',
  );
  record(
    ctx,
    'medicare-cost.no-oop-max',
    null,
    { 'plan.oopMax.individual': c.plan.oopMax?.individual ?? null },
    'medicare-cost.no-oop-max',
    {},
    'partB',
  );
  return { ...emptyBreakdown(), deductible: deductiblePart, coinsurance: coinsurancePart, balanceBilling };
}
