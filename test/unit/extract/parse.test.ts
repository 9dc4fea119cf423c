import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  UNCLEAN,
  cleanText,
  combineGroupReason,
  findDates,
  normalizeAuthStatus,
  normalizeClaimStatus,
  parseAccumulator,
  parseCodes,
  parseCount,
  parseDate,
  parseDateRange,
  parseIdentifier,
  parseMemberShare,
  parseMoney,
  parseMoneyDetailed,
  parseNetwork,
  parsePercent,
  parsePlanType,
} from '../../../lib/extract/parse';

describe('parseMoney', () => {
  it.each([
    ['$1,250.00', 1250],
    ['1,650.00', 1650],
    ['$96.40', 96.4],
    ['−$96.40', -96.4],
    ['-$96.40', -96.4],
    ['$-96.40', -96.4],
    ['($96.40)', -96.4],
    ['$ 1,250 .00', 1250],
    ['$1,250.00 CR', -1250],
    ['USD 12', 12],
    ['$0.00', 0],
    ['$0', 0],
    ['You may owe $96.40*', 96.4],
    ['  $5.5 ', 5.5],
    ['$12,345,678.9', 12345678.9],
  ])('%s → %s', (text, value) => {
    expect(parseMoney(text)).toBe(value);
  });

  it.each([
    '—',
    '–',
    '-',
    '--',
    'Pending',
    'pending',
    'N/A',
    'n/a',
    'NA',
    '',
    '   ',
    'TBD',
    'Not available',
    'Processing',
  ])('%j means no value (null, not 0)', (text) => {
    expect(parseMoney(text)).toBeNull();
  });

  it('does not read dates, percentages, codes or counts as money', () => {
    for (const t of [
      '01/02/2025',
      '2025-01-02',
      '20%',
      'CO-45',
      'N130',
      '12 visits',
      'Claim 12345',
      '1,25000',
      '12.345',
    ])
      expect(parseMoney(t)).toBeNull();
  });

  it('flags absurd amounts as implausible instead of using them', () => {
    expect(parseMoneyDetailed('$9,999,999,999,999.99')).toEqual({ value: null, implausible: true });
    expect(parseMoneyDetailed('$60,000,000.00')).toEqual({ value: null, implausible: true });
    expect(parseMoneyDetailed('$1,250.00')).toEqual({ value: 1250, implausible: false });
  });

  it('reads a plain `$1,234.56` exactly as the general reading does (its fast path)', () => {
    // A trailing space takes the general path (the fast path wants the bare amount); the value must not differ.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999_999 }), fc.boolean(), (cents, grouped) => {
        const whole = Math.floor(cents / 100);
        const digits = grouped ? whole.toLocaleString('en-US') : String(whole);
        const text = `$${digits}.${String(cents % 100).padStart(2, '0')}`;
        expect(parseMoneyDetailed(text)).toEqual(parseMoneyDetailed(`${text} `));
      }),
      { numRuns: 2000 },
    );
    expect(parseMoneyDetailed('$0.00')).toEqual({ value: 0, implausible: false });
    expect(parseMoneyDetailed('$50,000,000.01')).toEqual({ value: null, implausible: true });
  });
});

describe('parseMemberShare / parsePercent', () => {
  it('reads the member share', () => {
    expect(parseMemberShare('20%')).toBe(0.2);
    expect(parseMemberShare('You pay 20% after deductible')).toBe(0.2);
    expect(parseMemberShare('30 %')).toBe(0.3);
    expect(parseMemberShare('No charge')).toBe(0);
    expect(parseMemberShare('You pay 20% / Plan pays 80%')).toBe(0.2);
    expect(parseMemberShare('Plan pays 80%, you pay 20%')).toBe(0.2);
  });
  it("never returns the plan's share as the member's; converts it only when it is explicitly the plan's", () => {
    expect(parseMemberShare('Plan pays 80%')).toBe(0.2);
    expect(parseMemberShare('80%', true)).toBe(0.2);
    expect(parseMemberShare('Covered at 70%')).toBe(0.3);
    expect(parseMemberShare('Plan pays 80%')).not.toBe(0.8);
  });
  it('null where no percentage', () => {
    expect(parseMemberShare('')).toBeNull();
    expect(parseMemberShare('—')).toBeNull();
    expect(parseMemberShare('$30 copay')).toBeNull();
    expect(parseMemberShare('150%')).toBeNull();
  });
  it('parsePercent', () => {
    expect(parsePercent('40% coinsurance')).toBe(0.4);
    expect(parsePercent('none')).toBeNull();
  });
});

