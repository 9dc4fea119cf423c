/**
 * A classic script in the popup's <head>: asks the background for the tab's state before the popup's UI bundle has
 * loaded (see entrypoints/popup/early-request.ts). The browser's own promise-based API (Chromium MV3 `chrome`,
 * Firefox `browser`), not the polyfill: this script must be tiny.
 */
import { startEarlyRequest } from './popup/early-request';

type Api = Parameters<typeof startEarlyRequest>[0];

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = scope.browser ?? scope.chrome;
  try {
    if (api) startEarlyRequest(api, location.search);
  } catch {
    // The popup asks again itself.
  }
});
