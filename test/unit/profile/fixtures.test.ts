/**
 * buildCases on the reader's expected snapshots of the fixture portals (test/fixtures/portals/**\/*.expected.json):
 * the benefits/coverage page of a portal is merged first, then each claims page is turned into Cases the engine
 * accepts, and anything that cannot be evaluated says why.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseSchema } from '../../../lib/model/case';
import { PageSnapshotSchema, emptySnapshot, type PageSnapshot } from '../../../lib/model/snapshot';
import { applyOverride, mergeSnapshot } from '../../../lib/profile/merge';
import { buildCases, claimFactPath } from '../../../lib/profile/to-case';
import { evaluate } from '../../../lib/rules/evaluate';
import { claimBadge } from '../../../lib/present/badge';
import type { MemberProfile } from '../../../lib/model/profile';

const ROOT = join(__dirname, '../../fixtures/portals');
const NOW = new Date('2026-10-20T12:00:00.000Z');
const TODAY = '2026-10-20';

interface Fixture {
  file: string;
  snapshot: PageSnapshot;
}

function loadPortal(dir: string): Fixture[] {
  const folder = join(ROOT, dir);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.expected.json'))
    .sort()
    .flatMap((name) => {
      const raw = JSON.parse(readFileSync(join(folder, name), 'utf8')) as Record<string, unknown>;
      const partial = (raw.snapshot ?? raw) as Record<string, unknown>;
      if (!Array.isArray(partial.claims)) return [];
      const parsed = PageSnapshotSchema.safeParse({
        ...emptySnapshot(`https://${dir}.example.test/${name.replace('.expected.json', '')}`, dir),
        ...partial,
      });
      return parsed.success ? [{ file: `${dir}/${name}`, snapshot: parsed.data }] : [];
    });
}

const portals = existsSync(ROOT)
  ? readdirSync(ROOT).filter((dir) => statSync(join(ROOT, dir)).isDirectory() && loadPortal(dir).length > 0)
  : [];

describe.runIf(portals.length > 0)('buildCases on fixture snapshots', () => {
  it.each(portals)('%s: every claim gets a valid case or says what is missing', (dir) => {
    const fixtures = loadPortal(dir);
    // Plan pages first, so claims are priced with what was read there.
    const ordered = [...fixtures].sort((a, b) => a.snapshot.claims.length - b.snapshot.claims.length);
    let profile: MemberProfile | null = null;
    for (const fixture of ordered) profile = mergeSnapshot(profile, fixture.snapshot, NOW);
    const type = profile?.facts['plan.type']?.value;
    if (profile && typeof type === 'string' && !/Medicare|Medicaid|MA-/.test(type)) {
      profile = applyOverride(profile, 'plan.kind', 'employer-erisa', NOW);
    }
    for (const fixture of fixtures) {
      const built = buildCases(profile!, fixture.snapshot, TODAY);
      expect(built.claims).toHaveLength(fixture.snapshot.claims.length);
      for (const item of built.claims) {
        const claim = fixture.snapshot.claims[item.index]!;
        expect(item.claimId).toBe(claim.id);
        if (claim.statusNormalized === 'pending') expect(item.note).toBe('pending');
        if (item.case) {
          expect(CaseSchema.safeParse(item.case).success).toBe(true);
          const assessment = evaluate(item.case);
          const badge = claimBadge(assessment, claim, 'en', TODAY, item.missing, item.note);
          expect(badge.text).not.toMatch(/undefined|null|NaN/);
        } else {
          expect(item.missing.length > 0 || item.note !== null).toBe(true);
          const badge = claimBadge(null, claim, 'es', TODAY, item.missing, item.note);
          expect(badge.text).not.toMatch(/undefined|null|NaN|\{/);
        }
      }
      for (const item of built.authorizations) {
        if (item.case) expect(() => evaluate(item.case!)).not.toThrow();
        else expect(item.missing.length).toBeGreaterThan(0);
      }
    }
  });

  it.each(portals)(
    '%s: without a plan kind or service kind from the user, no claim is left unevaluated for those two facts',
    (dir) => {
      const fixtures = loadPortal(dir);
      const ordered = [...fixtures].sort((a, b) => a.snapshot.claims.length - b.snapshot.claims.length);
      let profile: MemberProfile | null = null;
      for (const fixture of ordered) profile = mergeSnapshot(profile, fixture.snapshot, NOW);
      for (const fixture of fixtures) {
        for (const item of buildCases(profile!, fixture.snapshot, TODAY).claims) {
          if (item.case) {
            expect(() => evaluate(item.case!)).not.toThrow();
            continue;
          }
          // Only the facts the mapping still requires (or a claim not meant to be evaluated) stop a case.
          const bases = item.missing.map((path) => path.replace(/^claims\[[^\]]*\]\./, ''));
          expect(bases.includes('plan.type') || bases.includes('claim.status') || item.note !== null).toBe(
            true,
          );
        }
      }
    },
  );

  it('crestview: the denied claim shows no procedure code and the plan kind is unknown, yet it is answered', () => {
    const fixtures = loadPortal('crestview');
    const claims = fixtures.find((f) => f.file.endsWith('/claims.expected.json'));
    if (!claims) return;
    let profile: MemberProfile | null = null;
    for (const fixture of fixtures) profile = mergeSnapshot(profile, fixture.snapshot, NOW);
    const built = buildCases(profile!, claims.snapshot, TODAY);
    const denied = built.claims.find(
      (item) =>
        claims.snapshot.claims[item.index]?.statusNormalized === 'denied' &&
        claims.snapshot.claims[item.index]?.lines.every((line) => line.procedureCode === null),
    );
    const source = claims.snapshot.claims[denied!.index]!;
    expect(denied?.case).not.toBeNull();
    expect(denied?.case?.plan.kind).toBeNull();
    expect(denied?.case?.service.kind).toBeNull();
    expect(denied?.missing).toEqual(
      expect.arrayContaining(['plan.kind', claimFactPath(source.id, 'service.kind')]),
    );
    const assessment = evaluate(denied!.case!);
    expect(assessment.appeal.status).toBe('open');
    expect(assessment.appeal.deadline).toBe(source.appealBy);
    expect(assessment.outOfPocket?.total).toBe(source.patientOwes);
    expect(assessment.unknownFacts).not.toContain('plan.kind');
    expect(assessment.unknownFacts).not.toContain('service.kind');
  });

  it('acme-member: the paid office visit (no service kind from its codes) matches what the page says is owed', () => {
    const fixtures = loadPortal('acme-member');
    const claims = fixtures.find((f) => f.file.endsWith('/claims.expected.json'));
    const benefits = fixtures.find((f) => f.file.endsWith('/benefits.expected.json'));
    if (!claims || !benefits) return;
    const profile = mergeSnapshot(mergeSnapshot(null, benefits.snapshot, NOW), claims.snapshot, NOW);
    const built = buildCases(profile, claims.snapshot, TODAY);
    const paid = built.claims.find((item) => {
      const c = claims.snapshot.claims[item.index];
      return c?.statusNormalized === 'paid' && c.lines.some((line) => line.procedureCode?.startsWith('992'));
    });
    const source = claims.snapshot.claims[paid!.index]!;
    expect(paid?.case?.service.kind).toBeNull();
    expect(paid?.case?.plan).toMatchObject({ kind: null, type: benefits.snapshot.plan.type });
    expect(paid?.missing).toContain(claimFactPath(source.id, 'service.kind'));
    const assessment = evaluate(paid!.case!);
    expect(assessment.outOfPocket?.total).toBe(source.patientOwes);
    expect(assessment.appeal.status).toBe('not-appealable');
    expect(claimBadge(assessment, source, 'en', TODAY, paid!.missing, paid!.note).tone).toBe('ok');
  });

  it('acme-member: the denied MRI claim is read as CO-45 + PR-197 and the plan math matches what the page says', () => {
    const fixtures = loadPortal('acme-member');
    const claims = fixtures.find((f) => f.file.endsWith('/claims.expected.json'));
    const benefits = fixtures.find((f) => f.file.endsWith('/benefits.expected.json'));
    if (!claims || !benefits) return;
    let profile = mergeSnapshot(null, benefits.snapshot, NOW);
    profile = mergeSnapshot(applyOverride(profile, 'plan.kind', 'employer-erisa', NOW), claims.snapshot, NOW);
    const built = buildCases(profile, claims.snapshot, TODAY);
    const denied = built.claims.find(
      (item) => claims.snapshot.claims[item.index]?.statusNormalized === 'denied',
    );
    const source = claims.snapshot.claims[denied!.index]!;
    expect(denied?.case?.plan.type).toBe(benefits.snapshot.plan.type);
    expect(denied?.case?.claim?.adjustments).toEqual(
      expect.arrayContaining([
        { group: 'CO', carc: '45', amount: source.planDiscount },
        { group: 'PR', carc: '197', amount: source.patientOwes },
      ]),
    );
    const assessment = evaluate(denied!.case!);
    expect(assessment.outOfPocket?.total).toBe(source.patientOwes);
    expect(assessment.appeal.deadline).toBe(source.appealBy);
  });
});
