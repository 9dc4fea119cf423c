import { describe, expect, it } from 'vitest';
import {
  deadlinesToIcs,
  escapeIcsText,
  foldIcsLine,
  icsUid,
  type IcsDeadline,
} from '../../../lib/export/ics';

const NOW = new Date('2026-03-01T10:20:30.000Z');

const deadline: IcsDeadline = {
  claimId: 'CLM-2026-0001',
  kind: 'internal-appeal',
  date: '2026-07-31',
  summary: 'Appeal deadline, claim CLM-2026-0001',
  description: 'Provider: Sample Imaging, Inc.; MRI\nSteps: appeal, then external review',
};

/** Unfolds RFC 5545 content lines (CRLF + one space = continuation). */
function unfold(text: string): string[] {
  return text.replace(/\r\n /g, '').split('\r\n');
}

describe('deadlinesToIcs', () => {
  it('writes a VCALENDAR with one all-day VEVENT, DTSTAMP, stable UID and a week-before alarm', () => {
    const ics = deadlinesToIcs([deadline], NOW);
    const lines = unfold(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((line) => line.startsWith('PRODID:'))).toBe(true);
    expect(lines).toContain('BEGIN:VEVENT');
    expect(lines).toContain('DTSTART;VALUE=DATE:20260731');
    expect(lines).toContain('DTEND;VALUE=DATE:20260801');
    expect(lines).toContain('DTSTAMP:20260301T102030Z');
    expect(lines).toContain(`UID:${icsUid('CLM-2026-0001', 'internal-appeal')}`);
    expect(lines).toContain('BEGIN:VALARM');
    expect(lines).toContain('TRIGGER:-P7D');
    expect(lines).toContain('ACTION:DISPLAY');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(lines.at(-1)).toBe('');
    // Balanced blocks.
    for (const block of ['VCALENDAR', 'VEVENT', 'VALARM']) {
      expect(lines.filter((l) => l === `BEGIN:${block}`).length).toBe(
        lines.filter((l) => l === `END:${block}`).length,
      );
    }
  });

  it('uses CRLF line endings only', () => {
    const ics = deadlinesToIcs([deadline], NOW);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('escapes commas, semicolons, backslashes and newlines in text', () => {
    expect(escapeIcsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const lines = unfold(deadlinesToIcs([deadline], NOW));
    expect(lines).toContain(
      'DESCRIPTION:Provider: Sample Imaging\\, Inc.\\; MRI\\nSteps: appeal\\, then external review',
    );
  });

  it('folds lines longer than 75 octets without splitting a UTF-8 character', () => {
    const long = { ...deadline, summary: 'Fecha límite de apelación — reclamación ' + 'ñ'.repeat(80) };
    const ics = deadlinesToIcs([long], NOW);
    const encoder = new TextEncoder();
    for (const physical of ics.split('\r\n')) expect(encoder.encode(physical).length).toBeLessThanOrEqual(75);
    expect(unfold(ics)).toContain(`SUMMARY:${long.summary}`);
    expect(foldIcsLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldIcsLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('keeps UIDs stable per claim and kind, safe for any claim id, and skips duplicates and bad dates', () => {
    expect(icsUid('A 1/ñ', 'external-review')).toMatch(
      /^[A-Za-z0-9._~-]+\.external-review@coverage-lens\.local$/,
    );
    expect(icsUid('A', 'x')).toBe(icsUid('A', 'x'));
    expect(icsUid('A', 'x')).not.toBe(icsUid('A', 'y'));
    const ics = deadlinesToIcs(
      [
        deadline,
        { ...deadline },
        { ...deadline, kind: 'external-review', date: '2026-02-30' },
        { ...deadline, kind: 'x', date: 'soon' },
      ],
      NOW,
    );
    expect(unfold(ics).filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(deadlinesToIcs([], NOW)).toContain('BEGIN:VCALENDAR\r\n');
  });
});
