import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS, readGeneric } from '../../../lib/extract/generic';
import { PageSnapshotSchema } from '../../../lib/model/snapshot';

// Fictitious test pages only.
const squash = (s: string) => s.replace(/\s+/g, '');

function readHtml(html: string) {
  document.body.innerHTML = html;
  return readGeneric(document, 'https://portal.example/');
}

describe('hostile pages', () => {
  it('markup-looking text stays plain text', () => {
    const { snapshot } =
      readHtml(`<table><thead><tr><th>Claim #</th><th>Provider</th><th>Billed</th><th>You owe</th></tr></thead>
      <tbody><tr><td>H1</td><td>&lt;img src=x onerror=alert(1)&gt;</td><td>$10.00</td><td>$1.00</td></tr></tbody></table>`);
    expect(snapshot.claims[0]?.provider).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });

  it('__proto__ / constructor labels and values do not pollute anything', () => {
    const { snapshot } = readHtml(`<main>
      <div><span>__proto__</span><span>$5.00</span></div>
      <div><span>constructor</span><span>$6.00</span></div>
      <dl><dt>__proto__</dt><dd>polluted</dd><dt>Member name</dt><dd>__proto__</dd></dl>
      <table><thead><tr><th>__proto__</th><th>Claim #</th><th>Billed</th><th>You owe</th></tr></thead>
      <tbody><tr><td>x</td><td>constructor</td><td>$1.00</td><td>$1.00</td></tr></tbody></table></main>`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    expect(snapshot.member.name).toBe('__proto__');
    expect(PageSnapshotSchema.safeParse(snapshot).success).toBe(true);
  });

  it('10 kB strings are bounded', () => {
    const big = 'A'.repeat(10_000);
    const { snapshot } =
      readHtml(`<table><thead><tr><th>Claim #</th><th>Provider</th><th>Billed</th><th>You owe</th><th>Denial reason</th></tr></thead>
      <tbody><tr><td>B1</td><td>${big}</td><td>$10.00</td><td>$1.00</td><td>${big}</td></tr></tbody></table>
      <div><span>Member name</span><span>${big}</span></div>`);
    expect(snapshot.claims[0]?.provider?.length).toBeLessThanOrEqual(LIMITS.maxValueChars);
    expect(snapshot.claims[0]?.denialReason?.length).toBeLessThanOrEqual(LIMITS.maxValueChars);
    for (const src of Object.values(snapshot.sources))
      expect(src.text.length).toBeLessThanOrEqual(LIMITS.maxValueChars);
    expect(JSON.stringify(snapshot).length).toBeLessThan(20_000);
  });

  it('absurd amounts are flagged implausible, never used', () => {
    const { snapshot } = readHtml(`<main><div><span>Deductible</span><span>$9,999,999,999,999.99</span></div>
      <table><thead><tr><th>Claim #</th><th>Date of service</th><th>Billed</th><th>You owe</th></tr></thead>
      <tbody><tr><td>Q1</td><td>01/01/2025</td><td>$9,999,999,999,999.99</td><td>$12.00</td></tr></tbody></table></main>`);
    expect(snapshot.plan.inNetwork.deductible.individual.amount).toBeNull();
    expect(snapshot.claims[0]?.billed).toBeNull();
    expect(snapshot.claims[0]?.patientOwes).toBe(12);
    expect(snapshot.implausible).toEqual(
      expect.arrayContaining(['claims[0].billed', 'plan.inNetwork.deductible.individual.amount']),
    );
    expect(snapshot.warnings?.length).toBeGreaterThan(0);
  });

  it('a deeply nested DOM does not blow the stack or the budget', () => {
    let html = '<span>Deductible</span><span>$1 of $2</span>';
    for (let i = 0; i < 3000; i++) html = `<div>${html}</div>`;
    const t0 = performance.now();
    expect(() => readHtml(html)).not.toThrow();
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('caps the number of claims', () => {
    const rows = Array.from(
      { length: LIMITS.maxClaims + 50 },
      (_, i) => `<tr><td>N${i}</td><td>$1.00</td><td>$1.00</td></tr>`,
    ).join('');
    const { snapshot, claimElements } = readHtml(
      `<table><thead><tr><th>Claim #</th><th>Billed</th><th>You owe</th></tr></thead><tbody>${rows}</tbody></table>`,
    );
    expect(snapshot.claims).toHaveLength(LIMITS.maxClaims);
    expect(claimElements).toHaveLength(LIMITS.maxClaims);
    expect(snapshot.warnings?.some((w) => w.includes('claims'))).toBe(true);
  });
});

describe('property: every value comes from text on the page', () => {
  const word = fc.constantFrom(
    'Dr. Ann',
    'Lab',
    'Clinic',
    'Pending',
    '—',
    'N/A',
    'CO-45',
    'N130',
    '__proto__',
    '<b>x</b>',
    'Total',
  );
  const money = fc
    .integer({ min: 0, max: 99_999_99 })
    .map((c) => `$${(c / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`);
  const date = fc
    .date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2030-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`);
  const cell = fc.oneof(money, date, word, fc.string({ maxLength: 12 }));
  const header = fc.constantFrom(
    'Claim #',
    'Date of service',
    'Provider',
    'Billed',
    'Allowed',
    'Plan paid',
    'You owe',
    'Status',
    'Remark codes',
    'Notes',
  );
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const page = fc
    .record({
      headers: fc.uniqueArray(header, { minLength: 2, maxLength: 7 }),
      rows: fc.array(fc.array(cell, { minLength: 7, maxLength: 7 }), { minLength: 1, maxLength: 6 }),
      pairs: fc.array(
        fc.tuple(
          fc.constantFrom(
            'Deductible',
            'Out-of-pocket max',
            'Member ID',
            'Coinsurance',
            'Family deductible',
            'Plan',
          ),
          cell,
        ),
        { maxLength: 5 },
      ),
    })
    .map(({ headers, rows, pairs }) => {
      const head = `<thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>`;
      const body = rows
        .map((r) => `<tr>${headers.map((_, i) => `<td>${esc(r[i] ?? '')}</td>`).join('')}</tr>`)
        .join('');
      const dl = pairs.map(([l, v]) => `<div><span>${esc(l)}</span> <span>${esc(v)}</span></div>`).join('');
      return `<main>${dl}<table>${head}<tbody>${body}</tbody></table></main>`;
    });

  it('for every sources[path].text, the page text contains it (whitespace-normalised)', () => {
    fc.assert(
      fc.property(page, (html) => {
        const { snapshot } = readHtml(html);
        expect(PageSnapshotSchema.safeParse(snapshot).success).toBe(true);
        const pageText = squash(document.body.textContent ?? '');
        for (const [path, src] of Object.entries(snapshot.sources)) {
          expect(pageText.includes(squash(src.text)), `${path}: ${src.text}`).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('every non-null claim money value has a source', () => {
    fc.assert(
      fc.property(page, (html) => {
        const { snapshot } = readHtml(html);
        snapshot.claims.forEach((c, i) => {
          for (const k of ['billed', 'allowed', 'planPaid', 'patientOwes'] as const) {
            if (c[k] !== null) expect(snapshot.sources[`claims[${i}].${k}`]).toBeDefined();
          }
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe('performance', () => {
  it('2,000 claim rows (happy-dom figure, printed)', () => {
    const rows = Array.from(
      { length: 2000 },
      (_, i) =>
        `<tr><td>P${i}</td><td>01/${(i % 28) + 1}/2025</td><td>Provider ${i}</td><td>Paid</td><td>$${i}.00</td><td>$${i}.50</td><td>$1.00</td><td>CO-45</td></tr>`,
    ).join('');
    document.body.innerHTML = `<main><table><thead><tr><th>Claim #</th><th>DOS</th><th>Provider</th><th>Status</th><th>Billed</th><th>Allowed</th><th>You owe</th><th>Codes</th></tr></thead><tbody>${rows}</tbody></table></main>`;
    readGeneric(document, 'https://portal.example/');
    const t0 = performance.now();
    const { snapshot } = readGeneric(document, 'https://portal.example/');
    const ms = performance.now() - t0;
    console.log(`[bench] generic reader, 2000 claim rows in happy-dom: ${ms.toFixed(1)} ms`);
    expect(snapshot.claims).toHaveLength(2000);
    expect(ms).toBeLessThan(15_000);
  });
});
