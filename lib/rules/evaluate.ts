/**
 * The engine: evaluate(Case) -> Assessment. Pure and deterministic: the only clock is `case.today`.
 * Decision order follows RULES.md 9: payer kind and year -> emergency -> NSA -> network -> referral ->
 * PA -> medical necessity -> cost (or the claim's PR lines) -> appeal path and deadlines.
 * No zod parsing here: callers parse once at their boundary (CLI, messages, storage).
 */
import type {
  Appeal,
  Assessment,
  Coverage,
  DocumentCode,
  NextStepCode,
  OutOfPocket,
} from '../model/assessment';
import { isResolvedCase, type Case, type ResolvedCase } from '../model/case';
import { appealThroughChain, countActions, noDenial, type AppealOutcome } from './appeal';
import { evaluateClaimAppeal } from './appeal';
import { estimateManagedCare, totalCents, type CostBreakdown } from './cost';
import { estimateOriginalMedicare } from './medicare-cost';
import { toDollars } from './money';
import { evaluateMandatorySecondOpinion, evaluateNecessity } from './necessity';
import { evaluateNetwork, type NetworkFacts } from './network';
import { evaluateNsa } from './nsa';
import { evaluatePreAuth, evaluatePreAuthDueBy, type PreAuthResult } from './preauth';
import { readClaim, routeForDenialReason } from './reason-codes';
import { evaluateReferral } from './referral';
import { createContext, record, type EvalContext } from './trace';
import { mergeAssessments, resolveCase } from './unknown-facts';

/**
 * A Case whose plan kind, plan type or service kind is unknown is evaluated for each value it can take and the
 * answers are merged (unknown-facts.ts): what every possibility agrees on stands, the rest says 'check-plan'.
 */
export function evaluate(input: Case): Assessment {
  if (isResolvedCase(input)) return evaluateResolved(input);
  const resolution = resolveCase(input);
  return mergeAssessments(
    input,
    resolution,
    resolution.variants.map((variant) => evaluateResolved(variant.c)),
  );
}

function evaluateResolved(input: ResolvedCase): Assessment {
  const ctx = createContext(input);
  const c = input;
  const nsaProtected = evaluateNsa(ctx);
  const net = evaluateNetwork(ctx, nsaProtected);
  const referralNeeded = evaluateReferral(ctx, net);
  const preAuth = evaluatePreAuth(ctx, net);
  const preAuthDecisionDueBy = evaluatePreAuthDueBy(ctx);
  const necessity = evaluateNecessity(ctx, net);
  const penaltyRisk = evaluateMandatorySecondOpinion(ctx, net);

  let breakdown: CostBreakdown | null;
  let outcome: AppealOutcome;
  const claim = c.claim ?? null;
  if (claim !== null) {
    const reading = readClaim(claim);
    if ((claim.adjustments ?? []).length > 0) {
      breakdown = reading.patient;
      record(
        ctx,
        'cost.claim-pr-amounts',
        totalCents(reading.patient),
        { 'claim.adjustments': reading.codes },
        'cost.claim-pr',
        {},
        'carc',
      );
    } else if (claim.status === 'paid' || claim.status === 'partially-paid') {
      breakdown = estimate(ctx, net, necessity.excluded);
    } else {
      // A denial without amounts (e.g. a PA decision before the service) is not priced.
      breakdown = null;
      record(
        ctx,
        'cost.not-priced',
        null,
        { 'claim.status': claim.status },
        'cost.not-priced-claim',
        {},
        'carc',
      );
    }
    outcome = evaluateClaimAppeal(ctx, claim, reading, nsaProtected);
  } else {
    breakdown = estimate(ctx, net, necessity.excluded);
    if (c.authorizations?.preAuthStatus === 'denied') {
      // A PA denial known only from the portal status: appealable, but the notice date is missing.
      const route = routeForDenialReason(null, 'pa-denied');
      record(
        ctx,
        'reason-codes.classify',
        route.path,
        { 'authorizations.preAuthStatus': 'denied' },
        'reason-codes.pa-denied-status',
        {},
        'carc',
      );
      outcome = appealThroughChain(
        ctx,
        c.plan.kind,
        false,
        route.appeal ?? { prefix: [], withLmn: true, externalReview: true },
        route.path,
        null,
        true,
      );
    } else {
      record(ctx, 'appeal.no-denial', 'no-denial', { claim: null }, 'appeal.no-denial', {}, 'appealSteps');
      outcome = {
        appeal: noDenial(preServiceSteps(ctx, net, preAuth, referralNeeded, nsaProtected)),
        documents: [],
      };
    }
  }

  const coverage = coverageFor(net, necessity.coverage);
  const documents = {
    priorAuth: priorAuthDocuments(preAuth, net),
    appeal: outcome.documents,
    secondOpinion: secondOpinionDocuments(ctx, net, referralNeeded, penaltyRisk),
  };
  const appeal: Appeal = outcome.appeal;
  const assessment: Assessment = {
    referralNeeded,
    preAuthNeeded: preAuth.needed,
    nsaProtected,
    preAuthDecisionDueBy,
    appeal,
    outOfPocket: breakdown === null ? null : toOutOfPocket(breakdown),
    coverage,
    documents,
    actionsNeeded: countActions(appeal.nextSteps),
    unknownFacts: ctx.unknownFacts,
    figures: ctx.figures,
    trace: ctx.trace,
  };
  if (c.id !== undefined) assessment.id = c.id;
  return assessment;
}

