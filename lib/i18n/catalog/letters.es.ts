/**
 * Plantillas de cartas y listas de verificación en español (lib/letters). Trato de "usted"; el término técnico
 * entre paréntesis. Las citas legales se dejan en su forma oficial en inglés (29 CFR …).
 */
import type { LettersCatalog } from './letters.en';

export const lettersEs: LettersCatalog = {
  'letters.blank': '[__________ ({label})]',
  'letters.signatureLine': '______________________________',
  'letters.checkbox': '[ ]',
  'letters.listSeparator': ', ',

  'letters.title.appeal': 'Carta de apelación (apelación interna)',
  'letters.title.appeal.ma':
    'Solicitud para reconsiderar una decisión (reconsideración de Medicare Advantage)',
  'letters.title.appeal.medicare':
    'Solicitud para volver a revisar una decisión (redeterminación de Medicare)',
  'letters.title.appeal.medicaid': 'Apelación a su plan de salud de Medicaid (apelación al plan)',
  'letters.title.lmn-request': 'Solicitud a su médico de una carta de necesidad médica',
  'letters.title.records-request':
    'Solicitud para enviar el expediente médico al médico de la segunda opinión',
  'letters.title.preauth-request':
    'Solicitud de aprobación previa (autorización previa): carta de presentación',
  'letters.title.external-review': 'Solicitud de revisión por un revisor independiente (revisión externa)',
  'letters.title.erisa-claim-file':
    'Solicitud del expediente de la reclamación y de los criterios usados (ERISA, 29 CFR 2560.503-1)',

  'letters.field.memberName': 'nombre completo del paciente',
  'letters.field.memberId': 'número de miembro (ID)',
  'letters.field.groupNumber': 'número de grupo',
  'letters.field.dateOfBirth': 'fecha de nacimiento',
  'letters.field.memberAddress': 'su dirección postal',
  'letters.field.phone': 'su número de teléfono',
  'letters.field.planName': 'nombre del plan de salud',
  'letters.field.planAddress': 'dirección o fax de apelaciones del plan, de la carta de denegación',
  'letters.field.paAddress': 'fax o dirección de autorizaciones previas del plan',
  'letters.field.macAddress': 'dirección del contratista de Medicare, de su Resumen de Medicare',
  'letters.field.externalReviewAddress':
    'a dónde enviar la solicitud de revisión externa, de la carta de denegación final',
  'letters.field.planAdministrator':
    'nombre y dirección del administrador del plan, de la descripción resumida del plan',
  'letters.field.claimId': 'número de reclamación',
  'letters.field.referenceNumber': 'número de autorización o de referencia',
  'letters.field.dateOfService': 'fecha del servicio',
  'letters.field.provider': 'proveedor que dio la atención',
  'letters.field.noticeDate': 'fecha del aviso de decisión',
  'letters.field.finalDenialDate': 'fecha de la carta de denegación final',
  'letters.field.denialReason': 'motivo de la denegación, tal como aparece en el aviso',
  'letters.field.service': 'servicio o tratamiento',
  'letters.field.procedureCode': 'código del procedimiento (CPT)',
  'letters.field.diagnosis': 'diagnóstico',
  'letters.field.diagnosisCodes': 'códigos de diagnóstico ICD-10',
  'letters.field.treatingDoctor': 'nombre del médico tratante',
  'letters.field.recordsHolder': 'médico u hospital que tiene su expediente',
  'letters.field.secondOpinionDoctor': 'nombre del médico de la segunda opinión',
  'letters.field.secondOpinionAddress': 'dirección, fax o correo seguro del médico de la segunda opinión',
  'letters.field.appointmentDate': 'fecha de la cita',
  'letters.field.plannedDate': 'fecha prevista del servicio',
  'letters.field.networkStatus': 'dentro o fuera de la red',
  'letters.field.whyWrong': 'por qué la decisión es incorrecta, con sus propias palabras',
  'letters.field.lateReason': 'el motivo por el que la apelación llega tarde',
  'letters.field.submitter': 'nombre de la persona que envía esta solicitud',

  'letters.header.member':
    'Paciente: {name}\nNúmero de miembro: {memberId}\nNúmero de grupo: {groupNumber}\nPlan: {planName}',
  'letters.header.from': 'De: {name}\n{address}\nTeléfono: {phone}',
  'letters.header.to': 'Para: {recipient}',
  'letters.header.date': 'Fecha: {date}',
  'letters.claimLines':
    'Número de reclamación: {claimId}\nFecha del servicio: {dateOfService}\nProveedor: {provider}\nServicio: {service}',
  'letters.authLines':
    'Número de autorización o de referencia: {referenceNumber}\nProveedor: {provider}\nServicio: {service}',
  'letters.noticeLine': 'Fecha del aviso de decisión: {noticeDate}',
  'letters.codesLine': 'Códigos de motivo en el aviso: {codes}',
  'letters.reasonLine': 'Motivo indicado: {reason}',
  'letters.amountsLine': 'Monto facturado: {billed}. Monto que según el aviso debo: {owes}.',
  'letters.closing':
    'Les ruego que me envíen su decisión por escrito.\n\nAtentamente,\n\n{signature}\n{name}',
  'letters.enclosures': 'Documentos adjuntos:',
  'letters.bullet': '- {text}',

  'letters.appeal.recipient.plan': 'Departamento de apelaciones, {planName}, {address}',
  'letters.appeal.recipient.mac': 'Contratista Administrativo de Medicare, {address}',
  'letters.appeal.subject': 'Asunto: Apelación de la decisión sobre la reclamación indicada',
  'letters.appeal.subject.pa':
    'Asunto: Apelación de la denegación de la aprobación previa (autorización previa)',
  'letters.appeal.greeting': 'A quien corresponda:',
  'letters.appeal.intro.claim':
    'Les pido que vuelvan a revisar (apelación) su decisión de no pagar la atención indicada arriba.',
  'letters.appeal.intro.pa':
    'Les pido que vuelvan a revisar (apelación) su decisión de no aprobar por adelantado (autorización previa) la atención indicada arriba.',
  'letters.appeal.intro.ma':
    'Pido a mi plan Medicare Advantage que reconsidere su decisión sobre la atención indicada arriba (reconsideración).',
  'letters.appeal.intro.medicare':
    'Pido que se vuelva a revisar la decisión sobre la atención indicada arriba, que aparece en mi Resumen de Medicare (redeterminación).',
  'letters.appeal.intro.medicaid':
    'Apelo la decisión de mi plan de salud de Medicaid sobre la atención indicada arriba (apelación al plan).',
  'letters.appeal.ask.claim':
    'Les pido que anulen la decisión y procesen la reclamación para que el plan pague su parte de esta atención cubierta.',
  'letters.appeal.ask.pa': 'Les pido que anulen la decisión y aprueben esta atención.',
  'letters.appeal.reason.necessity':
    'Mi médico tratante ha determinado que esta atención es médicamente necesaria para mi condición. Adjunto una carta de mi médico que explica por qué (carta de necesidad médica) y mi expediente médico.',
  'letters.appeal.reason.experimental':
    'El plan calificó esta atención de experimental o en investigación. La carta de mi médico y las guías clínicas y estudios médicos adjuntos muestran que es un tratamiento aceptado para mi condición.',
  'letters.appeal.reason.auth':
    'El aviso dice que faltaba la aprobación previa (autorización previa). La atención era médicamente necesaria; les pido que la revisen por su fondo y la aprueben después del servicio (autorización retroactiva).',
  'letters.appeal.reason.referral':
    'El aviso dice que faltaba un referido. Adjunto el referido de mi médico de atención primaria (o se enviará por separado).',
  'letters.appeal.reason.network':
    'Ningún médico de la red del plan tiene la experiencia que necesita mi condición. Les pido que cubran a este proveedor al nivel de la red como excepción (excepción de red).',
  'letters.appeal.reason.secondOpinion':
    'El aviso aplica una penalidad por no obtener una segunda opinión quirúrgica. Se obtuvo una segunda opinión (copia adjunta), o la atención estaba exenta.',
  'letters.appeal.reason.own': 'Otros motivos por los que la decisión es incorrecta: {whyWrong}',
  'letters.appeal.inTime': 'Envío esta apelación dentro del plazo, que vence el {deadline}.',
  'letters.appeal.late':
    'El plazo para esta apelación venció el {deadline}. Les pido que la acepten tarde por una causa justificada: {lateReason}',
  'letters.appeal.expedite':
    '{checkbox} Mi médico dice que esperar el plazo normal podría dañar gravemente mi vida o mi salud. Les pido que decidan esta apelación con urgencia (apelación acelerada).',
  'letters.appeal.claimFile':
    'Les pido también que me envíen, sin costo, copias de todos los documentos relacionados con mi reclamación, incluidas las reglas, guías o criterios usados para decidirla.',
  'letters.appeal.maIre':
    'Si no deciden totalmente a mi favor, les pido que envíen mi caso a la Entidad de Revisión Independiente, como exigen las reglas de Medicare.',

  'letters.lmn.recipient': 'Dr./Dra. {doctor}',
  'letters.lmn.subject':
    'Asunto: Solicitud de una carta de necesidad médica para {name} (fecha de nacimiento {dateOfBirth})',
  'letters.lmn.greeting': 'Estimado/a Dr./Dra. {doctor}:',
  'letters.lmn.intro.denied':
    'Mi plan de salud, {planName}, denegó {service}. Voy a apelar y necesito una carta suya que explique por qué esta atención es médicamente necesaria para mí (carta de necesidad médica).',
  'letters.lmn.intro.preauth':
    'Mi plan de salud, {planName}, debe aprobar {service} por adelantado. Necesito una carta suya que explique por qué esta atención es médicamente necesaria para mí (carta de necesidad médica) para enviarla con la solicitud.',
  'letters.lmn.refs': 'Referencia del plan: {reference}.',
  'letters.lmn.include': 'Le ruego que incluya:',
  'letters.lmn.item.diagnosis': 'mi diagnóstico, con sus códigos de diagnóstico (ICD-10);',
  'letters.lmn.item.history': 'mi historia clínica y los tratamientos ya probados, con sus resultados;',
  'letters.lmn.item.why': 'por qué esta atención se necesita ahora y qué podría pasar sin ella;',
  'letters.lmn.item.expertise':
    'si este médico o centro está fuera de la red: por qué ningún médico de la red tiene la experiencia necesaria;',
  'letters.lmn.item.guidelines': 'las guías clínicas o los estudios médicos que respaldan esta atención;',
  'letters.lmn.item.denialAnswer': 'una respuesta al motivo de la denegación del plan: {reason};',
  'letters.lmn.item.signature': 'su nombre, credenciales, firma y la fecha, en papel con membrete.',
  'letters.lmn.deadline':
    'Mi apelación debe llegar al plan antes del {deadline}, por lo que le agradecería recibir su carta con bastante anticipación.',
  'letters.lmn.soon': 'Le agradecería recibir su carta lo antes posible.',
  'letters.lmn.p2p':
    'Si puede, le ruego que también pida una llamada con el director médico del plan sobre esta decisión (revisión entre pares).',
  'letters.lmn.thanks': 'Muchas gracias por su ayuda.\n\n{signature}\n{name}\nTeléfono: {phone}',

  'letters.records.recipient': 'Oficina de expedientes médicos, {holder}',
  'letters.records.subject':
    'Asunto: Solicitud para enviar mi expediente médico para una segunda opinión — {name}, fecha de nacimiento {dateOfBirth}',
  'letters.records.intro':
    'Les pido que envíen copias de mi expediente médico al médico que me dará una segunda opinión:\n{doctor}\n{address}\nFecha de la cita: {appointmentDate}',
  'letters.records.send': 'Les ruego que envíen:',
  'letters.records.item.notes':
    'notas de consulta, informes de interconsulta y el resumen de alta sobre mi {diagnosis};',
  'letters.records.item.imaging':
    'estudios de imagen: las imágenes mismas (una copia digital, por ejemplo archivos DICOM en un disco o por enlace seguro) y los informes del radiólogo;',
  'letters.records.item.pathology':
    'informes de patología, y las laminillas o bloques de tejido si el médico de la segunda opinión los pide;',
  'letters.records.item.tests': 'resultados de laboratorio y de otras pruebas;',
  'letters.records.item.plan':
    'el plan de tratamiento actual, la lista de medicamentos y los informes de cirugía, si los hay.',
  'letters.records.right':
    'Según HIPAA, tengo derecho a obtener copias de mi expediente médico (45 CFR 164.524). Les ruego que lo envíen antes de mi cita. Si su oficina necesita su propio formulario de autorización, por favor envíemelo.',
  'letters.records.closing':
    'Gracias.\n\n{signature}\n{name}\nFecha de nacimiento: {dateOfBirth}\nTeléfono: {phone}',

  'letters.preauth.recipient': 'Departamento de autorizaciones previas, {planName}, {address}',
  'letters.preauth.subject': 'Asunto: Solicitud de aprobación previa (autorización previa)',
  'letters.preauth.details':
    'Paciente: {name}\nNúmero de miembro: {memberId}\nFecha de nacimiento: {dateOfBirth}\nServicio solicitado: {service}\nCódigo del procedimiento: {procedureCode}\nDiagnóstico: {diagnosis} ({diagnosisCodes})\nProveedor: {provider} ({networkStatus})\nFecha prevista del servicio: {plannedDate}',
  'letters.preauth.ask':
    'Pedimos al plan que apruebe por adelantado el servicio indicado. Los documentos adjuntos muestran por qué es médicamente necesario.',
  'letters.preauth.networkException':
    'El proveedor está fuera de la red. Ningún proveedor de la red tiene la experiencia necesaria, por lo que también pedimos al plan que cubra a este proveedor al nivel de la red (excepción de red).',
  'letters.preauth.orgDetermination':
    'Esta es también una solicitud de decisión de cobertura antes del servicio (determinación de la organización) según las reglas de Medicare Advantage.',
  'letters.preauth.referral': 'Se adjunta el referido del médico de atención primaria.',
  'letters.preauth.due':
    'Según las reglas de este plan, la decisión vence el {standard} (o el {expedited} si la solicitud es urgente).',
  'letters.preauth.urgent':
    '{checkbox} Urgente: esperar el plazo normal podría dañar gravemente la vida o la salud del paciente. Les pedimos decidir en 72 horas (solicitud acelerada).',
  'letters.preauth.checklist': 'Documentos adjuntos (marque cada uno):',
  'letters.preauth.closing': 'Enviado por: {submitter}\nTeléfono: {phone}\n\n{signature}',

  'letters.external.recipient': 'Revisión externa, {address}',
  'letters.external.subject': 'Asunto: Solicitud de revisión externa',
  'letters.external.ask':
    'Solicito que una organización de revisión independiente revise (revisión externa) la decisión final de mi plan, con fecha {finalDenialDate}, de denegar la atención indicada arriba. Ya completé la apelación interna del plan.',
  'letters.external.why': 'Creo que la decisión es incorrecta porque: {whyWrong}',
  'letters.external.inTime': 'Presento esta solicitud dentro del plazo, que vence el {deadline}.',
  'letters.external.expedite':
    '{checkbox} Mi médico certifica que esperar una revisión normal podría dañar gravemente mi vida, mi salud o mi capacidad de recuperar todas mis funciones. Les pido una revisión externa rápida (acelerada).',
  'letters.external.basis':
    'Esta solicitud se presenta según las reglas federales de revisión externa (29 CFR 2590.715-2719 y 45 CFR 147.136) o el proceso estatal que corresponda a mi plan.',
  'letters.external.release':
    'Autorizo que se entregue mi expediente médico al revisor independiente para esta revisión.',

  'letters.erisa.recipient': 'Administrador del plan, {planName}, {address}',
  'letters.erisa.subject':
    'Asunto: Solicitud de documentos relacionados con mi reclamación (29 CFR 2560.503-1)',
  'letters.erisa.ask':
    'Según la regla de procedimientos de reclamaciones de ERISA, 29 CFR 2560.503-1(h)(2)(iii), les pido que me envíen, sin costo, copias de todos los documentos, registros y demás información relacionados con mi reclamación, incluidos:',
  'letters.erisa.item.file':
    'el expediente completo de la reclamación, con notas, revisiones, registros de llamadas y cartas;',
  'letters.erisa.item.criteria':
    'toda regla interna, guía, protocolo o criterio similar en que se basó la decisión (29 CFR 2560.503-1(g)(1)(v)(A));',
  'letters.erisa.item.judgment':
    'si la decisión se basa en la necesidad médica, en un tratamiento experimental o en una exclusión similar, la explicación del criterio científico o clínico aplicado a mi caso (29 CFR 2560.503-1(g)(1)(v)(B));',
  'letters.erisa.item.experts':
    'los nombres y las calificaciones de los expertos médicos consultados (29 CFR 2560.503-1(h)(3)(iv));',
  'letters.erisa.item.codes':
    'los códigos de diagnóstico y de tratamiento de la reclamación y su significado (29 CFR 2590.715-2719(b)(2)(ii)(E));',
  'letters.erisa.item.plan':
    'las secciones del documento del plan y de la descripción resumida del plan que se aplican a esta reclamación (29 U.S.C. 1024(b)(4)).',
  'letters.erisa.deadline':
    'Esta solicitud no reemplaza ni retrasa mi apelación. Les pido también que me confirmen la fecha límite para presentarla.',
  'letters.erisa.deadlineKnown':
    'Esta solicitud no reemplaza ni retrasa mi apelación; entiendo que debo presentarla antes del {deadline}.',

  'letters.note.erisaOnly':
    'Esta solicitud está pensada para planes de trabajo (ERISA). Su tipo de plan puede darle derechos parecidos según otras reglas; consulte a su plan.',
  'letters.note.externalNotForKind':
    'Su tipo de plan tiene otro siguiente nivel (Medicare: entidad de revisión independiente o contratista; Medicaid: audiencia imparcial estatal). Revise la carta de denegación.',
  'letters.note.expired':
    'El plazo indicado para esta apelación ya venció; la carta pide al plan que la acepte tarde.',
  'letters.note.derivedClaimId':
    'La página no muestra un número para esta reclamación; complételo con el de su estado de cuenta.',

  'letters.doc.INITIAL_DIAGNOSIS': 'El primer diagnóstico, con las notas del médico (diagnóstico inicial)',
  'letters.doc.TEST_RESULTS':
    'Resultados de pruebas: análisis, estudios de imagen e informes de biopsia o patología',
  'letters.doc.PROPOSED_TREATMENT_PLAN':
    'El tratamiento que propone el médico (plan de tratamiento propuesto)',
  'letters.doc.RECORDS_AND_IMAGING': 'Expediente médico e imágenes (las imágenes y los informes)',
  'letters.doc.REFERRAL_FROM_PCP': 'Referido del médico de atención primaria',
  'letters.doc.NO_IN_NETWORK_EXPERTISE_EVIDENCE':
    'Por qué ningún médico de la red tiene la experiencia necesaria (para una excepción de red)',
  'letters.doc.WRITTEN_DENIAL': 'La denegación por escrito (carta de denegación o explicación de beneficios)',
  'letters.doc.CRITERIA_USED': 'Las reglas o criterios que usó el plan para decidir',
  'letters.doc.CLAIM_FILE': 'El expediente de la reclamación en el plan',
  'letters.doc.LETTER_OF_MEDICAL_NECESSITY':
    'Carta del médico tratante que explica por qué se necesita la atención (carta de necesidad médica)',
  'letters.doc.CLINICAL_RECORDS': 'Expediente clínico que respalda la solicitud',
  'letters.doc.GUIDELINES_OR_LITERATURE': 'Guías clínicas o estudios médicos que respaldan la atención',
  'letters.doc.SECOND_OPINION_REPORT': 'El informe del médico de la segunda opinión',
  'letters.doc.PROOF_OF_EMERGENCY_OR_EXEMPTION': 'Prueba de que fue una emergencia o de otra exención',
  'letters.doc.ABN_COPY':
    'Copia del aviso de Medicare que firmó el paciente (Aviso Previo al Beneficiario, ABN)',
  'letters.doc.CORRECTED_CLAIM_DATA': 'Los datos corregidos de la reclamación (para el proveedor)',

  'letters.checklist.title': 'Lista de verificación',
  'letters.checklist.preauthTitle': 'Documentos para la aprobación previa (autorización previa)',
  'letters.check.OBTAIN_REFERRAL':
    'Llame a su médico de atención primaria y pida un referido al especialista.\nIndique el nombre del especialista y el motivo de la visita.\nPida que el consultorio envíe el referido al plan y confirme que esté registrado antes de la visita.',
  'letters.check.RETRO_REFERRAL':
    'Llame a su médico de atención primaria y pida un referido con fecha de la visita.\nPida al consultorio del especialista que reenvíe la reclamación cuando el referido esté registrado.',
  'letters.check.REQUEST_PRIOR_AUTH':
    'Pida al consultorio del médico que envíe la solicitud de aprobación (autorización previa).\nAsegúrese de que incluya el diagnóstico, los resultados de pruebas, el plan de tratamiento propuesto, el referido y el expediente.\nAnote el número de referencia y la fecha en que el plan la recibió.',
  'letters.check.USE_IN_NETWORK_PROVIDER':
    'Busque en el directorio del plan un médico de la red con la especialidad adecuada.\nLlame al plan para confirmar que el médico está en la red de su plan.',
  'letters.check.REQUEST_NETWORK_EXCEPTION':
    'Pida a su médico una carta que explique por qué ningún médico de la red tiene la experiencia necesaria.\nEnvíe la solicitud al plan antes de la visita y guarde el número de referencia.',
  'letters.check.REQUEST_ORGANIZATION_DETERMINATION':
    'Llame a su plan Medicare Advantage o pida a su médico que solicite una decisión de cobertura antes de la visita.\nGuarde la carta con la decisión.',
  'letters.check.SEND_RECORDS':
    'Pida a cada médico u hospital que tenga su expediente que lo envíe al médico de la segunda opinión.\nIncluya las imágenes (no solo los informes) y las laminillas de patología si se las piden.\nLlame al consultorio de la segunda opinión unos días antes de la visita para confirmar que todo llegó.',
  'letters.check.EXPECT_BALANCE_BILL':
    'Pida al proveedor un presupuesto por escrito antes de la visita.\nPregunte si un médico de la red podría atenderle.',
  'letters.check.NSA_PROTECTED':
    'Pague solo su parte dentro de la red.\nSi le llega una factura mayor, comuníquese con la línea de ayuda No Surprises al 1-800-985-3059.',
  'letters.check.AWAIT_DECISION':
    'Anote la fecha límite de la decisión.\nLlame al plan si no tiene noticias para entonces.',
  'letters.check.REQUEST_DENIAL_LETTER':
    'Pida al plan la denegación por escrito con el motivo concreto.\nPida las reglas o criterios usados y su expediente de la reclamación (sin costo).',
  'letters.check.PEER_TO_PEER':
    'Pida al consultorio de su médico que solicite pronto una llamada con el director médico del plan: los planes dan poco tiempo.\nLa llamada no detiene el plazo de apelación; siga preparando la apelación.',
  'letters.check.RETRO_AUTH':
    'Pregunte al consultorio del proveedor si el plan permite la aprobación después del servicio (autorización retroactiva).\nSi no, apele con la carta de su médico y su expediente.',
  'letters.check.CORRECTED_CLAIM':
    'Llame a la oficina de facturación del proveedor y pida que corrijan y reenvíen la reclamación.\nDeles los códigos de motivo del aviso.',
  'letters.check.NEW_CLAIM':
    'Pida a la oficina de facturación del proveedor que envíe una reclamación nueva y completa.\nUna apelación no sirve para este tipo de rechazo.',
  'letters.check.INTERNAL_APPEAL':
    'Escriba la carta de apelación y adjunte el aviso de denegación.\nEnvíela antes de la fecha límite por un medio que pueda comprobar (confirmación de fax, correo certificado o el portal del plan).\nGuarde copias de todo lo que envíe.',
  'letters.check.INTERNAL_APPEAL_WITH_LMN':
    'Pida a su médico una carta de necesidad médica.\nReúna el expediente clínico, las guías o estudios y el informe de la segunda opinión.\nEnvíe la carta de apelación con todo ello antes de la fecha límite, por un medio que pueda comprobar.',
  'letters.check.EXTERNAL_REVIEW':
    'Si el plan mantiene la denegación, pida una revisión externa antes de la fecha límite indicada en la carta de denegación final.\nPida una revisión rápida (acelerada) si su salud está en riesgo.',
  'letters.check.MA_RECONSIDERATION':
    'Envíe la solicitud de reconsideración a su plan Medicare Advantage antes de la fecha límite.\nPida una decisión rápida si esperar podría dañar su salud.',
  'letters.check.IRE_AUTO_REVIEW':
    'Esté atento a una carta de la Entidad de Revisión Independiente si el plan vuelve a decir que no.',
  'letters.check.MEDICARE_REDETERMINATION':
    'Llene la solicitud de redeterminación (o escriba una carta) y envíela al contratista indicado en su Resumen de Medicare.\nIncluya una copia del resumen con el servicio marcado.',
  'letters.check.STATE_FAIR_HEARING':
    'Después de la decisión de la apelación del plan, pida una audiencia imparcial a la agencia de Medicaid de su estado antes de su fecha límite.',
  'letters.check.REQUEST_LATE_REVIEW_GOOD_CAUSE':
    'Anote por qué la apelación llega tarde (por ejemplo, una enfermedad o un aviso enviado a otra dirección).\nEnvíe la apelación con esa explicación lo antes posible.',
  'letters.check.CONSUMER_ASSISTANCE':
    'Comuníquese con el programa de asistencia al consumidor o el departamento de seguros de su estado para recibir ayuda gratuita.\nPara planes de trabajo también puede llamar al Departamento de Trabajo de EE. UU. al 1-866-444-3272.',
  'letters.check.NEW_PA_REQUEST_IF_NEW_EVIDENCE':
    'Si hay nuevos resultados o una nueva opinión, pida al médico que envíe una nueva solicitud de aprobación con ellos.',
  'letters.check.PATIENT_RESPONSIBILITY':
    'Compare la factura con la explicación de beneficios del plan.\nSi los montos coinciden, páguela o pida al proveedor un plan de pagos.',
  'letters.check.PROVIDER_WRITE_OFF':
    'No pague este monto.\nSi el proveedor se lo cobra, envíele la explicación de beneficios.',
  'letters.check.PROOF_OF_TIMELY_FILING':
    'Pida al proveedor que envíe al plan la prueba de que presentó la reclamación a tiempo.',
  'letters.check.CHECK_ORIGINAL_CLAIM':
    'Busque la primera reclamación por el mismo servicio y revise cómo se pagó.',
  'letters.check.VERIFY_ELIGIBILITY_COB':
    'Revise con el plan las fechas de su cobertura.\nInforme al plan de cualquier otro seguro que tenga (coordinación de beneficios).',
  'letters.check.BILL_CORRECT_PAYER':
    'Diga al proveedor cuál es su seguro principal.\nPídale que facture primero a ese seguro.',
};
