/**
 * The popup's first question to the background, asked by an async classic script in the popup's <head>
 * (entrypoints/popup-early.ts) while the UI bundle is still loading: the answer's round trip (~30–50 ms for a
 * 200-claim tab) overlaps the bundle's load and start-up instead of following them (the popup answered ~25 ms
 * sooner, 107–131 ms instead of 136–145 warm). The UI takes the request once (`takeEarlyRequest`) and validates the
 * answer like any other; when the early script has not run yet, or its request failed, the UI asks itself.
 *
 * Kept free of imports beyond the browser global: this file is the whole of that early script.
 */

/** `?tab=123` → 123; anything else → null. */
export function tabIdFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

export interface EarlyRequest {
  /** The tab the popup is about (null: none, e.g. a browser page). */
  tabId: Promise<number | null>;
  /** The background's raw answer to `popup:get-state` for that tab (rejects as the message would). */
  state: Promise<unknown>;
}

interface Messaging {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(query: { active: boolean; currentWindow: boolean }): Promise<Array<{ id?: number }>> };
}

const KEY = '__coverageLensEarlyRequest';
/** Left by the UI when it asked for itself: an early script running after that (it is async) does nothing. */
const TOO_LATE = 'too late';

/** Starts the request (the early script calls this once). */
export function startEarlyRequest(api: Messaging, search: string): void {
  const holder = globalThis as Record<string, unknown>;
  if (holder[KEY] === TOO_LATE) return;
  const fromQuery = tabIdFromQuery(search);
  const tabId =
    fromQuery !== null
      ? Promise.resolve(fromQuery)
      : api.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab?.id ?? null);
  const state = tabId.then((id) =>
    id === null ? null : api.runtime.sendMessage({ type: 'popup:get-state', tabId: id }),
  );
  // Whoever takes it handles a failure; until then it must not be reported as unhandled.
  state.catch(() => undefined);
  tabId.catch(() => undefined);
  holder[KEY] = { tabId, state } satisfies EarlyRequest;
}

/** The early request, once (later calls, and pages where the early script has not run, get null). */
export function takeEarlyRequest(): EarlyRequest | null {
  const holder = globalThis as Record<string, unknown>;
  const early = holder[KEY];
  holder[KEY] = TOO_LATE;
  return typeof early === 'object' && early !== null ? (early as EarlyRequest) : null;
}
