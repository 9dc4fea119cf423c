/**
 * Long claims lists read in part (ReadOptions.claimRowLimit, issue 7): the first rows are read, the rest are left for
 * later and said to be there (`unread`, `snapshot.unreadRows`); a list barely longer than the limit is read whole; a
 * claim's detail rows stay with it; the same holds for card lists and through readPage/readFrames.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { WHOLE_LIST_SLACK, readGeneric } from '../../../lib/extract/generic';
import { readFrames, readPage } from '../../../lib/extract';
import { PageSnapshotSchema } from '../../../lib/model/snapshot';
import { snapshotProblems } from '../../../lib/model/snapshot-check';
import { emptySnapshot } from '../../../lib/extract/empty';

// All names and numbers below are fictitious test data.
function claimRow(i: number): string {
  const day = String((i % 28) + 1).padStart(2, '0');
  return `<tr class="claim" id="c${i}"><td>CL-${100000 + i}</td><td>03/${day}/2026</td><td>Example Clinic ${i}</td><td>${
    i % 5 === 0 ? 'Denied' : 'Paid'
  }</td><td>$${(200 + i).toFixed(2)}</td><td>$${(i % 50).toFixed(2)}</td></tr>`;
}

const HEAD =
  '<thead><tr><th>Claim #</th><th>Date of service</th><th>Provider</th><th>Status</th><th>Billed</th><th>You owe</th></tr></thead>';

function claimsTable(count: number, detailAfter: (i: number) => boolean = () => false): string {
  const rows: string[] = [];
  for (let i = 0; i < count; i++) {
    rows.push(claimRow(i));
    if (detailAfter(i))
      rows.push(
        `<tr class="detail" id="d${i}"><td colspan="6">Denial reason: CO-50 Not medically necessary. Appeal by: 09/30/2026</td></tr>`,
      );
  }
  return `<main><h2>Claims</h2><table>${HEAD}<tbody>${rows.join('')}</tbody></table></main>`;
}

function read(html: string, claimRowLimit?: number, hints?: Parameters<typeof readGeneric>[2]) {
  document.body.innerHTML = html;
  const result = readGeneric(document, 'https://portal.example/claims', { ...hints, claimRowLimit });
  expect(PageSnapshotSchema.safeParse(result.snapshot).success).toBe(true);
  expect(result.claimElements.length).toBe(result.snapshot.claims.length);
  return result;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('claim row limit: tables', () => {
  it('reads the first rows of a long table and leaves the rest, saying how many', () => {
    const { snapshot, claimElements, unread } = read(claimsTable(400), 100);
    expect(snapshot.claims).toHaveLength(100);
    expect(snapshot.claims[99]?.id).toBe('CL-100099');
    expect(claimElements[0]?.id).toBe('c0');
    expect(snapshot.unreadRows).toBe(300);
    expect(unread).toHaveLength(300);
    expect(unread?.[0]?.id).toBe('c100');
    expect(unread?.[299]?.id).toBe('c399');
    // Provenance of a claim read is there; none for a claim not read.
    expect(snapshot.sources['claims[99].billed']).toEqual({ label: 'Billed', text: '$299.00' });
    expect(snapshot.sources['claims[100].billed']).toBeUndefined();
  });

  it('reads everything without a limit (the default), and says nothing is left', () => {
    const { snapshot, unread } = read(claimsTable(400));
    expect(snapshot.claims).toHaveLength(400);
    expect(snapshot.unreadRows).toBeUndefined();
    expect(unread ?? []).toHaveLength(0);
  });

  it(`reads a list at most ${WHOLE_LIST_SLACK} rows longer than the limit whole`, () => {
    const whole = read(claimsTable(100 + WHOLE_LIST_SLACK), 100);
    expect(whole.snapshot.claims).toHaveLength(100 + WHOLE_LIST_SLACK);
    expect(whole.snapshot.unreadRows).toBeUndefined();
    const cut = read(claimsTable(101 + WHOLE_LIST_SLACK), 100);
    expect(cut.snapshot.claims).toHaveLength(100);
    expect(cut.snapshot.unreadRows).toBe(1 + WHOLE_LIST_SLACK);
  });

  it('keeps the last claim read together with its detail row (the cut falls before the next claim)', () => {
    const { snapshot, unread } = read(
      claimsTable(300, (i) => i === 99),
      100,
    );
    expect(snapshot.claims).toHaveLength(100);
    const last = snapshot.claims[99]!;
    expect(last.id).toBe('CL-100099');
    expect(last.carcCodes).toContain('CO-50');
    expect(last.appealBy).toBe('2026-09-30');
    expect(unread?.[0]?.id).toBe('c100');
  });

  it('does not count or watch the detail rows among the rows left (one wide cell is not a claim)', () => {
    const { snapshot, unread } = read(
      claimsTable(400, (i) => i % 10 === 0),
      100,
    );
    expect(snapshot.claims).toHaveLength(100);
    expect(snapshot.unreadRows).toBe(300);
    expect(unread?.every((row) => row.classList.contains('claim'))).toBe(true);
  });

  it('counts only the claim rows a hint names (detail rows in between are not claims to read)', () => {
    const { snapshot, unread } = read(
      claimsTable(400, (i) => i % 2 === 0),
      100,
      { hints: { claimRowSelector: 'tr.claim', detailRowSelector: 'tr.detail' } },
    );
    expect(snapshot.claims).toHaveLength(100);
    expect(snapshot.unreadRows).toBe(300);
    expect(unread?.every((row) => row.classList.contains('claim'))).toBe(true);
    // Claim 98's detail row (it is followed by claim 99) was read with it.
    expect(snapshot.claims[98]?.carcCodes).toContain('CO-50');
  });

  it('a second list after the limit is left unread whole; the limit spans the page', () => {
    document.body.innerHTML = '';
    const html = claimsTable(400).replace('</main>', '') + claimsTable(400).replace('<main>', '');
    const { snapshot, unread } = read(html, 100);
    expect(snapshot.claims).toHaveLength(100);
    expect(unread).toHaveLength(700);
    expect(snapshot.unreadRows).toBe(700);
  });
});

describe('claim row limit: cards and entry points', () => {
  function cards(count: number): string {
    const out: string[] = [];
    for (let i = 0; i < count; i++)
      out.push(
        `<article class="claim-card" id="k${i}"><h3>Claim #CL-${200000 + i}</h3><dl><dt>Date of service</dt><dd>04/0${
          (i % 9) + 1
        }/2026</dd><dt>Provider</dt><dd>Example Imaging ${i}</dd><dt>Status</dt><dd>Processed</dd><dt>Billed</dt><dd>$${
          300 + i
        }.00</dd><dt>You owe</dt><dd>$${i % 40}.00</dd></dl></article>`,
      );
    return `<main><h2>Claims</h2><section class="claim-list">${out.join('')}</section></main>`;
  }

  it('reads the first cards of a long card list and leaves the rest', () => {
    const { snapshot, unread } = read(cards(300), 100);
    expect(snapshot.claims).toHaveLength(100);
    expect(snapshot.claims[0]?.id).toBe('CL-200000');
    expect(snapshot.unreadRows).toBe(200);
    expect(unread?.[0]?.id).toBe('k100');
  });

  it('readPage and readFrames pass the limit on and keep the rows left, in a valid snapshot', () => {
    document.body.innerHTML = claimsTable(500);
    const page = readPage(document, 'https://portal.example/claims', { adapter: null, claimRowLimit: 100 });
    expect(page.snapshot.claims).toHaveLength(100);
    expect(page.snapshot.unreadRows).toBe(400);
    expect(page.unread).toHaveLength(400);
    expect(PageSnapshotSchema.safeParse(page.snapshot).success).toBe(true);
    const framed = readFrames(document, 'https://portal.example/claims', {
      adapter: null,
      claimRowLimit: 100,
    });
    expect(framed.snapshot.unreadRows).toBe(400);
    expect(framed.unread).toHaveLength(400);
    const all = readFrames(document, 'https://portal.example/claims', {
      adapter: null,
      claimRowLimit: Infinity,
    });
    expect(all.snapshot.claims).toHaveLength(500);
    expect(all.snapshot.unreadRows).toBeUndefined();
  });
});

describe('snapshot.unreadRows', () => {
  it('is a whole number of at least 1 when present, for the schema and the bundled check alike', () => {
    for (const [value, ok] of [
      [1, true],
      [1850, true],
      [0, false],
      [-3, false],
      [2.5, false],
      ['12', false],
      [Number.NaN, false],
    ] as const) {
      const snapshot = { ...emptySnapshot('https://portal.example/'), unreadRows: value };
      expect(PageSnapshotSchema.safeParse(snapshot).success, String(value)).toBe(ok);
      expect(snapshotProblems(snapshot).length === 0, String(value)).toBe(ok);
    }
  });
});
