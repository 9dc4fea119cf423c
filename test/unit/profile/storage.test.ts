import { describe, expect, it } from 'vitest';
import {
  PROFILE_MIGRATIONS,
  SETTINGS_MIGRATIONS,
  defaultSettings,
  parseOrReset,
  parseProfileOrReset,
  parseProfilesOrReset,
  parseSettingsOrReset,
} from '../../../lib/model/profile';
import { mergeSnapshot } from '../../../lib/profile/merge';
import { NOW, benefitsSnapshot } from './builders';

describe('parseSettingsOrReset', () => {
  it('returns defaults without a notice when nothing is stored', () => {
    expect(parseSettingsOrReset(undefined)).toEqual({ value: defaultSettings(), notice: null, detail: null });
    expect(defaultSettings()).toMatchObject({ retentionDays: 30, locale: 'auto', asOfDate: null });
  });

  it('keeps a valid value as it is', () => {
    const settings = { ...defaultSettings(), locale: 'es' as const, retentionDays: 7 };
    expect(parseSettingsOrReset(settings)).toMatchObject({ value: settings, notice: null });
  });

  it('resets a corrupt JSON string with a notice', () => {
    const result = parseSettingsOrReset('{"retentionDays": 3');
    expect(result.value).toEqual(defaultSettings());
    expect(result.notice).toBe('present.notice.settingsReset');
  });

  it('resets a wrong shape and names the field in the detail', () => {
    const result = parseSettingsOrReset({ ...defaultSettings(), retentionDays: -4 });
    expect(result.value).toEqual(defaultSettings());
    expect(result.notice).toBe('present.notice.settingsReset');
    expect(result.detail).toMatch(/^retentionDays/);
    expect(parseSettingsOrReset([1, 2]).notice).toBe('present.notice.settingsReset');
    expect(parseSettingsOrReset(42).notice).toBe('present.notice.settingsReset');
  });

  it('migrates a v1 value (no asOfDate, no origins) and keeps what the user chose', () => {
    const result = parseSettingsOrReset({ retentionDays: 14, locale: 'es' });
    expect(result.notice).toBe('present.notice.settingsMigrated');
    expect(result.value).toEqual({ ...defaultSettings(), retentionDays: 14, locale: 'es' });
    expect(SETTINGS_MIGRATIONS[2]).toBeTypeOf('function');
  });

  it('resets a value written by a newer version', () => {
    expect(parseSettingsOrReset({ ...defaultSettings(), schemaVersion: 9 }).notice).toBe(
      'present.notice.settingsReset',
    );
  });

  it('never throws, even on a value whose getters throw', () => {
    const hostile = {
      get retentionDays(): number {
        throw new Error('boom');
      },
    };
    expect(() => parseSettingsOrReset(hostile)).not.toThrow();
    expect(parseSettingsOrReset(hostile).value).toEqual(defaultSettings());
  });
});

describe('parseProfileOrReset / parseProfilesOrReset', () => {
  const profile = mergeSnapshot(null, benefitsSnapshot(), NOW);

  it('accepts a valid profile, also as a JSON string', () => {
    expect(parseProfileOrReset(profile)).toMatchObject({ value: profile, notice: null });
    expect(parseProfileOrReset(JSON.stringify(profile)).value).toEqual(profile);
  });

  it('migrates a v1 profile: facts gain path and source, pageFacts starts empty', () => {
    const v1 = {
      key: profile.key,
      member: profile.member,
      planName: profile.planName,
      updatedAt: profile.updatedAt,
      facts: { 'plan.type': { value: 'HMO', origin: 'page', observedAt: NOW.toISOString() } },
    };
    const result = parseProfileOrReset(v1);
    expect(result.notice).toBe('present.notice.profileMigrated');
    expect(result.value?.facts['plan.type']).toEqual({
      path: 'plan.type',
      value: 'HMO',
      origin: 'page',
      observedAt: NOW.toISOString(),
      source: null,
    });
    expect(result.value?.pageFacts).toEqual({});
    expect(result.value?.schemaVersion).toBe(2);
    expect(PROFILE_MIGRATIONS[2]).toBeTypeOf('function');
  });

  it('forgets a truncated or malformed profile with a notice', () => {
    const truncated = JSON.stringify(profile).slice(0, 80);
    expect(parseProfileOrReset(truncated)).toMatchObject({
      value: null,
      notice: 'present.notice.profileReset',
    });
    const badFact = { ...profile, facts: { 'plan.type': { value: 'HMO' } } };
    expect(parseProfileOrReset(badFact)).toMatchObject({
      value: null,
      notice: 'present.notice.profileReset',
    });
  });

  it('keeps the readable profiles of a collection and drops the broken ones', () => {
    const other = mergeSnapshot(null, benefitsSnapshot({ member: { name: null, id: 'TST-2' } }), NOW);
    const result = parseProfilesOrReset({ [profile.key]: profile, [other.key]: other, broken: { key: 3 } });
    expect(Object.keys(result.value).sort()).toEqual([profile.key, other.key].sort());
    expect(result.notice).toBe('present.notice.profilesPartlyReset');
    expect(parseProfilesOrReset('not json').notice).toBe('present.notice.profileReset');
    expect(parseProfilesOrReset(null)).toEqual({ value: {}, notice: null, detail: null });
  });

  it('dispatches by kind', () => {
    expect(parseOrReset('settings', null).value).toEqual(defaultSettings());
    expect(parseOrReset('profile', profile).value?.key).toBe(profile.key);
    expect(parseOrReset('profiles', { [profile.key]: profile }).value[profile.key]?.key).toBe(profile.key);
  });
});

describe('stored values cannot smuggle prototype keys', () => {
  it('drops a __proto__ fact key instead of writing a prototype', () => {
    const profile = mergeSnapshot(null, benefitsSnapshot(), NOW);
    const raw = JSON.stringify(profile).replace('"plan.type":', '"__proto__":');
    const facts = parseProfileOrReset(raw).value?.facts ?? {};
    expect(Object.keys(facts)).not.toContain('__proto__');
    expect(Object.getPrototypeOf(facts)).toBe(Object.prototype);
    expect(facts['plan.type']).toBeUndefined();
    expect(facts['plan.copay']?.value).toBe(50);
    expect(({} as Record<string, unknown>).path).toBeUndefined();
  });

  it('refuses a stored profile keyed "constructor"', () => {
    const profile = { ...mergeSnapshot(null, benefitsSnapshot(), NOW), key: 'constructor' };
    expect(parseProfileOrReset(profile).value).toBeNull();
  });
});
