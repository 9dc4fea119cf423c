// @vitest-environment node
/**
 * Unknown plan kind, plan type or service kind (lib/rules/unknown-facts.ts). Fictitious cases.
 * The engine answers what every possible value agrees on and says 'check-plan' (listing the fact) only where the
 * unknown value changes the answer.
 */
import { describe, expect, it } from 'vitest';
import { AssessmentSchema, type Assessment } from '../../../lib/model/assessment';
import { parseCase, type Case, type Claim, type PlanKind, type PlanType } from '../../../lib/model/case';
import { evaluate } from '../../../lib/rules/evaluate';
import { formatReason, messageKeys } from '../../../lib/rules/messages';
import {
  kindsForType,
  mergeAssessments,
  planCandidates,
  resolveCase,
  serviceKindCandidates,
} from '../../../lib/rules/unknown-facts';
import { findTrace, makeCase, ruleIds } from './helpers';

const COMMERCIAL: PlanType[] = ['HMO', 'PPO', 'EPO', 'POS', 'HDHP-PPO'];
const PROGRAM: Array<[PlanType, PlanKind]> = [
  ['Original Medicare', 'medicare-original'],
  ['MA-HMO', 'medicare-advantage'],
  ['MA-PPO', 'medicare-advantage'],
  ['Medicaid MCO', 'medicaid-managed-care'],
];

/** The contract's checked answers (and coverage), without the trace. */
function answers(a: Assessment) {
  return {
    referralNeeded: a.referralNeeded,
    preAuthNeeded: a.preAuthNeeded,
    nsaProtected: a.nsaProtected,
    preAuthDecisionDueBy: a.preAuthDecisionDueBy,
    appeal: a.appeal,
    outOfPocket: a.outOfPocket,
    coverage: a.coverage,
  };
}

const withKind = (c: Case, kind: PlanKind | null): Case => ({ ...c, plan: { ...c.plan, kind } });

/** Field -> the unknown facts its answer depends on (from the 'unknown-facts.answer-depends' trace entries). */
function dependsFields(a: Assessment): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const t of a.trace) {
    if (t.ruleId === 'unknown-facts.answer-depends') out[String(t.facts['derived.field'])] = t.outcome;
  }
  return out;
}

const deniedClinical: Claim = {
  status: 'denied',
  noticeDate: '2026-01-15',
  adjustments: [{ group: 'CO', carc: '50', amount: 300 }],
};

function expectWellFormed(a: Assessment) {
  expect(AssessmentSchema.safeParse(a).success).toBe(true);
  const known = new Set<string>(messageKeys());
  for (const t of a.trace) {
    expect(known.has(t.messageKey), t.messageKey).toBe(true);
    expect(formatReason(t, 'en'), t.messageKey).not.toMatch(/\{\w+\}/);
    expect(formatReason(t, 'es'), t.messageKey).not.toMatch(/\{\w+\}/);
  }
}

describe('Case schema: unknown kinds are allowed, wrong values are not', () => {
  it('accepts null or absent plan.kind, plan.type and service.kind', () => {
    expect(
      parseCase({ today: '2026-01-02', plan: { kind: null, type: 'PPO' }, service: { kind: null } }).ok,
    ).toBe(true);
    expect(parseCase({ today: '2026-01-02', plan: {}, service: {} }).ok).toBe(true);
  });

  it.each([
    ['plan.kind', { kind: 'employer', type: 'PPO' }, { kind: 'surgery' }],
    ['plan.type', { kind: null, type: 'HMOX' }, { kind: 'surgery' }],
    ['service.kind', { kind: null, type: 'PPO' }, { kind: 'consult' }],
  ])('still rejects a wrong %s and names it', (path, plan, service) => {
    const r = parseCase({ today: '2026-01-02', plan, service });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain(path);
  });
});

