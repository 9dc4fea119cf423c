/**
 * Case v1: the input of the rules engine (contract: ../shared/contract/README.md section 1).
 *
 * Field names are exactly the contract's. Money is in dollars here (the contract boundary); the engine
 * converts to integer cents. Unknown extra fields are ignored (stripped), so portals and clinic scripts can
 * carry notes without breaking the parse; a field the contract names must have the contract's shape.
 * Optional fields are optional in the type too: the engine never relies on parse-time defaults, so a
 * Case built in code (background, tests) behaves exactly like one read from JSON.
 */
import * as z from 'zod/mini';
import { PLAN_TYPES } from './snapshot-values';

export { PLAN_TYPES } from './snapshot-values';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** True when y-m-d names a real calendar day (rejects 2026-02-30). */
function isCalendarDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const monthLengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (monthLengths[month - 1] ?? 0);
}

export const IsoDateSchema = z
  .string()
  .check(z.regex(DATE_RE, 'expected a date YYYY-MM-DD'), z.refine(isCalendarDay, 'not a calendar date'));
export const IsoDateOrDateTimeSchema = z
  .string()
  .check(
    z.regex(DATE_TIME_RE, 'expected a date YYYY-MM-DD or date-time YYYY-MM-DDTHH:mm'),
    z.refine(isCalendarDay, 'not a calendar date'),
  );

const dollars = z.number().check(z.gte(0, 'expected an amount >= 0'));
const optionalNullable = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema));

export const PLAN_KINDS = [
  'employer-erisa',
  'aca-individual',
  'medicare-original',
  'medicare-advantage',
  'medicaid-managed-care',
] as const;
export const NETWORK_STATUSES = [
  'in-network',
  'out-of-network',
  'medicare-participating',
  'medicare-nonparticipating-not-assigned',
] as const;
export const SETTINGS = [
  'office',
  'in-network-hospital',
  'hospital-outpatient',
  'in-network-asc',
  'imaging-center',
  'lab',
  'emergency-department',
] as const;
export const SERVICE_KINDS = [
  'second-opinion-consult',
  'third-opinion',
  'surgery',
  'additional-test',
  'emergency',
] as const;
export const DIAGNOSIS_CATEGORIES = [
  'cancer',
  'major-surgery',
  'elective-surgery',
  'complex-diagnosis',
  'routine',
  'cosmetic',
  'emergency',
] as const;
export const PRE_AUTH_STATUSES = ['none', 'pending', 'approved', 'denied'] as const;
export const CLAIM_STATUSES = ['denied', 'pa-denied', 'rejected', 'paid', 'partially-paid'] as const;
export const ADJUSTMENT_GROUPS = ['CO', 'PR', 'OA', 'PI'] as const;

export const PlanKindSchema = z.enum(PLAN_KINDS);
export const PlanTypeSchema = z.enum(PLAN_TYPES);

export const DeductibleSchema = z.object({
  individual: optionalNullable(dollars),
  individualMet: optionalNullable(dollars),
  family: optionalNullable(dollars),
  familyMet: optionalNullable(dollars),
  familyType: optionalNullable(z.enum(['embedded', 'aggregate'])),
});

export const OopMaxSchema = z.object({
  individual: optionalNullable(dollars),
  individualMet: optionalNullable(dollars),
  family: optionalNullable(dollars),
  familyMet: optionalNullable(dollars),
});

export const PlanSchema = z.object({
  /**
   * null/absent = not known (portals rarely show it). The engine answers what does not depend on it and says
   * 'check-plan' (listing `plan.kind` in unknownFacts) where it does; lib/rules/unknown-facts.ts.
   */
  kind: optionalNullable(PlanKindSchema),
  /** null/absent = not known; as for `kind`. */
  type: optionalNullable(PlanTypeSchema),
  sbcReferralRequired: optionalNullable(z.boolean()),
  preAuthRequiredForService: optionalNullable(z.enum(['required', 'not-required', 'unknown'])),
  tier: optionalNullable(z.enum(['in-network', 'out-of-network'])),
  deductible: optionalNullable(DeductibleSchema),
  oopMax: optionalNullable(OopMaxSchema),
  inNetworkOopMax: optionalNullable(OopMaxSchema),
  oonCountsTowardInNetworkOop: optionalNullable(z.boolean()),
  copay: optionalNullable(dollars),
  copayAppliesBeforeDeductible: optionalNullable(z.union([z.boolean(), z.literal('first-3-visits')])),
  copayLesserOfAllowed: optionalNullable(z.boolean()),
  coinsurance: optionalNullable(z.number().check(z.gte(0, 'expected 0-1'), z.lte(1, 'expected 0-1'))),
  hsaQualified: optionalNullable(z.boolean()),
  onFederallyFacilitatedExchange: optionalNullable(z.boolean()),
  mandatorySecondOpinionProgram: optionalNullable(z.boolean()),
  ratingPeriodStart: optionalNullable(IsoDateSchema),
  /** Not in the contract table but used by the examples: an explicit "out-of-network care is covered" flag. */
  outOfNetworkCovered: optionalNullable(z.boolean()),
  /** Extension: grandfathered plans are outside the ACA cost-sharing limit (RULES.md 4.3). */
  grandfathered: optionalNullable(z.boolean()),
});

