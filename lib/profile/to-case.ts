/**
 * Profile + page snapshot → the Cases the rules engine evaluates: one for the page (the visit the member is
 * planning, priced with the plan's figures) and one per claim (and per authorization) on the page.
 *
 * Nothing is invented. A fact the page does not show and the user has not given stays unknown:
 * - optional Case fields become `null` (the engine answers 'check-plan' or leaves a figure out) and their fact path
 *   is listed in `missing`, so the popup can ask for it. This includes `plan.kind` and `service.kind`, which real
 *   pages rarely show: the engine answers everything that does not depend on them (lib/rules/unknown-facts.ts);
 * - a fact this mapping still requires (`plan.type`, `claim.status`) makes the case `null`, with the path in
 *   `missing`.
 * Two derivations are definitional, not guesses, and are listed in `derived`:
 * - plan kind from plan type where the type names the program: Original Medicare → medicare-original,
 *   MA-HMO/MA-PPO → medicare-advantage, Medicaid MCO → medicaid-managed-care;
 * - a claim's service kind from its procedure codes when EVERY line falls in one CPT section: surgery
 *   (10004–69990), radiology/pathology/laboratory (70010–89398 → additional-test), emergency department visits
 *   (99281–99285 → emergency). Office visits and consultations stay unknown: the code cannot tell a second opinion
 *   from any other visit.
 *
 * Call `mergeSnapshot` first: plan facts are read from the profile (user overrides win, newer page facts win);
 * claims are read from the snapshot.
 */
import {
  CLAIM_STATUSES,
  CaseSchema,
  DIAGNOSIS_CATEGORIES,
  NETWORK_STATUSES,
  PLAN_KINDS,
  PLAN_TYPES,
  PRE_AUTH_STATUSES,
  SERVICE_KINDS,
  SETTINGS,
  type Adjustment,
  type Case,
  type PlanKind,
  type PlanType,
} from '../model/case';
import type { Fact, FactValue, MemberProfile } from '../model/profile';
import type { Authorization, Claim as SnapshotClaim, PageSnapshot } from '../model/snapshot';
import { CASE_FACT_FIELDS, NONE_VALUE, claimFactPath, fieldFor } from './fields';

export { CASE_FACT_FIELDS, claimFactPath, parseFactPath, fieldFor, encodeClaimId } from './fields';
export type { CaseFactField, FactInputKind, FactScope, ParsedFactPath } from './fields';

export interface BuiltCase {
  case: Case | null;
  /** Fact paths (plain for plan/visit facts, `claims[<id>].…` for one claim) the user can fill in. */
  missing: string[];
  /** Fact paths whose value was derived (plan kind from plan type, service kind from procedure codes). */
  derived: string[];
  /** The remembered facts used, with their provenance (for "read from … on this page"). */
  facts: Record<string, Fact>;
  /** Why a claim was not evaluated although nothing is missing (pending, not a medical claim). */
  note: 'pending' | 'not-medical' | null;
}

export interface BuiltClaimCase extends BuiltCase {
  claimId: string;
  index: number;
}

export interface BuiltAuthorizationCase extends BuiltCase {
  referenceNumber: string | null;
  index: number;
}

export interface BuiltCases {
  page: BuiltCase;
  claims: BuiltClaimCase[];
  /** Prior authorizations on the page: pending ones (decision due dates) and denied ones (appeals). */
  authorizations: BuiltAuthorizationCase[];
}

// ---------------------------------------------------------------------------------------------------------------
// Fact lookup

/** Collects the facts a case used and the paths it lacked. */
class FactReader {
  readonly used: Record<string, Fact> = {};
  readonly missing: string[] = [];
  readonly derived: string[] = [];

  /** `claims[<encoded id>].`, the prefix of this claim's fact paths (encoded once, not per lookup). */
  private readonly claimPrefix: string | null;

  constructor(
    private readonly profile: MemberProfile | null,
    /** Claim-scoped facts are looked up under `claims[<id>].path` first. */
    claimId: string | null = null,
  ) {
    this.claimPrefix = claimId === null ? null : claimFactPath(claimId, '');
  }

