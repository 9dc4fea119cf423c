/**
 * Rules-engine throughput (a script that prints a figure, not a pass/fail test).
 *   npx tsx test/bench/rules-bench.ts
 * Generates a deterministic mixed batch of 100,000 valid Cases (fixed seed; fictitious data), checks a
 * sample against the zod schema once, then times evaluate() alone (cases are parsed before the clock
 * starts, as at a real boundary). Target: at least 100,000 cases per second.
 */
import { pathToFileURL } from 'node:url';
import { CaseSchema, type Case } from '../../lib/model/case';
import { evaluate } from '../../lib/rules/evaluate';

export const BENCH_CASES = 100_000;
const SEED = 0x5eed_2026;

/** mulberry32: small, fast, deterministic. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, items: readonly T[]): T => items[Math.floor(r() * items.length)] as T;
const dollars = (r: Rand, max: number): number => Math.round(r() * max * 100) / 100;

const PLANS = [
  { kind: 'employer-erisa', type: 'HMO' },
  { kind: 'employer-erisa', type: 'PPO' },
  { kind: 'employer-erisa', type: 'POS' },
  { kind: 'employer-erisa', type: 'HDHP-PPO' },
  { kind: 'aca-individual', type: 'EPO' },
  { kind: 'aca-individual', type: 'PPO' },
  { kind: 'medicare-original', type: 'Original Medicare' },
  { kind: 'medicare-advantage', type: 'MA-HMO' },
  { kind: 'medicare-advantage', type: 'MA-PPO' },
  { kind: 'medicaid-managed-care', type: 'Medicaid MCO' },
] as const;

const CARCS = [
  '1',
  '2',
  '3',
  '16',
  '18',
  '22',
  '29',
  '45',
  '50',
  '55',
  '96',
  '97',
  '197',
  '204',
  '242',
  '288',
];

/** One fictitious, schema-valid case. */
export function benchCase(r: Rand, i: number): Case {
  const plan = pick(r, PLANS);
  const medicareOriginal = plan.kind === 'medicare-original';
  const oon = !medicareOriginal && r() < 0.25;
  const year = r() < 0.5 ? 2025 : 2026;
  const month = 1 + Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  const today = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const allowed = r() < 0.1 ? null : dollars(r, 5000);
  const deductible = dollars(r, 4000);
  const oopMax = deductible + dollars(r, 8000);
  const withClaim = r() < 0.35;
  const c: Case = {
    id: `BENCH-${i}`,
    today,
    plan: {
      kind: plan.kind,
      type: plan.type,
      sbcReferralRequired: pick(r, [true, false, null]),
      preAuthRequiredForService: pick(r, ['required', 'not-required', 'unknown'] as const),
      tier: oon ? 'out-of-network' : 'in-network',
      deductible: {
        individual: medicareOriginal ? (year === 2025 ? 257 : 283) : deductible,
        individualMet: dollars(r, deductible),
        family: r() < 0.3 ? deductible * 2 : null,
        familyMet: r() < 0.3 ? dollars(r, deductible) : null,
        familyType: pick(r, ['embedded', 'aggregate', null] as const),
      },
      oopMax: {
        individual: medicareOriginal ? null : oopMax,
        individualMet: dollars(r, oopMax),
        family: null,
        familyMet: null,
      },
      copay: r() < 0.5 ? dollars(r, 100) : null,
      copayAppliesBeforeDeductible: pick(r, [true, false, 'first-3-visits'] as const),
      copayLesserOfAllowed: r() < 0.2,
      coinsurance: r() < 0.8 ? pick(r, [0.1, 0.2, 0.3, 0.4]) : null,
      hsaQualified: plan.type === 'HDHP-PPO',
      ratingPeriodStart: plan.kind === 'medicaid-managed-care' ? pick(r, ['2025-07-01', '2026-01-01']) : null,
    },
    provider: {
      networkStatus: medicareOriginal
        ? pick(r, ['medicare-participating', 'medicare-nonparticipating-not-assigned'] as const)
        : oon
          ? 'out-of-network'
          : 'in-network',
      setting: pick(r, [
        'office',
        'in-network-hospital',
        'in-network-asc',
        'imaging-center',
        'emergency-department',
      ] as const),
      role: pick(r, ['oncologist', 'anesthesiologist', 'surgeon', 'radiology', 'obstetrician-gynecologist']),
      participatingFeeScheduleAmount: medicareOriginal ? dollars(r, 800) : null,
    },
    authorizations: {
      referralOnFile: r() < 0.5,
      preAuthStatus: pick(r, ['none', 'pending', 'approved', 'none'] as const),
      paRequestReceived: `${today}T09:30`,
      nsaConsentSigned: r() < 0.2,
      nsaConsentHoursBeforeService: r() < 0.5 ? 96 : 24,
      inNetworkAlternativeAvailable: pick(r, [true, false, null]),
    },
    service: {
      kind: pick(r, [
        'second-opinion-consult',
        'third-opinion',
        'surgery',
        'additional-test',
        'emergency',
      ] as const),
      diagnosisCategory: pick(r, [
        'cancer',
        'major-surgery',
        'elective-surgery',
        'complex-diagnosis',
        'routine',
        'cosmetic',
      ] as const),
      allowedAmount: allowed,
      billedCharge: allowed === null ? dollars(r, 9000) : allowed + dollars(r, 3000),
      recognizedAmount: allowed,
      officeVisitNumberThisYear: 1 + Math.floor(r() * 6),
    },
    claim: withClaim
      ? {
          status: pick(r, ['denied', 'pa-denied', 'paid', 'partially-paid'] as const),
          noticeDate: `${year - (r() < 0.3 ? 1 : 0)}-${String(month).padStart(2, '0')}-01`,
          planKindForDeadlines: plan.kind,
          adjustments: [
            { group: pick(r, ['CO', 'PR', 'OA'] as const), carc: pick(r, CARCS), amount: dollars(r, 2000) },
            { group: 'PR', carc: pick(r, ['1', '2', '3']), amount: dollars(r, 300) },
          ],
          rarc: r() < 0.1 ? ['MA130'] : [],
          finalInternalDenial: r() < 0.2,
          denialReason: r() < 0.5 ? 'medical-necessity' : null,
        }
      : null,
  };
  return c;
}

