/**
 * PopupState → what the components show. Presentation only: the answers were decided in the background (lib/rules);
 * this picks the words, the tones, the trace entries behind each answer and where each fact was read.
 */
import type { Assessment, RuleTrace } from '@/lib/model/assessment';
import type { Evaluated, PopupState } from '@/lib/model/messages';
import type { Claim as SnapshotClaim } from '@/lib/model/snapshot';
import type { Fact } from '@/lib/model/profile';
import '@/lib/i18n/en-ui';
import { hasMessage, t, type Locale, type MessageKey } from '@/lib/i18n/core';
import { formatDate, formatMoney, formatPercent } from '@/lib/present/format';
import { claimFactPath, fieldFor, NONE_VALUE, parseFactPath, type CaseFactField } from '@/lib/profile/fields';
import { authorizationFactKey } from '@/lib/profile/to-case';
import { reasonText } from './reasons';
import type { BadgeTone } from '@/components/Badge';
import type { EditableFact, FactValue } from '@/components/FactsEditor';
import type { FactOrigin, RuleSourceView } from '@/components/Provenance';
import { factLabel, optionLabel } from '@/components/fact-labels';

/** What the answers are about: the page as a whole, one claim on it, or one authorization / referral on it. */
export interface Subject {
  kind: 'page' | 'claim' | 'authorization';
  /** `page`, `claim:<index>` or `auth:<index>`. */
  key: string;
  /**
   * The id claim-scoped facts are stored under (`claims[<id>].…`, lib/profile/fields.ts): the claim id, the
   * authorization's key, or null for the page.
   */
  scopeId: string | null;
  /** Index in the snapshot's claims / authorizations. */
  index: number | null;
  evaluated: Evaluated;
}

export function subjectsOf(state: PopupState): Subject[] {
  const subjects: Subject[] = [];
  if (state.page)
    subjects.push({ kind: 'page', key: 'page', scopeId: null, index: null, evaluated: state.page });
  for (const claim of state.claims) {
    subjects.push({
      kind: 'claim',
      key: `claim:${claim.index}`,
      scopeId: claim.claimId,
      index: claim.index,
      evaluated: claim,
    });
  }
  for (const auth of state.authorizations) {
    const snapshotAuth = state.snapshot?.authorizations[auth.index];
    subjects.push({
      kind: 'authorization',
      key: `auth:${auth.index}`,
      scopeId: snapshotAuth ? authorizationFactKey(snapshotAuth, auth.index) : null,
      index: auth.index,
      evaluated: auth,
    });
  }
  return subjects;
}

/**
 * The subject shown: the one the user picked, else the first that has answers (a claims page has no planned visit to
 * answer for, but its claims do), else the first.
 */
export function pickSubject(subjects: Subject[], key: string | null): Subject | null {
  return (
    subjects.find((candidate) => candidate.key === key) ??
    subjects.find((candidate) => candidate.evaluated.assessment !== null) ??
    subjects[0] ??
    null
  );
}