  /** The fact for a path (claim-scoped first), or undefined. */
  fact(path: string): Fact | undefined {
    const facts = this.profile?.facts ?? {};
    if (this.claimPrefix !== null) {
      const claimPath = this.claimPrefix + path;
      const scoped = facts[claimPath];
      if (scoped) {
        this.used[claimPath] = scoped;
        return scoped;
      }
      // Visit and claim facts do not carry over from the planned visit to a processed claim.
      if (fieldFor(path)?.scope !== 'plan') return undefined;
    }
    const fact = facts[path];
    if (fact) this.used[path] = fact;
    return fact;
  }

  value(path: string): FactValue | undefined {
    return this.fact(path)?.value;
  }

  /** The path a user would fill in for this case. */
  pathFor(path: string): string {
    const scope = fieldFor(path)?.scope;
    return this.claimPrefix !== null && scope !== 'plan' ? this.claimPrefix + path : path;
  }

  markMissing(path: string): void {
    const full = this.pathFor(path);
    if (!this.missing.includes(full)) this.missing.push(full);
  }

  /** Money: a number, null for an explicit "none", undefined (and missing when `track`) when unknown. */
  money(path: string, track: boolean): number | null | undefined {
    const value = this.value(path);
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
    if (value === NONE_VALUE) return null;
    if (track) this.markMissing(path);
    return undefined;
  }

  fraction(path: string, track: boolean): number | undefined {
    const value = this.value(path);
    if (typeof value === 'number' && value >= 0 && value <= 1) return value;
    if (track) this.markMissing(path);
    return undefined;
  }

  boolean(path: string, track: boolean): boolean | undefined {
    const value = this.value(path);
    if (typeof value === 'boolean') return value;
    if (track) this.markMissing(path);
    return undefined;
  }

  text(path: string, track: boolean): string | undefined {
    const value = this.value(path);
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (track) this.markMissing(path);
    return undefined;
  }

  enumValue<T extends string>(path: string, allowed: readonly T[], track: boolean): T | undefined {
    const value = this.value(path);
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    if (track) this.markMissing(path);
    return undefined;
  }
}

const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

// ---------------------------------------------------------------------------------------------------------------
// Plan

const PLAN_KINDS_BY_TYPE: Partial<Record<PlanType, PlanKind>> = {
  'Original Medicare': 'medicare-original',
  'MA-HMO': 'medicare-advantage',
  'MA-PPO': 'medicare-advantage',
  'Medicaid MCO': 'medicaid-managed-care',
};

type Tier = 'in-network' | 'out-of-network';

interface PlanResult {
  plan: Case['plan'] | null;
}

function readTier(reader: FactReader, prefix: string, trackCost: boolean) {
  return {
    deductible: {
      individual: orNull(reader.money(`${prefix}.deductible.individual`, trackCost)),
      individualMet: orNull(reader.money(`${prefix}.deductible.individualMet`, trackCost)),
      family: orNull(reader.money(`${prefix}.deductible.family`, false)),
      familyMet: orNull(reader.money(`${prefix}.deductible.familyMet`, false)),
      familyType: orNull(
        reader.enumValue('plan.deductible.familyType', ['embedded', 'aggregate'] as const, false),
      ),
    },
    oopMax: {
      individual: orNull(reader.money(`${prefix}.oopMax.individual`, trackCost)),
      individualMet: orNull(reader.money(`${prefix}.oopMax.individualMet`, trackCost)),
      family: orNull(reader.money(`${prefix}.oopMax.family`, false)),
      familyMet: orNull(reader.money(`${prefix}.oopMax.familyMet`, false)),
    },
    copay: orNull(reader.money(`${prefix}.copay`, trackCost)),
    coinsurance: orNull(reader.fraction(`${prefix}.coinsurance`, trackCost)),
  };
}

/**
 * The plan part of a Case. `trackCost`: list unknown cost-sharing figures as missing (the page's estimate needs
 * them; a processed claim is priced from its adjustments instead).
 */
