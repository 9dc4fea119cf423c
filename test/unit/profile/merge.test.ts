import { describe, expect, it } from 'vitest';
import { MemberProfileSchema } from '../../../lib/model/profile';
import { emptySnapshot } from '../../../lib/model/snapshot';
import {
  FactValueError,
  MANUAL_PROFILE_KEY,
  applyOverride,
  emptyProfile,
  findProfileFor,
  mergeSnapshot,
  profileKeyFor,
} from '../../../lib/profile/merge';
import { claimFactPath } from '../../../lib/profile/fields';
import { NOW, benefitsSnapshot } from './builders';

const later = (days: number) => new Date(NOW.getTime() + days * 86_400_000);

describe('mergeSnapshot', () => {
  it('creates a valid profile keyed by member id and plan name, with page facts and provenance', () => {
    const profile = mergeSnapshot(null, benefitsSnapshot(), NOW);
    expect(MemberProfileSchema.safeParse(profile).success).toBe(true);
    expect(profile.key).toBe('member:TST000111|plan:example gold hmo');
    expect(profile.member).toEqual({ name: 'Pat Example', id: 'TST-000111' });
    expect(profile.facts['plan.type']?.value).toBe('HMO');
    expect(profile.facts['plan.deductible.individual']).toEqual({
      path: 'plan.deductible.individual',
      value: 1500,
      origin: 'page',
      observedAt: NOW.toISOString(),
      source: {
        label: 'Deductible',
        text: 'Deductible: $200 of $1,500',
        url: 'https://member.example-health.test/benefits',
      },
    });
    expect(profile.facts['plan.copay']?.value).toBe(50);
    expect(profile.facts['plan.outOfNetwork.coinsurance']?.value).toBe(0.4);
    // Not shown on the page → no fact (never 0).
    expect(profile.facts['plan.deductible.family']).toBeUndefined();
    expect(profile.facts['plan.coinsurance']?.source).toBeNull();
  });

  it('lets newer page facts replace older ones and keeps facts the new page does not show', () => {
    const first = mergeSnapshot(null, benefitsSnapshot(), NOW);
    const update = benefitsSnapshot();
    update.plan.inNetwork.deductible.individual = { amount: 1500, met: 900 };
    update.plan.inNetwork.coinsurance = null;
    const second = mergeSnapshot(first, update, later(2));
    expect(second.facts['plan.deductible.individualMet']?.value).toBe(900);
    expect(second.facts['plan.deductible.individualMet']?.observedAt).toBe(later(2).toISOString());
    expect(second.facts['plan.coinsurance']?.value).toBe(0.2);
    expect(second.updatedAt).toBe(later(2).toISOString());
    // The input profile is not modified.
    expect(first.facts['plan.deductible.individualMet']?.value).toBe(200);
  });

  it('does not let an older snapshot delivered late overwrite a newer fact', () => {
    const update = benefitsSnapshot();
    update.plan.inNetwork.deductible.individual = { amount: 1500, met: 900 };
    const newer = mergeSnapshot(null, update, later(2));
    const stale = mergeSnapshot(newer, benefitsSnapshot(), NOW);
    expect(stale.facts['plan.deductible.individualMet']?.value).toBe(900);
  });

  it('keeps a user override in force over newer page facts, and remembers the page value', () => {
    const base = mergeSnapshot(null, benefitsSnapshot(), NOW);
    const overridden = applyOverride(base, 'plan.deductible.individualMet', 1000, later(1));
    const update = benefitsSnapshot();
    update.plan.inNetwork.deductible.individual = { amount: 1500, met: 450 };
    const merged = mergeSnapshot(overridden, update, later(3));
    expect(merged.facts['plan.deductible.individualMet']).toMatchObject({
      value: 1000,
      origin: 'user',
      source: null,
    });
    expect(merged.pageFacts['plan.deductible.individualMet']).toMatchObject({ value: 450, origin: 'page' });
  });

  it('skips values the reader flagged as implausible', () => {
    const snapshot = benefitsSnapshot({ implausible: ['plan.inNetwork.coinsurance'] });
    expect(mergeSnapshot(null, snapshot, NOW).facts['plan.coinsurance']).toBeUndefined();
  });
});

