/**
 * Value parsers for portal text. Every parser is total: it never throws and never returns NaN or Infinity, whatever
 * string it gets (property-tested). Inputs are capped before any regular expression runs, and every expression is
 * linear (no nested quantifiers), so hostile text cannot make parsing slow.
 *
 * Conventions: money in dollars with cents (number), dates ISO `YYYY-MM-DD`, `null` when the text shows no value
 * (a dash, "Pending", "N/A", empty) — never 0 for a missing value.
 */
import { isExists } from 'date-fns';
import type { AuthStatus, ClaimStatus, Network, PlanType } from '../model/snapshot';

/** Longest text any parser looks at; portal values are short. */
const MAX_PARSE_CHARS = 400;
/** Amounts above this are not believable for one member's plan or claim page: flagged, never used. */
export const IMPLAUSIBLE_DOLLARS = 50_000_000;

const MINUS = /[\u2212\u2012\u2013\u2014\uFE63\uFF0D]/g;
/** Runs of spaces of any kind (zero-width included): what collapsing a text replaces with one space. */
export const SPACES = /[\s\u00a0\u2007\u202f\u200b]+/g;
/**
 * Text that collapsing and trimming would change: any space but a single one between words. Most cell texts are
 * clean, and skipping their replace + trim saves two strings each (a 2,000-claim read allocates ~4 MB in them).
 */
export const UNCLEAN = /[^\S ]|\u200b| {2}|^ | $/;

/**
 * Parsers are pure functions of their text, and a claims list repeats the same few texts thousands of times (statuses,
 * dates, network words): each distinct short text is parsed once. Bounded; results are copied out when mutable.
 */
function memoized<R>(fn: (text: string) => R, copy: (r: R) => R = (r) => r): (text: string) => R {
  const cache = new Map<string, R>();
  return (text: string): R => {
    if (typeof text !== 'string' || text.length > 160) return fn(text);
    let hit = cache.get(text);
    if (hit === undefined && !cache.has(text)) {
      hit = fn(text);
      if (cache.size >= 4000) cache.clear();
      cache.set(text, hit);
    }
    return copy(hit as R);
  };
}

function cap(text: unknown): string {
  if (typeof text !== 'string') return '';
  return text.length > MAX_PARSE_CHARS ? text.slice(0, MAX_PARSE_CHARS) : text;
}

/** Collapse whitespace and bound the length (for values kept as text: names, reasons, statuses). */
export function cleanText(text: unknown, max = 500): string {
  if (typeof text !== 'string') return '';
  const bounded = text.length > max * 4 ? text.slice(0, max * 4) : text;
  if (bounded.length <= max && !UNCLEAN.test(bounded)) return bounded;
  const collapsed = bounded.replace(SPACES, ' ').trim();
  return collapsed.length > max ? `${collapsed.slice(0, max - 1)}…` : collapsed;
}

/** Texts that mean "no value shown". */
const NO_VALUE =
  /^(?:|[-–—−‐_.*•]+|n\/?a|na|none|null|nil|pending|processing|in process|tbd|not available|not yet available|not available yet|unavailable|not applicable|unknown|--|n\.a\.|no disponible|pendiente)$/i;

function isNoValueUncached(text: string): boolean {
  return NO_VALUE.test(cleanText(text, 60).replace(/[()]/g, ''));
}

function toCents(dollars: number): number {
  return Math.round(dollars * 100) / 100;
}

export interface MoneyToken {
  value: number;
  /** Index in the (normalised) text where the token starts and ends. */
  start: number;
  end: number;
  hadSign: boolean;
  /** Written like money: grouping commas or cents. */
  formatted: boolean;
}

// `$1,250.00`, `- $ 1,250.00`, `($96.40)`, `USD 12`, `1,650.00`, `12.5`, with the amount split by spaces.
const MONEY_TOKEN =
  /(\(\s*)?(-\s*)?(\$|usd\s?)?\s?(-\s*)?(\d{1,3}(?:,\d{3})+|\d+)(?:\s?\.\s?(\d{1,2}))?(?!\d|[.,]\d)(\s*\))?(\s?cr\b)?/gi;

function normaliseForMoney(text: string): string {
  return cap(text).replace(MINUS, '-').replace(SPACES, ' ');
}

