// @vitest-environment node
/**
 * Property-based checks of the cost rules over generated valid Cases (fast-check). Generated data is
 * fictitious. Money is generated in whole cents so "dollars with two decimals" holds exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseSchema, type Case } from '../../../lib/model/case';
import { AssessmentSchema, type Assessment } from '../../../lib/model/assessment';
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
  // Kind unknown (portals rarely show it): employer-or-individual for network types, derived for programs.
  { kind: null, type: 'PPO' },
  { kind: null, type: 'HMO' },
  { kind: null, type: 'HDHP-PPO' },
  { kind: null, type: 'MA-PPO' },
  { kind: null, type: 'Medicaid MCO' },
) as fc.Arbitrary<{ kind: Case['plan']['kind']; type: Case['plan']['type'] }>;

const COMMERCIAL_TYPES = ['HMO', 'PPO', 'EPO', 'POS', 'HDHP-PPO'];
/** Commercial coverage (employer or individual): both kinds get the ACA cap, so an unknown kind does too. */
const isCommercial = (plan: Case['plan']) =>
  plan.kind === 'employer-erisa' ||
  plan.kind === 'aca-individual' ||
  (plan.kind == null && COMMERCIAL_TYPES.includes(plan.type ?? ''));

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
        if (aca !== undefined && isCommercial(c.plan)) {
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

// ---------------------------------------------------------------------------------------------------------------
// Unknown plan kind / plan type / service kind (lib/rules/unknown-facts.ts)

const KIND_TYPES: Record<string, string[]> = {
  'employer-erisa': COMMERCIAL_TYPES,
  'aca-individual': COMMERCIAL_TYPES,
  'medicare-original': ['Original Medicare'],
  'medicare-advantage': ['MA-HMO', 'MA-PPO'],
  'medicaid-managed-care': ['Medicaid MCO'],
};
const OPINION_VISITS = ['second-opinion-consult', 'third-opinion'];

/**
 * Every fully-known case an incomplete one may be, built here from the contract (not from the engine): a kind
 * with each of its types, a type with each kind it belongs to, the non-emergency service kinds; without a service
 * kind the copay is an office-visit copay, so surgery and tests are priced without it.
 */
function possibilities(c: Case): Case[] {
  const pairs: Array<[string, string]> = [];
  for (const [kind, types] of Object.entries(KIND_TYPES)) {
    for (const type of types) {
      if ((c.plan.kind == null || c.plan.kind === kind) && (c.plan.type == null || c.plan.type === type))
        pairs.push([kind, type]);
    }
  }
  const services =
    c.service.kind == null ? [...OPINION_VISITS, 'surgery', 'additional-test'] : [c.service.kind];
  return pairs.flatMap(([kind, type]) =>
    services.map((service): Case => ({
      ...c,
      plan: {
        ...c.plan,
        kind: kind as Case['plan']['kind'],
        type: type as Case['plan']['type'],
        ...(c.service.kind == null && !OPINION_VISITS.includes(service) ? { copay: null } : {}),
      },
      service: { ...c.service, kind: service as Case['service']['kind'] },
    })),
  );
}

const CARCS = ['1', '2', '16', '29', '45', '50', '96', '97', '197', '204', '242', '288'];

/** Any case: the cost generator plus an out-of-network provider, a pending PA, a claim, and unknown facts. */
const incompleteCase: fc.Arbitrary<Case> = fc
  .record({
    base: inNetworkCase,
    oon: fc.constantFrom(null, 'office', 'in-network-hospital'),
    role: fc.constantFrom('specialist', 'anesthesiologist', 'obstetrician-gynecologist'),
    consentHours: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
    sbc: fc.constantFrom(true, false, null),
    paList: fc.constantFrom('required', 'not-required', 'unknown'),
    pending: fc.boolean(),
    claim: fc.option(
      fc.record({
        status: fc.constantFrom('denied', 'pa-denied', 'paid', 'partially-paid'),
        group: fc.constantFrom('CO', 'PR'),
        carc: fc.constantFrom(...CARCS),
        amount: cents(2000),
        final: fc.boolean(),
        notice: fc.constantFrom('2025-06-30', '2025-10-30', '2026-01-15'),
        printed: fc.option(fc.constantFrom('2026-04-30', '2026-09-01'), { nil: null }),
      }),
      { nil: null },
    ),
    unknownKind: fc.boolean(),
    unknownType: fc.boolean(),
    unknownService: fc.boolean(),
  })
  .map((g): Case => {
    const c = structuredClone(g.base);
    c.plan.sbcReferralRequired = g.sbc;
    c.plan.preAuthRequiredForService = g.paList as 'required' | 'not-required' | 'unknown';
    if (g.oon !== null) {
      c.provider = {
        networkStatus: 'out-of-network',
        setting: g.oon as 'office' | 'in-network-hospital',
        role: g.role,
      };
    } else if (c.provider) c.provider.role = g.role;
    c.authorizations = {
      referralOnFile: false,
      preAuthStatus: g.pending ? 'pending' : 'none',
      paRequestReceived: g.pending ? '2026-03-02T09:30' : null,
      nsaConsentSigned: g.consentHours !== null,
      nsaConsentHoursBeforeService: g.consentHours,
    };
    if (g.claim !== null) {
      c.claim = {
        status: g.claim.status as 'denied' | 'pa-denied' | 'paid' | 'partially-paid',
        noticeDate: g.claim.notice,
        appealBy: g.claim.printed,
        finalInternalDenial: g.claim.final,
        adjustments: [{ group: g.claim.group as 'CO' | 'PR', carc: g.claim.carc, amount: g.claim.amount }],
      };
    }
    if (g.unknownKind) c.plan.kind = null;
    if (g.unknownType) c.plan.type = null;
    if (g.unknownService) c.service.kind = null;
    return c;
  });

const UNKNOWN_FACTS = ['plan.kind', 'plan.type', 'service.kind'];

describe('unknown plan kind, plan type or service kind', () => {
  it('generated incomplete cases are valid Case v1 and give a valid Assessment', () => {
    fc.assert(
      fc.property(incompleteCase, (c) => {
        expect(CaseSchema.safeParse(c).success).toBe(true);
        expect(AssessmentSchema.safeParse(evaluate(c)).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('an answer every possibility agrees on stands; one they disagree on says check-plan and lists the fact', () => {
    fc.assert(
      fc.property(incompleteCase, (c) => {
        const merged = evaluate(c);
        const each = possibilities(c).map((p) => evaluate(p));
        const same = (pick: (a: Assessment) => unknown) =>
          each.every((a) => JSON.stringify(pick(a)) === JSON.stringify(pick(each[0] as Assessment)));
        const listsAFact = () =>
          expect(UNKNOWN_FACTS.filter((f) => merged.unknownFacts.includes(f)).length).toBeGreaterThan(0);

        for (const field of ['referralNeeded', 'preAuthNeeded'] as const) {
          if (same((a) => a[field])) expect(merged[field]).toEqual(each[0]?.[field]);
          else {
            expect(merged[field]).toBe('check-plan');
            listsAFact();
          }
        }
        for (const field of ['nsaProtected', 'outOfPocket'] as const) {
          if (same((a) => a[field])) expect(merged[field]).toEqual(each[0]?.[field]);
          else {
            expect(merged[field]).toBeNull();
            listsAFact();
          }
        }
        if (same((a) => a.appeal)) expect(merged.appeal).toEqual(each[0]?.appeal);
        else {
          listsAFact();
          // Only what every possibility has: a deadline only if all share it, steps all of them need.
          if (!same((a) => a.appeal.deadline)) expect(merged.appeal.deadline).toBeNull();
          for (const step of merged.appeal.nextSteps)
            for (const a of each) expect(a.appeal.nextSteps).toContain(step);
        }
        if (same((a) => a.preAuthDecisionDueBy))
          expect(merged.preAuthDecisionDueBy).toEqual(each[0]?.preAuthDecisionDueBy);
        else if (merged.preAuthDecisionDueBy !== null) {
          for (const key of ['standard', 'expedited'] as const) {
            const value = merged.preAuthDecisionDueBy[key];
            if (value !== null) for (const a of each) expect(a.preAuthDecisionDueBy?.[key]).toBe(value);
          }
        }
        // A fact is listed only when it was not given and some answer depends on it.
        const anyDiffers =
          [
            'referralNeeded',
            'preAuthNeeded',
            'nsaProtected',
            'preAuthDecisionDueBy',
            'appeal',
            'outOfPocket',
          ].some((field) => !same((a) => a[field as keyof Assessment])) ||
          !same((a) => [a.coverage.status, a.coverage.necessityClass]);
        for (const fact of UNKNOWN_FACTS) {
          if (!merged.unknownFacts.includes(fact)) continue;
          expect(anyDiffers).toBe(true);
          const [scope, key] = fact.split('.') as ['plan' | 'service', 'kind' | 'type'];
          expect((c[scope] as Record<string, unknown>)[key] ?? null).toBeNull();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('with only the plan kind unknown and a network plan type, the answer is the employer and individual answer', () => {
    fc.assert(
      fc.property(incompleteCase, fc.constantFrom(...COMMERCIAL_TYPES), (c, type) => {
        const known = { ...c, service: { ...c.service, kind: c.service.kind ?? 'surgery' } } as Case;
        const unknown = { ...known, plan: { ...known.plan, kind: null, type } } as Case;
        const merged = evaluate(unknown);
        const employer = evaluate({ ...unknown, plan: { ...unknown.plan, kind: 'employer-erisa' } });
        const individual = evaluate({ ...unknown, plan: { ...unknown.plan, kind: 'aca-individual' } });
        // The rules give employer and individual coverage the same answers (RULES.md 3, 4.3, 5, 6.1).
        expect(individual.appeal).toEqual(employer.appeal);
        for (const field of [
          'referralNeeded',
          'preAuthNeeded',
          'nsaProtected',
          'preAuthDecisionDueBy',
          'appeal',
          'outOfPocket',
          'coverage',
        ] as const) {
          expect(merged[field]).toEqual(employer[field]);
        }
        expect(merged.unknownFacts).not.toContain('plan.kind');
      }),
      { numRuns: 200 },
    );
  });
});