/** The claim the subject is about (claims only). */
export function claimOf(subject: Subject, state: PopupState): SnapshotClaim | null {
  if (subject.kind !== 'claim' || subject.index === null) return null;
  return state.claims.find((claim) => claim.index === subject.index)?.claim ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// Answers

export interface AnswerView {
  id: 'referral' | 'preauth' | 'appeal';
  title: string;
  answer: string;
  tone: BadgeTone;
  detail: string | null;
  reasons: string[];
  sources: RuleSourceView[];
  origins: FactOrigin[];
}

/** Which rule families explain which answer (the family is the rule id's prefix, see lib/rules/trace.ts). */
const FAMILIES: Record<'referral' | 'preauth' | 'appeal' | 'cost', readonly string[]> = {
  referral: ['referral'],
  preauth: ['preauth'],
  appeal: ['appeal', 'reason-codes', 'carc'],
  cost: ['cost', 'necessity', 'nsa', 'network', 'figures'],
};

export function tracesFor(assessment: Assessment, answer: keyof typeof FAMILIES): RuleTrace[] {
  const families = FAMILIES[answer];
  return assessment.trace.filter((entry) => families.includes(entry.ruleId.split('.')[0] ?? ''));
}

function uniqueSources(traces: RuleTrace[]): RuleSourceView[] {
  const seen = new Map<string, RuleSourceView>();
  for (const entry of traces) {
    const key = `${entry.source.name}|${entry.source.url ?? ''}`;
    if (!seen.has(key))
      seen.set(key, { name: entry.source.name, section: entry.source.section, url: entry.source.url });
  }
  return [...seen.values()];
}

function uniqueReasons(traces: RuleTrace[], locale: Locale): string[] {
  return [...new Set(traces.map((entry) => reasonText(entry, locale)).filter((text) => text.trim() !== ''))];
}

/**
 * The Case facts a derived trace value was computed from (lib/rules/cost.ts, lib/rules/appeal.ts), so "where this
 * comes from" can name the page text behind e.g. the remaining deductible.
 */
const DERIVED_INPUTS: Record<string, readonly string[]> = {
  'derived.remainingDeductible': [
    'plan.deductible.individual',
    'plan.deductible.individualMet',
    'plan.deductible.family',
    'plan.deductible.familyMet',
  ],
  'derived.deductibleBasis': ['plan.deductible.individual', 'plan.deductible.family'],
  'derived.roomUnderCap': [
    'plan.oopMax.individual',
    'plan.oopMax.individualMet',
    'plan.oopMax.family',
    'plan.oopMax.familyMet',
  ],
  'derived.bindingLimit': ['plan.oopMax.individual', 'plan.oopMax.family'],
  'derived.priced': ['service.allowedAmount', 'service.billedCharge'],
  'derived.anchor': ['claim.noticeDate', 'claim.noticeReceivedDate'],
  'derived.deadline': ['claim.appealBy', 'claim.noticeDate'],
};

/**
 * Where each fact was read: the profile's fact (page text, or "you entered this") for plan facts, else the
 * snapshot's source of the claim field the Case path came from.
 */
export function originsFor(
  traces: RuleTrace[],
  subject: Subject,
  state: PopupState,
  locale: Locale,
): FactOrigin[] {
  const paths = new Set<string>();
  for (const entry of traces) {
    for (const path of Object.keys(entry.facts)) {
      if (path.startsWith('derived.')) for (const input of DERIVED_INPUTS[path] ?? []) paths.add(input);
      else paths.add(path);
    }
  }
  const origins: FactOrigin[] = [];
  for (const path of paths) {
    const origin = originOf(path, subject, state);
    if (origin) origins.push({ path, label: factLabel(path, locale), ...origin });
  }
  return origins;
}

/** Case path → the snapshot fields of a claim / authorization it is read from (contract §2). */
const CLAIM_SNAPSHOT_FIELDS: Record<string, readonly string[]> = {
  'claim.status': ['status'],
  'claim.noticeDate': ['denialDate', 'statusDate'],
  'claim.appealBy': ['appealBy'],
  'claim.adjustments': ['carcCodes', 'patientOwes'],
  'claim.rarc': ['rarcCodes'],
  'claim.denialReason': ['denialReason'],
  'service.allowedAmount': ['allowed'],
  'service.billedCharge': ['billed'],
  'provider.networkStatus': ['network'],
};
const AUTHORIZATION_SNAPSHOT_FIELDS: Record<string, readonly string[]> = {
  'authorizations.preAuthStatus': ['status'],
  'authorizations.paRequestReceived': ['requestDate'],
  'authorizations.authNumber': ['referenceNumber'],
  'claim.noticeDate': ['decisionDate'],
  'claim.appealBy': ['appealBy'],
  'claim.denialReason': ['denialReason'],
  'provider.networkStatus': ['servicingNetwork'],
};

/** The fact path a user edits for a Case path of this subject (`claims[<id>].…` for claim/visit facts). */
export function overridePathFor(path: string, subject: Subject): string {
  const field = fieldFor(path);
  if (subject.scopeId !== null && field && field.scope !== 'plan')
    return claimFactPath(subject.scopeId, path);
  return path;
}

/** The remembered fact behind a Case path of this subject (the evaluation's own record first, then the profile). */
function factOf(path: string, subject: Subject, state: PopupState): Fact | undefined {
  const scoped = overridePathFor(path, subject);
  return (
    subject.evaluated.facts[scoped] ??
    subject.evaluated.facts[path] ??
    state.profile?.facts[scoped] ??
    (scoped === path ? undefined : state.profile?.facts[path])
  );
}

function originOf(
  path: string,
  subject: Subject,
  state: PopupState,
): Omit<FactOrigin, 'path' | 'label'> | null {
  const fact = factOf(path, subject, state);
  if (fact?.origin === 'user') return { entered: true };
  if (subject.index !== null && state.snapshot) {
    const [prefix, fields] =
      subject.kind === 'claim'
        ? ['claims', CLAIM_SNAPSHOT_FIELDS]
        : subject.kind === 'authorization'
          ? ['authorizations', AUTHORIZATION_SNAPSHOT_FIELDS]
          : ['', {}];
    for (const field of (fields as Record<string, readonly string[]>)[path] ?? []) {
      const source = state.snapshot.sources[`${prefix}[${subject.index}].${field}`];
      if (source) return { text: source.text };
    }
  }
  if (fact?.source) return { text: fact.source.text };
  return null;
}

function triStateAnswer(
  value: Assessment['referralNeeded'],
  keys: { yes: MessageKey; no: MessageKey },
  locale: Locale,
): { answer: string; tone: BadgeTone } {
  if (value === true) return { answer: t(locale, keys.yes), tone: 'warn' };
  if (value === false) return { answer: t(locale, keys.no), tone: 'ok' };
  if (value === 'check-plan') return { answer: t(locale, 'ui.answer.checkPlan'), tone: 'info' };
  return { answer: t(locale, 'ui.answer.notEvaluated'), tone: 'neutral' };
}

/** `23 days left`, `Last day today`, `Passed 4 days ago`. */
export function daysLeftText(daysLeft: number, locale: Locale): string {
  if (daysLeft === 0) return t(locale, 'ui.days.today');
  if (daysLeft < 0) {
    const count = -daysLeft;
    return t(locale, count === 1 ? 'ui.days.passed_one' : 'ui.days.passed_other', { count });
  }
  return t(locale, daysLeft === 1 ? 'ui.days.left_one' : 'ui.days.left_other', { count: daysLeft });
}

const APPEAL_ANSWERS: Record<Assessment['appeal']['status'], { key: MessageKey; tone: BadgeTone }> = {
  'no-denial': { key: 'ui.appeal.status.no-denial', tone: 'ok' },
  open: { key: 'ui.appeal.status.open', tone: 'warn' },
  expired: { key: 'ui.appeal.status.expired', tone: 'alert' },
  'wrong-path': { key: 'ui.appeal.status.wrong-path', tone: 'info' },
  'not-appealable': { key: 'ui.appeal.status.not-appealable', tone: 'neutral' },
  'provider-only': { key: 'ui.appeal.status.provider-only', tone: 'ok' },
};

export function appealLevelText(level: Assessment['appeal']['level'], locale: Locale): string | null {
  if (!level) return null;
  const key = `ui.appeal.level.${level}`;
  return hasMessage(key) ? t(locale, key) : level;
}

export function appealDetail(appeal: Assessment['appeal'], locale: Locale): string | null {
  const parts: string[] = [];
  const level = appealLevelText(appeal.level, locale);
  if (level && appeal.status === 'open') parts.push(level);
  if (appeal.deadline)
    parts.push(t(locale, 'ui.appeal.deadline', { date: formatDate(appeal.deadline, locale) }));
  if (appeal.daysLeft !== null) parts.push(daysLeftText(appeal.daysLeft, locale));
  return parts.length > 0 ? parts.join(' · ') : null;
}

export function answerViews(subject: Subject, state: PopupState, locale: Locale): AnswerView[] {
  const assessment = subject.evaluated.assessment;
  if (!assessment) return [];
  const build = (
    id: AnswerView['id'],
    title: string,
    answer: { answer: string; tone: BadgeTone },
    detail: string | null,
  ) => {
    const traces = tracesFor(assessment, id);
    return {
      id,
      title,
      ...answer,
      detail,
      reasons: uniqueReasons(traces, locale),
      sources: uniqueSources(traces),
      origins: originsFor(traces, subject, state, locale),
    };
  };
  const due = assessment.preAuthDecisionDueBy;
  const preauthDetail = due?.standard
    ? t(locale, 'ui.preauth.dueBy', {
        date: formatDate(due.standard, locale),
        expedited: due.expedited ? formatDate(due.expedited, locale) : '—',
      })
    : null;
  const appealAnswer = APPEAL_ANSWERS[assessment.appeal.status];
  return [
    build(
      'referral',
      t(locale, 'ui.referral.title'),
      triStateAnswer(assessment.referralNeeded, { yes: 'ui.referral.yes', no: 'ui.referral.no' }, locale),
      null,
    ),
    build(
      'preauth',
      t(locale, 'ui.preauth.title'),
      triStateAnswer(assessment.preAuthNeeded, { yes: 'ui.preauth.yes', no: 'ui.preauth.no' }, locale),
      preauthDetail,
    ),
    build(
      'appeal',
      t(locale, 'ui.appeal.title'),
      { answer: t(locale, appealAnswer.key), tone: appealAnswer.tone },
      appealDetail(assessment.appeal, locale),
    ),
  ];
}

export function costView(subject: Subject, state: PopupState, locale: Locale) {
  const assessment = subject.evaluated.assessment;
  if (!assessment) return null;
  const traces = tracesFor(assessment, 'cost');
  return {
    outOfPocket: assessment.outOfPocket,
    reasons: uniqueReasons(traces, locale),
    sources: uniqueSources(traces),
    origins: originsFor(traces, subject, state, locale),
  };
}

/** Plain-language text of a next-step code. */
export function nextStepText(code: string, locale: Locale): string {
  const key = `present.step.${code}`;
  return hasMessage(key) ? t(locale, key) : code;
}

// ---------------------------------------------------------------------------------------------------------------
// Facts

function valueAt(source: unknown, path: string): unknown {
  let current: unknown = source;
  for (const segment of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function displayValue(field: CaseFactField, value: FactValue, locale: Locale): string {
  if (value === NONE_VALUE && field.kind === 'money') return t(locale, 'present.value.none');
  switch (field.kind) {
    case 'money':
      return typeof value === 'number' ? formatMoney(value, locale) : String(value);
    case 'percent':
      return typeof value === 'number' ? formatPercent(value, locale) : String(value);
    case 'date':
      return typeof value === 'string' ? formatDate(value, locale) || value : String(value);
    case 'boolean':
      return t(locale, value ? 'ui.common.yes' : 'ui.common.no');
    case 'enum':
      return optionLabel(field, String(value), locale);
    default:
      return String(value);
  }
}

function asFactValue(value: unknown): FactValue | null {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return null;
}

/**
 * The facts the editor lists: every fact the answer lacked (unknown → fill in), then the editable facts the rules
 * used (to correct). Values come from the evaluated Case (what the rules saw) or the remembered fact.
 */
export function editableFacts(subject: Subject, state: PopupState, locale: Locale): EditableFact[] {
  const evaluated = subject.evaluated;
  // `missing` holds fact paths (claim-scoped where it applies); `unknownFacts` and trace facts hold Case paths.
  const unknown = new Set<string>();
  for (const factPath of evaluated.missing) unknown.add(parseFactPath(factPath).path);
  for (const path of evaluated.assessment?.unknownFacts ?? []) unknown.add(path);
  const used = new Set<string>();
  for (const entry of evaluated.assessment?.trace ?? [])
    for (const path of Object.keys(entry.facts)) used.add(path);
  for (const factPath of Object.keys(evaluated.facts)) used.add(parseFactPath(factPath).path);
  const facts: EditableFact[] = [];
  for (const path of [...unknown, ...[...used].filter((candidate) => !unknown.has(candidate))]) {
    const field = fieldFor(path);
    if (!field) continue;
    const overridePath = overridePathFor(path, subject);
    const fact = factOf(path, subject, state);
    const caseValue = evaluated.case ? asFactValue(valueAt(evaluated.case, path)) : null;
    const value = unknown.has(path) ? null : (caseValue ?? asFactValue(fact?.value));
    const origin = originOf(path, subject, state);
    facts.push({
      path: overridePath,
      label: factLabel(path, locale),
      kind: field.kind,
      options: field.values?.map((option) => ({ value: option, label: optionLabel(field, option, locale) })),
      value,
      display: value === null ? undefined : displayValue(field, value, locale),
      overridden: fact?.origin === 'user',
      readFrom: origin?.text,
      allowsNone: field.allowsNone,
    });
  }
  return facts;
}

/** Why a subject has no answers: a pending or non-medical claim, or facts the Case requires. */
export function unansweredText(subject: Subject, locale: Locale): string {
  if (subject.evaluated.note === 'pending') return t(locale, 'present.badge.pending');
  if (subject.evaluated.note === 'not-medical') return t(locale, 'present.badge.notMedical');
  return t(locale, 'ui.answer.needFacts');
}

// ---------------------------------------------------------------------------------------------------------------
// Notices

export interface NoticeView {
  key: string;
  tone: 'info' | 'warn' | 'alert';
  text: string;
}

export function noticeViews(state: PopupState, locale: Locale): NoticeView[] {
  const notices: NoticeView[] = [];
  if (state.canary) notices.push({ key: 'canary', tone: 'warn', text: t(locale, 'ui.notice.canary') });
  for (const key of new Set(state.notices)) {
    notices.push({ key, tone: 'info', text: hasMessage(key) ? t(locale, key) : key });
  }
  if (state.error) notices.push({ key: 'error', tone: 'alert', text: state.error });
  return notices;
}