/** Every money-looking token in a text (at most 8). Bare numbers count only when `allowBare`. */
export function moneyTokens(text: string, allowBare = true): MoneyToken[] {
  const s = normaliseForMoney(text);
  const out: MoneyToken[] = [];
  MONEY_TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MONEY_TOKEN.exec(s)) !== null && out.length < 8) {
    if (m[0].length === 0) {
      MONEY_TOKEN.lastIndex++;
      continue;
    }
    const [, openParen, minus1, dollar, minus2, whole = '', cents, closeParen, credit] = m;
    const hadSign = Boolean(dollar);
    // A number glued to letters (`A123`, `N54`, `2025-01-02`) is not an amount.
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const before = s[start - 1] ?? ' ';
    // A `$` starts a new amount even right after another one ("$3,400.00$2,150.00 remaining": adjacent spans).
    const startsWithSign = s[start] === '$';
    if (/[A-Za-z/]/.test(before) || (/[0-9.,]/.test(before) && !startsWithSign)) continue;
    const after = s[m.index + m[0].length] ?? ' ';
    if (/[A-Za-z/%]/.test(after) && !credit) continue;
    if (!hadSign && !allowBare) continue;
    const digits = whole.replace(/,/g, '');
    if (digits.length > 15) continue;
    let value = Number(`${digits}.${cents ?? '0'}`);
    if (!Number.isFinite(value)) continue;
    const negative = Boolean(minus1 || minus2 || (openParen && closeParen) || credit);
    if (negative) value = -value;
    out.push({
      value: toCents(value) || 0,
      start,
      end: m.index + m[0].length,
      hadSign,
      formatted: whole.includes(',') || cents !== undefined,
    });
  }
  return out;
}

const PLAIN_DOLLARS = /^\$(\d{1,3}(?:,\d{3}){0,3}|\d{1,12})\.(\d{2})$/;

export interface MoneyResult {
  value: number | null;
  /** The text held an amount, but an absurd one (not used). */
  implausible: boolean;
}

/**
 * Money in every form portals print it: `$1,250.00`, `1,650.00`, `−$96.40`, `($96.40)`, `$ 1,250 .00` (split across
 * elements, joined by the caller). `—`, `-`, `Pending`, `N/A`, empty → null. A bare number counts only when it is the
 * whole text; in longer text only `$` amounts count.
 */
function parseMoneyDetailedUncached(text: string): MoneyResult {
  // The common case, a plain `$1,234.56` (at most 12 digits): the same value as the general reading below, without
  // its token scan (a content script parses thousands of these cold; test/unit/extract/parse.test.ts compares both).
  const plain = PLAIN_DOLLARS.exec(text);
  if (plain) {
    const value = toCents(Number(`${(plain[1] as string).replace(/,/g, '')}.${plain[2]}`)) || 0;
    return Math.abs(value) > IMPLAUSIBLE_DOLLARS
      ? { value: null, implausible: true }
      : { value, implausible: false };
  }
  const s = cleanText(cap(text), MAX_PARSE_CHARS);
  if (isNoValue(s)) return { value: null, implausible: false };
  const withSign = moneyTokens(s, false);
  let token: MoneyToken | undefined = withSign[0];
  if (!token) {
    // A bare number must be (nearly) the whole text: `1,650.00`, `(12.00)`, `-5`.
    const bare = moneyTokens(s, true);
    const only = bare.length === 1 ? bare[0] : undefined;
    if (only && s.slice(0, only.start).trim() === '' && /^\s*(?:\*|†)?\s*$/.test(s.slice(only.end)))
      token = only;
  }
  if (!token) return { value: null, implausible: false };
  if (Math.abs(token.value) > IMPLAUSIBLE_DOLLARS) return { value: null, implausible: true };
  return { value: token.value, implausible: false };
}

export function parseMoney(text: string): number | null {
  return parseMoneyDetailed(text).value;
}

const PERCENT = /(-?\d{1,3}(?:\.\d{1,3})?)\s?(?:%|percent\b|por ciento)/gi;
const PLAN_SHARE_WORDS =
  /\b(?:plan pays|plan share|we pay|insurance pays|plan covers|covered at|paid at|el plan paga)\b/i;
