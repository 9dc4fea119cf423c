/**
 * A zod-free check of a PageSnapshot: the same constraints as `PageSnapshotSchema` (lib/model/snapshot.ts), written
 * out by hand so that the content script (40 kB gz budget, issue 7) does not bundle zod, and so that checking 2,000
 * claims costs well under a millisecond instead of a schema walk of hundreds. The schema stays the one source of
 * truth: the background parses every `page:snapshot` with it at its boundary, and test/unit/extract/check.test.ts
 * asserts that this check and the schema agree on valid and on broken snapshots. The popup's state
 * (lib/model/messages.ts `PopupStateSchema`) checks the snapshot and claims it embeds with it too: the popup parses
 * that state cold on every opening.
 *
 * Each function returns the path of the first problem found, or null when the value is valid.
 */
import type { Authorization, Claim, PageSnapshot } from './snapshot';
import { AUTH_STATUSES, CLAIM_STATUSES, NETWORKS, PLAN_TYPES } from './snapshot-values';

type Problem = string | null;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CARC = /^(CO|PR|OA|PI|CR)-[A-Z]?\d{1,3}$/;
const RARC = /^(M|N|MA)\d{1,3}$/;
// The enum values come from ./snapshot-values.ts, as the schema's do: written once.
const CLAIM_STATUS_SET: ReadonlySet<unknown> = new Set(CLAIM_STATUSES);
const AUTH_STATUS_SET: ReadonlySet<unknown> = new Set(AUTH_STATUSES);
const NETWORK_SET: ReadonlySet<unknown> = new Set(NETWORKS);
const PLAN_TYPE_SET: ReadonlySet<unknown> = new Set(PLAN_TYPES);

type Rec = Record<string, unknown>;

