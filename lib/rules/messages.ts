/**
 * Plain-language reasons, in English and Spanish, keyed by message key. Templates use {param}
 * placeholders filled from RuleTrace.messageParams. Templates are compiled once at load so filling one
 * is a few string joins (the engine fills the English text for every trace entry).
 */
import type { DocumentCode, NextStepCode, RuleTrace } from '../model/assessment';

export type Locale = 'en' | 'es';
export type MessageParams = Record<string, string | number>;

interface Template {
  en: string;
  es: string;
}

const MESSAGES = {
  // referral.ts (RULES.md 2)
  'referral.not-evaluated': {
    en: 'No provider is named, so the referral question was not evaluated.',
    es: 'No se indica ningún proveedor, así que no se evaluó si hace falta un referido.',
  },
  'referral.emergency': {
    en: 'Emergency care never needs a referral.',
    es: 'La atención de emergencia nunca necesita un referido.',
  },
  'referral.original-medicare': {
    en: 'Original Medicare needs no referral: any doctor who takes Medicare can give a second opinion.',
    es: 'Medicare Original no pide referido: cualquier médico que acepte Medicare puede dar una segunda opinión.',
  },
  'referral.obgyn': {
    en: 'In-network OB/GYN care cannot require a referral (45 CFR 147.138).',
    es: 'La atención de obstetricia y ginecología dentro de la red no puede exigir referido (45 CFR 147.138).',
  },
  'referral.pos-oon': {
    en: 'In a POS plan, whether you may self-refer out of network depends on the plan: check the plan.',
    es: 'En un plan POS, si puede ir fuera de la red sin referido depende del plan: consulte su plan.',
  },
  'referral.sbc-yes': {
    en: 'Your plan’s summary (SBC) says a referral is needed to see a specialist.',
    es: 'El resumen de su plan (SBC) dice que necesita un referido para ver a un especialista.',
  },
  'referral.sbc-no': {
    en: 'Your plan’s summary (SBC) says no referral is needed to see a specialist.',
    es: 'El resumen de su plan (SBC) dice que no necesita referido para ver a un especialista.',
  },
  'referral.default-yes': {
    en: '{type} plans usually require a PCP referral for specialists (the plan’s own answer is not known).',
    es: 'Los planes {type} suelen exigir un referido del médico de cabecera (no se conoce la respuesta del plan).',
  },
  'referral.default-no': {
    en: '{type} plans usually do not require a referral for specialists.',
    es: 'Los planes {type} normalmente no exigen referido para especialistas.',
  },
  'referral.default-check': {
    en: 'Referral rules for {type} plans are in the member handbook: check the plan.',
    es: 'Las reglas de referido de los planes {type} están en el manual del afiliado: consulte su plan.',
  },
  // network.ts (RULES.md 2)
  'network.original-medicare': {
    en: 'Original Medicare has no network: any provider who takes Medicare.',
    es: 'Medicare Original no tiene red: sirve cualquier proveedor que acepte Medicare.',
  },
  'network.in-network': {
    en: 'The provider is in the plan’s network.',
    es: 'El proveedor está en la red del plan.',
  },
  'network.emergency': {
    en: 'Emergency care is covered at any provider, with in-network cost sharing.',
    es: 'La emergencia se cubre con cualquier proveedor, con el costo compartido de la red.',
  },
  'network.nsa': {
    en: 'Out-of-network provider at an in-network facility: covered under the No Surprises Act.',
    es: 'Proveedor fuera de la red en un centro de la red: cubierto por la Ley Sin Sorpresas.',
  },
  'network.oon-covered': {
    en: '{type} plans cover out-of-network care at a higher cost.',
    es: 'Los planes {type} cubren la atención fuera de la red con un costo mayor.',
  },
  'network.exception-approved': {
    en: 'The plan approved an exception for this out-of-network provider.',
    es: 'El plan aprobó una excepción para este proveedor fuera de la red.',
  },
  'network.medicaid-arranged': {
    en: 'No network provider can give this opinion, so the Medicaid plan must arrange one out of network at no cost to you.',
    es: 'Ningún proveedor de la red puede dar esta opinión; el plan de Medicaid debe conseguirla fuera de la red sin costo para usted.',
  },
  'network.medicaid-check': {
    en: 'A Medicaid plan arranges an out-of-network second opinion only when no network provider can give it: check with the plan.',
    es: 'Un plan de Medicaid solo consigue una segunda opinión fuera de la red si ningún proveedor de la red puede darla: consulte al plan.',
  },
  'network.oon-not-covered': {
    en: '{type} plans do not cover non-emergency out-of-network care without an approved exception.',
    es: 'Los planes {type} no cubren atención fuera de la red que no sea de emergencia sin una excepción aprobada.',
  },
  'network.ma-hmo-oon': {
    en: 'A Medicare Advantage {type} plan does not pay for non-emergency out-of-network care unless the plan approves it.',
    es: 'Un plan Medicare Advantage {type} no paga atención fuera de la red que no sea de emergencia salvo que el plan la apruebe.',
  },
  // nsa.ts (RULES.md 5)
  'nsa.public-program': {
    en: 'The No Surprises Act does not apply to {kind} coverage (it has its own billing limits).',
    es: 'La Ley Sin Sorpresas no se aplica a la cobertura {kind} (tiene sus propios límites de facturación).',
  },
  'nsa.emergency': {
    en: 'Emergency care is protected by the No Surprises Act: no balance bill.',
    es: 'La atención de emergencia está protegida por la Ley Sin Sorpresas: sin facturación de saldo.',
  },
  'nsa.air-ambulance': {
    en: 'Out-of-network air ambulance is protected by the No Surprises Act.',
    es: 'La ambulancia aérea fuera de la red está protegida por la Ley Sin Sorpresas.',
  },
  'nsa.setting-unknown': {
    en: 'Where the service happens is not known, so No Surprises Act protection cannot be shown.',
    es: 'No se sabe dónde se presta el servicio, así que no se puede mostrar la protección de la Ley Sin Sorpresas.',
  },
  'nsa.not-facility': {
    en: 'A scheduled out-of-network visit at a {setting} is not protected by the No Surprises Act.',
    es: 'Una cita programada fuera de la red en {setting} no está protegida por la Ley Sin Sorpresas.',
  },
  'nsa.ancillary': {
    en: 'Ancillary service ({role}) at an in-network facility: protected, and no consent form can waive it.',
    es: 'Servicio auxiliar ({role}) en un centro de la red: protegido, y ningún formulario de consentimiento lo anula.',
  },
  'nsa.no-consent': {
    en: 'Out-of-network provider at an in-network facility and no signed notice-and-consent: protected.',
    es: 'Proveedor fuera de la red en un centro de la red sin aviso y consentimiento firmado: protegido.',
  },
  'nsa.consent-timing-unknown': {
    en: 'A consent form was signed but when is not known; without a valid 72-hour consent the protection stays.',
    es: 'Se firmó un consentimiento pero no se sabe cuándo; sin un consentimiento válido de 72 horas, la protección se mantiene.',
  },
  'nsa.consent-valid': {
    en: 'A valid notice-and-consent was signed {hours} hours before the service: the provider may balance bill.',
    es: 'Se firmó un aviso y consentimiento válido {hours} horas antes del servicio: el proveedor puede facturar el saldo.',
  },
  'nsa.consent-too-late': {
    en: 'The consent was signed only {hours} hours before a scheduled service (72 needed): still protected.',
    es: 'El consentimiento se firmó solo {hours} horas antes de un servicio programado (se necesitan 72): sigue protegido.',
  },
  // preauth.ts (RULES.md 3)
  'preauth.not-evaluated': {
    en: 'No provider is named, so prior authorization was not evaluated.',
    es: 'No se indica ningún proveedor, así que no se evaluó la autorización previa.',
  },
  'preauth.emergency': {
    en: 'Emergency care never needs prior authorization.',
    es: 'La atención de emergencia nunca necesita autorización previa.',
  },
  'preauth.network-exception': {
    en: 'The plan must approve this out-of-network provider (network exception) before it pays.',
    es: 'El plan debe aprobar a este proveedor fuera de la red (excepción de red) antes de pagar.',
  },
  'preauth.organization-determination': {
    en: 'Ask the Medicare Advantage plan for an organization determination before using this out-of-network provider.',
    es: 'Pida al plan Medicare Advantage una determinación de la organización antes de usar este proveedor fuera de la red.',
  },
  'preauth.original-medicare': {
    en: 'Original Medicare needs no prior authorization for a second-opinion visit.',
    es: 'Medicare Original no pide autorización previa para una consulta de segunda opinión.',
  },
  'preauth.obgyn': {
    en: 'In-network OB/GYN visits cannot require prior authorization (45 CFR 147.138).',
    es: 'Las consultas de obstetricia y ginecología dentro de la red no pueden exigir autorización previa (45 CFR 147.138).',
  },
  'preauth.list-required': {
    en: 'This service is on the plan’s prior-authorization list.',
    es: 'Este servicio está en la lista de autorización previa del plan.',
  },
  'preauth.list-not-required': {
    en: 'The plan does not require prior authorization for this service.',
    es: 'El plan no exige autorización previa para este servicio.',
  },
  'preauth.list-unknown': {
    en: 'Whether this service needs prior authorization is not known: check the plan.',
    es: 'No se sabe si este servicio necesita autorización previa: consulte su plan.',
  },
  'preauth.clock': {
    en: 'Request received {received}: standard decision within {days} days (by {standard}); expedited within 72 hours (by {expedited}).',
    es: 'Solicitud recibida el {received}: decisión estándar en {days} días (a más tardar el {standard}); urgente en 72 horas (a más tardar el {expedited}).',
  },
  'preauth.clock-unknown': {
    en: 'The standard decision clock depends on a fact that is missing (e.g. the rating period start); expedited by {expedited}.',
    es: 'El plazo estándar depende de un dato que falta (p. ej., el inicio del período de tarifas); urgente a más tardar el {expedited}.',
  },
  // necessity.ts (RULES.md 1)
  'necessity.cosmetic': {
    en: 'Cosmetic care is excluded: the plan pays nothing for it.',
    es: 'La atención cosmética está excluida: el plan no paga nada.',
  },
  'necessity.third-opinion-agree': {
    en: 'Medicare covers a third opinion only when the first two disagree.',
    es: 'Medicare cubre una tercera opinión solo si las dos primeras no coinciden.',
  },
  'necessity.unknown': {
    en: 'The kind of diagnosis is not known, so the medical-necessity class cannot be judged.',
    es: 'No se conoce el tipo de diagnóstico, así que no se puede juzgar la necesidad médica.',
  },
  'necessity.emergency': {
    en: 'Emergency care is covered as an emergency.',
    es: 'La atención de emergencia se cubre como emergencia.',
  },
  'necessity.routine': {
    en: 'A routine problem may not qualify as a second-opinion benefit; it may still be paid as an ordinary specialist visit.',
    es: 'Un problema de rutina puede no calificar como beneficio de segunda opinión; aun así puede pagarse como consulta normal con especialista.',
  },
  'necessity.serious': {
    en: 'A second opinion for this situation ({category}) is a strong case for coverage.',
    es: 'Una segunda opinión en esta situación ({category}) tiene buenos motivos para ser cubierta.',
  },
  'necessity.mandatory-second-opinion-missing': {
    en: 'The plan requires a second surgical opinion before this surgery; without it a penalty may apply (CARC 61).',
    es: 'El plan exige una segunda opinión quirúrgica antes de esta cirugía; sin ella puede haber una penalización (CARC 61).',
  },
  'necessity.mandatory-second-opinion-done': {
    en: 'The plan’s mandatory second surgical opinion is documented.',
    es: 'La segunda opinión quirúrgica obligatoria del plan está documentada.',
  },
  // cost.ts / medicare-cost.ts (RULES.md 4)
  'cost.not-priced': {
    en: 'The price of the service is not known, so the cost was not estimated.',
    es: 'No se conoce el precio del servicio, así que no se estimó el costo.',
  },
  'cost.not-priced-claim': {
    en: 'The denial shows no amounts, so there is nothing to price yet.',
    es: 'La denegación no muestra importes, así que todavía no hay nada que calcular.',
  },
  'cost.not-covered': {
    en: 'Not covered: the full charge of {amount} is yours, and none of it counts toward your deductible or out-of-pocket limit.',
    es: 'No cubierto: el cargo completo de {amount} es suyo y nada cuenta para su deducible ni su límite de gastos.',
  },
  'cost.oon-terms-unknown': {
    en: 'The out-of-network cost-sharing terms are not known (only the in-network tier was given).',
    es: 'No se conocen los costos compartidos fuera de la red (solo se dieron los de la red).',
  },
  'cost.oop-cap': {
    en: 'Only {room} was left under your out-of-pocket limit, so you pay {charged} instead of {uncapped}.',
    es: 'Solo quedaban {room} bajo su límite de gastos de bolsillo, así que paga {charged} en lugar de {uncapped}.',
  },
  'cost.medicaid-no-balance-bill': {
    en: 'Providers may not balance bill Medicaid enrollees for covered services.',
    es: 'Los proveedores no pueden facturar saldos a afiliados de Medicaid por servicios cubiertos.',
  },
  'cost.ma-no-balance-bill': {
    en: 'A Medicare Advantage plan pays an out-of-network provider what Original Medicare would; no extra bill is expected.',
    es: 'Un plan Medicare Advantage paga a un proveedor fuera de la red lo que pagaría Medicare Original; no se espera factura adicional.',
  },
  'cost.balance-bill-unknown': {
    en: 'The provider’s charge is not known, so the possible balance bill cannot be computed.',
    es: 'No se conoce el cargo del proveedor, así que no se puede calcular la posible factura de saldo.',
  },
  'cost.balance-bill': {
    en: 'The out-of-network provider may bill you {amount} above the allowed amount; it is never capped and does not count toward your limit.',
    es: 'El proveedor fuera de la red puede cobrarle {amount} por encima del monto permitido; no tiene tope y no cuenta para su límite.',
  },
  'cost.first-visits-before': {
    en: 'Office visit {visit} of the year: the copay applies without the deductible (first 3 visits).',
    es: 'Consulta {visit} del año: el copago se aplica sin deducible (primeras 3 consultas).',
  },
  'cost.first-visits-after': {
    en: 'Office visit {visit} of the year: after the first 3 visits the copay applies after the deductible.',
    es: 'Consulta {visit} del año: después de las primeras 3 consultas el copago se aplica tras el deducible.',
  },
  'cost.hsa-deductible-first': {
    en: 'In an HSA-qualified plan non-preventive care is paid from the deductible first.',
    es: 'En un plan con HSA, la atención no preventiva se paga primero con el deducible.',
  },
  'cost.hdhp-below-minimum': {
    en: 'The deductible {deductible} is below the {year} IRS minimum for an HSA plan ({minimum}).',
    es: 'El deducible de {deductible} es menor que el mínimo del IRS para un plan con HSA en {year} ({minimum}).',
  },
  'cost.nsa-sharing': {
    en: 'You pay in-network cost sharing on the recognized amount of {amount}, and it counts toward your in-network limit.',
    es: 'Paga el costo compartido de la red sobre el monto reconocido de {amount}, y cuenta para su límite de la red.',
  },
  'cost.copay-before-deductible': {
    en: 'A copay of {copay} applies; the deductible does not.',
    es: 'Se aplica un copago de {copay}; el deducible no se aplica.',
  },
  'cost.copay-lesser-of': {
    en: 'You pay the lesser of the copay and the allowed amount: {copay}.',
    es: 'Paga lo menor entre el copago y el monto permitido: {copay}.',
  },
  'cost.deductible': {
    en: '{amount} goes to your deductible ({remaining} was left).',
    es: '{amount} se aplican a su deducible (quedaban {remaining}).',
  },
  'cost.copay-after-deductible': {
    en: 'After the deductible, a copay of {copay} applies.',
    es: 'Después del deducible se aplica un copago de {copay}.',
  },
  'cost.coinsurance': {
    en: 'After the deductible you pay {percent}% coinsurance: {amount}.',
    es: 'Después del deducible paga un coseguro del {percent}%: {amount}.',
  },
  'cost.claim-pr': {
    en: 'Read from the claim: only patient-responsibility (PR) lines are yours.',
    es: 'Según la reclamación: solo las líneas de responsabilidad del paciente (PR) le corresponden.',
  },
  'figures.unknown-year': {
    en: 'No verified figure for {id} in {year}; it was not assumed from another year.',
    es: 'No hay una cifra verificada de {id} para {year}; no se tomó la de otro año.',
  },
  'medicare-cost.not-medicare-provider': {
    en: 'This provider does not take Medicare, so Medicare pays nothing: the full charge of {amount} is yours.',
    es: 'Este proveedor no acepta Medicare, así que Medicare no paga nada: el cargo completo de {amount} es suyo.',
  },
  'medicare-cost.limiting-charge': {
    en: 'The doctor does not accept assignment: Medicare approves {approved} and the doctor may charge up to {limit}, so you may owe {gap} more.',
    es: 'El médico no acepta la asignación: Medicare aprueba {approved} y el médico puede cobrar hasta {limit}, así que podría deber {gap} más.',
  },
  'medicare-cost.part-b-deductible': {
    en: '{amount} goes to the {year} Part B deductible of {deductible}.',
    es: '{amount} se aplican al deducible de la Parte B de {year}, de {deductible}.',
  },
  'medicare-cost.part-b-coinsurance': {
    en: 'After the deductible you pay {percent}% of the Medicare-approved amount: {amount}.',
    es: 'Después del deducible paga el {percent}% del monto aprobado por Medicare: {amount}.',
  },
  'medicare-cost.no-oop-max': {
    en: 'Original Medicare has no yearly out-of-pocket limit (unless you have Medigap or other coverage).',
    es: 'Medicare Original no tiene límite anual de gastos de bolsillo (salvo que tenga Medigap u otra cobertura).',
  },
  // appeal.ts (RULES.md 6)
  'appeal.no-denial': {
    en: 'Nothing has been denied: no appeal is needed.',
    es: 'No se ha denegado nada: no hace falta apelar.',
  },
  'appeal.printed-deadline': {
    en: 'The notice gives a deadline of {deadline}; it is used instead of the general rule.',
    es: 'El aviso indica como fecha límite el {deadline}; se usa en lugar de la regla general.',
  },
  'appeal.deadline-unknown': {
    en: 'The date of the denial notice is not known, so the deadline cannot be computed.',
    es: 'No se conoce la fecha del aviso de denegación, así que no se puede calcular la fecha límite.',
  },
  'appeal.internal-180d': {
    en: 'File the internal appeal within 180 days of the notice ({anchor}): by {deadline}.',
    es: 'Presente la apelación interna dentro de 180 días del aviso ({anchor}): a más tardar el {deadline}.',
  },
  'appeal.external-review-4m': {
    en: 'Request external review within 4 months of the final denial ({anchor}): by {deadline}.',
    es: 'Pida la revisión externa dentro de 4 meses de la denegación final ({anchor}): a más tardar el {deadline}.',
  },
  'appeal.ma-reconsideration-65d': {
    en: 'Ask the plan for a reconsideration within 65 days of the notice ({anchor}): by {deadline}.',
    es: 'Pida al plan una reconsideración dentro de 65 días del aviso ({anchor}): a más tardar el {deadline}.',
  },
  'appeal.ma-reconsideration-60d': {
    en: 'For notices before 2025 the reconsideration window was 60 days from the notice ({anchor}): by {deadline}.',
    es: 'Para avisos anteriores a 2025 el plazo de reconsideración era de 60 días desde el aviso ({anchor}): a más tardar el {deadline}.',
  },
  'appeal.ma-ire-automatic': {
    en: 'An upheld Medicare Advantage reconsideration goes to the Independent Review Entity automatically.',
    es: 'Si el plan Medicare Advantage mantiene su decisión, el caso pasa automáticamente a la Entidad de Revisión Independiente.',
  },
  'appeal.om-redetermination-120d': {
    en: 'Ask for a redetermination within 120 days of receiving the notice (presumed {anchor}): by {deadline}.',
    es: 'Pida una redeterminación dentro de 120 días de recibir el aviso (se presume el {anchor}): a más tardar el {deadline}.',
  },
  'appeal.om-qic-180d': {
    en: 'Ask for QIC reconsideration within 180 days of receiving the redetermination (presumed {anchor}): by {deadline}.',
    es: 'Pida la reconsideración del QIC dentro de 180 días de recibir la redeterminación (se presume el {anchor}): a más tardar el {deadline}.',
  },
  'appeal.medicaid-plan-appeal-60d': {
    en: 'File the plan appeal within 60 days of the notice ({anchor}): by {deadline}.',
    es: 'Presente la apelación al plan dentro de 60 días del aviso ({anchor}): a más tardar el {deadline}.',
  },
  'appeal.medicaid-fair-hearing-120d': {
    en: 'Ask for a state fair hearing within 120 days of the plan’s appeal decision ({anchor}): by {deadline}.',
    es: 'Pida una audiencia imparcial estatal dentro de 120 días de la decisión del plan ({anchor}): a más tardar el {deadline}.',
  },
  'appeal.external-not-eligible': {
    en: 'Federal external review covers medical-judgment denials; this administrative denial is not eligible.',
    es: 'La revisión externa federal cubre denegaciones por criterio médico; esta denegación administrativa no califica.',
  },
  'appeal.expired': {
    en: 'The deadline ({deadline}) passed {days} days ago; ask for a late review for good cause.',
    es: 'La fecha límite ({deadline}) pasó hace {days} días; pida una revisión tardía por causa justificada.',
  },
  'appeal.nsa-dispute': {
    en: 'The claim balance-bills a service the No Surprises Act protects: contest the bill.',
    es: 'La reclamación factura un saldo por un servicio protegido por la Ley Sin Sorpresas: impugne la factura.',
  },
  // reason-codes.ts (RULES.md 7)
  'reason-codes.cost-sharing': {
    en: 'The claim shows only cost sharing under your plan terms, not a denial.',
    es: 'La reclamación solo muestra costos compartidos según su plan, no una denegación.',
  },
  'reason-codes.nothing-owed': {
    en: 'The claim shows nothing you owe.',
    es: 'La reclamación no muestra nada que usted deba.',
  },
  'reason-codes.by-carc': {
    en: 'Reason code {carc} decides the path: {path}.',
    es: 'El código de motivo {carc} decide el camino: {path}.',
  },
  'reason-codes.by-reason': {
    en: 'The stated reason ({reason}) decides the path: {path}.',
    es: 'El motivo indicado ({reason}) decide el camino: {path}.',
  },
  'reason-codes.pa-denied-status': {
    en: 'The prior authorization was denied; the denial notice (with its date) is needed for the deadline.',
    es: 'La autorización previa fue denegada; se necesita el aviso de denegación (con su fecha) para la fecha límite.',
  },
  // unknown-facts.ts (RULES.md 9.1: plan kind, plan type or service kind not known)
  'unknown-facts.kind-from-type': {
    en: 'The plan type {type} names the program, so the plan kind is {kind}.',
    es: 'El tipo de plan {type} indica el programa, así que la clase de plan es {kind}.',
  },
  'unknown-facts.type-from-kind': {
    en: 'A {kind} plan has only one plan type: {type}.',
    es: 'Un plan {kind} tiene un solo tipo de plan: {type}.',
  },
  'unknown-facts.kind-commercial': {
    en: 'The plan kind is not known: a {type} plan is employer (ERISA) or individual (ACA) coverage. Where both give the same answer it is used; otherwise the answer says check the plan.',
    es: 'No se conoce la clase de plan: un plan {type} es cobertura del empleador (ERISA) o individual (ACA). Donde ambas dan la misma respuesta se usa; si no, la respuesta dice consulte su plan.',
  },
  'unknown-facts.evaluated-each': {
    en: 'Not known: {facts}. Each of the {count} possibilities was evaluated; an answer that differs between them says check the plan.',
    es: 'No se conoce: {facts}. Se evaluó cada una de las {count} posibilidades; una respuesta que cambia entre ellas dice consulte su plan.',
  },
  'unknown-facts.same-answer': {
    en: '{field}: the same answer whatever the {facts} is, so it does not depend on it.',
    es: '{field}: la misma respuesta sea cual sea {facts}, así que no depende de ello.',
  },
  'unknown-facts.answer-depends': {
    en: '{field}: the answer depends on the {facts}, which is not known: check the plan or fill it in.',
    es: '{field}: la respuesta depende de {facts}, que no se conoce: consulte su plan o indíquelo.',
  },
  'unknown-facts.coverage-depends': {
    en: 'Whether the plan pays for this depends on facts that are not known yet.',
    es: 'Si el plan paga esto depende de datos que aún no se conocen.',
  },
} as const satisfies Record<string, Template>;