export const ProviderSchema = z.object({
  networkStatus: z.enum(NETWORK_STATUSES),
  setting: optionalNullable(z.enum(SETTINGS)),
  role: optionalNullable(z.string()),
  participatingFeeScheduleAmount: optionalNullable(dollars),
});

export const AuthorizationsSchema = z.object({
  referralOnFile: optionalNullable(z.boolean()),
  preAuthStatus: optionalNullable(z.enum(PRE_AUTH_STATUSES)),
  paRequestReceived: optionalNullable(IsoDateOrDateTimeSchema),
  /** Extension: the request was filed as expedited/urgent. */
  paExpedited: optionalNullable(z.boolean()),
  nsaConsentSigned: optionalNullable(z.boolean()),
  nsaConsentHoursBeforeService: optionalNullable(z.number().check(z.gte(0, 'expected hours >= 0'))),
  networkExceptionApproved: optionalNullable(z.boolean()),
  inNetworkAlternativeAvailable: optionalNullable(z.boolean()),
  abnSigned: optionalNullable(z.boolean()),
  secondOpinionDocumented: optionalNullable(z.boolean()),
  authNumber: optionalNullable(z.string()),
});

export const ServiceSchema = z.object({
  /** null/absent = not known (a processed claim rarely says it); as for `plan.kind`. */
  kind: optionalNullable(z.enum(SERVICE_KINDS)),
  diagnosisCategory: optionalNullable(z.enum(DIAGNOSIS_CATEGORIES)),
  allowedAmount: optionalNullable(dollars),
  billedCharge: optionalNullable(dollars),
  recognizedAmount: optionalNullable(dollars),
  emergency: optionalNullable(z.boolean()),
  officeVisitNumberThisYear: optionalNullable(z.int().check(z.gte(1, 'expected a visit number >= 1'))),
  priorOpinionsDisagree: optionalNullable(z.boolean()),
});

export const AdjustmentSchema = z.object({
  group: z.enum(ADJUSTMENT_GROUPS),
  /** CARC as printed ("197"); a bare number is accepted too. */
  carc: z.union([
    z.string().check(z.regex(/^[A-Za-z]?\d{1,3}$/, 'expected a CARC such as "45" or "B7"')),
    z.int().check(z.gte(1, 'expected a CARC number')),
  ]),
  /** Reversals may be negative. */
  amount: z.number(),
});

export const ClaimSchema = z.object({
  status: z.enum(CLAIM_STATUSES),
  noticeDate: optionalNullable(IsoDateSchema),
  /** Extension: the date the notice was received, when known (anchors deadlines instead of noticeDate). */
  noticeReceivedDate: optionalNullable(IsoDateSchema),
  /** Extension: an appeal deadline printed on the notice; it wins over computed windows (RULES.md 8.2, 9.9). */
  appealBy: optionalNullable(IsoDateSchema),
  planKindForDeadlines: optionalNullable(PlanKindSchema),
  adjustments: optionalNullable(z.array(AdjustmentSchema)),
  rarc: optionalNullable(z.array(z.string())),
  finalInternalDenial: optionalNullable(z.boolean()),
  denialReason: optionalNullable(z.string()),
});

export const CaseSchema = z.object({
  /** Optional identifier carried through to the Assessment. */
  id: z.optional(z.union([z.string(), z.number()])),
  today: IsoDateSchema,
  plan: PlanSchema,
  provider: z.optional(ProviderSchema),
  authorizations: optionalNullable(AuthorizationsSchema),
  service: ServiceSchema,
  claim: optionalNullable(ClaimSchema),
});

export type Case = z.infer<typeof CaseSchema>;
export type Plan = z.infer<typeof PlanSchema>;
export type Provider = z.infer<typeof ProviderSchema>;
export type Authorizations = z.infer<typeof AuthorizationsSchema>;
export type Service = z.infer<typeof ServiceSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Adjustment = z.infer<typeof AdjustmentSchema>;
export type Deductible = z.infer<typeof DeductibleSchema>;
export type OopMax = z.infer<typeof OopMaxSchema>;
export type PlanKind = (typeof PLAN_KINDS)[number];
export type PlanType = (typeof PLAN_TYPES)[number];
export type ServiceKind = (typeof SERVICE_KINDS)[number];
export type DiagnosisCategory = (typeof DIAGNOSIS_CATEGORIES)[number];
export type AdjustmentGroup = (typeof ADJUSTMENT_GROUPS)[number];

