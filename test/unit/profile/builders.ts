/**
 * Builders for fictitious snapshots, profiles and assessments used by the profile, letters, export and present
 * tests. Every person, plan and provider here is made up.
 */
import type { Assessment } from '../../../lib/model/assessment';
import type { MemberProfile } from '../../../lib/model/profile';
import {
  emptyClaim,
  emptyClaimLine,
  emptySnapshot,
  emptyTier,
  type Claim,
  type ClaimLine,
  type PageSnapshot,
} from '../../../lib/model/snapshot';
import { applyOverride, mergeSnapshot } from '../../../lib/profile/merge';

export const NOW = new Date('2026-03-01T10:00:00.000Z');
export const TODAY = '2026-03-01';

export function benefitsSnapshot(overrides: Partial<PageSnapshot> = {}): PageSnapshot {
  const snapshot = emptySnapshot('https://member.example-health.test/benefits', 'test-portal');
  const inNetwork = emptyTier();
  inNetwork.deductible.individual = { amount: 1500, met: 200 };
  inNetwork.outOfPocket.individual = { amount: 6000, met: 400 };
  inNetwork.coinsurance = 0.2;
  inNetwork.copays.specialist = 50;
  const outOfNetwork = emptyTier();
  outOfNetwork.deductible.individual = { amount: 3000, met: 0 };
  outOfNetwork.outOfPocket.individual = { amount: 12000, met: 0 };
  outOfNetwork.coinsurance = 0.4;
  return {
    ...snapshot,
    member: { name: 'Pat Example', id: 'TST-000111' },
    plan: { ...snapshot.plan, name: 'Example Gold HMO', type: 'HMO', inNetwork, outOfNetwork },
    sources: {
      'plan.type': { label: 'Plan type', text: 'Plan type: HMO' },
      'plan.inNetwork.deductible.individual.amount': {
        label: 'Deductible',
        text: 'Deductible: $200 of $1,500',
      },
      'plan.inNetwork.deductible.individual.met': { label: 'Deductible', text: 'Deductible: $200 of $1,500' },
    },
    ...overrides,
  };
}

export function line(overrides: Partial<ClaimLine> = {}): ClaimLine {
  return { ...emptyClaimLine(), ...overrides };
}

export function claim(id: string, overrides: Partial<Claim> = {}): Claim {
  return { ...emptyClaim(id), type: 'Medical', ...overrides };
}

/** A denied in-network MRI claim: missing prior authorization (CO-197), plan discount CO-45. */
export function deniedClaim(overrides: Partial<Claim> = {}): Claim {
  return claim('CLM-2026-0001', {
    dateOfService: '2026-01-20',
    provider: 'Sample Imaging Center',
    network: 'in-network',
    billed: 2400,
    planDiscount: 0,
    planPaid: 0,
    patientOwes: 0,
    status: 'Denied',
    statusNormalized: 'denied',
    statusDate: '2026-02-01',
    denialDate: '2026-02-01',
    carcCodes: ['CO-197'],
    denialReason: 'Prior authorization was not obtained.',
    lines: [
      line({
        procedureCode: '70553',
        description: 'MRI brain with and without contrast',
        billed: 2400,
        notCovered: 2400,
        patientOwes: 0,
        carcCodes: ['CO-197'],
      }),
    ],
    ...overrides,
  });
}

/** A paid office visit: CO-45 discount, PR-1 deductible and PR-2 coinsurance. */
export function paidClaim(overrides: Partial<Claim> = {}): Claim {
  return claim('CLM-2026-0002', {
    dateOfService: '2026-02-10',
    provider: 'Dr. Robin Placeholder',
    network: 'in-network',
    billed: 436,
    planDiscount: 220,
    allowed: 216,
    planPaid: 0,
    patientOwes: 216,
    status: 'Processed',
    statusNormalized: 'processed',
    statusDate: '2026-02-20',
    carcCodes: ['CO-45', 'PR-1', 'PR-2'],
    lines: [
      line({
        procedureCode: '31231',
        description: 'Nasal endoscopy',
        billed: 436,
        planDiscount: 220,
        deductible: 150,
        coinsurance: 66,
        patientOwes: 216,
        carcCodes: ['CO-45', 'PR-1', 'PR-2'],
      }),
    ],
    ...overrides,
  });
}

export function profileFrom(
  snapshot: PageSnapshot,
  overrides: Record<string, string | number | boolean> = {},
) {
  let profile: MemberProfile = mergeSnapshot(null, snapshot, NOW);
  for (const [path, value] of Object.entries(overrides)) profile = applyOverride(profile, path, value, NOW);
  return profile;
}

/** A minimal valid Assessment; tests override what they need. */
export function assessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    referralNeeded: null,
    preAuthNeeded: null,
    nsaProtected: null,
    preAuthDecisionDueBy: null,
    appeal: {
      status: 'no-denial',
      possible: false,
      level: null,
      deadline: null,
      daysLeft: null,
      nextSteps: [],
    },
    outOfPocket: null,
    coverage: { status: 'likely-covered', necessityClass: 'unknown', messageKey: 'coverage.test' },
    documents: { priorAuth: [], appeal: [], secondOpinion: [] },
    actionsNeeded: 0,
    unknownFacts: [],
    figures: [],
    trace: [],
    ...overrides,
  };
}

export function openAppeal(
  deadline: string,
  daysLeft: number,
  overrides: Partial<Assessment['appeal']> = {},
) {
  return assessment({
    appeal: {
      status: 'open',
      possible: true,
      level: 'internal-appeal',
      deadline,
      daysLeft,
      nextSteps: ['REQUEST_DENIAL_LETTER', 'RETRO_AUTH', 'INTERNAL_APPEAL_WITH_LMN', 'EXTERNAL_REVIEW'],
      ...overrides,
    },
  });
}
