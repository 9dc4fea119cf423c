/**
 * Loads catalog parts on demand (dynamic imports: each part of each language is its own chunk), for the extension
 * pages. English parts an entry always needs are registered statically instead (lib/i18n/en-ui.ts, lib/letters), so
 * an English page renders without waiting; a Spanish page awaits `loadCatalogs('es', …)` before its first paint.
 * Not for the background: a service worker cannot import dynamically (it registers what it needs statically).
 */
import { hasCatalogs, registerCatalog, type CatalogPart, type Locale } from './core';
import './en-ui';

type Loader = () => Promise<Readonly<Record<string, string>>>;

// English parts other than letters have no loader: they are registered statically (./en-ui, imported above), and a
// loader would split them out of the page's main chunk into extra files fetched before the first paint.
const LOADERS: Record<Locale, Partial<Record<CatalogPart, Loader>>> = {
  en: {
    letters: () => import('./catalog/letters.en').then((m) => m.lettersEn),
  },
  es: {
    letters: () => import('./catalog/letters.es').then((m) => m.lettersEs),
    present: () => import('./catalog/present.es').then((m) => m.presentEs),
    badge: () => import('./catalog/badge.es').then((m) => m.badgeEs),
    ui: () => import('./catalog/ui.es').then((m) => m.uiEs),
    page: () => import('./catalog/page.es').then((m) => m.pageEs),
  },
};

/** The parts every extension page uses (the letters part is loaded by the letters view). */
export const PAGE_PARTS: readonly CatalogPart[] = ['ui', 'page', 'present', 'badge'];

const pending = new Map<string, Promise<void>>();

function loadPart(locale: Locale, part: CatalogPart): Promise<void> {
  if (hasCatalogs(locale, [part])) return Promise.resolve();
  const loader = LOADERS[locale][part];
  // Only English page parts lack a loader, and ./en-ui (imported above) has registered them.
  if (!loader) return Promise.resolve();
  const id = `${part}.${locale}`;
  let load = pending.get(id);
  if (!load) {
    load = loader().then(
      (messages) => registerCatalog(locale, part, messages),
      (error: unknown) => {
        // A failed chunk load (e.g. the extension was updated meanwhile) may be retried on the next call.
        pending.delete(id);
        throw error;
      },
    );
    pending.set(id, load);
  }
  return load;
}

/** Registers `parts` for `locale`, and for English too (the fallback of any missing key). */
export async function loadCatalogs(locale: Locale, parts: readonly CatalogPart[]): Promise<void> {
  const locales: Locale[] = locale === 'en' ? ['en'] : ['en', locale];
  await Promise.all(locales.flatMap((l) => parts.map((part) => loadPart(l, part))));
}
