/**
 * One function per letter: which paragraphs, in which order, with which facts. Wording: letters catalog.
 */
import type { DocumentCode } from '../model/assessment';
import type { MessageKey } from '../i18n/core';
import { formatDate } from '../present/format';
import { documentsFor, reasonGroupsOf, type LetterContext, type LetterFacts, LetterWriter } from './fill';

type Template = (writer: LetterWriter, facts: LetterFacts, context: LetterContext) => string;

function docLabels(writer: LetterWriter, codes: readonly DocumentCode[]): string[] {
  return codes.map((code) => writer.msg(`letters.doc.${code}` as MessageKey));
}

function header(
  writer: LetterWriter,
  facts: LetterFacts,
  context: LetterContext,
  recipient: string,
  subject: string,
) {
  writer.addMsg('letters.header.date', {
    date: formatDate(context.today, writer.locale, 'long') || context.today,
  });
  writer.addMsg('letters.header.from', {
    name: writer.value('memberName', facts.memberName),
    address: writer.value('memberAddress', null),
    phone: writer.value('phone', null),
  });
  writer.addMsg('letters.header.to', { recipient });
  writer.add(subject);
}

function memberBlock(writer: LetterWriter, facts: LetterFacts, withGroup = true) {
  const block = writer.msg('letters.header.member', {
    name: writer.value('memberName', facts.memberName),
    memberId: writer.value('memberId', facts.memberId),
    groupNumber: withGroup ? writer.value('groupNumber', null) : '',
    planName: writer.value('planName', facts.planName),
  });
  // Without a group line (Medicare), drop it rather than print an empty label.
  writer.add(
    withGroup
      ? block
      : block
          .split('\n')
          .filter((line) => !/:\s*$/.test(line))
          .join('\n'),
  );
}

function subjectBlock(writer: LetterWriter, facts: LetterFacts, context: LetterContext) {
  if (context.claim || !context.authorization) {
    writer.addMsg('letters.claimLines', {
      claimId: writer.value('claimId', facts.claimId),
      dateOfService: writer.date('dateOfService', facts.dateOfService),
      provider: writer.value('provider', facts.provider),
      service: writer.value('service', facts.service),
    });
    if (facts.claimIdIsDerived) writer.note('letters.note.derivedClaimId');
  } else {
    writer.addMsg('letters.authLines', {
      referenceNumber: writer.value('referenceNumber', facts.referenceNumber),
      provider: writer.value('provider', facts.provider),
      service: writer.value('service', facts.service),
    });
  }
}

function decisionBlock(
  writer: LetterWriter,
  facts: LetterFacts,
  noticeField: 'noticeDate' | 'finalDenialDate',
) {
  const lines = [
    noticeField === 'noticeDate'
      ? writer.msg('letters.noticeLine', { noticeDate: writer.date('noticeDate', facts.noticeDate) })
      : null,
  ];
  if (facts.reasonCodes.length > 0) {
    lines.push(
      writer.msg('letters.codesLine', { codes: facts.reasonCodes.join(writer.msg('letters.listSeparator')) }),
    );
  }
  lines.push(writer.msg('letters.reasonLine', { reason: writer.value('denialReason', facts.denialReason) }));
  const billed = writer.money(facts.billed);
  const owes = writer.money(facts.patientOwes);
  if (billed && owes) lines.push(writer.msg('letters.amountsLine', { billed, owes }));
  writer.add(lines.filter((line): line is string => line !== null).join('\n'));
}

function closing(writer: LetterWriter, facts: LetterFacts) {
  writer.addMsg('letters.closing', {
    signature: writer.msg('letters.signatureLine'),
    name: writer.value('memberName', facts.memberName),
  });
}

// ---------------------------------------------------------------------------------------------------------------

