/**
 * Builders for fictitious test cases (no real people or plans). `makeCase` deep-merges overrides into a
 * plain in-network employer PPO office visit, so each test states only the facts it is about.
 */
import type { Case } from '../../../lib/model/case';
import type { Assessment, RuleTrace } from '../../../lib/model/assessment';

type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> | null }
    : T;

export function baseCase(): Case {
  return {
    today: '2026-03-10',
    plan: {
      kind: 'employer-erisa',
      type: 'PPO',
      sbcReferralRequired: false,
      preAuthRequiredForService: 'not-required',
      deductible: { individual: 1000, individualMet: 0, family: null, familyMet: null, familyType: null },
      oopMax: { individual: 5000, individualMet: 0, family: null, familyMet: null },
      copay: null,
      copayAppliesBeforeDeductible: false,
      copayLesserOfAllowed: false,
      coinsurance: 0.2,
    },
    provider: { networkStatus: 'in-network', setting: 'office', role: 'oncologist' },
    authorizations: { referralOnFile: false, preAuthStatus: 'none' },
    service: {
      kind: 'second-opinion-consult',
      diagnosisCategory: 'cancer',
      allowedAmount: 300,
      billedCharge: 500,
    },
    claim: null,
  };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function merge(target: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    out[key] = isPlainObject(value) && isPlainObject(current) ? merge(current, value) : value;
  }
  return out;
}

export function makeCase(overrides: DeepPartial<Case> = {}): Case {
  return merge(
    baseCase() as unknown as Record<string, unknown>,
    overrides as Record<string, unknown>,
  ) as unknown as Case;
}

export function ruleIds(a: Assessment): string[] {
  return a.trace.map((t) => t.ruleId);
}

export function findTrace(a: Assessment, ruleId: string): RuleTrace | undefined {
  return a.trace.find((t) => t.ruleId === ruleId);
}
