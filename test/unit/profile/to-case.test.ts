import { describe, expect, it } from 'vitest';
import { CaseSchema } from '../../../lib/model/case';
import { emptyAuthorization, emptySnapshot } from '../../../lib/model/snapshot';
import { applyOverride, emptyProfile, mergeSnapshot } from '../../../lib/profile/merge';
import {
  CASE_FACT_FIELDS,
  buildCases,
  claimFactPath,
  parseFactPath,
  serviceKindFromProcedureCodes,
} from '../../../lib/profile/to-case';
import { evaluate } from '../../../lib/rules/evaluate';
import { NOW, TODAY, benefitsSnapshot, claim, deniedClaim, line, paidClaim, profileFrom } from './builders';

describe('buildCases: the page case', () => {
  it('builds a case with the plan kind unknown, still listing it as missing (never guessed)', () => {
    const snapshot = benefitsSnapshot();
    const built = buildCases(
      profileFrom(snapshot, {
        'service.kind': 'second-opinion-consult',
        'provider.networkStatus': 'in-network',
      }),
      snapshot,
      TODAY,
    );
    expect(built.page.case?.plan).toMatchObject({ kind: null, type: 'HMO' });
    expect(CaseSchema.safeParse(built.page.case).success).toBe(true);
    expect(built.page.missing).toContain('plan.kind');
    expect(built.page.missing).not.toContain('plan.type');
    expect(built.page.derived).not.toContain('plan.kind');
    // An HMO is employer or individual coverage; both need the PCP referral by default.
    const assessment = evaluate(built.page.case!);
    expect(assessment.referralNeeded).toBe(true);
    expect(assessment.unknownFacts).not.toContain('plan.kind');
  });

  it('builds a case with the service kind unknown, listing it; the estimate only where the kind does not matter', () => {
    const snapshot = benefitsSnapshot();
    const facts = { 'plan.kind': 'employer-erisa', 'service.allowedAmount': 320 };
    const built = buildCases(profileFrom(snapshot, facts), snapshot, TODAY);
    expect(built.page.case?.service.kind).toBeNull();
    expect(built.page.missing).toContain('service.kind');
    // $320 falls in the deductible whether the $50 specialist copay applies after it or not.
    expect(evaluate(built.page.case!).outOfPocket?.total).toBe(320);
    // A copay before the deductible applies to an office visit but not to surgery: no estimate, ask the kind.
    const copayFirst = buildCases(
      profileFrom(snapshot, { ...facts, 'plan.copayAppliesBeforeDeductible': 'true' }),
      snapshot,
      TODAY,
    ).page.case!;
    const assessment = evaluate(copayFirst);
    expect(assessment.outOfPocket).toBeNull();
    expect(assessment.unknownFacts).toContain('service.kind');
  });

  it('maps the in-network tier, specialist copay and coinsurance into a valid Case', () => {
    const snapshot = benefitsSnapshot();
    const profile = profileFrom(snapshot, {
      'plan.kind': 'employer-erisa',
      'service.kind': 'second-opinion-consult',
      'provider.networkStatus': 'in-network',
      'service.allowedAmount': 320,
    });
    const built = buildCases(profile, snapshot, TODAY);
    const c = built.page.case;
    expect(c).not.toBeNull();
    expect(CaseSchema.safeParse(c).success).toBe(true);
    expect(c?.today).toBe(TODAY);
    expect(c?.plan).toMatchObject({
      kind: 'employer-erisa',
      type: 'HMO',
      tier: 'in-network',
      copay: 50,
      coinsurance: 0.2,
      deductible: { individual: 1500, individualMet: 200, family: null, familyMet: null },
      oopMax: { individual: 6000, individualMet: 400 },
      inNetworkOopMax: null,
    });
    expect(c?.provider?.networkStatus).toBe('in-network');
    expect(c?.service).toMatchObject({ kind: 'second-opinion-consult', allowedAmount: 320 });
    expect(c?.claim).toBeNull();
    // Unknown facts that matter are listed, not invented.
    expect(built.page.missing).toEqual(
      expect.arrayContaining([
        'plan.sbcReferralRequired',
        'authorizations.referralOnFile',
        'service.diagnosisCategory',
      ]),
    );
    expect(c?.plan.sbcReferralRequired).toBeNull();
    // Provenance of the facts used.
    expect(built.page.facts['plan.deductible.individual']?.source?.text).toBe('Deductible: $200 of $1,500');
    // The engine accepts it.
    expect(evaluate(c!).referralNeeded).toBe(true);
  });

  it('prices an out-of-network visit with the out-of-network tier and the in-network accumulator', () => {
    const snapshot = benefitsSnapshot();
    const profile = profileFrom(snapshot, {
      'plan.kind': 'employer-erisa',
      'plan.type': 'PPO',
      'service.kind': 'second-opinion-consult',
      'provider.networkStatus': 'out-of-network',
    });
    const c = buildCases(profile, snapshot, TODAY).page.case;
    expect(c?.plan).toMatchObject({
      type: 'PPO',
      tier: 'out-of-network',
      coinsurance: 0.4,
      deductible: { individual: 3000, individualMet: 0 },
      oopMax: { individual: 12000 },
      inNetworkOopMax: { individual: 6000, individualMet: 400 },
      copay: null,
    });
    const missing = buildCases(profile, snapshot, TODAY).page.missing;
    expect(missing).toContain('plan.outOfNetwork.copay');
    expect(missing).toContain('service.billedCharge');
  });

  it('derives the plan kind from a program plan type and says so', () => {
    const snapshot = benefitsSnapshot();
    snapshot.plan.type = 'MA-PPO';
    const built = buildCases(profileFrom(snapshot, { 'service.kind': 'surgery' }), snapshot, TODAY);
    expect(built.page.case?.plan.kind).toBe('medicare-advantage');
    expect(built.page.derived).toContain('plan.kind');
    expect(built.page.missing).not.toContain('plan.kind');
  });

  it('turns "none" into null (no limit) and the copay timing enum into the Case value', () => {
    const snapshot = benefitsSnapshot();
    const profile = profileFrom(snapshot, {
      'plan.kind': 'aca-individual',
      'service.kind': 'second-opinion-consult',
      'plan.oopMax.individual': 'none',
      'plan.copayAppliesBeforeDeductible': 'first-3-visits',
    });
    const c = buildCases(profile, snapshot, TODAY).page.case;
    expect(c?.plan.oopMax?.individual).toBeNull();
    expect(c?.plan.copayAppliesBeforeDeductible).toBe('first-3-visits');
    const other = applyOverride(profile, 'plan.copayAppliesBeforeDeductible', 'false', NOW);
    expect(buildCases(other, snapshot, TODAY).page.case?.plan.copayAppliesBeforeDeductible).toBe(false);
  });

  it('user overrides win over page facts in the case', () => {
    const snapshot = benefitsSnapshot();
    const profile = profileFrom(snapshot, {
      'plan.kind': 'employer-erisa',
      'service.kind': 'second-opinion-consult',
      'plan.deductible.individualMet': 1500,
    });
    expect(buildCases(profile, snapshot, TODAY).page.case?.plan.deductible?.individualMet).toBe(1500);
  });
});

