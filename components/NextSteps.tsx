/**
 * The next steps as a checklist the user can tick while working through them (ticks live only in this view).
 */
import { useState } from 'preact/hooks';
import { useT } from './i18n';

export interface NextStep {
  code: string;
  text: string;
}

export interface NextStepsProps {
  steps: NextStep[];
  title?: string;
  idPrefix?: string;
}

export function NextSteps({ steps, title, idPrefix = 'cl-step' }: NextStepsProps) {
  const t = useT();
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const headingId = `${idPrefix}-heading`;
  const toggle = (code: string) =>
    setDone((previous) => {
      const next = new Set(previous);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });
  return (
    <section class="cl-card" aria-labelledby={headingId} data-testid="next-steps">
      <h2 id={headingId} class="cl-card__title">
        {title ?? t('ui.nextSteps.title')}
      </h2>
      {steps.length === 0 ? (
        <p class="cl-muted">{t('ui.nextSteps.none')}</p>
      ) : (
        <ul class="cl-checklist">
          {steps.map((step) => {
            const inputId = `${idPrefix}-${step.code}`;
            return (
              <li key={step.code} data-code={step.code}>
                <input
                  type="checkbox"
                  id={inputId}
                  checked={done.has(step.code)}
                  onChange={() => toggle(step.code)}
                />
                <label for={inputId}>{step.text}</label>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
