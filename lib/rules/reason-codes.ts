/**
 * Claim adjustment group codes, CARCs and RARCs (RULES.md 7; decision order 9.8; meta.claims).
 * Group code = who owes the adjusted amount (only PR is the patient's); CARC = why; RARC = detail.
 * Each CARC maps to a fix category (RULES.md 7) and to the path the engine takes.
 */
import type { AppealLevel, AppealStatus, NextStepCode } from '../model/assessment';
import type { AdjustmentGroup, Claim } from '../model/case';
import { toCents, type Cents } from './money';
import type { CostBreakdown } from './cost';

export interface GroupCodeInfo {
  meaning: string;
  /** Is the adjusted amount billed to the patient? */
  patientBilled: boolean;
}

export const GROUP_CODES: Readonly<Record<AdjustmentGroup | 'CR', GroupCodeInfo>> = {
  CO: { meaning: 'Contractual obligation; provider writes it off', patientBilled: false },
  PR: {
    meaning: 'Patient responsibility (deductible, coinsurance, copay, some denials)',
    patientBilled: true,
  },
  OA: { meaning: 'Other adjustment (e.g. prior payer impact)', patientBilled: false },
  PI: { meaning: 'Payer-initiated reduction, not the patient’s responsibility', patientBilled: false },
  CR: { meaning: 'Corrections and reversals (retired in 005010)', patientBilled: false },
};

/** RULES.md 7 fix categories. */
export type FixCategory = 'PR-cost' | 'correct' | 'auth' | 'LMN' | 'admin' | 'no-action';

/** How the engine routes a CARC. */
export type DenialPath =
  | 'cost-share'
  | 'contractual'
  | 'new-claim'
  | 'corrected-claim'
  | 'cob'
  | 'eligibility'
  | 'duplicate'
  | 'retro-auth'
  | 'clinical'
  | 'retro-referral'
  | 'network-exception'
  | 'second-opinion-penalty'
  | 'exclusion'
  | 'unknown'
  | 'provider-only'
  | 'no-action';

/** A path settled without an appeal (corrected claim, COB, duplicate...). */
export interface Resolution {
  status: AppealStatus;
  level: AppealLevel | null;
  steps: NextStepCode[];
}

/** A path that goes through the plan's appeal chain. */
export interface AppealSpec {
  /** Steps before the appeal itself (commercial and Medicaid chains only). */
  prefix: NextStepCode[];
  /** Appeal with a letter of medical necessity and records (clinical) or on administrative grounds. */
  withLmn: boolean;
  /** External review covers medical-judgment denials (HealthCare.gov external review). */
  externalReview: boolean;
}

export interface CarcInfo {
  code: string;
  meaning: string;
  typicalGroups: AdjustmentGroup[];
  fix: FixCategory;
  path: DenialPath;
  resolution: Resolution | null;
  appeal: AppealSpec | null;
}

const wrong = (level: AppealLevel, ...steps: NextStepCode[]): Resolution => ({
  status: 'wrong-path',
  level,
  steps,
});
const notAppealable = (level: AppealLevel | null, ...steps: NextStepCode[]): Resolution => ({
  status: 'not-appealable',
  level,
  steps,
});
const providerOnly = (...steps: NextStepCode[]): Resolution => ({
  status: 'provider-only',
  level: 'provider-reconsideration',
  steps,
});
const appealLmn = (...prefix: NextStepCode[]): AppealSpec => ({
  prefix,
  withLmn: true,
  externalReview: true,
});
const appealAdmin = (...prefix: NextStepCode[]): AppealSpec => ({
  prefix,
  withLmn: false,
  externalReview: false,
});

function carc(
  code: string,
  meaning: string,
  typicalGroups: AdjustmentGroup[],
  fix: FixCategory,
  path: DenialPath,
  route: Resolution | AppealSpec | null,
): CarcInfo {
  const isAppeal = route !== null && 'prefix' in route;
  return {
    code,
    meaning,
    typicalGroups,
    fix,
    path,
    resolution: isAppeal ? null : route,
    appeal: isAppeal ? route : null,
  };
}

