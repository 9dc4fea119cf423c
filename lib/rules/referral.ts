/**
 * Referral rules (RULES.md 2, decision order 9.3; meta.referralNeeded):
 * the plan's own SBC answer wins over the plan-type default; emergency care and in-network OB/GYN care
 * never need a referral (45 CFR 147.138); Original Medicare never does; out-of-network self-referral in
 * a POS plan varies by plan ("check-plan").
 */
import type { TriState } from '../model/assessment';
import type { NetworkFacts } from './network';
import { PLAN_TYPE_DEFAULTS } from './network';
import { markUnknown, record, type EvalContext } from './trace';

export function evaluateReferral(ctx: EvalContext, net: NetworkFacts): TriState {
  const c = ctx.c;
  const sbc = c.plan.sbcReferralRequired ?? null;
  const facts = {
    'plan.type': c.plan.type,
    'plan.sbcReferralRequired': sbc,
    'provider.networkStatus': c.provider?.networkStatus ?? null,
    'provider.role': c.provider?.role ?? null,
  };

  if (c.provider === undefined) {
    // No provider means no visit to judge (e.g. an SBC coverage example): not evaluated.
    return record(ctx, 'referral.not-evaluated', null, facts, 'referral.not-evaluated', {}, 'planTypes');
  }
  if (net.emergency)
    return record(
      ctx,
      'referral.emergency-exception',
      false,
      facts,
      'referral.emergency',
      {},
      'patientProtections',
    );
  if (net.medicareOriginal) {
    return record(
      ctx,
      'referral.original-medicare',
      false,
      facts,
      'referral.original-medicare',
      {},
      'medicareSecondOpinion',
    );
  }
  if (net.obgyn && !net.outOfNetwork) {
    return record(
      ctx,
      'referral.obgyn-direct-access',
      false,
      facts,
      'referral.obgyn',
      {},
      'patientProtections',
    );
  }
  if (c.plan.type === 'POS' && net.outOfNetwork) {
    return record(
      ctx,
      'referral.pos-oon-self-referral',
      'check-plan',
      facts,
      'referral.pos-oon',
      {},
      'planTypes',
    );
  }
  if (sbc !== null) {
    return record(
      ctx,
      'referral.sbc-answer',
      sbc,
      facts,
      sbc ? 'referral.sbc-yes' : 'referral.sbc-no',
      {},
      'planTypes',
    );
  }
  const fallback = PLAN_TYPE_DEFAULTS[c.plan.type].referral;
  if (fallback === 'check-plan') markUnknown(ctx, 'plan.sbcReferralRequired');
  return record(
    ctx,
    'referral.plan-type-default',
    fallback,
    facts,
    fallback === 'check-plan'
      ? 'referral.default-check'
      : fallback
        ? 'referral.default-yes'
        : 'referral.default-no',
    { type: c.plan.type },
    c.plan.kind === 'medicare-advantage' ? 'maHmo' : 'planTypes',
  );
}
