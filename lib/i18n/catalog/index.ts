/**
 * The registry of message catalogs. Each feature area owns a pair of files `<area>.en.ts` / `<area>.es.ts`; the
 * Spanish file is typed against the English one, so a missing or extra key fails the type check.
 *
 * To add a catalog: import its English and Spanish objects and add them to the two spreads below. Keys are
 * prefixed with the area (`letters.`, `present.`, `ui.`) so catalogs never collide (a unit test checks it).
 */
import { lettersEn } from './letters.en';
import { lettersEs } from './letters.es';
import { presentEn } from './present.en';
import { presentEs } from './present.es';
import { uiEn } from './ui.en';
import { uiEs } from './ui.es';

/** The catalogs one by one (for the collision and completeness tests). */
export const CATALOG_PARTS: ReadonlyArray<{
  area: string;
  en: Record<string, string>;
  es: Record<string, string>;
}> = [
  { area: 'letters', en: lettersEn, es: lettersEs },
  { area: 'present', en: presentEn, es: presentEs },
  { area: 'ui', en: uiEn, es: uiEs },
];

export const CATALOG_EN = { ...lettersEn, ...presentEn, ...uiEn };

export const CATALOG_ES: Record<keyof typeof CATALOG_EN, string> = { ...lettersEs, ...presentEs, ...uiEs };