/**
 * A Case whose plan kind, plan type and service kind are known: what each rule family in lib/rules evaluates.
 * `evaluate` turns a Case with unknown ones into one ResolvedCase per possibility (lib/rules/unknown-facts.ts).
 */
export type ResolvedCase = Case & {
  plan: Plan & { kind: PlanKind; type: PlanType };
  service: Service & { kind: ServiceKind };
};

/** True when the Case needs no resolution (the fast path of `evaluate`). */
export function isResolvedCase(c: Case): c is ResolvedCase {
  return (
    c.plan.kind !== null &&
    c.plan.kind !== undefined &&
    c.plan.type !== null &&
    c.plan.type !== undefined &&
    c.service.kind !== null &&
    c.service.kind !== undefined
  );
}

/** One entry of the `{ cases: [...] }` wrapper (the shape of examples/cases.json); other keys are ignored. */
export const CaseEntrySchema = z.object({
  id: z.optional(z.union([z.string(), z.number()])),
  inputs: CaseSchema,
});
export type CaseEntry = z.infer<typeof CaseEntrySchema>;

export interface CaseIssue {
  /** Dotted path from the case root, e.g. `plan.kind` or `claim.adjustments[0].group`. */
  path: string;
  message: string;
}

export type CaseParseResult = { ok: true; value: Case } | { ok: false; issues: CaseIssue[] };

/** Dotted path with [index] for arrays: ['claim', 'adjustments', 0, 'group'] -> claim.adjustments[0].group. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

interface RawIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: unknown;
  values?: unknown[];
  input?: unknown;
}

/** zod/mini ships no English messages; say what was expected in plain words. */
function describeIssue(issue: RawIssue, root: unknown): string {
  const received = valueAt(root, issue.path);
  const got = received === undefined ? 'missing' : `received ${JSON.stringify(received)}`;
  switch (issue.code) {
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}; ${got}`;
    case 'invalid_type':
      return `expected ${String(issue.expected)}; ${got}`;
    case 'invalid_union':
      return `value does not match any allowed form; ${got}`;
    default:
      return issue.message && issue.message !== 'Invalid input'
        ? `${issue.message}; ${got}`
        : `invalid value (${issue.code}); ${got}`;
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** Parse one Case; on failure every issue names its field path. */
export function parseCase(input: unknown): CaseParseResult {
  const result = CaseSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const issues = (result.error.issues as unknown as RawIssue[]).map((issue) => ({
    path: formatIssuePath(issue.path),
    message: describeIssue(issue, input),
  }));
  return { ok: false, issues };
}

/** A CLI/file input: one Case, an array of Cases, or `{cases: [{id, inputs}]}`. */
export interface CaseInputItem {
  /** Position in the input (0-based). */
  index: number;
  id: string | number | undefined;
  result: CaseParseResult;
}

/**
 * Split any accepted input shape into items and parse each one separately, so one bad case does not hide
 * the others. A wrapper entry's `id` is copied onto the Case when the Case itself has none.
 */
export function parseCaseInput(input: unknown): CaseInputItem[] | { error: string } {
  if (Array.isArray(input)) {
    return input.map((raw, index) => itemFromRaw(raw, index));
  }
  if (input !== null && typeof input === 'object' && 'cases' in input) {
    const cases = (input as { cases: unknown }).cases;
    if (!Array.isArray(cases)) return { error: 'cases: expected an array of {id, inputs}' };
    return cases.map((entry, index) => {
      if (entry === null || typeof entry !== 'object' || !('inputs' in entry)) {
        const id = entryId(entry);
        return {
          index,
          id,
          result: {
            ok: false,
            issues: [{ path: 'inputs', message: 'expected {id, inputs: Case}; missing' }],
          },
        } satisfies CaseInputItem;
      }
      const id = entryId(entry);
      const result = parseCase((entry as { inputs: unknown }).inputs);
      if (result.ok && result.value.id === undefined && id !== undefined) result.value.id = id;
      // Prefix issue paths so the message points into the wrapper shape.
      const prefixed: CaseParseResult = result.ok
        ? result
        : { ok: false, issues: result.issues.map((i) => ({ ...i, path: `inputs.${i.path}` })) };
      return { index, id, result: prefixed };
    });
  }
  if (input !== null && typeof input === 'object') return [itemFromRaw(input, 0)];
  return { error: 'expected a Case object, an array of Cases, or {cases: [{id, inputs}]}' };
}

function entryId(entry: unknown): string | number | undefined {
  if (entry === null || typeof entry !== 'object') return undefined;
  const id = (entry as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? id : undefined;
}

function itemFromRaw(raw: unknown, index: number): CaseInputItem {
  const result = parseCase(raw);
  return { index, id: result.ok ? result.value.id : entryId(raw), result };
}