describe('candidates', () => {
  it('a program type names one kind; a network type is employer or individual coverage', () => {
    expect(kindsForType('MA-PPO')).toEqual(['medicare-advantage']);
    expect(kindsForType('Original Medicare')).toEqual(['medicare-original']);
    expect(kindsForType('Medicaid MCO')).toEqual(['medicaid-managed-care']);
    for (const type of COMMERCIAL) expect(kindsForType(type)).toEqual(['employer-erisa', 'aca-individual']);
  });

  it('lists every (kind, type) that fits what is known', () => {
    expect(planCandidates({ kind: null, type: 'EPO' })).toEqual([
      { kind: 'employer-erisa', type: 'EPO' },
      { kind: 'aca-individual', type: 'EPO' },
    ]);
    expect(planCandidates({ kind: 'medicare-advantage', type: null }).map((p) => p.type)).toEqual([
      'MA-HMO',
      'MA-PPO',
    ]);
    expect(planCandidates({ kind: 'employer-erisa', type: 'HMO' })).toHaveLength(1);
    // 5 network types x 2 kinds + 4 program types.
    expect(planCandidates({ kind: null, type: null })).toHaveLength(14);
    expect(serviceKindCandidates({ kind: null })).not.toContain('emergency');
    expect(serviceKindCandidates({ kind: 'surgery' })).toEqual(['surgery']);
  });
});

describe('plan.kind unknown, commercial plan type', () => {
  it.each(COMMERCIAL)(
    '%s: internal appeal 180 days, the same as both kinds, and traced as not decisive',
    (type) => {
      const c = makeCase({ plan: { kind: null, type }, claim: deniedClinical });
      const a = evaluate(c);
      expect(a.appeal).toMatchObject({
        status: 'open',
        possible: true,
        level: 'internal-appeal',
        deadline: '2026-07-14',
        daysLeft: 126,
      });
      expect(a.appeal.nextSteps).toContain('INTERNAL_APPEAL_WITH_LMN');
      expect(a.appeal.nextSteps).toContain('EXTERNAL_REVIEW');
      expect(answers(a)).toEqual(answers(evaluate(withKind(c, 'employer-erisa'))));
      expect(answers(a)).toEqual(answers(evaluate(withKind(c, 'aca-individual'))));
      expect(a.unknownFacts).not.toContain('plan.kind');
      expect(findTrace(a, 'unknown-facts.kind-commercial')?.facts['plan.type']).toBe(type);
      expect(findTrace(a, 'appeal.erisa-internal-180d')?.facts['plan.kind']).toEqual([
        'employer-erisa',
        'aca-individual',
      ]);
      const same = a.trace
        .filter((t) => t.ruleId === 'unknown-facts.same-answer')
        .map((t) => t.facts['derived.field']);
      expect(same).toContain('appeal');
      expect(ruleIds(a)).not.toContain('unknown-facts.answer-depends');
      expectWellFormed(a);
    },
  );

  it.each(COMMERCIAL)(
    '%s: external review within 4 months of the final denial (fifth-month rule)',
    (type) => {
      const a = evaluate(
        makeCase({
          today: '2025-11-10',
          plan: { kind: null, type },
          claim: { ...deniedClinical, noticeDate: '2025-10-30', finalInternalDenial: true },
        }),
      );
      expect(a.appeal).toMatchObject({ status: 'open', level: 'external-review', deadline: '2026-03-01' });
      expect(a.appeal.nextSteps).toEqual(['EXTERNAL_REVIEW']);
      expect(a.unknownFacts).not.toContain('plan.kind');
    },
  );

  it.each(COMMERCIAL)('%s: PA decision clock 15 days, expedited 72 hours', (type) => {
    const a = evaluate(
      makeCase({
        plan: { kind: null, type, preAuthRequiredForService: 'required' },
        authorizations: { preAuthStatus: 'pending', paRequestReceived: '2026-03-02T10:00' },
        service: { kind: 'surgery' },
      }),
    );
    expect(a.preAuthDecisionDueBy).toEqual({ standard: '2026-03-17', expedited: '2026-03-05T10:00' });
    expect(a.preAuthNeeded).toBe(true);
    expect(a.unknownFacts).not.toContain('plan.kind');
  });

  it.each(COMMERCIAL)(
    '%s: the No Surprises Act applies (ancillary provider at an in-network hospital)',
    (type) => {
      const a = evaluate(
        makeCase({
          plan: { kind: null, type, deductible: { individualMet: 1000 } },
          provider: {
            networkStatus: 'out-of-network',
            setting: 'in-network-hospital',
            role: 'anesthesiologist',
          },
          service: { kind: 'surgery', allowedAmount: 1000, billedCharge: 3000, recognizedAmount: 1200 },
        }),
      );
      expect(a.nsaProtected).toBe(true);
      expect(a.outOfPocket).toMatchObject({ coinsurance: 240, balanceBilling: 0 });
      expect(a.appeal.nextSteps).toContain('NSA_PROTECTED');
      expect(a.unknownFacts).not.toContain('plan.kind');
    },
  );

  it('a scheduled out-of-network office visit: not protected, for either kind', () => {
    const a = evaluate(
      makeCase({
        plan: { kind: null, type: 'PPO' },
        provider: { networkStatus: 'out-of-network', setting: 'office', role: 'oncologist' },
      }),
    );
    expect(a.nsaProtected).toBe(false);
    expect(a.appeal.nextSteps).toContain('EXPECT_BALANCE_BILL');
  });

  it('the ACA self-only cap applies to both kinds (non-grandfathered) and to neither when grandfathered', () => {
    const capped = {
      today: '2026-05-01',
      plan: {
        kind: null,
        type: 'PPO' as const,
        deductible: { individualMet: 1000 },
        oopMax: { individual: 15000, individualMet: 10000 },
        coinsurance: 0.5,
      },
      service: { kind: 'surgery' as const, allowedAmount: 5000, billedCharge: 5000 },
    };
    const a = evaluate(makeCase(capped));
    // 50% of $5,000 = $2,500, but only $600 is left under the 2026 ACA self-only limit ($10,600).
    expect(a.outOfPocket?.total).toBe(600);
    expect(findTrace(a, 'cost.aca-embedded-cap')).toBeDefined();
    const grandfathered = evaluate(makeCase({ ...capped, plan: { ...capped.plan, grandfathered: true } }));
    expect(grandfathered.outOfPocket?.total).toBe(2500);
    expect(a.unknownFacts).not.toContain('plan.kind');
  });
});

