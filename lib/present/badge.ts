/**
 * The compact badge shown next to a claim on the portal page. Presentation only: every decision (appeal status,
 * deadline, what the patient owes under the plan) is the engine's Assessment; this file picks which answer to show
 * first and words it. The one piece of arithmetic here, days left until a deadline printed on the page, is calendar
 * counting, not a rule (RULES.md 6.1 "daysLeft": deadline minus today).
 *
 * Priority: can't evaluate (why) → appeal window (open / today / expired) → wrong path (provider must fix) →
 * what you owe vs. the plan's math → approvals needed → balance-bill warning → nothing to do.
 */
import { differenceInCalendarDays } from 'date-fns';
import type { Assessment } from '../model/assessment';
import type { Claim } from '../model/snapshot';
import { registerCatalog, t, tPlural, type Locale, type MessageKey } from '../i18n/core';
import { badgeEn } from '../i18n/catalog/badge.en';
import { formatDate, formatMoney, parseIsoDate } from './format';

// The badge's own English strings travel with it (the background needs no other catalog part); other languages are
// registered by the caller (lib/i18n/load.ts in the extension pages, the background statically).
registerCatalog('en', 'badge', badgeEn);

export type BadgeTone = 'action' | 'warn' | 'ok' | 'unknown';

export interface ClaimBadgeView {
  tone: BadgeTone;
  text: string;
  ariaLabel: string;
}

export type ClaimNote = 'pending' | 'not-medical' | null;

/** Missing facts that stop an evaluation, most fundamental first (the badge names the first one missing). */
const BLOCKING_FIELDS = [
  'plan.type',
  'plan.kind',
  'claim.status',
  'service.kind',
  'provider.networkStatus',
] as const;

function badge(tone: BadgeTone, locale: Locale, key: string, params: Record<string, string | number> = {}) {
  return {
    tone,
    text: t(locale, `present.badge.${key}` as MessageKey, params),
    ariaLabel: t(locale, `present.badge.${key}Aria` as MessageKey, params),
  };
}

/** Days from `today` to `deadline` (calendar days; 0 = today is the last day). */
export function daysUntil(deadline: string, today: string): number | null {
  const end = parseIsoDate(deadline);
  const start = parseIsoDate(today);
  if (!end || !start) return null;
  return differenceInCalendarDays(end, start);
}

function deadlineBadge(
  locale: Locale,
  deadline: string,
  daysLeft: number,
  externalReview: boolean,
): ClaimBadgeView {
  const date = formatDate(deadline, locale, 'short');
  const longDate = formatDate(deadline, locale, 'long');
  if (daysLeft < 0) {
    return {
      tone: 'warn',
      text: t(locale, 'present.badge.appealExpired', { date }),
      ariaLabel: t(locale, 'present.badge.appealExpiredAria', { date: longDate }),
    };
  }
  if (daysLeft === 0) {
    return {
      tone: 'action',
      text: t(locale, 'present.badge.appealToday', { date }),
      ariaLabel: t(locale, 'present.badge.appealTodayAria', { date: longDate }),
    };
  }
  const days = tPlural(locale, 'present.days', daysLeft);
  const key = externalReview ? 'reviewBy' : 'appealBy';
  return {
    tone: 'action',
    text: t(locale, `present.badge.${key}`, { date, days }),
    ariaLabel: t(locale, `present.badge.${key}Aria`, { date: longDate, days }),
  };
}

function toCents(dollars: number): number {
  return Math.round(dollars * 100);
}

function blockingField(missing: readonly string[]): string {
  const bases = missing.map((path) => path.replace(/^claims\[[^\]]*\]\./, ''));
  return BLOCKING_FIELDS.find((field) => bases.includes(field)) ?? 'fact';
}

/**
 * The badge for one claim. `assessment` null: the claim could not be evaluated (`missing` says why, `note` says it
 * was not meant to be). `missing` may hold `claim.adjustments`: the claim's amounts could not all be tied to reason
 * codes, so the owed amount is shown without comparing it.
 */
export function claimBadge(
  assessment: Assessment | null,
  claim: Claim,
  locale: Locale,
  today: string,
  missing: readonly string[] = [],
  note: ClaimNote = null,
): ClaimBadgeView {
  if (note === 'not-medical') return badge('unknown', locale, 'notMedical');
  if (note === 'pending') return badge('unknown', locale, 'pending');

  if (!assessment) {
    // The page itself may print an appeal date: show it even when the plan facts are unknown.
    const printedDays = claim.appealBy ? daysUntil(claim.appealBy, today) : null;
    if (claim.appealBy && printedDays !== null && printedDays >= 0) {
      return deadlineBadge(locale, claim.appealBy, printedDays, false);
    }
    const field = t(locale, `present.short.${blockingField(missing)}` as MessageKey);
    return badge('unknown', locale, 'unknown', { field });
  }

  const appeal = assessment.appeal;
  if ((appeal.status === 'open' || appeal.status === 'expired') && appeal.deadline) {
    const deadline = appeal.deadline.slice(0, 10);
    const daysLeft = appeal.daysLeft ?? daysUntil(deadline, today);
    if (daysLeft !== null) {
      return deadlineBadge(
        locale,
        deadline,
        appeal.status === 'expired' ? Math.min(daysLeft, -1) : daysLeft,
        appeal.level === 'external-review',
      );
    }
  }
  if (appeal.status === 'wrong-path') {
    if (appeal.level === 'new-claim') return badge('action', locale, 'newClaim');
    if (appeal.level === 'coordination-of-benefits') return badge('action', locale, 'otherInsurance');
    return badge('action', locale, 'correctedClaim');
  }
  if (appeal.status === 'provider-only') return badge('ok', locale, 'providerOnly');

  const owes = claim.patientOwes;
  if (owes !== null && Number.isFinite(owes)) {
    const amount = formatMoney(owes, locale);
    const comparable =
      assessment.outOfPocket !== null && !missing.some((path) => path.endsWith('claim.adjustments'));
    if (comparable && assessment.outOfPocket) {
      const expected = assessment.outOfPocket.total;
      if (toCents(expected) === toCents(owes)) return badge('ok', locale, 'owesMatches', { amount });
      return badge('warn', locale, 'owesDiffers', { amount, expected: formatMoney(expected, locale) });
    }
    return badge('unknown', locale, 'owes', { amount });
  }

  if (assessment.preAuthNeeded === true && appeal.nextSteps.includes('REQUEST_PRIOR_AUTH')) {
    return badge('action', locale, 'preAuthNeeded');
  }
  if (assessment.referralNeeded === true && appeal.nextSteps.includes('OBTAIN_REFERRAL')) {
    return badge('action', locale, 'referralNeeded');
  }
  if (appeal.nextSteps.includes('EXPECT_BALANCE_BILL')) return badge('warn', locale, 'balanceBill');
  return badge('ok', locale, 'noAction');
}
