// @vitest-environment node
/** Prior authorization and decision clocks (RULES.md 3). Fictitious cases. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../lib/rules/evaluate';
import { makeCase } from './helpers';

describe('preAuthNeeded', () => {
  it('follows the plan’s PA list; unknown gives check-plan and names the missing fact', () => {
    expect(evaluate(makeCase({ plan: { preAuthRequiredForService: 'required' } })).preAuthNeeded).toBe(true);
    expect(evaluate(makeCase({ plan: { preAuthRequiredForService: 'not-required' } })).preAuthNeeded).toBe(
      false,
    );
    const unknown = evaluate(makeCase({ plan: { preAuthRequiredForService: 'unknown' } }));
    expect(unknown.preAuthNeeded).toBe('check-plan');
    expect(unknown.unknownFacts).toContain('plan.preAuthRequiredForService');
  });

  it('counts a needed network exception as plan approval (EPO/HMO out of network)', () => {
    const a = evaluate(
      makeCase({
        plan: { type: 'EPO', kind: 'aca-individual' },
        provider: { networkStatus: 'out-of-network' },
        service: { billedCharge: 480 },
      }),
    );
    expect(a.preAuthNeeded).toBe(true);
    expect(a.appeal.nextSteps).toEqual([
      'USE_IN_NETWORK_PROVIDER',
      'REQUEST_NETWORK_EXCEPTION',
      'SEND_RECORDS',
    ]);
    expect(a.documents.priorAuth).toContain('NO_IN_NETWORK_EXPERTISE_EVIDENCE');
  });

  it('Medicare Advantage HMO out of network: an organization determination', () => {
    const a = evaluate(
      makeCase({
        plan: { kind: 'medicare-advantage', type: 'MA-HMO', sbcReferralRequired: true },
        authorizations: { referralOnFile: true },
        provider: { networkStatus: 'out-of-network' },
      }),
    );
    expect(a.preAuthNeeded).toBe(true);
    expect(a.appeal.nextSteps).toEqual([
      'USE_IN_NETWORK_PROVIDER',
      'REQUEST_ORGANIZATION_DETERMINATION',
      'SEND_RECORDS',
    ]);
    expect(a.outOfPocket?.nonCovered).toBe(500);
  });

  it('no in-network alternative: only the exception request, not "use an in-network provider"', () => {
    const a = evaluate(
      makeCase({
        plan: { type: 'HMO', sbcReferralRequired: false },
        provider: { networkStatus: 'out-of-network' },
        authorizations: { inNetworkAlternativeAvailable: false },
      }),
    );
    expect(a.appeal.nextSteps).toEqual(['REQUEST_NETWORK_EXCEPTION', 'SEND_RECORDS']);
  });

  it('emergency care never needs PA, even when the list says so', () => {
    expect(
      evaluate(makeCase({ plan: { preAuthRequiredForService: 'required' }, service: { kind: 'emergency' } }))
        .preAuthNeeded,
    ).toBe(false);
  });

  it('in-network OB/GYN visits cannot require PA; an OB/GYN surgery follows the list', () => {
    const visit = makeCase({
      plan: { preAuthRequiredForService: 'required' },
      provider: { role: 'obstetrician-gynecologist' },
    });
    expect(evaluate(visit).preAuthNeeded).toBe(false);
    const surgery = makeCase({
      plan: { preAuthRequiredForService: 'required' },
      provider: { role: 'obstetrician-gynecologist' },
      service: { kind: 'surgery' },
    });
    expect(evaluate(surgery).preAuthNeeded).toBe(true);
  });

  it('Original Medicare: no PA for the opinion visit; a test with an unknown list is check-plan', () => {
    const om = {
      plan: {
        kind: 'medicare-original' as const,
        type: 'Original Medicare' as const,
        preAuthRequiredForService: 'unknown' as const,
      },
    };
    expect(evaluate(makeCase(om)).preAuthNeeded).toBe(false);
    expect(evaluate(makeCase({ ...om, service: { kind: 'additional-test' } })).preAuthNeeded).toBe(
      'check-plan',
    );
  });

  it('REQUEST_PRIOR_AUTH when required and not yet asked; nothing when approved; AWAIT_DECISION when pending', () => {
    const test = {
      plan: { preAuthRequiredForService: 'required' as const },
      service: { kind: 'additional-test' as const },
    };
    expect(evaluate(makeCase(test)).appeal.nextSteps).toEqual(['REQUEST_PRIOR_AUTH']);
    expect(
      evaluate(makeCase({ ...test, authorizations: { preAuthStatus: 'approved' } })).appeal.nextSteps,
    ).toEqual([]);
    expect(
      evaluate(
        makeCase({ ...test, authorizations: { preAuthStatus: 'pending', paRequestReceived: '2026-03-02' } }),
      ).appeal.nextSteps,
    ).toEqual(['AWAIT_DECISION']);
    expect(evaluate(makeCase(test)).documents.priorAuth).toEqual([
      'INITIAL_DIAGNOSIS',
      'TEST_RESULTS',
      'PROPOSED_TREATMENT_PLAN',
    ]);
  });
});

describe('preAuthDecisionDueBy', () => {
  const pending = (
    kind: 'employer-erisa' | 'aca-individual' | 'medicare-advantage' | 'medicaid-managed-care',
    received: string,
    extra: Record<string, unknown> = {},
  ) =>
    evaluate(
      makeCase({
        plan: {
          kind,
          type:
            kind === 'medicare-advantage'
              ? 'MA-PPO'
              : kind === 'medicaid-managed-care'
                ? 'Medicaid MCO'
                : 'PPO',
          preAuthRequiredForService: 'required',
          ...extra,
        },
        authorizations: { preAuthStatus: 'pending', paRequestReceived: received },
        service: { kind: 'surgery' },
      }),
    ).preAuthDecisionDueBy;

  it('Medicare Advantage: 7 days from 2026 (CMS-0057-F), 14 before; expedited 72 hours', () => {
    expect(pending('medicare-advantage', '2026-03-02T10:00')).toEqual({
      standard: '2026-03-09',
      expedited: '2026-03-05T10:00',
    });
    expect(pending('medicare-advantage', '2025-12-20')).toEqual({
      standard: '2026-01-03',
      expedited: '2025-12-23',
    });
  });

  it('Medicaid: 7 vs 14 days follows the rating period start, not the request date', () => {
    expect(
      pending('medicaid-managed-care', '2026-03-02', { ratingPeriodStart: '2025-07-01' })?.standard,
    ).toBe('2026-03-16');
    expect(
      pending('medicaid-managed-care', '2026-03-02', { ratingPeriodStart: '2026-01-01' })?.standard,
    ).toBe('2026-03-09');
    expect(pending('medicaid-managed-care', '2025-10-02', {})?.standard).toBe('2025-10-16');
  });

  it('Medicaid with an unknown rating period in 2026: standard not guessed, expedited still known', () => {
    const c = makeCase({
      plan: { kind: 'medicaid-managed-care', type: 'Medicaid MCO', preAuthRequiredForService: 'required' },
      authorizations: { preAuthStatus: 'pending', paRequestReceived: '2026-03-02' },
    });
    const a = evaluate(c);
    expect(a.preAuthDecisionDueBy).toEqual({ standard: null, expedited: '2026-03-05' });
    expect(a.unknownFacts).toContain('plan.ratingPeriodStart');
  });

  it('ERISA and ACA plans (including QHPs on the federal exchange): 15 days', () => {
    expect(pending('employer-erisa', '2026-03-02')).toEqual({
      standard: '2026-03-17',
      expedited: '2026-03-05',
    });
    expect(pending('aca-individual', '2026-02-20', { onFederallyFacilitatedExchange: true })?.standard).toBe(
      '2026-03-07',
    );
  });

  it('null unless a request is pending', () => {
    expect(
      evaluate(makeCase({ plan: { preAuthRequiredForService: 'required' } })).preAuthDecisionDueBy,
    ).toBeNull();
  });
});