describe('plan.kind unknown, Medicare or Medicaid plan type: the type names the kind', () => {
  it.each(PROGRAM)('%s is evaluated as %s, traced as derived', (type, kind) => {
    const c = makeCase({ plan: { kind: null, type }, claim: deniedClinical });
    const a = evaluate(c);
    const explicit = evaluate(withKind(c, kind));
    expect(answers(a)).toEqual(answers(explicit));
    expect(a.unknownFacts).toEqual(explicit.unknownFacts);
    expect(a.trace[0]).toMatchObject({ ruleId: 'unknown-facts.kind-from-type', outcome: kind });
    expect(a.trace.slice(1)).toEqual(explicit.trace);
    expectWellFormed(a);
  });

  it('deadlines follow the derived kind', () => {
    const deadline = (type: PlanType) =>
      evaluate(makeCase({ plan: { kind: null, type }, claim: deniedClinical })).appeal;
    expect(deadline('Original Medicare')).toMatchObject({
      level: 'medicare-redetermination',
      deadline: '2026-05-20',
    });
    expect(deadline('MA-HMO')).toMatchObject({ level: 'ma-reconsideration', deadline: '2026-03-21' });
    expect(deadline('MA-PPO')).toMatchObject({ level: 'ma-reconsideration', deadline: '2026-03-21' });
    expect(deadline('Medicaid MCO')).toMatchObject({ level: 'plan-appeal', deadline: '2026-03-16' });
  });

  it('PA clock and NSA follow the derived kind', () => {
    const pending = evaluate(
      makeCase({
        plan: { kind: null, type: 'MA-PPO', preAuthRequiredForService: 'required' },
        authorizations: { preAuthStatus: 'pending', paRequestReceived: '2026-03-02T10:00' },
        service: { kind: 'surgery' },
      }),
    );
    expect(pending.preAuthDecisionDueBy).toEqual({ standard: '2026-03-09', expedited: '2026-03-05T10:00' });
    const oon = evaluate(
      makeCase({
        plan: { kind: null, type: 'Medicaid MCO' },
        provider: {
          networkStatus: 'out-of-network',
          setting: 'in-network-hospital',
          role: 'anesthesiologist',
        },
      }),
    );
    expect(oon.nsaProtected).toBe(false);
    expect(findTrace(oon, 'nsa.not-applicable-public-program')).toBeDefined();
  });

  it('a kind with a single plan type gives the type too', () => {
    const a = evaluate(makeCase({ plan: { kind: 'medicare-original', type: null }, claim: deniedClinical }));
    expect(a.trace[0]).toMatchObject({
      ruleId: 'unknown-facts.type-from-kind',
      outcome: 'Original Medicare',
    });
    expect(a.appeal.level).toBe('medicare-redetermination');
  });
});

