/**
 * What the popup needs from the browser, as one small interface: the real one talks to the background
 * (entrypoints/shared/messaging.ts); component tests pass a fake.
 */
import { browser } from 'wxt/browser';
import type { OverrideValue, PageReadAnywayResponse, PopupState } from '@/lib/model/messages';
import { sendMessage } from '@/entrypoints/shared/messaging';

export interface PopupApi {
  /** The tab the popup is about: `?tab=<id>` when given (tests, a detached popup), else the active tab. */
  resolveTabId(): Promise<number | null>;
  getState(tabId: number): Promise<PopupState>;
  overrideFact(tabId: number, path: string, value: OverrideValue): Promise<PopupState>;
  /**
   * "Read this page anyway" (activeTab grant of the popup click): resolves once the page was read and its result
   * stored (`found`: it held any fact).
   */
  readPage(tabId: number): Promise<PageReadAnywayResponse>;
  /** The browser's UI language (`browser.i18n.getUILanguage()`). */
  uiLanguage(): string;
  openOptions(): void;
}

/** `?tab=123` → 123; anything else → null. */
export function tabIdFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

export function createBrowserPopupApi(): PopupApi {
  return {
    async resolveTabId() {
      const fromQuery = tabIdFromQuery(location.search);
      if (fromQuery !== null) return fromQuery;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    getState: (tabId) => sendMessage({ type: 'popup:get-state', tabId }),
    overrideFact: (tabId, path, value) => sendMessage({ type: 'facts:override', tabId, path, value }),
    readPage: (tabId) => sendMessage({ type: 'tab:read-page', tabId }),
    uiLanguage: () => browser.i18n.getUILanguage(),
    openOptions: () => void browser.runtime.openOptionsPage(),
  };
}
