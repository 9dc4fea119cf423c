// @vitest-environment node
/** Commercial / MA / Medicaid cost rules (RULES.md 4.1-4.4, 4.6). All people and plans are fictitious. */
import { describe, expect, it } from 'vitest';
import { applyCostSharing, remainingDeductible } from '../../../lib/rules/cost';
import { evaluate } from '../../../lib/rules/evaluate';
import { findTrace, makeCase } from './helpers';

describe('applyCostSharing (order: copay before deductible | deductible -> copay or coinsurance, capped)', () => {
  const coins = { copayCents: null, copayBeforeDeductible: false, lesserOf: false, coinsurance: 0.2 };
  it('deductible then coinsurance on the rest', () => {
    expect(applyCostSharing(48000, 15000, Infinity, coins)).toMatchObject({
      deductible: 15000,
      copay: 0,
      coinsurance: 6600,
    });
  });
  it('cap reached inside the deductible stage: nothing after it', () => {
    expect(applyCostSharing(300000, 100000, 50000, coins)).toMatchObject({
      deductible: 50000,
      coinsurance: 0,
    });
  });
  it('cap reached inside the coinsurance stage', () => {
    expect(applyCostSharing(1200000, 0, 90000, coins)).toMatchObject({
      deductible: 0,
      coinsurance: 90000,
      uncapped: 240000,
    });
  });
  it('cap reached mid-service after part of the deductible', () => {
    // $400 left in the deductible, $500 of room: $400 deductible, then 20% of $600 = $120 but only $100 room.
    expect(applyCostSharing(100000, 40000, 50000, coins)).toMatchObject({
      deductible: 40000,
      coinsurance: 10000,
    });
  });
  it('copay before the deductible ignores the deductible and coinsurance', () => {
    expect(
      applyCostSharing(32000, 130000, Infinity, { ...coins, copayCents: 5000, copayBeforeDeductible: true }),
    ).toMatchObject({
      deductible: 0,
      copay: 5000,
      coinsurance: 0,
    });
  });
  it('lesser of copay and allowed', () => {
    const terms = { copayCents: 5000, copayBeforeDeductible: true, lesserOf: true, coinsurance: null };
    expect(applyCostSharing(3000, 0, Infinity, terms).copay).toBe(3000);
    expect(applyCostSharing(3000, 0, Infinity, { ...terms, lesserOf: false }).copay).toBe(5000);
    expect(applyCostSharing(9000, 0, Infinity, terms).copay).toBe(5000);
  });
  it('copay after the deductible only when something is left after it', () => {
    const terms = { copayCents: 4000, copayBeforeDeductible: false, lesserOf: false, coinsurance: null };
    expect(applyCostSharing(35000, 300000, Infinity, terms)).toMatchObject({ deductible: 35000, copay: 0 });
    expect(applyCostSharing(190000, 0, Infinity, { ...terms, copayCents: 17500 })).toMatchObject({
      deductible: 0,
      copay: 17500,
    });
  });
  it('flags a missing coinsurance/copay when the after-deductible stage is reached', () => {
    expect(
      applyCostSharing(10000, 0, Infinity, {
        copayCents: null,
        copayBeforeDeductible: false,
        lesserOf: false,
        coinsurance: null,
      }).missingAfterDeductibleTerms,
    ).toBe(true);
  });
});