describe('applyOverride', () => {
  it('sets a user fact and clearing it restores the newest page fact', () => {
    const base = mergeSnapshot(null, benefitsSnapshot(), NOW);
    const set = applyOverride(base, 'plan.coinsurance', 0.3, later(1));
    expect(set.facts['plan.coinsurance']).toMatchObject({ value: 0.3, origin: 'user' });
    expect(set.pageFacts['plan.coinsurance']?.value).toBe(0.2);
    const cleared = applyOverride(set, 'plan.coinsurance', null, later(2));
    expect(cleared.facts['plan.coinsurance']).toMatchObject({ value: 0.2, origin: 'page' });
    expect(cleared.pageFacts['plan.coinsurance']).toBeUndefined();
  });

  it('clearing an override the page never showed leaves the fact unknown', () => {
    const base = mergeSnapshot(null, benefitsSnapshot(), NOW);
    const set = applyOverride(base, 'plan.kind', 'employer-erisa', NOW);
    expect(set.facts['plan.kind']?.value).toBe('employer-erisa');
    expect(applyOverride(set, 'plan.kind', null, NOW).facts['plan.kind']).toBeUndefined();
  });

  it('clearing a path that holds a page fact does not remove the page fact', () => {
    const base = mergeSnapshot(null, benefitsSnapshot(), NOW);
    expect(applyOverride(base, 'plan.copay', null, NOW).facts['plan.copay']?.value).toBe(50);
  });

  it('stores "none" for money fields that allow it', () => {
    const base = mergeSnapshot(null, benefitsSnapshot(), NOW);
    expect(
      applyOverride(base, 'plan.oopMax.individual', 'none', NOW).facts['plan.oopMax.individual']?.value,
    ).toBe('none');
  });

  it('accepts claim-scoped visit facts and refuses plan facts for one claim', () => {
    const base = mergeSnapshot(null, benefitsSnapshot(), NOW);
    const path = claimFactPath('derived:2026-01-02|Dr. A B|120.00', 'service.kind');
    expect(path).toMatch(/^claims\[[A-Za-z0-9_.:|-]+\]\.service\.kind$/);
    expect(applyOverride(base, path, 'surgery', NOW).facts[path]?.value).toBe('surgery');
    expect(() => applyOverride(base, claimFactPath('X1', 'plan.deductible.individual'), 100, NOW)).toThrow(
      FactValueError,
    );
    expect(() => applyOverride(base, 'claim.status', 'denied', NOW)).toThrow(FactValueError);
  });

  it.each([
    ['plan.kind', 'employer'],
    ['plan.coinsurance', 20],
    ['plan.deductible.individual', -5],
    ['plan.deductible.individualMet', 'none'],
    ['authorizations.referralOnFile', 'yes'],
    ['authorizations.paRequestReceived', '2026-02-30'],
    ['no.such.field', 1],
    ['__proto__', 1],
  ])('refuses %s = %j with an error naming the field', (path, value) => {
    const base = mergeSnapshot(null, benefitsSnapshot(), NOW);
    expect(() => applyOverride(base, path, value, NOW)).toThrow(
      new RegExp(`^${path.replace(/[.*_]/g, '\\$&')}:`),
    );
  });
});