export type MessageKey = keyof typeof MESSAGES;

/** Labels for next-step codes (meta.nextStepCodes), for the popup and --pretty. */
export const NEXT_STEP_TEXT: Readonly<Record<NextStepCode, Template>> = {
  OBTAIN_REFERRAL: {
    en: 'Get the PCP referral on file before the visit',
    es: 'Consiga el referido del médico de cabecera antes de la cita',
  },
  RETRO_REFERRAL: {
    en: 'Ask the PCP for a retroactive referral',
    es: 'Pida al médico de cabecera un referido retroactivo',
  },
  REQUEST_PRIOR_AUTH: {
    en: 'Submit prior authorization with the diagnosis, test results and treatment plan',
    es: 'Solicite la autorización previa con el diagnóstico, los resultados y el plan de tratamiento',
  },
  USE_IN_NETWORK_PROVIDER: { en: 'Choose an in-network provider', es: 'Elija un proveedor de la red' },
  REQUEST_NETWORK_EXCEPTION: {
    en: 'Ask the plan to authorize the out-of-network provider',
    es: 'Pida al plan que autorice al proveedor fuera de la red',
  },
  REQUEST_ORGANIZATION_DETERMINATION: {
    en: 'Ask the Medicare Advantage plan for an advance coverage decision',
    es: 'Pida al plan Medicare Advantage una decisión de cobertura anticipada',
  },
  SEND_RECORDS: {
    en: 'Send records, imaging and pathology to the second-opinion doctor',
    es: 'Envíe expedientes, imágenes y patología al médico de la segunda opinión',
  },
  EXPECT_BALANCE_BILL: {
    en: 'The out-of-network provider may bill you the difference',
    es: 'El proveedor fuera de la red puede cobrarle la diferencia',
  },
  NSA_PROTECTED: {
    en: 'No Surprises Act: in-network cost sharing only, no balance bill',
    es: 'Ley Sin Sorpresas: solo costo compartido de la red, sin factura de saldo',
  },
  AWAIT_DECISION: {
    en: 'Prior authorization submitted: wait for the decision',
    es: 'Autorización enviada: espere la decisión',
  },
  REQUEST_DENIAL_LETTER: {
    en: 'Get the written denial with the reason, criteria used and claim file',
    es: 'Obtenga la denegación por escrito con el motivo, los criterios y el expediente',
  },
  PEER_TO_PEER: {
    en: 'Your doctor asks for a peer-to-peer review with the plan’s medical director',
    es: 'Su médico pide una revisión entre pares con el director médico del plan',
  },
  RETRO_AUTH: {
    en: 'The provider asks for retroactive authorization',
    es: 'El proveedor pide una autorización retroactiva',
  },
  CORRECTED_CLAIM: {
    en: 'The provider sends a corrected claim',
    es: 'El proveedor envía una reclamación corregida',
  },
  NEW_CLAIM: { en: 'Submit a new, complete claim', es: 'Envíe una reclamación nueva y completa' },
  INTERNAL_APPEAL: { en: 'File a written internal appeal', es: 'Presente una apelación interna por escrito' },
  INTERNAL_APPEAL_WITH_LMN: {
    en: 'File a written appeal with a letter of medical necessity and records',
    es: 'Presente una apelación por escrito con carta de necesidad médica y expedientes',
  },
  EXTERNAL_REVIEW: {
    en: 'Request independent external review',
    es: 'Pida una revisión externa independiente',
  },
  MA_RECONSIDERATION: { en: 'Ask the plan for a reconsideration', es: 'Pida al plan una reconsideración' },
  IRE_AUTO_REVIEW: {
    en: 'If upheld, it goes to the Independent Review Entity automatically',
    es: 'Si se mantiene, pasa automáticamente a la Entidad de Revisión Independiente',
  },
  MEDICARE_REDETERMINATION: {
    en: 'Ask for a Medicare redetermination',
    es: 'Pida una redeterminación de Medicare',
  },
  STATE_FAIR_HEARING: { en: 'Ask for a state fair hearing', es: 'Pida una audiencia imparcial estatal' },
  REQUEST_LATE_REVIEW_GOOD_CAUSE: {
    en: 'Ask the plan to accept a late appeal for good cause',
    es: 'Pida al plan que acepte una apelación tardía por causa justificada',
  },
  CONSUMER_ASSISTANCE: {
    en: 'Contact your state consumer assistance program or regulator',
    es: 'Contacte al programa estatal de asistencia al consumidor o al regulador',
  },
  NEW_PA_REQUEST_IF_NEW_EVIDENCE: {
    en: 'File a new prior authorization if there is new clinical evidence',
    es: 'Presente una nueva autorización previa si hay nueva evidencia clínica',
  },
  PATIENT_RESPONSIBILITY: {
    en: 'This amount is yours to pay (or negotiate)',
    es: 'Este monto le corresponde pagar (o negociar)',
  },
  PROVIDER_WRITE_OFF: {
    en: 'Contractual adjustment: the provider may not bill you for it',
    es: 'Ajuste contractual: el proveedor no puede cobrárselo',
  },
  PROOF_OF_TIMELY_FILING: {
    en: 'The provider contests with proof of timely filing',
    es: 'El proveedor impugna con prueba de presentación a tiempo',
  },
  CHECK_ORIGINAL_CLAIM: {
    en: 'Duplicate: check how the original claim was processed',
    es: 'Duplicado: revise cómo se procesó la reclamación original',
  },
  VERIFY_ELIGIBILITY_COB: {
    en: 'Verify coverage dates and other insurance',
    es: 'Verifique las fechas de cobertura y otros seguros',
  },
  BILL_CORRECT_PAYER: {
    en: 'Send the claim to the correct payer',
    es: 'Envíe la reclamación a la aseguradora correcta',
  },
};