/** RULES.md section 7 table. */
export const CARC_TABLE: ReadonlyMap<string, CarcInfo> = new Map(
  [
    carc('1', 'Deductible applied', ['PR'], 'PR-cost', 'cost-share', null),
    carc('2', 'Coinsurance applied', ['PR'], 'PR-cost', 'cost-share', null),
    carc('3', 'Copay applied', ['PR'], 'PR-cost', 'cost-share', null),
    carc(
      '4',
      'Procedure code does not fit the modifier, or a needed modifier is missing',
      ['CO'],
      'correct',
      'corrected-claim',
      wrong('corrected-claim', 'CORRECTED_CLAIM'),
    ),
    carc(
      '5',
      'Procedure/bill type does not fit the place of service',
      ['CO'],
      'correct',
      'corrected-claim',
      wrong('corrected-claim', 'CORRECTED_CLAIM'),
    ),
    // Usually a coding mismatch: correct first; if the coding was right, an LMN appeal follows.
    carc(
      '11',
      'Diagnosis does not fit the procedure',
      ['CO'],
      'correct',
      'corrected-claim',
      wrong('corrected-claim', 'CORRECTED_CLAIM'),
    ),
    carc(
      '15',
      'Authorization number missing/invalid/not for this service or provider',
      ['CO'],
      'correct',
      'corrected-claim',
      wrong('corrected-claim', 'CORRECTED_CLAIM'),
    ),
    carc(
      '16',
      'Claim lacks information or has a billing error',
      ['CO'],
      'correct',
      'corrected-claim',
      wrong('corrected-claim', 'CORRECTED_CLAIM'),
    ),
    carc(
      '18',
      'Exact duplicate',
      ['OA', 'CO'],
      'no-action',
      'duplicate',
      notAppealable(null, 'CHECK_ORIGINAL_CLAIM'),
    ),
    carc(
      '22',
      'Another payer may be primary (COB)',
      ['CO', 'OA'],
      'admin',
      'cob',
      wrong('coordination-of-benefits', 'VERIFY_ELIGIBILITY_COB', 'BILL_CORRECT_PAYER'),
    ),
    carc(
      '26',
      'Service before coverage began',
      ['PR', 'CO'],
      'admin',
      'eligibility',
      wrong('coordination-of-benefits', 'VERIFY_ELIGIBILITY_COB'),
    ),
    carc(
      '27',
      'Service after coverage ended',
      ['PR', 'CO'],
      'admin',
      'eligibility',
      wrong('coordination-of-benefits', 'VERIFY_ELIGIBILITY_COB'),
    ),
    carc(
      '29',
      'Filing time limit expired',
      ['CO'],
      'admin',
      'provider-only',
      providerOnly('PROVIDER_WRITE_OFF', 'PROOF_OF_TIMELY_FILING'),
    ),
    carc(
      '31',
      'Patient not identified as our member',
      ['CO'],
      'admin',
      'eligibility',
      wrong('corrected-claim', 'CORRECTED_CLAIM', 'VERIFY_ELIGIBILITY_COB'),
    ),
    carc(
      '39',
      'Denied when the authorization was requested',
      ['CO', 'PR'],
      'LMN',
      'clinical',
      appealLmn('PEER_TO_PEER'),
    ),
    carc(
      '45',
      'Charge above fee schedule / contracted or legislated amount',
      ['CO', 'PR'],
      'no-action',
      'contractual',
      null,
    ),
    carc(
      '50',
      'Not medically necessary per payer',
      ['CO', 'PR'],
      'LMN',
      'clinical',
      appealLmn('PEER_TO_PEER'),
    ),
    carc('55', 'Experimental/investigational', ['CO', 'PR'], 'LMN', 'clinical', appealLmn('PEER_TO_PEER')),
    carc(
      '61',
      'Penalty for not getting a mandatory second surgical opinion',
      ['PR', 'CO'],
      'auth',
      'second-opinion-penalty',
      appealAdmin(),
    ),
    carc('96', 'Non-covered charge', ['PR', 'CO'], 'admin', 'exclusion', appealAdmin()),
    carc(
      '97',
      'Paid as part of another service (bundled)',
      ['CO'],
      'no-action',
      'provider-only',
      providerOnly('PROVIDER_WRITE_OFF'),
    ),
    carc(
      '109',
      'Not covered by this payer; send to the right payer',
      ['CO'],
      'admin',
      'cob',
      wrong('coordination-of-benefits', 'BILL_CORRECT_PAYER'),
    ),
    carc('119', 'Benefit maximum for the period reached', ['PR'], 'admin', 'exclusion', appealAdmin()),
    carc(
      '151',
      'Information does not support this many/this frequency of services',
      ['CO'],
      'LMN',
      'clinical',
      appealLmn('PEER_TO_PEER'),
    ),
    carc(
      '167',
      'Diagnosis not covered',
      ['CO', 'PR'],
      'correct',
      'corrected-claim',
      wrong('corrected-claim', 'CORRECTED_CLAIM'),
    ),
    carc(
      '170',
      'Denied when billed by this type of provider',
      ['CO'],
      'admin',
      'provider-only',
      providerOnly('PROVIDER_WRITE_OFF'),
    ),
    carc(
      '181',
      'Procedure code invalid on the date of service',
      ['CO'],
      'correct',
      'corrected-claim',
      wrong('corrected-claim', 'CORRECTED_CLAIM'),
    ),
    carc(
      '182',
      'Modifier invalid on the date of service',
      ['CO'],
      'correct',
      'corrected-claim',
      wrong('corrected-claim', 'CORRECTED_CLAIM'),
    ),
    carc(
      '185',
      'Rendering provider not eligible for this service',
      ['CO'],
      'admin',
      'provider-only',
      providerOnly('PROVIDER_WRITE_OFF'),
    ),
    carc(
      '197',
      'Precertification/authorization/notification absent',
      ['CO'],
      'auth',
      'retro-auth',
      appealLmn('RETRO_AUTH'),
    ),
    carc('198', 'Authorization exceeded', ['CO'], 'auth', 'retro-auth', appealLmn('RETRO_AUTH')),
    carc(
      '204',
      'Service not covered under the current benefit plan',
      ['PR'],
      'admin',
      'exclusion',
      appealAdmin(),
    ),
    carc(
      '226',
      'Information requested from the provider not received',
      ['CO'],
      'correct',
      'corrected-claim',
      wrong('corrected-claim', 'CORRECTED_CLAIM'),
    ),
    carc(
      '227',
      'Information requested from the patient not received',
      ['PR'],
      'admin',
      'cob',
      wrong('coordination-of-benefits', 'VERIFY_ELIGIBILITY_COB'),
    ),
    carc(
      '242',
      'Not provided by network/primary care providers',
      ['PR', 'CO'],
      'auth',
      'network-exception',
      appealAdmin('REQUEST_NETWORK_EXCEPTION'),
    ),
    carc(
      '243',
      'Not authorized by network/primary care providers',
      ['CO'],
      'auth',
      'retro-referral',
      appealAdmin('RETRO_REFERRAL'),
    ),
    carc(
      '252',
      'Attachment/other documentation required',
      ['CO'],
      'correct',
      'corrected-claim',
      wrong('corrected-claim', 'CORRECTED_CLAIM'),
    ),
    carc(
      '253',
      'Sequestration: federal payment reduction',
      ['CO'],
      'no-action',
      'no-action',
      notAppealable(null, 'PROVIDER_WRITE_OFF'),
    ),
    carc(
      '279',
      'Not provided by preferred (narrow-network) providers',
      ['PR', 'CO'],
      'auth',
      'network-exception',
      appealAdmin('REQUEST_NETWORK_EXCEPTION'),
    ),
    carc(
      '284',
      'Authorization number valid but not for these services',
      ['CO'],
      'correct',
      'corrected-claim',
      wrong('corrected-claim', 'CORRECTED_CLAIM'),
    ),
    carc('287', 'Referral exceeded', ['CO'], 'auth', 'retro-referral', appealAdmin('RETRO_REFERRAL')),
    carc('288', 'Referral absent', ['CO'], 'auth', 'retro-referral', appealAdmin('RETRO_REFERRAL')),
    carc(
      '296',
      'Authorization number valid but not for this provider',
      ['CO'],
      'correct',
      'corrected-claim',
      wrong('corrected-claim', 'CORRECTED_CLAIM'),
    ),
  ].map((info) => [info.code, info]),
);

