/**
 * Plain-language reasons of the rule trace in the UI language. The engine already fills the English text
 * (`RuleTrace.reason`); the other languages need the reason templates (lib/rules/messages.ts, ~10 kB gz), which are
 * loaded only when the UI is not in English, so the English popup stays small.
 */
import type { RuleTrace } from '@/lib/model/assessment';
import type { Locale } from '@/lib/i18n/core';

type Formatter = (trace: Pick<RuleTrace, 'messageKey' | 'messageParams'>, locale: Locale) => string;

let formatter: Formatter | null = null;

/** Loads the reason templates when `locale` needs them (call before rendering answers). */
export async function loadReasons(locale: Locale): Promise<void> {
  if (locale === 'en' || formatter) return;
  formatter = (await import('@/lib/rules/messages')).formatReason;
}

/** The reason of a trace entry in `locale` (English text until the templates are loaded). */
export function reasonText(
  trace: Pick<RuleTrace, 'messageKey' | 'messageParams' | 'reason'>,
  locale: Locale,
): string {
  if (locale === 'en' || !formatter) return trace.reason;
  return formatter(trace, locale);
}
