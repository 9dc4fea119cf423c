/**
 * The answers for one subject (the page, or one claim or authorization on it): referral, pre-authorization, appeal,
 * the cost estimate, the next steps, and the facts (unknown ones to fill in).
 */
import { AnswerCard } from '@/components/AnswerCard';
import { CostBreakdown } from '@/components/CostBreakdown';
import { FactsEditor, type FactValue } from '@/components/FactsEditor';
import { NextSteps } from '@/components/NextSteps';
import { Notice } from '@/components/Notice';
import { useLocale, useT, type Translate } from '@/components/i18n';
import type { Locale } from '@/lib/i18n/core';
import { formatDate, formatMoney } from '@/lib/present/format';
import type { PopupState } from '@/lib/model/messages';
import {
  answerViews,
  costView,
  editableFacts,
  nextStepText,
  pickSubject,
  subjectsOf,
  unansweredText,
  type Subject,
} from './view-model';

export interface AnswersViewProps {
  state: PopupState;
  /** Selected subject (`page`, `claim:<index>`, `auth:<index>`); null picks the first. */
  subjectKey: string | null;
  onSubject: (key: string) => void;
  onOverride: (path: string, value: FactValue | null) => void | Promise<void>;
  busy: boolean;
}

export function subjectLabel(subject: Subject, state: PopupState, locale: Locale, t: Translate): string {
  if (subject.kind === 'page') return t('ui.subject.page');
  if (subject.kind === 'authorization') {
    const auth = state.snapshot?.authorizations[subject.index ?? -1];
    const parts = [
      t('ui.subject.authorization', { id: auth?.referenceNumber ?? `#${(subject.index ?? 0) + 1}` }),
    ];
    if (auth?.serviceDescription) parts.push(auth.serviceDescription);
    return parts.join(' · ');
  }
  const claim = state.claims.find((candidate) => candidate.index === subject.index)?.claim;
  if (!claim) return t('ui.subject.claim', { id: '' }).trim();
  const parts = [t('ui.subject.claim', { id: claim.id.startsWith('derived:') ? '' : claim.id }).trim()];
  if (claim.dateOfService) parts.push(formatDate(claim.dateOfService, locale));
  if (claim.provider) parts.push(claim.provider);
  if (claim.patientOwes !== null) parts.push(formatMoney(claim.patientOwes, locale));
  return parts.join(' · ');
}

export function AnswersView({ state, subjectKey, onSubject, onOverride, busy }: AnswersViewProps) {
  const t = useT();
  const locale = useLocale();
  const subjects = subjectsOf(state);
  const subject = pickSubject(subjects, subjectKey);
  if (!subject) return null;
  const assessment = subject.evaluated.assessment;
  const cost = costView(subject, state, locale);
  return (
    <div data-testid="answers-view" data-subject={subject.key}>
      {subjects.length > 1 ? (
        <div class="cl-subject">
          <label for="cl-subject" class="cl-field-label">
            {t('ui.subject.label')}
          </label>
          <select
            id="cl-subject"
            value={subject.key}
            onChange={(event) => onSubject(event.currentTarget.value)}
          >
            {subjects.map((candidate) => (
              <option key={candidate.key} value={candidate.key}>
                {subjectLabel(candidate, state, locale, t)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {assessment ? (
        <>
          {answerViews(subject, state, locale).map((answer) => (
            <AnswerCard key={answer.id} {...answer} detail={answer.detail ?? undefined} />
          ))}
          {cost ? <CostBreakdown {...cost} /> : null}
          <NextSteps
            key={subject.key}
            steps={assessment.appeal.nextSteps.map((code) => ({ code, text: nextStepText(code, locale) }))}
            idPrefix={`cl-step-${subject.key.replace(/\W/g, '-')}`}
          />
        </>
      ) : (
        <Notice tone="info" testId="unanswered">
          {unansweredText(subject, locale)}
        </Notice>
      )}
      <FactsEditor
        key={`facts-${subject.key}`}
        facts={editableFacts(subject, state, locale)}
        onOverride={onOverride}
        busy={busy}
      />
    </div>
  );
}
