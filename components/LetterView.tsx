/**
 * A filled letter: pick the kind, read the text with every missing fact left as a visible blank, then copy, print or
 * download it. The parent fills the letter (lib/letters) and performs the actions.
 */
import { useT } from './i18n';
import { Notice } from './Notice';

export interface LetterChoice {
  kind: string;
  label: string;
}

export interface FilledLetter {
  title: string;
  text: string;
  /** Labels of the facts left blank. */
  missing: string[];
}

export type LetterAction = 'copy' | 'print' | 'download';

export interface LetterViewProps {
  choices: LetterChoice[];
  selected: string;
  onSelect: (kind: string) => void;
  letter: FilledLetter | null;
  onAction: (action: LetterAction) => void;
  /** Outcome of the last action, shown as a status line. */
  status?: { tone: 'ok' | 'alert'; text: string } | null;
}

/** Matches the blanks the letter templates leave for missing facts: `[…]` or a run of underscores. */
const BLANK_PATTERN = /(\[[^\]\n]*\]|_{3,})/g;

/** Splits letter text into plain and blank segments so blanks can be highlighted (never parsed as HTML). */
export function splitBlanks(text: string): { text: string; blank: boolean }[] {
  const parts: { text: string; blank: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(BLANK_PATTERN)) {
    const start = match.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start), blank: false });
    parts.push({ text: match[0], blank: true });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), blank: false });
  return parts;
}

/** The letter's text; focusable so keyboard users can scroll it (it has a maximum height). */
export function LetterText({ text, labelledBy }: { text: string; labelledBy?: string }) {
  return (
    <div
      class="cl-letter__text"
      data-testid="letter-text"
      tabIndex={0}
      role={labelledBy ? 'region' : undefined}
      aria-labelledby={labelledBy}
    >
      {splitBlanks(text).map((part, index) =>
        part.blank ? (
          <mark key={index} class="cl-blank">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </div>
  );
}

export function LetterView({ choices, selected, onSelect, letter, onAction, status }: LetterViewProps) {
  const t = useT();
  return (
    <section class="cl-card" aria-labelledby="cl-letters-title" data-testid="letters-view">
      <h2 id="cl-letters-title" class="cl-card__title">
        {t('ui.letters.title')}
      </h2>
      <label for="cl-letter-kind" class="cl-field-label">
        {t('ui.letters.pick')}
      </label>
      <select id="cl-letter-kind" value={selected} onChange={(event) => onSelect(event.currentTarget.value)}>
        {choices.map((choice) => (
          <option key={choice.kind} value={choice.kind}>
            {choice.label}
          </option>
        ))}
      </select>
      {letter ? (
        <article class="cl-letter cl-print-area" aria-labelledby="cl-letter-heading">
          <h3 id="cl-letter-heading" class="cl-letter__title">
            {letter.title}
          </h3>
          {letter.missing.length > 0 ? (
            <div class="cl-letter__missing cl-no-print" data-testid="letter-missing">
              <p>{t('ui.letters.missing', { count: letter.missing.length })}</p>
              <ul>
                {letter.missing.map((label) => (
                  <li key={label}>{label}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <LetterText text={letter.text} labelledBy="cl-letter-heading" />
        </article>
      ) : null}
      <div class="cl-actions cl-no-print" role="group" aria-label={t('ui.letters.actions')}>
        <button type="button" class="cl-button" onClick={() => onAction('copy')} disabled={!letter}>
          {t('ui.letters.copy')}
        </button>
        <button type="button" class="cl-button" onClick={() => onAction('print')} disabled={!letter}>
          {t('ui.letters.print')}
        </button>
        <button type="button" class="cl-button" onClick={() => onAction('download')} disabled={!letter}>
          {t('ui.letters.download')}
        </button>
      </div>
      {status ? <Notice tone={status.tone}>{status.text}</Notice> : null}
    </section>
  );
}
