/**
 * Filling letters from the facts: every fact the page showed or the user gave is written in; every fact that is not
 * known is left as a visible blank `[__________ (label)]` and listed in `missing`. Nothing is invented: no name,
 * date, code or amount appears in a letter unless it came from the snapshot, the profile or the assessment.
 *
 * The wording lives in the letters catalog (lib/i18n/catalog/letters.{en,es}.ts); this file decides which
 * paragraphs a letter needs (from the claim's status and reason codes, the plan kind and the engine's next steps).
 */
import type { Assessment, DocumentCode } from '../model/assessment';
import type { PlanKind } from '../model/case';
import type { MemberProfile } from '../model/profile';
import type { Authorization, Claim, PageSnapshot } from '../model/snapshot';
import { registerCatalog, t, type Locale, type MessageKey, type MessageParams } from '../i18n/core';
import { lettersEn } from '../i18n/catalog/letters.en';
import { presentEn } from '../i18n/catalog/present.en';
import { formatDate, formatMoney } from '../present/format';

// English letter strings travel with the letters (the only code that needs them: the popup loads this lazily);
// letters also name next steps and values from the present part. Spanish: `loadCatalogs('es', ['letters', …])`.
registerCatalog('en', 'letters', lettersEn);
registerCatalog('en', 'present', presentEn);

