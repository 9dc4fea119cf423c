import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimFactPath, encodeClaimId, parseFactPath } from '@/lib/profile/fields';
import { FactPathSchema, MESSAGE_LIMITS } from '@/lib/model/messages';

/** The encoding by definition: every UTF-8 byte outside `[A-Za-z0-9.:|-]` as `_xx_`. */
function reference(id: string): string {
  return Array.from(new TextEncoder().encode(id), (byte) => {
    const char = String.fromCharCode(byte);
    return /[A-Za-z0-9.:|-]/.test(char) ? char : `_${byte.toString(16).padStart(2, '0')}_`;
  }).join('');
}

describe('claim ids in fact paths', () => {
  it('keeps an id made of safe characters as it is, and encodes the others byte by byte', () => {
    expect(encodeClaimId('AC2610140093')).toBe('AC2610140093');
    expect(encodeClaimId('derived:2026-01-02|Dr. X|120')).toBe('derived:2026-01-02|Dr._20_X|120');
    expect(encodeClaimId('A]B')).toBe('A_5d_B');
    expect(encodeClaimId('Ñ')).toBe('_c3__91_');
  });

  it('equals the byte-wise encoding for any id, and the path it makes holds only fact-path characters', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme-composite' }), (id) => {
        expect(encodeClaimId(id)).toBe(reference(id));
        const path = claimFactPath(id, 'service.kind');
        // The characters a fact path may hold (FactPathSchema; its length bound is another matter).
        expect(path).toMatch(/^[A-Za-z0-9_.:\-[\]|]+$/);
        expect(parseFactPath(path)).toMatchObject({ claimKey: reference(id), path: 'service.kind' });
      }),
      { numRuns: 500 },
    );
  });

  it('a correction can name any claim: the longest derived id still makes a valid fact path', () => {
    // A derived id (lib/extract/generic.ts): date | the provider name's first 80 characters | amount, maybe `#n`.
    const provider = '診療所'.repeat(27).slice(0, 80);
    const id = `derived:2026-01-02|${provider}|123456789.12#12`;
    const path = claimFactPath(id, 'provider.networkStatus');
    expect(path.length).toBeGreaterThan(1_000);
    expect(path.length).toBeLessThanOrEqual(MESSAGE_LIMITS.path);
    expect(FactPathSchema.safeParse(path).success).toBe(true);
  });
});
