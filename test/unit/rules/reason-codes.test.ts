// @vitest-environment node
/** CARC/RARC families and group codes (RULES.md 7; meta.claims). Fictitious claims. */
import { describe, expect, it } from 'vitest';
import type { Adjustment, Claim } from '../../../lib/model/case';
import { evaluate } from '../../../lib/rules/evaluate';
import { CARC_TABLE, GROUP_CODES, lookupCarc, readClaim } from '../../../lib/rules/reason-codes';
import { makeCase } from './helpers';

const RULES_MD_CARCS = [
  '1',
  '2',
  '3',
  '4',
  '5',
  '11',
  '15',
  '16',
  '18',
  '22',
  '26',
  '27',
  '29',
  '31',
  '39',
  '45',
  '50',
  '55',
  '61',
  '96',
  '97',
  '109',
  '119',
  '151',
  '167',
  '170',
  '181',
  '182',
  '185',
  '197',
  '198',
  '204',
  '226',
  '227',
  '242',
  '243',
  '252',
  '253',
  '279',
  '284',
  '287',
  '288',
  '296',
];

function claimCase(adjustments: Adjustment[], extra: Partial<Claim> = {}) {
  return makeCase({
    today: '2026-04-01',
    claim: {
      status: 'denied',
      noticeDate: '2026-03-20',
      planKindForDeadlines: 'employer-erisa',
      adjustments,
      rarc: [],
      finalInternalDenial: false,
      ...extra,
    },
  });
}

describe('tables', () => {
  it('covers every CARC in RULES.md section 7', () => {
    for (const code of RULES_MD_CARCS) expect(lookupCarc(code), code).not.toBeNull();
    expect(CARC_TABLE.size).toBe(RULES_MD_CARCS.length);
  });
  it('only PR is billed to the patient', () => {
    expect(
      Object.entries(GROUP_CODES)
        .filter(([, g]) => g.patientBilled)
        .map(([k]) => k),
    ).toEqual(['PR']);
  });
  it('accepts numeric and zero-padded codes', () => {
    expect(lookupCarc(197)?.path).toBe('retro-auth');
    expect(lookupCarc('016')?.path).toBe('corrected-claim');
  });
});

describe('patient amounts come only from PR lines', () => {
  it('PR-1 deductible, PR-2 coinsurance, PR-3 copay, PR-45 balance bill, any other PR not covered; CO/OA/PI never', () => {
    const reading = readClaim({
      status: 'partially-paid',
      adjustments: [
        { group: 'PR', carc: '1', amount: 100 },
        { group: 'PR', carc: '2', amount: 20 },
        { group: 'PR', carc: '3', amount: 30 },
        { group: 'PR', carc: '45', amount: 40 },
        { group: 'PR', carc: '96', amount: 50 },
        { group: 'CO', carc: '45', amount: 500 },
        { group: 'OA', carc: '18', amount: 60 },
        { group: 'PI', carc: '50', amount: 70 },
      ],
    });
    expect(reading.patient).toEqual({
      deductible: 10000,
      coinsurance: 2000,
      copay: 3000,
      balanceBilling: 4000,
      nonCovered: 5000,
    });
  });
  it('the same CARC costs the patient only under PR (PR-50 with an ABN vs CO-50)', () => {
    expect(evaluate(claimCase([{ group: 'PR', carc: '50', amount: 240 }])).outOfPocket?.nonCovered).toBe(240);
    expect(evaluate(claimCase([{ group: 'CO', carc: '50', amount: 240 }])).outOfPocket?.total).toBe(0);
  });
});