/** Evaluate several cases (already parsed), in order. */
export function evaluateMany(cases: readonly Case[]): Assessment[] {
  const out: Assessment[] = new Array<Assessment>(cases.length);
  for (let i = 0; i < cases.length; i++) out[i] = evaluate(cases[i] as Case);
  return out;
}

function estimate(ctx: EvalContext, net: NetworkFacts, excluded: boolean): CostBreakdown | null {
  return net.medicareOriginal
    ? estimateOriginalMedicare(ctx, excluded)
    : estimateManagedCare(ctx, net, excluded);
}

export function toOutOfPocket(b: CostBreakdown): OutOfPocket {
  return {
    deductible: toDollars(b.deductible),
    copay: toDollars(b.copay),
    coinsurance: toDollars(b.coinsurance),
    balanceBilling: toDollars(b.balanceBilling),
    nonCovered: toDollars(b.nonCovered),
    total: toDollars(totalCents(b)),
  };
}

/** Steps before any denial (meta.nextStepCodes; ordered canonically by noDenial). */
function preServiceSteps(
  ctx: EvalContext,
  net: NetworkFacts,
  preAuth: PreAuthResult,
  referralNeeded: boolean | 'check-plan' | null,
  nsaProtected: boolean | null,
): NextStepCode[] {
  const c = ctx.c;
  const auth = c.authorizations ?? {};
  const steps: NextStepCode[] = [];
  if (referralNeeded === true && auth.referralOnFile !== true) steps.push('OBTAIN_REFERRAL');
  const blockedOutOfNetwork = net.access === 'oon-not-covered' || net.access === 'oon-check-plan';
  if (blockedOutOfNetwork) {
    if (auth.inNetworkAlternativeAvailable !== false) steps.push('USE_IN_NETWORK_PROVIDER');
    steps.push(
      net.approvalNeeded === 'organization-determination'
        ? 'REQUEST_ORGANIZATION_DETERMINATION'
        : 'REQUEST_NETWORK_EXCEPTION',
    );
  } else if (net.access === 'oon-medicaid-arranged') {
    steps.push('REQUEST_NETWORK_EXCEPTION');
  }
  const status = auth.preAuthStatus ?? 'none';
  if (status === 'pending') steps.push('AWAIT_DECISION');
  else if (preAuth.planListRequires && status === 'none' && !blockedOutOfNetwork)
    steps.push('REQUEST_PRIOR_AUTH');
  if (net.opinionVisit) steps.push('SEND_RECORDS');
  if (nsaProtected === true) steps.push('NSA_PROTECTED');
  const commercial = c.plan.kind === 'employer-erisa' || c.plan.kind === 'aca-individual';
  if (
    (net.access === 'oon-covered' && commercial) ||
    (net.medicareOriginal && c.provider?.networkStatus === 'medicare-nonparticipating-not-assigned')
  ) {
    steps.push('EXPECT_BALANCE_BILL');
  }
  return steps;
}

function coverageFor(net: NetworkFacts, necessity: Coverage): Coverage {
  if (necessity.status === 'not-covered') return necessity;
  if (net.access === 'oon-not-covered')
    return { ...necessity, status: 'not-covered', messageKey: 'network.oon-not-covered' };
  if (net.access === 'oon-check-plan')
    return { ...necessity, status: 'check-plan', messageKey: 'network.medicaid-check' };
  return necessity;
}

function priorAuthDocuments(preAuth: PreAuthResult, net: NetworkFacts): DocumentCode[] {
  if (preAuth.needed === false || preAuth.needed === null) return [];
  const docs: DocumentCode[] = ['INITIAL_DIAGNOSIS', 'TEST_RESULTS', 'PROPOSED_TREATMENT_PLAN'];
  if (net.approvalNeeded !== null) docs.push('NO_IN_NETWORK_EXPERTISE_EVIDENCE');
  return docs;
}

function secondOpinionDocuments(
  ctx: EvalContext,
  net: NetworkFacts,
  referralNeeded: boolean | 'check-plan' | null,
  penaltyRisk: boolean,
): DocumentCode[] {
  const docs: DocumentCode[] = [];
  if (net.opinionVisit) docs.push('RECORDS_AND_IMAGING');
  if (referralNeeded === true && ctx.c.authorizations?.referralOnFile !== true)
    docs.push('REFERRAL_FROM_PCP');
  if (penaltyRisk) docs.push('SECOND_OPINION_REPORT');
  return docs;
}