function buildPlan(reader: FactReader, tier: Tier, trackCost: boolean): PlanResult {
  const type = reader.enumValue<PlanType>('plan.type', PLAN_TYPES, true);
  let kind = reader.enumValue<PlanKind>('plan.kind', PLAN_KINDS, false);
  if (!kind && type && PLAN_KINDS_BY_TYPE[type]) {
    kind = PLAN_KINDS_BY_TYPE[type];
    reader.derived.push('plan.kind');
  }
  if (!kind) reader.markMissing('plan.kind');

  const figures = readTier(reader, tier === 'out-of-network' ? 'plan.outOfNetwork' : 'plan', trackCost);
  const copayTiming = reader.enumValue(
    'plan.copayAppliesBeforeDeductible',
    ['true', 'false', 'first-3-visits'],
    false,
  );
  const plan = {
    kind,
    type,
    sbcReferralRequired: orNull(reader.boolean('plan.sbcReferralRequired', trackCost)),
    preAuthRequiredForService: orNull(
      reader.enumValue(
        'plan.preAuthRequiredForService',
        ['required', 'not-required', 'unknown'] as const,
        trackCost,
      ),
    ),
    tier,
    deductible: figures.deductible,
    oopMax: figures.oopMax,
    inNetworkOopMax: tier === 'out-of-network' ? readTier(reader, 'plan', false).oopMax : null,
    oonCountsTowardInNetworkOop: orNull(reader.boolean('plan.oonCountsTowardInNetworkOop', false)),
    copay: figures.copay,
    copayAppliesBeforeDeductible:
      copayTiming === undefined
        ? null
        : copayTiming === 'first-3-visits'
          ? copayTiming
          : copayTiming === 'true',
    copayLesserOfAllowed: orNull(reader.boolean('plan.copayLesserOfAllowed', false)),
    coinsurance: figures.coinsurance,
    hsaQualified: orNull(reader.boolean('plan.hsaQualified', false)),
    onFederallyFacilitatedExchange: orNull(reader.boolean('plan.onFederallyFacilitatedExchange', false)),
    mandatorySecondOpinionProgram: orNull(reader.boolean('plan.mandatorySecondOpinionProgram', false)),
    ratingPeriodStart: orNull(reader.text('plan.ratingPeriodStart', false)),
    outOfNetworkCovered: orNull(reader.boolean('plan.outOfNetworkCovered', false)),
    grandfathered: orNull(reader.boolean('plan.grandfathered', false)),
  };
  if (!type) return { plan: null };
  // An unknown kind stays null (listed in `missing`): the engine answers what does not depend on it.
  return { plan: { ...plan, kind: kind ?? null, type } };
}

function tierOf(networkStatus: string | undefined): Tier {
  return networkStatus === 'out-of-network' ? 'out-of-network' : 'in-network';
}

// ---------------------------------------------------------------------------------------------------------------
// Visit parts (provider, authorizations, service)

type NetworkStatus = NonNullable<Case['provider']>['networkStatus'];

function buildProvider(reader: FactReader, networkStatus: NetworkStatus | undefined): Case['provider'] {
  if (!networkStatus) {
    reader.markMissing('provider.networkStatus');
    return undefined;
  }
  return {
    networkStatus,
    setting: orNull(reader.enumValue('provider.setting', SETTINGS, false)),
    role: orNull(reader.text('provider.role', false)),
    participatingFeeScheduleAmount: orNull(reader.money('provider.participatingFeeScheduleAmount', false)),
  };
}

function buildAuthorizations(reader: FactReader, track: boolean): Case['authorizations'] {
  const authorizations = {
    referralOnFile: orNull(reader.boolean('authorizations.referralOnFile', track)),
    preAuthStatus: orNull(reader.enumValue('authorizations.preAuthStatus', PRE_AUTH_STATUSES, track)),
    paRequestReceived: orNull(reader.text('authorizations.paRequestReceived', false)),
    paExpedited: orNull(reader.boolean('authorizations.paExpedited', false)),
    nsaConsentSigned: orNull(reader.boolean('authorizations.nsaConsentSigned', false)),
    nsaConsentHoursBeforeService: orNull(reader.money('authorizations.nsaConsentHoursBeforeService', false)),
    networkExceptionApproved: orNull(reader.boolean('authorizations.networkExceptionApproved', false)),
    inNetworkAlternativeAvailable: orNull(
      reader.boolean('authorizations.inNetworkAlternativeAvailable', false),
    ),
    abnSigned: orNull(reader.boolean('authorizations.abnSigned', false)),
    secondOpinionDocumented: orNull(reader.boolean('authorizations.secondOpinionDocumented', false)),
    authNumber: orNull(reader.text('authorizations.authNumber', false)),
  };
  return Object.values(authorizations).every((value) => value === null) ? null : authorizations;
}

