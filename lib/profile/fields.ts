/**
 * The editable facts: every Case field a page may show or a user may give, with the kind of input the popup and the
 * options page render for it ("unknown — fill in"). Paths are Case paths (lib/model/case.ts), except the
 * out-of-network tier figures, kept under `plan.outOfNetwork.*` and used as the Case's tier figures when a visit or
 * a claim is out of network (lib/profile/to-case.ts).
 *
 * Scopes:
 * - `plan`: one value per member + plan; applies to the page and to every claim;
 * - `visit`: the visit the member is planning (provider, service, authorizations); applies to the page's answer and,
 *   written as `claims[<id>].<path>`, to one claim;
 * - `claim`: only ever written as `claims[<id>].<path>` (facts about one processed claim).
 *
 * Enum values are strings (an `<select>` gives strings); `copayAppliesBeforeDeductible` stores 'true' / 'false' /
 * 'first-3-visits' and the Case builder turns them into the Case's boolean | 'first-3-visits'.
 */
import {
  CLAIM_STATUSES,
  DIAGNOSIS_CATEGORIES,
  NETWORK_STATUSES,
  PLAN_KINDS,
  PLAN_TYPES,
  PRE_AUTH_STATUSES,
  SERVICE_KINDS,
  SETTINGS,
} from '../model/case';
import type { FactValue } from '../model/profile';

export type FactInputKind = 'money' | 'percent' | 'number' | 'date' | 'enum' | 'boolean' | 'text';
export type FactScope = 'plan' | 'visit' | 'claim';

export interface CaseFactField {
  path: string;
  kind: FactInputKind;
  scope: FactScope;
  /** For `enum`: the allowed values (strings). */
  values?: readonly string[];
  /** Message key of the field's label (present catalog). */
  labelKey: string;
  /** Prefix of the enum values' label keys: `${valueLabelPrefix}.${value}` (present catalog). */
  valueLabelPrefix?: string;
  /** Money fields where "none / no limit" is a meaningful answer: stored as the string 'none', null in the Case. */
  allowsNone?: boolean;
}

export const NONE_VALUE = 'none';

const money = (path: string, scope: FactScope = 'plan', allowsNone = false): CaseFactField => ({
  path,
  kind: 'money',
  scope,
  labelKey: `present.field.${path}`,
  ...(allowsNone ? { allowsNone } : {}),
});
const boolean = (path: string, scope: FactScope): CaseFactField => ({
  path,
  kind: 'boolean',
  scope,
  labelKey: `present.field.${path}`,
});
const enumField = (
  path: string,
  scope: FactScope,
  values: readonly string[],
  valueGroup: string,
): CaseFactField => ({
  path,
  kind: 'enum',
  scope,
  values,
  labelKey: `present.field.${path}`,
  valueLabelPrefix: `present.value.${valueGroup}`,
});
const other = (path: string, kind: FactInputKind, scope: FactScope): CaseFactField => ({
  path,
  kind,
  scope,
  labelKey: `present.field.${path}`,
});

function tierFields(prefix: string): CaseFactField[] {
  return [
    money(`${prefix}.deductible.individual`, 'plan', true),
    money(`${prefix}.deductible.individualMet`),
    money(`${prefix}.deductible.family`, 'plan', true),
    money(`${prefix}.deductible.familyMet`),
    money(`${prefix}.oopMax.individual`, 'plan', true),
    money(`${prefix}.oopMax.individualMet`),
    money(`${prefix}.oopMax.family`, 'plan', true),
    money(`${prefix}.oopMax.familyMet`),
    money(`${prefix}.copay`, 'plan', true),
    other(`${prefix}.coinsurance`, 'percent', 'plan'),
  ];
}