describe('dates', () => {
  it.each([
    ['03/03/2025', '2025-03-03'],
    ['3/3/25', '2025-03-03'],
    ['12/31/2024', '2024-12-31'],
    ['03-03-2025', '2025-03-03'],
    ['Mar 3, 2025', '2025-03-03'],
    ['March 3, 2025', '2025-03-03'],
    ['Sept. 3, 2025', '2025-09-03'],
    ['3 Mar 2025', '2025-03-03'],
    ['03-Mar-2025', '2025-03-03'],
    ['2025-03-03', '2025-03-03'],
    ['2025-03-03T10:15:00Z', '2025-03-03'],
    ['3 de marzo de 2025', '2025-03-03'],
    ['Processed on 04/15/2025', '2025-04-15'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });
  it('rejects impossible dates and non-dates', () => {
    expect(parseDate('02/30/2025')).toBeNull();
    expect(parseDate('13/13/2025')).toBeNull();
    expect(parseDate('31/02/2025')).toBeNull();
    expect(parseDate('Pending')).toBeNull();
    expect(parseDate('$1,250.00')).toBeNull();
    expect(parseDate('Foo 3, 2025')).toBeNull();
  });
  it('ranges in one cell', () => {
    expect(parseDateRange('01/02/2025 - 01/05/2025')).toEqual({ from: '2025-01-02', to: '2025-01-05' });
    expect(parseDateRange('01/02/2025 – 01/05/2025')).toEqual({ from: '2025-01-02', to: '2025-01-05' });
    expect(parseDateRange('Jan 2, 2025 to Jan 5, 2025')).toEqual({ from: '2025-01-02', to: '2025-01-05' });
    expect(parseDateRange('01/02/2025 through 01/05/2025')).toEqual({ from: '2025-01-02', to: '2025-01-05' });
    expect(parseDateRange('01/02/2025')).toEqual({ from: '2025-01-02', to: '2025-01-02' });
    expect(parseDateRange('none')).toEqual({ from: null, to: null });
    expect(findDates('from 1/2/25 to 2025-02-01')).toEqual(['2025-01-02', '2025-02-01']);
  });
});

describe('parseAccumulator', () => {
  it.each([
    ['$1,250.00 of $3,000.00', null, { amount: 3000, met: 1250, remaining: null }],
    ['$1,250.00 of $3,000.00 met', null, { amount: 3000, met: 1250, remaining: null }],
    ['$1,250 / $3,000', null, { amount: 3000, met: 1250, remaining: null }],
    ['1,250.00 of 3,000.00', null, { amount: 3000, met: 1250, remaining: null }],
    ['$1,750 remaining of $3,000', null, { amount: 3000, met: 1250, remaining: 1750 }],
    ['$3,000 ($1,250 met)', null, { amount: 3000, met: 1250, remaining: null }],
    ['Total: $3,000 Met: $1,250', null, { amount: 3000, met: 1250, remaining: null }],
    ['Met: $1,250 Remaining: $1,750', null, { amount: 3000, met: 1250, remaining: 1750 }],
    ['You have $500 left to meet your $1,500 deductible', null, { amount: 1500, met: 1000, remaining: 500 }],
    ['$500 met', null, { amount: null, met: 500, remaining: null }],
    ['$1,000 spent', null, { amount: null, met: 1000, remaining: null }],
    ['$3,000', null, { amount: 3000, met: null, remaining: null }],
    ['$3,000', 'met', { amount: null, met: 3000, remaining: null }],
    ['$1,200', 'remaining', { amount: null, met: null, remaining: 1200 }],
    ['—', null, { amount: null, met: null, remaining: null }],
  ] as const)('%s (%s)', (text, part, expected) => {
    expect(parseAccumulator(text, part)).toEqual({ ...expected, implausible: false });
  });
  it('flags absurd accumulators', () => {
    expect(parseAccumulator('$9,999,999,999,999.99 of $3,000').implausible).toBe(true);
    expect(parseAccumulator('$9,999,999,999,999.99 of $3,000').met).toBeNull();
  });
});

describe('plan types and networks', () => {
  it.each([
    ['Gold PPO', 'PPO'],
    ['Bronze HMO', 'HMO'],
    ['Aetna Open Access EPO', 'EPO'],
    ['Choice POS II', 'POS'],
    ['Point of Service', 'POS'],
    ['HDHP with HSA', 'HDHP-PPO'],
    ['High Deductible PPO', 'HDHP-PPO'],
    ['Medicare Advantage HMO', 'MA-HMO'],
    ['Medicare Advantage (PPO)', 'MA-PPO'],
    ['UHC Medicare PPO', 'MA-PPO'],
    ['Original Medicare', 'Original Medicare'],
    ['Medicaid Managed Care', 'Medicaid MCO'],
    ['Shopping', null],
    ['', null],
  ])('%s → %s', (text, type) => {
    expect(parsePlanType(text)).toBe(type);
  });
  it.each([
    ['In Network (PAR)', 'in-network'],
    ['In-network', 'in-network'],
    ['Participating', 'in-network'],
    ['Tier 1', 'in-network'],
    ['Out-of-network', 'out-of-network'],
    ['Out of Network', 'out-of-network'],
    ['Non-participating', 'out-of-network'],
    ['Non-Par', 'out-of-network'],
    ['OON', 'out-of-network'],
    ['Network', null],
    ['—', null],
  ])('%s → %s', (text, network) => {
    expect(parseNetwork(text)).toBe(network);
  });
});

describe('statuses', () => {
  it.each([
    ['Processed', 'processed'],
    ['Paid', 'paid'],
    ['Pending', 'pending'],
    ['In process', 'pending'],
    ['In Progress', 'pending'],
    ['Denied', 'denied'],
    ['Rejected', 'denied'],
    ['Partially paid', 'partially-paid'],
    ['Partially Denied', 'partially-paid'],
    ['Adjusted', 'adjusted'],
    ['Reprocessed', 'adjusted'],
    ['Finalized', 'processed'],
    ['Completed', 'processed'],
    ['F0', 'processed'],
    ['F1', 'paid'],
    ['F1 - Finalized/Payment', 'paid'],
    ['F2', 'denied'],
    ['F3', 'adjusted'],
    ['F4', 'processed'],
    ['P1', 'pending'],
    ['P3', 'pending'],
    ['A1', 'pending'],
    ['A3', 'denied'],
    ['R4', 'pending'],
    ['Denegado', 'denied'],
    ['Pagado', 'paid'],
    ['something else', null],
    ['', null],
    // Several words: the first status in the order partially paid, denied, adjusted, pending, paid, processed wins.
    ['Paid - partially denied', 'partially-paid'],
    ['Denied (not paid)', 'denied'],
    ['Adjusted, payment issued', 'adjusted'],
    ['Payment pending', 'pending'],
    ['Processed and paid', 'paid'],
    ['Processed Updated 12/02/2026', 'processed'],
    ['Unpaid', null],
  ])('claim status %s → %s', (text, status) => {
    expect(normalizeClaimStatus(text)).toBe(status);
  });
  it.each([
    ['Approved', 'approved'],
    ['Certified', 'approved'],
    ['Pending review', 'pending'],
    ['In Review', 'pending'],
    ['Denied', 'denied'],
    ['Not approved', 'denied'],
    ['Partially approved', 'partially-approved'],
    ['Approved with modifications', 'partially-approved'],
    ['Expired', 'expired'],
    ['??', null],
  ])('auth status %s → %s', (text, status) => {
    expect(normalizeAuthStatus(text)).toBe(status);
  });
});

describe('adjustment and remark codes', () => {
  it.each([
    ['CO-45', ['CO-45']],
    ['CO 45', ['CO-45']],
    ['CO45', ['CO-45']],
    ['CO:45', ['CO-45']],
    ['Group: CO Reason: 45', ['CO-45']],
    ['Group Code: PR, Reason Code: 1', ['PR-1']],
    ['PR-1, PR-2; OA-23', ['PR-1', 'PR-2', 'OA-23']],
    ['CO-B7: provider not certified', ['CO-B7']],
    ['PI-204', ['PI-204']],
  ])('%s', (text, carc) => {
    expect(parseCodes(text).carc).toEqual(carc);
  });
  it('keeps RARC apart from CARC', () => {
    expect(parseCodes('CO-50 N130 M62 MA130')).toEqual({ carc: ['CO-50'], rarc: ['N130', 'M62', 'MA130'] });
    expect(parseCodes('Remark: N54').carc).toEqual([]);
  });
  it('does not invent codes', () => {
    expect(parseCodes('N/A')).toEqual({ carc: [], rarc: [] });
    expect(parseCodes('CONTRACTUAL 45 CO 2025')).toEqual({ carc: [], rarc: [] });
    expect(parseCodes('45')).toEqual({ carc: [], rarc: [] });
  });
  it('combines group and reason from separate cells', () => {
    expect(combineGroupReason('CO', '45')).toBe('CO-45');
    expect(combineGroupReason('pr ', ' 2')).toBe('PR-2');
    expect(combineGroupReason('XX', '45')).toBeNull();
  });
});

describe('identifiers, counts, text', () => {
  it('keeps leading zeros', () => {
    expect(parseIdentifier('000123')).toBe('000123');
    expect(parseIdentifier('#000123')).toBe('000123');
    expect(parseIdentifier('E-2025-000045')).toBe('E-2025-000045');
    expect(parseIdentifier('Claim')).toBeNull();
    expect(parseIdentifier('—')).toBeNull();
  });
  it('counts', () => {
    expect(parseCount('12')).toBe(12);
    expect(parseCount('12 visits')).toBe(12);
    expect(parseCount('—')).toBeNull();
    expect(parseCount('twelve')).toBeNull();
  });
  it('cleanText collapses and bounds', () => {
    expect(cleanText('  a \n b  ')).toBe('a b');
    expect(cleanText('x'.repeat(10_000)).length).toBeLessThanOrEqual(500);
  });
  it('UNCLEAN flags exactly the texts that collapsing and trimming change (the fast path of cleanText and the reader)', () => {
    // Texts of spaces of every kind, around words, so that runs, ends and lone odd spaces all occur.
    const space = fc.constantFrom(
      ' ',
      '  ',
      '\n',
      '\t',
      '\u00a0',
      '\u2007',
      '\u202f',
      '\u200b',
      '\u3000',
      '\r\n',
    );
    const word = fc.string({ minLength: 1, maxLength: 6 }).map((w) => w.replace(/[\s\u200b]/g, 'x'));
    const text = fc.array(fc.oneof(space, word), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 40 })), (s) => {
        const collapsed = s.replace(/[\s\u00a0\u2007\u202f\u200b]+/g, ' ').trim();
        expect(UNCLEAN.test(s)).toBe(collapsed !== s);
        expect(cleanText(s)).toBe(collapsed);
      }),
      { numRuns: 2000 },
    );
    expect(UNCLEAN.test('Brightwater Pediatrics')).toBe(false);
    expect(UNCLEAN.test('Brightwater\u00a0Pediatrics')).toBe(true);
  });
});

