import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOG_PARTS, registerAllCatalogs } from '../../../lib/i18n/catalog';
import {
  catalogOf,
  hasMessage,
  interpolate,
  messageKeys,
  resolveLocale,
  t,
  tPlural,
} from '../../../lib/i18n/core';
import { CASE_FACT_FIELDS } from '../../../lib/profile/fields';
import { DOCUMENT_CODES, NEXT_STEP_CODES } from '../../../lib/model/assessment';

// Extension code registers only the parts it needs; these checks are about every part of both languages.
beforeAll(registerAllCatalogs);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogs', () => {
  it('the Spanish catalog has exactly the English keys, each translated, with the same placeholders', () => {
    const en = catalogOf('en');
    const es = catalogOf('es');
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const key of messageKeys()) {
      expect(es[key], key).toBeTruthy();
      expect(placeholders(es[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('most Spanish strings differ from English (not copied untranslated)', () => {
    const en = catalogOf('en');
    const es = catalogOf('es');
    const same = messageKeys().filter((key) => en[key] === es[key] && /[a-z]{4,}/.test(en[key]));
    // Proper names and codes may stay the same (Medicare Advantage, HMO, …), not whole sentences.
    for (const key of same) expect(en[key].split(' ').length, key).toBeLessThanOrEqual(4);
  });

  it('each part uses its own key prefix, so catalogs never collide', () => {
    const seen = new Set<string>();
    for (const part of CATALOG_PARTS) {
      for (const key of Object.keys(part.en)) {
        expect(key.startsWith(`${part.area}.`), key).toBe(true);
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
      expect(Object.keys(part.es).sort()).toEqual(Object.keys(part.en).sort());
    }
  });

  it('has a label for every editable fact and every enum value, a text for every next step and document', () => {
    for (const field of CASE_FACT_FIELDS) {
      expect(hasMessage(field.labelKey), field.labelKey).toBe(true);
      for (const value of field.values ?? []) {
        const key = `${field.valueLabelPrefix}.${value}`;
        expect(hasMessage(key), key).toBe(true);
      }
    }
    for (const code of NEXT_STEP_CODES) {
      expect(hasMessage(`present.step.${code}`), code).toBe(true);
      expect(hasMessage(`letters.check.${code}`), code).toBe(true);
    }
    for (const code of DOCUMENT_CODES) expect(hasMessage(`letters.doc.${code}`), code).toBe(true);
  });
});

describe('translator', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('en', 'present.badge.owes', { amount: '$5.00' })).toBe('You owe $5.00');
    expect(t('es', 'present.badge.owes', { amount: '$5.00' })).toBe('Usted debe $5.00');
    expect(t('en', 'present.badge.owes')).toBe('You owe {amount}');
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('picks plural forms per locale', () => {
    expect(tPlural('en', 'present.days', 1)).toBe('1 day');
    expect(tPlural('en', 'present.days', 0)).toBe('0 days');
    expect(tPlural('es', 'present.days', 2)).toBe('2 días');
    expect(tPlural('es', 'present.days', 1)).toBe('1 día');
  });

  it('resolves the locale from the setting, then the browser language', () => {
    expect(resolveLocale('es', 'en-US')).toBe('es');
    expect(resolveLocale('en', 'es-MX')).toBe('en');
    expect(resolveLocale('auto', 'es-419')).toBe('es');
    expect(resolveLocale('auto', 'ES')).toBe('es');
    expect(resolveLocale('auto', 'fr-FR')).toBe('en');
    expect(resolveLocale('auto', 'estonian')).toBe('en');
    expect(resolveLocale(null, undefined)).toBe('en');
  });
});