/** Useful RARCs (RULES.md 7). */
export const RARC_TABLE: ReadonlyMap<string, string> = new Map([
  ['M62', 'Treatment authorization code missing/invalid'],
  ['N54', 'Claim inconsistent with the pre-certified/authorized services'],
  ['MA130', 'Claim unprocessable: no appeal rights; submit a new claim'],
  ['MA01', 'Medicare appeal-rights alert (120 days)'],
  ['N130', 'Consult plan benefit documents'],
  ['N115', 'Decision based on a Local Coverage Determination'],
  ['N386', 'Decision based on a National Coverage Determination'],
  ['N30', 'Patient ineligible for this service'],
]);

/**
 * Which path wins when a claim carries several denial codes: fix-and-resubmit problems first (they are
 * not appeals, RULES.md 6.3 step 2), then COB/eligibility, then the appealable families, then
 * provider-only and no-action, then plain cost sharing.
 */
const PATH_PRIORITY: Readonly<Record<DenialPath, number>> = {
  'new-claim': 0,
  'corrected-claim': 1,
  cob: 2,
  eligibility: 3,
  duplicate: 4,
  'retro-auth': 5,
  clinical: 6,
  'retro-referral': 7,
  'network-exception': 8,
  'second-opinion-penalty': 9,
  exclusion: 10,
  unknown: 11,
  'provider-only': 12,
  'no-action': 13,
  contractual: 14,
  'cost-share': 15,
};