describe('family deductibles (RULES.md 4.4)', () => {
  const family = { individual: 1500, individualMet: 1500, family: 3000, familyMet: 2000 };
  it('embedded: the person who met their own deductible moves on to coinsurance', () => {
    expect(remainingDeductible(null, { ...family, familyType: 'embedded' })).toEqual({
      remaining: 0,
      basis: 'embedded',
    });
  });
  it('aggregate: nobody moves on until the family amount is met', () => {
    expect(remainingDeductible(null, { ...family, familyType: 'aggregate' })).toEqual({
      remaining: 100000,
      basis: 'family-aggregate',
    });
  });
  it('embedded: a met family deductible ends everyone’s deductible', () => {
    expect(
      remainingDeductible(null, {
        individual: 1500,
        individualMet: 200,
        family: 3000,
        familyMet: 3000,
        familyType: 'embedded',
      }).remaining,
    ).toBe(0);
  });
  it('through evaluate: same visit, different design, different bill', () => {
    const plan = (familyType: 'embedded' | 'aggregate' | null) =>
      makeCase({ plan: { deductible: { ...family, familyType } }, service: { allowedAmount: 1000 } });
    expect(evaluate(plan('embedded')).outOfPocket).toMatchObject({
      deductible: 0,
      coinsurance: 200,
      total: 200,
    });
    expect(evaluate(plan('aggregate')).outOfPocket).toMatchObject({
      deductible: 1000,
      coinsurance: 0,
      total: 1000,
    });
    const unknownType = evaluate(plan(null));
    expect(unknownType.outOfPocket?.total).toBe(200);
    expect(unknownType.unknownFacts).toContain('plan.deductible.familyType');
  });
});

describe('OOP maximum caps', () => {
  it('family limit binds before the individual one', () => {
    const a = evaluate(
      makeCase({
        plan: {
          deductible: { individualMet: 1000 },
          oopMax: { individual: 5000, individualMet: 1000, family: 8000, familyMet: 7800 },
        },
        service: { allowedAmount: 5000 },
      }),
    );
    expect(a.outOfPocket).toMatchObject({ coinsurance: 200, total: 200 });
    expect(findTrace(a, 'cost.oop-cap')?.facts['derived.bindingLimit']).toBe('plan.oopMax.family');
  });

  it('ACA self-only limit is embedded for each person (2026: $10,600)', () => {
    const a = evaluate(
      makeCase({
        today: '2026-05-01',
        plan: {
          deductible: { individualMet: 1000 },
          oopMax: { individual: 15000, individualMet: 10500, family: 30000, familyMet: 12000 },
        },
        service: { allowedAmount: 5000 },
      }),
    );
    expect(a.outOfPocket).toMatchObject({ coinsurance: 100, total: 100 });
    expect(findTrace(a, 'cost.aca-embedded-cap')).toBeDefined();
    expect(
      a.figures.some((f) => f.id === 'aca.oopMax.selfOnly' && f.year === 2026 && f.dollars === 10600),
    ).toBe(true);
  });

  it('2025 uses $9,200, not the 2026 figure', () => {
    const a = evaluate(
      makeCase({
        today: '2025-05-01',
        plan: { deductible: { individualMet: 1000 }, oopMax: { individual: 15000, individualMet: 9000 } },
        service: { allowedAmount: 5000 },
      }),
    );
    expect(a.outOfPocket?.total).toBe(200);
  });

  it('an unknown year of ACA figures is not guessed: the cap is not applied and the gap is listed', () => {
    const a = evaluate(
      makeCase({
        today: '2027-05-01',
        plan: { deductible: { individualMet: 1000 }, oopMax: { individual: 15000, individualMet: 10500 } },
        service: { allowedAmount: 5000 },
      }),
    );
    expect(a.outOfPocket?.total).toBe(1000);
    expect(a.unknownFacts).toContain('figures.aca.oopMax.selfOnly.2027');
    expect(a.figures).toContainEqual(
      expect.objectContaining({ id: 'aca.oopMax.selfOnly', year: 2027, status: 'unknown', dollars: null }),
    );
  });

  it('Medicare Advantage is not under the ACA limit (its own MOOP applies)', () => {
    const a = evaluate(
      makeCase({
        plan: {
          kind: 'medicare-advantage',
          type: 'MA-PPO',
          deductible: { individualMet: 1000 },
          oopMax: { individual: 15000, individualMet: 10500 },
        },
        service: { allowedAmount: 5000 },
      }),
    );
    expect(a.outOfPocket?.total).toBe(1000);
  });

  it('grandfathered plans are outside the ACA limit', () => {
    const a = evaluate(
      makeCase({
        plan: {
          grandfathered: true,
          deductible: { individualMet: 1000 },
          oopMax: { individual: 15000, individualMet: 10500 },
        },
        service: { allowedAmount: 5000 },
      }),
    );
    expect(a.outOfPocket?.total).toBe(1000);
  });
});