export const CASE_FACT_FIELDS: readonly CaseFactField[] = [
  enumField('plan.kind', 'plan', PLAN_KINDS, 'planKind'),
  enumField('plan.type', 'plan', PLAN_TYPES, 'planType'),
  boolean('plan.sbcReferralRequired', 'plan'),
  enumField(
    'plan.preAuthRequiredForService',
    'visit',
    ['required', 'not-required', 'unknown'],
    'preAuthList',
  ),
  ...tierFields('plan'),
  enumField('plan.deductible.familyType', 'plan', ['embedded', 'aggregate'], 'familyType'),
  enumField('plan.copayAppliesBeforeDeductible', 'plan', ['true', 'false', 'first-3-visits'], 'copayTiming'),
  boolean('plan.copayLesserOfAllowed', 'plan'),
  ...tierFields('plan.outOfNetwork'),
  boolean('plan.outOfNetworkCovered', 'plan'),
  boolean('plan.oonCountsTowardInNetworkOop', 'plan'),
  boolean('plan.hsaQualified', 'plan'),
  boolean('plan.onFederallyFacilitatedExchange', 'plan'),
  boolean('plan.mandatorySecondOpinionProgram', 'plan'),
  boolean('plan.grandfathered', 'plan'),
  other('plan.ratingPeriodStart', 'date', 'plan'),
  enumField('provider.networkStatus', 'visit', NETWORK_STATUSES, 'networkStatus'),
  enumField('provider.setting', 'visit', SETTINGS, 'setting'),
  other('provider.role', 'text', 'visit'),
  money('provider.participatingFeeScheduleAmount', 'visit'),
  boolean('authorizations.referralOnFile', 'visit'),
  enumField('authorizations.preAuthStatus', 'visit', PRE_AUTH_STATUSES, 'preAuthStatus'),
  other('authorizations.paRequestReceived', 'date', 'visit'),
  boolean('authorizations.paExpedited', 'visit'),
  boolean('authorizations.nsaConsentSigned', 'visit'),
  other('authorizations.nsaConsentHoursBeforeService', 'number', 'visit'),
  boolean('authorizations.networkExceptionApproved', 'visit'),
  boolean('authorizations.inNetworkAlternativeAvailable', 'visit'),
  boolean('authorizations.abnSigned', 'visit'),
  boolean('authorizations.secondOpinionDocumented', 'visit'),
  other('authorizations.authNumber', 'text', 'visit'),
  enumField('service.kind', 'visit', SERVICE_KINDS, 'serviceKind'),
  enumField('service.diagnosisCategory', 'visit', DIAGNOSIS_CATEGORIES, 'diagnosisCategory'),
  money('service.allowedAmount', 'visit'),
  money('service.billedCharge', 'visit'),
  money('service.recognizedAmount', 'visit'),
  boolean('service.emergency', 'visit'),
  other('service.officeVisitNumberThisYear', 'number', 'visit'),
  boolean('service.priorOpinionsDisagree', 'visit'),
  enumField('claim.status', 'claim', CLAIM_STATUSES, 'claimStatus'),
  other('claim.noticeDate', 'date', 'claim'),
  other('claim.noticeReceivedDate', 'date', 'claim'),
  other('claim.appealBy', 'date', 'claim'),
  boolean('claim.finalInternalDenial', 'claim'),
];

const FIELDS_BY_PATH = new Map(CASE_FACT_FIELDS.map((field) => [field.path, field]));

/** The field definition of a base path (no `claims[…]` prefix). */
export function fieldFor(path: string): CaseFactField | undefined {
  return FIELDS_BY_PATH.get(path);
}

// ---------------------------------------------------------------------------------------------------------------
// Claim-scoped paths: `claims[<encoded claim id>].<path>`

/**
 * Claim ids come from pages (`derived:2025-03-01|Dr. Ana Ruiz|510.00`); a fact path allows only
 * `[A-Za-z0-9_.:|-]` inside the brackets (lib/model/messages.ts FactPathSchema), so other characters are written
 * as `_xx_` (UTF-8 byte in hex). Brackets are always encoded, so the first `].` ends the id.
 */
export function encodeClaimId(claimId: string): string {
  // Most ids need no encoding (every character maps to itself): the background encodes one per fact lookup.
  if (SAFE_ID.test(claimId)) return claimId;
  return Array.from(new TextEncoder().encode(claimId), (byte) => {
    const char = String.fromCharCode(byte);
    return /[A-Za-z0-9.:|-]/.test(char) ? char : `_${byte.toString(16).padStart(2, '0')}_`;
  }).join('');
}

const SAFE_ID = /^[A-Za-z0-9.:|-]*$/;

/** The fact path of `path` for one claim, e.g. `claims[ABC123].service.kind`. */
export function claimFactPath(claimId: string, path: string): string {
  return `claims[${encodeClaimId(claimId)}].${path}`;
}

export interface ParsedFactPath {
  /** The encoded claim id when the path is claim-scoped. */
  claimKey: string | null;
  /** The base path (`service.kind`). */
  path: string;
  field: CaseFactField | undefined;
}

export function parseFactPath(factPath: string): ParsedFactPath {
  const match = /^claims\[([^\]]+)\]\.(.+)$/.exec(factPath);
  const claimKey = match?.[1] ?? null;
  const path = match?.[2] ?? factPath;
  return { claimKey, path, field: fieldFor(path) };
}

// ---------------------------------------------------------------------------------------------------------------
// Validation

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Why `value` cannot be stored for `factPath` (a short English reason for logs), or null when it fits.
 * Plan-scoped fields cannot be claim-scoped (a plan has one deductible), and claim-scoped fields need a claim.
 */
export function validateFactValue(factPath: string, value: Exclude<FactValue, null>): string | null {
  const { claimKey, field } = parseFactPath(factPath);
  if (!field) return 'not an editable fact';
  if (claimKey !== null && field.scope === 'plan') return 'a plan fact cannot be set for one claim';
  if (claimKey === null && field.scope === 'claim') return 'a claim fact needs claims[<id>].';
  switch (field.kind) {
    case 'money':
      if (field.allowsNone && value === NONE_VALUE) return null;
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < 1e9
        ? null
        : 'expected an amount in dollars >= 0';
    case 'percent':
      return typeof value === 'number' && value >= 0 && value <= 1 ? null : 'expected a fraction 0-1';
    case 'number':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0
        ? null
        : 'expected a whole number';
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) ? null : 'expected a date YYYY-MM-DD';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'expected true or false';
    case 'enum':
      return typeof value === 'string' && (field.values ?? []).includes(value)
        ? null
        : `expected one of ${(field.values ?? []).join(', ')}`;
    case 'text':
      return typeof value === 'string' && value.trim().length > 0 && value.length <= 500
        ? null
        : 'expected text';
  }
}
