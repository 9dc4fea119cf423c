/**
 * Appeal paths and deadlines (RULES.md 6.1-6.3; decision order 9.8-9.9; meta.dates, meta.daysLeft).
 * Windows: ERISA/ACA internal appeal 180 days; external review 4 months (fifth-month rule); Medicare
 * Advantage reconsideration 65 days (60 for notices before 2025); Original Medicare redetermination
 * 120 days from receipt (notice + 5 days presumed), QIC 180 days; Medicaid plan appeal 60 days, state
 * fair hearing 120 days. A deadline printed on the notice always wins.
 */
import type { Appeal, AppealLevel, DocumentCode, NextStepCode } from '../model/assessment';
import { INFORMATIONAL_STEPS, NEXT_STEP_CODES } from '../model/assessment';
import type { Claim, PlanKind } from '../model/case';
import { addCalendarDays, addMonthsFifthMonthRule, daysLeft, isOnOrAfter, presumedReceipt } from './dates';
import type { AppealSpec, ClaimReading, DenialPath, Resolution } from './reason-codes';
import type { SourceId } from './sources';
import { markUnknown, record, type EvalContext } from './trace';
import type { MessageKey } from './messages';

/** MA reconsideration window changed from 60 to 65 days for notices from this date (RULES.md 6.1, 8.1). */
export const MA_65_DAY_EFFECTIVE = '2025-01-01';

const STEP_ORDER = Object.fromEntries(NEXT_STEP_CODES.map((code, i) => [code, i])) as Record<
  NextStepCode,
  number
>;

/** De-duplicate and sort steps into the canonical order of meta.nextStepCodes (lists are tiny: insertion). */
export function orderSteps(steps: readonly NextStepCode[]): NextStepCode[] {
  const out: NextStepCode[] = [];
  for (const step of steps) {
    if (out.includes(step)) continue;
    const rank = STEP_ORDER[step];
    let i = out.length;
    while (i > 0 && STEP_ORDER[out[i - 1] as NextStepCode] > rank) i--;
    out.splice(i, 0, step);
  }
  return out;
}

/** Steps the user has to act on (informational ones do not count): Assessment.actionsNeeded. */
export function countActions(steps: readonly NextStepCode[]): number {
  let n = 0;
  for (const step of steps) if (!INFORMATIONAL_STEPS.has(step)) n++;
  return n;
}

export function noDenial(steps: readonly NextStepCode[]): Appeal {
  return {
    status: 'no-denial',
    possible: false,
    level: null,
    deadline: null,
    daysLeft: null,
    nextSteps: orderSteps(steps),
  };
}

interface Window {
  level: AppealLevel;
  deadline: string | null;
  ruleId: string;
  messageKey: MessageKey;
  source: SourceId;
  /** The next level happens without a filing (MA: upheld reconsiderations go to the IRE). */
  automatic: boolean;
}