const MEMBER_SHARE_WORDS =
  /\b(?:you pay|your share|member pays|member share|you owe|coinsurance|patient pays|usted paga|coaseguro)\b/i;

/**
 * The member's coinsurance as a fraction 0–1. "20%", "You pay 20% after deductible" → 0.2. "No charge" → 0.
 * When the text (or the label, `labelIsPlanShare`) says the percentage is the PLAN's share ("Plan pays 80%"), it is
 * converted explicitly (1 − 0.8 = 0.2); a plan share is never returned as the member's share.
 */
export function parseMemberShare(text: string, labelIsPlanShare = false): number | null {
  const s = cleanText(cap(text), MAX_PARSE_CHARS);
  if (isNoValue(s)) return null;
  if (/^\s*(?:no charge|\$0(?:\.00)? copay|sin cargo|free)\b/i.test(s) && !/%/.test(s)) return 0;
  PERCENT.lastIndex = 0;
  let memberShare: number | null = null;
  let planShare: number | null = null;
  let unlabeled: number | null = null;
  let m: RegExpExecArray | null;
  let prevEnd = 0;
  let count = 0;
  while ((m = PERCENT.exec(s)) !== null && count++ < 6) {
    const pct = Number(m[1]);
    if (!Number.isFinite(pct) || pct < 0 || pct > 100) {
      prevEnd = m.index + m[0].length;
      continue;
    }
    const frac = Math.round(pct * 1000) / 100_000;
    const context = s.slice(prevEnd, m.index + m[0].length + 24);
    const near = s.slice(Math.max(prevEnd, m.index - 30), m.index);
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (PLAN_SHARE_WORDS.test(near) || /^\s*(?:plan pays|paid by plan|by plan|covered)/i.test(after)) {
      if (planShare === null) planShare = frac;
    } else if (MEMBER_SHARE_WORDS.test(near) || /^\s*(?:coinsurance|you pay|member)/i.test(after)) {
      if (memberShare === null) memberShare = frac;
    } else if (unlabeled === null && context) {
      unlabeled = frac;
    }
    prevEnd = m.index + m[0].length;
  }
  if (memberShare !== null) return memberShare;
  if (labelIsPlanShare && unlabeled !== null) planShare ??= unlabeled;
  if (planShare !== null) return Math.round((1 - planShare) * 100_000) / 100_000;
  return unlabeled;
}

/** A percentage as a fraction (`20%` → 0.2), no share logic. */
export function parsePercent(text: string): number | null {
  PERCENT.lastIndex = 0;
  const m = PERCENT.exec(cleanText(cap(text), MAX_PARSE_CHARS));
  if (!m) return null;
  const pct = Number(m[1]);
  return Number.isFinite(pct) && pct >= 0 && pct <= 100 ? Math.round(pct * 1000) / 100_000 : null;
}

/** A small whole number (units, visits): `12`, `12 visits` → 12. */
export function parseCount(text: string): number | null {
  const s = cleanText(cap(text), 80);
  if (isNoValue(s)) return null;
  const m = /^(\d{1,6})(?:\.0+)?\b/.exec(s);
  if (!m) return null;
  const n = Number(m[1]);
  return Number.isFinite(n) ? n : null;
}

// ---- dates ------------------------------------------------------------------------------------------------------

const MONTHS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
  ene: 1,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abr: 4,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  ago: 8,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  dic: 12,
  diciembre: 12,
});

function iso(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2199) return null;
  if (!isExists(year, month - 1, day)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  // Two-digit years: portals show recent dates; 00–69 → 20xx, 70–99 → 19xx.
  return n <= 69 ? 2000 + n : 1900 + n;
}

/**
 * A numeric date `a/b/year`. Month first (US) unless the page writes day first (`dayFirst`); either way, when only
 * one reading is a real date (17/11/2026, 11/17/2026) that reading is taken.
 */
function numericDate(a: number, b: number, year: number, dayFirst: boolean): string | null {
  if (dayFirst ? b <= 12 : a > 12 && b <= 12) return iso(year, b, a);
  return iso(year, a, b);
}