type ServiceKind = NonNullable<Case['service']['kind']>;

function serviceExtras(reader: FactReader) {
  return {
    recognizedAmount: orNull(reader.money('service.recognizedAmount', false)),
    emergency: orNull(reader.boolean('service.emergency', false)),
    officeVisitNumberThisYear: orNull(reader.money('service.officeVisitNumberThisYear', false)),
    priorOpinionsDisagree: orNull(reader.boolean('service.priorOpinionsDisagree', false)),
  };
}

function finish(reader: FactReader, candidate: unknown, note: BuiltCase['note'] = null): BuiltCase {
  if (candidate === null) {
    return { case: null, missing: reader.missing, derived: reader.derived, facts: reader.used, note };
  }
  const parsed = CaseSchema.safeParse(candidate);
  if (!parsed.success) {
    // A remembered fact that no longer fits the Case (e.g. an enum value a newer schema dropped): report its path.
    for (const issue of parsed.error.issues) reader.markMissing(issue.path.map(String).join('.'));
    return { case: null, missing: reader.missing, derived: reader.derived, facts: reader.used, note };
  }
  return { case: parsed.data, missing: reader.missing, derived: reader.derived, facts: reader.used, note };
}

// ---------------------------------------------------------------------------------------------------------------
// The page's case (the planned visit)

function buildPageCase(profile: MemberProfile, today: string): BuiltCase {
  const reader = new FactReader(profile);
  const networkStatus = reader.enumValue<NetworkStatus>('provider.networkStatus', NETWORK_STATUSES, false);
  const { plan } = buildPlan(reader, tierOf(networkStatus), true);
  const provider = buildProvider(reader, networkStatus);
  const authorizations = buildAuthorizations(reader, true);
  const kind = reader.enumValue<ServiceKind>('service.kind', SERVICE_KINDS, true);
  const service = {
    kind: orNull(kind),
    diagnosisCategory: orNull(reader.enumValue('service.diagnosisCategory', DIAGNOSIS_CATEGORIES, true)),
    allowedAmount: orNull(reader.money('service.allowedAmount', true)),
    billedCharge: orNull(reader.money('service.billedCharge', networkStatus === 'out-of-network')),
    ...serviceExtras(reader),
  };
  if (!plan) return finish(reader, null);
  return finish(reader, { today, plan, provider, authorizations, service, claim: null });
}

// ---------------------------------------------------------------------------------------------------------------
// Claims

/** CPT sections (AMA CPT code set layout) that name a service kind without guessing. */
function cptSection(code: string | null): ServiceKind | null {
  if (!code || !/^\d{5}$/.test(code.trim())) return null;
  const n = Number(code.trim());
  if (n >= 10004 && n <= 69990) return 'surgery';
  if (n >= 70010 && n <= 89398) return 'additional-test';
  if (n >= 99281 && n <= 99285) return 'emergency';
  return null;
}

export function serviceKindFromProcedureCodes(codes: ReadonlyArray<string | null>): ServiceKind | null {
  if (codes.length === 0) return null;
  const kinds = codes.map(cptSection);
  const first = kinds[0] ?? null;
  return first && kinds.every((kind) => kind === first) ? first : null;
}

const COST_SHARING_CARC: Record<string, string> = { deductible: '1', coinsurance: '2', copay: '3' };

type Group = Adjustment['group'];
const GROUPS: readonly Group[] = ['CO', 'PR', 'OA', 'PI'];

interface ParsedCode {
  group: Group;
  carc: string;
}

function parseCarc(code: string): ParsedCode | null {
  const match = /^(CO|PR|OA|PI)-([A-Z]?\d{1,3})$/.exec(code);
  if (!match) return null; // CR (retired) and anything unexpected
  return { group: match[1] as Group, carc: match[2] ?? '' };
}

