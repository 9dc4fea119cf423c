/** Catalog parts are registered by the code that needs them and loaded on demand (issue 7: bundle sizes). */
import { describe, expect, it } from 'vitest';
import { CATALOG_PARTS } from '../../../lib/i18n/catalog';
import {
  CATALOG_PART_NAMES,
  catalogOf,
  hasCatalogs,
  hasMessage,
  registerCatalog,
  t,
  tPlural,
} from '../../../lib/i18n/core';
import { loadCatalogs, PAGE_PARTS } from '../../../lib/i18n/load';

// Runs in its own module context (vitest isolates test files): nothing is registered before these tests.
describe('lazy catalogs', () => {
  it('every part has a pair of files, listed once', () => {
    expect(CATALOG_PARTS.map((part) => part.part).sort()).toEqual([...CATALOG_PART_NAMES].sort());
  });

  it('answers with the key before a part is registered, English as the fallback of another language', async () => {
    // The pages' English parts come with the loader (lib/i18n/en-ui.ts); letters only on demand.
    expect(hasMessage('letters.title.appeal')).toBe(false);
    expect(t('en', 'letters.title.appeal')).toBe('letters.title.appeal');
    await loadCatalogs('en', ['letters']);
    expect(t('en', 'letters.title.appeal')).toBe('Appeal letter (internal appeal)');
    expect(t('en', 'ui.nav.answers')).toBe('Answers');
    // Spanish not loaded yet: English, never a key or a blank.
    expect(hasCatalogs('es', ['ui'])).toBe(false);
    expect(t('es', 'ui.nav.answers')).toBe('Answers');
  });

  it('loads a language with its English fallback, one part at a time', async () => {
    await loadCatalogs('es', ['badge']);
    expect(hasCatalogs('es', ['badge'])).toBe(true);
    expect(hasCatalogs('en', ['badge'])).toBe(true);
    expect(tPlural('es', 'present.days', 2)).toBe('2 días');
    // Other parts stay unloaded until asked for.
    expect(hasCatalogs('es', ['letters', 'ui'])).toBe(false);
    expect(Object.keys(catalogOf('es')).some((key) => key.startsWith('letters.'))).toBe(false);
    await loadCatalogs('es', PAGE_PARTS);
    expect(t('es', 'ui.nav.answers')).toBe('Respuestas');
    expect(hasCatalogs('es', ['letters'])).toBe(false);
  });

  it('registers a part once (a second registration of the same part is ignored)', async () => {
    await loadCatalogs('en', ['page']);
    const before = t('en', 'ui.notice.canary');
    registerCatalog('en', 'page', { 'ui.notice.canary': 'changed' });
    expect(t('en', 'ui.notice.canary')).toBe(before);
  });
});