const DATE_PATTERNS: Array<{ re: RegExp; build: (m: RegExpExecArray, dayFirst: boolean) => string | null }> =
  [
    // ISO 2025-03-03 (optionally with a time)
    {
      re: /\b(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g,
      build: (m) => iso(Number(m[1]), Number(m[2]), Number(m[3])),
    },
    // US 03/03/2025, 3/3/25, 03-03-2025, 03.03.2025. Day first (17/11/2026) only when the first number cannot be a
    // month and the second can: then day/month/year is the only reading.
    {
      re: /(?<![\d/])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/])/g,
      build: (m, dayFirst) => numericDate(Number(m[1]), Number(m[3]), fullYear(m[4] ?? ''), dayFirst),
    },
    // Mar 3, 2025 / March 3 2025 / Sept. 3, 2025
    {
      re: /\b([A-Za-z]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/g,
      build: (m) => {
        const month = MONTHS[(m[1] ?? '').toLowerCase()];
        return month ? iso(Number(m[3]), month, Number(m[2])) : null;
      },
    },
    // 3 Mar 2025 / 3 de marzo de 2025 / 03-Mar-2025
    {
      re: /\b(\d{1,2})(?:\s+de\s+|[\s-]+)([A-Za-z]{3,10})\.?(?:\s+de\s+|[\s,-]+)(\d{4})\b/g,
      build: (m) => {
        const month = MONTHS[(m[2] ?? '').toLowerCase()];
        return month ? iso(Number(m[3]), month, Number(m[1])) : null;
      },
    },
  ];

interface DateHit {
  date: string;
  index: number;
}

/** Every date in a text, in order of appearance (at most 6). */
function findDatesUncached(text: string, dayFirst = false): string[] {
  const s = cap(text).replace(SPACES, ' ');
  const hits: DateHit[] = [];
  for (const { re, build } of DATE_PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let guard = 0;
    while ((m = re.exec(s)) !== null && guard++ < 12) {
      const date = build(m, dayFirst);
      if (date && !hits.some((h) => Math.abs(h.index - m!.index) < 3)) hits.push({ date, index: m.index });
    }
  }
  return hits
    .sort((a, b) => a.index - b.index)
    .slice(0, 6)
    .map((h) => h.date);
}

/**
 * The first date in a text, ISO; null when there is none (or it does not exist, like 02/30/2025). `dayFirst`: the
 * page writes numeric dates day/month/year (see `numericDateOrders`).
 */
export function parseDate(text: string, dayFirst = false): string | null {
  return (dayFirst ? findDatesDayFirst(text) : findDates(text))[0] ?? null;
}

/** A range in one cell (`01/02/2025 - 01/05/2025`, `Jan 2, 2025 to Jan 5, 2025`); a single date gives from = to. */
export function parseDateRange(text: string, dayFirst = false): { from: string | null; to: string | null } {
  const dates = dayFirst ? findDatesDayFirst(text) : findDates(text);
  if (dates.length === 0) return { from: null, to: null };
  const from = dates[0] ?? null;
  const to = dates[1] ?? (/\b(?:to|through|thru|until|-|–)\s*$/i.test(cap(text).trim()) ? null : from);
  return { from, to };
}

// ---- accumulators: "$X of $Y", "$X met", "$X remaining" -----------------------------------------------------------

export interface Accumulator {
  /** The limit (deductible or out-of-pocket maximum). */
  amount: number | null;
  met: number | null;
  remaining: number | null;
  implausible: boolean;
}

const MET_AFTER =
  /^\s*(?:met|spent|used|applied|paid|accumulated|satisfied|so far|to date|ytd|cumplido|acumulado|gastado)\b/i;
const REMAINING_AFTER = /^\s*(?:remaining|left|to go|remains|restante|pendiente)\b/i;
const MET_BEFORE = /(?:met|spent|used|applied|accumulated|satisfied|paid|so far|year to date|ytd)\s*:?\s*$/i;
const REMAINING_BEFORE = /(?:remaining|left|balance|restante|quedan|le queda|restan|saldo)\s*:?\s*$/i;
const TOTAL_BEFORE =
  /(?:\bof|out of|\/|limit|max|maximum|total|annual|deductible|de)\s*:?\s*(?:your\s+|the\s+)?$/i;

/**
 * Deductible/out-of-pocket text. `$1,250.00 of $3,000.00` → met 1250, amount 3000; `$1,750 remaining of $3,000` →
 * remaining 1750, amount 3000, met 1250 (= amount − remaining); `$500 met` → met 500. A lone untagged amount takes its
 * role from the label (`labelPart`), by default the limit.
 */