const PLAIN_CARC = /^[1-9]\d{0,2}$/;

export function normalizeCarc(code: string | number): string {
  if (typeof code === 'number') return String(code);
  if (PLAIN_CARC.test(code)) return code;
  return code
    .trim()
    .toUpperCase()
    .replace(/^0+(?=\d)/, '');
}

export function lookupCarc(code: string | number): CarcInfo | null {
  return CARC_TABLE.get(normalizeCarc(code)) ?? null;
}

/** Cost-sharing bucket of a PR adjustment (meta.claims). */
export function patientBucket(code: string): keyof CostBreakdown {
  switch (code) {
    case '1':
      return 'deductible';
    case '2':
      return 'coinsurance';
    case '3':
      return 'copay';
    case '45':
      return 'balanceBilling';
    default:
      return 'nonCovered';
  }
}

/** The per-code route, with RARC refinements (CARC 16 + MA130 = new claim, no appeal rights). */
export function routeFor(
  code: string,
  rarcs: readonly string[],
): { path: DenialPath; resolution: Resolution | null; appeal: AppealSpec | null } {
  const info = lookupCarc(code);
  if (info === null) return { path: 'unknown', resolution: null, appeal: appealAdmin() };
  if (info.code === '16' && rarcs.includes('MA130')) {
    return { path: 'new-claim', resolution: notAppealable('new-claim', 'NEW_CLAIM'), appeal: null };
  }
  return { path: info.path, resolution: info.resolution, appeal: info.appeal };
}

/** Denial without adjustment lines: route by the stated reason (free text or a short code). */
export function routeForDenialReason(
  reason: string | null | undefined,
  status: Claim['status'],
): { path: DenialPath; resolution: Resolution | null; appeal: AppealSpec | null } {
  const text = (reason ?? '').toLowerCase();
  if (/necess|experiment|investig|clinical/.test(text))
    return { path: 'clinical', resolution: null, appeal: appealLmn('PEER_TO_PEER') };
  if (/referr/.test(text))
    return { path: 'retro-referral', resolution: null, appeal: appealAdmin('RETRO_REFERRAL') };
  if (/auth|precert/.test(text))
    return { path: 'retro-auth', resolution: null, appeal: appealLmn('RETRO_AUTH') };
  if (/network/.test(text))
    return { path: 'network-exception', resolution: null, appeal: appealAdmin('REQUEST_NETWORK_EXCEPTION') };
  if (/second.?opinion/.test(text))
    return { path: 'second-opinion-penalty', resolution: null, appeal: appealAdmin() };
  if (/exclu|not.?covered|benefit/.test(text))
    return { path: 'exclusion', resolution: null, appeal: appealAdmin() };
  if (/duplicate/.test(text))
    return { path: 'duplicate', resolution: notAppealable(null, 'CHECK_ORIGINAL_CLAIM'), appeal: null };
  if (/coordination|cob|other (payer|insurance)|eligib/.test(text)) {
    return {
      path: 'cob',
      resolution: wrong('coordination-of-benefits', 'VERIFY_ELIGIBILITY_COB'),
      appeal: null,
    };
  }
  if (/coding|billing error|missing information|incomplete/.test(text)) {
    return { path: 'corrected-claim', resolution: wrong('corrected-claim', 'CORRECTED_CLAIM'), appeal: null };
  }
  // A PA denial is a denial of the request itself (CARC 39 semantics); a rejected claim goes back corrected.
  if (status === 'pa-denied')
    return { path: 'clinical', resolution: null, appeal: appealLmn('PEER_TO_PEER') };
  if (status === 'rejected')
    return { path: 'corrected-claim', resolution: wrong('corrected-claim', 'CORRECTED_CLAIM'), appeal: null };
  return { path: 'unknown', resolution: null, appeal: appealAdmin() };
}

