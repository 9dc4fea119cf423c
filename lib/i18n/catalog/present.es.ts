/**
 * Textos en español para lib/present. Trato de "usted"; primero lenguaje sencillo, el término técnico entre paréntesis.
 */
import type { PresentCatalog } from './present.en';

export const presentEs: PresentCatalog = {
  'present.notice.settingsMigrated': 'Su configuración se actualizó a un formato nuevo.',
  'present.notice.settingsReset':
    'No se pudo leer su configuración guardada; se volvió a los valores predeterminados.',
  'present.notice.profileMigrated': 'Los datos de su plan guardados se actualizaron a un formato nuevo.',
  'present.notice.profileReset':
    'No se pudieron leer los datos de su plan guardados y se borraron. Vuelva a abrir la página de beneficios.',
  'present.notice.profilesPartlyReset':
    'Algunos datos de su plan guardados no se pudieron leer y se borraron.',
  'present.notice.factsExpired': 'Se olvidaron los datos más antiguos que su período de conservación.',
  'present.notice.resultTruncated':
    'Esta página tiene demasiadas reclamaciones para guardarlas todas; solo se muestran las primeras.',

  'present.field.plan.kind': 'Tipo de cobertura (empleador, individual, Medicare, Medicaid)',
  'present.field.plan.type': 'Tipo de plan (HMO, PPO, …)',
  'present.field.plan.sbcReferralRequired': '¿Su plan exige un referido para ver a un especialista?',
  'present.field.plan.preAuthRequiredForService':
    '¿Este servicio está en la lista del plan que requiere aprobación previa (autorización previa)?',
  'present.field.plan.deductible.individual': 'Su deducible (dentro de la red)',
  'present.field.plan.deductible.individualMet':
    'Lo que ha pagado del deducible hasta ahora (dentro de la red)',
  'present.field.plan.deductible.family': 'Deducible familiar (dentro de la red)',
  'present.field.plan.deductible.familyMet': 'Deducible familiar pagado hasta ahora (dentro de la red)',
  'present.field.plan.oopMax.individual':
    'Lo máximo que paga en un año (límite de gastos de bolsillo, dentro de la red)',
  'present.field.plan.oopMax.individualMet':
    'Pagado hacia su límite de gastos de bolsillo (dentro de la red)',
  'present.field.plan.oopMax.family': 'Límite familiar de gastos de bolsillo (dentro de la red)',
  'present.field.plan.oopMax.familyMet': 'Pagado por la familia hacia el límite (dentro de la red)',
  'present.field.plan.copay': 'Copago de visita al especialista (dentro de la red)',
  'present.field.plan.coinsurance': 'Su parte después del deducible (coseguro, dentro de la red)',
  'present.field.plan.deductible.familyType': 'Cómo funciona el deducible familiar (integrado o agregado)',
  'present.field.plan.copayAppliesBeforeDeductible': '¿Se cobra el copago antes de cubrir el deducible?',
  'present.field.plan.copayLesserOfAllowed': '¿Paga lo menor entre el copago y el monto permitido?',
  'present.field.plan.outOfNetwork.deductible.individual': 'Su deducible (fuera de la red)',
  'present.field.plan.outOfNetwork.deductible.individualMet':
    'Lo que ha pagado del deducible hasta ahora (fuera de la red)',
  'present.field.plan.outOfNetwork.deductible.family': 'Deducible familiar (fuera de la red)',
  'present.field.plan.outOfNetwork.deductible.familyMet':
    'Deducible familiar pagado hasta ahora (fuera de la red)',
  'present.field.plan.outOfNetwork.oopMax.individual':
    'Lo máximo que paga en un año (límite de gastos de bolsillo, fuera de la red)',
  'present.field.plan.outOfNetwork.oopMax.individualMet':
    'Pagado hacia su límite de gastos de bolsillo (fuera de la red)',
  'present.field.plan.outOfNetwork.oopMax.family': 'Límite familiar de gastos de bolsillo (fuera de la red)',
  'present.field.plan.outOfNetwork.oopMax.familyMet':
    'Pagado por la familia hacia el límite (fuera de la red)',
  'present.field.plan.outOfNetwork.copay': 'Copago de visita al especialista (fuera de la red)',
  'present.field.plan.outOfNetwork.coinsurance': 'Su parte después del deducible (coseguro, fuera de la red)',
  'present.field.plan.outOfNetworkCovered': '¿El plan cubre atención fuera de la red?',
  'present.field.plan.oonCountsTowardInNetworkOop':
    '¿Lo gastado fuera de la red también cuenta para el límite dentro de la red?',
  'present.field.plan.hsaQualified': '¿Es un plan compatible con una cuenta de ahorros para la salud (HSA)?',
  'present.field.plan.onFederallyFacilitatedExchange': '¿Lo compró en HealthCare.gov (Mercado federal)?',
  'present.field.plan.mandatorySecondOpinionProgram': '¿El plan exige una segunda opinión quirúrgica?',
  'present.field.plan.grandfathered': '¿Es un plan de antes de marzo de 2010 (plan con derechos adquiridos)?',
  'present.field.plan.ratingPeriodStart':
    'Inicio del período de contrato del plan de Medicaid (período de tarifas)',
  'present.field.provider.networkStatus': '¿El médico está en la red de su plan?',
  'present.field.provider.setting': 'Dónde se da la atención',
  'present.field.provider.role': 'Especialidad o función del médico',
  'present.field.provider.participatingFeeScheduleAmount':
    'Monto aprobado por Medicare para el servicio (tarifa de Medicare)',
  'present.field.authorizations.referralOnFile': '¿Hay un referido registrado?',
  'present.field.authorizations.preAuthStatus': 'Estado de la aprobación previa (autorización previa)',
  'present.field.authorizations.paRequestReceived': 'Fecha en que el plan recibió la solicitud de aprobación',
  'present.field.authorizations.paExpedited': '¿La solicitud se marcó como urgente (acelerada)?',
  'present.field.authorizations.nsaConsentSigned':
    '¿Firmó un formulario aceptando facturación fuera de la red?',
  'present.field.authorizations.nsaConsentHoursBeforeService':
    'Horas antes del servicio en que firmó ese formulario',
  'present.field.authorizations.networkExceptionApproved':
    '¿El plan aprobó a este médico fuera de la red (excepción de red)?',
  'present.field.authorizations.inNetworkAlternativeAvailable':
    '¿Hay un médico dentro de la red con la misma experiencia?',
  'present.field.authorizations.abnSigned': '¿Firmó un aviso de Medicare de que quizá tenga que pagar (ABN)?',
  'present.field.authorizations.secondOpinionDocumented': '¿La segunda opinión consta en su expediente?',
  'present.field.authorizations.authNumber': 'Número de aprobación (autorización)',
  'present.field.service.kind': 'Tipo de servicio',
  'present.field.service.diagnosisCategory': 'Para qué es la atención',
  'present.field.service.allowedAmount': 'Monto que el plan permite por el servicio (monto permitido)',
  'present.field.service.billedCharge': 'Monto que cobra el médico (cargo facturado)',
  'present.field.service.recognizedAmount': 'Monto que usa la Ley Sin Sorpresas (monto reconocido)',
  'present.field.service.emergency': '¿Es una emergencia?',
  'present.field.service.officeVisitNumberThisYear':
    '¿Qué número de visita al consultorio es en el año del plan?',
  'present.field.service.priorOpinionsDisagree': '¿Las opiniones anteriores no coincidieron?',
  'present.field.claim.status': 'Qué decidió el plan sobre la reclamación',
  'present.field.claim.noticeDate': 'Fecha del aviso de decisión',
  'present.field.claim.noticeReceivedDate': 'Fecha en que recibió el aviso de decisión',
  'present.field.claim.appealBy': 'Fecha límite para apelar impresa en el aviso',
  'present.field.claim.finalInternalDenial':
    '¿Es la respuesta final del plan después de una apelación (denegación interna final)?',
  'present.field.claim.adjustments': 'Códigos de motivo y montos de la reclamación',

  'present.value.planKind.employer-erisa': 'Plan de trabajo (plan del empleador bajo ERISA)',
  'present.value.planKind.aca-individual': 'Plan que compró usted (plan individual de la ACA)',
  'present.value.planKind.medicare-original': 'Medicare Original',
  'present.value.planKind.medicare-advantage': 'Medicare Advantage',
  'present.value.planKind.medicaid-managed-care': 'Plan de salud de Medicaid (atención administrada)',
  'present.value.planType.HMO': 'HMO (Organización para el Mantenimiento de la Salud)',
  'present.value.planType.PPO': 'PPO (Organización de Proveedores Preferidos)',
  'present.value.planType.EPO': 'EPO (Organización de Proveedores Exclusivos)',
  'present.value.planType.POS': 'POS (Punto de Servicio)',
  'present.value.planType.HDHP-PPO': 'PPO con deducible alto (HDHP)',
  'present.value.planType.Original Medicare': 'Medicare Original',
  'present.value.planType.MA-HMO': 'Medicare Advantage HMO',
  'present.value.planType.MA-PPO': 'Medicare Advantage PPO',
  'present.value.planType.Medicaid MCO': 'Plan de salud de Medicaid (MCO)',
  'present.value.preAuthList.required': 'Sí, necesita aprobación previa',
  'present.value.preAuthList.not-required': 'No necesita aprobación',
  'present.value.preAuthList.unknown': 'No estoy seguro',
  'present.value.familyType.embedded': 'Integrado (cada persona tiene también su propio deducible)',
  'present.value.familyType.aggregate': 'Agregado (solo cuenta el total familiar)',
  'present.value.copayTiming.true': 'Sí, el copago se aplica desde el inicio',
  'present.value.copayTiming.false': 'No, primero va el deducible',
  'present.value.copayTiming.first-3-visits': 'Solo en las 3 primeras visitas al consultorio',
  'present.value.networkStatus.in-network': 'Dentro de la red',
  'present.value.networkStatus.out-of-network': 'Fuera de la red',
  'present.value.networkStatus.medicare-participating': 'Acepta Medicare (participante)',
  'present.value.networkStatus.medicare-nonparticipating-not-assigned':
    'No acepta el monto de Medicare como pago total (no participante, sin asignación)',
  'present.value.setting.office': 'Consultorio médico',
  'present.value.setting.in-network-hospital': 'Hospital dentro de la red',
  'present.value.setting.hospital-outpatient': 'Departamento ambulatorio de un hospital',
  'present.value.setting.in-network-asc': 'Centro de cirugía dentro de la red (ASC)',
  'present.value.setting.imaging-center': 'Centro de imágenes',
  'present.value.setting.lab': 'Laboratorio',
  'present.value.setting.emergency-department': 'Sala de emergencias',
  'present.value.preAuthStatus.none': 'No solicitada',
  'present.value.preAuthStatus.pending': 'Solicitada, esperando decisión',
  'present.value.preAuthStatus.approved': 'Aprobada',
  'present.value.preAuthStatus.denied': 'Denegada',
  'present.value.serviceKind.second-opinion-consult': 'Visita de segunda opinión',
  'present.value.serviceKind.third-opinion': 'Visita de tercera opinión',
  'present.value.serviceKind.surgery': 'Cirugía',
  'present.value.serviceKind.additional-test': 'Prueba, estudio de imagen o análisis',
  'present.value.serviceKind.emergency': 'Atención de emergencia',
  'present.value.diagnosisCategory.cancer': 'Cáncer',
  'present.value.diagnosisCategory.major-surgery': 'Cirugía mayor',
  'present.value.diagnosisCategory.elective-surgery': 'Cirugía programada (electiva)',
  'present.value.diagnosisCategory.complex-diagnosis': 'Diagnóstico complejo o poco claro',
  'present.value.diagnosisCategory.routine': 'Atención de rutina',
  'present.value.diagnosisCategory.cosmetic': 'Estética',
  'present.value.diagnosisCategory.emergency': 'Emergencia',
  'present.value.claimStatus.denied': 'Denegada',
  'present.value.claimStatus.pa-denied': 'Aprobación previa denegada (autorización previa denegada)',
  'present.value.claimStatus.rejected': 'Rechazada (no se pudo procesar)',
  'present.value.claimStatus.paid': 'Pagada',
  'present.value.claimStatus.partially-paid': 'Pagada en parte',
  'present.value.boolean.true': 'Sí',
  'present.value.boolean.false': 'No',
  'present.value.none': 'Ninguno / sin límite',

  'present.step.OBTAIN_REFERRAL': 'Consiga un referido de su médico de atención primaria antes de la visita.',
  'present.step.RETRO_REFERRAL':
    'Pida a su médico de atención primaria un referido con fecha de la visita (referido retroactivo).',
  'present.step.REQUEST_PRIOR_AUTH':
    'Pida al plan que apruebe el servicio por adelantado (autorización previa), con el diagnóstico, los resultados de pruebas y el plan de tratamiento.',
  'present.step.USE_IN_NETWORK_PROVIDER': 'Elija un médico de la red de su plan para la opinión.',
  'present.step.REQUEST_NETWORK_EXCEPTION':
    'Pida al plan que cubra a este médico fuera de la red porque ningún médico de la red tiene esa experiencia (excepción de red).',
  'present.step.REQUEST_ORGANIZATION_DETERMINATION':
    'Pida a su plan Medicare Advantage una decisión de cobertura antes de la visita (determinación de la organización).',
  'present.step.SEND_RECORDS':
    'Pida que envíen su expediente, sus estudios de imagen y sus resultados de laboratorio o biopsia al médico de la segunda opinión.',
  'present.step.EXPECT_BALANCE_BILL':
    'Este médico está fuera de la red y le puede cobrar más de lo que paga el plan (facturación del saldo).',
  'present.step.NSA_PROTECTED':
    'Está protegido contra facturas sorpresa: solo paga su parte dentro de la red (Ley Sin Sorpresas).',
  'present.step.AWAIT_DECISION':
    'La solicitud de aprobación ya se envió; el plan debe decidir antes de la fecha indicada.',
  'present.step.REQUEST_DENIAL_LETTER':
    'Obtenga la denegación por escrito con el motivo, las reglas que usó el plan y su expediente de la reclamación.',
  'present.step.PEER_TO_PEER':
    'Pida a su médico que llame al director médico del plan para hablar de la denegación (revisión entre pares).',
  'present.step.RETRO_AUTH':
    'Pida al proveedor que solicite la aprobación después del servicio (autorización retroactiva).',
  'present.step.CORRECTED_CLAIM':
    'Pida al proveedor que corrija y reenvíe la reclamación (reclamación corregida).',
  'present.step.NEW_CLAIM': 'Pida al proveedor que envíe una reclamación nueva y completa.',
  'present.step.INTERNAL_APPEAL': 'Envíe al plan una apelación por escrito (apelación interna).',
  'present.step.INTERNAL_APPEAL_WITH_LMN':
    'Envíe al plan una apelación por escrito con la carta de su médico que explica por qué necesita la atención (carta de necesidad médica) y su expediente.',
  'present.step.EXTERNAL_REVIEW':
    'Si el plan vuelve a decir que no, pida la revisión de un revisor independiente (revisión externa).',
  'present.step.MA_RECONSIDERATION':
    'Pida a su plan Medicare Advantage que vuelva a revisar (reconsideración); pida una decisión rápida si su salud está en riesgo.',
  'present.step.IRE_AUTO_REVIEW':
    'Si el plan sigue diciendo que no, su caso pasa automáticamente a un revisor independiente (Entidad de Revisión Independiente).',
  'present.step.MEDICARE_REDETERMINATION':
    'Pida al contratista de Medicare que vuelva a revisar (redeterminación).',
  'present.step.STATE_FAIR_HEARING':
    'Después de la apelación al plan, pida una audiencia a su estado (audiencia imparcial estatal).',
  'present.step.REQUEST_LATE_REVIEW_GOOD_CAUSE':
    'Pida al plan que acepte una apelación tardía y explique la causa justificada del retraso.',
  'present.step.CONSUMER_ASSISTANCE':
    'Pida ayuda gratuita al programa de asistencia al consumidor o al departamento de seguros de su estado.',
  'present.step.NEW_PA_REQUEST_IF_NEW_EVIDENCE':
    'Si hay pruebas médicas nuevas, vuelva a pedir la aprobación.',
  'present.step.PATIENT_RESPONSIBILITY':
    'Este monto le corresponde pagarlo a usted (puede pedir al proveedor un plan de pagos).',
  'present.step.PROVIDER_WRITE_OFF': 'El proveedor debe absorber este monto; no lo pague.',
  'present.step.PROOF_OF_TIMELY_FILING':
    'El proveedor puede impugnarlo con pruebas de que envió la reclamación a tiempo.',
  'present.step.CHECK_ORIGINAL_CLAIM': 'Es un duplicado: revise cómo se resolvió la primera reclamación.',
  'present.step.VERIFY_ELIGIBILITY_COB':
    'Revise las fechas de su cobertura e informe al plan de cualquier otro seguro.',
  'present.step.BILL_CORRECT_PAYER': 'Pida al proveedor que facture primero al seguro correcto.',
};
