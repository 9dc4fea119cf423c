import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment, NextStepCode } from '../../../lib/model/assessment';
import { loadCatalogs } from '../../../lib/i18n/load';
import { claimBadge, daysUntil } from '../../../lib/present/badge';
import { assessment, deniedClaim, openAppeal, paidClaim } from '../profile/builders';

// The badge registers its English strings itself; Spanish is loaded on demand (the background registers it statically).
beforeAll(() => loadCatalogs('es', ['badge']));

const TODAY = '2025-04-01';
const noDenial = (nextSteps: NextStepCode[] = []): Assessment['appeal'] => ({
  status: 'no-denial',
  possible: false,
  level: null,
  deadline: null,
  daysLeft: null,
  nextSteps,
});

describe('claimBadge', () => {
  it('shows an open appeal with its date and the days left', () => {
    const badge = claimBadge(openAppeal('2025-09-11', 163), deniedClaim(), 'en', TODAY);
    expect(badge).toEqual({
      tone: 'action',
      text: 'Appeal by Sep 11 · 163 days',
      ariaLabel: 'Coverage Lens: you can appeal this claim until September 11, 2025, 163 days left.',
    });
    expect(claimBadge(openAppeal('2025-09-11', 163), deniedClaim(), 'es', TODAY).text).toBe(
      'Apelar antes del 11 sept · 163 días',
    );
  });

  it('uses the singular for one day, says "today" on the last day, and "passed" after it', () => {
    expect(claimBadge(openAppeal('2025-04-02', 1), deniedClaim(), 'en', TODAY).text).toBe(
      'Appeal by Apr 2 · 1 day',
    );
    expect(claimBadge(openAppeal('2025-04-01', 0), deniedClaim(), 'en', TODAY).text).toBe(
      'Appeal by today (Apr 1)',
    );
    const expired = assessment({
      appeal: { ...openAppeal('2025-03-01', -31).appeal, status: 'expired', possible: false },
    });
    const badge = claimBadge(expired, deniedClaim(), 'en', TODAY);
    expect(badge.tone).toBe('warn');
    expect(badge.text).toBe('Appeal deadline passed (Mar 1)');
  });

  it('names an external review deadline as an independent review', () => {
    const a = openAppeal('2025-06-01', 61, { level: 'external-review', nextSteps: ['EXTERNAL_REVIEW'] });
    expect(claimBadge(a, deniedClaim(), 'en', TODAY).text).toBe('Independent review by Jun 1 · 61 days');
  });

  it('says when the provider, not the patient, must act', () => {
    const wrong = (level: 'corrected-claim' | 'new-claim' | 'coordination-of-benefits') =>
      assessment({
        appeal: {
          status: 'wrong-path',
          possible: false,
          level,
          deadline: null,
          daysLeft: null,
          nextSteps: [],
        },
      });
    expect(claimBadge(wrong('corrected-claim'), deniedClaim(), 'en', TODAY).text).toMatch(/corrected claim/);
    expect(claimBadge(wrong('new-claim'), deniedClaim(), 'en', TODAY).text).toMatch(/new claim/);
    expect(claimBadge(wrong('coordination-of-benefits'), deniedClaim(), 'en', TODAY).text).toMatch(
      /coordination/,
    );
    const providerOnly = assessment({ appeal: { ...noDenial(), status: 'provider-only' } });
    expect(claimBadge(providerOnly, deniedClaim(), 'en', TODAY).tone).toBe('ok');
  });

  it('compares what the page says you owe with the plan math', () => {
    const priced = (total: number) =>
      assessment({
        appeal: { ...noDenial(['PATIENT_RESPONSIBILITY']), status: 'not-appealable' },
        outOfPocket: { deductible: 0, copay: total, coinsurance: 0, balanceBilling: 0, nonCovered: 0, total },
      });
    const claim = paidClaim({ patientOwes: 29.72 });
    expect(claimBadge(priced(29.72), claim, 'en', TODAY)).toMatchObject({
      tone: 'ok',
      text: 'You owe $29.72 — matches plan',
    });
    const differs = claimBadge(priced(20), claim, 'en', TODAY);
    expect(differs.tone).toBe('warn');
    expect(differs.text).toBe('Check this bill: $29.72 shown, plan gives $20.00');
    // Incomplete adjustments: show the amount without judging it.
    expect(claimBadge(priced(20), claim, 'en', TODAY, ['claims[X].claim.adjustments'])).toMatchObject({
      tone: 'unknown',
      text: 'You owe $29.72',
    });
  });

  it('warns about approvals and balance bills when nothing is owed yet', () => {
    const claim = paidClaim({ patientOwes: null });
    const pa = assessment({ preAuthNeeded: true, appeal: noDenial(['REQUEST_PRIOR_AUTH']) });
    expect(claimBadge(pa, claim, 'en', TODAY)).toMatchObject({ tone: 'action', text: 'Pre-auth needed' });
    const oon = assessment({ appeal: noDenial(['EXPECT_BALANCE_BILL']) });
    expect(claimBadge(oon, claim, 'en', TODAY)).toMatchObject({
      tone: 'warn',
      text: 'Out-of-network: may be balance-billed',
    });
    expect(claimBadge(assessment(), claim, 'en', TODAY).text).toBe('No action needed');
  });

  it('says what is missing when the claim could not be evaluated', () => {
    const claim = paidClaim();
    expect(claimBadge(null, claim, 'en', TODAY, ['plan.kind', 'claims[A].service.kind'])).toMatchObject({
      tone: 'unknown',
      text: 'Unknown: plan kind needed',
    });
    expect(claimBadge(null, claim, 'en', TODAY, ['plan.type', 'plan.kind']).text).toBe(
      'Unknown: plan type needed',
    );
    expect(claimBadge(null, claim, 'es', TODAY, ['claims[A].service.kind']).text).toBe(
      'Falta dato: tipo de servicio',
    );
    expect(claimBadge(null, claim, 'en', TODAY, []).text).toBe('Unknown: a fact needed');
    expect(claimBadge(null, claim, 'en', TODAY, [], 'pending').text).toBe('Pending: nothing to do yet');
    expect(claimBadge(null, claim, 'en', TODAY, [], 'not-medical').tone).toBe('unknown');
  });

  it('shows an appeal date printed on the page even without an assessment', () => {
    const claim = deniedClaim({ appealBy: '2025-05-01' });
    expect(claimBadge(null, claim, 'en', TODAY, ['plan.kind'])).toMatchObject({
      tone: 'action',
      text: 'Appeal by May 1 · 30 days',
    });
  });

  it('never leaks placeholders or "undefined" into text or aria labels', () => {
    const cases = [
      claimBadge(openAppeal('2025-09-11', 163), deniedClaim(), 'es', TODAY),
      claimBadge(null, paidClaim(), 'es', TODAY, ['plan.kind']),
      claimBadge(assessment(), paidClaim({ patientOwes: 3 }), 'es', TODAY),
    ];
    for (const badge of cases) {
      expect(`${badge.text} ${badge.ariaLabel}`).not.toMatch(/undefined|null|NaN|\{\w+\}/);
      expect(badge.text.length).toBeLessThanOrEqual(200);
    }
  });
});

describe('daysUntil', () => {
  it('counts calendar days and handles leap years', () => {
    expect(daysUntil('2024-03-01', '2024-02-28')).toBe(2);
    expect(daysUntil('2025-03-01', '2025-02-28')).toBe(1);
    expect(daysUntil('2025-01-01', '2025-01-02')).toBe(-1);
    expect(daysUntil('nope', '2025-01-02')).toBeNull();
  });
});
