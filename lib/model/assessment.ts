/**
 * Assessment v1: what the rules engine answers for one Case (contract: ../shared/contract/README.md
 * section 1). The checked fields are exactly the contract's; `trace`, `coverage`, `documents`,
 * `actionsNeeded`, `unknownFacts` and `figures` are extras the popup and the letters use.
 * Money is in dollars with two decimals here (the contract boundary); the engine works in cents.
 */
import * as z from 'zod/mini';

/**
 * Next-step codes in their canonical order (examples/cases.json `meta.nextStepCodes`, which lists them
 * in the order a patient meets them). `appeal.nextSteps` is always sorted by this order.
 */
export const NEXT_STEP_CODES = [
  'OBTAIN_REFERRAL',
  'RETRO_REFERRAL',
  'REQUEST_PRIOR_AUTH',
  'USE_IN_NETWORK_PROVIDER',
  'REQUEST_NETWORK_EXCEPTION',
  'REQUEST_ORGANIZATION_DETERMINATION',
  'SEND_RECORDS',
  'EXPECT_BALANCE_BILL',
  'NSA_PROTECTED',
  'AWAIT_DECISION',
  'REQUEST_DENIAL_LETTER',
  'PEER_TO_PEER',
  'RETRO_AUTH',
  'CORRECTED_CLAIM',
  'NEW_CLAIM',
  'INTERNAL_APPEAL',
  'INTERNAL_APPEAL_WITH_LMN',
  'EXTERNAL_REVIEW',
  'MA_RECONSIDERATION',
  'IRE_AUTO_REVIEW',
  'MEDICARE_REDETERMINATION',
  'STATE_FAIR_HEARING',
  'REQUEST_LATE_REVIEW_GOOD_CAUSE',
  'CONSUMER_ASSISTANCE',
  'NEW_PA_REQUEST_IF_NEW_EVIDENCE',
  'PATIENT_RESPONSIBILITY',
  'PROVIDER_WRITE_OFF',
  'PROOF_OF_TIMELY_FILING',
  'CHECK_ORIGINAL_CLAIM',
  'VERIFY_ELIGIBILITY_COB',
  'BILL_CORRECT_PAYER',
] as const;
export type NextStepCode = (typeof NEXT_STEP_CODES)[number];

/** Steps that only inform (nothing for the user to do); they do not count toward `actionsNeeded`. */
export const INFORMATIONAL_STEPS: ReadonlySet<NextStepCode> = new Set<NextStepCode>([
  'EXPECT_BALANCE_BILL',
  'NSA_PROTECTED',
  'AWAIT_DECISION',
  'IRE_AUTO_REVIEW',
  'PROVIDER_WRITE_OFF',
]);

export const APPEAL_STATUSES = [
  'no-denial',
  'open',
  'expired',
  'wrong-path',
  'not-appealable',
  'provider-only',
] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

export const APPEAL_LEVELS = [
  'internal-appeal',
  'plan-appeal',
  'external-review',
  'ma-reconsideration',
  'medicare-redetermination',
  'corrected-claim',
  'new-claim',
  'coordination-of-benefits',
  'provider-reconsideration',
] as const;
export type AppealLevel = (typeof APPEAL_LEVELS)[number];

/** Documents a request or appeal needs (RULES.md 1 "Documents for a PA" and 6.3 step 5). */
export const DOCUMENT_CODES = [
  'INITIAL_DIAGNOSIS',
  'TEST_RESULTS',
  'PROPOSED_TREATMENT_PLAN',
  'RECORDS_AND_IMAGING',
  'REFERRAL_FROM_PCP',
  'NO_IN_NETWORK_EXPERTISE_EVIDENCE',
  'WRITTEN_DENIAL',
  'CRITERIA_USED',
  'CLAIM_FILE',
  'LETTER_OF_MEDICAL_NECESSITY',
  'CLINICAL_RECORDS',
  'GUIDELINES_OR_LITERATURE',
  'SECOND_OPINION_REPORT',
  'PROOF_OF_EMERGENCY_OR_EXEMPTION',
  'ABN_COPY',
  'CORRECTED_CLAIM_DATA',
] as const;
export type DocumentCode = (typeof DOCUMENT_CODES)[number];

