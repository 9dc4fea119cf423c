/**
 * Every message catalog at once, for tests and tooling only: extension code registers the parts it needs (see
 * lib/i18n/core.ts), so importing this file from an entry point would put every string of both languages in it.
 *
 * Each part is a pair of files `<part>.en.ts` / `<part>.es.ts`; the Spanish file is typed against the English one,
 * so a missing or extra key fails the type check. Keys are prefixed with the area the part belongs to (`letters.`,
 * `present.`, `ui.`), so catalogs never collide (a unit test checks it). To add a part: add its name to
 * CATALOG_PART_NAMES (lib/i18n/core.ts), its loaders to lib/i18n/load.ts, and its objects below.
 */
import { registerCatalog, type CatalogPart } from '../core';
import { badgeEn } from './badge.en';
import { badgeEs } from './badge.es';
import { lettersEn } from './letters.en';
import { lettersEs } from './letters.es';
import { pageEn } from './page.en';
import { pageEs } from './page.es';
import { presentEn } from './present.en';
import { presentEs } from './present.es';
import { uiEn } from './ui.en';
import { uiEs } from './ui.es';

/** The catalogs one by one (for the collision and completeness tests). */
export const CATALOG_PARTS: ReadonlyArray<{
  part: CatalogPart;
  area: string;
  en: Record<string, string>;
  es: Record<string, string>;
}> = [
  { part: 'letters', area: 'letters', en: lettersEn, es: lettersEs },
  { part: 'present', area: 'present', en: presentEn, es: presentEs },
  { part: 'badge', area: 'present', en: badgeEn, es: badgeEs },
  { part: 'ui', area: 'ui', en: uiEn, es: uiEs },
  { part: 'page', area: 'ui', en: pageEn, es: pageEs },
];

export const CATALOG_EN = { ...lettersEn, ...presentEn, ...badgeEn, ...uiEn, ...pageEn };

export const CATALOG_ES: Record<keyof typeof CATALOG_EN, string> = {
  ...lettersEs,
  ...presentEs,
  ...badgeEs,
  ...uiEs,
  ...pageEs,
};

/** Registers every part in both languages (tests, Node tools). */
export function registerAllCatalogs(): void {
  for (const { part, en, es } of CATALOG_PARTS) {
    registerCatalog('en', part, en);
    registerCatalog('es', part, es);
  }
}