export const appealLetter: Template = (writer, facts, context) => {
  const kind = facts.planKind;
  const assessment = context.assessment ?? null;
  const steps = assessment?.appeal.nextSteps ?? [];
  const level = assessment?.appeal.level ?? null;
  const isMa = kind === 'medicare-advantage' || level === 'ma-reconsideration';
  const isMedicare = kind === 'medicare-original' || level === 'medicare-redetermination';
  const isMedicaid = kind === 'medicaid-managed-care' || level === 'plan-appeal';
  const recipient = isMedicare
    ? writer.msg('letters.appeal.recipient.mac', { address: writer.value('macAddress', null) })
    : writer.msg('letters.appeal.recipient.plan', {
        planName: writer.value('planName', facts.planName),
        address: writer.value('planAddress', null),
      });
  header(
    writer,
    facts,
    context,
    recipient,
    writer.msg(facts.isPaDenial ? 'letters.appeal.subject.pa' : 'letters.appeal.subject'),
  );
  memberBlock(writer, facts, !isMedicare);
  subjectBlock(writer, facts, context);
  decisionBlock(writer, facts, 'noticeDate');
  writer.addMsg('letters.appeal.greeting');

  const introKey: MessageKey = isMa
    ? 'letters.appeal.intro.ma'
    : isMedicare
      ? 'letters.appeal.intro.medicare'
      : isMedicaid
        ? 'letters.appeal.intro.medicaid'
        : facts.isPaDenial
          ? 'letters.appeal.intro.pa'
          : 'letters.appeal.intro.claim';
  writer.addMsg(introKey);
  writer.addMsg(facts.isPaDenial ? 'letters.appeal.ask.pa' : 'letters.appeal.ask.claim');

  const groups = reasonGroupsOf(facts);
  const withLmn = steps.includes('INTERNAL_APPEAL_WITH_LMN') || groups.has('necessity');
  if (withLmn) writer.addMsg('letters.appeal.reason.necessity');
  if (groups.has('experimental')) writer.addMsg('letters.appeal.reason.experimental');
  if (groups.has('auth') || steps.includes('RETRO_AUTH')) writer.addMsg('letters.appeal.reason.auth');
  if (groups.has('referral') || steps.includes('RETRO_REFERRAL'))
    writer.addMsg('letters.appeal.reason.referral');
  if (groups.has('network') || steps.includes('REQUEST_NETWORK_EXCEPTION'))
    writer.addMsg('letters.appeal.reason.network');
  if (groups.has('secondOpinion')) writer.addMsg('letters.appeal.reason.secondOpinion');
  writer.addMsg('letters.appeal.reason.own', { whyWrong: writer.value('whyWrong', null) });

  const deadline = facts.appealDeadline;
  if (assessment?.appeal.status === 'expired' && deadline) {
    writer.addMsg('letters.appeal.late', {
      deadline: formatDate(deadline, writer.locale, 'long'),
      lateReason: writer.value('lateReason', null),
    });
    writer.note('letters.note.expired');
  } else if (deadline) {
    writer.addMsg('letters.appeal.inTime', { deadline: formatDate(deadline, writer.locale, 'long') });
  }
  writer.addMsg('letters.appeal.expedite', { checkbox: writer.msg('letters.checkbox') });
  if (!isMa && !isMedicare && !isMedicaid) writer.addMsg('letters.appeal.claimFile');
  if (isMa) writer.addMsg('letters.appeal.maIre');

  const fallback: DocumentCode[] = withLmn
    ? ['WRITTEN_DENIAL', 'LETTER_OF_MEDICAL_NECESSITY', 'CLINICAL_RECORDS']
    : ['WRITTEN_DENIAL'];
  writer.addList(
    docLabels(writer, documentsFor(assessment, 'appeal', fallback)),
    writer.msg('letters.enclosures'),
  );
  closing(writer, facts);
  const titleKey: MessageKey = isMa
    ? 'letters.title.appeal.ma'
    : isMedicare
      ? 'letters.title.appeal.medicare'
      : isMedicaid
        ? 'letters.title.appeal.medicaid'
        : 'letters.title.appeal';
  return writer.msg(titleKey);
};

export const lmnRequestLetter: Template = (writer, facts, context) => {
  const doctor = writer.value('treatingDoctor', null);
  header(
    writer,
    facts,
    context,
    writer.msg('letters.lmn.recipient', { doctor }),
    writer.msg('letters.lmn.subject', {
      name: writer.value('memberName', facts.memberName),
      dateOfBirth: writer.value('dateOfBirth', null),
    }),
  );
  writer.addMsg('letters.lmn.greeting', { doctor });
  const denied = Boolean(context.claim) || facts.isPaDenial || Boolean(context.assessment?.appeal.possible);
  writer.addMsg(denied ? 'letters.lmn.intro.denied' : 'letters.lmn.intro.preauth', {
    planName: writer.value('planName', facts.planName),
    service: writer.value('service', facts.service),
  });
  const reference = [facts.claimId, facts.referenceNumber].filter(Boolean).join(', ');
  const dateOfService = facts.dateOfService ? formatDate(facts.dateOfService, writer.locale, 'long') : null;
  const refParts = [reference, dateOfService].filter((part): part is string => Boolean(part));
  if (refParts.length > 0) writer.addMsg('letters.lmn.refs', { reference: refParts.join(', ') });
  const items = [
    writer.msg('letters.lmn.item.diagnosis'),
    writer.msg('letters.lmn.item.history'),
    writer.msg('letters.lmn.item.why'),
    writer.msg('letters.lmn.item.expertise'),
    writer.msg('letters.lmn.item.guidelines'),
  ];
  if (denied) {
    // The reason is quoted inside a list item that ends with ';': drop its own closing punctuation.
    const reason = facts.denialReason?.trim().replace(/[.;:]+$/, '') ?? null;
    items.push(writer.msg('letters.lmn.item.denialAnswer', { reason: writer.value('denialReason', reason) }));
  }
  items.push(writer.msg('letters.lmn.item.signature'));
  writer.addList(items, writer.msg('letters.lmn.include'));
  if (facts.appealDeadline && denied) {
    writer.addMsg('letters.lmn.deadline', {
      deadline: formatDate(facts.appealDeadline, writer.locale, 'long'),
    });
  } else {
    writer.addMsg('letters.lmn.soon');
  }
  if (context.assessment?.appeal.nextSteps.includes('PEER_TO_PEER')) writer.addMsg('letters.lmn.p2p');
  writer.addMsg('letters.lmn.thanks', {
    signature: writer.msg('letters.signatureLine'),
    name: writer.value('memberName', facts.memberName),
    phone: writer.value('phone', null),
  });
  return writer.msg('letters.title.lmn-request');
};

