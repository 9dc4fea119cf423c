// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { NEXT_STEP_CODES, DOCUMENT_CODES } from '../../../lib/model/assessment';
import { evaluate } from '../../../lib/rules/evaluate';
import {
  DOCUMENT_TEXT,
  NEXT_STEP_TEXT,
  formatMessage,
  formatReason,
  messageKeys,
  messageTemplate,
} from '../../../lib/rules/messages';
import { makeCase } from './helpers';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  it('every key has English and Spanish text with the same placeholders', () => {
    for (const key of messageKeys()) {
      const t = messageTemplate(key);
      expect(t.en.length, key).toBeGreaterThan(10);
      expect(t.es.length, key).toBeGreaterThan(10);
      expect(t.es, key).not.toBe(t.en);
      expect(placeholders(t.es), key).toEqual(placeholders(t.en));
    }
  });

  it('every next-step code and document code has both languages', () => {
    for (const code of NEXT_STEP_CODES) expect(NEXT_STEP_TEXT[code].es.length, code).toBeGreaterThan(5);
    for (const code of DOCUMENT_CODES) expect(DOCUMENT_TEXT[code].es.length, code).toBeGreaterThan(5);
  });

  it('fills params; a missing param stays visible instead of being invented', () => {
    expect(formatMessage('cost.deductible', { amount: '$150.00', remaining: '$150.00' }, 'en')).toBe(
      '$150.00 goes to your deductible ($150.00 was left).',
    );
    expect(formatMessage('cost.deductible', { amount: '$150.00' }, 'en')).toContain('{remaining}');
  });

  it('every trace entry the engine writes uses a known key and has no unfilled placeholder in either language', () => {
    const cases = [
      makeCase(),
      makeCase({
        plan: { type: 'HMO', sbcReferralRequired: null },
        provider: { networkStatus: 'out-of-network' },
      }),
      makeCase({
        today: '2027-01-05',
        plan: { kind: 'medicare-original', type: 'Original Medicare', deductible: { individual: null } },
      }),
      makeCase({
        claim: {
          status: 'denied',
          noticeDate: '2026-01-02',
          adjustments: [{ group: 'CO', carc: '197', amount: 10 }],
        },
      }),
      makeCase({
        authorizations: { preAuthStatus: 'pending', paRequestReceived: '2026-03-01T08:00' },
        plan: { preAuthRequiredForService: 'required' },
      }),
    ];
    const known = new Set<string>(messageKeys());
    for (const c of cases) {
      for (const t of evaluate(c).trace) {
        expect(known.has(t.messageKey), t.messageKey).toBe(true);
        expect(t.reason).toBe(formatReason(t, 'en'));
        expect(formatReason(t, 'en'), t.messageKey).not.toMatch(/\{\w+\}/);
        expect(formatReason(t, 'es'), t.messageKey).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