export const DOCUMENT_TEXT: Readonly<Record<DocumentCode, Template>> = {
  INITIAL_DIAGNOSIS: { en: 'Initial diagnosis', es: 'Diagnóstico inicial' },
  TEST_RESULTS: { en: 'Test results', es: 'Resultados de pruebas' },
  PROPOSED_TREATMENT_PLAN: { en: 'Proposed treatment plan', es: 'Plan de tratamiento propuesto' },
  RECORDS_AND_IMAGING: {
    en: 'Medical records, imaging and pathology',
    es: 'Expedientes, imágenes y patología',
  },
  REFERRAL_FROM_PCP: {
    en: 'Referral from your primary care doctor',
    es: 'Referido de su médico de cabecera',
  },
  NO_IN_NETWORK_EXPERTISE_EVIDENCE: {
    en: 'Evidence that no in-network provider has the expertise',
    es: 'Prueba de que ningún proveedor de la red tiene la experiencia necesaria',
  },
  WRITTEN_DENIAL: { en: 'The written denial notice', es: 'El aviso de denegación por escrito' },
  CRITERIA_USED: {
    en: 'The criteria or policy the plan used',
    es: 'Los criterios o la póliza que usó el plan',
  },
  CLAIM_FILE: {
    en: 'The claim file (free on request)',
    es: 'El expediente de la reclamación (gratis si lo pide)',
  },
  LETTER_OF_MEDICAL_NECESSITY: { en: 'Letter of medical necessity', es: 'Carta de necesidad médica' },
  CLINICAL_RECORDS: { en: 'Clinical records', es: 'Expedientes clínicos' },
  GUIDELINES_OR_LITERATURE: {
    en: 'Clinical guidelines or literature',
    es: 'Guías clínicas o literatura médica',
  },
  SECOND_OPINION_REPORT: { en: 'The second-opinion report', es: 'El informe de la segunda opinión' },
  PROOF_OF_EMERGENCY_OR_EXEMPTION: {
    en: 'Proof of emergency or exemption',
    es: 'Prueba de emergencia o exención',
  },
  ABN_COPY: { en: 'Copy of the signed ABN', es: 'Copia del ABN firmado' },
  CORRECTED_CLAIM_DATA: { en: 'Corrected claim details', es: 'Datos de la reclamación corregida' },
};

