/**
 * The enum values of a PageSnapshot, written once and without zod: the schemas (./snapshot.ts, and ./case.ts for the
 * plan types a Case shares) build their enums from them, and the zod-free mirror the content script bundles
 * (./snapshot-check.ts) checks against them.
 */

/** Same values as `plan.type` in a Case (contract §1). */
export const PLAN_TYPES = [
  'HMO',
  'PPO',
  'EPO',
  'POS',
  'HDHP-PPO',
  'Original Medicare',
  'MA-HMO',
  'MA-PPO',
  'Medicaid MCO',
] as const;

export const NETWORKS = ['in-network', 'out-of-network'] as const;

export const CLAIM_STATUSES = [
  'processed',
  'paid',
  'pending',
  'denied',
  'partially-paid',
  'adjusted',
] as const;

export const AUTH_STATUSES = ['approved', 'pending', 'denied', 'partially-approved', 'expired'] as const;
