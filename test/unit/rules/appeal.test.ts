// @vitest-environment node
/** Appeal windows and steps by plan kind (RULES.md 6). Fictitious cases. */
import { describe, expect, it } from 'vitest';
import type { Claim, PlanKind, PlanType } from '../../../lib/model/case';
import { evaluate } from '../../../lib/rules/evaluate';
import { orderSteps } from '../../../lib/rules/appeal';
import { findTrace, makeCase } from './helpers';

const TYPE: Record<PlanKind, PlanType> = {
  'employer-erisa': 'PPO',
  'aca-individual': 'PPO',
  'medicare-original': 'Original Medicare',
  'medicare-advantage': 'MA-PPO',
  'medicaid-managed-care': 'Medicaid MCO',
};

function denial(kind: PlanKind, today: string, claim: Partial<Claim>) {
  return evaluate(
    makeCase({
      today,
      plan: { kind, type: TYPE[kind] },
      claim: {
        status: 'denied',
        planKindForDeadlines: kind,
        adjustments: [{ group: 'CO', carc: '50', amount: 900 }],
        rarc: [],
        finalInternalDenial: false,
        ...claim,
      },
    }),
  ).appeal;
}

describe('filing windows', () => {
  it('ERISA/ACA internal appeal: 180 days from the notice', () => {
    expect(denial('aca-individual', '2025-04-01', { noticeDate: '2025-03-15' })).toMatchObject({
      level: 'internal-appeal',
      deadline: '2025-09-11',
      daysLeft: 163,
    });
  });

  it('external review after a final internal denial: 4 months, fifth-month rule', () => {
    expect(
      denial('employer-erisa', '2024-11-15', { noticeDate: '2024-10-30', finalInternalDenial: true }),
    ).toMatchObject({
      status: 'open',
      level: 'external-review',
      deadline: '2025-03-01',
      nextSteps: ['EXTERNAL_REVIEW'],
    });
    expect(
      denial('employer-erisa', '2023-11-15', { noticeDate: '2023-10-29', finalInternalDenial: true })
        .deadline,
    ).toBe('2024-02-29');
  });

  it('a final denial on administrative grounds is not eligible for federal external review', () => {
    expect(
      denial('employer-erisa', '2025-04-01', {
        noticeDate: '2025-03-15',
        finalInternalDenial: true,
        adjustments: [{ group: 'CO', carc: '288', amount: 200 }],
      }),
    ).toMatchObject({ status: 'not-appealable', nextSteps: ['CONSUMER_ASSISTANCE'] });
  });

  it('Medicare Advantage: 65 days for notices from 2025, 60 before', () => {
    const a = denial('medicare-advantage', '2025-02-01', { noticeDate: '2025-01-10' });
    expect(a).toMatchObject({
      level: 'ma-reconsideration',
      deadline: '2025-03-16',
      nextSteps: ['REQUEST_DENIAL_LETTER', 'MA_RECONSIDERATION', 'IRE_AUTO_REVIEW'],
    });
    expect(denial('medicare-advantage', '2024-12-25', { noticeDate: '2024-12-20' }).deadline).toBe(
      '2025-02-18',
    );
  });

  it('Medicare Advantage upheld reconsideration: the IRE review is automatic (no filing deadline)', () => {
    expect(
      denial('medicare-advantage', '2025-02-01', { noticeDate: '2025-01-10', finalInternalDenial: true }),
    ).toMatchObject({
      status: 'open',
      deadline: null,
      nextSteps: ['IRE_AUTO_REVIEW'],
    });
  });

  it('Original Medicare: 120 days from presumed receipt (notice + 5); QIC 180 days', () => {
    expect(denial('medicare-original', '2025-03-01', { noticeDate: '2025-02-03' })).toMatchObject({
      level: 'medicare-redetermination',
      deadline: '2025-06-08',
      daysLeft: 99,
      nextSteps: ['REQUEST_DENIAL_LETTER', 'MEDICARE_REDETERMINATION'],
    });
    expect(
      denial('medicare-original', '2025-03-01', { noticeDate: '2025-02-03', finalInternalDenial: true })
        .deadline,
    ).toBe('2025-08-07');
  });

  it('a known receipt date replaces the presumed one', () => {
    expect(
      denial('medicare-original', '2025-03-01', {
        noticeDate: '2025-02-03',
        noticeReceivedDate: '2025-02-20',
      }).deadline,
    ).toBe('2025-06-20');
  });

  it('Medicaid managed care: plan appeal 60 days (leap year), then state fair hearing 120 days', () => {
    expect(denial('medicaid-managed-care', '2024-01-10', { noticeDate: '2023-12-31' })).toMatchObject({
      level: 'plan-appeal',
      deadline: '2024-02-29',
      nextSteps: ['REQUEST_DENIAL_LETTER', 'PEER_TO_PEER', 'INTERNAL_APPEAL_WITH_LMN', 'STATE_FAIR_HEARING'],
    });
    expect(
      denial('medicaid-managed-care', '2024-01-10', { noticeDate: '2024-01-05', finalInternalDenial: true }),
    ).toMatchObject({
      deadline: '2024-05-04',
      nextSteps: ['STATE_FAIR_HEARING'],
    });
  });

  it('planKindForDeadlines decides the window', () => {
    const a = evaluate(
      makeCase({
        today: '2025-02-01',
        claim: {
          status: 'denied',
          noticeDate: '2025-01-10',
          planKindForDeadlines: 'medicare-advantage',
          adjustments: [{ group: 'CO', carc: '50', amount: 1 }],
        },
      }),
    );
    expect(a.appeal.level).toBe('ma-reconsideration');
  });

  it('a deadline printed on the notice wins', () => {
    const a = denial('employer-erisa', '2025-04-01', { noticeDate: '2025-03-15', appealBy: '2025-06-30' });
    expect(a).toMatchObject({ deadline: '2025-06-30', daysLeft: 90 });
  });
});