export function parseAccumulator(
  text: string,
  labelPart: 'met' | 'remaining' | 'total' | null = null,
): Accumulator {
  const result: Accumulator = { amount: null, met: null, remaining: null, implausible: false };
  const s = normaliseForMoney(cleanText(cap(text), MAX_PARSE_CHARS));
  if (isNoValue(s)) return result;
  let tokens = moneyTokens(s, false);
  if (tokens.length === 0) {
    // Without `$`, only amounts written like money (`1,250.00 of 3,000.00`) or a lone number count.
    const bare = moneyTokens(s, true);
    tokens = bare.filter((t) => t.formatted);
    if (tokens.length === 0) {
      const single = parseMoneyDetailed(s);
      result.implausible = single.implausible;
      if (single.value === null) return result;
      tokens = bare.slice(0, 1);
    }
  }
  const roles: Array<'met' | 'remaining' | 'total' | null> = tokens.map((t, i) => {
    const prevEnd = i > 0 ? (tokens[i - 1]?.end ?? 0) : 0;
    const nextStart = tokens[i + 1]?.start ?? s.length;
    const after = s.slice(t.end, Math.min(nextStart, t.end + 24));
    const before = s.slice(Math.max(prevEnd, t.start - 24), t.start);
    // "$X of $Y met": the amount after "of" is the limit, whatever word follows the phrase.
    if (i > 0 && /(?:\bof|out of|\/)\s*(?:your\s+|the\s+)?$/i.test(before)) return 'total';
    // A label right before the amount ("Met: $1,250") wins over a word after it.
    if (/:\s*$/.test(before)) {
      if (REMAINING_BEFORE.test(before)) return 'remaining';
      if (MET_BEFORE.test(before)) return 'met';
      if (/(?:total|limit|max|maximum|amount)\s*:\s*$/i.test(before)) return 'total';
    }
    if (REMAINING_AFTER.test(after) || REMAINING_BEFORE.test(before)) return 'remaining';
    if (MET_AFTER.test(after) || MET_BEFORE.test(before)) return 'met';
    if (i > 0 && TOTAL_BEFORE.test(before)) return 'total';
    return null;
  });
  // "$X of $Y": an untagged amount right before a total is the part already met (or remaining, by label).
  for (let i = 0; i < tokens.length; i++) {
    if (roles[i] === null && roles[i + 1] === 'total')
      roles[i] = labelPart === 'remaining' ? 'remaining' : 'met';
  }
  const untagged = roles.filter((r) => r === null).length;
  for (let i = 0; i < tokens.length; i++) {
    if (roles[i] !== null) continue;
    if (untagged === 1 && tokens.length === 1) roles[i] = labelPart ?? 'total';
    else if (!roles.includes('total')) roles[i] = 'total';
  }
  tokens.forEach((t, i) => {
    const role = roles[i];
    if (!role) return;
    if (Math.abs(t.value) > IMPLAUSIBLE_DOLLARS) {
      result.implausible = true;
      return;
    }
    if (role === 'total' && result.amount === null) result.amount = t.value;
    else if (role === 'met' && result.met === null) result.met = t.value;
    else if (role === 'remaining' && result.remaining === null) result.remaining = t.value;
  });
  if (
    result.met === null &&
    result.amount !== null &&
    result.remaining !== null &&
    result.remaining <= result.amount
  ) {
    result.met = toCents(result.amount - result.remaining);
  }
  // "Met: $1,250 Remaining: $1,750" shows the limit as their sum.
  if (
    result.amount === null &&
    result.met !== null &&
    result.remaining !== null &&
    result.met >= 0 &&
    result.remaining >= 0
  ) {
    result.amount = toCents(result.met + result.remaining);
  }
  return result;
}

// ---- plan types, networks, statuses -------------------------------------------------------------------------------