export const recordsRequestLetter: Template = (writer, facts, context) => {
  const name = writer.value('memberName', facts.memberName);
  const dateOfBirth = writer.value('dateOfBirth', null);
  header(
    writer,
    facts,
    context,
    writer.msg('letters.records.recipient', { holder: writer.value('recordsHolder', null) }),
    writer.msg('letters.records.subject', { name, dateOfBirth }),
  );
  writer.addMsg('letters.records.intro', {
    doctor: writer.value('secondOpinionDoctor', null),
    address: writer.value('secondOpinionAddress', null),
    appointmentDate: writer.value('appointmentDate', null),
  });
  writer.addList(
    [
      writer.msg('letters.records.item.notes', { diagnosis: writer.value('diagnosis', null) }),
      writer.msg('letters.records.item.imaging'),
      writer.msg('letters.records.item.pathology'),
      writer.msg('letters.records.item.tests'),
      writer.msg('letters.records.item.plan'),
    ],
    writer.msg('letters.records.send'),
  );
  writer.addMsg('letters.records.right');
  writer.addMsg('letters.records.closing', {
    signature: writer.msg('letters.signatureLine'),
    name,
    dateOfBirth,
    phone: writer.value('phone', null),
  });
  return writer.msg('letters.title.records-request');
};

/** The PA document checklist for an assessment (the engine's list, else the standard five). */
export const STANDARD_PRE_AUTH_DOCUMENTS: readonly DocumentCode[] = [
  'INITIAL_DIAGNOSIS',
  'TEST_RESULTS',
  'PROPOSED_TREATMENT_PLAN',
  'REFERRAL_FROM_PCP',
  'RECORDS_AND_IMAGING',
];

export const preAuthRequestLetter: Template = (writer, facts, context) => {
  const assessment = context.assessment ?? null;
  const steps = assessment?.appeal.nextSteps ?? [];
  header(
    writer,
    facts,
    context,
    writer.msg('letters.preauth.recipient', {
      planName: writer.value('planName', facts.planName),
      address: writer.value('paAddress', null),
    }),
    writer.msg('letters.preauth.subject'),
  );
  const network = facts.networkStatus
    ? writer.msg(`present.value.networkStatus.${facts.networkStatus}` as MessageKey)
    : null;
  writer.addMsg('letters.preauth.details', {
    name: writer.value('memberName', facts.memberName),
    memberId: writer.value('memberId', facts.memberId),
    dateOfBirth: writer.value('dateOfBirth', null),
    service: writer.value('service', facts.service),
    procedureCode: writer.value('procedureCode', facts.procedureCode),
    diagnosis: writer.value('diagnosis', null),
    diagnosisCodes: writer.value('diagnosisCodes', null),
    provider: writer.value('provider', facts.provider),
    networkStatus: writer.value('networkStatus', network),
    plannedDate: writer.date('plannedDate', context.authorization?.serviceDateFrom ?? null),
  });
  writer.addMsg('letters.preauth.ask');
  if (
    steps.includes('REQUEST_NETWORK_EXCEPTION') ||
    (facts.networkStatus === 'out-of-network' && !steps.length)
  ) {
    writer.addMsg('letters.preauth.networkException');
  }
  if (steps.includes('REQUEST_ORGANIZATION_DETERMINATION')) writer.addMsg('letters.preauth.orgDetermination');
  const documents = preAuthDocuments(context);
  if (documents.includes('REFERRAL_FROM_PCP') && assessment?.referralNeeded === true) {
    writer.addMsg('letters.preauth.referral');
  }
  const due = assessment?.preAuthDecisionDueBy;
  if (due?.standard && due.expedited) {
    writer.addMsg('letters.preauth.due', {
      standard: formatDate(due.standard, writer.locale, 'long'),
      expedited: formatDate(due.expedited, writer.locale, 'long'),
    });
  }
  writer.addMsg('letters.preauth.urgent', { checkbox: writer.msg('letters.checkbox') });
  writer.addCheckList(docLabels(writer, documents), writer.msg('letters.preauth.checklist'));
  writer.addMsg('letters.preauth.closing', {
    submitter: writer.value('submitter', null),
    phone: writer.value('phone', null),
    signature: writer.msg('letters.signatureLine'),
  });
  return writer.msg('letters.title.preauth-request');
};