/** The filing window for the next level of this plan kind, anchored on the notice (or its receipt). */
export function filingWindow(
  ctx: EvalContext,
  kind: PlanKind,
  final: boolean,
  claim: Pick<Claim, 'noticeDate' | 'noticeReceivedDate' | 'appealBy'> | null,
): Window {
  const notice = claim?.noticeDate ?? null;
  const received = claim?.noticeReceivedDate ?? null;
  const anchor = received ?? notice;
  // A fresh object per call (w()), so the deadline is set on it rather than copied into another.
  const base = chainWindow(kind, final, notice);
  const facts = {
    'plan.kind': kind,
    'claim.noticeDate': notice,
    'claim.noticeReceivedDate': received,
    'claim.finalInternalDenial': final,
    'claim.appealBy': claim?.appealBy ?? null,
  };
  if (base.automatic) {
    record(ctx, base.ruleId, null, facts, base.messageKey, {}, base.source);
    return base;
  }
  const printed = claim?.appealBy ?? null;
  if (printed !== null) {
    record(
      ctx,
      'appeal.printed-deadline',
      printed,
      facts,
      'appeal.printed-deadline',
      { deadline: printed },
      'appealSteps',
    );
    base.deadline = printed;
    return base;
  }
  if (anchor === null) {
    markUnknown(ctx, 'claim.noticeDate');
    record(ctx, base.ruleId, null, facts, 'appeal.deadline-unknown', {}, base.source);
    return base;
  }
  let deadline: string;
  let anchorUsed = anchor;
  switch (base.ruleId) {
    case 'appeal.external-review-4m':
      deadline = addMonthsFifthMonthRule(anchor, 4);
      break;
    case 'appeal.om-redetermination-120d':
    case 'appeal.om-qic-180d':
      // 42 CFR 405.942: receipt presumed 5 days after the notice date unless a receipt date is known.
      anchorUsed = received ?? presumedReceipt(anchor);
      deadline = addCalendarDays(anchorUsed, base.ruleId === 'appeal.om-qic-180d' ? 180 : 120);
      break;
    default:
      deadline = addCalendarDays(anchor, windowDays(base.ruleId));
  }
  record(
    ctx,
    base.ruleId,
    deadline,
    {
      'plan.kind': kind,
      'claim.noticeDate': notice,
      'claim.noticeReceivedDate': received,
      'claim.finalInternalDenial': final,
      'claim.appealBy': facts['claim.appealBy'],
      'derived.anchor': anchorUsed,
    },
    base.messageKey,
    { deadline, anchor: anchorUsed },
    base.source,
  );
  base.deadline = deadline;
  return base;
}

function windowDays(ruleId: string): number {
  switch (ruleId) {
    case 'appeal.erisa-internal-180d':
      return 180;
    case 'appeal.ma-reconsideration-65d':
      return 65;
    case 'appeal.ma-reconsideration-60d':
      return 60;
    case 'appeal.medicaid-plan-appeal-60d':
      return 60;
    case 'appeal.medicaid-state-fair-hearing-120d':
      return 120;
    default:
      return 0;
  }
}

function w(
  level: AppealLevel,
  ruleId: string,
  messageKey: MessageKey,
  source: SourceId,
  automatic = false,
): Window {
  return { level, deadline: null, ruleId, messageKey, source, automatic };
}

function chainWindow(kind: PlanKind, final: boolean, notice: string | null): Window {
  switch (kind) {
    case 'employer-erisa':
    case 'aca-individual':
      return final
        ? w('external-review', 'appeal.external-review-4m', 'appeal.external-review-4m', 'externalReview')
        : w('internal-appeal', 'appeal.erisa-internal-180d', 'appeal.internal-180d', 'erisaAppeal');
    case 'medicare-advantage':
      if (final)
        return w('external-review', 'appeal.ma-ire-automatic', 'appeal.ma-ire-automatic', 'maAppeal', true);
      return notice !== null && !isOnOrAfter(notice, MA_65_DAY_EFFECTIVE)
        ? w(
            'ma-reconsideration',
            'appeal.ma-reconsideration-60d',
            'appeal.ma-reconsideration-60d',
            'maAppeal',
          )
        : w(
            'ma-reconsideration',
            'appeal.ma-reconsideration-65d',
            'appeal.ma-reconsideration-65d',
            'maAppeal',
          );
    case 'medicare-original':
      return final
        ? w('external-review', 'appeal.om-qic-180d', 'appeal.om-qic-180d', 'omAppeal')
        : w(
            'medicare-redetermination',
            'appeal.om-redetermination-120d',
            'appeal.om-redetermination-120d',
            'omAppeal',
          );
    case 'medicaid-managed-care':
      return final
        ? w(
            'external-review',
            'appeal.medicaid-state-fair-hearing-120d',
            'appeal.medicaid-fair-hearing-120d',
            'medicaidAppeal',
          )
        : w(
            'plan-appeal',
            'appeal.medicaid-plan-appeal-60d',
            'appeal.medicaid-plan-appeal-60d',
            'medicaidAppeal',
          );
  }
}

