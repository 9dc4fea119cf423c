// @vitest-environment node
import { addDays, differenceInCalendarDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addHoursKeepingForm,
  addMonthsFifthMonthRule,
  daysBetween,
  daysLeft,
  parseIsoDate,
  presumedReceipt,
  toIsoDate,
} from '../../../lib/rules/dates';

describe('N days from the day after the anchor', () => {
  it.each([
    ['2023-12-31', 60, '2024-02-29'], // leap year
    ['2022-12-31', 60, '2023-03-01'], // no leap year
    ['2025-03-15', 180, '2025-09-11'],
    ['2025-01-31', 180, '2025-07-30'],
    ['2025-01-10', 65, '2025-03-16'],
    ['2025-01-10', 60, '2025-03-11'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-12-31', 1, '2026-01-01'],
  ])('%s + %i days = %s', (anchor, days, expected) => {
    expect(addCalendarDays(anchor, days)).toBe(expected);
  });

  it('Original Medicare: receipt presumed 5 days after the notice, then 120 days', () => {
    expect(presumedReceipt('2025-02-03')).toBe('2025-02-08');
    expect(addCalendarDays(presumedReceipt('2025-02-03'), 120)).toBe('2025-06-08');
    expect(addCalendarDays(presumedReceipt('2024-12-29'), 120)).toBe('2025-05-03');
  });

  it('agrees with date-fns addDays and differenceInCalendarDays on any date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1990, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true }),
        fc.integer({ min: -800, max: 800 }),
        (date, days) => {
          const iso = toIsoDate(date);
          const local = parseIsoDate(iso);
          expect(addCalendarDays(iso, days)).toBe(toIsoDate(addDays(local, days)));
          const other = toIsoDate(addDays(local, days));
          expect(daysBetween(iso, other)).toBe(differenceInCalendarDays(parseIsoDate(other), local));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('4 months with the fifth-month rule', () => {
  it.each([
    ['2023-10-29', '2024-02-29'], // day exists in a leap February
    ['2024-10-30', '2025-03-01'], // 30 Feb does not exist -> first day of the fifth month
    ['2025-10-31', '2026-03-01'], // 31 Feb does not exist
    ['2023-10-30', '2024-03-01'], // 30 Feb never exists, even in a leap year
    ['2025-01-15', '2025-05-15'],
    ['2025-10-31', '2026-03-01'],
    ['2025-08-31', '2025-12-31'],
    ['2025-05-31', '2025-10-01'], // 31 Sep does not exist
    ['2025-11-30', '2026-03-30'],
  ])('%s + 4 months = %s', (anchor, expected) => {
    expect(addMonthsFifthMonthRule(anchor, 4)).toBe(expected);
  });
});

describe('daysLeft', () => {
  it('is deadline minus today; 0 on the last day; negative after', () => {
    expect(daysLeft('2025-09-11', '2025-04-01')).toBe(163);
    expect(daysLeft('2025-09-11', '2025-09-11')).toBe(0);
    expect(daysLeft('2025-09-11', '2025-09-12')).toBe(-1);
    expect(daysLeft('2024-03-01', '2024-02-28')).toBe(2); // across a leap day
  });
});

describe('expedited clock (72 hours)', () => {
  it('keeps the time and precision of the request', () => {
    expect(addHoursKeepingForm('2026-03-02T10:00', 72)).toBe('2026-03-05T10:00');
    expect(addHoursKeepingForm('2026-03-02T23:30:15', 72)).toBe('2026-03-05T23:30:15');
    expect(addHoursKeepingForm('2026-02-27T08:00Z', 72)).toBe('2026-03-02T08:00Z');
    expect(addHoursKeepingForm('2024-02-27T08:00', 72)).toBe('2024-03-01T08:00');
  });
  it('a plain date moves three days', () => {
    expect(addHoursKeepingForm('2026-03-02', 72)).toBe('2026-03-05');
  });
  it('a partial day moves the clock', () => {
    expect(addHoursKeepingForm('2026-03-02T22:00', 4)).toBe('2026-03-03T02:00');
  });
});
