import { describe, expect, it } from 'vitest';
import {
  CONCEPT_IDS,
  conceptVariants,
  labelQualifiers,
  matchConcept,
  normalizeLabel,
} from '../../../lib/extract/vocabulary';

const claim = ['claim'] as const;

describe('normalizeLabel', () => {
  it('drops case, accents, punctuation, colons, asterisks and (?)', () => {
    expect(normalizeLabel('  Deductible*: ')).toBe('deductible');
    expect(normalizeLabel('Out-of-Pocket Max (?)')).toBe('out of pocket max');
    expect(normalizeLabel('Deducible anual')).toBe('deducible anual');
    expect(normalizeLabel('Máximo de gastos de bolsillo')).toBe('maximo de gastos de bolsillo');
    expect(normalizeLabel('Claim #')).toBe('claim #');
  });
});

describe('matchConcept', () => {
  it.each([
    ['You may owe', 'claim.patientOwes'],
    ['Your share', 'claim.patientOwes'],
    ['What I owe', 'claim.patientOwes'],
    ['What you owe', 'claim.patientOwes'],
    ['Patient responsibility', 'claim.patientOwes'],
    ['Pt Resp', 'claim.patientOwes'],
    ['Member liability', 'claim.patientOwes'],
    ['Member Responsibility:', 'claim.patientOwes'],
    ['Responsabilidad del paciente', 'claim.patientOwes'],
    ['Allowed amount', 'claim.allowed'],
    ['Eligible amount', 'claim.allowed'],
    ['Negotiated rate', 'claim.allowed'],
    ['Covered amount', 'claim.allowed'],
    ['Plan allowance', 'claim.allowed'],
    ['Billed', 'claim.billed'],
    ['Amount billed', 'claim.billed'],
    ['Charges', 'claim.billed'],
    ['Provider charged', 'claim.billed'],
    ['Total charges', 'claim.billed'],
    ['Network savings', 'claim.planDiscount'],
    ['Plan discount', 'claim.planDiscount'],
    ['Plan paid', 'claim.planPaid'],
    ['Paid by plan', 'claim.planPaid'],
    ['Insurance paid', 'claim.planPaid'],
    ['Amount paid', 'claim.planPaid'],
    ['What your plan paid', 'claim.planPaid'],
    ['Claim #', 'claim.id'],
    ['Claim Number', 'claim.id'],
    ['Número de reclamo', 'claim.id'],
    ['Date of service', 'claim.dateOfService'],
    ['DOS', 'claim.dateOfService'],
    ['Service date(s)', 'claim.dateOfService'],
    ['Date received', 'claim.dateReceived'],
    ['Processed date', 'claim.statusDate'],
    ['Denial date', 'claim.denialDate'],
    ['Claim status', 'claim.status'],
    ['Status', 'claim.status'],
    ['Provider', 'claim.provider'],
    ['Doctor/Facility', 'claim.provider'],
    ['Appeal by', 'claim.appealBy'],
    ['Reason/Remark codes', 'claim.codes'],
    ['Remark code', 'claim.rarc'],
    ['Adjustment reason code', 'claim.carc'],
    ['Claim type', 'claim.type'],
    ['Network status', 'claim.network'],
  ])('%s → %s (claims)', (label, concept) => {
    expect(matchConcept(label, claim)?.concept).toBe(concept);
  });

  it.each([
    ['Deductible', 'deductible'],
    ['Annual Deductible', 'deductible'],
    ['Family out-of-network deductible remaining', 'deductible'],
    ['Out-of-pocket limit', 'outOfPocket'],
    ['Out of pocket max', 'outOfPocket'],
    ['OOP Max', 'outOfPocket'],
    ['Stop loss', 'outOfPocket'],
    ['MOOP', 'outOfPocket'],
    ['Maximum out of pocket', 'outOfPocket'],
    ['Límite de gastos de bolsillo', 'outOfPocket'],
    ['Coinsurance', 'coinsurance'],
    ['Coaseguro', 'coinsurance'],
    ['Plan pays', 'planShare'],
    ['Primary care visit', 'copay.primaryCare'],
    ['PCP copay', 'copay.primaryCare'],
    ['Specialist visit', 'copay.specialist'],
    ['Urgent care', 'copay.urgentCare'],
    ['Emergency room', 'copay.emergency'],
    ['ER', 'copay.emergency'],
  ])('%s → %s (tier)', (label, concept) => {
    expect(matchConcept(label, ['tier'])?.concept).toBe(concept);
  });

  it('negative words rule concepts out', () => {
    expect(matchConcept('Plan pays', ['tier'])?.concept).not.toBe('coinsurance');
    expect(matchConcept('Pharmacy deductible', ['tier'])).toBeNull();
    expect(matchConcept('Paid date', claim)?.concept).toBe('claim.statusDate');
    expect(matchConcept('Provider network', claim)?.concept).toBe('claim.network');
    expect(matchConcept('Provider name', ['member'])).toBeNull();
    expect(matchConcept('Group number', ['member'])).toBeNull();
  });

  it('members, plans and authorizations', () => {
    expect(matchConcept('Member name', ['member'])?.concept).toBe('member.name');
    expect(matchConcept('Member ID', ['member'])?.concept).toBe('member.id');
    expect(matchConcept('Subscriber ID:', ['member'])?.concept).toBe('member.id');
    expect(matchConcept('Plan name', ['plan'])?.concept).toBe('plan.name');
    expect(matchConcept('Plan type', ['plan'])?.concept).toBe('plan.type');
    expect(matchConcept('Plan year', ['plan'])?.concept).toBe('plan.year');
    expect(matchConcept('Authorization #', ['auth'])?.concept).toBe('auth.referenceNumber');
    expect(matchConcept('Referring provider', ['auth'])?.concept).toBe('auth.requestingProvider');
    expect(matchConcept('Servicing provider', ['auth'])?.concept).toBe('auth.servicingProvider');
    expect(matchConcept('Units approved', ['auth'])?.concept).toBe('auth.unitsApproved');
    expect(matchConcept('Visits used', ['auth'])?.concept).toBe('auth.unitsUsed');
    expect(matchConcept('Service dates', ['auth'])?.concept).toBe('auth.serviceDates');
  });

  it('ignores sentences, empty and prototype-looking labels', () => {
    expect(matchConcept('', claim)).toBeNull();
    expect(matchConcept('__proto__', claim)).toBeNull();
    expect(matchConcept('constructor', claim)).toBeNull();
    expect(
      matchConcept(
        'If you have questions about what you owe for this claim, call the number on your card',
        claim,
      ),
    ).toBeNull();
  });

  it('adapter label overrides win', () => {
    expect(matchConcept('Your Cost Here', claim, { 'claim.patientOwes': ['Your cost here'] })?.concept).toBe(
      'claim.patientOwes',
    );
  });

  it('every concept has variants, and every variant matches its own concept in its domain', () => {
    for (const id of CONCEPT_IDS) {
      expect(conceptVariants(id).length).toBeGreaterThan(0);
    }
  });
});

describe('labelQualifiers', () => {
  it('scope, part and network', () => {
    expect(labelQualifiers('Family out-of-network deductible remaining')).toEqual({
      scope: 'family',
      part: 'remaining',
      network: 'out-of-network',
    });
    expect(labelQualifiers('Individual In-Network Deductible met')).toEqual({
      scope: 'individual',
      part: 'met',
      network: 'in-network',
    });
    expect(labelQualifiers('Non-participating')).toMatchObject({ network: 'out-of-network' });
    expect(labelQualifiers('OOP max')).toMatchObject({ part: 'total', scope: null, network: null });
    expect(labelQualifiers('Deductible')).toEqual({ scope: null, part: null, network: null });
  });
});
