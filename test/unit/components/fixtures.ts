/**
 * Test data for the popup and its components. FICTITIOUS: the member, plan, provider and claims are invented for
 * these tests; the assessments come from the real rules engine so traces and reasons have their real shape.
 */
import type { Case } from '@/lib/model/case';
import { PopupStateSchema, type PopupState } from '@/lib/model/messages';
import type { Fact, MemberProfile } from '@/lib/model/profile';
import { defaultSettings } from '@/lib/model/profile';
import { emptyClaim, emptySnapshot, type PageSnapshot } from '@/lib/model/snapshot';
import { evaluate } from '@/lib/rules/evaluate';
import { claimFactPath } from '@/lib/profile/fields';

export const TODAY = '2026-02-10';
const OBSERVED = '2026-02-10T09:00:00.000Z';
const PAGE_URL = 'https://member.acme-health.example/benefits';

export function pageFact(path: string, value: string | number | boolean, label: string, text: string): Fact {
  return { path, value, origin: 'page', observedAt: OBSERVED, source: { label, text, url: PAGE_URL } };
}

export function userFact(path: string, value: string | number | boolean): Fact {
  return { path, value, origin: 'user', observedAt: OBSERVED, source: null };
}

/** A fictitious HMO member planning an in-network second opinion; no referral on file. */
export function pageCase(overrides: Partial<Case['plan']> = {}): Case {
  return {
    today: TODAY,
    plan: {
      kind: 'employer-erisa',
      type: 'HMO',
      sbcReferralRequired: true,
      preAuthRequiredForService: 'not-required',
      deductible: { individual: 1500, individualMet: 200, family: null, familyMet: null, familyType: null },
      oopMax: { individual: 6000, individualMet: 400, family: null, familyMet: null },
      copay: 50,
      copayAppliesBeforeDeductible: true,
      copayLesserOfAllowed: false,
      coinsurance: 0.2,
      ...overrides,
    },
    provider: { networkStatus: 'in-network', setting: 'office', role: 'oncologist' },
    authorizations: { referralOnFile: false, preAuthStatus: 'none' },
    service: {
      kind: 'second-opinion-consult',
      diagnosisCategory: 'cancer',
      allowedAmount: 320,
      billedCharge: 510,
    },
    claim: null,
  };
}

/** A denied claim of the same fictitious member (ERISA: 180 days to appeal from the notice). */
export function deniedClaimCase(noticeDate: string): Case {
  return {
    ...pageCase(),
    plan: { ...pageCase().plan, type: 'PPO', sbcReferralRequired: false },
    claim: {
      status: 'denied',
      noticeDate,
      planKindForDeadlines: 'employer-erisa',
      adjustments: [{ group: 'CO', carc: '50', amount: 320 }],
      rarc: [],
      finalInternalDenial: false,
    },
  };
}

export function snapshotWithClaims(): PageSnapshot {
  const snapshot = emptySnapshot(PAGE_URL, 'acme-member');
  snapshot.member = { name: 'Test Member (fictitious)', id: 'W000TEST' };
  snapshot.plan.type = 'HMO';
  snapshot.plan.inNetwork.deductible.individual = { amount: 1500, met: 200 };
  snapshot.sources['plan.inNetwork.deductible.individual.amount'] = {
    label: 'Deductible',
    text: 'Deductible $200.00 of $1,500.00',
  };
  const first = emptyClaim('CLM-1001');
  first.dateOfService = '2026-01-05';
  first.provider = 'Dr. Test Oncology (fictitious)';
  first.status = 'Denied';
  first.statusNormalized = 'denied';
  first.denialDate = '2026-01-20';
  first.patientOwes = 0;
  const second = emptyClaim('CLM-1002');
  second.dateOfService = '2026-01-12';
  second.provider = 'Test Imaging Center (fictitious)';
  second.status = 'Denied';
  second.statusNormalized = 'denied';
  second.denialDate = '2025-12-01';
  second.patientOwes = 45.5;
  snapshot.claims = [first, second];
  snapshot.sources['claims[0].status'] = { label: 'Status', text: 'Status: Denied' };
  return snapshot;
}

export function profile(facts: Fact[] = []): MemberProfile {
  return {
    key: 'member:W000TEST',
    member: { name: 'Test Member (fictitious)', id: 'W000TEST' },
    planName: null,
    facts: Object.fromEntries(facts.map((fact) => [fact.path, fact])),
    pageFacts: {},
    updatedAt: OBSERVED,
    schemaVersion: 2,
  };
}

const DEDUCTIBLE_FACT = pageFact(
  'plan.deductible.individual',
  1500,
  'Deductible',
  'Deductible $200.00 of $1,500.00',
);

/** A popup state with the page answer and two denied claims; validated with the real schema. */
export function popupState(
  options: { missing?: string[]; pageCaseValue?: Case; extraFacts?: Fact[] } = {},
): PopupState {
  const snapshot = snapshotWithClaims();
  const pageCaseValue = options.pageCaseValue ?? pageCase();
  const claimCases = [deniedClaimCase('2026-01-20'), deniedClaimCase('2025-12-01')];
  const state = {
    tabId: 7,
    url: snapshot.url,
    portal: snapshot.portal,
    snapshot,
    page: {
      case: pageCaseValue,
      assessment: evaluate(pageCaseValue),
      missing: options.missing ?? [],
      derived: [],
      facts: { 'plan.deductible.individual': DEDUCTIBLE_FACT },
      note: null,
    },
    claims: snapshot.claims.map((claim, index) => ({
      claimId: claim.id,
      index,
      claim,
      case: claimCases[index]!,
      assessment: evaluate(claimCases[index]!),
      missing: [claimFactPath(claim.id, 'service.kind')].slice(0, index === 0 ? 0 : 1),
      derived: [],
      facts: {},
      note: null,
    })),
    authorizations: [],
    profile: profile([DEDUCTIBLE_FACT, ...(options.extraFacts ?? [])]),
    settings: defaultSettings(),
    asOf: TODAY,
    notices: [],
    canary: null,
    updatedAt: OBSERVED,
  };
  return PopupStateSchema.parse(state);
}

/** The state of a tab that holds no portal page. */
export function emptyPopupState(): PopupState {
  return PopupStateSchema.parse({
    tabId: 9,
    url: null,
    portal: null,
    snapshot: null,
    page: null,
    claims: [],
    authorizations: [],
    profile: null,
    settings: defaultSettings(),
    asOf: TODAY,
    notices: [],
    canary: null,
    updatedAt: null,
  });
}
