/**
 * A short coloured label ("Referral needed", "Appeal by Sep 11"). The colour is never the only signal: the text says it,
 * and `srPrefix` adds context for screen readers ("Referral: ") without changing what sighted users see.
 */
export type BadgeTone = 'ok' | 'warn' | 'alert' | 'info' | 'neutral';

export interface BadgeProps {
  tone: BadgeTone;
  label: string;
  /** Read before the label by screen readers only. */
  srPrefix?: string;
  testId?: string;
}

export function Badge({ tone, label, srPrefix, testId }: BadgeProps) {
  return (
    <span class={`cl-badge cl-badge--${tone}`} data-testid={testId} data-tone={tone}>
      {srPrefix ? <span class="cl-sr-only">{srPrefix}: </span> : null}
      {label}
    </span>
  );
}
