/**
 * The facts behind the answers: those the page did not show are listed as "Unknown" with a field to fill in; the others
 * can be corrected. Submitting calls `onOverride(path, value)`; "Use the page's value" calls it with null.
 * Only input parsing happens here (an amount, a percentage, a date); what a fact means is decided in lib/.
 */
import { useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { parseIsoDate } from '@/lib/present/format';
import { useT } from './i18n';
import { Badge } from './Badge';

export type FactKind = 'money' | 'percent' | 'number' | 'date' | 'enum' | 'boolean' | 'text';
export type FactValue = string | number | boolean;

export interface EditableFact {
  path: string;
  label: string;
  kind: FactKind;
  /** For `enum`: the allowed values and their labels. */
  options?: { value: string; label: string }[];
  value: FactValue | null;
  /** The value as shown to the user (formatted money, a translated enum label). */
  display?: string;
  /** True when the current value is the user's own correction. */
  overridden?: boolean;
  /** Page text the value was read from. */
  readFrom?: string;
  /** Money facts where "none / no limit" is an answer (sent as the string 'none'). */
  allowsNone?: boolean;
}

/** The value sent for "none / no limit" (lib/profile/fields.ts NONE_VALUE). */
export const NONE_FACT_VALUE = 'none';

export interface FactsEditorProps {
  facts: EditableFact[];
  onOverride: (path: string, value: FactValue | null) => void | Promise<void>;
  /** Disables every input while a save is in flight. */
  busy?: boolean;
}

/** Parses what a user typed for a fact of `kind`; undefined when it is not a valid value. */
export function parseFactInput(kind: FactKind, raw: string): FactValue | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  switch (kind) {
    case 'money': {
      const cleaned = text.replace(/[$\s,]/g, '');
      if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return undefined;
      return Number(cleaned);
    }
    case 'percent': {
      // Typed as a percentage (20 or 20%), stored as the member's fraction (0.2) like every coinsurance in the model.
      const cleaned = text.replace(/[%\s]/g, '').replace(',', '.');
      if (!/^\d+(\.\d+)?$/.test(cleaned)) return undefined;
      const percent = Number(cleaned);
      if (percent > 100) return undefined;
      return Math.round(percent * 100) / 10000;
    }
    case 'number': {
      const cleaned = text.replace(/[\s,]/g, '');
      if (!/^\d+$/.test(cleaned)) return undefined;
      return Number(cleaned);
    }
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(text) && parseIsoDate(text) ? text : undefined;
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : undefined;
    case 'enum':
    case 'text':
      return text;
  }
}

function initialInput(fact: EditableFact): string {
  if (fact.value === null) return '';
  if (fact.kind === 'percent' && typeof fact.value === 'number')
    return String(Math.round(fact.value * 10000) / 100);
  return String(fact.value);
}

function domId(path: string): string {
  return 'cl-fact-' + path.replace(/[^A-Za-z0-9_-]/g, '_');
}

