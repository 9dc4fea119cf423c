/**
 * A tiny typed translator for lib/ and components/.
 *
 * Catalogs are plain TS objects (lib/i18n/catalog/*.{en,es}.ts) merged in lib/i18n/catalog/index.ts. The English
 * catalog defines the keys; every Spanish catalog is typed against its English twin, so a missing or extra Spanish
 * key is a type error (and a unit test checks the merged catalogs again at run time).
 *
 * Placeholders are `{name}`; a parameter that is not given stays visible as `{name}` rather than becoming
 * 'undefined', so a forgotten parameter shows up in review and in tests.
 */
import { CATALOG_EN, CATALOG_ES } from './catalog';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export type LocaleSetting = Locale | 'auto';

export type MessageKey = keyof typeof CATALOG_EN;
export type MessageParams = Record<string, string | number>;

const CATALOGS: Record<Locale, Record<MessageKey, string>> = { en: CATALOG_EN, es: CATALOG_ES };

/** Fills `{name}` placeholders; unknown placeholders stay as they are. */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The message for `key` in `locale` (English when a catalog lacks it, which the types already prevent). */
export function t(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = CATALOGS[locale][key] ?? CATALOG_EN[key] ?? key;
  return interpolate(template, params);
}

/** Whether `key` is a message key (for keys that come from data, e.g. next-step codes). */
export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(CATALOG_EN, key);
}

/**
 * Plural-aware message: looks up `${base}_one` / `${base}_other` (Intl plural categories; English and Spanish only
 * need these two) and passes `count` as a parameter.
 */
export function tPlural(locale: Locale, base: string, count: number, params?: MessageParams): string {
  const category = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
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

/** Every key of the merged English catalog (for completeness tests and tooling). */
export function messageKeys(): MessageKey[] {
  return Object.keys(CATALOG_EN) as MessageKey[];
}

/** The raw merged catalog of a locale (read-only; for tests). */
export function catalogOf(locale: Locale): Readonly<Record<MessageKey, string>> {
  return CATALOGS[locale];
}