export function generateBenchCases(count = BENCH_CASES, seed = SEED): Case[] {
  const r = rng(seed);
  const cases: Case[] = new Array<Case>(count);
  for (let i = 0; i < count; i++) cases[i] = benchCase(r, i);
  return cases;
}

export interface RulesBenchResult {
  /** Wall-clock throughput (what the target refers to). */
  casesPerSecond: number;
  cases: number;
  ms: number;
  /** Process CPU time for the same loop: a steadier figure on a shared, busy machine. */
  cpuMs: number;
}

export async function runRulesBench(): Promise<RulesBenchResult> {
  const cases = generateBenchCases();
  // Validate a sample once so the bench never measures nonsense input (outside the clock).
  for (let i = 0; i < cases.length; i += 997) {
    const parsed = CaseSchema.safeParse(cases[i]);
    if (!parsed.success)
      throw new Error(`bench case ${i} is not a valid Case: ${JSON.stringify(parsed.error.issues)}`);
  }
  // Warm-up so the JIT has compiled the hot path.
  for (let i = 0; i < 20_000; i++) evaluate(cases[i % cases.length] as Case);

  let checksum = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < cases.length; i++) {
    const a = evaluate(cases[i] as Case);
    checksum += a.trace.length;
  }
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  if (checksum === 0) throw new Error('bench produced no traces');
  return {
    casesPerSecond: Math.round((cases.length / ms) * 1000),
    cases: cases.length,
    ms: Math.round(ms * 10) / 10,
    cpuMs: Math.round((cpu.user + cpu.system) / 100) / 10,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runRulesBench();
  process.stdout.write(
    `rules-bench: ${result.cases} cases in ${result.ms} ms = ${result.casesPerSecond.toLocaleString('en-US')} cases/s ` +
      `(target >= 100,000); CPU time ${result.cpuMs} ms\n`,
  );
}
