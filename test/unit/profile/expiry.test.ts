import { describe, expect, it } from 'vitest';
import { expireFacts, expireProfiles } from '../../../lib/profile/expiry';
import { applyOverride, mergeSnapshot } from '../../../lib/profile/merge';
import { NOW, benefitsSnapshot } from './builders';

const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

describe('expireFacts', () => {
  it('keeps facts within the retention and returns the same object when nothing expired', () => {
    const profile = mergeSnapshot(null, benefitsSnapshot(), NOW);
    expect(expireFacts(profile, days(30), 30)).toBe(profile);
  });

  it('drops facts older than the retention, page facts and user overrides alike', () => {
    let profile = mergeSnapshot(null, benefitsSnapshot(), NOW);
    profile = applyOverride(profile, 'plan.kind', 'employer-erisa', NOW);
    const update = benefitsSnapshot();
    update.plan.inNetwork.deductible.individual = { amount: 1500, met: 700 };
    profile = mergeSnapshot(profile, update, days(20));
    const expired = expireFacts(profile, days(31), 30);
    expect(expired).not.toBeNull();
    expect(expired?.facts['plan.kind']).toBeUndefined();
    expect(expired?.facts['plan.deductible.individualMet']?.value).toBe(700);
    expect(Object.keys(expired?.facts ?? {})).toEqual(
      expect.arrayContaining(['plan.deductible.individual', 'plan.deductible.individualMet']),
    );
  });

  it('restores the recent page value when only the override expired', () => {
    let profile = mergeSnapshot(null, benefitsSnapshot(), NOW);
    profile = applyOverride(profile, 'plan.coinsurance', 0.1, NOW);
    profile = mergeSnapshot(profile, benefitsSnapshot(), days(25));
    const expired = expireFacts(profile, days(35), 30);
    expect(expired?.facts['plan.coinsurance']).toMatchObject({ value: 0.2, origin: 'page' });
    expect(expired?.pageFacts['plan.coinsurance']).toBeUndefined();
  });

  it('forgets the whole profile when no fact is left', () => {
    const profile = mergeSnapshot(null, benefitsSnapshot(), NOW);
    expect(expireFacts(profile, days(31), 30)).toBeNull();
    expect(expireProfiles({ [profile.key]: profile }, days(31), 30)).toEqual({});
    expect(Object.keys(expireProfiles({ [profile.key]: profile }, days(5), 30))).toEqual([profile.key]);
  });

  it('treats an unreadable timestamp as expired and a nonsense retention as one day', () => {
    const profile = mergeSnapshot(null, benefitsSnapshot(), NOW);
    const broken = {
      ...profile,
      facts: { ...profile.facts, 'plan.type': { ...profile.facts['plan.type']!, observedAt: 'yesterday' } },
    };
    expect(expireFacts(broken, NOW, 30)?.facts['plan.type']).toBeUndefined();
    expect(expireFacts(profile, days(2), Number.NaN)).toBeNull();
  });
});