describe('plan kind and plan type both unknown', () => {
  const unknownPlan = { kind: null, type: null };

  it('a denied claim: the appeal path depends on them, the claim amounts do not', () => {
    const a = evaluate(
      makeCase({
        plan: unknownPlan,
        claim: {
          ...deniedClinical,
          adjustments: [
            { group: 'CO', carc: '50', amount: 300 },
            { group: 'PR', carc: '2', amount: 40 },
          ],
        },
      }),
    );
    expect(a.appeal).toEqual({
      status: 'open',
      possible: true,
      level: null,
      deadline: null,
      daysLeft: null,
      nextSteps: ['REQUEST_DENIAL_LETTER'],
    });
    expect(a.outOfPocket?.total).toBe(40);
    expect(a.unknownFacts).toEqual(expect.arrayContaining(['plan.kind', 'plan.type']));
    const depends = a.trace.find(
      (t) => t.ruleId === 'unknown-facts.answer-depends' && t.facts['derived.field'] === 'appeal',
    );
    expect(depends?.outcome).toEqual(['plan.kind', 'plan.type']);
    expectWellFormed(a);
  });

  it('a deadline printed on the notice holds whatever the plan; the level does not', () => {
    const a = evaluate(makeCase({ plan: unknownPlan, claim: { ...deniedClinical, appealBy: '2026-04-30' } }));
    expect(a.appeal).toMatchObject({ status: 'open', deadline: '2026-04-30', daysLeft: 51, level: null });
  });

  it('a wrong-path claim (unprocessable, MA130) is answered without them', () => {
    const a = evaluate(
      makeCase({
        plan: unknownPlan,
        claim: {
          status: 'rejected',
          noticeDate: '2026-02-01',
          adjustments: [{ group: 'CO', carc: '16', amount: 300 }],
          rarc: ['MA130'],
        },
      }),
    );
    const explicit = evaluate(
      makeCase({
        claim: {
          status: 'rejected',
          noticeDate: '2026-02-01',
          adjustments: [{ group: 'CO', carc: '16', amount: 300 }],
          rarc: ['MA130'],
        },
      }),
    );
    expect(a.appeal).toEqual(explicit.appeal);
    expect(a.unknownFacts).not.toContain('plan.kind');
  });

  it('referral by plan-type default and the pending PA clock say check-plan / null', () => {
    const referral = evaluate(makeCase({ plan: { ...unknownPlan, sbcReferralRequired: null } }));
    expect(referral.referralNeeded).toBe('check-plan');
    expect(referral.unknownFacts).toContain('plan.type');
    const pending = evaluate(
      makeCase({
        plan: { ...unknownPlan, preAuthRequiredForService: 'required' },
        authorizations: { preAuthStatus: 'pending', paRequestReceived: '2026-03-02' },
        service: { kind: 'surgery' },
      }),
    );
    expect(pending.preAuthDecisionDueBy).toEqual({ standard: null, expedited: null });
    expect(pending.unknownFacts).toContain('plan.kind');
  });

  it('an out-of-network provider: NSA and cost depend on the plan', () => {
    const a = evaluate(
      makeCase({
        plan: unknownPlan,
        provider: {
          networkStatus: 'out-of-network',
          setting: 'in-network-hospital',
          role: 'anesthesiologist',
        },
      }),
    );
    expect(a.nsaProtected).toBeNull();
    expect(a.outOfPocket).toBeNull();
    expect(a.unknownFacts).toEqual(expect.arrayContaining(['plan.kind', 'plan.type']));
  });
});