const isCostSharing = (code: ParsedCode) => code.carc === '1' || code.carc === '2' || code.carc === '3';
const isContractual = (code: ParsedCode) => code.carc === '45';

function positive(amount: number | null | undefined): amount is number {
  return typeof amount === 'number' && Number.isFinite(amount) && amount > 0;
}

/** Adds to the running total of one group + CARC. */
class AdjustmentBook {
  private readonly totals = new Map<string, Adjustment>();

  add(group: Group, carc: string, amount: number): void {
    const key = `${group}-${carc}`;
    const existing = this.totals.get(key);
    const cents = Math.round(amount * 100);
    if (existing) existing.amount = Math.round(existing.amount * 100 + cents) / 100;
    else this.totals.set(key, { group, carc, amount: cents / 100 });
  }

  has(group: Group, carc: string): boolean {
    return this.totals.has(`${group}-${carc}`);
  }

  list(): Adjustment[] {
    return [...this.totals.values()];
  }
}

/**
 * Claim amounts → adjustments. Per line: deductible → PR-1, coinsurance → PR-2, copay → PR-3; the plan discount →
 * the 45 code shown (its group), or CO-45 for an in-network claim; the not-covered amount → the line's own
 * non-cost-sharing code, else the claim's (first one when several). Codes shown without an amount are kept with
 * amount 0 so the engine still sees why the claim was adjusted. A patient amount that cannot be attributed to a
 * code marks `claim.adjustments` as missing.
 */
function adjustmentsFor(claim: SnapshotClaim): { adjustments: Adjustment[]; complete: boolean } {
  const book = new AdjustmentBook();
  let complete = true;
  const claimCodes = claim.carcCodes.map(parseCarc).filter((c): c is ParsedCode => c !== null);
  const claimDenialCodes = claimCodes.filter((c) => !isCostSharing(c) && !isContractual(c));

  const addDiscount = (amount: number | null, codes: ParsedCode[]) => {
    if (!positive(amount)) return;
    const code = codes.find(isContractual) ?? claimCodes.find(isContractual);
    if (code) book.add(code.group, code.carc, amount);
    else if (claim.network === 'in-network') book.add('CO', '45', amount);
  };
  const addNotCovered = (amount: number | null, codes: ParsedCode[]) => {
    if (!positive(amount)) return;
    const code = codes.find((c) => !isCostSharing(c) && !isContractual(c)) ?? claimDenialCodes[0];
    if (code) book.add(code.group, code.carc, amount);
    else complete = false;
  };

  if (claim.lines.length > 0) {
    for (const line of claim.lines) {
      const codes = line.carcCodes.map(parseCarc).filter((c): c is ParsedCode => c !== null);
      for (const field of ['deductible', 'coinsurance', 'copay'] as const) {
        const amount = line[field];
        if (positive(amount)) book.add('PR', COST_SHARING_CARC[field] ?? '', amount);
      }
      addDiscount(line.planDiscount, codes);
      addNotCovered(line.notCovered, codes);
    }
  } else {
    addDiscount(claim.planDiscount, []);
    const patientCodes = claimCodes.filter((c) => c.group === 'PR' && !isContractual(c));
    const denied = claim.statusNormalized === 'denied';
    if (positive(claim.patientOwes)) {
      if (patientCodes.length === 1 && patientCodes[0]) {
        book.add('PR', patientCodes[0].carc, claim.patientOwes);
      } else {
        complete = false;
      }
    }
    if (denied && claimDenialCodes.length === 1 && claimDenialCodes[0] && positive(claim.billed)) {
      // A whole-claim denial: the billed charge less any contractual write-off already booked.
      const code = claimDenialCodes[0];
      if (!(code.group === 'PR' && positive(claim.patientOwes))) {
        const written = book.list().find((a) => a.carc === '45')?.amount ?? 0;
        const amount = Math.round((claim.billed - written) * 100) / 100;
        if (amount > 0) book.add(code.group, code.carc, amount);
      }
    }
  }
  // Codes the page shows but no amount was attributed to: keep them for the engine's reading of the claim.
  for (const code of claimCodes) {
    if (!book.has(code.group, code.carc)) {
      book.add(code.group, code.carc, 0);
      if (code.group === 'PR') complete = false;
    }
  }
  for (const line of claim.lines) {
    for (const raw of line.carcCodes) {
      const code = parseCarc(raw);
      if (code && !book.has(code.group, code.carc)) {
        book.add(code.group, code.carc, 0);
        if (code.group === 'PR') complete = false;
      }
    }
  }
  return { adjustments: book.list().filter((a) => GROUPS.includes(a.group)), complete };
}