describe('buildCases: claims', () => {
  const withClaims = (...claims: ReturnType<typeof claim>[]) => benefitsSnapshot({ claims });

  it('maps a denied claim: status, notice date, appeal date printed on the page, adjustments, codes', () => {
    const snapshot = withClaims(deniedClaim({ appealBy: '2026-07-31', rarcCodes: ['N54'] }));
    const profile = profileFrom(snapshot, { 'plan.kind': 'employer-erisa' });
    const [built] = buildCases(profile, snapshot, TODAY).claims;
    expect(built?.claimId).toBe('CLM-2026-0001');
    expect(built?.index).toBe(0);
    expect(built?.derived).toContain(claimFactPath('CLM-2026-0001', 'service.kind'));
    const c = built?.case;
    expect(CaseSchema.safeParse(c).success).toBe(true);
    expect(c?.service).toMatchObject({ kind: 'additional-test', billedCharge: 2400, allowedAmount: null });
    expect(c?.claim).toMatchObject({
      status: 'denied',
      noticeDate: '2026-02-01',
      appealBy: '2026-07-31',
      planKindForDeadlines: 'employer-erisa',
      adjustments: [{ group: 'CO', carc: '197', amount: 2400 }],
      rarc: ['N54'],
      finalInternalDenial: null,
      denialReason: 'Prior authorization was not obtained.',
    });
    expect(built?.missing).toContain(claimFactPath('CLM-2026-0001', 'claim.finalInternalDenial'));
    const assessment = evaluate(c!);
    expect(assessment.appeal.status).toBe('open');
    expect(assessment.appeal.deadline).toBe('2026-07-31');
  });

  it('maps line deductible/coinsurance/copay to PR-1/PR-2/PR-3 and the discount to CO-45', () => {
    const snapshot = withClaims(paidClaim());
    const profile = profileFrom(snapshot, { 'plan.kind': 'employer-erisa' });
    const c = buildCases(profile, snapshot, TODAY).claims[0]?.case;
    expect(c?.claim?.status).toBe('paid');
    expect(c?.claim?.adjustments).toEqual(
      expect.arrayContaining([
        { group: 'PR', carc: '1', amount: 150 },
        { group: 'PR', carc: '2', amount: 66 },
        { group: 'CO', carc: '45', amount: 220 },
      ]),
    );
    expect(c?.claim?.adjustments).toHaveLength(3);
    expect(evaluate(c!).outOfPocket?.total).toBe(216);
  });

  it('sums amounts of the same code over lines and uses the claim codes for an uncoded not-covered amount', () => {
    const snapshot = withClaims(
      claim('CLM-9', {
        statusNormalized: 'partially-paid',
        denialDate: '2026-02-03',
        network: 'in-network',
        carcCodes: ['CO-50'],
        lines: [
          line({ procedureCode: '27447', copay: 20, notCovered: 100, carcCodes: [] }),
          line({ procedureCode: '27446', copay: 30, carcCodes: ['PR-3'] }),
        ],
      }),
    );
    const c = buildCases(profileFrom(snapshot, { 'plan.kind': 'employer-erisa' }), snapshot, TODAY).claims[0]
      ?.case;
    expect(c?.service.kind).toBe('surgery');
    expect(c?.claim?.adjustments).toEqual([
      { group: 'PR', carc: '3', amount: 50 },
      { group: 'CO', carc: '50', amount: 100 },
    ]);
  });

  it('marks the adjustments incomplete when a patient amount cannot be tied to a code', () => {
    const snapshot = withClaims(
      claim('CLM-10', {
        statusNormalized: 'adjusted',
        statusDate: '2026-02-05',
        network: 'out-of-network',
        patientOwes: 75,
        carcCodes: [],
        lines: [],
      }),
    );
    const profile = profileFrom(snapshot, {
      'plan.kind': 'employer-erisa',
      [claimFactPath('CLM-10', 'service.kind')]: 'second-opinion-consult',
    });
    const [built] = buildCases(profile, snapshot, TODAY).claims;
    expect(built?.case?.claim?.adjustments).toEqual([]);
    expect(built?.missing).toContain(claimFactPath('CLM-10', 'claim.adjustments'));
    expect(built?.case?.provider?.networkStatus).toBe('out-of-network');
    expect(built?.case?.plan.tier).toBe('out-of-network');
  });

  it('keeps codes shown without amounts so the engine still sees why', () => {
    const snapshot = withClaims(
      claim('CLM-11', {
        statusNormalized: 'denied',
        denialDate: '2026-02-07',
        carcCodes: ['CO-16'],
        rarcCodes: ['MA130'],
        lines: [line({ procedureCode: '80053' })],
      }),
    );
    const c = buildCases(profileFrom(snapshot, { 'plan.kind': 'employer-erisa' }), snapshot, TODAY).claims[0]
      ?.case;
    expect(c?.claim?.adjustments).toEqual([{ group: 'CO', carc: '16', amount: 0 }]);
    expect(evaluate(c!).appeal.status).toBe('not-appealable');
  });

  it('does not evaluate pending or non-medical claims', () => {
    const snapshot = withClaims(
      claim('P1', { statusNormalized: 'pending' }),
      claim('RX1', { type: 'Pharmacy', statusNormalized: 'processed' }),
    );
    const [pending, pharmacy] = buildCases(profileFrom(snapshot), snapshot, TODAY).claims;
    expect(pending).toMatchObject({ case: null, note: 'pending', missing: [] });
    expect(pharmacy).toMatchObject({ case: null, note: 'not-medical', missing: [] });
  });

  it('reads claims of an unrecognised type as possibly medical', () => {
    const snapshot = withClaims(deniedClaim({ type: '${7*7}' }), deniedClaim({ id: 'D2', type: 'Dental' }));
    const [odd, dental] = buildCases(
      profileFrom(snapshot, { 'plan.kind': 'employer-erisa' }),
      snapshot,
      TODAY,
    ).claims;
    expect(odd?.note).toBeNull();
    expect(odd?.case?.claim?.status).toBe('denied');
    expect(dental?.note).toBe('not-medical');
  });

  it('asks for the service kind per claim when the procedure codes do not name it, and still evaluates', () => {
    const snapshot = withClaims(paidClaim({ lines: [line({ procedureCode: '99214', deductible: 10 })] }));
    const [built] = buildCases(
      profileFrom(snapshot, { 'plan.kind': 'employer-erisa' }),
      snapshot,
      TODAY,
    ).claims;
    expect(built?.case?.service.kind).toBeNull();
    expect(built?.missing).toContain(claimFactPath('CLM-2026-0002', 'service.kind'));
    expect(evaluate(built!.case!).outOfPocket?.total).toBe(10);
    // Visit facts of the planned visit do not leak into a claim.
    const planned = profileFrom(snapshot, { 'plan.kind': 'employer-erisa', 'service.kind': 'surgery' });
    expect(buildCases(planned, snapshot, TODAY).claims[0]?.case?.service.kind).toBeNull();
    // A claim-scoped answer does.
    const answered = profileFrom(snapshot, {
      'plan.kind': 'employer-erisa',
      [claimFactPath('CLM-2026-0002', 'service.kind')]: 'second-opinion-consult',
    });
    expect(buildCases(answered, snapshot, TODAY).claims[0]?.case?.service.kind).toBe(
      'second-opinion-consult',
    );
  });

  it('a denied claim with neither plan kind nor service kind gets the full appeal answer', () => {
    const snapshot = withClaims(
      claim('CLM-12', {
        statusNormalized: 'denied',
        denialDate: '2026-02-03',
        network: 'in-network',
        billed: 900,
        carcCodes: ['CO-50'],
        denialReason: 'Not medically necessary',
        lines: [line({ procedureCode: '99245', billed: 900, notCovered: 900, carcCodes: ['CO-50'] })],
      }),
    );
    const [built] = buildCases(profileFrom(snapshot), snapshot, TODAY).claims;
    expect(built?.missing).toEqual(
      expect.arrayContaining(['plan.kind', claimFactPath('CLM-12', 'service.kind')]),
    );
    expect(built?.case?.claim?.planKindForDeadlines).toBeNull();
    const assessment = evaluate(built!.case!);
    // 180 days from the notice (2026-02-03) for employer and individual coverage alike.
    expect(assessment.appeal).toMatchObject({
      status: 'open',
      level: 'internal-appeal',
      deadline: '2026-08-02',
      daysLeft: 154,
    });
    expect(assessment.appeal.nextSteps).toContain('INTERNAL_APPEAL_WITH_LMN');
    expect(assessment.outOfPocket?.total).toBe(0);
    expect(assessment.unknownFacts).not.toContain('plan.kind');
    expect(assessment.unknownFacts).not.toContain('service.kind');
  });

  it('lists the claim status when the page shows none', () => {
    const snapshot = withClaims(claim('C-1', { lines: [line({ procedureCode: '70553' })] }));
    const [built] = buildCases(
      profileFrom(snapshot, { 'plan.kind': 'employer-erisa' }),
      snapshot,
      TODAY,
    ).claims;
    expect(built?.case).toBeNull();
    expect(built?.missing).toContain(claimFactPath('C-1', 'claim.status'));
  });

  it('works on an empty profile: every plan fact is missing', () => {
    const snapshot = withClaims(deniedClaim());
    const built = buildCases(emptyProfile('page:x', NOW), snapshot, TODAY);
    expect(built.claims[0]?.case).toBeNull();
    expect(built.claims[0]?.missing).toEqual(expect.arrayContaining(['plan.kind', 'plan.type']));
  });
});