/** Plan type words → the Case `plan.type` values. */
export function parsePlanType(text: string): PlanType | null {
  const s = ` ${cleanText(cap(text), MAX_PARSE_CHARS)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')} `;
  const has = (w: string) => s.includes(` ${w} `);
  const hmo = has('hmo');
  const ppo = has('ppo');
  if (has('medicaid') || has('managed medicaid') || has('medi cal') || has('chip')) return 'Medicaid MCO';
  const medicareAdvantage =
    has('medicare advantage') ||
    has('ma') ||
    has('part c') ||
    has('mapd') ||
    (has('medicare') && (hmo || ppo));
  if (medicareAdvantage && hmo) return 'MA-HMO';
  if (medicareAdvantage && ppo) return 'MA-PPO';
  if (
    has('original medicare') ||
    has('traditional medicare') ||
    has('medicare part a') ||
    has('medicare parts a')
  )
    return 'Original Medicare';
  if (has('hdhp') || has('high deductible') || has('hsa eligible') || has('hsa qualified')) return 'HDHP-PPO';
  if (has('epo') || has('exclusive provider')) return 'EPO';
  if (has('pos') || has('point of service')) return 'POS';
  if (hmo || has('health maintenance organization')) return 'HMO';
  if (ppo || has('preferred provider organization')) return 'PPO';
  return null;
}

/** Network words: `In Network (PAR)`, `Out-of-network`, `Non-participating`, `OON`, `Tier 1`. */
function parseNetworkUncached(text: string): Network | null {
  const s = ` ${cleanText(cap(text), MAX_PARSE_CHARS)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')} `;
  const has = (w: string) => s.includes(` ${w} `);
  if (
    has('out of network') ||
    has('oon') ||
    has('non participating') ||
    has('nonparticipating') ||
    has('non par') ||
    has('nonpar') ||
    has('non network') ||
    has('not in network') ||
    has('out network') ||
    has('fuera de la red') ||
    has('no participante')
  )
    return 'out-of-network';
  if (
    has('in network') ||
    has('innetwork') ||
    has('par') ||
    has('participating') ||
    has('tier 1') ||
    has('preferred') ||
    has('network provider') ||
    has('en la red') ||
    has('dentro de la red') ||
    has('participante')
  )
    return 'in-network';
  return null;
}

// X12 277 claim status category codes (health care claim status category code list).
const STATUS_CATEGORY: Record<string, ClaimStatus | null> = Object.assign(
  Object.create(null) as Record<string, ClaimStatus | null>,
  {
    A0: 'pending',
    A1: 'pending',
    A2: 'pending',
    A3: 'denied',
    A4: null,
    A5: 'pending',
    A6: 'denied',
    A7: 'denied',
    A8: 'denied',
    F0: 'processed',
    F1: 'paid',
    F2: 'denied',
    F3: 'adjusted',
    F3F: 'adjusted',
    F3N: 'adjusted',
    F4: 'processed',
    P0: 'pending',
    P1: 'pending',
    P2: 'pending',
    P3: 'pending',
    P4: 'pending',
    P5: 'pending',
  },
);

/** One pattern per status, first match wins: ` word ` anywhere in the text reduced to `a-z0-9` words. */
const STATUS_WORDS: Array<[ClaimStatus, RegExp]> = (
  [
    [
      'partially-paid',
      [
        'partially paid',
        'partial payment',
        'partially denied',
        'partial denial',
        'partial',
        'pagado parcialmente',
        'parcialmente pagado',
      ],
    ],
    ['denied', ['denied', 'denial', 'rejected', 'not paid', 'declined', 'denegado', 'rechazado']],
    [
      'adjusted',
      [
        'adjusted',
        'reprocessed',
        'revised',
        'corrected',
        'adjustment',
        'reversed',
        'ajustado',
        'reprocesado',
      ],
    ],
    [
      'pending',
      [
        'pending',
        'in process',
        'in progress',
        'processing',
        'received',
        'under review',
        'in review',
        'submitted',
        'pended',
        'suspended',
        'awaiting',
        'on hold',
        'pendiente',
        'en proceso',
      ],
    ],
    ['paid', ['paid', 'payment', 'payment issued', 'pagado', 'pago']],
    [
      'processed',
      [
        'processed',
        'finalized',
        'final',
        'completed',
        'complete',
        'closed',
        'adjudicated',
        'procesado',
        'finalizado',
      ],
    ],
  ] as Array<[ClaimStatus, string[]]>
)
  // One regex per status rather than a substring test per word: a content script runs this cold on every row.
  .map(([status, words]) => [status, new RegExp(` (?:${words.join('|')}) `)]);