type ClaimStatus = NonNullable<Case['claim']>['status'];

function notCoveredTotal(claim: SnapshotClaim): number {
  return claim.lines.reduce((sum, line) => sum + (positive(line.notCovered) ? line.notCovered : 0), 0);
}

/** The page's status word → the Case's. `processed`/`adjusted` claims with an uncovered amount are partly paid. */
function caseStatusOf(claim: SnapshotClaim): ClaimStatus | null {
  switch (claim.statusNormalized) {
    case 'denied':
      return 'denied';
    case 'paid':
      return 'paid';
    case 'partially-paid':
      return 'partially-paid';
    case 'processed':
    case 'adjusted':
      return notCoveredTotal(claim) > 0 ? 'partially-paid' : 'paid';
    default:
      return null;
  }
}

/** Claim types the medical rules do not cover (pharmacy benefits, dental and vision plans). Anything else is read. */
const NON_MEDICAL_TYPES = /^(pharmacy|prescription|rx\b|drug|dental|vision|farmacia|visi[oó]n)/i;

function isNonMedical(claim: SnapshotClaim): boolean {
  return claim.type !== null && NON_MEDICAL_TYPES.test(claim.type.trim());
}

function buildClaimCase(
  profile: MemberProfile,
  claim: SnapshotClaim,
  index: number,
  today: string,
): BuiltClaimCase {
  const reader = new FactReader(profile, claim.id);
  const wrap = (built: BuiltCase): BuiltClaimCase => ({ ...built, claimId: claim.id, index });
  if (isNonMedical(claim)) return wrap(finish(reader, null, 'not-medical'));

  const userStatus = reader.enumValue<ClaimStatus>('claim.status', CLAIM_STATUSES, false);
  if (!userStatus && claim.statusNormalized === 'pending') return wrap(finish(reader, null, 'pending'));
  const status = userStatus ?? caseStatusOf(claim);
  if (!status) reader.markMissing('claim.status');

  const userNetwork = reader.enumValue<NetworkStatus>('provider.networkStatus', NETWORK_STATUSES, false);
  const networkStatus: NetworkStatus | undefined = userNetwork ?? claim.network ?? undefined;
  const { plan } = buildPlan(reader, tierOf(networkStatus), false);
  const provider = buildProvider(reader, networkStatus);

  let kind = reader.enumValue<ServiceKind>('service.kind', SERVICE_KINDS, false);
  if (!kind) {
    const fromCodes = serviceKindFromProcedureCodes(claim.lines.map((line) => line.procedureCode));
    if (fromCodes) {
      kind = fromCodes;
      reader.derived.push(reader.pathFor('service.kind'));
    } else {
      reader.markMissing('service.kind');
    }
  }

  const noticeDate = reader.text('claim.noticeDate', false) ?? claim.denialDate ?? claim.statusDate ?? null;
  const isDenial = status === 'denied' || status === 'partially-paid';
  if (!noticeDate && isDenial) reader.markMissing('claim.noticeDate');
  const finalInternalDenial = reader.boolean('claim.finalInternalDenial', isDenial);
  const { adjustments, complete } = adjustmentsFor(claim);
  if (!complete) reader.markMissing('claim.adjustments');
  const rarc = [...new Set([...claim.rarcCodes, ...claim.lines.flatMap((line) => line.rarcCodes ?? [])])];

  if (!plan || !status) return wrap(finish(reader, null));
  return wrap(
    finish(reader, {
      today,
      plan,
      provider,
      authorizations: buildAuthorizations(reader, false),
      service: {
        kind: orNull(kind),
        diagnosisCategory: orNull(reader.enumValue('service.diagnosisCategory', DIAGNOSIS_CATEGORIES, false)),
        allowedAmount: claim.allowed,
        billedCharge: claim.billed,
        ...serviceExtras(reader),
      },
      claim: {
        status,
        noticeDate,
        noticeReceivedDate: orNull(reader.text('claim.noticeReceivedDate', false)),
        appealBy: reader.text('claim.appealBy', false) ?? claim.appealBy,
        planKindForDeadlines: plan.kind,
        adjustments,
        rarc,
        finalInternalDenial: orNull(finalInternalDenial),
        denialReason: claim.denialReason,
      },
    }),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Authorizations (prior authorization requests shown on the page)

function authorizationKey(auth: Authorization, index: number): string {
  return auth.referenceNumber ? `auth:${auth.referenceNumber}` : `auth:#${index + 1}`;
}

function buildAuthorizationCase(
  profile: MemberProfile,
  auth: Authorization,
  index: number,
  today: string,
): BuiltAuthorizationCase {
  const reader = new FactReader(profile, authorizationKey(auth, index));
  const wrap = (built: BuiltCase): BuiltAuthorizationCase => ({
    ...built,
    referenceNumber: auth.referenceNumber,
    index,
  });
  const networkStatus =
    reader.enumValue<NetworkStatus>('provider.networkStatus', NETWORK_STATUSES, false) ??
    auth.servicingNetwork ??
    undefined;
  const { plan } = buildPlan(reader, tierOf(networkStatus), false);
  const provider = buildProvider(reader, networkStatus);
  let kind = reader.enumValue<ServiceKind>('service.kind', SERVICE_KINDS, false);
  if (!kind) {
    const fromCodes = serviceKindFromProcedureCodes(auth.procedureCode ? [auth.procedureCode] : []);
    if (fromCodes) {
      kind = fromCodes;
      reader.derived.push(reader.pathFor('service.kind'));
    } else {
      reader.markMissing('service.kind');
    }
  }
  const preAuthStatus =
    auth.statusNormalized === 'pending'
      ? 'pending'
      : auth.statusNormalized === 'denied'
        ? 'denied'
        : auth.statusNormalized === 'approved' || auth.statusNormalized === 'partially-approved'
          ? 'approved'
          : null;
  const claim =
    auth.statusNormalized === 'denied'
      ? {
          status: 'pa-denied' as const,
          noticeDate: auth.decisionDate,
          appealBy: auth.appealBy,
          planKindForDeadlines: plan?.kind ?? null,
          adjustments: [],
          rarc: [],
          finalInternalDenial: orNull(reader.boolean('claim.finalInternalDenial', true)),
          denialReason: auth.denialReason,
        }
      : null;
  if (claim && !claim.noticeDate) reader.markMissing('claim.noticeDate');
  if (!plan) return wrap(finish(reader, null));
  return wrap(
    finish(reader, {
      today,
      plan: { ...plan, preAuthRequiredForService: 'required' },
      provider,
      authorizations: {
        ...(buildAuthorizations(reader, false) ?? {}),
        preAuthStatus,
        paRequestReceived: preAuthStatus === 'pending' ? auth.requestDate : null,
        authNumber: auth.referenceNumber,
      },
      service: {
        kind: orNull(kind),
        diagnosisCategory: orNull(reader.enumValue('service.diagnosisCategory', DIAGNOSIS_CATEGORIES, false)),
        allowedAmount: null,
        billedCharge: null,
        ...serviceExtras(reader),
      },
      claim,
    }),
  );
}

/** The fact key an authorization's claim-scoped facts are stored under (`claims[auth:<ref>].…`). */
export function authorizationFactKey(auth: Authorization, index: number): string {
  return authorizationKey(auth, index);
}

// ---------------------------------------------------------------------------------------------------------------

export function buildCases(profile: MemberProfile, snapshot: PageSnapshot, today: string): BuiltCases {
  return {
    page: buildPageCase(profile, today),
    claims: snapshot.claims.map((claim, index) => buildClaimCase(profile, claim, index, today)),
    authorizations: snapshot.authorizations.map((auth, index) =>
      buildAuthorizationCase(profile, auth, index, today),
    ),
  };
}

/** Every editable field, for an options page listing the whole profile. */
export const PLAN_FACT_FIELDS = CASE_FACT_FIELDS.filter((field) => field.scope === 'plan');
