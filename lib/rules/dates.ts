/**
 * Day counting for deadlines (examples/cases.json meta.dates; RULES.md 6.1):
 * - "N days" = calendar days counted from the day after the anchor (anchor + N);
 * - "4 months" = the same day number four months later, or the first day of the following month when that
 *   day does not exist (the "fifth month" rule: 30 Oct 2024 + 4 months = 1 Mar 2025);
 * - Original Medicare: receipt presumed 5 days after the notice date (42 CFR 405.942).
 *
 * Month arithmetic uses date-fns (addMonths/startOfMonth on local calendar dates). Plain day counts use
 * UTC day numbers (Date.UTC / 86 400 000): exact, immune to DST, and free of allocations, which matters
 * because every claim's deadline and daysLeft is on the evaluate() hot path. The unit tests check both
 * against date-fns addDays/differenceInCalendarDays.
 */
import { addDays, addMonths, startOfMonth } from 'date-fns';

export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const TIME_PART = /T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;

function digits(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) throw new RangeError(`not an ISO date: ${value}`);
    n = n * 10 + d;
  }
  return n;
}

/** Days since 1970-01-01 for the date part of an ISO date or date-time. */
export function toDayNumber(value: IsoDate): number {
  if (value.length < 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) {
    throw new RangeError(`not an ISO date: ${value}`);
  }
  return Date.UTC(digits(value, 0, 4), digits(value, 5, 7) - 1, digits(value, 8, 10)) / MS_PER_DAY;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** 'YYYY-MM-DD' for a day number. */
export function fromDayNumber(day: number): IsoDate {
  const d = new Date(day * MS_PER_DAY);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** Local-midnight Date for the date part of an ISO date or date-time (for date-fns month arithmetic). */
export function parseIsoDate(value: IsoDate): Date {
  return new Date(digits(value, 0, 4), digits(value, 5, 7) - 1, digits(value, 8, 10));
}

/** 'YYYY-MM-DD' of a local Date. */
export function toIsoDate(date: Date): IsoDate {
  return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
}

/** Calendar year of an ISO date. */
export function yearOf(value: IsoDate): number {
  return digits(value, 0, 4);
}

/** N calendar days counted from the day after the anchor: 2025-03-15 + 180 = 2025-09-11. */
export function addCalendarDays(anchor: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(anchor) + days);
}

/**
 * Same day number `months` later; when that day does not exist, the first day of the following month
 * (29 Oct 2023 + 4 = 29 Feb 2024; 30 Oct 2024 + 4 = 1 Mar 2025; 31 Oct 2025 + 4 = 1 Mar 2026).
 * date-fns addMonths clamps to the month end, which is exactly the case the rule moves forward.
 */
export function addMonthsFifthMonthRule(anchor: IsoDate, months: number): IsoDate {
  const start = parseIsoDate(anchor);
  const candidate = addMonths(start, months);
  if (candidate.getDate() === start.getDate()) return toIsoDate(candidate);
  return toIsoDate(startOfMonth(addMonths(start, months + 1)));
}

/** Original Medicare: the notice is presumed received 5 days after its date (42 CFR 405.942). */
export function presumedReceipt(noticeDate: IsoDate, days = 5): IsoDate {
  return addCalendarDays(noticeDate, days);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** deadline - today in calendar days: 0 = today is the last day (still on time), negative = passed. */
export function daysLeft(deadline: IsoDate, today: IsoDate): number {
  return daysBetween(today, deadline);
}

/** True when `value` (date or date-time) has a time part. */
export function hasTime(value: string): boolean {
  return TIME_PART.test(value);
}

/**
 * Add whole hours to a date or date-time, keeping the input's precision and zone suffix:
 * '2026-03-02T10:00' + 72 h = '2026-03-05T10:00'; a plain date + 72 h = the date 3 days later.
 * Wall-clock arithmetic (no time zone is known for the request), so a DST change does not move the hour.
 */
export function addHoursKeepingForm(value: string, hours: number): string {
  if (value.length === 10) return addCalendarDays(value, Math.floor(hours / 24));
  // Whole days: only the date part moves; the wall-clock time and zone suffix stay as written.
  if (hours % 24 === 0) return `${addCalendarDays(value, hours / 24)}${value.slice(10)}`;
  const time = TIME_PART.exec(value);
  if (!time) return addCalendarDays(value, Math.floor(hours / 24));
  const base = parseIsoDate(value);
  base.setHours(Number(time[1]), Number(time[2]), Number(time[3] ?? 0));
  // Whole days via addDays keep the wall-clock hour; a remainder of hours is added to the clock.
  const shifted = addDays(base, Math.floor(hours / 24));
  if (hours % 24 !== 0) shifted.setHours(shifted.getHours() + (hours % 24));
  const seconds = time[3] === undefined ? '' : `:${pad2(shifted.getSeconds())}${time[4] ?? ''}`;
  return `${toIsoDate(shifted)}T${pad2(shifted.getHours())}:${pad2(shifted.getMinutes())}${seconds}${time[5] ?? ''}`;
}

/** ISO date strings compare correctly as strings; this names the intent. */
export function isOnOrAfter(value: IsoDate, reference: IsoDate): boolean {
  return value.slice(0, 10) >= reference.slice(0, 10);
}
