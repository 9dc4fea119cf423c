// @vitest-environment node
/** No Surprises Act (RULES.md 5). Fictitious cases. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../lib/rules/evaluate';
import { isAncillaryRole } from '../../../lib/rules/nsa';
import { makeCase } from './helpers';

const oonAtHospital = (role: string, auth: Record<string, unknown> = {}) =>
  makeCase({
    plan: { deductible: { individualMet: 1000 } },
    provider: { networkStatus: 'out-of-network', setting: 'in-network-hospital', role },
    authorizations: auth,
    service: {
      kind: 'surgery',
      diagnosisCategory: 'major-surgery',
      allowedAmount: 1000,
      billedCharge: 3000,
      recognizedAmount: 1200,
    },
  });

describe('ancillary roles can never be waived', () => {
  it.each([
    'anesthesiologist',
    'nurse anesthetist (CRNA)',
    'pathologist',
    'radiologist',
    'neonatologist',
    'assistant surgeon',
    'hospitalist',
    'intensivist',
    'emergency medicine physician',
    'diagnostic laboratory',
  ])('%s with a signed 96-hour consent is still protected', (role) => {
    expect(isAncillaryRole(role)).toBe(true);
    const a = evaluate(oonAtHospital(role, { nsaConsentSigned: true, nsaConsentHoursBeforeService: 96 }));
    expect(a.nsaProtected).toBe(true);
    expect(a.outOfPocket).toMatchObject({ coinsurance: 240, balanceBilling: 0 });
  });

  it.each(['oncologist', 'orthopedic surgeon', 'cardiologist'])('%s is not ancillary', (role) => {
    expect(isAncillaryRole(role)).toBe(false);
  });
});

describe('notice and consent for non-ancillary providers', () => {
  it('valid 72-hour consent: not protected, balance bill possible', () => {
    const a = evaluate(
      oonAtHospital('orthopedic surgeon', { nsaConsentSigned: true, nsaConsentHoursBeforeService: 72 }),
    );
    expect(a.nsaProtected).toBe(false);
  });
  it('consent signed too late: protected', () => {
    expect(
      evaluate(
        oonAtHospital('orthopedic surgeon', { nsaConsentSigned: true, nsaConsentHoursBeforeService: 24 }),
      ).nsaProtected,
    ).toBe(true);
  });
  it('no consent: protected, in-network cost sharing on the recognized amount, no balance bill', () => {
    const a = evaluate(oonAtHospital('orthopedic surgeon', { nsaConsentSigned: false }));
    expect(a.nsaProtected).toBe(true);
    expect(a.outOfPocket).toMatchObject({ coinsurance: 240, balanceBilling: 0, total: 240 });
    expect(a.appeal.nextSteps).toEqual(['NSA_PROTECTED']);
  });
  it('consent signed, timing unknown: still protected and the gap is listed', () => {
    const a = evaluate(oonAtHospital('orthopedic surgeon', { nsaConsentSigned: true }));
    expect(a.nsaProtected).toBe(true);
    expect(a.unknownFacts).toContain('authorizations.nsaConsentHoursBeforeService');
  });
  it('no in-network alternative at the facility: the waiver cannot be used', () => {
    const a = evaluate(
      oonAtHospital('orthopedic surgeon', {
        nsaConsentSigned: true,
        nsaConsentHoursBeforeService: 100,
        inNetworkAlternativeAvailable: false,
      }),
    );
    expect(a.nsaProtected).toBe(true);
  });
});

describe('where the Act applies', () => {
  it('an out-of-network office visit is not protected', () => {
    const a = evaluate(
      makeCase({
        plan: { tier: 'out-of-network' },
        provider: { networkStatus: 'out-of-network', setting: 'office' },
      }),
    );
    expect(a.nsaProtected).toBe(false);
  });
  it('a freestanding imaging center is not an NSA facility', () => {
    expect(
      evaluate(
        makeCase({
          provider: { networkStatus: 'out-of-network', setting: 'imaging-center', role: 'radiology' },
        }),
      ).nsaProtected,
    ).toBe(false);
  });
  it('emergency care is protected at any setting, with no referral or PA', () => {
    const a = evaluate(
      makeCase({
        plan: { type: 'HMO', preAuthRequiredForService: 'required', sbcReferralRequired: true },
        provider: {
          networkStatus: 'out-of-network',
          setting: 'emergency-department',
          role: 'emergency physician',
        },
        service: {
          kind: 'emergency',
          diagnosisCategory: 'emergency',
          allowedAmount: 800,
          billedCharge: 2500,
          recognizedAmount: 900,
        },
      }),
    );
    expect(a).toMatchObject({ nsaProtected: true, referralNeeded: false, preAuthNeeded: false });
    expect(a.outOfPocket).toMatchObject({ deductible: 900, balanceBilling: 0, nonCovered: 0 });
  });
  it('air ambulance is protected', () => {
    expect(
      evaluate(
        makeCase({ provider: { networkStatus: 'out-of-network', setting: 'office', role: 'air ambulance' } }),
      ).nsaProtected,
    ).toBe(true);
  });
  it('does not apply to Medicare Advantage or Medicaid', () => {
    for (const [kind, type] of [
      ['medicare-advantage', 'MA-PPO'],
      ['medicaid-managed-care', 'Medicaid MCO'],
    ] as const) {
      const a = evaluate(oonAtHospital('anesthesiologist'));
      expect(a.nsaProtected).toBe(true);
      const c = oonAtHospital('anesthesiologist');
      c.plan.kind = kind;
      c.plan.type = type;
      expect(evaluate(c).nsaProtected).toBe(false);
    }
  });
  it('in-network providers: the question does not arise (null)', () => {
    expect(evaluate(makeCase()).nsaProtected).toBeNull();
  });
  it('an HMO pays a protected out-of-network anesthesiologist at in-network cost sharing (no network exception needed)', () => {
    const c = oonAtHospital('anesthesiologist');
    c.plan.type = 'HMO';
    const a = evaluate(c);
    expect(a.preAuthNeeded).toBe(false);
    expect(a.outOfPocket).toMatchObject({ coinsurance: 240, nonCovered: 0 });
  });
});
