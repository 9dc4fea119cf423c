/**
 * A tiny typed translator for lib/ and components/.
 *
 * Catalogs are plain TS objects (lib/i18n/catalog/<part>.{en,es}.ts), one pair per part. This module holds no
 * strings itself: a catalog is *registered* by whoever needs it, so each bundle carries only its own strings
 * (issue 7: the letters catalog alone is ~13 kB gzipped, and only the letters view needs it).
 * - English parts are registered statically by the code that uses them: lib/present/badge.ts (`badge`),
 *   lib/letters (`letters`), lib/i18n/en-ui.ts for the extension pages (`ui`, `page`, `present`, `badge`).
 * - Other languages are loaded on demand with `loadCatalogs(locale, parts)` (lib/i18n/load.ts, dynamic imports);
 *   the background, which cannot import dynamically, registers the Spanish parts it needs itself.
 * `t` is synchronous: a key missing from the locale's registered catalogs falls back to English, then to the key.
 *
 * The English catalog defines the keys; every Spanish catalog is typed against its English twin, so a missing or
 * extra Spanish key is a type error (and a unit test checks the merged catalogs again at run time).
 *
 * Placeholders are `{name}`; a parameter that is not given stays visible as `{name}` rather than becoming
 * 'undefined', so a forgotten parameter shows up in review and in tests.
 */
import type { BadgeCatalog } from './catalog/badge.en';
import type { LettersCatalog } from './catalog/letters.en';
import type { PageCatalog } from './catalog/page.en';
import type { PresentCatalog } from './catalog/present.en';
import type { UiCatalog } from './catalog/ui.en';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export type LocaleSetting = Locale | 'auto';

/** The catalog parts, one pair of files each (lib/i18n/catalog/<part>.<locale>.ts). */
export const CATALOG_PART_NAMES = ['letters', 'present', 'badge', 'ui', 'page'] as const;
export type CatalogPart = (typeof CATALOG_PART_NAMES)[number];

export type MessageKey = keyof (LettersCatalog & PresentCatalog & BadgeCatalog & UiCatalog & PageCatalog);
export type MessageParams = Record<string, string | number>;

const CATALOGS: Record<Locale, Record<string, string>> = { en: {}, es: {} };
const REGISTERED: Record<Locale, Set<CatalogPart>> = { en: new Set(), es: new Set() };

/** Makes a part's messages available to `t` (idempotent; later registrations of the same part are ignored). */
export function registerCatalog(
  locale: Locale,
  part: CatalogPart,
  messages: Readonly<Record<string, string>>,
) {
  if (REGISTERED[locale].has(part)) return;
  REGISTERED[locale].add(part);
  Object.assign(CATALOGS[locale], messages);
}

/** Whether every one of `parts` is registered for `locale`. */
export function hasCatalogs(locale: Locale, parts: readonly CatalogPart[]): boolean {
  return parts.every((part) => REGISTERED[locale].has(part));
}

/** Fills `{name}` placeholders; unknown placeholders stay as they are. */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

function lookup(locale: Locale, key: string): string | undefined {
  const own = CATALOGS[locale];
  if (Object.prototype.hasOwnProperty.call(own, key)) return own[key];
  return Object.prototype.hasOwnProperty.call(CATALOGS.en, key) ? CATALOGS.en[key] : undefined;
}

/** The message for `key` in `locale` (English when that locale's part is not loaded; the key when neither is). */
export function t(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return interpolate(lookup(locale, key) ?? key, params);
}

/** Whether `key` is a message key of a registered English part (for keys that come from data, e.g. step codes). */
export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(CATALOGS.en, key);
}

// One per locale: constructing Intl.PluralRules costs far more than asking one (a 2,000-claim list asks per row).
const PLURAL_RULES = new Map<Locale, Intl.PluralRules>();
function pluralRules(locale: Locale): Intl.PluralRules {
  let rules = PLURAL_RULES.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    PLURAL_RULES.set(locale, rules);
  }
  return rules;
}

/**
 * Plural-aware message: looks up `${base}_one` / `${base}_other` (Intl plural categories; English and Spanish only
 * need these two) and passes `count` as a parameter.
 */
export function tPlural(locale: Locale, base: string, count: number, params?: MessageParams): string {
  const category = pluralRules(locale).select(count) === 'one' ? 'one' : 'other';
  const key = `${base}_${category}`;
  if (!hasMessage(key)) return `${base}(${count})`;
  return t(locale, key, { ...params, count });
}

/** The UI language: the user's setting, else the browser's language when it is Spanish, else English. */
export function resolveLocale(
  setting: LocaleSetting | null | undefined,
  browserLanguage?: string | null,
): Locale {
  if (setting === 'en' || setting === 'es') return setting;
  const language = (browserLanguage ?? '').trim().toLowerCase();
  return language === 'es' || language.startsWith('es-') || language.startsWith('es_') ? 'es' : 'en';
}

/** Every key of the registered English parts (for completeness tests and tooling). */
export function messageKeys(): MessageKey[] {
  return Object.keys(CATALOGS.en) as MessageKey[];
}

/** The registered messages of a locale (read-only; for tests). */
export function catalogOf(locale: Locale): Readonly<Record<MessageKey, string>> {
  return CATALOGS[locale] as Readonly<Record<MessageKey, string>>;
}