export interface ClaimReading {
  /** PR-group amounts by bucket (meta.claims); CO/OA/PI are never the patient's. */
  patient: CostBreakdown;
  /** The winning path, or null when the claim carries only cost sharing / contractual lines. */
  path: DenialPath | null;
  /** CARC of the winning path (null when it came from the denial reason). */
  carc: string | null;
  resolution: Resolution | null;
  /** Union of the appeal specs of all appealable denial lines. */
  appeal: AppealSpec | null;
  /** CARCs seen, as GROUP-CODE strings (e.g. "CO-45"). */
  codes: string[];
  hasContractualWriteOff: boolean;
  hasDeductibleOrCoinsurance: boolean;
  patientBalanceBill: boolean;
}

/** Read a claim's adjustments: patient amounts and the path its denial codes pick. */
export function readClaim(claim: Claim): ClaimReading {
  const patient: CostBreakdown = {
    deductible: 0,
    copay: 0,
    coinsurance: 0,
    balanceBilling: 0,
    nonCovered: 0,
  };
  const rarcs = (claim.rarc ?? []).map((r) => r.trim().toUpperCase());
  const codes: string[] = [];
  let best: { path: DenialPath; carc: string | null; resolution: Resolution | null } | null = null;
  let appeal: AppealSpec | null = null;
  let hasContractualWriteOff = false;
  let hasDeductibleOrCoinsurance = false;
  let patientBalanceBill = false;

  for (const adj of claim.adjustments ?? []) {
    const code = normalizeCarc(adj.carc);
    codes.push(`${adj.group}-${code}`);
    const amount: Cents = toCents(adj.amount);
    if (adj.group === 'PR') {
      const bucket = patientBucket(code);
      patient[bucket] += amount;
      if (code === '1' || code === '2') hasDeductibleOrCoinsurance = true;
      if (code === '45') patientBalanceBill = true;
    } else if (code === '45') {
      hasContractualWriteOff = true;
    }
    const route = routeFor(code, rarcs);
    if (route.path === 'cost-share' || route.path === 'contractual') continue;
    if (best === null || PATH_PRIORITY[route.path] < PATH_PRIORITY[best.path]) {
      best = { path: route.path, carc: code, resolution: route.resolution };
    }
    if (route.appeal) appeal = mergeAppeal(appeal, route.appeal);
  }

  const denied = claim.status === 'denied' || claim.status === 'pa-denied' || claim.status === 'rejected';
  if (best === null && denied) {
    const route = routeForDenialReason(claim.denialReason, claim.status);
    best = { path: route.path, carc: null, resolution: route.resolution };
    appeal = route.appeal;
  }
  return {
    patient,
    path: best?.path ?? null,
    carc: best?.carc ?? null,
    resolution: best?.resolution ?? null,
    appeal,
    codes,
    hasContractualWriteOff,
    hasDeductibleOrCoinsurance,
    patientBalanceBill,
  };
}

function mergeAppeal(a: AppealSpec | null, b: AppealSpec): AppealSpec {
  if (a === null) return b;
  const prefix = [...a.prefix];
  for (const step of b.prefix) if (!prefix.includes(step)) prefix.push(step);
  return { prefix, withLmn: a.withLmn || b.withLmn, externalReview: a.externalReview || b.externalReview };
}
