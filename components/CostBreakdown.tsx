/**
 * The out-of-pocket estimate and its parts. The amounts arrive computed (lib/rules); this only lays them out, with the
 * plain-language name first and the technical term in brackets.
 */
import { formatMoney } from '@/lib/present/format';
import type { MessageKey } from '@/lib/i18n/core';
import { Badge } from './Badge';
import { useLocale, useT } from './i18n';
import { Provenance, type FactOrigin, type RuleSourceView } from './Provenance';

export interface OutOfPocketFigures {
  deductible: number;
  copay: number;
  coinsurance: number;
  balanceBilling: number;
  nonCovered: number;
  total: number;
}

export interface CostBreakdownProps {
  outOfPocket: OutOfPocketFigures | null;
  reasons: string[];
  sources: RuleSourceView[];
  origins: FactOrigin[];
}

const PARTS: ReadonlyArray<{ field: Exclude<keyof OutOfPocketFigures, 'total'>; label: MessageKey }> = [
  { field: 'deductible', label: 'ui.cost.deductible' },
  { field: 'copay', label: 'ui.cost.copay' },
  { field: 'coinsurance', label: 'ui.cost.coinsurance' },
  { field: 'balanceBilling', label: 'ui.cost.balanceBilling' },
  { field: 'nonCovered', label: 'ui.cost.nonCovered' },
];

export function CostBreakdown({ outOfPocket, reasons, sources, origins }: CostBreakdownProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <section class="cl-card" aria-labelledby="cl-answer-cost-title" data-testid="answer-cost">
      <div class="cl-card__head">
        <h2 id="cl-answer-cost-title" class="cl-card__title">
          {t('ui.cost.title')}
        </h2>
        <Badge
          tone={outOfPocket ? 'info' : 'neutral'}
          label={outOfPocket ? formatMoney(outOfPocket.total, locale) : t('ui.cost.notPriced')}
          testId="answer-cost-value"
        />
      </div>
      {outOfPocket ? (
        <table class="cl-cost" data-testid="cost-breakdown">
          <caption class="cl-sr-only">{t('ui.cost.caption')}</caption>
          <tbody>
            {PARTS.map(({ field, label }) => (
              <tr key={field} data-field={field}>
                <th scope="row">{t(label)}</th>
                <td>{formatMoney(outOfPocket[field], locale)}</td>
              </tr>
            ))}
            <tr class="cl-cost__total" data-field="total">
              <th scope="row">{t('ui.cost.total')}</th>
              <td>{formatMoney(outOfPocket.total, locale)}</td>
            </tr>
          </tbody>
        </table>
      ) : null}
      {reasons.map((reason, index) => (
        <p key={index} class="cl-card__reason" data-testid="answer-cost-reason">
          {reason}
        </p>
      ))}
      <Provenance sources={sources} origins={origins} testId="answer-cost-provenance" />
    </section>
  );
}
