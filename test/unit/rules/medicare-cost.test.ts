// @vitest-environment node
/** Original Medicare Part B (RULES.md 4.5). Fictitious beneficiaries. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../lib/rules/evaluate';
import { limitingChargeFromParFee } from '../../../lib/rules/medicare-cost';
import { findTrace, makeCase } from './helpers';
import type { Case } from '../../../lib/model/case';

function medicare(overrides: Parameters<typeof makeCase>[0] = {}): Case {
  const c = makeCase({
    plan: {
      kind: 'medicare-original',
      type: 'Original Medicare',
      deductible: { individual: null, individualMet: 0 },
      oopMax: { individual: null, individualMet: 0 },
      coinsurance: 0.2,
    },
    provider: { networkStatus: 'medicare-participating' },
  });
  return makeCase({
    ...c,
    ...overrides,
    plan: { ...c.plan, ...(overrides.plan ?? {}) },
    provider: { ...c.provider, ...(overrides.provider ?? {}) },
  } as Parameters<typeof makeCase>[0]);
}

describe('limiting charge (42 CFR 414.48)', () => {
  it('115% of the non-participating amount, which is 95% of the participating fee', () => {
    expect(limitingChargeFromParFee(10000)).toEqual({ approved: 9500, limitingCharge: 10925 });
    expect(limitingChargeFromParFee(33300)).toEqual({ approved: 31635, limitingCharge: 36380 });
  });

  it('non-assigned claim: 20% of the approved amount plus the gap up to the limiting charge', () => {
    const a = evaluate(
      medicare({
        plan: { deductible: { individual: 283, individualMet: 283 } },
        provider: {
          networkStatus: 'medicare-nonparticipating-not-assigned',
          participatingFeeScheduleAmount: 100,
        },
        service: { allowedAmount: null, billedCharge: 150 },
      } as Parameters<typeof makeCase>[0]),
    );
    expect(a.outOfPocket).toMatchObject({
      deductible: 0,
      coinsurance: 19,
      balanceBilling: 14.25,
      total: 33.25,
    });
    expect(a.appeal.nextSteps).toContain('EXPECT_BALANCE_BILL');
  });

  it('a charge below the limiting charge is all that can be billed', () => {
    const a = evaluate(
      medicare({
        plan: { deductible: { individual: 283, individualMet: 283 } },
        provider: {
          networkStatus: 'medicare-nonparticipating-not-assigned',
          participatingFeeScheduleAmount: 100,
        },
        service: { allowedAmount: null, billedCharge: 100 },
      } as Parameters<typeof makeCase>[0]),
    );
    expect(a.outOfPocket?.balanceBilling).toBe(5);
  });
});

describe('Part B deductible and coinsurance', () => {
  it('uses the year’s Part B deductible when the plan data has none (2025: $257, 2026: $283)', () => {
    const y2026 = evaluate(
      medicare({ today: '2026-02-17', service: { allowedAmount: 350 } } as Parameters<typeof makeCase>[0]),
    );
    expect(y2026.outOfPocket).toMatchObject({ deductible: 283, coinsurance: 13.4, total: 296.4 });
    const y2025 = evaluate(
      medicare({ today: '2025-02-17', service: { allowedAmount: 350 } } as Parameters<typeof makeCase>[0]),
    );
    expect(y2025.outOfPocket).toMatchObject({ deductible: 257, coinsurance: 18.6, total: 275.6 });
    expect(y2025.figures).toContainEqual(
      expect.objectContaining({ id: 'medicare.partB.deductible', year: 2025, dollars: 257 }),
    );
  });

  it('an unknown year is not priced from another year’s deductible', () => {
    const a = evaluate(
      medicare({ today: '2027-02-17', service: { allowedAmount: 350 } } as Parameters<typeof makeCase>[0]),
    );
    expect(a.outOfPocket).toBeNull();
    expect(a.unknownFacts).toContain('figures.medicare.partB.deductible.2027');
  });

  it('has no out-of-pocket cap', () => {
    const a = evaluate(
      medicare({
        plan: { deductible: { individual: 283, individualMet: 283 } },
        service: { kind: 'surgery', allowedAmount: 100000 },
      } as Parameters<typeof makeCase>[0]),
    );
    expect(a.outOfPocket?.coinsurance).toBe(20000);
    expect(findTrace(a, 'medicare-cost.no-oop-max')).toBeDefined();
  });

  it('a third opinion is covered only when the first two disagree', () => {
    const base = {
      plan: { deductible: { individual: 283, individualMet: 283 } },
      service: { kind: 'third-opinion', allowedAmount: 200, billedCharge: 260 },
    };
    const agree = evaluate(
      medicare({ ...base, service: { ...base.service, priorOpinionsDisagree: false } } as Parameters<
        typeof makeCase
      >[0]),
    );
    expect(agree.outOfPocket).toMatchObject({ nonCovered: 260, total: 260 });
    const disagree = evaluate(
      medicare({ ...base, service: { ...base.service, priorOpinionsDisagree: true } } as Parameters<
        typeof makeCase
      >[0]),
    );
    expect(disagree.outOfPocket).toMatchObject({ coinsurance: 40, total: 40 });
  });

  it('needs no referral and no PA for the opinion visit, whatever the data says', () => {
    const a = evaluate(
      medicare({ plan: { sbcReferralRequired: true, preAuthRequiredForService: 'unknown' } } as Parameters<
        typeof makeCase
      >[0]),
    );
    expect(a.referralNeeded).toBe(false);
    expect(a.preAuthNeeded).toBe(false);
  });
});
