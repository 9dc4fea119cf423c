/**
 * PageSnapshot v1: what the extension read from one portal page (contract: shared/contract/README.md §2).
 *
 * Conventions (from the contract):
 * - money is dollars with cents (a JS number such as 1250 or 96.4), never cents here;
 * - dates are ISO `YYYY-MM-DD`;
 * - a value the page does not show is `null`, never 0;
 * - `sources` maps a field path (`claims[2].patientOwes`, `plan.inNetwork.deductible.individual.amount`) to the
 *   label and the visible text the value was parsed from.
 *
 * Extras beyond the contract (allowed by it): `warnings` (canary and implausible-value messages), `implausible`
 * (field paths whose page text held an absurd value that was therefore NOT used) and `unreadRows` (a long claims list
 * read in part so far).
 */
import { z } from 'zod/mini';
import { AUTH_STATUSES, CLAIM_STATUSES, NETWORKS, PLAN_TYPES } from './snapshot-values';

export { AUTH_STATUSES, CLAIM_STATUSES, NETWORKS, PLAN_TYPES } from './snapshot-values';

/** ISO calendar date `YYYY-MM-DD`. */
export const IsoDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'));

/** Dollars with cents; zod rejects NaN and ±Infinity for z.number(). */
export const DollarsSchema = z.number();
const Money = z.nullable(DollarsSchema);
const DateOrNull = z.nullable(IsoDateSchema);
const TextOrNull = z.nullable(z.string());

export const PlanTypeSchema = z.enum(PLAN_TYPES);
export type PlanType = z.infer<typeof PlanTypeSchema>;

export const NetworkSchema = z.enum(NETWORKS);
export type Network = z.infer<typeof NetworkSchema>;

export const ClaimStatusSchema = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>;

export const AuthStatusSchema = z.enum(AUTH_STATUSES);
export type AuthStatus = z.infer<typeof AuthStatusSchema>;

/** Adjustment (CARC) codes are normalised to `GROUP-REASON`, e.g. `CO-45`, `PR-1`, `OA-23`, `PI-204`. */
export const CarcCodeSchema = z
  .string()
  .check(z.regex(/^(CO|PR|OA|PI|CR)-[A-Z]?\d{1,3}$/, 'expected e.g. CO-45'));
/** Remittance advice remark codes, e.g. `M62`, `N54`, `MA130`. */
export const RarcCodeSchema = z.string().check(z.regex(/^(M|N|MA)\d{1,3}$/, 'expected e.g. N130'));

export const AmountMetSchema = z.object({ amount: Money, met: Money });
export type AmountMet = z.infer<typeof AmountMetSchema>;

const IndividualFamily = z.object({ individual: AmountMetSchema, family: AmountMetSchema });

export const CopaysSchema = z.object({
  primaryCare: Money,
  specialist: Money,
  urgentCare: Money,
  emergency: Money,
  telehealth: z.optional(Money),
});
export type Copays = z.infer<typeof CopaysSchema>;

export const TierSchema = z.object({
  deductible: IndividualFamily,
  outOfPocket: IndividualFamily,
  /** The member's share as a fraction 0–1 (0.2), never the plan's 80%. */
  coinsurance: z.nullable(z.number().check(z.gte(0), z.lte(1))),
  copays: CopaysSchema,
});
export type Tier = z.infer<typeof TierSchema>;

export const PlanSchema = z.object({
  name: TextOrNull,
  type: z.nullable(PlanTypeSchema),
  planYear: z.object({ start: DateOrNull, end: DateOrNull }),
  network: z.nullable(NetworkSchema),
  inNetwork: TierSchema,
  outOfNetwork: z.nullable(TierSchema),
});
export type Plan = z.infer<typeof PlanSchema>;

export const MemberSchema = z.object({ name: TextOrNull, id: TextOrNull });
export type Member = z.infer<typeof MemberSchema>;

