/**
 * The UI language for a tree of components: one provider at the root of the popup / options page, and `useT()`
 * in every component. Components never pick a language themselves.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { t, type Locale, type MessageKey, type MessageParams } from '@/lib/i18n/core';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

const LocaleContext = createContext<Locale>('en');

export function LocaleProvider({ locale, children }: { locale: Locale; children: ComponentChildren }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** `t` bound to the current locale. */
export function useT(): Translate {
  const locale = useLocale();
  return (key, params) => t(locale, key, params);
}
