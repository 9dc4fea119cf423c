/**
 * Sources named in ../shared/domain/RULES.md, one entry per cited text. Every RuleTrace points at one of
 * these (section number + name + URL as plain text), so the popup can say where a rule comes from.
 */
import type { RuleSource } from '../model/assessment';

function src(section: string, name: string, url: string | null): RuleSource {
  return Object.freeze({ section, name, url });
}

export const SOURCES = {
  secondOpinionCoverage: src(
    '1',
    'Health Net second opinion by a physician (Cal. HSC 1383.1 criteria)',
    'providerlibrary.healthnetcalifornia.com/hmo/provider-manual/benefits/second-opinion-by-a-physician-epo-hmo.html',
  ),
  medicareSecondOpinion: src(
    '4.5',
    'Medicare.gov, Second surgical opinions',
    'www.medicare.gov/coverage/second-surgical-opinions',
  ),
  mandatorySecondOpinion: src(
    '1',
    'X12 CARC 61 (second surgical opinion penalty)',
    'x12.org/codes/claim-adjustment-reason-codes',
  ),
  planTypes: src(
    '2',
    'HealthCare.gov, Health insurance plan & network types',
    'www.healthcare.gov/choose-a-plan/plan-types/',
  ),
  maHmo: src(
    '2',
    'Medicare.gov, HMO plans',
    'www.medicare.gov/sign-up-change-plans/medicare-health-plans/medicare-advantage-plans/hmo-plans.html',
  ),
  maPpo: src(
    '2',
    '42 CFR 422.100(b)(2); Medicare Interactive, Medicare PPOs vs HMOs',
    'www.law.cornell.edu/cfr/text/42/422.100',
  ),
  medicaidSecondOpinion: src('2', '42 CFR 438.206(b)(3) (Medicaid managed care second opinion)', null),
  patientProtections: src(
    '2',
    '45 CFR 147.138 patient protections (OB/GYN, emergency)',
    'jabenefits.com/2018/11/09/patient-protections',
  ),
  daVinciCrd: src(
    '3',
    'HL7 Da Vinci CRD IG (coverage information, PA codes)',
    'hl7.org/fhir/us/davinci-crd/',
  ),
  cms0057: src(
    '3',
    'CMS-0057-F Interoperability and Prior Authorization Final Rule, 89 FR 8758',
    'signaledi.com/pa-resources/glossary/cms-0057-f/',
  ),
  medicaidPaClock: src(
    '3',
    '42 CFR 438.210(d) (Medicaid managed care PA timeframes)',
    'legalclarity.org/prior-authorization-and-utilization-review-in-medicaid/',
  ),
  erisaClaims: src(
    '3',
    '29 CFR 2560.503-1 (DOL benefit claims procedure FAQ)',
    'www.dol.gov/agencies/ebsa/about-ebsa/our-activities/resource-center/faqs/benefit-claims-procedure-regulation',
  ),
  costOrder: src(
    '4.1',
    'CMS sample completed SBC; HealthCare.gov glossary',
    'www.cms.gov/cciio/resources/forms-reports-and-other-resources/downloads/english-sample-completed-sbc-accessible-format-012825.pdf',
  ),
  lesserOf: src(
    '4.1',
    'Lesser of copay or charge (Valley Benefit)',
    'valleybenefit.com/deductibles-copayments-coinsurance',
  ),
  firstVisits: src('4.1', 'Healthfirst Bronze Leaf 2025 SBC (first 3 office visits)', null),
  oopExclusions: src(
    '4.2',
    'CMS sample SBC, what is not included in the out-of-pocket limit',
    'www.sciroccogroup.com/annual-limitations-on-cost-sharing/',
  ),
  acaOop: src(
    '4.3',
    'ACA out-of-pocket maximum (HHS NBPP 2025; CMS June 2025 revision via WTW)',
    'www.wtwco.com/en-us/insights/2025/07/cms-releases-revised-2026-out-of-pocket-expense-limits',
  ),
  embeddedOop: src(
    '4.3',
    'SHRM, Family plans must embed out-of-pocket limits; Cigna embedded OOP',
    'www.cigna.com/employers-brokers/insights/informed-on-reform/embedded-oop-customer-impacts',
  ),
  deductibleVariants: src('4.4', 'CMS sample SBC; Horizon NJ DIRECT HD1500 (true family aggregate)', null),
  hdhp: src(
    '2',
    'IRS Rev. Proc. 2025-19 via WTW',
    'www.wtwco.com/en-us/insights/2025/05/irs-announces-2026-hsa-hdhp-and-eb-hra-dollar-limits',
  ),
  partB: src(
    '4.5',
    'CMS 2026 Medicare Parts A & B Premiums and Deductibles (via totalbenefits.net)',
    'totalbenefits.net/2026-medicare-parts-a-b-premiums-and-deductibles',
  ),
  limitingCharge: src('4.5', '42 CFR 414.48 (limiting charge)', 'www.law.cornell.edu/cfr/text/42/414.48'),
  medicaidCost: src('4.6', '42 CFR 438.206(b)(3); Medicaid balance-billing ban', null),
  nsa: src(
    '5',
    'No Surprises Act (UMR surprise billing page; DOL/HHS/Treasury FAQs Part 55)',
    'stage-www.umr.com/surprise-billing',
  ),
  nsaConsent: src('5', 'NSA notice-and-consent exclusions', 'healthcareconsumernavigatorcenter.com'),
  erisaAppeal: src(
    '6.1',
    'HealthCare.gov internal appeals; 29 CFR 2560.503-1',
    'www.healthcare.gov/appeal-insurance-company-decision/internal-appeals/',
  ),
  externalReview: src(
    '6.1',
    '29 CFR 2590.715-2719(d) / 45 CFR 147.136(d) (4 months, fifth-month rule)',
    'handbook.citibenefitsonline.com/cit-1d2-health-prescription-drugs-eds-web-v.html',
  ),
  maAppeal: src(
    '6.1',
    'HHS/CMS Medicare Managed Care Appeals & Grievances, What is new (20 Nov 2024)',
    'www.hhs.gov/guidance/document/medicare-managed-care-appeals-grievances',
  ),
  omAppeal: src('6.1', '42 CFR 405.942 and 405.962', 'law.lawstack.com/cfr/42/405.942/'),
  medicaidAppeal: src('6.1', '42 CFR 438.402(c)(2)(ii), 438.408(f)', null),
  appealSteps: src(
    '6.3',
    'Recommended order of steps after a denial (HealthCare.gov; payer P2P policies)',
    'www.healthcare.gov/appeal-insurance-company-decision/external-review/',
  ),
  carc: src(
    '7',
    'X12 claim adjustment reason codes (ResDAC table; openemr copy)',
    'x12.org/codes/claim-adjustment-reason-codes',
  ),
  rarc: src('7', 'X12 remittance advice remark codes', 'x12.org/codes/remittance-advice-remark-codes'),
  examplesMeta: src('meta', 'examples/cases.json meta conventions', null),
  decisionOrder: src(
    '9',
    'Coverage Lens domain reference, engine decision order (identify the payer kind first)',
    null,
  ),
} as const;

export type SourceId = keyof typeof SOURCES;
