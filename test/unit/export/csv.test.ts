import { describe, expect, it } from 'vitest';
import { csvField, neutraliseFormula, toCsv } from '../../../lib/export/csv';
import { CLAIM_CSV_COLUMNS, claimCsvRows, claimsToCsv } from '../../../lib/export/claims';
import { deniedClaim, openAppeal, paidClaim, assessment } from '../profile/builders';

/** A small RFC 4180 reader, to check that what we write reads back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe('CSV (RFC 4180)', () => {
  it('quotes fields with commas, quotes, CR or LF and doubles inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(false)).toBe('false');
  });

  it('ends every record with CRLF and round-trips through a reader', () => {
    const cells = [
      ['Dr. "Ruiz", MD', 'line1\nline2', ''],
      ['x', 'y', 'z'],
    ];
    const text = toCsv(['a', 'b', 'c'], cells);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(4);
    expect(parseCsv(text)).toEqual([['a', 'b', 'c'], ...cells]);
  });

  it.each(['=HYPERLINK("http://x.test")', '+1+2', '-2+3', '@SUM(A1)', '\tTAB', '\rCR'])(
    'neutralises a formula-like cell %j with a leading apostrophe',
    (cell) => {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
      const [, row] = parseCsv(toCsv(['h'], [[cell]]));
      expect(row?.[0]).toBe(`'${cell}`);
    },
  );

  it('leaves ordinary text and numbers (also negative numbers) alone', () => {
    expect(neutraliseFormula('Dr. Smith')).toBe('Dr. Smith');
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(csvField(-12.5)).toBe('-12.5');
  });
});

describe('claimsToCsv', () => {
  const input = {
    snapshot: null,
    claims: [
      {
        claimId: 'CLM-2026-0001',
        index: 0,
        claim: deniedClaim({ provider: '=cmd|"/c calc"!A1', appealBy: '2026-07-31' }),
        assessment: openAppeal('2026-07-31', 152),
        missing: ['claims[CLM-2026-0001].claim.finalInternalDenial'],
        note: null,
      },
      {
        claimId: 'CLM-2026-0002',
        index: 1,
        claim: paidClaim(),
        assessment: assessment({
          appeal: {
            status: 'not-appealable',
            possible: false,
            level: null,
            deadline: null,
            daysLeft: null,
            nextSteps: ['PATIENT_RESPONSIBILITY'],
          },
          outOfPocket: {
            deductible: 150,
            copay: 0,
            coinsurance: 66,
            balanceBilling: 0,
            nonCovered: 0,
            total: 216,
          },
        }),
        missing: [],
        note: null,
      },
      {
        claimId: 'P1',
        index: 2,
        claim: paidClaim({ id: 'P1', patientOwes: 10 }),
        assessment: null,
        missing: [],
        note: 'pending',
      },
    ],
  };

  it('writes a header of stable column names and one row per claim', () => {
    const rows = parseCsv(claimsToCsv(input));
    expect(rows[0]).toEqual([...CLAIM_CSV_COLUMNS]);
    expect(rows).toHaveLength(4);
    const column = (name: (typeof CLAIM_CSV_COLUMNS)[number], row: number) =>
      rows[row]?.[CLAIM_CSV_COLUMNS.indexOf(name)];
    expect(column('claimId', 1)).toBe('CLM-2026-0001');
    expect(column('provider', 1)).toBe(`'=cmd|"/c calc"!A1`);
    expect(column('deadline', 1)).toBe('2026-07-31');
    expect(column('daysLeft', 1)).toBe('152');
    expect(column('nextSteps', 1)).toBe(
      'REQUEST_DENIAL_LETTER RETRO_AUTH INTERNAL_APPEAL_WITH_LMN EXTERNAL_REVIEW',
    );
    expect(column('planEstimate', 2)).toBe('216');
    expect(column('owesMatchesPlan', 2)).toBe('true');
    expect(column('owesMatchesPlan', 3)).toBe('');
    expect(column('note', 3)).toBe('pending');
  });

  it('accepts prepared rows too', () => {
    const rows = claimCsvRows(input);
    expect(claimsToCsv(rows)).toBe(claimsToCsv(input));
  });
});
