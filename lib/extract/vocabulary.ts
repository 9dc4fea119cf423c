/**
 * Label vocabulary: for each concept, the label variants real portals use (English and Spanish), plus words that
 * rule a concept out. Matching is on normalised text (case, accents, punctuation, whitespace, trailing colon, `*`,
 * `(?)`), and picks the best-scoring variant across the concepts of the requested domains.
 *
 * Qualifiers that combine with a concept (individual/family, met/remaining/total, in-/out-of-network) are read
 * separately by `labelQualifiers`, so "Family out-of-network deductible remaining" is concept `deductible` with
 * qualifiers `{scope: family, part: remaining, network: out-of-network}`.
 */

export type Domain = 'member' | 'plan' | 'tier' | 'claim' | 'line' | 'auth';

interface ConceptDef {
  domains: readonly Domain[];
  variants: readonly string[];
  /** Words/phrases that rule this concept out unless the matched variant itself contains them. */
  negative?: readonly string[];
}

const NOT_MEDICAL = ['pharmacy', 'rx', 'prescription', 'drug', 'drugs', 'dental', 'vision', 'farmacia'];

const DEFS = {
  // ---- member -------------------------------------------------------------------------------------------------
  'member.name': {
    domains: ['member'],
    variants: [
      'member name',
      'member',
      'name',
      'patient name',
      'patient',
      'subscriber name',
      'subscriber',
      'member patient',
      'enrollee',
      'enrollee name',
      'nombre del miembro',
      'nombre',
      'miembro',
      'paciente',
    ],
    negative: [
      'provider',
      'doctor',
      'plan',
      'group',
      'employer',
      'facility',
      'id',
      'number',
      'since',
      'date',
    ],
  },
  'member.id': {
    domains: ['member'],
    variants: [
      'member id',
      'member #',
      'member number',
      'member id number',
      'id number',
      'id',
      'subscriber id',
      'subscriber #',
      'insurance id',
      'medicare id',
      'mbi',
      'medicare beneficiary identifier',
      'medicaid id',
      'identification number',
      'id de miembro',
      'numero de miembro',
      'numero de identificacion',
    ],
    negative: [
      'claim',
      'group',
      'provider',
      'npi',
      'tax',
      'tin',
      'reference',
      'authorization',
      'auth',
      'rx',
      'bin',
      'pcn',
    ],
  },
  // ---- plan ---------------------------------------------------------------------------------------------------
  'plan.name': {
    domains: ['plan'],
    variants: [
      'plan',
      'plan name',
      'health plan',
      'medical plan',
      'benefit plan',
      'coverage',
      'product',
      'product name',
      'nombre del plan',
      'plan de salud',
    ],
    negative: [
      'type',
      'year',
      'period',
      'pays',
      'network',
      'id',
      'paid',
      'deductible',
      'discount',
      'savings',
      'start',
      'end',
      'dates',
      'effective',
      'share',
      'coinsurance',
    ],
  },
  'plan.type': {
    domains: ['plan'],
    variants: ['plan type', 'product type', 'network type', 'coverage type', 'type of plan', 'tipo de plan'],
  },
  'plan.year': {
    domains: ['plan'],
    variants: [
      'plan year',
      'benefit period',
      'benefit year',
      'coverage period',
      'plan period',
      'coverage dates',
      'effective dates',
      'plan dates',
      'ano del plan',
      'periodo de beneficios',
      'periodo de cobertura',
    ],
  },
  'plan.yearStart': {
    domains: ['plan'],
    variants: [
      'effective date',
      'coverage start',
      'coverage start date',
      'plan start',
      'plan start date',
      'plan year start',
      'start date',
      'coverage effective date',
      'effective',
      'fecha de vigencia',
      'fecha de inicio',
    ],
    negative: ['end', 'term', 'termination', 'through'],
  },
  'plan.yearEnd': {
    domains: ['plan'],
    variants: [
      'end date',
      'coverage end',
      'coverage end date',
      'plan end',
      'plan end date',
      'plan year end',
      'termination date',
      'term date',
      'fecha de terminacion',
      'fecha final',
    ],
  },
  'plan.network': {
    domains: ['plan'],
    variants: ['network status', 'network tier', 'tier shown', 'benefit tier', 'estado de la red'],
  },
  // ---- tier (plan cost sharing) -------------------------------------------------------------------------------
  deductible: {
    domains: ['tier'],
    variants: [
      'deductible',
      'annual deductible',
      'plan deductible',
      'medical deductible',
      'yearly deductible',
      'calendar year deductible',
      'deductible amount',
      'deducible',
      'deducible anual',
    ],
    negative: [...NOT_MEDICAL, 'applies', 'waived', 'before', 'after'],
  },
  outOfPocket: {
    domains: ['tier'],
    variants: [
      'out of pocket',
      'out of pocket limit',
      'out of pocket maximum',
      'out of pocket max',
      'maximum out of pocket',
      'annual out of pocket',
      'oop',
      'oop max',
      'oop maximum',
      'oop limit',
      'oopm',
      'moop',
      'stop loss',
      'out of pocket costs',
      'limite de gastos de bolsillo',
      'maximo de gastos de bolsillo',
      'gastos de bolsillo',
      'desembolso maximo',
      'limite de desembolso',
    ],
    negative: NOT_MEDICAL,
  },
  coinsurance: {
    domains: ['tier'],
    variants: [
      'coinsurance',
      'co insurance',
      'member coinsurance',
      'your coinsurance',
      'you pay',
      'your share',
      'member share',
      'coaseguro',
      'usted paga',
      'coseguro',
    ],
    negative: [...NOT_MEDICAL, 'plan pays', 'plan share', 'we pay', 'insurance pays'],
  },
  /** The PLAN's share ("plan pays 80%"): only ever converted to a member share explicitly (1 - x). */
  planShare: {
    domains: ['tier'],
    variants: ['plan pays', 'plan share', 'plan coinsurance', 'insurance pays', 'we pay', 'el plan paga'],
  },
  copay: {
    domains: ['tier'],
    variants: ['copay', 'copayment', 'co pay', 'office visit copay', 'copago'],
    negative: NOT_MEDICAL,
  },
  'copay.primaryCare': {
    domains: ['tier'],
    variants: [
      'primary care',
      'primary care visit',
      'primary care copay',
      'primary care physician',
      'pcp',
      'pcp visit',
      'pcp copay',
      'office visit',
      'doctor visit',
      'doctor office visit',
      'atencion primaria',
      'medico de atencion primaria',
      'visita de atencion primaria',
      'consulta de atencion primaria',
      'visita al medico de atencion primaria',
      'visita al medico',
      'consulta medica',
    ],
    negative: ['specialist', 'especialista'],
  },
  'copay.specialist': {
    domains: ['tier'],
    variants: [
      'specialist',
      'specialist visit',
      'specialist copay',
      'specialist office visit',
      'especialista',
      'visita al especialista',
      'visita a especialista',
      'consulta con especialista',
      'consulta de especialista',
    ],
  },
  'copay.urgentCare': {
    domains: ['tier'],
    variants: [
      'urgent care',
      'urgent care center',
      'urgent care copay',
      'urgent care visit',
      'atencion de urgencia',
      'atencion de urgencias',
      'centro de atencion de urgencia',
      'visita de urgencia',
    ],
  },
  'copay.emergency': {
    domains: ['tier'],
    variants: [
      'emergency room',
      'emergency room visit',
      'emergency room copay',
      'er',
      'er visit',
      'er copay',
      'emergency',
      'emergency department',
      'emergency care',
      'sala de emergencias',
      'sala de emergencia',
      'sala de urgencias',
      'visita a sala de emergencias',
      'emergencia',
    ],
    negative: ['urgent'],
  },
  'copay.telehealth': {
    domains: ['tier'],
    variants: [
      'telehealth',
      'virtual visit',
      'telemedicine',
      'virtual care',
      'telesalud',
      'visita virtual',
      'telemedicina',
    ],
  },
  // ---- claims ---------------------------------------------------------------------------------------------------
  'claim.id': {
    domains: ['claim'],
    variants: [
      'claim number',
      'claim #',
      'claim no',
      'claim id',
      'claim',
      'claim reference',
      'claim ref',
      'icn',
      'internal control number',
      'dcn',
      'document control number',
      'claim control number',
      'payer claim number',
      'numero de reclamo',
      'numero de reclamacion',
      'reclamo',
      'reclamacion',
    ],
    negative: [
      'status',
      'date',
      'type',
      'amount',
      'total',
      'received',
      'billed',
      'paid',
      'provider',
      'dates',
      'submitted',
      'processed',
    ],
  },
  'claim.type': {
    domains: ['claim'],
    variants: [
      'claim type',
      'type',
      'type of claim',
      'coverage type',
      'benefit type',
      'tipo',
      'tipo de reclamo',
    ],
    negative: ['service', 'plan', 'network'],
  },
  'claim.dateOfService': {
    domains: ['claim', 'line'],
    variants: [
      'date of service',
      'dates of service',
      'date s of service',
      'service date',
      'service dates',
      'dos',
      'visit date',
      'date',
      'from date',
      'service from',
      'date visited',
      'fecha de servicio',
      'fecha del servicio',
      'fecha',
    ],
    negative: [
      'received',
      'processed',
      'paid',
      'denial',
      'denied',
      'appeal',
      'decision',
      'submitted',
      'status',
      'check',
      'payment',
      'updated',
      'birth',
      'recibido',
    ],
  },
  'claim.dateReceived': {
    domains: ['claim'],
    variants: [
      'date received',
      'received',
      'received date',
      'received on',
      'date submitted',
      'submitted',
      'submitted on',
      'submitted date',
      'receipt date',
      'fecha de recibo',
      'fecha recibida',
      'recibido',
    ],
    negative: ['amount', 'charges', 'billed'],
  },
  'claim.statusDate': {
    domains: ['claim'],
    variants: [
      'processed date',
      'date processed',
      'processed on',
      'processed',
      'paid date',
      'date paid',
      'paid on',
      'finalized date',
      'finalized on',
      'status date',
      'status effective date',
      'status effective',
      'status updated',
      'adjudication date',
      'adjudicated',
      'adjudicated on',
      'check date',
      'payment date',
      'last updated',
      'fecha de procesamiento',
      'procesado',
    ],
    negative: ['amount', 'by'],
  },
  'claim.denialDate': {
    domains: ['claim'],
    variants: ['denial date', 'date denied', 'denied on', 'denied date', 'fecha de denegacion'],
  },
  'claim.provider': {
    domains: ['claim'],
    variants: [
      'provider',
      'provider name',
      'doctor',
      'physician',
      'facility',
      'doctor facility',
      'provider facility',
      'rendering provider',
      'billing provider',
      'servicing provider',
      'treating provider',
      'seen by',
      'rendered by',
      'performed by',
      'provided by',
      'treated by',
      'service provider',
      'atendido por',
      'prestador',
      'visited',
      'proveedor',
      'medico',
    ],
    negative: [
      'network',
      'npi',
      'id',
      'tin',
      'charged',
      'charges',
      'billed',
      'status',
      'discount',
      'paid',
      'type',
      'number',
    ],
  },
  'claim.network': {
    domains: ['claim'],
    variants: [
      'network',
      'network status',
      'in network',
      'provider network',
      'par status',
      'participation',
      'par non par',
      'network tier',
      'tier',
      'red',
      'estado de la red',
    ],
    negative: ['savings', 'discount', 'deductible', 'name', 'npi'],
  },
  'claim.billed': {
    domains: ['claim', 'line'],
    variants: [
      'billed',
      'amount billed',
      'billed amount',
      'billed charges',
      'charges',
      'charge',
      'total charges',
      'total billed',
      'provider charged',
      'provider charges',
      'provider billed',
      'charged',
      'submitted charges',
      'submitted amount',
      'amount charged',
      'facturado',
      'monto facturado',
      'cargos',
    ],
    negative: ['not covered', 'date'],
  },
  'claim.planDiscount': {
    domains: ['claim', 'line'],
    variants: [
      'plan discount',
      'network discount',
      'network savings',
      'discount',
      'discounts',
      'savings',
      'your savings',
      'in network savings',
      'provider discount',
      'plan savings',
      'member savings',
      'negotiated discount',
      'amount saved',
      'you saved',
      'descuento',
      'descuento del plan',
      'ahorros',
    ],
  },
  'claim.allowed': {
    domains: ['claim', 'line'],
    variants: [
      'allowed',
      'allowed amount',
      'amount allowed',
      'eligible amount',
      'eligible',
      'negotiated rate',
      'covered amount',
      'plan allowance',
      'allowable',
      'allowable amount',
      'approved amount',
      'monto permitido',
      'cantidad permitida',
      'permitido',
    ],
    negative: ['not', 'non', 'units', 'in eligible'],
  },
  'claim.planPaid': {
    domains: ['claim', 'line'],
    variants: [
      'plan paid',
      'paid by plan',
      'insurance paid',
      'amount paid',
      'plan payment',
      'paid',
      'plan pays',
      'health plan paid',
      'what your plan paid',
      'your plan paid',
      'payment amount',
      'paid amount',
      'benefit paid',
      'paid to provider',
      'payer paid',
      'el plan pago',
      'pagado por el plan',
      'pagado',
    ],
    negative: ['date', 'you', 'owe', 'member', 'patient', 'check', 'on', 'by you', 'usted'],
  },
  'claim.patientOwes': {
    domains: ['claim', 'line'],
    variants: [
      'you may owe',
      'your share',
      'what i owe',
      'what you owe',
      'you owe',
      'patient responsibility',
      'pt resp',
      'pt responsibility',
      'patient resp',
      'patient liability',
      'member liability',
      'member responsibility',
      'member resp',
      'your responsibility',
      'amount you owe',
      'patient owes',
      'member owes',
      'your cost',
      'you pay',
      'patient balance',
      'amount due',
      'balance due',
      'total you owe',
      'responsabilidad del paciente',
      'usted debe',
      'lo que usted debe',
      'su parte',
      'su responsabilidad',
    ],
    negative: ['plan', 'insurance', 'by plan', 'date'],
  },
  'claim.status': {
    domains: ['claim'],
    variants: [
      'status',
      'claim status',
      'processing status',
      'current status',
      'estado',
      'estatus',
      'estado del reclamo',
    ],
    negative: ['date', 'network', 'par', 'on'],
  },
  'claim.carc': {
    domains: ['claim', 'line'],
    variants: [
      'adjustment code',
      'adjustment codes',
      'adjustment reason',
      'adjustment reason code',
      'claim adjustment reason code',
      'reason code',
      'reason codes',
      'carc',
      'carcs',
      'adj code',
      'group reason',
      'codigo de ajuste',
    ],
    negative: ['remark', 'description', 'group code'],
  },
  'claim.adjGroup': {
    domains: ['claim', 'line'],
    variants: ['group code', 'group', 'adjustment group', 'grp', 'adj group'],
    negative: ['number', 'id', 'name', '#'],
  },
  'claim.rarc': {
    domains: ['claim', 'line'],
    variants: [
      'remark code',
      'remark codes',
      'rarc',
      'rarcs',
      'remarks',
      'remittance remark',
      'remark',
      'codigo de observacion',
    ],
  },
  'claim.codes': {
    domains: ['claim', 'line'],
    variants: [
      'reason remark codes',
      'reason and remark codes',
      'codes',
      'explanation codes',
      'eob codes',
      'message codes',
      'messages',
      'codigos',
    ],
  },
  'claim.appealBy': {
    domains: ['claim', 'auth'],
    variants: [
      'appeal by',
      'appeal deadline',
      'appeal before',
      'appeal due',
      'appeal due date',
      'file appeal by',
      'file an appeal by',
      'deadline to appeal',
      'last day to appeal',
      'appeal date',
      'apelar antes de',
      'apele antes de',
      'apelar a mas tardar',
      'plazo para apelar',
      'fecha limite de apelacion',
      'fecha limite para apelar',
    ],
  },
  'claim.denialReason': {
    domains: ['claim', 'auth'],
    variants: [
      'denial reason',
      'reason for denial',
      'reason denied',
      'denied because',
      'reason',
      'why denied',
      'why was this denied',
      'denial explanation',
      'motivo de denegacion',
      'motivo del rechazo',
      'razon del rechazo',
      'razon de denegacion',
      'motivo',
      'razon',
    ],
    negative: ['code', 'codes', 'group', 'referral'],
  },
  // ---- claim lines ----------------------------------------------------------------------------------------------
  'line.procedureCode': {
    domains: ['line'],
    variants: [
      'procedure code',
      'cpt',
      'cpt code',
      'hcpcs',
      'cpt hcpcs',
      'hcpcs code',
      'proc code',
      'procedure',
      'service code',
      'code',
      'codigo de procedimiento',
    ],
    negative: ['reason', 'remark', 'adjustment', 'group', 'description', 'diagnosis', 'icd', 'dx'],
  },
  'line.description': {
    domains: ['line'],
    variants: [
      'description',
      'service',
      'services',
      'service description',
      'procedure description',
      'description of service',
      'descripcion',
      'servicio',
    ],
    negative: ['date', 'code', 'dates'],
  },
  'line.copay': { domains: ['line'], variants: ['copay', 'copayment', 'co pay', 'copago'] },
  'line.coinsurance': {
    domains: ['line'],
    variants: ['coinsurance', 'co insurance', 'coaseguro', 'coseguro'],
  },
  'line.deductible': {
    domains: ['line'],
    variants: ['deductible', 'applied to deductible', 'deductible applied', 'deducible'],
  },
  'line.notCovered': {
    domains: ['line'],
    variants: [
      'not covered',
      'non covered',
      'noncovered',
      'amount not covered',
      'not covered amount',
      'ineligible',
      'ineligible amount',
      'not allowed',
      'excluded',
      'no cubierto',
    ],
  },
  // ---- authorizations and referrals ---------------------------------------------------------------------------
  'auth.referenceNumber': {
    domains: ['auth'],
    variants: [
      'reference number',
      'reference #',
      'reference',
      'ref #',
      'ref no',
      'auth number',
      'auth #',
      'auth id',
      'authorization number',
      'authorization #',
      'authorization id',
      'prior auth number',
      'pa number',
      'referral number',
      'referral #',
      'referral id',
      'case number',
      'case #',
      'certification number',
      'cert number',
      'cert #',
      'tracking number',
      'request number',
      'numero de autorizacion',
      'numero de referencia',
    ],
    negative: ['date', 'status', 'type'],
  },
  'auth.status': {
    domains: ['auth'],
    variants: [
      'status',
      'authorization status',
      'auth status',
      'referral status',
      'request status',
      'decision',
      'determination',
      'estado',
    ],
    negative: ['date', 'network'],
  },
  'auth.requestingProvider': {
    domains: ['auth'],
    variants: [
      'requesting provider',
      'ordering provider',
      'referring provider',
      'referred by',
      'requested by',
      'ordering physician',
      'referring physician',
      'requesting physician',
      'from provider',
      'proveedor solicitante',
    ],
  },
  'auth.servicingProvider': {
    domains: ['auth'],
    variants: [
      'servicing provider',
      'rendering provider',
      'referred to',
      'provider',
      'specialist',
      'servicing facility',
      'facility',
      'to provider',
      'performing provider',
      'treating provider',
      'servicing physician',
      'proveedor',
      'proveedor de servicio',
    ],
    negative: ['requesting', 'referring', 'ordering', 'network', 'npi', 'status', 'id', 'tin'],
  },
  'auth.servicingNetwork': {
    domains: ['auth'],
    variants: [
      'network',
      'network status',
      'servicing provider network',
      'provider network',
      'par status',
      'in network',
      'participation',
      'red',
    ],
  },
  'auth.serviceDescription': {
    domains: ['auth'],
    variants: [
      'service',
      'services',
      'service description',
      'description',
      'procedure description',
      'service type',
      'type of service',
      'reason for referral',
      'requested service',
      'servicio',
      'descripcion',
    ],
    negative: ['code', 'date', 'dates', 'codes'],
  },
  'auth.procedureCode': {
    domains: ['auth'],
    variants: [
      'procedure code',
      'procedure codes',
      'cpt',
      'cpt code',
      'hcpcs',
      'service code',
      'code',
      'codes',
    ],
    negative: ['diagnosis', 'icd', 'dx', 'reason', 'description'],
  },
  'auth.serviceDateFrom': {
    domains: ['auth'],
    variants: [
      'start date',
      'valid from',
      'effective date',
      'service from',
      'from date',
      'begin date',
      'start',
      'effective from',
      'from',
      'fecha de inicio',
    ],
    negative: ['request', 'requested', 'decision', 'end', 'through', 'provider'],
  },
  'auth.serviceDateTo': {
    domains: ['auth'],
    variants: [
      'end date',
      'through',
      'valid through',
      'valid to',
      'valid until',
      'expiration date',
      'expires',
      'expires on',
      'to date',
      'service to',
      'thru',
      'end',
      'expiration',
      'fecha de vencimiento',
      'fecha final',
    ],
    negative: ['provider'],
  },
  'auth.serviceDates': {
    domains: ['auth'],
    variants: [
      'service dates',
      'dates of service',
      'date of service',
      'valid dates',
      'date range',
      'effective dates',
      'authorized dates',
      'approved dates',
      'valid',
      'fechas de servicio',
    ],
  },
  'auth.unitsRequested': {
    domains: ['auth'],
    variants: [
      'units requested',
      'requested units',
      'visits requested',
      'requested visits',
      'qty requested',
      'unidades solicitadas',
    ],
  },
  'auth.unitsApproved': {
    domains: ['auth'],
    variants: [
      'units approved',
      'approved units',
      'visits approved',
      'approved visits',
      'authorized units',
      'units authorized',
      'visits authorized',
      'authorized visits',
      'number of visits',
      'visits',
      'units',
      'unidades aprobadas',
    ],
    negative: ['used', 'requested', 'remaining'],
  },
  'auth.unitsUsed': {
    domains: ['auth'],
    variants: ['units used', 'used', 'visits used', 'used units', 'used visits', 'unidades usadas'],
  },
  'auth.requestDate': {
    domains: ['auth'],
    variants: [
      'request date',
      'date requested',
      'requested on',
      'requested',
      'submitted',
      'submitted on',
      'submitted date',
      'date submitted',
      'received date',
      'date received',
      'fecha de solicitud',
    ],
    negative: ['units', 'visits', 'by'],
  },
  'auth.decisionDate': {
    domains: ['auth'],
    variants: [
      'decision date',
      'determination date',
      'date of decision',
      'date decided',
      'decided on',
      'approved on',
      'denied on',
      'reviewed on',
      'fecha de decision',
    ],
  },
} as const satisfies Record<string, ConceptDef>;

