/**
 * Money and dates for people, per locale (Intl). US dollars always; Spanish uses `es-US` (US Spanish: `$1,234.50`,
 * `11 de septiembre de 2025`), since every plan here is a US plan.
 *
 * Dates are ISO calendar dates; they are formatted in UTC so the printed day never shifts with the time zone.
 */
import type { Locale } from '../i18n/core';

const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', es: 'es-US' };

export function intlLocale(locale: Locale): string {
  return INTL_LOCALE[locale];
}

const moneyFormatters = new Map<Locale, Intl.NumberFormat>();

/** `$1,234.50`; null/NaN → '' (callers show "unknown" themselves, never "$NaN"). */
export function formatMoney(amount: number | null | undefined, locale: Locale): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return '';
  let formatter = moneyFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'currency', currency: 'USD' });
    moneyFormatters.set(locale, formatter);
  }
  // Avoid "-$0.00" for tiny negative rounding leftovers.
  const rounded = Math.round(amount * 100) / 100;
  return formatter.format(Object.is(rounded, -0) ? 0 : rounded);
}

/** 0.2 → `20%`. */
export function formatPercent(fraction: number | null | undefined, locale: Locale): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '';
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'percent', maximumFractionDigits: 2 }).format(
    fraction,
  );
}

export type DateStyle = 'short' | 'medium' | 'long';

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  short: { month: 'short', day: 'numeric', timeZone: 'UTC' },
  medium: { dateStyle: 'medium', timeZone: 'UTC' },
  long: { dateStyle: 'long', timeZone: 'UTC' },
};

/** Parses `YYYY-MM-DD` (or the date part of a date-time) into a UTC midnight Date, or null. */
export function parseIsoDate(iso: string | null | undefined): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Reject 2025-02-30 and the like instead of rolling over.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date;
}

// One formatter per locale and style: constructing an Intl.DateTimeFormat costs far more than formatting with one,
// and the popup formats a date per claim (issue 7: ~60 ms of a 200-claim popup's first paint went here).
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** `Sep 11` (short), `Sep 11, 2025` (medium), `September 11, 2025` (long); invalid → ''. */
export function formatDate(
  iso: string | null | undefined,
  locale: Locale,
  style: DateStyle = 'medium',
): string {
  const date = parseIsoDate(iso);
  if (!date) return '';
  const id = `${locale}|${style}`;
  let formatter = dateFormatters.get(id);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALE[locale], DATE_OPTIONS[style]);
    dateFormatters.set(id, formatter);
  }
  return formatter.format(date);
}

/**
 * Page text for display: bidirectional control characters (U+202A–U+202E, U+2066–U+2069) are shown as U+FFFD, so a
 * hostile page cannot make a provider name or a quoted fact display reversed or reordered (see SECURITY.md).
 */
export function displayPageText(text: string): string {
  return text.replace(/[\u202A-\u202E\u2066-\u2069]/g, '\uFFFD');
}