describe('daysLeft and expiry', () => {
  it('0 on the last day is still open', () => {
    expect(denial('employer-erisa', '2025-09-11', { noticeDate: '2025-03-15' })).toMatchObject({
      status: 'open',
      daysLeft: 0,
      possible: true,
    });
  });
  it('after the deadline: expired, with late-review and consumer-assistance steps', () => {
    expect(denial('employer-erisa', '2025-09-14', { noticeDate: '2025-03-15' })).toEqual({
      status: 'expired',
      possible: false,
      level: 'internal-appeal',
      deadline: '2025-09-11',
      daysLeft: -3,
      nextSteps: ['REQUEST_LATE_REVIEW_GOOD_CAUSE', 'CONSUMER_ASSISTANCE'],
    });
  });
  it('an expired PA denial also suggests a new PA request with new evidence', () => {
    const a = denial('aca-individual', '2026-04-01', {
      status: 'pa-denied',
      adjustments: [],
      noticeDate: '2025-10-31',
      finalInternalDenial: true,
      denialReason: 'medical-necessity',
    });
    expect(a).toMatchObject({ status: 'expired', deadline: '2026-03-01', daysLeft: -31 });
    expect(a.nextSteps).toEqual([
      'REQUEST_LATE_REVIEW_GOOD_CAUSE',
      'CONSUMER_ASSISTANCE',
      'NEW_PA_REQUEST_IF_NEW_EVIDENCE',
    ]);
  });
  it('a missing notice date leaves the deadline unknown (and says so)', () => {
    const a = evaluate(
      makeCase({ claim: { status: 'denied', adjustments: [{ group: 'CO', carc: '50', amount: 1 }] } }),
    );
    expect(a.appeal).toMatchObject({ status: 'open', deadline: null, daysLeft: null });
    expect(a.unknownFacts).toContain('claim.noticeDate');
  });
  it('a PA denied with no notice on file is still appealable', () => {
    const a = evaluate(
      makeCase({
        plan: { preAuthRequiredForService: 'required' },
        authorizations: { preAuthStatus: 'denied' },
        service: { kind: 'surgery' },
      }),
    );
    expect(a.appeal).toMatchObject({ status: 'open', level: 'internal-appeal', deadline: null });
    expect(a.unknownFacts).toContain('claim.noticeDate');
  });
});

describe('steps and extras', () => {
  it('orders steps canonically and removes duplicates', () => {
    expect(
      orderSteps(['EXTERNAL_REVIEW', 'REQUEST_DENIAL_LETTER', 'EXTERNAL_REVIEW', 'PEER_TO_PEER']),
    ).toEqual(['REQUEST_DENIAL_LETTER', 'PEER_TO_PEER', 'EXTERNAL_REVIEW']);
  });
  it('an NSA-protected service billed PR-45 is contested', () => {
    const a = evaluate(
      makeCase({
        today: '2026-10-10',
        provider: {
          networkStatus: 'out-of-network',
          setting: 'in-network-hospital',
          role: 'anesthesiologist',
        },
        service: { kind: 'surgery', recognizedAmount: 1200, allowedAmount: 1200, billedCharge: 3000 },
        claim: {
          status: 'paid',
          noticeDate: '2026-10-01',
          adjustments: [
            { group: 'PR', carc: '2', amount: 240 },
            { group: 'PR', carc: '45', amount: 1800 },
          ],
        },
      }),
    );
    expect(a.appeal.status).toBe('open');
    expect(a.appeal.nextSteps).toContain('NSA_PROTECTED');
    expect(findTrace(a, 'appeal.nsa-balance-bill-dispute')).toBeDefined();
  });
  it('appeal documents include the LMN set for clinical denials and the ABN when signed', () => {
    const a = evaluate(
      makeCase({
        authorizations: { abnSigned: true },
        claim: {
          status: 'denied',
          noticeDate: '2026-03-01',
          adjustments: [{ group: 'PR', carc: '50', amount: 100 }],
        },
      }),
    );
    expect(a.documents.appeal).toEqual(
      expect.arrayContaining(['WRITTEN_DENIAL', 'LETTER_OF_MEDICAL_NECESSITY', 'ABN_COPY']),
    );
  });
  it('actionsNeeded counts only steps the user must take', () => {
    const a = denial('medicare-advantage', '2025-02-01', { noticeDate: '2025-01-10' });
    expect(a.nextSteps).toHaveLength(3);
    const full = evaluate(
      makeCase({
        today: '2025-02-01',
        plan: { kind: 'medicare-advantage', type: 'MA-PPO' },
        claim: {
          status: 'denied',
          noticeDate: '2025-01-10',
          adjustments: [{ group: 'CO', carc: '50', amount: 1 }],
        },
      }),
    );
    expect(full.actionsNeeded).toBe(2); // IRE_AUTO_REVIEW is informational
  });
});