export const LETTER_KINDS = [
  'appeal',
  'lmn-request',
  'records-request',
  'preauth-request',
  'external-review',
  'erisa-claim-file',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export interface LetterContext {
  profile: MemberProfile | null;
  snapshot: PageSnapshot | null;
  /** The claim the letter is about (appeal, LMN request, external review, ERISA request). */
  claim?: Claim | null;
  /** A prior-authorization request shown on the page (a PA denial to appeal, or the request being made). */
  authorization?: Authorization | null;
  /** The engine's answer for that claim (or for the page, for a pre-authorization request). */
  assessment?: Assessment | null;
  /** `YYYY-MM-DD`: the letter's date. */
  today: string;
  locale: Locale;
}

export interface FilledLetter {
  kind: LetterKind;
  title: string;
  /** Plain text, `\n` line breaks. */
  text: string;
  /** Labels (in the letter's language) of the facts left blank, in order of first appearance. */
  missing: string[];
  /** Stable ids of the same facts (`letters.field.*` keys without the prefix). */
  missingFields: string[];
  /** Notes for the user about this letter (not part of it), in the letter's language. */
  notes: string[];
}

/** The field ids a blank can stand for (keys `letters.field.<id>`). */
export type LetterField =
  | 'memberName'
  | 'memberId'
  | 'groupNumber'
  | 'dateOfBirth'
  | 'memberAddress'
  | 'phone'
  | 'planName'
  | 'planAddress'
  | 'paAddress'
  | 'macAddress'
  | 'externalReviewAddress'
  | 'planAdministrator'
  | 'claimId'
  | 'referenceNumber'
  | 'dateOfService'
  | 'provider'
  | 'noticeDate'
  | 'finalDenialDate'
  | 'denialReason'
  | 'service'
  | 'procedureCode'
  | 'diagnosis'
  | 'diagnosisCodes'
  | 'treatingDoctor'
  | 'recordsHolder'
  | 'secondOpinionDoctor'
  | 'secondOpinionAddress'
  | 'appointmentDate'
  | 'plannedDate'
  | 'networkStatus'
  | 'whyWrong'
  | 'lateReason'
  | 'submitter';

/** Collects paragraphs and the blanks left in them. */
export class LetterWriter {
  private readonly paragraphs: string[] = [];
  readonly missingFields: string[] = [];
  readonly notes: string[] = [];

  constructor(readonly locale: Locale) {}

  msg(key: MessageKey, params?: MessageParams): string {
    return t(this.locale, key, params);
  }

  /** The value, or a visible blank for `field` (recorded as missing). */
  value(field: LetterField, value: string | null | undefined): string {
    const text = value?.trim();
    if (text) return text;
    if (!this.missingFields.includes(field)) this.missingFields.push(field);
    return this.msg('letters.blank', { label: this.msg(`letters.field.${field}` as MessageKey) });
  }

  date(field: LetterField, iso: string | null | undefined): string {
    return this.value(field, iso ? formatDate(iso, this.locale, 'long') || null : null);
  }

  money(amount: number | null | undefined): string | null {
    const text = formatMoney(amount, this.locale);
    return text === '' ? null : text;
  }

  add(text: string): void {
    this.paragraphs.push(text);
  }

  addMsg(key: MessageKey, params?: MessageParams): void {
    this.add(this.msg(key, params));
  }

  /** A bulleted list, under an optional heading line. */
  addList(items: readonly string[], heading?: string): void {
    const lines = items.map((item) => this.msg('letters.bullet', { text: item }));
    this.add((heading ? [heading, ...lines] : lines).join('\n'));
  }

  /** A list of `[ ]` boxes to tick, under an optional heading line. */
  addCheckList(items: readonly string[], heading?: string): void {
    const box = this.msg('letters.checkbox');
    const lines = items.map((item) => `${box} ${item}`);
    this.add((heading ? [heading, ...lines] : lines).join('\n'));
  }

  note(key: MessageKey): void {
    const text = this.msg(key);
    if (!this.notes.includes(text)) this.notes.push(text);
  }

  text(): string {
    return this.paragraphs.join('\n\n') + '\n';
  }

  missingLabels(): string[] {
    return this.missingFields.map((field) => this.msg(`letters.field.${field}` as MessageKey));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Facts for letters

/** What a letter may say about the member, the plan and the claim: known values or null. */
export interface LetterFacts {
  memberName: string | null;
  memberId: string | null;
  planName: string | null;
  planKind: PlanKind | null;
  claimId: string | null;
  claimIdIsDerived: boolean;
  referenceNumber: string | null;
  dateOfService: string | null;
  provider: string | null;
  noticeDate: string | null;
  denialReason: string | null;
  reasonCodes: string[];
  service: string | null;
  procedureCode: string | null;
  billed: number | null;
  patientOwes: number | null;
  networkStatus: string | null;
  isPaDenial: boolean;
  appealDeadline: string | null;
}

const PLAN_KINDS_BY_TYPE: Record<string, PlanKind> = {
  'Original Medicare': 'medicare-original',
  'MA-HMO': 'medicare-advantage',
  'MA-PPO': 'medicare-advantage',
  'Medicaid MCO': 'medicaid-managed-care',
};

const PLAN_KIND_VALUES: readonly string[] = [
  'employer-erisa',
  'aca-individual',
  'medicare-original',
  'medicare-advantage',
  'medicaid-managed-care',
];

function planKindOf(context: LetterContext): PlanKind | null {
  const kind = context.profile?.facts['plan.kind']?.value;
  if (typeof kind === 'string' && PLAN_KIND_VALUES.includes(kind)) return kind as PlanKind;
  const type = context.profile?.facts['plan.type']?.value ?? context.snapshot?.plan.type ?? null;
  return typeof type === 'string' ? (PLAN_KINDS_BY_TYPE[type] ?? null) : null;
}

function describeService(
  claim: Claim | null | undefined,
  auth: Authorization | null | undefined,
): string | null {
  if (claim) {
    const parts = claim.lines
      .map((line) => {
        const description = line.description?.trim();
        const code = line.procedureCode?.trim();
        if (description && code) return `${description} (${code})`;
        return description || code || null;
      })
      .filter((part): part is string => part !== null);
    const unique = [...new Set(parts)];
    if (unique.length > 0) return unique.join('; ');
  }
  if (auth) {
    const description = auth.serviceDescription?.trim();
    const code = auth.procedureCode?.trim();
    if (description && code) return `${description} (${code})`;
    return description || code || null;
  }
  return null;
}

function reasonCodesOf(claim: Claim | null | undefined): string[] {
  if (!claim) return [];
  const codes = [
    ...claim.carcCodes,
    ...claim.lines.flatMap((line) => line.carcCodes),
    ...claim.rarcCodes,
    ...claim.lines.flatMap((line) => line.rarcCodes ?? []),
  ];
  return [...new Set(codes)];
}

export function letterFacts(context: LetterContext): LetterFacts {
  const { profile, snapshot, claim, authorization: auth, assessment } = context;
  const claimIdIsDerived = Boolean(claim?.id.startsWith('derived:'));
  const network = claim?.network ?? auth?.servicingNetwork ?? null;
  const userNetwork = profile?.facts['provider.networkStatus']?.value;
  return {
    memberName: profile?.member.name ?? snapshot?.member.name ?? null,
    memberId: profile?.member.id ?? snapshot?.member.id ?? null,
    planName: profile?.planName ?? snapshot?.plan.name ?? null,
    planKind: planKindOf(context),
    claimId: claim && !claimIdIsDerived ? claim.id : null,
    claimIdIsDerived,
    referenceNumber: auth?.referenceNumber ?? null,
    dateOfService: claim?.dateOfService ?? auth?.serviceDateFrom ?? null,
    provider: claim?.provider ?? auth?.servicingProvider ?? null,
    noticeDate: claim?.denialDate ?? claim?.statusDate ?? auth?.decisionDate ?? null,
    denialReason: claim?.denialReason ?? auth?.denialReason ?? null,
    reasonCodes: reasonCodesOf(claim),
    service: describeService(claim, auth),
    procedureCode:
      auth?.procedureCode ?? claim?.lines.find((line) => line.procedureCode)?.procedureCode ?? null,
    billed: claim?.billed ?? null,
    patientOwes: claim?.patientOwes ?? null,
    networkStatus: network ?? (typeof userNetwork === 'string' ? userNetwork : null),
    isPaDenial: !claim && auth?.statusNormalized === 'denied',
    appealDeadline: assessment?.appeal.deadline?.slice(0, 10) ?? claim?.appealBy ?? auth?.appealBy ?? null,
  };
}

/** Reason codes (CARC number part) that point to a kind of denial; used only to pick paragraphs. */
export const REASON_GROUPS = {
  necessity: ['50', '151', '167', '39', '11'],
  experimental: ['55'],
  auth: ['197', '198', '15', '284', '296'],
  referral: ['243', '287', '288'],
  network: ['242', '279'],
  secondOpinion: ['61'],
} as const;

export type ReasonGroup = keyof typeof REASON_GROUPS;

/** Which kinds of denial the claim's codes and stated reason show (several may apply). */
export function reasonGroupsOf(facts: LetterFacts): Set<ReasonGroup> {
  const groups = new Set<ReasonGroup>();
  const carcs = facts.reasonCodes
    .map((code) => /^(?:CO|PR|OA|PI|CR)-([A-Z]?\d{1,3})$/.exec(code)?.[1])
    .filter(Boolean);
  for (const [group, codes] of Object.entries(REASON_GROUPS) as Array<[ReasonGroup, readonly string[]]>) {
    if (carcs.some((carc) => carc !== undefined && codes.includes(carc))) groups.add(group);
  }
  const reason = (facts.denialReason ?? '').toLowerCase();
  if (/necess/.test(reason)) groups.add('necessity');
  if (/experiment|investig/.test(reason)) groups.add('experimental');
  if (/auth|precert/.test(reason)) groups.add('auth');
  if (/referr/.test(reason)) groups.add('referral');
  if (/network/.test(reason)) groups.add('network');
  if (/second.?opinion/.test(reason)) groups.add('secondOpinion');
  return groups;
}

/** Document list: the engine's list when it gave one, else `fallback`. */
export function documentsFor(
  assessment: Assessment | null | undefined,
  which: 'priorAuth' | 'appeal' | 'secondOpinion',
  fallback: readonly DocumentCode[],
): DocumentCode[] {
  const fromEngine = assessment?.documents[which] ?? [];
  return fromEngine.length > 0 ? [...fromEngine] : [...fallback];
}
