/**
 * The zod-free snapshot check (lib/model/snapshot-check.ts) and empty values (lib/extract/empty.ts) must agree with the
 * schema module (lib/model/snapshot.ts), the one source of truth: same verdict on valid and on broken snapshots,
 * same enum lists, same empty values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimProblem, isValidSnapshot, snapshotProblems } from '../../../lib/model/snapshot-check';
import * as empty from '../../../lib/extract/empty';
import * as model from '../../../lib/model/snapshot';
import { PageSnapshotSchema, type PageSnapshot } from '../../../lib/model/snapshot';

function sample(): PageSnapshot {
  const s = model.emptySnapshot('https://member.example/claims', 'acme-member');
  const claim = model.emptyClaim('C-1');
  claim.billed = 100;
  claim.dateOfService = '2026-01-02';
  claim.network = 'in-network';
  claim.statusNormalized = 'paid';
  claim.carcCodes = ['CO-45'];
  claim.rarcCodes = ['N130'];
  const line = model.emptyClaimLine();
  line.billed = 100;
  line.carcCodes = ['PR-3'];
  line.rarcCodes = ['MA130'];
  line.dateOfService = null;
  claim.lines = [line];
  s.claims = [claim];
  const auth = model.emptyAuthorization();
  auth.referenceNumber = '000123';
  auth.statusNormalized = 'approved';
  auth.unitsApproved = 4;
  s.authorizations = [auth];
  s.referrals = [model.emptyAuthorization()];
  s.plan.type = 'PPO';
  s.plan.outOfNetwork = model.emptyTier();
  s.plan.inNetwork.coinsurance = 0.2;
  s.plan.inNetwork.copays.telehealth = 10;
  s.sources['claims[0].billed'] = { label: 'Billed', text: '$100.00' };
  return s;
}

/** Ways to break one field of a valid snapshot (each must be refused by both checks). */
const BREAKS: Array<[string, (s: PageSnapshot) => void]> = [
  ['claim money as text', (s) => ((s.claims[0] as { billed: unknown }).billed = 'lots')],
  ['claim money NaN', (s) => (s.claims[0]!.billed = Number.NaN)],
  ['claim money Infinity', (s) => (s.claims[0]!.allowed = Number.POSITIVE_INFINITY)],
  ['claim date not ISO', (s) => (s.claims[0]!.dateOfService = '01/02/2026')],
  ['claim id empty', (s) => (s.claims[0]!.id = '')],
  [
    'claim status unknown',
    (s) => ((s.claims[0] as { statusNormalized: unknown }).statusNormalized = 'maybe'),
  ],
  ['claim network unknown', (s) => ((s.claims[0] as { network: unknown }).network = 'in')],
  ['CARC malformed', (s) => (s.claims[0]!.carcCodes = ['45'])],
  ['RARC malformed', (s) => (s.claims[0]!.rarcCodes = ['X1'])],
  ['claim field missing', (s) => delete (s.claims[0] as Partial<PageSnapshot['claims'][0]>).provider],
  ['line money as text', (s) => ((s.claims[0]!.lines[0] as { copay: unknown }).copay = '$5')],
  ['line optional date malformed', (s) => (s.claims[0]!.lines[0]!.dateOfService = 'soon')],
  ['line RARC malformed', (s) => (s.claims[0]!.lines[0]!.rarcCodes = ['N'])],
  ['auth units as text', (s) => ((s.authorizations[0] as { unitsUsed: unknown }).unitsUsed = '3')],
  ['auth status unknown', (s) => ((s.referrals[0] as { statusNormalized: unknown }).statusNormalized = 'ok')],
  ['coinsurance above 1', (s) => (s.plan.inNetwork.coinsurance = 20)],
  ['copay as text', (s) => ((s.plan.outOfNetwork!.copays as { specialist: unknown }).specialist = '$45')],
  ['plan type unknown', (s) => ((s.plan as { type: unknown }).type = 'Gold')],
  ['plan year malformed', (s) => (s.plan.planYear.start = '2026')],
  ['member id number', (s) => ((s.member as { id: unknown }).id = 12)],
  ['source without text', (s) => ((s.sources as Record<string, unknown>).x = { label: 'L' })],
  ['warnings not strings', (s) => ((s as { warnings: unknown }).warnings = [1])],
  ['claims not a list', (s) => ((s as { claims: unknown }).claims = {})],
  ['url missing', (s) => delete (s as Partial<PageSnapshot>).url],
];

describe('zod-free snapshot check', () => {
  it('accepts what the schema accepts', () => {
    const s = sample();
    expect(PageSnapshotSchema.safeParse(s).success).toBe(true);
    expect(snapshotProblems(s)).toEqual([]);
    expect(isValidSnapshot(model.emptySnapshot('x'))).toBe(true);
  });

  it.each(BREAKS)('refuses what the schema refuses: %s', (_name, breakIt) => {
    const s = sample();
    breakIt(s);
    expect(PageSnapshotSchema.safeParse(s).success).toBe(false);
    expect(snapshotProblems(s).length).toBeGreaterThan(0);
  });

  it('names the path of the problem', () => {
    const s = sample();
    s.claims[0]!.lines[0]!.planPaid = Number.NaN;
    expect(snapshotProblems(s)).toEqual(['claims.0.lines.0.planPaid']);
    expect(claimProblem(s.claims[0])).toBe('claim.lines.0.planPaid');
  });

  it('agrees with the schema on generated claims', () => {
    const money = fc.oneof(
      fc.constant(null),
      fc.double(),
      fc.constant('1.00' as unknown as number),
      fc.constant(undefined as unknown as null),
    );
    const date = fc.oneof(fc.constant(null), fc.constant('2026-01-02'), fc.string({ maxLength: 12 }));
    const status = fc.oneof(
      fc.constant(null),
      fc.constantFrom(...model.CLAIM_STATUSES),
      fc.string({ maxLength: 8 }),
    );
    const codes = fc.array(fc.oneof(fc.constantFrom('CO-45', 'PR-1', 'OA-A1', 'N130', 'M62'), fc.string()), {
      maxLength: 3,
    });
    fc.assert(
      fc.property(money, money, date, status, codes, codes, (billed, owes, dos, st, carc, rarc) => {
        const claim = { ...model.emptyClaim('C'), billed, patientOwes: owes, dateOfService: dos };
        Object.assign(claim, { statusNormalized: st, carcCodes: carc, rarcCodes: rarc });
        const s = { ...sample(), claims: [claim] };
        expect(isValidSnapshot(s)).toBe(PageSnapshotSchema.safeParse(s).success);
      }),
      { numRuns: 400 },
    );
  });
});

describe('zod-free empty values', () => {
  it('equal the schema module’s', () => {
    expect(empty.emptySnapshot('u', 'p')).toEqual(model.emptySnapshot('u', 'p'));
    expect(empty.emptyClaim('c')).toEqual(model.emptyClaim('c'));
    expect(empty.emptyClaimLine()).toEqual(model.emptyClaimLine());
    expect(empty.emptyAuthorization()).toEqual(model.emptyAuthorization());
    expect(empty.emptyTier()).toEqual(model.emptyTier());
  });
});
