// @vitest-environment node
/** Case v1 parsing at the boundary (contract section 1). */
import { describe, expect, it } from 'vitest';
import { parseCase, parseCaseInput } from '../../../lib/model/case';
import { baseCase } from './helpers';

function issuePaths(input: unknown): string[] {
  const r = parseCase(input);
  return r.ok ? [] : r.issues.map((i) => i.path);
}

/** A case as untyped JSON, so a test can break it on purpose. */
type Loose = { today?: unknown; claim?: unknown } & Record<
  'plan' | 'service' | 'provider' | 'authorizations',
  Record<string, unknown>
> & {
    plan: { deductible: Record<string, unknown> };
  };

describe('parseCase', () => {
  it('accepts a complete case and one with only the required facts', () => {
    expect(parseCase(baseCase()).ok).toBe(true);
    expect(
      parseCase({
        today: '2026-01-02',
        plan: { kind: 'employer-erisa', type: 'PPO' },
        service: { kind: 'surgery' },
      }).ok,
    ).toBe(true);
  });

  it.each([
    ['plan.kind', (c: Loose) => (c.plan.kind = 'employer')],
    ['plan.type', (c: Loose) => (c.plan.type = 'HMOX')],
    ['today', (c: Loose) => (c.today = '2026-02-30')],
    ['today', (c: Loose) => delete c.today],
    ['plan.coinsurance', (c: Loose) => (c.plan.coinsurance = 20)],
    ['plan.deductible.individualMet', (c: Loose) => (c.plan.deductible.individualMet = -5)],
    ['service.allowedAmount', (c: Loose) => (c.service.allowedAmount = '300')],
    ['provider.networkStatus', (c: Loose) => (c.provider.networkStatus = 'preferred')],
    [
      'plan.copayAppliesBeforeDeductible',
      (c: Loose) => (c.plan.copayAppliesBeforeDeductible = 'first-2-visits'),
    ],
    [
      'claim.adjustments[1].group',
      (c: Loose) =>
        (c.claim = {
          status: 'denied',
          adjustments: [
            { group: 'CO', carc: '50', amount: 1 },
            { group: 'XX', carc: '1', amount: 1 },
          ],
        }),
    ],
    ['authorizations.paRequestReceived', (c: Loose) => (c.authorizations.paRequestReceived = 'March 2')],
  ])('rejects a bad %s and names it', (path, mutate) => {
    const c = structuredClone(baseCase()) as Record<string, unknown>;
    mutate(c as unknown as Loose);
    expect(issuePaths(c)).toContain(path);
  });

  it('messages say what was expected and what was received', () => {
    const c = structuredClone(baseCase()) as Record<string, unknown> & { plan: Record<string, unknown> };
    c.plan.kind = 'employer';
    const r = parseCase(c);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toMatch(/expected one of .*employer-erisa.*received "employer"/);
  });

  it('accepts date-times for the PA request and numeric CARCs', () => {
    const c = {
      ...baseCase(),
      authorizations: { preAuthStatus: 'pending', paRequestReceived: '2026-03-02T10:00' },
    };
    expect(parseCase(c).ok).toBe(true);
    expect(
      parseCase({
        ...baseCase(),
        claim: { status: 'paid', adjustments: [{ group: 'PR', carc: 2, amount: 5 }] },
      }).ok,
    ).toBe(true);
  });
});

describe('parseCaseInput', () => {
  it('reads one case, an array, or the {cases:[{id, inputs}]} wrapper, each case on its own', () => {
    expect(parseCaseInput(baseCase())).toHaveLength(1);
    const arr = parseCaseInput([baseCase(), { today: 'x' }]);
    expect(Array.isArray(arr) && arr.map((i) => i.result.ok)).toEqual([true, false]);
    const wrapped = parseCaseInput({
      cases: [
        { id: 'A', inputs: baseCase() },
        { id: 'B', inputs: { ...baseCase(), today: 'bad' } },
        { id: 'C' },
      ],
    });
    if (!Array.isArray(wrapped)) throw new Error('expected items');
    expect(wrapped.map((i) => i.id)).toEqual(['A', 'B', 'C']);
    const [a, b, c] = wrapped;
    expect(a?.result.ok && a.result.value.id).toBe('A');
    const firstPath = (item: typeof b) => (item && !item.result.ok ? item.result.issues[0]?.path : undefined);
    expect(firstPath(b)).toBe('inputs.today');
    expect(firstPath(c)).toBe('inputs');
  });
  it('rejects a non-object input', () => {
    expect(parseCaseInput(42)).toEqual({ error: expect.any(String) });
  });
});
