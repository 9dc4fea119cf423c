// @vitest-environment node
/**
 * Property-based checks of the cost rules over generated valid Cases (fast-check). Generated data is
 * fictitious. Money is generated in whole cents so "dollars with two decimals" holds exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseSchema, type Case } from '../../../lib/model/case';
import type { Assessment } from '../../../lib/model/assessment';
import { evaluate } from '../../../lib/rules/evaluate';

const cents = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100);
const RUNS = { numRuns: 400 };

const managedPlans = fc.constantFrom(
  { kind: 'employer-erisa', type: 'PPO' },
  { kind: 'employer-erisa', type: 'HMO' },
  { kind: 'employer-erisa', type: 'HDHP-PPO' },
  { kind: 'aca-individual', type: 'EPO' },
  { kind: 'aca-individual', type: 'POS' },
  { kind: 'medicare-advantage', type: 'MA-PPO' },
  { kind: 'medicare-advantage', type: 'MA-HMO' },
  { kind: 'medicaid-managed-care', type: 'Medicaid MCO' },
) as fc.Arbitrary<{ kind: Case['plan']['kind']; type: Case['plan']['type'] }>;

/** A valid pre-service case with a priced, covered service at an in-network provider. */
const inNetworkCase: fc.Arbitrary<Case> = fc
  .record({
    plan: managedPlans,
    today: fc.constantFrom('2025-03-04', '2025-11-30', '2026-01-15', '2026-07-01', '2027-02-02'),
    deductible: cents(6000),
    deductibleMetShare: fc.double({ min: 0, max: 1.2, noNaN: true }),
    family: fc.option(
      fc.record({ deductible: cents(12000), met: cents(12000), oop: cents(30000), oopMet: cents(30000) }),
      { nil: null },
    ),
    familyType: fc.constantFrom('embedded', 'aggregate', null),
    oopMax: fc.option(cents(20000), { nil: null }),
    oopMet: cents(20000),
    copay: fc.option(cents(300), { nil: null }),
    copayRule: fc.constantFrom(true, false, 'first-3-visits'),
    lesserOf: fc.boolean(),
    coinsurance: fc.option(
      fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
      { nil: null },
    ),
    visit: fc.integer({ min: 1, max: 8 }),
    hsa: fc.boolean(),
    kind: fc.constantFrom('second-opinion-consult', 'third-opinion', 'surgery', 'additional-test'),
    diagnosis: fc.constantFrom('cancer', 'major-surgery', 'elective-surgery', 'complex-diagnosis', 'routine'),
    allowed: cents(40000),
    markup: cents(20000),
  })
  .map((g): Case => ({
    today: g.today,
    plan: {
      kind: g.plan.kind,
      type: g.plan.type,
      sbcReferralRequired: null,
      preAuthRequiredForService: 'not-required',
      deductible: {
        individual: g.deductible,
        individualMet: Math.min(g.deductible, Math.round(g.deductible * g.deductibleMetShare * 100) / 100),
        family: g.family?.deductible ?? null,
        familyMet: g.family?.met ?? null,
        familyType: g.familyType as 'embedded' | 'aggregate' | null,
      },
      oopMax: {
        individual: g.oopMax,
        individualMet: g.oopMet,
        family: g.family?.oop ?? null,
        familyMet: g.family?.oopMet ?? null,
      },
      copay: g.copay,
      copayAppliesBeforeDeductible: g.copayRule as boolean | 'first-3-visits',
      copayLesserOfAllowed: g.lesserOf,
      coinsurance: g.coinsurance,
      hsaQualified: g.plan.type === 'HDHP-PPO' ? g.hsa : null,
    },
    provider: { networkStatus: 'in-network', setting: 'office', role: 'specialist' },
    authorizations: { referralOnFile: true, preAuthStatus: 'none' },
    service: {
      kind: g.kind as Case['service']['kind'],
      diagnosisCategory: g.diagnosis as Case['service']['diagnosisCategory'],
      allowedAmount: g.allowed,
      billedCharge: Math.round((g.allowed + g.markup) * 100) / 100,
      officeVisitNumberThisYear: g.visit,
    },
    claim: null,
  }));

const toCents = (d: number) => Math.round(d * 100);
function costSharing(a: Assessment): number {
  const o = a.outOfPocket;
  if (o === null) throw new Error('expected a priced answer');
  return toCents(o.deductible) + toCents(o.copay) + toCents(o.coinsurance);
}
function total(a: Assessment): number {
  return toCents(a.outOfPocket?.total ?? NaN);
}