describe('each CARC family picks its path', () => {
  const route = (group: Adjustment['group'], carc: string, rarc: string[] = []) =>
    evaluate(claimCase([{ group, carc, amount: 400 }], { rarc })).appeal;

  it('cost sharing only: not appealable, patient responsibility', () => {
    expect(
      evaluate(claimCase([{ group: 'PR', carc: '2', amount: 66 }], { status: 'paid' })).appeal,
    ).toMatchObject({
      status: 'not-appealable',
      nextSteps: ['PATIENT_RESPONSIBILITY'],
    });
  });
  it('contractual write-off alone: the provider may not bill you', () => {
    expect(
      evaluate(claimCase([{ group: 'CO', carc: '45', amount: 150 }], { status: 'paid' })).appeal.nextSteps,
    ).toEqual(['PROVIDER_WRITE_OFF']);
  });
  it('out-of-network PR-45 is a balance bill the patient owes', () => {
    const a = evaluate(claimCase([{ group: 'PR', carc: '45', amount: 200 }], { status: 'paid' }));
    expect(a.outOfPocket?.balanceBilling).toBe(200);
    expect(a.appeal.nextSteps).toEqual(['PATIENT_RESPONSIBILITY']);
  });
  it.each(['4', '5', '11', '15', '16', '167', '181', '182', '226', '252', '284', '296'])(
    'CO-%s: corrected claim, not an appeal',
    (carc) => {
      expect(route('CO', carc)).toEqual({
        status: 'wrong-path',
        possible: false,
        level: 'corrected-claim',
        deadline: null,
        daysLeft: null,
        nextSteps: ['CORRECTED_CLAIM'],
      });
    },
  );
  it('CO-16 with MA130: a new claim, no appeal rights', () => {
    expect(route('CO', '16', ['MA130'])).toMatchObject({
      status: 'not-appealable',
      level: 'new-claim',
      nextSteps: ['NEW_CLAIM'],
    });
  });
  it('duplicate: check the original', () => {
    expect(route('OA', '18')).toMatchObject({
      status: 'not-appealable',
      level: null,
      nextSteps: ['CHECK_ORIGINAL_CLAIM'],
    });
  });
  it('COB and wrong payer', () => {
    expect(route('CO', '22')).toMatchObject({
      status: 'wrong-path',
      level: 'coordination-of-benefits',
      nextSteps: ['VERIFY_ELIGIBILITY_COB', 'BILL_CORRECT_PAYER'],
    });
    expect(route('CO', '109')).toMatchObject({ status: 'wrong-path', nextSteps: ['BILL_CORRECT_PAYER'] });
    expect(route('PR', '227')).toMatchObject({ status: 'wrong-path', nextSteps: ['VERIFY_ELIGIBILITY_COB'] });
  });
  it.each(['26', '27'])('CO-%s eligibility dates: verify coverage', (carc) => {
    expect(route('CO', carc)).toMatchObject({
      status: 'wrong-path',
      level: 'coordination-of-benefits',
      nextSteps: ['VERIFY_ELIGIBILITY_COB'],
    });
  });
  it('CO-31 member not identified: verify and correct', () => {
    expect(route('CO', '31')).toMatchObject({
      status: 'wrong-path',
      level: 'corrected-claim',
      nextSteps: ['CORRECTED_CLAIM', 'VERIFY_ELIGIBILITY_COB'],
    });
  });
  it('CO-29 timely filing: the provider’s matter', () => {
    expect(route('CO', '29')).toMatchObject({
      status: 'provider-only',
      level: 'provider-reconsideration',
      nextSteps: ['PROVIDER_WRITE_OFF', 'PROOF_OF_TIMELY_FILING'],
    });
  });
  it.each(['97', '170', '185'])('CO-%s: provider-only', (carc) => {
    expect(route('CO', carc)).toMatchObject({ status: 'provider-only', nextSteps: ['PROVIDER_WRITE_OFF'] });
  });
  it('CO-253 sequestration: nothing to appeal', () => {
    expect(route('CO', '253')).toMatchObject({ status: 'not-appealable', nextSteps: ['PROVIDER_WRITE_OFF'] });
  });
  it.each(['39', '50', '55', '151'])(
    'CO-%s clinical: peer-to-peer, appeal with LMN, external review',
    (carc) => {
      expect(route('CO', carc)).toMatchObject({
        status: 'open',
        level: 'internal-appeal',
        deadline: '2026-09-16',
        daysLeft: 168,
        nextSteps: ['REQUEST_DENIAL_LETTER', 'PEER_TO_PEER', 'INTERNAL_APPEAL_WITH_LMN', 'EXTERNAL_REVIEW'],
      });
    },
  );
  it.each(['197', '198'])('CO-%s authorization: retro-auth, then appeal with LMN', (carc) => {
    expect(route('CO', carc).nextSteps).toEqual([
      'REQUEST_DENIAL_LETTER',
      'RETRO_AUTH',
      'INTERNAL_APPEAL_WITH_LMN',
      'EXTERNAL_REVIEW',
    ]);
  });
  it.each(['243', '287', '288'])('CO-%s referral: retro-referral, administrative appeal', (carc) => {
    expect(route('CO', carc).nextSteps).toEqual([
      'RETRO_REFERRAL',
      'REQUEST_DENIAL_LETTER',
      'INTERNAL_APPEAL',
    ]);
  });
  it.each(['242', '279'])('PR-%s network: network-exception appeal', (carc) => {
    const a = evaluate(claimCase([{ group: 'PR', carc, amount: 400 }]));
    expect(a.appeal.nextSteps).toEqual([
      'REQUEST_NETWORK_EXCEPTION',
      'REQUEST_DENIAL_LETTER',
      'INTERNAL_APPEAL',
    ]);
    expect(a.outOfPocket?.nonCovered).toBe(400);
  });
  it('PR-61 second-opinion penalty: show the opinion was obtained, appeal', () => {
    const a = evaluate(claimCase([{ group: 'PR', carc: '61', amount: 300 }]));
    expect(a.appeal.nextSteps).toEqual(['REQUEST_DENIAL_LETTER', 'INTERNAL_APPEAL']);
    expect(a.documents.appeal).toEqual(
      expect.arrayContaining(['SECOND_OPINION_REPORT', 'PROOF_OF_EMERGENCY_OR_EXEMPTION']),
    );
  });
  it.each(['96', '119', '204'])('PR-%s exclusion/limit: appeal only if misapplied', (carc) => {
    const a = evaluate(claimCase([{ group: 'PR', carc, amount: 400 }]));
    expect(a.appeal).toMatchObject({
      status: 'open',
      nextSteps: ['REQUEST_DENIAL_LETTER', 'INTERNAL_APPEAL'],
    });
    expect(a.outOfPocket?.nonCovered).toBe(400);
  });
  it('an unknown CARC still leaves the appeal open on administrative grounds', () => {
    expect(route('CO', 'B7')).toMatchObject({
      status: 'open',
      nextSteps: ['REQUEST_DENIAL_LETTER', 'INTERNAL_APPEAL'],
    });
  });
  it('a fix-and-resubmit code wins over an appealable one on the same claim', () => {
    const a = evaluate(
      claimCase(
        [
          { group: 'CO', carc: '50', amount: 400 },
          { group: 'CO', carc: '16', amount: 10 },
        ],
        { rarc: ['M62'] },
      ),
    );
    expect(a.appeal.status).toBe('wrong-path');
  });
  it('a denial without lines is routed by its stated reason', () => {
    const a = evaluate(claimCase([], { denialReason: 'no referral on file' }));
    expect(a.appeal.nextSteps).toEqual(['RETRO_REFERRAL', 'REQUEST_DENIAL_LETTER', 'INTERNAL_APPEAL']);
    expect(a.outOfPocket).toBeNull();
  });
});
