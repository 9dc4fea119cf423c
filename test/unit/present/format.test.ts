import { describe, expect, it } from 'vitest';
import {
  displayPageText,
  formatDate,
  formatMoney,
  formatPercent,
  parseIsoDate,
} from '../../../lib/present/format';

describe('formatMoney', () => {
  it('formats US dollars in both languages', () => {
    expect(formatMoney(1234.5, 'en')).toBe('$1,234.50');
    expect(formatMoney(29.72, 'es')).toBe('$29.72');
    expect(formatMoney(0, 'en')).toBe('$0.00');
    expect(formatMoney(-0.001, 'en')).toBe('$0.00');
  });
  it('gives an empty string for unknown amounts, never "$NaN"', () => {
    expect(formatMoney(null, 'en')).toBe('');
    expect(formatMoney(undefined, 'es')).toBe('');
    expect(formatMoney(Number.NaN, 'en')).toBe('');
  });
});

describe('formatDate', () => {
  it('formats ISO dates per locale without shifting the day', () => {
    expect(formatDate('2025-09-11', 'en', 'short')).toBe('Sep 11');
    expect(formatDate('2025-09-11', 'en', 'long')).toBe('September 11, 2025');
    expect(formatDate('2025-09-11', 'es', 'long')).toBe('11 de septiembre de 2025');
    expect(formatDate('2025-01-01', 'en')).toBe('Jan 1, 2025');
    expect(formatDate('2025-01-01T23:30:00-08:00', 'en')).toBe('Jan 1, 2025');
  });
  it('rejects impossible dates', () => {
    expect(formatDate('2025-02-30', 'en')).toBe('');
    expect(formatDate(null, 'en')).toBe('');
    expect(parseIsoDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseIsoDate('2023-02-29')).toBeNull();
  });
});

describe('formatPercent', () => {
  it('shows the member share as a percentage', () => {
    expect(formatPercent(0.2, 'en')).toBe('20%');
    expect(formatPercent(null, 'en')).toBe('');
  });
});

describe('displayPageText', () => {
  it('shows bidi override and isolate controls as a replacement character, leaving other text alone', () => {
    expect(displayPageText('Dr. \u202Eevil\u202C Smith')).toBe('Dr. \uFFFDevil\uFFFD Smith');
    expect(displayPageText('\u2066x\u2069')).toBe('\uFFFDx\uFFFD');
    expect(displayPageText('Clínica Señor — $1,250.00')).toBe('Clínica Señor — $1,250.00');
  });
});
