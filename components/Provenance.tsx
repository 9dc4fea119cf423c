/**
 * "Where this comes from": the rule's source and the page text each fact was read from. Shown under an answer in a
 * <details> so that the popup stays short but every answer can be checked.
 */
import { displayPageText } from '../lib/present/format';
import { useT } from './i18n';

export interface FactOrigin {
  /** Field path of the fact (`plan.inNetwork.deductible.individual.amount`). */
  path: string;
  /** Human label of the fact, when known. */
  label?: string;
  /** Visible page text the value was parsed from; absent when the user typed it. */
  text?: string;
  /** True when the value is the user's own correction. */
  entered?: boolean;
}

/** A rule's source: the cited text, its RULES.md section, and its address (shown as a link). */
export interface RuleSourceView {
  name: string;
  section?: string;
  url?: string | null;
}

/** Source addresses are stored without a scheme (`www.healthcare.gov/...`); links always use https. */
export function sourceHref(url: string): string {
  return /^https?:\/\//i.test(url) ? url : `https://${url}`;
}

export interface ProvenanceProps {
  sources: RuleSourceView[];
  origins: FactOrigin[];
  testId?: string;
}

export function Provenance({ sources, origins, testId }: ProvenanceProps) {
  const t = useT();
  if (sources.length === 0 && origins.length === 0) return null;
  return (
    <details class="cl-provenance" data-testid={testId}>
      <summary>{t('ui.provenance.summary')}</summary>
      {sources.length > 0 ? (
        <div>
          <h3 class="cl-provenance__heading">{t('ui.provenance.rules')}</h3>
          <ul>
            {sources.map((source) => (
              <li key={`${source.name}|${source.url ?? ''}`} class="cl-provenance__source">
                {source.url ? (
                  <a href={sourceHref(source.url)} target="_blank" rel="noreferrer">
                    {source.name}
                  </a>
                ) : (
                  source.name
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {origins.length > 0 ? (
        <div>
          <h3 class="cl-provenance__heading">{t('ui.provenance.facts')}</h3>
          <ul>
            {origins.map((origin) => (
              <li key={origin.path} class="cl-provenance__origin" data-path={origin.path}>
                {origin.label ? <span class="cl-provenance__label">{origin.label}: </span> : null}
                {origin.entered
                  ? t('ui.provenance.entered')
                  : origin.text
                    ? t('ui.provenance.readFrom', { text: displayPageText(origin.text) })
                    : t('ui.provenance.profile')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </details>
  );
}
