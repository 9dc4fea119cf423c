/**
 * Letters and checklists (issue 5, item 4): fill a letter from the facts, with every missing fact left as a
 * visible blank; the pre-authorization document checklist; a plain-text checklist per next step.
 */
import type { Assessment, DocumentCode, NextStepCode } from '../model/assessment';
import type { PlanKind } from '../model/case';
import { t, type Locale, type MessageKey } from '../i18n/core';
import {
  LETTER_KINDS,
  LetterWriter,
  letterFacts,
  type FilledLetter,
  type LetterContext,
  type LetterKind,
} from './fill';
import {
  appealLetter,
  erisaClaimFileLetter,
  externalReviewLetter,
  lmnRequestLetter,
  preAuthDocuments,
  preAuthRequestLetter,
  recordsRequestLetter,
} from './templates';

export { LETTER_KINDS, letterFacts } from './fill';
export type { FilledLetter, LetterContext, LetterKind, LetterFacts } from './fill';
export { STANDARD_PRE_AUTH_DOCUMENTS, preAuthDocuments } from './templates';

const TEMPLATES = {
  appeal: appealLetter,
  'lmn-request': lmnRequestLetter,
  'records-request': recordsRequestLetter,
  'preauth-request': preAuthRequestLetter,
  'external-review': externalReviewLetter,
  'erisa-claim-file': erisaClaimFileLetter,
} as const satisfies Record<LetterKind, unknown>;

export function isLetterKind(value: string): value is LetterKind {
  return (LETTER_KINDS as readonly string[]).includes(value);
}

/** Fills one letter. Never throws for missing facts: they become blanks listed in `missing`. */
export function fillLetter(kind: LetterKind, context: LetterContext): FilledLetter {
  const writer = new LetterWriter(context.locale);
  const facts = letterFacts(context);
  const title = TEMPLATES[kind](writer, facts, context);
  return {
    kind,
    title,
    text: writer.text(),
    missing: writer.missingLabels(),
    missingFields: [...writer.missingFields],
    notes: [...writer.notes],
  };
}

/** The title of a letter kind in a locale (for the letter picker). */
export function letterTitle(kind: LetterKind, locale: Locale): string {
  return t(locale, `letters.title.${kind}` as MessageKey);
}

// ---------------------------------------------------------------------------------------------------------------
// Checklists

export interface ChecklistItem {
  code: string;
  text: string;
}

/** The pre-authorization documents (initial diagnosis, test results, treatment plan, referral, records, …). */
export function preAuthChecklist(assessment: Assessment | null, locale: Locale): ChecklistItem[] {
  return preAuthDocuments({ assessment }).map((code: DocumentCode) => ({
    code,
    text: t(locale, `letters.doc.${code}` as MessageKey),
  }));
}

export interface StepChecklist {
  code: NextStepCode;
  /** The step in plain words (present catalog). */
  title: string;
  /** What to do, one line each. */
  items: string[];
  /** Letters that help with this step. */
  letters: LetterKind[];
}

/** Letters that help with each next step (the ERISA request only for job-based plans). */
export function lettersForStep(code: NextStepCode, planKind: PlanKind | null = null): LetterKind[] {
  switch (code) {
    case 'INTERNAL_APPEAL':
    case 'MA_RECONSIDERATION':
    case 'MEDICARE_REDETERMINATION':
    case 'REQUEST_LATE_REVIEW_GOOD_CAUSE':
    case 'RETRO_AUTH':
      return ['appeal'];
    case 'INTERNAL_APPEAL_WITH_LMN':
      return ['appeal', 'lmn-request'];
    case 'PEER_TO_PEER':
      return ['lmn-request'];
    case 'EXTERNAL_REVIEW':
      return ['external-review'];
    case 'REQUEST_DENIAL_LETTER':
      return planKind === 'employer-erisa' || planKind === null ? ['erisa-claim-file'] : [];
    case 'SEND_RECORDS':
      return ['records-request'];
    case 'REQUEST_PRIOR_AUTH':
    case 'REQUEST_NETWORK_EXCEPTION':
    case 'REQUEST_ORGANIZATION_DETERMINATION':
    case 'NEW_PA_REQUEST_IF_NEW_EVIDENCE':
      return ['preauth-request', 'lmn-request'];
    default:
      return [];
  }
}

export function nextStepChecklist(
  code: NextStepCode,
  locale: Locale,
  planKind: PlanKind | null = null,
): StepChecklist {
  return {
    code,
    title: t(locale, `present.step.${code}` as MessageKey),
    items: t(locale, `letters.check.${code}` as MessageKey)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    letters: lettersForStep(code, planKind),
  };
}

/** Every next step of an assessment as a checklist. */
export function nextStepsChecklist(
  assessment: Assessment,
  locale: Locale,
  planKind: PlanKind | null = null,
): StepChecklist[] {
  return assessment.appeal.nextSteps.map((code) => nextStepChecklist(code, locale, planKind));
}

/** Letters worth offering for an assessment, in step order, without repeats. */
export function suggestedLetters(
  assessment: Assessment | null,
  planKind: PlanKind | null = null,
): LetterKind[] {
  const kinds = (assessment?.appeal.nextSteps ?? []).flatMap((code) => lettersForStep(code, planKind));
  return [...new Set(kinds)];
}

/** Plain text of the checklists (for copy, print, download): `[ ]` boxes, one step per block. */
export function checklistText(
  assessment: Assessment,
  locale: Locale,
  planKind: PlanKind | null = null,
  options: { includePreAuthDocuments?: boolean } = {},
): string {
  const box = t(locale, 'letters.checkbox');
  const blocks: string[] = [t(locale, 'letters.checklist.title')];
  for (const step of nextStepsChecklist(assessment, locale, planKind)) {
    blocks.push([`${box} ${step.title}`, ...step.items.map((item) => `    - ${item}`)].join('\n'));
  }
  const wantsPreAuth =
    options.includePreAuthDocuments ??
    (assessment.preAuthNeeded === true ||
      assessment.appeal.nextSteps.some((code) => lettersForStep(code).includes('preauth-request')));
  if (wantsPreAuth) {
    blocks.push(
      [
        t(locale, 'letters.checklist.preauthTitle'),
        ...preAuthChecklist(assessment, locale).map((item) => `${box} ${item.text}`),
      ].join('\n'),
    );
  }
  return blocks.join('\n\n') + '\n';
}