describe('buildCases: prior authorizations on the page', () => {
  it('builds a pending request (decision clock) and a denied one (appeal)', () => {
    const snapshot = benefitsSnapshot({
      authorizations: [
        {
          ...emptyAuthorization(),
          referenceNumber: '000123',
          status: 'Pending',
          statusNormalized: 'pending',
          servicingProvider: 'Example Surgical Group',
          servicingNetwork: 'in-network',
          serviceDescription: 'Total knee replacement',
          procedureCode: '27447',
          requestDate: '2026-02-25',
        },
        {
          ...emptyAuthorization(),
          referenceNumber: '000124',
          status: 'Denied',
          statusNormalized: 'denied',
          servicingProvider: 'Example Imaging',
          servicingNetwork: 'in-network',
          serviceDescription: 'PET scan',
          procedureCode: '78815',
          requestDate: '2026-02-01',
          decisionDate: '2026-02-10',
          denialReason: 'Not medically necessary',
        },
      ],
    });
    const profile = profileFrom(snapshot, { 'plan.kind': 'employer-erisa' });
    const [pending, denied] = buildCases(profile, snapshot, TODAY).authorizations;
    expect(pending?.case?.authorizations).toMatchObject({
      preAuthStatus: 'pending',
      paRequestReceived: '2026-02-25',
      authNumber: '000123',
    });
    expect(evaluate(pending!.case!).preAuthDecisionDueBy?.standard).toBe('2026-03-12');
    expect(denied?.case?.claim).toMatchObject({ status: 'pa-denied', noticeDate: '2026-02-10' });
    expect(evaluate(denied!.case!).appeal.status).toBe('open');
  });
});