const triState = z.nullable(z.union([z.boolean(), z.literal('check-plan')]));
const money = z.number();
const jsonScalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const RuleSourceSchema = z.object({
  /** RULES.md section, e.g. "6.1". */
  section: z.string(),
  name: z.string(),
  url: z.nullable(z.string()),
});
export type RuleSource = z.infer<typeof RuleSourceSchema>;

export const RuleTraceSchema = z.object({
  /** Rule id, e.g. `appeal.erisa-internal-180d`; the family prefix names the lib/rules file. */
  ruleId: z.string(),
  outcome: z.union([jsonScalar, z.array(z.string())]),
  /** Fact path -> value the rule used (paths as in the Case, or `derived.*`). */
  facts: z.record(z.string(), z.union([jsonScalar, z.array(z.string())])),
  messageKey: z.string(),
  messageParams: z.record(z.string(), z.union([z.string(), z.number()])),
  /** English text of the message; `formatReason(trace, locale)` gives other locales. */
  reason: z.string(),
  source: RuleSourceSchema,
});
export type RuleTrace = z.infer<typeof RuleTraceSchema>;

export const OutOfPocketSchema = z.object({
  deductible: money,
  copay: money,
  coinsurance: money,
  balanceBilling: money,
  nonCovered: money,
  total: money,
});
export type OutOfPocket = z.infer<typeof OutOfPocketSchema>;

export const AppealSchema = z.object({
  status: z.enum(APPEAL_STATUSES),
  possible: z.boolean(),
  level: z.nullable(z.enum(APPEAL_LEVELS)),
  deadline: z.nullable(z.string()),
  daysLeft: z.nullable(z.int()),
  nextSteps: z.array(z.enum(NEXT_STEP_CODES)),
});
export type Appeal = z.infer<typeof AppealSchema>;

export const PreAuthDecisionDueBySchema = z.object({
  standard: z.nullable(z.string()),
  expedited: z.nullable(z.string()),
});
export type PreAuthDecisionDueBy = z.infer<typeof PreAuthDecisionDueBySchema>;

export const CoverageSchema = z.object({
  /** Will the plan pay for this service at all (before cost sharing)? */
  status: z.enum(['likely-covered', 'check-plan', 'not-covered']),
  /** Medical-necessity class of the diagnosis (RULES.md 1). */
  necessityClass: z.enum(['serious', 'routine', 'excluded', 'emergency', 'unknown']),
  messageKey: z.string(),
});
export type Coverage = z.infer<typeof CoverageSchema>;

export const DocumentsSchema = z.object({
  priorAuth: z.array(z.enum(DOCUMENT_CODES)),
  appeal: z.array(z.enum(DOCUMENT_CODES)),
  secondOpinion: z.array(z.enum(DOCUMENT_CODES)),
});
export type Documents = z.infer<typeof DocumentsSchema>;

export const FigureUseSchema = z.object({
  id: z.string(),
  year: z.int(),
  /** null when the year has no known figure (status 'unknown'). */
  dollars: z.nullable(money),
  status: z.enum(['known', 'unknown']),
  source: z.nullable(z.string()),
  url: z.nullable(z.string()),
  lastVerified: z.nullable(z.string()),
});
export type FigureUse = z.infer<typeof FigureUseSchema>;

export const AssessmentSchema = z.object({
  id: z.optional(z.union([z.string(), z.number()])),
  referralNeeded: triState,
  preAuthNeeded: triState,
  nsaProtected: z.nullable(z.boolean()),
  preAuthDecisionDueBy: z.nullable(PreAuthDecisionDueBySchema),
  appeal: AppealSchema,
  outOfPocket: z.nullable(OutOfPocketSchema),
  coverage: CoverageSchema,
  documents: DocumentsSchema,
  actionsNeeded: z.int(),
  unknownFacts: z.array(z.string()),
  figures: z.array(FigureUseSchema),
  trace: z.array(RuleTraceSchema),
});
export type Assessment = z.infer<typeof AssessmentSchema>;

export type TriState = boolean | 'check-plan' | null;