describe('profile keys', () => {
  it('normalises the member id and falls back to the host without one', () => {
    const a = benefitsSnapshot({ member: { name: null, id: 'tst 000-111' } });
    expect(profileKeyFor(a)).toBe('member:TST000111|plan:example gold hmo');
    const noPlan = benefitsSnapshot();
    noPlan.plan.name = null;
    expect(profileKeyFor(noPlan)).toBe('member:TST000111');
    const anonymous = emptySnapshot('https://claims.example-health.test:8443/list');
    expect(profileKeyFor(anonymous)).toBe('page:claims.example-health.test:8443');
  });

  it('finds the member profile from a claims page that shows no plan name', () => {
    const profile = mergeSnapshot(null, benefitsSnapshot(), NOW);
    const claimsPage = benefitsSnapshot();
    claimsPage.plan.name = null;
    expect(findProfileFor({ [profile.key]: profile }, claimsPage)?.key).toBe(profile.key);
  });

  it('keeps finding a profile that was started on a page without the plan name', () => {
    const claimsPage = benefitsSnapshot();
    claimsPage.plan.name = null;
    const started = mergeSnapshot(null, claimsPage, NOW);
    expect(started.key).toBe('member:TST000111');
    const learned = mergeSnapshot(
      findProfileFor({ [started.key]: started }, benefitsSnapshot()),
      benefitsSnapshot(),
      NOW,
    );
    expect(learned.key).toBe('member:TST000111');
    expect(learned.planName).toBe('Example Gold HMO');
    expect(findProfileFor({ [learned.key]: learned }, benefitsSnapshot())?.key).toBe('member:TST000111');
    // A different plan of the same member is a different profile.
    const otherPlan = benefitsSnapshot();
    otherPlan.plan.name = 'Example Silver PPO';
    expect(findProfileFor({ [learned.key]: learned }, otherPlan)).toBeNull();
  });

  it('uses the host only when a single member was seen there', () => {
    const one = mergeSnapshot(null, benefitsSnapshot(), NOW);
    const anonymous = emptySnapshot('https://member.example-health.test/claims');
    expect(findProfileFor({ [one.key]: one }, anonymous)?.key).toBe(one.key);
    const other = mergeSnapshot(
      null,
      benefitsSnapshot({ member: { name: 'Sam Example', id: 'TST-000222' } }),
      NOW,
    );
    expect(findProfileFor({ [one.key]: one, [other.key]: other }, anonymous)).toBeNull();
    const elsewhere = emptySnapshot('https://portal.other-plan.test/claims');
    expect(findProfileFor({ [one.key]: one }, elsewhere)).toBeNull();
  });

  it('a page no profile matches adopts the profile filled in by hand while it belongs to no member', () => {
    const manual = applyOverride(emptyProfile(MANUAL_PROFILE_KEY, NOW), 'plan.coinsurance', 0.3, NOW);
    const page = benefitsSnapshot();
    page.plan.inNetwork.coinsurance = 0.1;
    expect(findProfileFor({ [manual.key]: manual }, page)?.key).toBe(MANUAL_PROFILE_KEY);
    const adopted = mergeSnapshot(manual, page, later(1));
    expect(adopted.key).toBe(MANUAL_PROFILE_KEY);
    expect(adopted.member.id).toBe('TST-000111');
    // The user's own figure stays in force; the page's is remembered under it; the page's other facts join.
    expect(adopted.facts['plan.coinsurance']).toMatchObject({ value: 0.3, origin: 'user' });
    expect(adopted.pageFacts['plan.coinsurance']).toMatchObject({ value: 0.1, origin: 'page' });
    expect(adopted.facts['plan.type']).toMatchObject({ value: 'HMO', origin: 'page' });
    const stored = { [adopted.key]: adopted };
    // From now on it is that member's: found for them, never for another member.
    expect(findProfileFor(stored, benefitsSnapshot())?.key).toBe(MANUAL_PROFILE_KEY);
    const other = benefitsSnapshot({ member: { name: 'Sam Example', id: 'TST-000222' } });
    expect(findProfileFor(stored, other)).toBeNull();
    // A page that names no member adopts it too, and it stays unclaimed until a page names one.
    const anonymous = emptySnapshot('https://member.example-health.test/help');
    const stillManual = mergeSnapshot(findProfileFor({ [manual.key]: manual }, anonymous), anonymous, NOW);
    expect(stillManual).toMatchObject({ key: MANUAL_PROFILE_KEY, member: { id: null } });
    // Pages that match a profile of their own never take it.
    const own = mergeSnapshot(null, other, NOW);
    expect(findProfileFor({ [manual.key]: manual, [own.key]: own }, other)?.key).toBe(own.key);
  });

  it('does not match another member by id', () => {
    const one = mergeSnapshot(null, benefitsSnapshot(), NOW);
    const otherMember = benefitsSnapshot({ member: { name: null, id: 'TST-999' } });
    expect(findProfileFor({ [one.key]: one }, otherMember)).toBeNull();
  });
});