function isObject(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** z.number(): finite numbers only. */
function isNumber(v: unknown): boolean {
  return typeof v === 'number' && Number.isFinite(v);
}
const money = (v: unknown) => v === null || isNumber(v);
const text = (v: unknown) => v === null || typeof v === 'string';
const date = (v: unknown) => v === null || (typeof v === 'string' && ISO_DATE.test(v));
const oneOf = (set: ReadonlySet<unknown>) => (v: unknown) => v === null || set.has(v);

function codes(v: unknown, re: RegExp): boolean {
  if (!Array.isArray(v)) return false;
  for (const c of v) if (typeof c !== 'string' || !re.test(c)) return false;
  return true;
}

/** Fields checked with one predicate each: [key, predicate, optional]. Also the key order of the empty values. */
export type Shape = ReadonlyArray<readonly [string, (v: unknown) => boolean, boolean?]>;

function checkShape(value: unknown, shape: Shape, path: string): Problem {
  if (!isObject(value)) return path || '(root)';
  // Indexed, no destructuring: run cold on 2,000 claims, a for-of allocates an iterator result per field.
  for (let i = 0; i < shape.length; i++) {
    const field = shape[i]!;
    const v = value[field[0]];
    if (v === undefined && field[2]) continue;
    if (!field[1](v)) return path ? `${path}.${field[0]}` : field[0];
  }
  return null;
}

export const LINE_SHAPE: Shape = [
  ['procedureCode', text],
  ['description', text],
  ['billed', money],
  ['planDiscount', money],
  ['planPaid', money],
  ['copay', money],
  ['coinsurance', money],
  ['deductible', money],
  ['notCovered', money],
  ['patientOwes', money],
  ['carcCodes', (v) => codes(v, CARC)],
  ['dateOfService', date, true],
  ['allowed', money, true],
  ['rarcCodes', (v) => codes(v, RARC), true],
];

export const CLAIM_SHAPE: Shape = [
  ['id', (v) => typeof v === 'string' && v.length >= 1],
  ['type', text],
  ['dateOfService', date],
  ['dateReceived', date],
  ['provider', text],
  ['network', oneOf(NETWORK_SET)],
  ['billed', money],
  ['planDiscount', money],
  ['allowed', money],
  ['planPaid', money],
  ['patientOwes', money],
  ['status', text],
  ['statusNormalized', oneOf(CLAIM_STATUS_SET)],
  ['statusDate', date],
  ['denialDate', date],
  ['carcCodes', (v) => codes(v, CARC)],
  ['rarcCodes', (v) => codes(v, RARC)],
  ['lines', Array.isArray],
  ['appealBy', date],
  ['denialReason', text],
];

export const AUTH_SHAPE: Shape = [
  ['referenceNumber', text],
  ['status', text],
  ['statusNormalized', oneOf(AUTH_STATUS_SET)],
  ['requestingProvider', text],
  ['servicingProvider', text],
  ['servicingNetwork', oneOf(NETWORK_SET)],
  ['serviceDescription', text],
  ['procedureCode', text],
  ['serviceDateFrom', date],
  ['serviceDateTo', date],
  ['unitsRequested', (v) => v === null || isNumber(v)],
  ['unitsApproved', (v) => v === null || isNumber(v)],
  ['unitsUsed', (v) => v === null || isNumber(v)],
  ['requestDate', date],
  ['decisionDate', date],
  ['denialReason', text],
  ['appealBy', date],
];

const AMOUNT_MET: Shape = [
  ['amount', money],
  ['met', money],
];
const COPAYS: Shape = [
  ['primaryCare', money],
  ['specialist', money],
  ['urgentCare', money],
  ['emergency', money],
  ['telehealth', money, true],
];

export function claimProblem(claim: unknown, path = 'claim'): Problem {
  const problem = checkShape(claim, CLAIM_SHAPE, path);
  if (problem) return problem;
  const lines = (claim as Claim).lines;
  for (let i = 0; i < lines.length; i++) {
    const p = checkShape(lines[i], LINE_SHAPE, `${path}.lines.${i}`);
    if (p) return p;
  }
  return null;
}

export function authorizationProblem(auth: unknown, path = 'authorization'): Problem {
  return checkShape(auth as Authorization, AUTH_SHAPE, path);
}

function tierProblem(tier: unknown, path: string): Problem {
  if (!isObject(tier)) return path;
  for (const key of ['deductible', 'outOfPocket'] as const) {
    const pair = tier[key];
    if (!isObject(pair)) return `${path}.${key}`;
    for (const scope of ['individual', 'family'] as const) {
      const p = checkShape(pair[scope], AMOUNT_MET, `${path}.${key}.${scope}`);
      if (p) return p;
    }
  }
  const c = tier.coinsurance;
  if (!(c === null || (isNumber(c) && (c as number) >= 0 && (c as number) <= 1)))
    return `${path}.coinsurance`;
  return checkShape(tier.copays, COPAYS, `${path}.copays`);
}

function stringList(v: unknown): boolean {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** Up to `limit` problems of a snapshot (paths, zod style: `claims.3.billed`); empty when it is valid. */
export function snapshotProblems(snapshot: unknown, limit = 3): string[] {
  const out: string[] = [];
  const add = (p: Problem) => {
    if (p && out.length < limit) out.push(p);
  };
  if (!isObject(snapshot)) return ['(root): expected an object'];
  const s = snapshot as Rec;
  if (typeof s.url !== 'string') add('url');
  if (typeof s.portal !== 'string') add('portal');
  add(
    checkShape(
      s.member,
      [
        ['name', text],
        ['id', text],
      ],
      'member',
    ),
  );
  const plan = s.plan;
  if (!isObject(plan)) add('plan');
  else {
    add(
      checkShape(
        plan,
        [
          ['name', text],
          ['type', oneOf(PLAN_TYPE_SET)],
          ['network', oneOf(NETWORK_SET)],
        ],
        'plan',
      ),
    );
    add(
      checkShape(
        plan.planYear,
        [
          ['start', date],
          ['end', date],
        ],
        'plan.planYear',
      ),
    );
    add(tierProblem(plan.inNetwork, 'plan.inNetwork'));
    if (plan.outOfNetwork !== null) add(tierProblem(plan.outOfNetwork, 'plan.outOfNetwork'));
  }
  for (const list of ['claims', 'referrals', 'authorizations'] as const) {
    const items = s[list];
    if (!Array.isArray(items)) {
      add(list);
      continue;
    }
    for (let i = 0; i < items.length && out.length < limit; i++)
      add(
        list === 'claims'
          ? claimProblem(items[i], `claims.${i}`)
          : authorizationProblem(items[i], `${list}.${i}`),
      );
  }
  const sources = s.sources;
  if (!isObject(sources)) add('sources');
  else
    for (const key in sources) {
      const src = sources[key];
      if (!isObject(src) || typeof src.label !== 'string' || typeof src.text !== 'string') {
        add(`sources.${key}`);
        break;
      }
    }
  if (s.warnings !== undefined && !stringList(s.warnings)) add('warnings');
  if (s.implausible !== undefined && !stringList(s.implausible)) add('implausible');
  if (s.unreadRows !== undefined && !(Number.isInteger(s.unreadRows) && (s.unreadRows as number) >= 1))
    add('unreadRows');
  return out;
}

export function isValidSnapshot(snapshot: unknown): snapshot is PageSnapshot {
  return snapshotProblems(snapshot, 1).length === 0;
}
