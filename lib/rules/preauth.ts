/**
 * Prior authorization (RULES.md 3, decision order 9.5; meta.preAuthNeeded / meta.preAuthDecisionDueBy).
 * preAuthNeeded says whether PA or other plan approval (network exception, MA organization determination)
 * is required, whether or not it was already obtained. The plan's PA list wins; 'unknown' gives
 * 'check-plan'; emergency care never needs PA.
 */
import type { PreAuthDecisionDueBy, TriState } from '../model/assessment';
import { addCalendarDays, addHoursKeepingForm, isOnOrAfter } from './dates';
import type { NetworkFacts } from './network';
import { markUnknown, record, type EvalContext } from './trace';

/** CMS-0057-F: 7-day standard clock for MA and Medicaid (rating periods) from this date. */
export const CMS_0057_EFFECTIVE = '2026-01-01';
export const EXPEDITED_HOURS = 72;

export interface PreAuthResult {
  needed: TriState;
  /** The plan's PA list requires it for this service (so a PA request is the step, not a network exception). */
  planListRequires: boolean;
}

export function evaluatePreAuth(ctx: EvalContext, net: NetworkFacts): PreAuthResult {
  const c = ctx.c;
  const planListRequires =
    c.provider !== undefined &&
    c.plan.preAuthRequiredForService === 'required' &&
    !net.emergency &&
    !(net.medicareOriginal && net.opinionVisit) &&
    !(net.obgyn && !net.outOfNetwork && net.opinionVisit);
  return { needed: decidePreAuth(ctx, net), planListRequires };
}

function decidePreAuth(ctx: EvalContext, net: NetworkFacts): TriState {
  const c = ctx.c;
  const list = c.plan.preAuthRequiredForService ?? null;
  const facts = {
    'plan.preAuthRequiredForService': list,
    'service.kind': c.service.kind,
    'derived.approvalNeeded': net.approvalNeeded,
  };
  if (c.provider === undefined)
    return record(ctx, 'preauth.not-evaluated', null, facts, 'preauth.not-evaluated', {}, 'daVinciCrd');
  if (net.emergency)
    return record(
      ctx,
      'preauth.emergency-exception',
      false,
      facts,
      'preauth.emergency',
      {},
      'patientProtections',
    );
  if (net.approvalNeeded !== null) {
    return record(
      ctx,
      net.approvalNeeded === 'organization-determination'
        ? 'preauth.ma-organization-determination'
        : 'preauth.network-exception',
      true,
      facts,
      net.approvalNeeded === 'organization-determination'
        ? 'preauth.organization-determination'
        : 'preauth.network-exception',
      {},
      net.approvalNeeded === 'organization-determination' ? 'maHmo' : 'planTypes',
    );
  }
  if (net.medicareOriginal && net.opinionVisit) {
    return record(
      ctx,
      'preauth.original-medicare-opinion',
      false,
      facts,
      'preauth.original-medicare',
      {},
      'medicareSecondOpinion',
    );
  }
  if (net.obgyn && !net.outOfNetwork && net.opinionVisit) {
    return record(
      ctx,
      'preauth.obgyn-direct-access',
      false,
      facts,
      'preauth.obgyn',
      {},
      'patientProtections',
    );
  }
  if (list === 'required')
    return record(ctx, 'preauth.plan-list', true, facts, 'preauth.list-required', {}, 'daVinciCrd');
  if (list === 'not-required')
    return record(ctx, 'preauth.plan-list', false, facts, 'preauth.list-not-required', {}, 'daVinciCrd');
  markUnknown(ctx, 'plan.preAuthRequiredForService');
  return record(ctx, 'preauth.plan-list', 'check-plan', facts, 'preauth.list-unknown', {}, 'daVinciCrd');
}

/** Standard decision clock in days, or null when it cannot be known from the case. */
function standardDays(
  ctx: EvalContext,
  received: string,
): { days: number | null; ruleId: string; source: 'cms0057' | 'medicaidPaClock' | 'erisaClaims' } {
  const c = ctx.c;
  switch (c.plan.kind) {
    case 'medicare-advantage':
      return {
        days: isOnOrAfter(received, CMS_0057_EFFECTIVE) ? 7 : 14,
        ruleId: 'preauth.ma-clock',
        source: 'cms0057',
      };
    case 'medicaid-managed-care': {
      // Tied to the rating period start, not the request date (42 CFR 438.210(d)).
      const start = c.plan.ratingPeriodStart ?? null;
      if (start !== null) {
        return {
          days: isOnOrAfter(start, CMS_0057_EFFECTIVE) ? 7 : 14,
          ruleId: 'preauth.medicaid-rating-period-clock',
          source: 'medicaidPaClock',
        };
      }
      if (!isOnOrAfter(received, CMS_0057_EFFECTIVE)) {
        return { days: 14, ruleId: 'preauth.medicaid-rating-period-clock', source: 'medicaidPaClock' };
      }
      markUnknown(ctx, 'plan.ratingPeriodStart');
      return { days: null, ruleId: 'preauth.medicaid-rating-period-clock', source: 'medicaidPaClock' };
    }
    case 'employer-erisa':
    case 'aca-individual':
      // CMS-0057-F does not reach employer plans, nor QHPs on the FFEs: ERISA/ACA pre-service 15 days.
      return { days: 15, ruleId: 'preauth.erisa-aca-clock', source: 'erisaClaims' };
    case 'medicare-original':
      return { days: null, ruleId: 'preauth.original-medicare-no-clock', source: 'cms0057' };
  }
}

/** Decision due dates for a pending PA request (null unless one is pending). */
export function evaluatePreAuthDueBy(ctx: EvalContext): PreAuthDecisionDueBy | null {
  const c = ctx.c;
  const auth = c.authorizations ?? {};
  if (auth.preAuthStatus !== 'pending') return null;
  const received = auth.paRequestReceived ?? null;
  if (received === null) {
    markUnknown(ctx, 'authorizations.paRequestReceived');
    return null;
  }
  const clock = standardDays(ctx, received);
  const standard = clock.days === null ? null : addCalendarDays(received.slice(0, 10), clock.days);
  const expedited =
    c.plan.kind === 'medicare-original' ? null : addHoursKeepingForm(received, EXPEDITED_HOURS);
  record(
    ctx,
    clock.ruleId,
    standard,
    {
      'plan.kind': c.plan.kind,
      'plan.ratingPeriodStart': c.plan.ratingPeriodStart ?? null,
      'plan.onFederallyFacilitatedExchange': c.plan.onFederallyFacilitatedExchange ?? null,
      'authorizations.paRequestReceived': received,
    },
    clock.days === null ? 'preauth.clock-unknown' : 'preauth.clock',
    { days: clock.days ?? 0, standard: standard ?? '', expedited: expedited ?? '', received },
    clock.source,
  );
  return { standard, expedited };
}
