/**
 * Letters view: pick a letter (appeal, letter-of-medical-necessity request, records request, pre-authorization cover
 * letter, external-review request, ERISA claim-file request) for the page, a claim or an authorization; read it with
 * every missing fact as a visible blank; copy, print or download it. Plus the pre-authorization document checklist.
 * Loaded on first use.
 */
import { useState } from 'preact/hooks';
import { LetterView, type LetterAction } from '@/components/LetterView';
import { NextSteps } from '@/components/NextSteps';
import { Notice } from '@/components/Notice';
import { downloadText } from '@/components/download';
import { useLocale, useT } from '@/components/i18n';
import type { PopupState } from '@/lib/model/messages';
import {
  LETTER_KINDS,
  fillLetter,
  isLetterKind,
  letterTitle,
  preAuthChecklist,
  suggestedLetters,
  type LetterKind,
} from '@/lib/letters';
import { subjectLabel } from './AnswersView';
import { claimOf, pickSubject, subjectsOf } from './view-model';

export interface LettersViewProps {
  state: PopupState;
  /** The subject the answers view shows; the letters start with it. */
  subjectKey: string | null;
}

export function LettersView({ state, subjectKey }: LettersViewProps) {
  const t = useT();
  const locale = useLocale();
  const subjects = subjectsOf(state);
  const [selectedSubject, setSelectedSubject] = useState<string | null>(subjectKey);
  const subject = pickSubject(subjects, selectedSubject);
  const assessment = subject?.evaluated.assessment ?? null;
  const planKind = subject?.evaluated.case?.plan.kind ?? null;
  const suggested = suggestedLetters(assessment, planKind);
  const ordered: LetterKind[] = [...suggested, ...LETTER_KINDS.filter((kind) => !suggested.includes(kind))];
  const [chosen, setChosen] = useState<LetterKind | null>(null);
  const kind: LetterKind = chosen ?? ordered[0] ?? 'appeal';
  const [status, setStatus] = useState<{ tone: 'ok' | 'alert'; text: string } | null>(null);

  const authorization =
    subject?.kind === 'authorization' && subject.index !== null
      ? (state.snapshot?.authorizations[subject.index] ?? null)
      : null;
  const letter = fillLetter(kind, {
    profile: state.profile,
    snapshot: state.snapshot,
    claim: subject ? claimOf(subject, state) : null,
    authorization,
    assessment,
    today: state.asOf,
    locale,
  });
  const checklist =
    kind === 'preauth-request' || assessment?.preAuthNeeded === true
      ? preAuthChecklist(assessment, locale)
      : [];

  const onAction = (action: LetterAction) => {
    if (action === 'copy') {
      navigator.clipboard
        .writeText(`${letter.title}\n\n${letter.text}`)
        .then(() => setStatus({ tone: 'ok', text: t('ui.letters.copied') }))
        .catch((error: unknown) =>
          setStatus({
            tone: 'alert',
            text: t('ui.letters.copyFailed', {
              message: error instanceof Error ? error.message : String(error),
            }),
          }),
        );
    } else if (action === 'print') {
      setStatus(null);
      window.print();
    } else {
      const file = `coverage-lens-${kind}-${state.asOf}.txt`;
      downloadText(file, `${letter.title}\n\n${letter.text}`, 'text/plain;charset=utf-8');
      setStatus({ tone: 'ok', text: t('ui.letters.downloaded', { file }) });
    }
  };

  return (
    <div data-testid="letters">
      {subjects.length > 1 ? (
        <div class="cl-subject">
          <label for="cl-letter-subject" class="cl-field-label">
            {t('ui.letters.for')}
          </label>
          <select
            id="cl-letter-subject"
            value={subject?.key ?? ''}
            onChange={(event) => {
              setSelectedSubject(event.currentTarget.value);
              setChosen(null);
              setStatus(null);
            }}
          >
            {subjects.map((candidate) => (
              <option key={candidate.key} value={candidate.key}>
                {subjectLabel(candidate, state, locale, t)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <LetterView
        choices={ordered.map((candidate) => ({ kind: candidate, label: letterTitle(candidate, locale) }))}
        selected={kind}
        onSelect={(value) => {
          if (isLetterKind(value)) setChosen(value);
          setStatus(null);
        }}
        letter={letter}
        onAction={onAction}
        status={status}
      />
      {letter.notes.map((note) => (
        <Notice key={note} tone="info">
          {note}
        </Notice>
      ))}
      {checklist.length > 0 ? (
        <NextSteps
          key={`checklist-${subject?.key ?? ''}`}
          title={t('ui.letters.checklist')}
          steps={checklist}
          idPrefix="cl-doc"
        />
      ) : null}
    </div>
  );
}
