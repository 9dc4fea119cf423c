/**
 * Empty values of the PageSnapshot shape, without zod. lib/model/snapshot.ts (the schema, the one source of truth)
 * defines the same factories next to its zod schemas; importing anything from it puts zod in a bundle, and the
 * content script cannot afford that (40 kB gz budget, issue 7). test/unit/extract/check.test.ts asserts that these
 * equal the schema module's, so they cannot drift apart.
 */
import type { AmountMet, Authorization, Claim, ClaimLine, PageSnapshot, Tier } from '../model/snapshot';
import { AUTH_SHAPE, CLAIM_SHAPE, LINE_SHAPE, type Shape } from '../model/snapshot-check';

const LISTS = new Set(['carcCodes', 'rarcCodes', 'lines']);

/**
 * Every required field of a shape, empty: `null`, or `[]` for lists (the keys are listed once, in
 * lib/model/snapshot-check.ts).
 */
function emptyOf<T>(shape: Shape): T {
  const out: Record<string, unknown> = {};
  for (const [key, , optional] of shape) if (!optional) out[key] = LISTS.has(key) ? [] : null;
  return out as T;
}

export function emptyAmountMet(): AmountMet {
  return { amount: null, met: null };
}

export function emptyTier(): Tier {
  return {
    deductible: { individual: emptyAmountMet(), family: emptyAmountMet() },
    outOfPocket: { individual: emptyAmountMet(), family: emptyAmountMet() },
    coinsurance: null,
    copays: { primaryCare: null, specialist: null, urgentCare: null, emergency: null },
  };
}

export function emptyClaimLine(): ClaimLine {
  return emptyOf<ClaimLine>(LINE_SHAPE);
}

const EMPTY_CLAIM = emptyOf<Claim>(CLAIM_SHAPE);

export function emptyClaim(id: string): Claim {
  // A copy of one template (a claims list makes thousands): the same keys in the same order, fresh lists.
  return { ...EMPTY_CLAIM, id, carcCodes: [], rarcCodes: [], lines: [] };
}

export function emptyAuthorization(): Authorization {
  return emptyOf<Authorization>(AUTH_SHAPE);
}

export function emptySnapshot(url: string, portal = 'generic'): PageSnapshot {
  return {
    url,
    portal,
    member: { name: null, id: null },
    plan: {
      name: null,
      type: null,
      planYear: { start: null, end: null },
      network: null,
      inNetwork: emptyTier(),
      outOfNetwork: null,
    },
    claims: [],
    referrals: [],
    authorizations: [],
    sources: {},
    warnings: [],
    implausible: [],
  };
}
