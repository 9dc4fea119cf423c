// @vitest-environment node
/** Referral rules (RULES.md 2; meta.referralNeeded). Fictitious cases. */
import { describe, expect, it } from 'vitest';
import type { PlanKind, PlanType } from '../../../lib/model/case';
import { evaluate } from '../../../lib/rules/evaluate';
import { makeCase } from './helpers';

const KIND: Record<PlanType, PlanKind> = {
  HMO: 'employer-erisa',
  PPO: 'employer-erisa',
  EPO: 'aca-individual',
  POS: 'employer-erisa',
  'HDHP-PPO': 'employer-erisa',
  'Original Medicare': 'medicare-original',
  'MA-HMO': 'medicare-advantage',
  'MA-PPO': 'medicare-advantage',
  'Medicaid MCO': 'medicaid-managed-care',
};

describe('referralNeeded', () => {
  it.each([
    ['HMO', true],
    ['POS', true],
    ['MA-HMO', true],
    ['PPO', false],
    ['EPO', false],
    ['HDHP-PPO', false],
    ['MA-PPO', false],
    ['Original Medicare', false],
    ['Medicaid MCO', 'check-plan'],
  ] as const)('%s default when the SBC answer is unknown: %s', (type, expected) => {
    const a = evaluate(makeCase({ plan: { kind: KIND[type], type, sbcReferralRequired: null } }));
    expect(a.referralNeeded).toBe(expected);
    if (expected === 'check-plan') expect(a.unknownFacts).toContain('plan.sbcReferralRequired');
  });

  it('the plan’s own SBC answer wins over the type default, both ways', () => {
    expect(evaluate(makeCase({ plan: { type: 'HMO', sbcReferralRequired: false } })).referralNeeded).toBe(
      false,
    );
    expect(evaluate(makeCase({ plan: { type: 'PPO', sbcReferralRequired: true } })).referralNeeded).toBe(
      true,
    );
  });

  it('in-network OB/GYN care never needs a referral, even in an HMO', () => {
    const a = evaluate(
      makeCase({
        plan: { type: 'HMO', sbcReferralRequired: true },
        provider: { role: 'obstetrician-gynecologist' },
      }),
    );
    expect(a.referralNeeded).toBe(false);
    expect(a.appeal.nextSteps).not.toContain('OBTAIN_REFERRAL');
    expect(
      evaluate(makeCase({ plan: { type: 'HMO', sbcReferralRequired: true }, provider: { role: 'OB/GYN' } }))
        .referralNeeded,
    ).toBe(false);
  });

  it('the OB/GYN exception is for in-network care only', () => {
    const a = evaluate(
      makeCase({
        plan: { type: 'HMO', sbcReferralRequired: true },
        provider: { networkStatus: 'out-of-network', role: 'gynecologist' },
      }),
    );
    expect(a.referralNeeded).toBe(true);
  });

  it('emergency care never needs a referral', () => {
    const a = evaluate(
      makeCase({
        plan: { type: 'HMO', sbcReferralRequired: true },
        service: { kind: 'emergency', diagnosisCategory: 'emergency' },
      }),
    );
    expect(a.referralNeeded).toBe(false);
  });

  it('POS out of network: self-referral rules vary, check the plan', () => {
    const a = evaluate(
      makeCase({
        plan: { type: 'POS', sbcReferralRequired: true, tier: 'out-of-network' },
        provider: { networkStatus: 'out-of-network' },
      }),
    );
    expect(a.referralNeeded).toBe('check-plan');
    expect(evaluate(makeCase({ plan: { type: 'POS', sbcReferralRequired: true } })).referralNeeded).toBe(
      true,
    );
  });

  it('Original Medicare never needs a referral, whatever the data says', () => {
    expect(
      evaluate(
        makeCase({
          plan: { kind: 'medicare-original', type: 'Original Medicare', sbcReferralRequired: true },
        }),
      ).referralNeeded,
    ).toBe(false);
  });

  it('OBTAIN_REFERRAL only when a referral is needed and not on file', () => {
    const hmo = { plan: { type: 'HMO' as const, sbcReferralRequired: true } };
    expect(evaluate(makeCase(hmo)).appeal.nextSteps).toEqual(['OBTAIN_REFERRAL', 'SEND_RECORDS']);
    expect(evaluate(makeCase({ ...hmo, authorizations: { referralOnFile: true } })).appeal.nextSteps).toEqual(
      ['SEND_RECORDS'],
    );
    expect(evaluate(makeCase(hmo)).documents.secondOpinion).toContain('REFERRAL_FROM_PCP');
  });

  it('without a provider the referral and PA questions are not evaluated (null)', () => {
    const c = makeCase();
    delete c.provider;
    const a = evaluate(c);
    expect(a.referralNeeded).toBeNull();
    expect(a.preAuthNeeded).toBeNull();
  });
});