/**
 * Claim status as shown → processed/paid/pending/denied/partially-paid/adjusted. Words first (Processed, Paid,
 * Pending, In process, Denied, Partially paid, Adjusted, Reprocessed, Finalized, and Spanish), then X12 277 category
 * codes (A0–A8, F0–F4, P0–P5, R0–R16 = pending: more information requested).
 */
function normalizeClaimStatusUncached(text: string): ClaimStatus | null {
  const raw = cleanText(cap(text), 120);
  const s = ` ${raw.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  for (const [status, words] of STATUS_WORDS) if (words.test(s)) return status;
  const code = /^\s*(?:category\s*(?:code)?\s*:?\s*)?([APFRE]\d{1,2}[FN]?)\b/i.exec(raw);
  if (code) {
    const c = (code[1] ?? '').toUpperCase();
    if (/^R\d{1,2}$/.test(c)) return 'pending';
    const mapped = STATUS_CATEGORY[c];
    if (mapped !== undefined) return mapped;
  }
  return null;
}

/** Authorization/referral status → approved/pending/denied/partially-approved/expired. */
export function normalizeAuthStatus(text: string): AuthStatus | null {
  const s = ` ${cleanText(cap(text), 120)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')} `;
  const has = (w: string) => s.includes(` ${w} `);
  if (
    has('partially approved') ||
    has('partial approval') ||
    has('partially denied') ||
    has('approved with modifications') ||
    has('modified') ||
    has('partial') ||
    has('parcialmente aprobado')
  )
    return 'partially-approved';
  if (has('expired') || has('lapsed') || has('vencido') || has('expirado')) return 'expired';
  if (
    has('not approved') ||
    has('denied') ||
    has('denial') ||
    has('rejected') ||
    has('adverse') ||
    has('not authorized') ||
    has('not certified') ||
    has('denegado') ||
    has('rechazado')
  )
    return 'denied';
  if (
    has('pending') ||
    has('in review') ||
    has('under review') ||
    has('submitted') ||
    has('received') ||
    has('pended') ||
    has('in process') ||
    has('in progress') ||
    has('awaiting') ||
    has('more information needed') ||
    has('additional information requested') ||
    has('open') ||
    has('pendiente') ||
    has('en revision')
  )
    return 'pending';
  if (
    has('approved') ||
    has('certified') ||
    has('authorized') ||
    has('active') ||
    has('approval') ||
    has('aprobado') ||
    has('autorizado')
  )
    return 'approved';
  return null;
}

// ---- adjustment (CARC) and remark (RARC) codes ------------------------------------------------------------------

const GROUPS = 'CO|PR|OA|PI|CR';
const CARC_INLINE = new RegExp(
  `(?<![A-Za-z0-9])(${GROUPS})\\s?[-–:]?\\s?([A-Z]?\\d{1,3})(?![\\d.,]?\\d)`,
  'g',
);
const CARC_LABELLED = new RegExp(
  `group(?:\\s*code)?\\s*[:=]?\\s*(${GROUPS})\\b[^A-Za-z0-9]{0,12}(?:reason|carc)(?:\\s*code)?\\s*[:=#]?\\s*([A-Z]?\\d{1,3})\\b`,
  'gi',
);
const RARC = /(?<![A-Za-z0-9-])(MA\d{2,3}|M\d{1,3}|N\d{1,3})(?![A-Za-z0-9])/g;

/** `GROUP-REASON` from a group and a reason shown in separate cells (`CO` + `45` → `CO-45`), else null. */
export function combineGroupReason(group: string, reason: string): string | null {
  const g = cleanText(cap(group), 20).toUpperCase();
  const r = cleanText(cap(reason), 20).toUpperCase();
  const gm = new RegExp(`^(${GROUPS})\\b`).exec(g);
  const rm = /^([A-Z]?\d{1,3})\b/.exec(r);
  if (!gm || !rm) return null;
  return `${gm[1]}-${rm[1]}`;
}

/**
 * Adjustment and remark codes in any notation: `CO-45`, `CO 45`, `CO45`, `CO:45`, `Group: CO Reason: 45` → `CO-45`;
 * remark codes `M62`, `N54`, `MA130` are kept apart. A reason number without a group is not a CARC (it cannot be
 * normalised) and is left out.
 */
export function parseCodes(text: string): { carc: string[]; rarc: string[] } {
  const s = cap(text).replace(SPACES, ' ');
  const carc: string[] = [];
  const rarc: string[] = [];
  const add = (list: string[], code: string) => {
    if (!list.includes(code) && list.length < 20) list.push(code);
  };
  CARC_LABELLED.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = CARC_LABELLED.exec(s)) !== null && guard++ < 20)
    add(carc, `${(m[1] ?? '').toUpperCase()}-${(m[2] ?? '').toUpperCase()}`);
  CARC_INLINE.lastIndex = 0;
  guard = 0;
  while ((m = CARC_INLINE.exec(s)) !== null && guard++ < 20) add(carc, `${m[1]}-${m[2]}`);
  RARC.lastIndex = 0;
  guard = 0;
  while ((m = RARC.exec(s)) !== null && guard++ < 20) add(rarc, m[1] ?? '');
  return { carc, rarc };
}

