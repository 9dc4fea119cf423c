/**
 * Medical necessity and coverage class (RULES.md 1, 4.5): serious situations (cancer, major or
 * non-emergency surgery, complex diagnosis) make a second opinion a covered specialist visit; routine
 * problems may not qualify as a "second opinion benefit" (check plan, still payable as an ordinary visit);
 * cosmetic care is excluded. Medicare covers a third opinion when the first two disagree.
 */
import type { Coverage } from '../model/assessment';
import type { NetworkFacts } from './network';
import { markUnknown, record, type EvalContext } from './trace';

export interface NecessityResult {
  coverage: Coverage;
  /** The plan does not pay for the service at all (exclusion): the full charge is the patient's. */
  excluded: boolean;
}

export function evaluateNecessity(ctx: EvalContext, net: NetworkFacts): NecessityResult {
  const c = ctx.c;
  const category = c.service.diagnosisCategory ?? null;
  const facts = {
    'service.diagnosisCategory': category,
    'service.kind': c.service.kind,
    'service.priorOpinionsDisagree': c.service.priorOpinionsDisagree ?? null,
  };

  if (category === 'cosmetic') {
    record(
      ctx,
      'necessity.cosmetic-excluded',
      'not-covered',
      facts,
      'necessity.cosmetic',
      {},
      'medicareSecondOpinion',
    );
    return {
      excluded: true,
      coverage: { status: 'not-covered', necessityClass: 'excluded', messageKey: 'necessity.cosmetic' },
    };
  }

  if (net.medicareOriginal && c.service.kind === 'third-opinion') {
    const disagree = c.service.priorOpinionsDisagree;
    if (disagree === false) {
      record(
        ctx,
        'necessity.medicare-third-opinion',
        'not-covered',
        facts,
        'necessity.third-opinion-agree',
        {},
        'medicareSecondOpinion',
      );
      return {
        excluded: true,
        coverage: {
          status: 'not-covered',
          necessityClass: 'serious',
          messageKey: 'necessity.third-opinion-agree',
        },
      };
    }
    if (disagree !== true) markUnknown(ctx, 'service.priorOpinionsDisagree');
  }

  if (category === null) {
    markUnknown(ctx, 'service.diagnosisCategory');
    record(
      ctx,
      'necessity.class-unknown',
      'check-plan',
      facts,
      'necessity.unknown',
      {},
      'secondOpinionCoverage',
    );
    return {
      excluded: false,
      coverage: { status: 'check-plan', necessityClass: 'unknown', messageKey: 'necessity.unknown' },
    };
  }
  if (category === 'emergency' || net.emergency) {
    record(
      ctx,
      'necessity.emergency',
      'likely-covered',
      facts,
      'necessity.emergency',
      {},
      'patientProtections',
    );
    return {
      excluded: false,
      coverage: { status: 'likely-covered', necessityClass: 'emergency', messageKey: 'necessity.emergency' },
    };
  }
  if (category === 'routine') {
    record(
      ctx,
      'necessity.routine-check-plan',
      'check-plan',
      facts,
      'necessity.routine',
      {},
      'secondOpinionCoverage',
    );
    return {
      excluded: false,
      coverage: { status: 'check-plan', necessityClass: 'routine', messageKey: 'necessity.routine' },
    };
  }
  record(
    ctx,
    'necessity.serious-condition',
    'likely-covered',
    facts,
    'necessity.serious',
    { category },
    'secondOpinionCoverage',
  );
  return {
    excluded: false,
    coverage: { status: 'likely-covered', necessityClass: 'serious', messageKey: 'necessity.serious' },
  };
}

/**
 * Mandatory second surgical opinion programs (RULES.md 1; CARC 61): surgery without a documented second
 * opinion risks a penalty. Returns true when the penalty risk applies.
 */
export function evaluateMandatorySecondOpinion(ctx: EvalContext, net: NetworkFacts): boolean {
  const c = ctx.c;
  if (c.plan.mandatorySecondOpinionProgram !== true || c.service.kind !== 'surgery' || net.emergency)
    return false;
  const documented = c.authorizations?.secondOpinionDocumented ?? null;
  if (documented === null) markUnknown(ctx, 'authorizations.secondOpinionDocumented');
  const atRisk = documented !== true;
  record(
    ctx,
    'necessity.mandatory-second-opinion',
    atRisk,
    { 'plan.mandatorySecondOpinionProgram': true, 'authorizations.secondOpinionDocumented': documented },
    atRisk ? 'necessity.mandatory-second-opinion-missing' : 'necessity.mandatory-second-opinion-done',
    {},
    'mandatorySecondOpinion',
  );
  return atRisk;
}
