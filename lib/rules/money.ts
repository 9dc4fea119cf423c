/**
 * Money helpers. The engine works in integer cents; dollars exist only at the contract boundary.
 */

export type Cents = number;

/** Dollars (a JSON number such as 296.4) to integer cents, rounding half away from zero. */
export function toCents(dollars: number): Cents {
  // The epsilon absorbs binary noise such as 0.285 * 100 = 28.499999999999996.
  return dollars < 0 ? -Math.round(-dollars * 100 - 1e-7) : Math.round(dollars * 100 + 1e-7);
}

/** Nullable variant: null/undefined stay null (unknown is never 0). */
export function toCentsOrNull(dollars: number | null | undefined): Cents | null {
  return dollars === null || dollars === undefined ? null : toCents(dollars);
}

/** Integer cents to dollars with two decimals (a number, e.g. 13.4). */
export function toDollars(cents: Cents): number {
  return cents / 100;
}

/** A share of an amount in cents, rounded to the nearest cent (half up), e.g. 20% of $67.00 = $13.40. */
export function percentOf(cents: Cents, fraction: number): Cents {
  // Work in basis points of a cent to keep 0.2 * 33000 exact before rounding.
  return Math.round(Math.round(cents * fraction * 1e6) / 1e6);
}

/** The smaller of two amounts where `Infinity` stands for "no limit". */
export function minCents(a: Cents, b: Cents): Cents {
  return a < b ? a : b;
}

/** Amount left under a limit: max(0, limit - used); a null limit means no limit (Infinity). */
export function roomUnder(limit: Cents | null, used: Cents): Cents {
  if (limit === null) return Infinity;
  const room = limit - used;
  return room > 0 ? room : 0;
}

/** "$1,234.50" for messages (no regex: this runs for most trace entries). */
export function formatUsd(cents: Cents): string {
  if (!Number.isFinite(cents)) return 'no limit';
  const negative = cents < 0;
  const abs = negative ? -cents : cents;
  const whole = Math.floor(abs / 100);
  const frac = abs - whole * 100;
  let wholeText = '';
  let rest = whole;
  while (rest >= 1000) {
    const group = rest % 1000;
    wholeText = `,${group < 10 ? '00' : group < 100 ? '0' : ''}${group}${wholeText}`;
    rest = Math.floor(rest / 1000);
  }
  wholeText = `${rest}${wholeText}`;
  return `${negative ? '-' : ''}$${wholeText}.${frac < 10 ? '0' : ''}${frac}`;
}
