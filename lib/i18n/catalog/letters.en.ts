/**
 * English letter templates and checklists (lib/letters). `{name}` placeholders are filled by lib/letters/fill.ts with
 * a known fact or a visible blank (`letters.blank`); nothing here states a fact about the member.
 * Plain language first, the technical term in brackets.
 */
export const lettersEn = {
  'letters.blank': '[__________ ({label})]',
  'letters.signatureLine': '______________________________',
  'letters.checkbox': '[ ]',
  'letters.listSeparator': ', ',

  // Titles
  'letters.title.appeal': 'Appeal letter (internal appeal)',
  'letters.title.appeal.ma': 'Request to reconsider a decision (Medicare Advantage reconsideration)',
  'letters.title.appeal.medicare': 'Request to look at a decision again (Medicare redetermination)',
  'letters.title.appeal.medicaid': 'Appeal to your Medicaid health plan (plan appeal)',
  'letters.title.lmn-request': 'Request to your doctor for a letter of medical necessity',
  'letters.title.records-request': 'Request to send medical records to the second-opinion doctor',
  'letters.title.preauth-request': 'Request for approval in advance (prior authorization) — cover letter',
  'letters.title.external-review': 'Request for a review by an independent reviewer (external review)',
  'letters.title.erisa-claim-file':
    'Request for the claim file and the criteria used (ERISA, 29 CFR 2560.503-1)',

  // Blank labels (shown inside the blank and in the list of missing facts)
  'letters.field.memberName': 'patient’s full name',
  'letters.field.memberId': 'member ID',
  'letters.field.groupNumber': 'group number',
  'letters.field.dateOfBirth': 'date of birth',
  'letters.field.memberAddress': 'your mailing address',
  'letters.field.phone': 'your phone number',
  'letters.field.planName': 'health plan name',
  'letters.field.planAddress': 'plan’s appeals address or fax, from the denial letter',
  'letters.field.paAddress': 'plan’s prior authorization fax or address',
  'letters.field.macAddress': 'Medicare contractor’s address, from your Medicare Summary Notice',
  'letters.field.externalReviewAddress':
    'where to send external review requests, from the final denial letter',
  'letters.field.planAdministrator':
    'plan administrator’s name and address, from your summary plan description',
  'letters.field.claimId': 'claim number',
  'letters.field.referenceNumber': 'authorization or reference number',
  'letters.field.dateOfService': 'date of service',
  'letters.field.provider': 'provider who gave the care',
  'letters.field.noticeDate': 'date on the decision notice',
  'letters.field.finalDenialDate': 'date of the final denial letter',
  'letters.field.denialReason': 'reason for the denial, as written on the notice',
  'letters.field.service': 'service or treatment',
  'letters.field.procedureCode': 'procedure code (CPT)',
  'letters.field.diagnosis': 'diagnosis',
  'letters.field.diagnosisCodes': 'ICD-10 diagnosis codes',
  'letters.field.treatingDoctor': 'treating doctor’s name',
  'letters.field.recordsHolder': 'doctor or hospital that has your records',
  'letters.field.secondOpinionDoctor': 'second-opinion doctor’s name',
  'letters.field.secondOpinionAddress': 'second-opinion doctor’s address, fax or secure email',
  'letters.field.appointmentDate': 'appointment date',
  'letters.field.plannedDate': 'planned date of service',
  'letters.field.networkStatus': 'in or out of network',
  'letters.field.whyWrong': 'why the decision is wrong, in your own words',
  'letters.field.lateReason': 'the reason the appeal is late',
  'letters.field.submitter': 'name of the person sending this request',

  // Shared pieces
  'letters.header.member':
    'Patient: {name}\nMember ID: {memberId}\nGroup number: {groupNumber}\nPlan: {planName}',
  'letters.header.from': 'From: {name}\n{address}\nPhone: {phone}',
  'letters.header.to': 'To: {recipient}',
  'letters.header.date': 'Date: {date}',
  'letters.claimLines':
    'Claim number: {claimId}\nDate of service: {dateOfService}\nProvider: {provider}\nService: {service}',
  'letters.authLines':
    'Authorization or reference number: {referenceNumber}\nProvider: {provider}\nService: {service}',
  'letters.noticeLine': 'Date on the decision notice: {noticeDate}',
  'letters.codesLine': 'Reason codes on the notice: {codes}',
  'letters.reasonLine': 'Reason given: {reason}',
  'letters.amountsLine': 'Amount billed: {billed}. Amount the notice says I owe: {owes}.',
  'letters.closing': 'Please send me your decision in writing.\n\nSincerely,\n\n{signature}\n{name}',
  'letters.enclosures': 'Enclosed:',
  'letters.bullet': '- {text}',

  // Appeal
  'letters.appeal.recipient.plan': 'Appeals department, {planName}, {address}',
  'letters.appeal.recipient.mac': 'Medicare Administrative Contractor, {address}',
  'letters.appeal.subject': 'Re: Appeal of the decision on the claim below',
  'letters.appeal.subject.pa': 'Re: Appeal of the denial of approval in advance (prior authorization)',
  'letters.appeal.greeting': 'To whom it may concern:',
  'letters.appeal.intro.claim':
    'I am asking you to review again (appeal) your decision not to pay for the care listed above.',
  'letters.appeal.intro.pa':
    'I am asking you to review again (appeal) your decision not to approve in advance (prior authorization) the care listed above.',
  'letters.appeal.intro.ma':
    'I am asking my Medicare Advantage plan to reconsider its decision on the care listed above (reconsideration).',
  'letters.appeal.intro.medicare':
    'I am asking for the decision on the care listed above, shown on my Medicare Summary Notice, to be looked at again (redetermination).',
  'letters.appeal.intro.medicaid':
    'I am appealing my Medicaid health plan’s decision on the care listed above (plan appeal).',
  'letters.appeal.ask.claim':
    'Please reverse the decision and process the claim so the plan pays its share of this covered care.',
  'letters.appeal.ask.pa': 'Please reverse the decision and approve this care.',
  'letters.appeal.reason.necessity':
    'My treating doctor has found that this care is medically necessary for my condition. A letter from my doctor explaining why (letter of medical necessity) and my medical records are enclosed.',
  'letters.appeal.reason.experimental':
    'The plan called this care experimental or investigational. My doctor’s letter and the enclosed clinical guidelines and medical studies show it is an accepted treatment for my condition.',
  'letters.appeal.reason.auth':
    'The notice says approval in advance (prior authorization) was missing. The care was medically necessary; please review it on its merits and approve it after the fact (retro-authorization).',
  'letters.appeal.reason.referral':
    'The notice says a referral was missing. My primary care doctor’s referral is enclosed (or will be sent separately).',
  'letters.appeal.reason.network':
    'No doctor in the plan’s network has the expertise my condition needs. Please cover this provider at the in-network level as an exception (network exception).',
  'letters.appeal.reason.secondOpinion':
    'The notice applies a penalty for not getting a second surgical opinion. A second opinion was obtained (copy enclosed), or the care was exempt.',
  'letters.appeal.reason.own': 'Other reasons the decision is wrong: {whyWrong}',
  'letters.appeal.inTime': 'I am sending this appeal within the time limit, which ends on {deadline}.',
  'letters.appeal.late':
    'The time limit for this appeal ended on {deadline}. I ask you to accept it late for good cause: {lateReason}',
  'letters.appeal.expedite':
    '{checkbox} My doctor says waiting the standard time could seriously harm my life or health. Please decide this appeal as urgent (expedited appeal).',
  'letters.appeal.claimFile':
    'Please also send me, free of charge, copies of all documents relevant to my claim, including any rules, guidelines or criteria used to decide it.',
  'letters.appeal.maIre':
    'If you do not decide fully in my favor, please forward my case to the Independent Review Entity, as Medicare rules require.',

  // Letter of medical necessity request
  'letters.lmn.recipient': 'Dr. {doctor}',
  'letters.lmn.subject':
    'Re: Request for a letter of medical necessity for {name} (date of birth {dateOfBirth})',
  'letters.lmn.greeting': 'Dear Dr. {doctor},',
  'letters.lmn.intro.denied':
    'My health plan, {planName}, denied {service}. I am appealing, and I need a letter from you explaining why this care is medically necessary for me (letter of medical necessity).',
  'letters.lmn.intro.preauth':
    'My health plan, {planName}, must approve {service} in advance. I need a letter from you explaining why this care is medically necessary for me (letter of medical necessity) to send with the request.',
  'letters.lmn.refs': 'The plan’s reference for this: {reference}.',
  'letters.lmn.include': 'Please include:',
  'letters.lmn.item.diagnosis': 'my diagnosis, with its diagnosis codes (ICD-10);',
  'letters.lmn.item.history': 'my medical history and the treatments already tried, with their results;',
  'letters.lmn.item.why': 'why this care is needed now, and what could happen without it;',
  'letters.lmn.item.expertise':
    'if this doctor or center is out of network: why no in-network doctor has the expertise needed;',
  'letters.lmn.item.guidelines': 'the clinical guidelines or medical studies that support this care;',
  'letters.lmn.item.denialAnswer': 'an answer to the plan’s reason for the denial: {reason};',
  'letters.lmn.item.signature': 'your name, credentials, signature and the date, on your letterhead.',
  'letters.lmn.deadline':
    'My appeal must reach the plan by {deadline}, so I would be grateful to have your letter well before then.',
  'letters.lmn.soon': 'I would be grateful to have your letter as soon as you can.',
  'letters.lmn.p2p':
    'If you can, please also ask the plan’s medical director for a call about this decision (peer-to-peer review).',
  'letters.lmn.thanks': 'Thank you for your help.\n\n{signature}\n{name}\nPhone: {phone}',

  // Records request
  'letters.records.recipient': 'Medical records office, {holder}',
  'letters.records.subject':
    'Re: Request to send my medical records for a second opinion — {name}, date of birth {dateOfBirth}',
  'letters.records.intro':
    'Please send copies of my medical records to the doctor who will give me a second opinion:\n{doctor}\n{address}\nAppointment date: {appointmentDate}',
  'letters.records.send': 'Please send:',
  'letters.records.item.notes':
    'office notes, consultation reports and the discharge summary about my {diagnosis};',
  'letters.records.item.imaging':
    'imaging: the images themselves (a digital copy, for example DICOM files on a disc or by secure link) and the radiologist’s reports;',
  'letters.records.item.pathology':
    'pathology reports, and the slides or tissue blocks if the second-opinion doctor asks for them;',
  'letters.records.item.tests': 'laboratory and other test results;',
  'letters.records.item.plan': 'the current treatment plan, medication list and any operative reports.',
  'letters.records.right':
    'Under HIPAA I have the right to get copies of my health records (45 CFR 164.524). Please send them before my appointment. If your office needs its own authorization form, please send it to me.',
  'letters.records.closing':
    'Thank you.\n\n{signature}\n{name}\nDate of birth: {dateOfBirth}\nPhone: {phone}',

  // Pre-authorization request cover letter
  'letters.preauth.recipient': 'Prior authorization department, {planName}, {address}',
  'letters.preauth.subject': 'Re: Request for approval in advance (prior authorization)',
  'letters.preauth.details':
    'Patient: {name}\nMember ID: {memberId}\nDate of birth: {dateOfBirth}\nRequested service: {service}\nProcedure code: {procedureCode}\nDiagnosis: {diagnosis} ({diagnosisCodes})\nProvider: {provider} ({networkStatus})\nPlanned date of service: {plannedDate}',
  'letters.preauth.ask':
    'We ask the plan to approve the service above in advance. The enclosed documents show why it is medically necessary.',
  'letters.preauth.networkException':
    'The provider is out of network. No in-network provider has the expertise needed, so we also ask the plan to cover this provider at the in-network level (network exception).',
  'letters.preauth.orgDetermination':
    'This is also a request for a coverage decision before the service (organization determination) under the Medicare Advantage rules.',
  'letters.preauth.referral': 'The referral from the primary care doctor is enclosed.',
  'letters.preauth.due':
    'Under the rules for this plan, a decision is due by {standard} (or by {expedited} if the request is urgent).',
  'letters.preauth.urgent':
    '{checkbox} Urgent: waiting the standard time could seriously harm the patient’s life or health. Please decide within 72 hours (expedited request).',
  'letters.preauth.checklist': 'Documents enclosed (tick each one):',
  'letters.preauth.closing': 'Sent by: {submitter}\nPhone: {phone}\n\n{signature}',

  // External review
  'letters.external.recipient': 'External review, {address}',
  'letters.external.subject': 'Re: Request for external review',
  'letters.external.ask':
    'I ask for a review by an independent review organization (external review) of my plan’s final decision, dated {finalDenialDate}, to deny the care listed above. I have completed the plan’s internal appeal.',
  'letters.external.why': 'I believe the decision is wrong because: {whyWrong}',
  'letters.external.inTime': 'I am filing within the time limit, which ends on {deadline}.',
  'letters.external.expedite':
    '{checkbox} My doctor certifies that waiting for a standard review could seriously harm my life, health or ability to regain full function. Please do a fast (expedited) external review.',
  'letters.external.basis':
    'This request is made under the federal external review rules (29 CFR 2590.715-2719 and 45 CFR 147.136) or the state process that applies to my plan.',
  'letters.external.release':
    'I authorize the release of my medical records to the independent reviewer for this review.',

  // ERISA claim file request
  'letters.erisa.recipient': 'Plan administrator, {planName}, {address}',
  'letters.erisa.subject': 'Re: Request for documents relevant to my claim (29 CFR 2560.503-1)',
  'letters.erisa.ask':
    'Under the ERISA claims procedure rule, 29 CFR 2560.503-1(h)(2)(iii), please send me, free of charge, copies of all documents, records and other information relevant to my claim, including:',
  'letters.erisa.item.file': 'the complete claim file, with notes, reviews, call records and letters;',
  'letters.erisa.item.criteria':
    'every internal rule, guideline, protocol or similar criterion relied on in the decision (29 CFR 2560.503-1(g)(1)(v)(A));',
  'letters.erisa.item.judgment':
    'if the decision rests on medical necessity, experimental treatment or a similar exclusion, the explanation of the scientific or clinical judgment applied to my case (29 CFR 2560.503-1(g)(1)(v)(B));',
  'letters.erisa.item.experts':
    'the names and qualifications of the medical experts whose advice was obtained (29 CFR 2560.503-1(h)(3)(iv));',
  'letters.erisa.item.codes':
    'the diagnosis and treatment codes on the claim and their meanings (29 CFR 2590.715-2719(b)(2)(ii)(E));',
  'letters.erisa.item.plan':
    'the plan document and summary plan description sections that apply to this claim (29 U.S.C. 1024(b)(4)).',
  'letters.erisa.deadline':
    'This request does not replace or delay my appeal. Please also confirm the date by which my appeal must be filed.',
  'letters.erisa.deadlineKnown':
    'This request does not replace or delay my appeal; I understand it must be filed by {deadline}.',

  // Notes returned with a letter (not part of the letter text)
  'letters.note.erisaOnly':
    'This request is written for job-based (ERISA) plans. Your plan kind may give similar rights under other rules; ask your plan.',
  'letters.note.externalNotForKind':
    'Your plan kind uses a different next level (Medicare: independent review entity or contractor; Medicaid: state fair hearing). Check the denial letter.',
  'letters.note.expired':
    'The deadline shown for this appeal has passed; the letter asks the plan to accept it late.',
  'letters.note.derivedClaimId':
    'The page shows no claim number for this claim; fill it in from your statement.',

  // Document checklist (Assessment.documents codes)
  'letters.doc.INITIAL_DIAGNOSIS': 'The first diagnosis, with the doctor’s notes (initial diagnosis)',
  'letters.doc.TEST_RESULTS': 'Test results: lab work, scans and biopsy or pathology reports',
  'letters.doc.PROPOSED_TREATMENT_PLAN': 'The treatment the doctor proposes (proposed treatment plan)',
  'letters.doc.RECORDS_AND_IMAGING': 'Medical records and imaging (the images and the reports)',
  'letters.doc.REFERRAL_FROM_PCP': 'Referral from the primary care doctor',
  'letters.doc.NO_IN_NETWORK_EXPERTISE_EVIDENCE':
    'Why no in-network doctor has the expertise needed (for a network exception)',
  'letters.doc.WRITTEN_DENIAL': 'The written denial (denial letter or explanation of benefits)',
  'letters.doc.CRITERIA_USED': 'The rules or criteria the plan used to decide',
  'letters.doc.CLAIM_FILE': 'The claim file from the plan',
  'letters.doc.LETTER_OF_MEDICAL_NECESSITY':
    'Letter from the treating doctor explaining why the care is needed (letter of medical necessity)',
  'letters.doc.CLINICAL_RECORDS': 'Clinical records that support the request',
  'letters.doc.GUIDELINES_OR_LITERATURE': 'Clinical guidelines or medical studies that support the care',
  'letters.doc.SECOND_OPINION_REPORT': 'The second-opinion doctor’s report',
  'letters.doc.PROOF_OF_EMERGENCY_OR_EXEMPTION': 'Proof it was an emergency or otherwise exempt',
  'letters.doc.ABN_COPY':
    'A copy of the Medicare notice the patient signed (Advance Beneficiary Notice, ABN)',
  'letters.doc.CORRECTED_CLAIM_DATA': 'The corrected claim details (for the provider)',

  // Checklists per next step (one item per line)
  'letters.checklist.title': 'Checklist',
  'letters.checklist.preauthTitle': 'Documents for approval in advance (prior authorization)',
  'letters.check.OBTAIN_REFERRAL':
    'Call your primary care doctor and ask for a referral to the specialist.\nGive the specialist’s name and the reason for the visit.\nAsk the office to send the referral to the plan, and check that it is on file before the visit.',
  'letters.check.RETRO_REFERRAL':
    'Call your primary care doctor and ask for a referral dated back to the visit.\nAsk the specialist’s office to resend the claim once the referral is on file.',
  'letters.check.REQUEST_PRIOR_AUTH':
    'Ask the doctor’s office to send the request for approval (prior authorization).\nMake sure it includes the diagnosis, test results, proposed treatment plan, referral and records.\nWrite down the reference number and the date the plan received it.',
  'letters.check.USE_IN_NETWORK_PROVIDER':
    'Search the plan’s directory for an in-network doctor with the right specialty.\nCall the plan to confirm the doctor is in network for your plan.',
  'letters.check.REQUEST_NETWORK_EXCEPTION':
    'Ask your doctor for a letter explaining why no in-network doctor has the expertise needed.\nSend the request to the plan before the visit and keep the reference number.',
  'letters.check.REQUEST_ORGANIZATION_DETERMINATION':
    'Call your Medicare Advantage plan or ask your doctor to request a coverage decision before the visit.\nKeep the decision letter.',
  'letters.check.SEND_RECORDS':
    'Ask each doctor or hospital that has your records to send them to the second-opinion doctor.\nInclude the images (not only the reports) and the pathology slides if asked.\nCall the second-opinion office a few days before the visit to check everything arrived.',
  'letters.check.EXPECT_BALANCE_BILL':
    'Ask the provider for a written cost estimate before the visit.\nAsk whether an in-network doctor could see you instead.',
  'letters.check.NSA_PROTECTED':
    'Pay only your in-network share.\nIf you get a bill for more, contact the No Surprises Help Desk at 1-800-985-3059.',
  'letters.check.AWAIT_DECISION':
    'Note the date the decision is due.\nCall the plan if you have not heard by then.',
  'letters.check.REQUEST_DENIAL_LETTER':
    'Ask the plan for the written denial with the specific reason.\nAsk for the rules or criteria used and your claim file (free of charge).',
  'letters.check.PEER_TO_PEER':
    'Ask your doctor’s office to request a call with the plan’s medical director soon: plans give only a short window.\nThe call does not stop the appeal deadline, so keep preparing the appeal.',
  'letters.check.RETRO_AUTH':
    'Ask the provider’s office whether the plan allows approval after the fact (retro-authorization).\nIf not, appeal with your doctor’s letter and records.',
  'letters.check.CORRECTED_CLAIM':
    'Call the provider’s billing office and ask them to fix and resend the claim.\nGive them the reason codes from the notice.',
  'letters.check.NEW_CLAIM':
    'Ask the provider’s billing office to send a new, complete claim.\nAn appeal will not work for this kind of rejection.',
  'letters.check.INTERNAL_APPEAL':
    'Write the appeal letter and attach the denial notice.\nSend it before the deadline by a way you can prove (fax confirmation, certified mail or the plan’s portal).\nKeep copies of everything you send.',
  'letters.check.INTERNAL_APPEAL_WITH_LMN':
    'Ask your doctor for a letter of medical necessity.\nGather the clinical records, guidelines or studies, and the second-opinion report.\nSend the appeal letter with all of them before the deadline, by a way you can prove.',
  'letters.check.EXTERNAL_REVIEW':
    'If the plan upholds the denial, request an external review before the deadline in the final denial letter.\nAsk for a fast (expedited) review if your health is at risk.',
  'letters.check.MA_RECONSIDERATION':
    'Send the reconsideration request to your Medicare Advantage plan before the deadline.\nAsk for a fast decision if waiting could harm your health.',
  'letters.check.IRE_AUTO_REVIEW':
    'Watch for a letter from the Independent Review Entity if the plan says no again.',
  'letters.check.MEDICARE_REDETERMINATION':
    'Fill in the redetermination request (or write a letter) and send it to the contractor named on your Medicare Summary Notice.\nInclude a copy of the notice with the item circled.',
  'letters.check.STATE_FAIR_HEARING':
    'After the plan’s appeal decision, ask your state Medicaid agency for a fair hearing before its deadline.',
  'letters.check.REQUEST_LATE_REVIEW_GOOD_CAUSE':
    'Write down why the appeal is late (for example illness or a notice sent to the wrong address).\nSend the appeal with that explanation as soon as possible.',
  'letters.check.CONSUMER_ASSISTANCE':
    'Contact your state’s consumer assistance program or insurance department for free help.\nFor job-based plans you can also call the U.S. Department of Labor at 1-866-444-3272.',
  'letters.check.NEW_PA_REQUEST_IF_NEW_EVIDENCE':
    'If there are new test results or a new opinion, ask the doctor to send a new approval request with them.',
  'letters.check.PATIENT_RESPONSIBILITY':
    'Compare the bill with the plan’s explanation of benefits.\nIf the amounts match, pay it or ask the provider for a payment plan.',
  'letters.check.PROVIDER_WRITE_OFF':
    'Do not pay this amount.\nIf the provider bills you for it, send them the explanation of benefits.',
  'letters.check.PROOF_OF_TIMELY_FILING':
    'Ask the provider to send the plan proof that the claim was filed on time.',
  'letters.check.CHECK_ORIGINAL_CLAIM':
    'Find the first claim for the same service and check how it was paid.',
  'letters.check.VERIFY_ELIGIBILITY_COB':
    'Check your coverage dates with the plan.\nTell the plan about any other insurance you have (coordination of benefits).',
  'letters.check.BILL_CORRECT_PAYER':
    'Tell the provider which insurance is primary.\nAsk them to bill that insurance first.',
};

export type LettersCatalog = Record<keyof typeof lettersEn, string>;