describe('cost properties', () => {
  it('generated cases are valid Case v1', () => {
    fc.assert(
      fc.property(inNetworkCase, (c) => {
        expect(CaseSchema.safeParse(c).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('total = deductible + copay + coinsurance + balance billing + not covered', () => {
    fc.assert(
      fc.property(inNetworkCase, fc.boolean(), (c, oon) => {
        if (oon) {
          c.provider = { networkStatus: 'out-of-network', setting: 'office', role: 'specialist' };
          c.plan.tier = 'out-of-network';
        }
        const o = evaluate(c).outOfPocket;
        if (o === null) return;
        expect(toCents(o.total)).toBe(
          toCents(o.deductible) +
            toCents(o.copay) +
            toCents(o.coinsurance) +
            toCents(o.balanceBilling) +
            toCents(o.nonCovered),
        );
        for (const v of Object.values(o)) expect(v).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('cost sharing never exceeds the room left under the applicable caps', () => {
    fc.assert(
      fc.property(inNetworkCase, (c) => {
        const a = evaluate(c);
        const oop = c.plan.oopMax;
        const rooms: number[] = [];
        if (oop?.individual != null)
          rooms.push(Math.max(0, toCents(oop.individual) - toCents(oop.individualMet ?? 0)));
        if (oop?.family != null) rooms.push(Math.max(0, toCents(oop.family) - toCents(oop.familyMet ?? 0)));
        const year = Number(c.today.slice(0, 4));
        const aca = { 2025: 920000, 2026: 1060000 }[year];
        if (aca !== undefined && (c.plan.kind === 'employer-erisa' || c.plan.kind === 'aca-individual')) {
          rooms.push(Math.max(0, aca - toCents(oop?.individualMet ?? 0)));
        }
        for (const room of rooms) expect(costSharing(a)).toBeLessThanOrEqual(room);
      }),
      RUNS,
    );
  });

  it('balance billing never counts toward a cap (same cost sharing whatever the billed charge)', () => {
    fc.assert(
      fc.property(inNetworkCase, cents(50000), (c, extra) => {
        c.plan.type = 'PPO';
        c.plan.kind = 'employer-erisa';
        c.plan.tier = 'out-of-network';
        c.provider = { networkStatus: 'out-of-network', setting: 'office', role: 'specialist' };
        const allowed = c.service.allowedAmount ?? 0;
        const atAllowed = evaluate({ ...c, service: { ...c.service, billedCharge: allowed } });
        const above = evaluate({
          ...c,
          service: { ...c.service, billedCharge: Math.round((allowed + extra) * 100) / 100 },
        });
        expect(costSharing(above)).toBe(costSharing(atAllowed));
        expect(toCents(above.outOfPocket?.balanceBilling ?? NaN)).toBe(toCents(extra));
        if (c.plan.oopMax?.individual != null) {
          const room = Math.max(
            0,
            toCents(c.plan.oopMax.individual) - toCents(c.plan.oopMax.individualMet ?? 0),
          );
          expect(costSharing(above)).toBeLessThanOrEqual(room);
        }
      }),
      RUNS,
    );
  });

  it('raising the allowed amount never lowers what the patient pays', () => {
    fc.assert(
      fc.property(inNetworkCase, cents(20000), (c, raise) => {
        const lower = evaluate(c);
        const higherAllowed = Math.round(((c.service.allowedAmount ?? 0) + raise) * 100) / 100;
        const higher = evaluate({
          ...c,
          service: {
            ...c.service,
            allowedAmount: higherAllowed,
            billedCharge: Math.max(c.service.billedCharge ?? 0, higherAllowed),
          },
        });
        expect(total(higher)).toBeGreaterThanOrEqual(total(lower));
        expect(costSharing(higher)).toBeGreaterThanOrEqual(costSharing(lower));
      }),
      RUNS,
    );
  });

  it('an in-network price never costs more than the same price out of network under the same plan', () => {
    fc.assert(
      fc.property(inNetworkCase, (c) => {
        // "Same plan": the same cost-sharing terms describe the out-of-network tier too. A copay above the
        // allowed amount (no lesser-of rule) can exceed a smaller full charge, so keep copays within it.
        c.plan.copayLesserOfAllowed = true;
        const inNetwork = evaluate(c);
        const outOfNetwork = evaluate({
          ...c,
          plan: { ...c.plan, tier: 'out-of-network' },
          provider: { networkStatus: 'out-of-network', setting: 'office', role: 'specialist' },
        });
        if (outOfNetwork.outOfPocket === null) return;
        expect(total(inNetwork)).toBeLessThanOrEqual(total(outOfNetwork));
      }),
      RUNS,
    );
  });
});