export const ClaimLineSchema = z.object({
  procedureCode: TextOrNull,
  description: TextOrNull,
  billed: Money,
  planDiscount: Money,
  planPaid: Money,
  copay: Money,
  /** Coinsurance in dollars for this line (an amount, not a rate). */
  coinsurance: Money,
  deductible: Money,
  notCovered: Money,
  patientOwes: Money,
  carcCodes: z.array(CarcCodeSchema),
  // Extras, when a portal shows them per line.
  dateOfService: z.optional(DateOrNull),
  allowed: z.optional(Money),
  rarcCodes: z.optional(z.array(RarcCodeSchema)),
});
export type ClaimLine = z.infer<typeof ClaimLineSchema>;

export const ClaimSchema = z.object({
  /** Claim number as shown, or `derived:<date>|<provider>|<billed>` when the page shows none. */
  id: z.string().check(z.minLength(1)),
  type: TextOrNull,
  dateOfService: DateOrNull,
  dateReceived: DateOrNull,
  provider: TextOrNull,
  network: z.nullable(NetworkSchema),
  billed: Money,
  planDiscount: Money,
  allowed: Money,
  planPaid: Money,
  patientOwes: Money,
  /** Status text as shown on the page. */
  status: TextOrNull,
  statusNormalized: z.nullable(ClaimStatusSchema),
  statusDate: DateOrNull,
  denialDate: DateOrNull,
  carcCodes: z.array(CarcCodeSchema),
  rarcCodes: z.array(RarcCodeSchema),
  lines: z.array(ClaimLineSchema),
  /** An appeal deadline printed on the page (never taken from a link's URL). */
  appealBy: DateOrNull,
  denialReason: TextOrNull,
});
export type Claim = z.infer<typeof ClaimSchema>;

/** Shared shape of referrals and (pre-)authorizations. */
export const AuthorizationSchema = z.object({
  /** Kept as a string: leading zeros matter (`000123`). */
  referenceNumber: TextOrNull,
  status: TextOrNull,
  statusNormalized: z.nullable(AuthStatusSchema),
  requestingProvider: TextOrNull,
  servicingProvider: TextOrNull,
  servicingNetwork: z.nullable(NetworkSchema),
  serviceDescription: TextOrNull,
  procedureCode: TextOrNull,
  serviceDateFrom: DateOrNull,
  serviceDateTo: DateOrNull,
  unitsRequested: z.nullable(z.number()),
  unitsApproved: z.nullable(z.number()),
  unitsUsed: z.nullable(z.number()),
  requestDate: DateOrNull,
  decisionDate: DateOrNull,
  denialReason: TextOrNull,
  appealBy: DateOrNull,
});
export type Authorization = z.infer<typeof AuthorizationSchema>;
export const ReferralSchema = AuthorizationSchema;
export type Referral = Authorization;

export const SourceSchema = z.object({ label: z.string(), text: z.string() });
export type Source = z.infer<typeof SourceSchema>;

export const PageSnapshotSchema = z.object({
  url: z.string(),
  /** Adapter id, or `generic` for the structure-aware fallback. */
  portal: z.string(),
  member: MemberSchema,
  plan: PlanSchema,
  claims: z.array(ClaimSchema),
  referrals: z.array(ReferralSchema),
  authorizations: z.array(AuthorizationSchema),
  sources: z.record(z.string(), SourceSchema),
  // Extras (allowed by the contract).
  warnings: z.optional(z.array(z.string())),
  implausible: z.optional(z.array(z.string())),
  /**
   * Rows or cards of a long claims list not read yet (read as they are needed: when scrolled near, or all of them
   * when the popup opens). Absent when every claim on the page was read.
   */
  unreadRows: z.optional(z.number().check(z.int(), z.gte(1))),
});
export type PageSnapshot = z.infer<typeof PageSnapshotSchema>;

// The empty values have one implementation, in lib/extract/empty.ts: it is zod-free so that the content script can
// build snapshots without bundling zod. Re-exported here for everything that already imports the model.
export {
  emptyAmountMet,
  emptyAuthorization,
  emptyClaim,
  emptyClaimLine,
  emptySnapshot,
  emptyTier,
} from '../extract/empty';