/** A claim/authorization number as shown (kept as text: leading zeros matter). */
function parseIdentifierUncached(text: string): string | null {
  const s = cleanText(cap(text), 80)
    .replace(/^(?:#|no\.?|number:?)\s*/i, '')
    .trim();
  if (!s || isNoValue(s)) return null;
  const m = /[A-Za-z0-9][A-Za-z0-9\-_./]*[A-Za-z0-9]|[A-Za-z0-9]/.exec(s);
  if (!m) return null;
  if (!/\d/.test(m[0])) return null;
  return m[0].slice(0, 60);
}

export const isNoValue: (text: string) => boolean = memoized(isNoValueUncached);

export const findDates: (text: string) => string[] = memoized(
  (t) => findDatesUncached(t),
  (r) => r.slice(),
);

/** `findDates` on a page that writes numeric dates day/month/year. */
export const findDatesDayFirst: (text: string) => string[] = memoized(
  (t) => findDatesUncached(t, true),
  (r) => r.slice(),
);

const NUMERIC_DATE = /(?<![\d/])(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/])/g;
const DAY_FIRST_NOTE = /\b(?:dd[/.-]mm[/.-](?:aa|yy){1,2}|d[ií]a[/ ]mes[/ ]a[ñn]o|day[/ ]month[/ ]year)\b/i;

/** Bits of `numericDateOrders`. */
export const DATE_DAY_FIRST_ONLY = 1;
export const DATE_MONTH_FIRST_ONLY = 2;
export const DATE_AMBIGUOUS = 4;

/**
 * Which readings the numeric dates in a text allow: only day first (17/11/2026), only month first (11/17/2026), or
 * both (05/11/2026). A page's dates together tell its order (see readGeneric).
 */
function numericDateOrdersUncached(text: string): number {
  const s = cap(text);
  if (!/\d[/.-]\d/.test(s)) return 0;
  let bits = 0;
  NUMERIC_DATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = NUMERIC_DATE.exec(s)) !== null && guard++ < 6) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a < 1 || b < 1 || a > 31 || b > 31) continue;
    if (a > 12 && b <= 12) bits |= DATE_DAY_FIRST_ONLY;
    else if (a <= 12 && b > 12) bits |= DATE_MONTH_FIRST_ONLY;
    else if (a <= 12 && b <= 12 && a !== b) bits |= DATE_AMBIGUOUS;
  }
  return bits;
}

export const numericDateOrders: (text: string) => number = memoized(numericDateOrdersUncached);

/** Whether a text says dates are written day first ("DD/MM/YYYY", "día/mes/año", "day/month/year"). */
export function saysDayFirst(text: string): boolean {
  return DAY_FIRST_NOTE.test(text.length > 200_000 ? text.slice(0, 200_000) : text);
}

export const normalizeClaimStatus: (text: string) => ClaimStatus | null = memoized(
  normalizeClaimStatusUncached,
);

export const parseNetwork: (text: string) => Network | null = memoized(parseNetworkUncached);

export const parseIdentifier: (text: string) => string | null = memoized(parseIdentifierUncached);

export const parseMoneyDetailed: (text: string) => MoneyResult = memoized(
  parseMoneyDetailedUncached,
  (r) => ({ ...r }),
);