/** Steps of the appeal chain for this plan kind (RULES.md 6.3; the order of meta.nextStepCodes). */
export function chainSteps(kind: PlanKind, final: boolean, spec: AppealSpec): NextStepCode[] | null {
  const appealStep: NextStepCode = spec.withLmn ? 'INTERNAL_APPEAL_WITH_LMN' : 'INTERNAL_APPEAL';
  switch (kind) {
    case 'employer-erisa':
    case 'aca-individual':
      if (final) return spec.externalReview ? ['EXTERNAL_REVIEW'] : null;
      return [
        'REQUEST_DENIAL_LETTER',
        ...spec.prefix,
        appealStep,
        ...(spec.externalReview ? (['EXTERNAL_REVIEW'] as const) : []),
      ];
    case 'medicare-advantage':
      // Medicare's own chain: the plan reconsiders, an upheld decision goes to the IRE automatically.
      return final ? ['IRE_AUTO_REVIEW'] : ['REQUEST_DENIAL_LETTER', 'MA_RECONSIDERATION', 'IRE_AUTO_REVIEW'];
    case 'medicare-original':
      return final ? ['EXTERNAL_REVIEW'] : ['REQUEST_DENIAL_LETTER', 'MEDICARE_REDETERMINATION'];
    case 'medicaid-managed-care':
      return final
        ? ['STATE_FAIR_HEARING']
        : ['REQUEST_DENIAL_LETTER', ...spec.prefix, appealStep, 'STATE_FAIR_HEARING'];
  }
}

export interface AppealOutcome {
  appeal: Appeal;
  documents: DocumentCode[];
}

const LMN_DOCS: DocumentCode[] = [
  'LETTER_OF_MEDICAL_NECESSITY',
  'CLINICAL_RECORDS',
  'GUIDELINES_OR_LITERATURE',
  'SECOND_OPINION_REPORT',
];

/** Appeal through the plan's chain: window, deadline, daysLeft, expiry. */
export function appealThroughChain(
  ctx: EvalContext,
  kind: PlanKind,
  final: boolean,
  spec: AppealSpec,
  path: DenialPath,
  claim: Claim | null,
  paDenial: boolean,
): AppealOutcome {
  const steps = chainSteps(kind, final, spec);
  const documents = appealDocuments(ctx, spec, path);
  if (steps === null) {
    // Final internal denial on administrative grounds: federal external review does not cover it.
    record(
      ctx,
      'appeal.external-review-not-eligible',
      'not-appealable',
      { 'claim.finalInternalDenial': true, 'derived.path': path },
      'appeal.external-not-eligible',
      {},
      'appealSteps',
    );
    return {
      appeal: {
        status: 'not-appealable',
        possible: false,
        level: null,
        deadline: null,
        daysLeft: null,
        nextSteps: ['CONSUMER_ASSISTANCE'],
      },
      documents,
    };
  }
  const window = filingWindow(ctx, kind, final, claim);
  if (window.deadline === null) {
    return {
      appeal: {
        status: 'open',
        possible: true,
        level: window.level,
        deadline: null,
        daysLeft: null,
        nextSteps: orderSteps(steps),
      },
      documents,
    };
  }
  const left = daysLeft(window.deadline, ctx.today);
  if (left < 0) {
    const late: NextStepCode[] = ['REQUEST_LATE_REVIEW_GOOD_CAUSE', 'CONSUMER_ASSISTANCE'];
    if (paDenial) late.push('NEW_PA_REQUEST_IF_NEW_EVIDENCE');
    record(
      ctx,
      'appeal.expired',
      left,
      { 'derived.deadline': window.deadline, today: ctx.today },
      'appeal.expired',
      { deadline: window.deadline, days: -left },
      'appealSteps',
    );
    return {
      appeal: {
        status: 'expired',
        possible: false,
        level: window.level,
        deadline: window.deadline,
        daysLeft: left,
        nextSteps: orderSteps(late),
      },
      documents,
    };
  }
  return {
    appeal: {
      status: 'open',
      possible: true,
      level: window.level,
      deadline: window.deadline,
      daysLeft: left,
      nextSteps: orderSteps(steps),
    },
    documents,
  };
}