describe('copay designs', () => {
  const firstThree = (visit: number | null, allowed = 200) =>
    makeCase({
      plan: {
        deductible: { individual: 2000, individualMet: 0 },
        copay: 75,
        copayAppliesBeforeDeductible: 'first-3-visits',
        coinsurance: null,
      },
      service: { allowedAmount: allowed, officeVisitNumberThisYear: visit },
    });
  it('first 3 office visits: copay, no deductible', () => {
    expect(evaluate(firstThree(1)).outOfPocket).toMatchObject({ copay: 75, deductible: 0, total: 75 });
    expect(evaluate(firstThree(3)).outOfPocket).toMatchObject({ copay: 75, deductible: 0, total: 75 });
  });
  it('from visit 4: deductible first, then the copay', () => {
    expect(evaluate(firstThree(4)).outOfPocket).toMatchObject({ copay: 0, deductible: 200, total: 200 });
    expect(evaluate(firstThree(4, 2500)).outOfPocket).toMatchObject({
      copay: 75,
      deductible: 2000,
      total: 2075,
    });
  });
  it('unknown visit number: priced after the deductible (the higher case) and listed as unknown', () => {
    const a = evaluate(firstThree(null));
    expect(a.outOfPocket?.deductible).toBe(200);
    expect(a.unknownFacts).toContain('service.officeVisitNumberThisYear');
  });
  it('first-3-visits does not apply to a surgery (not an office visit)', () => {
    const c = firstThree(1, 2500);
    c.service.kind = 'surgery';
    expect(evaluate(c).outOfPocket).toMatchObject({ deductible: 2000, copay: 75 });
  });
  it('lesser of copay and allowed through evaluate', () => {
    const c = makeCase({
      plan: { copay: 50, copayAppliesBeforeDeductible: true, copayLesserOfAllowed: true },
      service: { allowedAmount: 35 },
    });
    expect(evaluate(c).outOfPocket).toMatchObject({ copay: 35, total: 35 });
  });
  it('HSA-qualified HDHP: a copay cannot come before the deductible', () => {
    const c = makeCase({
      plan: {
        type: 'HDHP-PPO',
        hsaQualified: true,
        deductible: { individual: 3000, individualMet: 0 },
        copay: 40,
        copayAppliesBeforeDeductible: true,
      },
      service: { allowedAmount: 350 },
    });
    const a = evaluate(c);
    expect(a.outOfPocket).toMatchObject({ deductible: 350, copay: 0, total: 350 });
    expect(findTrace(a, 'cost.hsa-deductible-first')).toBeDefined();
  });
});