describe('CASE_FACT_FIELDS', () => {
  it('lists unique paths with a kind, and enum values for enums', () => {
    const paths = CASE_FACT_FIELDS.map((field) => field.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const field of CASE_FACT_FIELDS) {
      expect(['money', 'percent', 'number', 'date', 'enum', 'boolean', 'text']).toContain(field.kind);
      if (field.kind === 'enum') expect(field.values?.length).toBeGreaterThan(0);
      expect(field.labelKey).toBe(`present.field.${field.path}`);
    }
    expect(paths).toEqual(
      expect.arrayContaining(['plan.kind', 'plan.type', 'service.kind', 'provider.networkStatus']),
    );
  });

  it('round-trips claim-scoped paths', () => {
    const path = claimFactPath('A B]C', 'service.kind');
    expect(parseFactPath(path)).toMatchObject({ path: 'service.kind', field: { kind: 'enum' } });
    expect(parseFactPath('plan.kind').claimKey).toBeNull();
  });

  it('derives a service kind from procedure codes only when every line agrees', () => {
    expect(serviceKindFromProcedureCodes(['27447'])).toBe('surgery');
    expect(serviceKindFromProcedureCodes(['70553', '80053'])).toBe('additional-test');
    expect(serviceKindFromProcedureCodes(['99284'])).toBe('emergency');
    expect(serviceKindFromProcedureCodes(['99214'])).toBeNull();
    expect(serviceKindFromProcedureCodes(['27447', '99214'])).toBeNull();
    expect(serviceKindFromProcedureCodes([null])).toBeNull();
    expect(serviceKindFromProcedureCodes([])).toBeNull();
  });
});

describe('mergeSnapshot + buildCases on one flow', () => {
  it('prices a claim page from facts read on the benefits page earlier', () => {
    const benefits = benefitsSnapshot();
    let profile = mergeSnapshot(null, benefits, NOW);
    profile = applyOverride(profile, 'plan.kind', 'employer-erisa', NOW);
    const claimsPage = {
      ...emptySnapshot('https://member.example-health.test/claims'),
      member: benefits.member,
    };
    claimsPage.claims = [deniedClaim()];
    profile = mergeSnapshot(profile, claimsPage, new Date(NOW.getTime() + 86_400_000));
    const c = buildCases(profile, claimsPage, TODAY).claims[0]?.case;
    expect(c?.plan.type).toBe('HMO');
    expect(c?.plan.kind).toBe('employer-erisa');
  });
});