describe('service.kind unknown', () => {
  it('a denied claim gets the full appeal answer (the claim path does not need the service kind)', () => {
    for (const kind of ['employer-erisa', null] as const) {
      const c = makeCase({ plan: { kind }, service: { kind: null }, claim: deniedClinical });
      const a = evaluate(c);
      expect(a.appeal).toEqual({
        status: 'open',
        possible: true,
        level: 'internal-appeal',
        deadline: '2026-07-14',
        daysLeft: 126,
        nextSteps: ['REQUEST_DENIAL_LETTER', 'PEER_TO_PEER', 'INTERNAL_APPEAL_WITH_LMN', 'EXTERNAL_REVIEW'],
      });
      expect(a.documents.appeal).toContain('LETTER_OF_MEDICAL_NECESSITY');
      expect(a.outOfPocket?.total).toBe(0);
      expect(a.unknownFacts).not.toContain('service.kind');
      expectWellFormed(a);
    }
  });

  it('patient responsibility on a paid claim comes from its PR lines', () => {
    const a = evaluate(
      makeCase({
        plan: { kind: null, type: 'HMO', copay: 50 },
        service: { kind: null },
        claim: {
          status: 'paid',
          noticeDate: '2026-02-01',
          adjustments: [
            { group: 'CO', carc: '45', amount: 120 },
            { group: 'PR', carc: '3', amount: 50 },
          ],
        },
      }),
    );
    expect(a.outOfPocket).toMatchObject({ copay: 50, total: 50 });
    expect(a.appeal).toMatchObject({
      status: 'not-appealable',
      nextSteps: ['PATIENT_RESPONSIBILITY', 'PROVIDER_WRITE_OFF'],
    });
    expect(a.unknownFacts).not.toContain('service.kind');
  });

  it('no claim and a copay: the kind decides the price, so no estimate and the fact is listed', () => {
    const a = evaluate(
      makeCase({ plan: { copay: 50, copayAppliesBeforeDeductible: true }, service: { kind: null } }),
    );
    expect(a.outOfPocket).toBeNull();
    expect(a.unknownFacts).toContain('service.kind');
    const depends = a.trace.find(
      (t) => t.ruleId === 'unknown-facts.answer-depends' && t.facts['derived.field'] === 'outOfPocket',
    );
    expect(depends?.outcome).toEqual(['service.kind']);
  });

  it('no claim, deductible and coinsurance only: the same price for every kind', () => {
    const c = makeCase({ service: { kind: null } });
    const a = evaluate(c);
    expect(a.outOfPocket).toEqual(evaluate(makeCase({ service: { kind: 'surgery' } })).outOfPocket);
    expect(a.outOfPocket?.deductible).toBe(300);
    // Sending records to the second-opinion doctor is a step only for an opinion visit.
    expect(a.appeal.nextSteps).not.toContain('SEND_RECORDS');
  });

  it('referral: decided by the plan, not the service (and never for an emergency)', () => {
    const hmo = { kind: 'employer-erisa' as const, type: 'HMO' as const, sbcReferralRequired: null };
    const a = evaluate(makeCase({ plan: hmo, service: { kind: null } }));
    expect(a.referralNeeded).toBe(true);
    expect(a.appeal.nextSteps).toContain('OBTAIN_REFERRAL');
    expect(dependsFields(a).referralNeeded).toBeUndefined();
    // Sending records is a step only for an opinion visit: that part of the answer does depend on the kind.
    expect(dependsFields(a).appeal).toEqual(['service.kind']);
    expect(evaluate(makeCase({ plan: hmo, service: { kind: null, emergency: true } })).referralNeeded).toBe(
      false,
    );
  });

  it('PA: the plan list for this service decides; unknown list is check-plan for the list, not the kind', () => {
    const pa = (list: 'required' | 'not-required' | 'unknown') =>
      evaluate(makeCase({ plan: { preAuthRequiredForService: list }, service: { kind: null } }));
    expect(pa('required').preAuthNeeded).toBe(true);
    expect(pa('not-required').preAuthNeeded).toBe(false);
    expect(pa('unknown').preAuthNeeded).toBe('check-plan');
    expect(pa('unknown').unknownFacts).toContain('plan.preAuthRequiredForService');
    for (const list of ['required', 'not-required', 'unknown'] as const) {
      expect(dependsFields(pa(list)).preAuthNeeded).toBeUndefined();
    }
  });

  it('PA under Original Medicare depends on the kind (an opinion visit needs none): check-plan', () => {
    const a = evaluate(
      makeCase({
        plan: { kind: null, type: 'Original Medicare', preAuthRequiredForService: 'required' },
        provider: { networkStatus: 'medicare-participating' },
        service: { kind: null },
      }),
    );
    expect(a.preAuthNeeded).toBe('check-plan');
    expect(a.unknownFacts).toContain('service.kind');
    expect(dependsFields(a).preAuthNeeded).toEqual(['service.kind']);
  });

  it('NSA with a valid consent: a test at the facility is ancillary, a consult is not, so unknown', () => {
    const a = evaluate(
      makeCase({
        provider: { networkStatus: 'out-of-network', setting: 'in-network-hospital', role: 'oncologist' },
        authorizations: { nsaConsentSigned: true, nsaConsentHoursBeforeService: 96 },
        service: { kind: null },
      }),
    );
    expect(a.nsaProtected).toBeNull();
    expect(a.unknownFacts).toContain('service.kind');
  });

  it('diagnosis category unknown too: medical necessity is unknown, the claim answer still stands', () => {
    const a = evaluate(
      makeCase({
        plan: { kind: null },
        service: { kind: null, diagnosisCategory: null },
        claim: deniedClinical,
      }),
    );
    expect(a.coverage).toMatchObject({ status: 'check-plan', necessityClass: 'unknown' });
    expect(a.unknownFacts).toContain('service.diagnosisCategory');
    expect(a.appeal.deadline).toBe('2026-07-14');
  });
});

