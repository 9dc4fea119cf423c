/**
 * What the popup needs from the browser, as one small interface: the real one talks to the background
 * (entrypoints/shared/messaging.ts); component tests pass a fake.
 */
import { browser } from 'wxt/browser';
import type { OverrideValue, PageReadAnywayResponse, PopupState } from '@/lib/model/messages';
import { parseResponse, sendMessage } from '@/entrypoints/shared/messaging';
import { tabIdFromQuery, takeEarlyRequest } from './early-request';

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
  /** A long claims list read in part: the page reads the rest; resolves once that read was stored. */
  readAll(tabId: number): Promise<PageReadAnywayResponse>;
  /** The browser's UI language (`browser.i18n.getUILanguage()`). */
  uiLanguage(): string;
  openOptions(): void;
}

export { tabIdFromQuery };

export function createBrowserPopupApi(): PopupApi {
  // Asked by the early script while this bundle loaded (entrypoints/popup-early.ts); its answer is used once.
  const early = takeEarlyRequest();
  let earlyState = early?.state ?? null;
  return {
    async resolveTabId() {
      const tabId = early ? await early.tabId.catch(() => undefined) : undefined;
      if (tabId !== undefined) return tabId;
      const fromQuery = tabIdFromQuery(location.search);
      if (fromQuery !== null) return fromQuery;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    async getState(tabId) {
      const answer = earlyState;
      earlyState = null;
      if (answer && early && (await early.tabId.catch(() => null)) === tabId) {
        // Validated like any answer; an early request that failed is simply asked again.
        const raw = await answer.catch(() => undefined);
        if (raw !== undefined && raw !== null) return parseResponse('popup:get-state', raw);
      }
      return sendMessage({ type: 'popup:get-state', tabId });
    },
    overrideFact: (tabId, path, value) => sendMessage({ type: 'facts:override', tabId, path, value }),
    readPage: (tabId) => sendMessage({ type: 'tab:read-page', tabId }),
    readAll: (tabId) => sendMessage({ type: 'tab:read-all', tabId }),
    uiLanguage: () => browser.i18n.getUILanguage(),
    openOptions: () => void browser.runtime.openOptionsPage(),
  };
}