function appealDocuments(ctx: EvalContext, spec: AppealSpec, path: DenialPath): DocumentCode[] {
  const docs: DocumentCode[] = ['WRITTEN_DENIAL', 'CRITERIA_USED', 'CLAIM_FILE'];
  if (spec.withLmn) docs.push(...LMN_DOCS);
  if (path === 'second-opinion-penalty')
    docs.push('SECOND_OPINION_REPORT', 'PROOF_OF_EMERGENCY_OR_EXEMPTION');
  if (path === 'network-exception') docs.push('NO_IN_NETWORK_EXPERTISE_EVIDENCE');
  if (ctx.c.authorizations?.abnSigned === true) docs.push('ABN_COPY');
  return docs.filter((doc, i) => docs.indexOf(doc) === i);
}

/** Assessment.appeal for a processed claim or PA decision. */
export function evaluateClaimAppeal(
  ctx: EvalContext,
  claim: Claim,
  reading: ClaimReading,
  nsaProtected: boolean | null,
): AppealOutcome {
  const kind = claim.planKindForDeadlines ?? ctx.c.plan.kind;
  const final = claim.finalInternalDenial === true;
  const patientOwes =
    reading.patient.deductible +
      reading.patient.copay +
      reading.patient.coinsurance +
      reading.patient.balanceBilling +
      reading.patient.nonCovered >
    0;
  const facts = {
    'claim.status': claim.status,
    'claim.adjustments': reading.codes,
    'claim.rarc': claim.rarc ?? [],
    'claim.denialReason': claim.denialReason ?? null,
  };

  // An NSA-protected service billed with a PR-45 balance bill: the bill itself is the error to contest.
  if (reading.path === null && nsaProtected === true && reading.patientBalanceBill) {
    record(ctx, 'appeal.nsa-balance-bill-dispute', 'open', facts, 'appeal.nsa-dispute', {}, 'nsa');
    const outcome = appealThroughChain(
      ctx,
      kind,
      final,
      { prefix: ['NSA_PROTECTED'], withLmn: false, externalReview: true },
      'unknown',
      claim,
      false,
    );
    return outcome;
  }

  if (reading.path === null) {
    // Only cost sharing and contractual lines: nothing to dispute (meta.claims).
    const steps: NextStepCode[] = [];
    if (patientOwes) steps.push('PATIENT_RESPONSIBILITY');
    // The write-off is called out when it is the claim's story; on deductible/coinsurance claims the
    // allowed-amount basis already explains the bill (cases SO-055 vs SO-056).
    if (reading.hasContractualWriteOff && !reading.hasDeductibleOrCoinsurance)
      steps.push('PROVIDER_WRITE_OFF');
    record(
      ctx,
      'reason-codes.cost-sharing-only',
      'not-appealable',
      facts,
      patientOwes ? 'reason-codes.cost-sharing' : 'reason-codes.nothing-owed',
      {},
      'carc',
    );
    return {
      appeal: {
        status: 'not-appealable',
        possible: false,
        level: null,
        deadline: null,
        daysLeft: null,
        nextSteps: orderSteps(steps),
      },
      documents: [],
    };
  }

  record(
    ctx,
    'reason-codes.classify',
    reading.path,
    facts,
    reading.carc === null ? 'reason-codes.by-reason' : 'reason-codes.by-carc',
    { path: reading.path, carc: reading.carc ?? '', reason: claim.denialReason ?? claim.status },
    'carc',
  );

  if (reading.resolution !== null) return resolved(reading.resolution, patientOwes);

  const spec = reading.appeal ?? { prefix: [], withLmn: false, externalReview: false };
  return appealThroughChain(ctx, kind, final, spec, reading.path, claim, claim.status === 'pa-denied');
}

function resolved(resolution: Resolution, patientOwes: boolean): AppealOutcome {
  const steps = [...resolution.steps];
  if (patientOwes && (resolution.status === 'not-appealable' || resolution.status === 'provider-only')) {
    steps.push('PATIENT_RESPONSIBILITY');
  }
  const documents: DocumentCode[] =
    resolution.level === 'corrected-claim' || resolution.level === 'new-claim'
      ? ['CORRECTED_CLAIM_DATA']
      : [];
  return {
    appeal: {
      status: resolution.status,
      possible: false,
      level: resolution.level,
      deadline: null,
      daysLeft: null,
      nextSteps: orderSteps(steps),
    },
    documents,
  };
}