export type ConceptId = keyof typeof DEFS;
export const CONCEPT_IDS = Object.keys(DEFS) as ConceptId[];

/** Read-only view of the vocabulary (variants per concept), e.g. for documentation and tests. */
export function conceptVariants(concept: ConceptId): readonly string[] {
  return DEFS[concept].variants;
}

const MAX_LABEL_CHARS = 80;
const MAX_LABEL_WORDS = 10;

/**
 * Normalise a label: lower case, accents removed, `*`, `(?)`, `(i)` and trailing colons dropped, `#` kept as a word,
 * any other punctuation turned into spaces, whitespace collapsed.
 */
export function normalizeLabel(text: string): string {
  const capped = text.length > 400 ? text.slice(0, 400) : text;
  return capped
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\(\s*[?i]\s*\)/g, ' ')
    .replace(/#/g, ' # ')
    .replace(/[^a-z0-9#%$]+/g, ' ')
    .trim();
}

/**
 * Spanish articles do not change what a label names ("Motivo de la denegación" = "motivo de denegación", "Visita al
 * especialista" = "visita a especialista"): they are dropped, on both sides, before a label is matched.
 */
const ARTICLES = / (?:el|la|los|las)(?= )/g;
function withoutArticles(norm: string): string {
  if (!/ (?:el|la|los|las|del|al) /.test(` ${norm} `)) return norm;
  return ` ${norm} `
    .replace(/ del(?= )/g, ' de')
    .replace(/ al(?= )/g, ' a')
    .replace(ARTICLES, '')
    .trim();
}

interface CompiledConcept {
  id: ConceptId;
  variants: string[];
  negative: string[];
}
const COMPILED: Map<Domain, CompiledConcept[]> = (() => {
  const byDomain = new Map<Domain, CompiledConcept[]>();
  for (const id of CONCEPT_IDS) {
    const def: ConceptDef = DEFS[id];
    const compiled: CompiledConcept = {
      id,
      variants: def.variants.map((v) => withoutArticles(normalizeLabel(v))),
      negative: (def.negative ?? []).map((v) => withoutArticles(normalizeLabel(v))),
    };
    for (const d of def.domains) {
      const list = byDomain.get(d) ?? [];
      list.push(compiled);
      byDomain.set(d, list);
    }
  }
  return byDomain;
})();

function containsPhrase(haystackPadded: string, phrase: string): boolean {
  return haystackPadded.includes(` ${phrase} `);
}

export interface ConceptMatch {
  concept: ConceptId;
  score: number;
  /** The normalised variant that matched. */
  variant: string;
}

/**
 * The best concept of the given domains for a label, or null. Exact variant matches beat contained ones; among
 * contained ones the variant covering more of the label wins. A negative word rules a concept out unless the
 * matched variant contains it. `extra` (adapter hints) are checked first, as exact matches.
 */
export function matchConcept(
  label: string,
  domains: readonly Domain[],
  extra?: Partial<Record<ConceptId, readonly string[]>>,
): ConceptMatch | null {
  // Pages repeat a few labels thousands of times (column headers, detail labels): each is matched once.
  if (label.length > 200) return computeMatch(label, domains, extra);
  let cache = MATCH_CACHE;
  if (extra) {
    cache = EXTRA_MATCH_CACHES.get(extra) ?? new Map();
    EXTRA_MATCH_CACHES.set(extra, cache);
  }
  const key = `${domains.join(',')}\u0001${label}`;
  const known = cache.get(key);
  if (known !== undefined) return known && { ...known };
  const match = computeMatch(label, domains, extra);
  if (cache.size > 5000) cache.clear();
  cache.set(key, match);
  return match && { ...match };
}

const MATCH_CACHE = new Map<string, ConceptMatch | null>();
const EXTRA_MATCH_CACHES = new WeakMap<object, Map<string, ConceptMatch | null>>();

function computeMatch(
  label: string,
  domains: readonly Domain[],
  extra?: Partial<Record<ConceptId, readonly string[]>>,
): ConceptMatch | null {
  const norm = normalizeLabel(label);
  if (!norm || norm.length > MAX_LABEL_CHARS) return null;
  if (extra) {
    for (const id of Object.keys(extra) as ConceptId[]) {
      const variants = extra[id];
      if (!Array.isArray(variants) || !(id in DEFS)) continue;
      for (const v of variants)
        if (typeof v === 'string' && normalizeLabel(v) === norm)
          return { concept: id, score: 10_000, variant: norm };
    }
  }
  const words = norm.split(' ').length;
  if (words > MAX_LABEL_WORDS) return null;
  const key = withoutArticles(norm);
  const padded = ` ${key} `;
  let best: ConceptMatch | null = null;
  const seen = new Set<ConceptId>();
  for (const domain of domains) {
    for (const c of COMPILED.get(domain) ?? []) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      let conceptBest: ConceptMatch | null = null;
      for (const v of c.variants) {
        let score = 0;
        if (v === key) score = 1000 + v.length;
        else if (containsPhrase(padded, v)) score = Math.round((100 * v.length) / key.length) + v.length;
        if (score === 0 || (conceptBest && conceptBest.score >= score)) continue;
        const vPadded = ` ${v} `;
        const ruledOut = c.negative.some((n) => containsPhrase(padded, n) && !containsPhrase(vPadded, n));
        if (ruledOut) continue;
        conceptBest = { concept: c.id, score, variant: v };
      }
      if (conceptBest && (!best || conceptBest.score > best.score)) best = conceptBest;
    }
  }
  return best;
}

/** Words a label may carry besides its concept's variant without becoming something else. */
const FILLER_WORDS = new Set(
  (
    'individual family ind fam indiv self single per person member in out of network oon par non participating ' +
    'met spent used remaining left to go total annual yearly calendar amount max maximum limit your my the a an for ' +
    'this plan year date so far ytd applied accumulated balance tier 1 2 current medical is are and or # no number ' +
    'due s what you i de la el del los las al red en fuera dentro y su mi total anual familia miembro'
  ).split(' '),
);

/**
 * Whether a label is essentially its concept: the matched variant plus only qualifier/filler words ("Family
 * out-of-network deductible remaining"), not a sentence or a name that happens to contain a variant ("Quarry Test
 * Health Plan").
 */
export function isStrongLabel(label: string, match: ConceptMatch): boolean {
  if (match.score >= 1000) return true;
  const words = normalizeLabel(label).split(' ');
  const variantWords = new Set(match.variant.split(' '));
  return words.every((w) => variantWords.has(w) || FILLER_WORDS.has(w));
}

export type Scope = 'individual' | 'family';
export type Part = 'met' | 'remaining' | 'total';
export type NetworkWord = 'in-network' | 'out-of-network';

export interface Qualifiers {
  scope: Scope | null;
  part: Part | null;
  network: NetworkWord | null;
}

const FAMILY_WORDS = ['family', 'fam', 'familia', 'familiar', 'aggregate'];
const INDIVIDUAL_WORDS = [
  'individual',
  'ind',
  'indiv',
  'single',
  'self',
  'self only',
  'per person',
  'per member',
  'individuo',
];
const MET_WORDS = [
  'met',
  'spent',
  'used',
  'applied',
  'accumulated',
  'satisfied',
  'paid to date',
  'year to date',
  'ytd',
  'so far',
  'to date',
  'progress',
  'cumplido',
  'acumulado',
  'gastado',
  'alcanzado',
];
const REMAINING_WORDS = [
  'remaining',
  'left',
  'to go',
  'balance',
  'remainder',
  'restante',
  'pendiente',
  'falta',
];
const TOTAL_WORDS = ['limit', 'max', 'maximum', 'total', 'annual', 'amount', 'limite', 'maximo'];
const OON_WORDS = [
  'out of network',
  'oon',
  'non network',
  'non participating',
  'non par',
  'nonpar',
  'out network',
  'tier 2',
  'fuera de la red',
];
const IN_WORDS = [
  'in network',
  'participating',
  'par',
  'tier 1',
  'preferred',
  'en la red',
  'dentro de la red',
];

function anyPhrase(padded: string, words: readonly string[]): boolean {
  return words.some((w) => containsPhrase(padded, w));
}

/** Qualifier words in a label or heading (individual/family, met/remaining/total, in/out of network). */
export function labelQualifiers(text: string): Qualifiers {
  const padded = ` ${normalizeLabel(text)} `;
  const family = anyPhrase(padded, FAMILY_WORDS);
  const individual = anyPhrase(padded, INDIVIDUAL_WORDS);
  const oon = anyPhrase(padded, OON_WORDS);
  // "non participating" contains "participating": the out-of-network words are checked first.
  const inNet = !oon && anyPhrase(padded, IN_WORDS);
  let part: Part | null = null;
  if (anyPhrase(padded, REMAINING_WORDS)) part = 'remaining';
  else if (anyPhrase(padded, MET_WORDS)) part = 'met';
  else if (anyPhrase(padded, TOTAL_WORDS)) part = 'total';
  return {
    scope: family && !individual ? 'family' : individual && !family ? 'individual' : null,
    part,
    network: oon ? 'out-of-network' : inNet ? 'in-network' : null,
  };
}