describe('every parser is total', () => {
  const parsers: Array<(s: string) => unknown> = [
    parseMoney,
    (s) => parseMoneyDetailed(s),
    (s) => parseMemberShare(s),
    (s) => parseMemberShare(s, true),
    parsePercent,
    parseDate,
    parseDateRange,
    findDates,
    (s) => parseAccumulator(s),
    (s) => parseAccumulator(s, 'remaining'),
    parsePlanType,
    parseNetwork,
    normalizeClaimStatus,
    normalizeAuthStatus,
    parseCodes,
    parseIdentifier,
    parseCount,
    cleanText,
  ];
  const finite = (v: unknown): boolean => {
    if (typeof v === 'number') return Number.isFinite(v);
    if (Array.isArray(v)) return v.every(finite);
    if (v && typeof v === 'object') return Object.values(v).every(finite);
    return true;
  };
  const moneyish = fc.stringMatching(
    /^[-−(]?\$?[0-9,]{0,20}(\.[0-9]{0,3})?\)?( of \$[0-9,.]{1,12})?( met| remaining)?$/,
  );
  const arb = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 100 }),
    moneyish,
  );

  it('never throws and never returns NaN or Infinity', () => {
    fc.assert(
      fc.property(arb, (s) => {
        for (const p of parsers) {
          const out = p(s);
          expect(finite(out)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('money results are null or finite, and never above the plausibility bound', () => {
    fc.assert(
      fc.property(moneyish, (s) => {
        const v = parseMoney(s);
        expect(v === null || (Number.isFinite(v) && Math.abs(v) <= 50_000_000)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('is fast on long hostile strings', () => {
    const long = `${'$1,'.repeat(5000)}${'9'.repeat(5000)}${'CO-'.repeat(3000)}`;
    const t0 = performance.now();
    for (const p of parsers) p(long);
    expect(performance.now() - t0).toBeLessThan(200);
  });
});

describe('adjacent amounts', () => {
  it('splits amounts from adjacent elements joined without a space', () => {
    expect(parseAccumulator('$3,400.00$2,150.00 remaining')).toEqual({
      amount: 3400,
      met: 1250,
      remaining: 2150,
      implausible: false,
    });
  });
});