describe('merging: an answer the possibilities disagree on', () => {
  it('says check-plan, keeps only what is common, and lists the fact', () => {
    const c = makeCase({ plan: { kind: null, type: 'PPO' }, claim: deniedClinical });
    const resolution = resolveCase(c);
    expect(resolution.forked).toEqual(['plan.kind']);
    const outs = resolution.variants.map((v) => evaluate(v.c));
    // Suppose a rule told employer and individual coverage apart (e.g. a grandfathered-plan rule).
    const [employer, individual] = outs as [Assessment, Assessment];
    individual.referralNeeded = true;
    individual.appeal = {
      ...individual.appeal,
      deadline: '2026-06-01',
      daysLeft: 83,
      nextSteps: ['REQUEST_DENIAL_LETTER', 'INTERNAL_APPEAL_WITH_LMN'],
    };
    const merged = mergeAssessments(c, resolution, [employer, individual]);
    expect(merged.referralNeeded).toBe('check-plan');
    expect(merged.appeal).toEqual({
      status: 'open',
      possible: true,
      level: 'internal-appeal',
      deadline: null,
      daysLeft: null,
      nextSteps: ['REQUEST_DENIAL_LETTER', 'INTERNAL_APPEAL_WITH_LMN'],
    });
    expect(merged.preAuthNeeded).toBe(employer.preAuthNeeded);
    expect(merged.unknownFacts).toContain('plan.kind');
    const fields = merged.trace
      .filter((t) => t.ruleId === 'unknown-facts.answer-depends')
      .map((t) => t.facts['derived.field']);
    expect(fields).toEqual(['referralNeeded', 'appeal']);
  });

  it('a fully known case takes the ordinary path (no resolution entries)', () => {
    const a = evaluate(makeCase({ claim: deniedClinical }));
    expect(ruleIds(a).filter((id) => id.startsWith('unknown-facts.'))).toEqual([]);
  });
});
