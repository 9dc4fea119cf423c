/**
 * The background (MV3 service worker on Chrome, MV2 event page on Firefox): thin glue. Every listener is registered
 * synchronously at start-up (a service worker must do so to be woken by events); all state lives in storage.
 * See ./background/handlers.ts.
 */
import { registerBackground } from './background/handlers';

export default defineBackground(() => {
  registerBackground();
});
