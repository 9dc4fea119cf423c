/**
 * Textos en español de las etiquetas de reclamación en las páginas del portal (lib/present/badge.ts).
 */
import type { BadgeCatalog } from './badge.en';

export const badgeEs: BadgeCatalog = {
  'present.days_one': '{count} día',
  'present.days_other': '{count} días',
  'present.badge.appealBy': 'Apelar antes del {date} · {days}',
  'present.badge.appealByAria':
    'Coverage Lens: puede apelar esta reclamación hasta el {date}; quedan {days}.',
  'present.badge.appealToday': 'Apelar hoy ({date})',
  'present.badge.appealTodayAria':
    'Coverage Lens: hoy, {date}, es el último día para apelar esta reclamación.',
  'present.badge.reviewBy': 'Revisión independiente antes del {date} · {days}',
  'present.badge.reviewByAria':
    'Coverage Lens: puede pedir que un revisor independiente revise el caso (revisión externa) hasta el {date}; quedan {days}.',
  'present.badge.appealExpired': 'Venció el plazo para apelar ({date})',
  'present.badge.appealExpiredAria':
    'Coverage Lens: el plazo para apelar esta reclamación venció el {date}. Aún puede pedir al plan que acepte una apelación tardía por una causa justificada.',
  'present.badge.correctedClaim': 'El proveedor debe reenviar la reclamación corregida',
  'present.badge.correctedClaimAria':
    'Coverage Lens: es un problema de facturación. El proveedor debe enviar una reclamación corregida; apelar no es el camino.',
  'present.badge.newClaim': 'El proveedor debe enviar una reclamación nueva',
  'present.badge.newClaimAria':
    'Coverage Lens: el plan no pudo procesar esta reclamación. El proveedor debe enviar una reclamación nueva y completa.',
  'present.badge.otherInsurance': 'Revise su otro seguro (coordinación de beneficios)',
  'present.badge.otherInsuranceAria':
    'Coverage Lens: el plan cree que otro seguro debe pagar primero. Actualice con el plan la información de su otro seguro.',
  'present.badge.providerOnly': 'Lo absorbe el proveedor: usted no debe nada por esto',
  'present.badge.providerOnlyAria':
    'Coverage Lens: este monto es un asunto entre el proveedor y el plan; el proveedor no puede cobrárselo a usted.',
  'present.badge.preAuthNeeded': 'Necesita autorización previa',
  'present.badge.preAuthNeededAria':
    'Coverage Lens: el plan debe aprobar este servicio por adelantado (autorización previa).',
  'present.badge.referralNeeded': 'Necesita un referido',
  'present.badge.referralNeededAria':
    'Coverage Lens: necesita un referido de su médico de atención primaria.',
  'present.badge.balanceBill': 'Fuera de la red: le pueden cobrar la diferencia',
  'present.badge.balanceBillAria':
    'Coverage Lens: este proveedor está fuera de la red y le puede cobrar la diferencia entre su tarifa y lo que el plan permite (facturación del saldo).',
  'present.badge.owesMatches': 'Usted debe {amount}: coincide con su plan',
  'present.badge.owesMatchesAria':
    'Coverage Lens: usted debe {amount}, lo que coincide con las condiciones de su plan.',
  'present.badge.owesDiffers': 'Revise esta factura: dice {amount}, su plan da {expected}',
  'present.badge.owesDiffersAria':
    'Coverage Lens: la página dice que usted debe {amount}, pero las condiciones de su plan dan {expected}. Revise esta factura con el plan.',
  'present.badge.owes': 'Usted debe {amount}',
  'present.badge.owesAria': 'Coverage Lens: la página dice que usted debe {amount}.',
  'present.badge.pending': 'Pendiente: nada que hacer todavía',
  'present.badge.pendingAria': 'Coverage Lens: el plan aún no ha decidido esta reclamación.',
  'present.badge.notMedical': 'No revisada (no es una reclamación médica)',
  'present.badge.notMedicalAria': 'Coverage Lens no revisa reclamaciones de farmacia ni dentales.',
  'present.badge.unknown': 'Falta dato: {field}',
  'present.badge.unknownAria':
    'Coverage Lens aún no puede responder sobre esta reclamación: falta {field}. Abra la ventana de Coverage Lens para completarlo.',
  'present.badge.noAction': 'No hace falta hacer nada',
  'present.badge.noActionAria': 'Coverage Lens: no hay nada que hacer con esta reclamación.',

  'present.short.plan.kind': 'tipo de cobertura',
  'present.short.plan.type': 'tipo de plan',
  'present.short.service.kind': 'tipo de servicio',
  'present.short.claim.status': 'estado de la reclamación',
  'present.short.provider.networkStatus': 'si está en la red',
  'present.short.fact': 'un dato',
};
