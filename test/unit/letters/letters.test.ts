import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, t } from '../../../lib/i18n/core';
import { loadCatalogs } from '../../../lib/i18n/load';
import {
  LETTER_KINDS,
  checklistText,
  fillLetter,
  isLetterKind,
  letterTitle,
  nextStepChecklist,
  nextStepsChecklist,
  preAuthChecklist,
  suggestedLetters,
  type LetterContext,
} from '../../../lib/letters';
import { NEXT_STEP_CODES } from '../../../lib/model/assessment';
import { emptyAuthorization, emptySnapshot } from '../../../lib/model/snapshot';
import { applyOverride } from '../../../lib/profile/merge';
import {
  NOW,
  TODAY,
  assessment,
  benefitsSnapshot,
  deniedClaim,
  openAppeal,
  profileFrom,
} from '../profile/builders';

// English letter strings come with lib/letters; Spanish ones are loaded on demand, as the letters view does.
beforeAll(() => loadCatalogs('es', ['letters', 'present']));

const BLANK = /\[__________ \([^)]+\)\]/;
const FORBIDDEN = /undefined|null|NaN|\{[a-zA-Z]+\}|\[object /;

function richContext(locale: 'en' | 'es'): LetterContext {
  const snapshot = benefitsSnapshot({ claims: [deniedClaim({ appealBy: null })] });
  return {
    profile: profileFrom(snapshot, { 'plan.kind': 'employer-erisa' }),
    snapshot,
    claim: snapshot.claims[0],
    assessment: openAppeal('2026-07-31', 152),
    today: TODAY,
    locale,
  };
}

function emptyContext(locale: 'en' | 'es'): LetterContext {
  return { profile: null, snapshot: emptySnapshot('https://example.test/'), today: TODAY, locale };
}

describe.each(LOCALES)('every letter in %s', (locale) => {
  it.each(LETTER_KINDS)('%s: filled from the facts, unknown facts left as visible blanks', (kind) => {
    const letter = fillLetter(kind, richContext(locale));
    expect(letter.kind).toBe(kind);
    expect(letter.title.length).toBeGreaterThan(10);
    expect(letter.text).not.toMatch(FORBIDDEN);
    expect(letter.title).not.toMatch(FORBIDDEN);
    // Facts from the page are written in.
    expect(letter.text).toContain('Pat Example');
    if (kind !== 'records-request' && kind !== 'lmn-request') expect(letter.text).toContain('TST-000111');
    // Facts nobody gave stay blank and are listed.
    expect(letter.text).toMatch(BLANK);
    expect(letter.missing.length).toBeGreaterThan(0);
    expect(letter.missing.length).toBe(letter.missingFields.length);
    for (const label of letter.missing) expect(letter.text).toContain(`(${label})`);
    // Things we never read are never filled in.
    expect(letter.missingFields).toContain('phone');
    expect(letter.missingFields).not.toContain('memberName');
  });

  it.each(LETTER_KINDS)('%s: with no facts at all, names and ids are blanks, not "undefined"', (kind) => {
    const letter = fillLetter(kind, emptyContext(locale));
    expect(letter.text).not.toMatch(FORBIDDEN);
    expect(letter.missingFields).toContain('memberName');
    expect(letter.text).toContain(
      t(locale, 'letters.blank', { label: t(locale, 'letters.field.memberName') }),
    );
    expect(letter.text.endsWith('\n')).toBe(true);
  });
});

describe('appeal letter', () => {
  it('names the claim, dates, reason codes and the requested action', () => {
    const letter = fillLetter('appeal', richContext('en'));
    expect(letter.title).toBe('Appeal letter (internal appeal)');
    expect(letter.text).toContain('Claim number: CLM-2026-0001');
    expect(letter.text).toContain('Date of service: January 20, 2026');
    expect(letter.text).toContain('Date on the decision notice: February 1, 2026');
    expect(letter.text).toContain('Reason codes on the notice: CO-197');
    expect(letter.text).toContain('Reason given: Prior authorization was not obtained.');
    expect(letter.text).toContain('Sample Imaging Center');
    expect(letter.text).toContain('MRI brain with and without contrast (70553)');
    expect(letter.text).toContain('Please reverse the decision and process the claim');
    expect(letter.text).toContain('which ends on July 31, 2026');
    // Missing authorization + LMN path → both paragraphs.
    expect(letter.text).toContain('retro-authorization');
    expect(letter.text).toContain('letter of medical necessity');
    expect(letter.text).toContain('free of charge');
    expect(letter.missingFields).toEqual(expect.arrayContaining(['planAddress', 'groupNumber', 'whyWrong']));
  });

  it('asks to accept a late appeal when the deadline passed, and adds a note', () => {
    const context = {
      ...richContext('en'),
      assessment: assessment({ appeal: { ...openAppeal('2026-01-01', -59).appeal, status: 'expired' } }),
    };
    const letter = fillLetter('appeal', context);
    expect(letter.text).toContain('ended on January 1, 2026');
    expect(letter.missingFields).toContain('lateReason');
    expect(letter.notes.length).toBe(1);
  });

  it('uses the Medicare Advantage reconsideration wording and the IRE forwarding', () => {
    const context = richContext('en');
    context.profile = applyOverride(context.profile!, 'plan.type', 'MA-HMO', NOW);
    context.profile = applyOverride(context.profile, 'plan.kind', 'medicare-advantage', NOW);
    context.assessment = openAppeal('2026-04-07', 37, {
      level: 'ma-reconsideration',
      nextSteps: ['MA_RECONSIDERATION'],
    });
    const letter = fillLetter('appeal', context);
    expect(letter.title).toMatch(/reconsideration/);
    expect(letter.text).toContain('Independent Review Entity');
    expect(letter.text).not.toContain('free of charge');
  });

  it('uses the Original Medicare contractor as recipient and drops the group number', () => {
    const context = richContext('es');
    context.profile = applyOverride(context.profile!, 'plan.kind', 'medicare-original', NOW);
    const letter = fillLetter('appeal', context);
    expect(letter.title).toMatch(/redeterminación/);
    expect(letter.missingFields).toContain('macAddress');
    expect(letter.missingFields).not.toContain('groupNumber');
  });

  it('appeals a PA denial shown as an authorization', () => {
    const snapshot = benefitsSnapshot();
    const authorization = {
      ...emptyAuthorization(),
      referenceNumber: '000124',
      statusNormalized: 'denied' as const,
      serviceDescription: 'PET scan',
      procedureCode: '78815',
      decisionDate: '2026-02-10',
      denialReason: 'Not medically necessary',
    };
    const letter = fillLetter('appeal', {
      profile: profileFrom(snapshot),
      snapshot,
      authorization,
      today: TODAY,
      locale: 'en',
    });
    expect(letter.text).toContain('Authorization or reference number: 000124');
    expect(letter.text).toContain('PET scan (78815)');
    expect(letter.text).toContain('Please reverse the decision and approve this care.');
    expect(letter.text).toContain('medically necessary');
  });

  it('leaves a derived claim id blank and says why', () => {
    const context = richContext('en');
    context.claim = { ...deniedClaim(), id: 'derived:2026-01-20|Sample Imaging Center|2400.00' };
    const letter = fillLetter('appeal', context);
    expect(letter.text).not.toContain('derived:');
    expect(letter.missingFields).toContain('claimId');
    expect(letter.notes).toHaveLength(1);
  });
});

describe('other letters', () => {
  it('LMN request asks the doctor for the needed content and gives the appeal deadline', () => {
    const letter = fillLetter('lmn-request', richContext('en'));
    expect(letter.text).toContain('ICD-10');
    expect(letter.text).toContain('July 31, 2026');
    expect(letter.missingFields).toEqual(expect.arrayContaining(['treatingDoctor', 'dateOfBirth']));
  });

  it('records request lists imaging and pathology for the second-opinion doctor', () => {
    const letter = fillLetter('records-request', richContext('es'));
    expect(letter.text).toContain('DICOM');
    expect(letter.text).toContain('45 CFR 164.524');
    expect(letter.missingFields).toEqual(
      expect.arrayContaining([
        'secondOpinionDoctor',
        'secondOpinionAddress',
        'appointmentDate',
        'recordsHolder',
      ]),
    );
  });

  it('pre-authorization cover letter carries the document checklist and the decision dates', () => {
    const pageAssessment = assessment({
      preAuthNeeded: true,
      referralNeeded: true,
      preAuthDecisionDueBy: { standard: '2026-03-16', expedited: '2026-03-04' },
      appeal: {
        status: 'no-denial',
        possible: false,
        level: null,
        deadline: null,
        daysLeft: null,
        nextSteps: ['OBTAIN_REFERRAL', 'REQUEST_PRIOR_AUTH', 'REQUEST_NETWORK_EXCEPTION'],
      },
    });
    const letter = fillLetter('preauth-request', { ...emptyContext('en'), assessment: pageAssessment });
    for (const label of [
      'initial diagnosis',
      'Test results',
      'proposed treatment plan',
      'Referral from the primary care doctor',
      'Medical records and imaging',
      'network exception',
    ]) {
      expect(letter.text).toContain(label);
    }
    expect(letter.text).toContain('March 16, 2026');
    expect(letter.text).toContain('[ ] ');
    expect(letter.missingFields).toEqual(
      expect.arrayContaining(['diagnosis', 'diagnosisCodes', 'procedureCode']),
    );
  });

  it('external review request cites the federal rule and takes the final denial date from the notice', () => {
    const context = richContext('en');
    context.assessment = openAppeal('2026-06-01', 92, {
      level: 'external-review',
      nextSteps: ['EXTERNAL_REVIEW'],
    });
    const letter = fillLetter('external-review', context);
    expect(letter.text).toContain('29 CFR 2590.715-2719');
    expect(letter.text).toContain('dated February 1, 2026');
    expect(letter.missingFields).not.toContain('finalDenialDate');
    // Without the engine saying this is the final denial, the date is a blank.
    expect(fillLetter('external-review', richContext('en')).missingFields).toContain('finalDenialDate');
  });

  it('ERISA request asks for the claim file and the criteria used under 29 CFR 2560.503-1', () => {
    const letter = fillLetter('erisa-claim-file', richContext('en'));
    expect(letter.text).toContain('29 CFR 2560.503-1(h)(2)(iii)');
    expect(letter.text).toContain('(g)(1)(v)(A)');
    expect(letter.text).toContain('free of charge');
    expect(letter.notes).toEqual([]);
    const medicaid = richContext('en');
    medicaid.profile = applyOverride(medicaid.profile!, 'plan.kind', 'medicaid-managed-care', NOW);
    expect(fillLetter('erisa-claim-file', medicaid).notes).toHaveLength(1);
  });

  it('titles exist for every kind in both languages', () => {
    for (const kind of LETTER_KINDS) {
      expect(letterTitle(kind, 'en')).not.toBe(letterTitle(kind, 'es'));
      expect(isLetterKind(kind)).toBe(true);
    }
    expect(isLetterKind('ransom-note')).toBe(false);
  });
});

describe('checklists', () => {
  it('pre-auth checklist: the five standard documents without an engine list', () => {
    const items = preAuthChecklist(null, 'en').map((item) => item.code);
    expect(items).toEqual([
      'INITIAL_DIAGNOSIS',
      'TEST_RESULTS',
      'PROPOSED_TREATMENT_PLAN',
      'REFERRAL_FROM_PCP',
      'RECORDS_AND_IMAGING',
    ]);
  });

  it('pre-auth checklist follows the engine and adds network-exception evidence', () => {
    const a = assessment({
      documents: { priorAuth: ['INITIAL_DIAGNOSIS', 'TEST_RESULTS'], appeal: [], secondOpinion: [] },
      appeal: { ...assessment().appeal, nextSteps: ['REQUEST_NETWORK_EXCEPTION'] },
    });
    const items = preAuthChecklist(a, 'es');
    expect(items.map((item) => item.code)).toEqual([
      'INITIAL_DIAGNOSIS',
      'TEST_RESULTS',
      'NO_IN_NETWORK_EXPERTISE_EVIDENCE',
    ]);
    expect(items[0]?.text).toMatch(/diagnóstico/);
  });

  it.each(LOCALES)('every next step has a title and at least one item in %s', (locale) => {
    for (const code of NEXT_STEP_CODES) {
      const checklist = nextStepChecklist(code, locale);
      expect(checklist.title.length).toBeGreaterThan(5);
      expect(checklist.items.length).toBeGreaterThan(0);
      for (const item of checklist.items) expect(item).not.toMatch(FORBIDDEN);
    }
  });

  it('suggests the letters for the next steps and writes a plain-text checklist', () => {
    const a = openAppeal('2026-07-31', 152);
    expect(suggestedLetters(a, 'employer-erisa')).toEqual([
      'erisa-claim-file',
      'appeal',
      'lmn-request',
      'external-review',
    ]);
    expect(suggestedLetters(a, 'medicare-advantage')).not.toContain('erisa-claim-file');
    expect(nextStepsChecklist(a, 'en').map((step) => step.code)).toEqual(a.appeal.nextSteps);
    const text = checklistText(a, 'en');
    expect(text).toContain('[ ] Get the written denial');
    expect(text).toContain('    - ');
    expect(text).not.toMatch(FORBIDDEN);
    const withPa = checklistText(assessment({ preAuthNeeded: true }), 'es');
    expect(withPa).toContain('autorización previa');
  });
});