type Part = string | { param: string };

const COMPILED = new Map<string, Record<Locale, Part[]>>();

function compile(template: string): Part[] {
  const parts: Part[] = [];
  const re = /\{(\w+)\}/g;
  let last = 0;
  for (let m = re.exec(template); m !== null; m = re.exec(template)) {
    if (m.index > last) parts.push(template.slice(last, m.index));
    parts.push({ param: m[1] as string });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

for (const [key, t] of Object.entries(MESSAGES) as Array<[string, Template]>) {
  COMPILED.set(key, { en: compile(t.en), es: compile(t.es) });
}

export function isMessageKey(key: string): key is MessageKey {
  return COMPILED.has(key);
}

/** Fill a message template; a missing param is left visible as {name} rather than guessed. */
export function formatMessage(key: MessageKey | string, params: MessageParams, locale: Locale): string {
  const compiled = COMPILED.get(key);
  if (compiled === undefined) return key;
  let out = '';
  for (const part of compiled[locale]) {
    if (typeof part === 'string') out += part;
    else {
      const value = params[part.param];
      out += value === undefined ? `{${part.param}}` : String(value);
    }
  }
  return out;
}

/** The trace entry's reason in the given locale. */
export function formatReason(trace: Pick<RuleTrace, 'messageKey' | 'messageParams'>, locale: Locale): string {
  return formatMessage(trace.messageKey, trace.messageParams, locale);
}

/** Every message key (tests check both locales have the same placeholders). */
export function messageKeys(): MessageKey[] {
  return Object.keys(MESSAGES) as MessageKey[];
}

export function messageTemplate(key: MessageKey): Template {
  return MESSAGES[key];
}
