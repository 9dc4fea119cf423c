/**
 * The UI language for a tree of components: one provider at the root of the popup / options page, and `useT()`
 * in every component. Components never pick a language themselves.
 *
 * English is registered statically (lib/i18n/en-ui.ts); another language's catalogs are loaded on demand. Until
 * they are, the provider gives English (never a mix of keys and text), then switches once they arrive. Pages that
 * know their language early await `loadCatalogs` before their first paint, so the switch is never seen there.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import '@/lib/i18n/en-ui';
import {
  hasCatalogs,
  t,
  type CatalogPart,
  type Locale,
  type MessageKey,
  type MessageParams,
} from '@/lib/i18n/core';
import { loadCatalogs, PAGE_PARTS } from '@/lib/i18n/load';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

const LocaleContext = createContext<Locale>('en');

/**
 * `wanted` once its catalog parts are registered (loading them if needed), English until then: a page never shows a
 * mix of languages, and re-renders in `wanted` when the parts arrive.
 */
export function useLoadedLocale(wanted: Locale, parts: readonly CatalogPart[] = PAGE_PARTS): Locale {
  const ready = hasCatalogs(wanted, parts);
  const [, setLoads] = useState(0);
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadCatalogs(wanted, parts).then(
      () => {
        if (live) setLoads((n) => n + 1);
      },
      (error: unknown) => console.warn('[coverage-lens] could not load the translations', error),
    );
    return () => {
      live = false;
    };
  }, [wanted, parts, ready]);
  return ready ? wanted : 'en';
}

export function LocaleProvider({
  locale,
  parts = PAGE_PARTS,
  children,
}: {
  locale: Locale;
  /** Catalog parts the tree needs in `locale` (default: those of every extension page). */
  parts?: readonly CatalogPart[];
  children: ComponentChildren;
}) {
  const shown = useLoadedLocale(locale, parts);
  return <LocaleContext.Provider value={shown}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** `t` bound to the current locale. */
export function useT(): Translate {
  const locale = useLocale();
  return (key, params) => t(locale, key, params);
}
