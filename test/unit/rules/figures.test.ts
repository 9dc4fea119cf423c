// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FIGURES, figureUse, getFigure } from '../../../lib/rules/figures';

describe('dated figures', () => {
  it.each([
    ['aca.oopMax.selfOnly', 2025, 920000],
    ['aca.oopMax.otherThanSelfOnly', 2025, 1840000],
    ['aca.oopMax.selfOnly', 2026, 1060000],
    ['aca.oopMax.otherThanSelfOnly', 2026, 2120000],
    ['medicare.partB.deductible', 2025, 25700],
    ['medicare.partB.deductible', 2026, 28300],
    ['hdhp.minDeductible.selfOnly', 2026, 170000],
    ['hdhp.maxOop.family', 2025, 1660000],
  ] as const)('%s for %i is %i cents', (id, year, cents) => {
    const lookup = getFigure(id, year);
    expect(lookup.status).toBe('known');
    if (lookup.status === 'known') {
      expect(lookup.figure.cents).toBe(cents);
      expect(lookup.figure.source.length).toBeGreaterThan(10);
      expect(lookup.figure.lastVerified).toMatch(/^\d{4}-\d{2}$/);
    }
  });

  it('does not carry the superseded 2026 ACA figure ($10,150)', () => {
    expect(FIGURES.some((f) => f.cents === 1015000)).toBe(false);
  });

  it('an unknown year is an explicit unknown, never a neighbouring year', () => {
    for (const year of [2024, 2027, 2030]) {
      const lookup = getFigure('medicare.partB.deductible', year);
      expect(lookup.status).toBe('unknown');
      if (lookup.status === 'unknown') expect(lookup.knownYears).toEqual([2025, 2026]);
      const use = figureUse(lookup);
      expect(use).toMatchObject({ status: 'unknown', dollars: null, year });
    }
  });

  it('every figure is unique per id and year and stored in whole cents', () => {
    const keys = FIGURES.map((f) => `${f.id}@${f.year}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of FIGURES) expect(Number.isInteger(f.cents)).toBe(true);
  });
});