describe('coverage and network pricing', () => {
  it('cosmetic care is excluded: full charge, nothing toward the deductible', () => {
    const a = evaluate(makeCase({ service: { diagnosisCategory: 'cosmetic', billedCharge: 900 } }));
    expect(a.outOfPocket).toMatchObject({ nonCovered: 900, deductible: 0, total: 900 });
    expect(a.coverage.status).toBe('not-covered');
  });

  it('HMO out of network without an exception: full charge; with an approved exception: cost sharing', () => {
    const oon = makeCase({
      plan: { type: 'HMO', sbcReferralRequired: null },
      provider: { networkStatus: 'out-of-network' },
      service: { billedCharge: 700 },
    });
    expect(evaluate(oon).outOfPocket).toMatchObject({ nonCovered: 700, total: 700 });
    const approved = makeCase({
      plan: { type: 'HMO' },
      provider: { networkStatus: 'out-of-network' },
      authorizations: { networkExceptionApproved: true },
      service: { allowedAmount: 300, billedCharge: 300 },
    });
    expect(evaluate(approved).outOfPocket).toMatchObject({ deductible: 300, nonCovered: 0 });
  });

  it('PPO out of network priced with in-network terms is not guessed', () => {
    const a = evaluate(makeCase({ provider: { networkStatus: 'out-of-network' } }));
    expect(a.outOfPocket).toBeNull();
    expect(a.unknownFacts).toContain('plan.tier');
  });

  it('balance billing is added on top and never counts toward the cap', () => {
    const a = evaluate(
      makeCase({
        plan: {
          tier: 'out-of-network',
          deductible: { individualMet: 1000 },
          oopMax: { individual: 10000, individualMet: 9900 },
          coinsurance: 0.4,
        },
        provider: { networkStatus: 'out-of-network' },
        service: { allowedAmount: 300, billedCharge: 500 },
      }),
    );
    expect(a.outOfPocket).toMatchObject({ coinsurance: 100, balanceBilling: 200, total: 300 });
    expect(a.appeal.nextSteps).toContain('EXPECT_BALANCE_BILL');
  });

  it('out-of-network sharing also fills the in-network limit when the plan says so', () => {
    const a = evaluate(
      makeCase({
        plan: {
          tier: 'out-of-network',
          deductible: { individualMet: 1000 },
          oopMax: { individual: 10000, individualMet: 0 },
          inNetworkOopMax: { individual: 5000, individualMet: 4950 },
          oonCountsTowardInNetworkOop: true,
          coinsurance: 0.4,
        },
        provider: { networkStatus: 'out-of-network' },
        service: { allowedAmount: 300, billedCharge: 300 },
      }),
    );
    expect(a.outOfPocket?.coinsurance).toBe(50);
  });

  it('Medicaid: no balance billing; an out-of-network second opinion is arranged at no cost when no network provider can give it', () => {
    const medicaid = {
      plan: {
        kind: 'medicaid-managed-care' as const,
        type: 'Medicaid MCO' as const,
        deductible: { individual: 0, individualMet: 0 },
        oopMax: { individual: null, individualMet: 0 },
        copay: 0,
        copayAppliesBeforeDeductible: true,
        coinsurance: null,
      },
      provider: { networkStatus: 'out-of-network' as const },
      service: { allowedAmount: 150, billedCharge: 400 },
    };
    const arranged = evaluate(
      makeCase({ ...medicaid, authorizations: { inNetworkAlternativeAvailable: false } }),
    );
    expect(arranged.outOfPocket).toMatchObject({ total: 0, balanceBilling: 0, nonCovered: 0 });
    expect(arranged.preAuthNeeded).toBe(true);
    expect(arranged.appeal.nextSteps).toEqual(['REQUEST_NETWORK_EXCEPTION', 'SEND_RECORDS']);
    const alternative = evaluate(
      makeCase({ ...medicaid, authorizations: { inNetworkAlternativeAvailable: true } }),
    );
    expect(alternative.outOfPocket).toMatchObject({ nonCovered: 400 });
    expect(alternative.appeal.nextSteps).toEqual([
      'USE_IN_NETWORK_PROVIDER',
      'REQUEST_NETWORK_EXCEPTION',
      'SEND_RECORDS',
    ]);
    const unknown = evaluate(makeCase(medicaid));
    expect(unknown.coverage.status).toBe('check-plan');
    expect(unknown.unknownFacts).toContain('authorizations.inNetworkAlternativeAvailable');
  });

  it('Medicare Advantage PPO out of network: no balance bill (paid at Original Medicare rates)', () => {
    const a = evaluate(
      makeCase({
        plan: {
          kind: 'medicare-advantage',
          type: 'MA-PPO',
          tier: 'out-of-network',
          deductible: { individualMet: 1000 },
        },
        provider: { networkStatus: 'out-of-network' },
        service: { allowedAmount: 200, billedCharge: 450 },
      }),
    );
    expect(a.outOfPocket).toMatchObject({ coinsurance: 40, balanceBilling: 0 });
  });

  it('a missing allowed amount is not priced', () => {
    const a = evaluate(makeCase({ service: { allowedAmount: null } }));
    expect(a.outOfPocket).toBeNull();
    expect(a.unknownFacts).toContain('service.allowedAmount');
  });
});
