/**
 * Deadlines as a local iCalendar file (RFC 5545), so a patient or clinic can put appeal dates in their calendar
 * without the data leaving the machine.
 *
 * - CRLF line endings; content lines folded at 75 octets (UTF-8 bytes, never splitting a character), continuation
 *   lines start with one space (RFC 5545 §3.1).
 * - TEXT values escape backslash, semicolon, comma and newlines (§3.3.11).
 * - All-day events: DTSTART;VALUE=DATE and DTEND the next day (DTEND is exclusive, §3.6.1).
 * - UID stable per claim + deadline kind, so importing an updated file updates the event instead of duplicating it.
 * - A VALARM (DISPLAY) a week before.
 */
import { addDays, format, parseISO } from 'date-fns';

export interface IcsDeadline {
  /** Claim id (or authorization reference); part of the UID. */
  claimId: string;
  /** What the deadline is for, e.g. `internal-appeal`, `external-review`; part of the UID. */
  kind: string;
  /** `YYYY-MM-DD`. */
  date: string;
  summary: string;
  description: string;
}

const UID_DOMAIN = 'coverage-lens.local';

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds one content line at 75 octets; returns the folded line joined with CRLF + space. */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let currentBytes = 0;
  // The first line may hold 75 octets; continuation lines hold 74 after their leading space.
  let limit = 75;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (currentBytes + bytes > limit) {
      parts.push(current);
      current = '';
      currentBytes = 0;
      limit = 74;
    }
    current += char;
    currentBytes += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A UID safe for any calendar: claim ids from pages may hold anything, so keep [A-Za-z0-9-._] only. */
export function icsUid(claimId: string, kind: string): string {
  const safe = (text: string) =>
    Array.from(encoder.encode(text), (byte) =>
      /[A-Za-z0-9._-]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `~${byte.toString(16)}`,
    ).join('');
  return `${safe(claimId)}.${safe(kind)}@${UID_DOMAIN}`;
}

function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function compactDate(isoDate: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return null;
  const parsed = parseISO(isoDate);
  return Number.isNaN(parsed.getTime()) ? null : format(parsed, 'yyyyMMdd');
}

/** Deadlines → a VCALENDAR (invalid dates are skipped; duplicates by UID keep the first). */
export function deadlinesToIcs(deadlines: readonly IcsDeadline[], now: Date): string {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Coverage Lens//Deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  const stamp = utcStamp(now);
  const seen = new Set<string>();
  for (const deadline of deadlines) {
    const start = compactDate(deadline.date);
    if (!start) continue;
    const uid = icsUid(deadline.claimId, deadline.kind);
    if (seen.has(uid)) continue;
    seen.add(uid);
    const end = format(addDays(parseISO(deadline.date), 1), 'yyyyMMdd');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${start}`,
      `DTEND;VALUE=DATE:${end}`,
      `SUMMARY:${escapeIcsText(deadline.summary)}`,
      `DESCRIPTION:${escapeIcsText(deadline.description)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-P7D',
      `DESCRIPTION:${escapeIcsText(deadline.summary)}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
