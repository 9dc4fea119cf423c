/**
 * One answer at a glance: the question, the answer as a badge, the plain-language reason(s), and (folded) the rule's
 * source and where on the page each fact was read. Presentation only: every string arrives decided.
 */
import type { ComponentChildren } from 'preact';
import { Badge, type BadgeTone } from './Badge';
import { Provenance, type FactOrigin, type RuleSourceView } from './Provenance';

export interface AnswerCardProps {
  /** Stable id: `referral`, `preauth`, `appeal`, `cost`. Used for the heading id and data-testid `answer-<id>`. */
  id: string;
  title: string;
  answer: string;
  tone: BadgeTone;
  /** Extra lines under the answer (deadline, days left). */
  detail?: ComponentChildren;
  reasons: string[];
  sources: RuleSourceView[];
  origins: FactOrigin[];
  children?: ComponentChildren;
}

export function AnswerCard({
  id,
  title,
  answer,
  tone,
  detail,
  reasons,
  sources,
  origins,
  children,
}: AnswerCardProps) {
  const headingId = `cl-answer-${id}-title`;
  return (
    <section class="cl-card" aria-labelledby={headingId} data-testid={`answer-${id}`}>
      <div class="cl-card__head">
        <h2 id={headingId} class="cl-card__title">
          {title}
        </h2>
        <Badge tone={tone} label={answer} testId={`answer-${id}-value`} />
      </div>
      {detail ? <div class="cl-card__detail">{detail}</div> : null}
      {reasons.map((reason, index) => (
        <p key={index} class="cl-card__reason" data-testid={`answer-${id}-reason`}>
          {reason}
        </p>
      ))}
      {children}
      <Provenance sources={sources} origins={origins} testId={`answer-${id}-provenance`} />
    </section>
  );
}