function FactInput({
  fact,
  id,
  value,
  onInput,
  describedBy,
  disabled,
}: {
  fact: EditableFact;
  id: string;
  value: string;
  onInput: (value: string) => void;
  describedBy?: string;
  disabled?: boolean;
}) {
  const t = useT();
  const change = (event: TargetedEvent<HTMLSelectElement>) => onInput(event.currentTarget.value);
  const inputMode: 'decimal' | 'numeric' | 'text' =
    fact.kind === 'money' || fact.kind === 'percent'
      ? 'decimal'
      : fact.kind === 'number'
        ? 'numeric'
        : 'text';
  if (fact.kind === 'enum' || fact.kind === 'boolean') {
    const options =
      fact.kind === 'boolean'
        ? [
            { value: 'true', label: t('ui.common.yes') },
            { value: 'false', label: t('ui.common.no') },
          ]
        : (fact.options ?? []);
    return (
      <select id={id} value={value} onChange={change} aria-describedby={describedBy} disabled={disabled}>
        <option value="">{t('ui.facts.choose')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  }
  const common = {
    id,
    value,
    onInput: (event: TargetedEvent<HTMLInputElement>) => onInput(event.currentTarget.value),
    'aria-describedby': describedBy,
    disabled,
    autoComplete: 'off',
  };
  if (fact.kind === 'date') return <input type="date" {...common} />;
  return <input type="text" inputMode={inputMode} {...common} />;
}

function FactRow({
  fact,
  onOverride,
  busy,
}: {
  fact: EditableFact;
  onOverride: FactsEditorProps['onOverride'];
  busy?: boolean;
}) {
  const t = useT();
  const unknown = fact.value === null;
  const [editing, setEditing] = useState(unknown);
  const [input, setInput] = useState(initialInput(fact));
  const [error, setError] = useState<string | null>(null);
  const id = domId(fact.path);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  const submit = async (event: Event) => {
    event.preventDefault();
    const parsed = parseFactInput(fact.kind, input);
    if (parsed === undefined) {
      setError(t(`ui.facts.invalid.${fact.kind}`));
      return;
    }
    setError(null);
    await onOverride(fact.path, parsed);
    setEditing(false);
  };

  return (
    <li class="cl-fact" data-testid="fact" data-path={fact.path} data-unknown={unknown ? 'true' : 'false'}>
      <div class="cl-fact__head">
        <span class="cl-fact__label" id={`${id}-label`}>
          {fact.label}
        </span>
        {unknown ? (
          <Badge tone="neutral" label={t('ui.facts.unknown')} />
        ) : (
          <span class="cl-fact__value">
            {fact.display ?? String(fact.value)}
            {fact.overridden ? <span class="cl-muted"> ({t('ui.facts.yourValue')})</span> : null}
          </span>
        )}
      </div>
      {!unknown && fact.readFrom && !fact.overridden ? (
        <p class="cl-fact__origin cl-muted">{t('ui.provenance.readFrom', { text: fact.readFrom })}</p>
      ) : null}
      {editing ? (
        <form class="cl-fact__form" onSubmit={submit} noValidate>
          <label for={id} class="cl-sr-only">
            {fact.label}
          </label>
          <FactInput
            fact={fact}
            id={id}
            value={input}
            onInput={setInput}
            describedBy={
              error ? errorId : fact.kind === 'percent' || fact.kind === 'money' ? hintId : undefined
            }
            disabled={busy}
          />
          <button type="submit" class="cl-button" disabled={busy}>
            {t('ui.facts.save')}
          </button>
          {fact.allowsNone ? (
            <button
              type="button"
              class="cl-button cl-button--quiet"
              disabled={busy}
              onClick={() => {
                setError(null);
                void Promise.resolve(onOverride(fact.path, NONE_FACT_VALUE)).then(() => setEditing(false));
              }}
              aria-label={t('ui.facts.noneNamed', { label: fact.label })}
            >
              {t('present.value.none')}
            </button>
          ) : null}
          {!unknown ? (
            <button type="button" class="cl-button cl-button--quiet" onClick={() => setEditing(false)}>
              {t('ui.common.cancel')}
            </button>
          ) : null}
          {fact.kind === 'percent' || fact.kind === 'money' ? (
            <p id={hintId} class="cl-hint">
              {t(fact.kind === 'money' ? 'ui.facts.hint.money' : 'ui.facts.hint.percent')}
            </p>
          ) : null}
          {error ? (
            <p id={errorId} class="cl-field-error" role="alert">
              {error}
            </p>
          ) : null}
        </form>
      ) : (
        <div class="cl-fact__actions">
          <button
            type="button"
            class="cl-button cl-button--quiet"
            onClick={() => setEditing(true)}
            aria-label={t('ui.facts.changeNamed', { label: fact.label })}
          >
            {t('ui.facts.change')}
          </button>
          {fact.overridden ? (
            <button
              type="button"
              class="cl-button cl-button--quiet"
              disabled={busy}
              onClick={() => void onOverride(fact.path, null)}
              aria-label={t('ui.facts.resetNamed', { label: fact.label })}
            >
              {t('ui.facts.reset')}
            </button>
          ) : null}
        </div>
      )}
    </li>
  );
}

export function FactsEditor({ facts, onOverride, busy }: FactsEditorProps) {
  const t = useT();
  const unknown = facts.filter((fact) => fact.value === null);
  const known = facts.filter((fact) => fact.value !== null);
  return (
    <section class="cl-card" aria-labelledby="cl-facts-title" data-testid="facts-editor">
      <h2 id="cl-facts-title" class="cl-card__title">
        {t('ui.facts.title')}
      </h2>
      {unknown.length > 0 ? (
        <>
          <p class="cl-muted">{t('ui.facts.unknownIntro')}</p>
          <ul class="cl-facts">
            {unknown.map((fact) => (
              <FactRow key={fact.path} fact={fact} onOverride={onOverride} busy={busy} />
            ))}
          </ul>
        </>
      ) : (
        <p class="cl-muted">{t('ui.facts.allKnown')}</p>
      )}
      {known.length > 0 ? (
        <details class="cl-facts-known">
          <summary>{t('ui.facts.knownSummary', { count: known.length })}</summary>
          <ul class="cl-facts">
            {known.map((fact) => (
              <FactRow key={fact.path} fact={fact} onOverride={onOverride} busy={busy} />
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