/**
 * The documents a PA request needs: the engine's list for this assessment when it gave one, else the standard
 * five; plus the evidence for a network exception when the engine asks for one.
 */
export function preAuthDocuments(context: Pick<LetterContext, 'assessment'>): DocumentCode[] {
  const assessment = context.assessment ?? null;
  const documents = documentsFor(assessment, 'priorAuth', STANDARD_PRE_AUTH_DOCUMENTS);
  const steps = assessment?.appeal.nextSteps ?? [];
  if (
    steps.includes('REQUEST_NETWORK_EXCEPTION') &&
    !documents.includes('NO_IN_NETWORK_EXPERTISE_EVIDENCE')
  ) {
    documents.push('NO_IN_NETWORK_EXPERTISE_EVIDENCE');
  }
  if (assessment?.referralNeeded === true && !documents.includes('REFERRAL_FROM_PCP'))
    documents.push('REFERRAL_FROM_PCP');
  return documents;
}

export const externalReviewLetter: Template = (writer, facts, context) => {
  if (facts.planKind && facts.planKind !== 'employer-erisa' && facts.planKind !== 'aca-individual') {
    writer.note('letters.note.externalNotForKind');
  }
  header(
    writer,
    facts,
    context,
    writer.msg('letters.external.recipient', { address: writer.value('externalReviewAddress', null) }),
    writer.msg('letters.external.subject'),
  );
  memberBlock(writer, facts);
  subjectBlock(writer, facts, context);
  decisionBlock(writer, facts, 'finalDenialDate');
  // The final internal denial is the notice of the claim when the engine says the next level is external review.
  const finalIsThisNotice = context.assessment?.appeal.level === 'external-review';
  writer.addMsg('letters.external.ask', {
    finalDenialDate: writer.date('finalDenialDate', finalIsThisNotice ? facts.noticeDate : null),
  });
  writer.addMsg('letters.external.why', { whyWrong: writer.value('whyWrong', null) });
  if (finalIsThisNotice && facts.appealDeadline) {
    writer.addMsg('letters.external.inTime', {
      deadline: formatDate(facts.appealDeadline, writer.locale, 'long'),
    });
  }
  writer.addMsg('letters.external.expedite', { checkbox: writer.msg('letters.checkbox') });
  writer.addMsg('letters.external.basis');
  writer.addMsg('letters.external.release');
  writer.addList(
    docLabels(writer, [
      'WRITTEN_DENIAL',
      'LETTER_OF_MEDICAL_NECESSITY',
      'CLINICAL_RECORDS',
      'GUIDELINES_OR_LITERATURE',
    ]),
    writer.msg('letters.enclosures'),
  );
  closing(writer, facts);
  return writer.msg('letters.title.external-review');
};

export const erisaClaimFileLetter: Template = (writer, facts, context) => {
  if (facts.planKind && facts.planKind !== 'employer-erisa') writer.note('letters.note.erisaOnly');
  header(
    writer,
    facts,
    context,
    writer.msg('letters.erisa.recipient', {
      planName: writer.value('planName', facts.planName),
      address: writer.value('planAdministrator', null),
    }),
    writer.msg('letters.erisa.subject'),
  );
  memberBlock(writer, facts);
  subjectBlock(writer, facts, context);
  decisionBlock(writer, facts, 'noticeDate');
  writer.addList(
    [
      writer.msg('letters.erisa.item.file'),
      writer.msg('letters.erisa.item.criteria'),
      writer.msg('letters.erisa.item.judgment'),
      writer.msg('letters.erisa.item.experts'),
      writer.msg('letters.erisa.item.codes'),
      writer.msg('letters.erisa.item.plan'),
    ],
    writer.msg('letters.erisa.ask'),
  );
  if (facts.appealDeadline && context.assessment?.appeal.status === 'open') {
    writer.addMsg('letters.erisa.deadlineKnown', {
      deadline: formatDate(facts.appealDeadline, writer.locale, 'long'),
    });
  } else {
    writer.addMsg('letters.erisa.deadline');
  }
  closing(writer, facts);
  return writer.msg('letters.title.erisa-claim-file');
};
