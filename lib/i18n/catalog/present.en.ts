/**
 * English strings for lib/present (badges, field and value labels, next steps, storage notices).
 * Plain language first, the technical term in brackets.
 */
export const presentEn = {
  // Storage notices (lib/model/profile.ts parse*OrReset, lib/profile/expiry.ts)
  'present.notice.settingsMigrated': 'Your settings were updated to a new format.',
  'present.notice.settingsReset': 'Your saved settings could not be read, so the defaults are back in use.',
  'present.notice.profileMigrated': 'Your saved plan facts were updated to a new format.',
  'present.notice.profileReset':
    'Your saved plan facts could not be read and were cleared. Open your benefits page again.',
  'present.notice.profilesPartlyReset': 'Some saved plan facts could not be read and were cleared.',
  'present.notice.factsExpired': 'Facts older than your retention period were forgotten.',
  'present.notice.resultTruncated':
    'This page has too many claims to keep them all; only the first ones are shown.',

  // Field labels (lib/profile/fields.ts CASE_FACT_FIELDS)
  'present.field.plan.kind': 'Kind of plan (employer, individual, Medicare, Medicaid)',
  'present.field.plan.type': 'Plan type (HMO, PPO, …)',
  'present.field.plan.sbcReferralRequired': 'Does your plan require a referral to see a specialist?',
  'present.field.plan.preAuthRequiredForService':
    'Is this service on the plan’s list that needs approval first (prior authorization)?',
  'present.field.plan.deductible.individual': 'Deductible for you (in network)',
  'present.field.plan.deductible.individualMet': 'Deductible you have paid so far (in network)',
  'present.field.plan.deductible.family': 'Family deductible (in network)',
  'present.field.plan.deductible.familyMet': 'Family deductible paid so far (in network)',
  'present.field.plan.oopMax.individual': 'Most you pay in a year (out-of-pocket limit, in network)',
  'present.field.plan.oopMax.individualMet': 'Paid toward your out-of-pocket limit so far (in network)',
  'present.field.plan.oopMax.family': 'Family out-of-pocket limit (in network)',
  'present.field.plan.oopMax.familyMet': 'Family paid toward the out-of-pocket limit (in network)',
  'present.field.plan.copay': 'Specialist visit copay (in network)',
  'present.field.plan.coinsurance': 'Your share after the deductible (coinsurance, in network)',
  'present.field.plan.deductible.familyType': 'How the family deductible works (embedded or aggregate)',
  'present.field.plan.copayAppliesBeforeDeductible': 'Is the copay charged before the deductible is met?',
  'present.field.plan.copayLesserOfAllowed': 'Do you pay the lesser of the copay and the allowed amount?',
  'present.field.plan.outOfNetwork.deductible.individual': 'Deductible for you (out of network)',
  'present.field.plan.outOfNetwork.deductible.individualMet':
    'Deductible you have paid so far (out of network)',
  'present.field.plan.outOfNetwork.deductible.family': 'Family deductible (out of network)',
  'present.field.plan.outOfNetwork.deductible.familyMet': 'Family deductible paid so far (out of network)',
  'present.field.plan.outOfNetwork.oopMax.individual':
    'Most you pay in a year (out-of-pocket limit, out of network)',
  'present.field.plan.outOfNetwork.oopMax.individualMet':
    'Paid toward your out-of-pocket limit so far (out of network)',
  'present.field.plan.outOfNetwork.oopMax.family': 'Family out-of-pocket limit (out of network)',
  'present.field.plan.outOfNetwork.oopMax.familyMet':
    'Family paid toward the out-of-pocket limit (out of network)',
  'present.field.plan.outOfNetwork.copay': 'Specialist visit copay (out of network)',
  'present.field.plan.outOfNetwork.coinsurance':
    'Your share after the deductible (coinsurance, out of network)',
  'present.field.plan.outOfNetworkCovered': 'Does the plan cover out-of-network care?',
  'present.field.plan.oonCountsTowardInNetworkOop':
    'Does out-of-network spending also count toward the in-network limit?',
  'present.field.plan.hsaQualified':
    'Is it a plan you can pair with a health savings account (HSA-qualified)?',
  'present.field.plan.onFederallyFacilitatedExchange': 'Bought on HealthCare.gov (federal Marketplace)?',
  'present.field.plan.mandatorySecondOpinionProgram': 'Does the plan require a second surgical opinion?',
  'present.field.plan.grandfathered': 'Is it a plan from before March 2010 (grandfathered)?',
  'present.field.plan.ratingPeriodStart': 'Start of the Medicaid plan’s contract period (rating period)',
  'present.field.provider.networkStatus': 'Is the doctor in your plan’s network?',
  'present.field.provider.setting': 'Where the care happens',
  'present.field.provider.role': 'Doctor’s specialty or role',
  'present.field.provider.participatingFeeScheduleAmount':
    'Medicare-approved amount for the service (fee schedule)',
  'present.field.authorizations.referralOnFile': 'Is a referral on file?',
  'present.field.authorizations.preAuthStatus': 'Approval in advance (prior authorization) status',
  'present.field.authorizations.paRequestReceived': 'Date the plan received the approval request',
  'present.field.authorizations.paExpedited': 'Was the approval request marked urgent (expedited)?',
  'present.field.authorizations.nsaConsentSigned': 'Did you sign a form agreeing to out-of-network billing?',
  'present.field.authorizations.nsaConsentHoursBeforeService':
    'Hours before the service that form was signed',
  'present.field.authorizations.networkExceptionApproved':
    'Did the plan approve this out-of-network doctor (network exception)?',
  'present.field.authorizations.inNetworkAlternativeAvailable':
    'Is there an in-network doctor with the same expertise?',
  'present.field.authorizations.abnSigned': 'Did you sign a Medicare notice that you may have to pay (ABN)?',
  'present.field.authorizations.secondOpinionDocumented': 'Is the second opinion documented in your records?',
  'present.field.authorizations.authNumber': 'Approval (authorization) number',
  'present.field.service.kind': 'Kind of service',
  'present.field.service.diagnosisCategory': 'What the care is for',
  'present.field.service.allowedAmount': 'Amount the plan allows for the service (allowed amount)',
  'present.field.service.billedCharge': 'Amount the doctor charges (billed charge)',
  'present.field.service.recognizedAmount': 'Amount the No Surprises Act uses (recognized amount)',
  'present.field.service.emergency': 'Is it an emergency?',
  'present.field.service.officeVisitNumberThisYear': 'Which office visit of the plan year is this?',
  'present.field.service.priorOpinionsDisagree': 'Did the earlier opinions disagree?',
  'present.field.claim.status': 'What the plan decided on the claim',
  'present.field.claim.noticeDate': 'Date on the decision notice',
  'present.field.claim.noticeReceivedDate': 'Date you received the decision notice',
  'present.field.claim.appealBy': 'Appeal deadline printed on the notice',
  'present.field.claim.finalInternalDenial':
    'Is this the plan’s final answer after an appeal (final internal denial)?',
  'present.field.claim.adjustments': 'Reason codes and amounts on the claim',

  // Enum value labels
  'present.value.planKind.employer-erisa': 'Job-based plan (employer plan under ERISA)',
  'present.value.planKind.aca-individual': 'Plan you bought yourself (ACA individual plan)',
  'present.value.planKind.medicare-original': 'Original Medicare',
  'present.value.planKind.medicare-advantage': 'Medicare Advantage',
  'present.value.planKind.medicaid-managed-care': 'Medicaid health plan (managed care)',
  'present.value.planType.HMO': 'HMO (Health Maintenance Organization)',
  'present.value.planType.PPO': 'PPO (Preferred Provider Organization)',
  'present.value.planType.EPO': 'EPO (Exclusive Provider Organization)',
  'present.value.planType.POS': 'POS (Point of Service)',
  'present.value.planType.HDHP-PPO': 'High-deductible PPO (HDHP)',
  'present.value.planType.Original Medicare': 'Original Medicare',
  'present.value.planType.MA-HMO': 'Medicare Advantage HMO',
  'present.value.planType.MA-PPO': 'Medicare Advantage PPO',
  'present.value.planType.Medicaid MCO': 'Medicaid health plan (MCO)',
  'present.value.preAuthList.required': 'Yes, it needs approval first',
  'present.value.preAuthList.not-required': 'No approval needed',
  'present.value.preAuthList.unknown': 'Not sure',
  'present.value.familyType.embedded': 'Embedded (each person has their own deductible too)',
  'present.value.familyType.aggregate': 'Aggregate (only the family total counts)',
  'present.value.copayTiming.true': 'Yes, the copay applies right away',
  'present.value.copayTiming.false': 'No, the deductible comes first',
  'present.value.copayTiming.first-3-visits': 'For the first 3 office visits only',
  'present.value.networkStatus.in-network': 'In network',
  'present.value.networkStatus.out-of-network': 'Out of network',
  'present.value.networkStatus.medicare-participating': 'Takes Medicare (participating)',
  'present.value.networkStatus.medicare-nonparticipating-not-assigned':
    'Does not take Medicare’s amount as full payment (non-participating, no assignment)',
  'present.value.setting.office': 'Doctor’s office',
  'present.value.setting.in-network-hospital': 'In-network hospital',
  'present.value.setting.hospital-outpatient': 'Hospital outpatient department',
  'present.value.setting.in-network-asc': 'In-network surgery center (ASC)',
  'present.value.setting.imaging-center': 'Imaging center',
  'present.value.setting.lab': 'Laboratory',
  'present.value.setting.emergency-department': 'Emergency room',
  'present.value.preAuthStatus.none': 'Not requested',
  'present.value.preAuthStatus.pending': 'Requested, waiting for a decision',
  'present.value.preAuthStatus.approved': 'Approved',
  'present.value.preAuthStatus.denied': 'Denied',
  'present.value.serviceKind.second-opinion-consult': 'Second opinion visit',
  'present.value.serviceKind.third-opinion': 'Third opinion visit',
  'present.value.serviceKind.surgery': 'Surgery',
  'present.value.serviceKind.additional-test': 'Test, scan or lab work',
  'present.value.serviceKind.emergency': 'Emergency care',
  'present.value.diagnosisCategory.cancer': 'Cancer',
  'present.value.diagnosisCategory.major-surgery': 'Major surgery',
  'present.value.diagnosisCategory.elective-surgery': 'Planned (elective) surgery',
  'present.value.diagnosisCategory.complex-diagnosis': 'Complex or unclear diagnosis',
  'present.value.diagnosisCategory.routine': 'Routine care',
  'present.value.diagnosisCategory.cosmetic': 'Cosmetic',
  'present.value.diagnosisCategory.emergency': 'Emergency',
  'present.value.claimStatus.denied': 'Denied',
  'present.value.claimStatus.pa-denied': 'Approval in advance denied (prior authorization denied)',
  'present.value.claimStatus.rejected': 'Rejected (could not be processed)',
  'present.value.claimStatus.paid': 'Paid',
  'present.value.claimStatus.partially-paid': 'Partly paid',
  'present.value.boolean.true': 'Yes',
  'present.value.boolean.false': 'No',
  'present.value.none': 'None / no limit',

  // Next steps (Assessment.appeal.nextSteps codes)
  'present.step.OBTAIN_REFERRAL': 'Get a referral from your primary care doctor before the visit.',
  'present.step.RETRO_REFERRAL':
    'Ask your primary care doctor for a referral dated back to the visit (retro-referral).',
  'present.step.REQUEST_PRIOR_AUTH':
    'Ask the plan to approve the service in advance (prior authorization), with the diagnosis, test results and treatment plan.',
  'present.step.USE_IN_NETWORK_PROVIDER': 'Choose a doctor in your plan’s network for the opinion.',
  'present.step.REQUEST_NETWORK_EXCEPTION':
    'Ask the plan to cover this out-of-network doctor because no network doctor has the expertise (network exception).',
  'present.step.REQUEST_ORGANIZATION_DETERMINATION':
    'Ask your Medicare Advantage plan for a coverage decision before the visit (organization determination).',
  'present.step.SEND_RECORDS':
    'Have your records, scans and lab or biopsy results sent to the second-opinion doctor.',
  'present.step.EXPECT_BALANCE_BILL':
    'This doctor is out of network and may bill you more than the plan pays (balance billing).',
  'present.step.NSA_PROTECTED':
    'You are protected from surprise bills: you pay only your in-network share (No Surprises Act).',
  'present.step.AWAIT_DECISION': 'The approval request is in; the plan must decide by the date shown.',
  'present.step.REQUEST_DENIAL_LETTER':
    'Get the written denial with the reason, the rules the plan used and your claim file.',
  'present.step.PEER_TO_PEER':
    'Ask your doctor to call the plan’s medical director to discuss the denial (peer-to-peer review).',
  'present.step.RETRO_AUTH': 'Ask the provider to request approval after the fact (retro-authorization).',
  'present.step.CORRECTED_CLAIM': 'Ask the provider to fix and resend the claim (corrected claim).',
  'present.step.NEW_CLAIM': 'Ask the provider to send a new, complete claim.',
  'present.step.INTERNAL_APPEAL': 'Send the plan a written appeal (internal appeal).',
  'present.step.INTERNAL_APPEAL_WITH_LMN':
    'Send the plan a written appeal with your doctor’s letter explaining why you need the care (letter of medical necessity) and your records.',
  'present.step.EXTERNAL_REVIEW':
    'If the plan says no again, ask for a review by an independent reviewer (external review).',
  'present.step.MA_RECONSIDERATION':
    'Ask your Medicare Advantage plan to look again (reconsideration); ask for a fast decision if your health is at risk.',
  'present.step.IRE_AUTO_REVIEW':
    'If the plan still says no, your case goes to an independent reviewer automatically (Independent Review Entity).',
  'present.step.MEDICARE_REDETERMINATION': 'Ask Medicare’s contractor to look again (redetermination).',
  'present.step.STATE_FAIR_HEARING':
    'After the plan appeal, ask your state for a hearing (state fair hearing).',
  'present.step.REQUEST_LATE_REVIEW_GOOD_CAUSE':
    'Ask the plan to accept a late appeal and explain the good reason for the delay.',
  'present.step.CONSUMER_ASSISTANCE':
    'Get free help from your state’s consumer assistance program or insurance department.',
  'present.step.NEW_PA_REQUEST_IF_NEW_EVIDENCE': 'If there is new medical evidence, ask for approval again.',
  'present.step.PATIENT_RESPONSIBILITY':
    'This amount is yours to pay (you can ask the provider for a payment plan).',
  'present.step.PROVIDER_WRITE_OFF': 'The provider must write this amount off; do not pay it.',
  'present.step.PROOF_OF_TIMELY_FILING': 'The provider can contest with proof the claim was sent on time.',
  'present.step.CHECK_ORIGINAL_CLAIM': 'This is a duplicate: check how the first claim was handled.',
  'present.step.VERIFY_ELIGIBILITY_COB':
    'Check your coverage dates and tell the plan about any other insurance.',
  'present.step.BILL_CORRECT_PAYER': 'Ask the provider to bill the right insurance first.',
};

export type PresentCatalog = Record<keyof typeof presentEn, string>;
