/**
 * The portal reader content script: runs on the supported portal hosts (lib/portals/hosts.ts), in every frame and in
 * about:blank/srcdoc frames, once the page is idle. All logic is in ./reader.ts; this file only wires the browser.
 */
import { browser } from 'wxt/browser';
import { SUPPORTED_PORTAL_MATCHES } from '@/lib/portals/hosts';
import { startPortalReader } from './reader';

export default defineContentScript({
  matches: [...SUPPORTED_PORTAL_MATCHES],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    try {
      startPortalReader({
        ctx,
        win: window,
        doc: document,
        extensionId: browser.runtime.id,
        send: (message) => browser.runtime.sendMessage(message),
        listen(listener) {
          // sendResponse + `return true` (not a returned promise): the form both Chromium and Firefox honour.
          const onMessage = (
            message: unknown,
            sender: { id?: string },
            sendResponse: (response?: unknown) => void,
          ) => {
            const reply = listener(message, sender.id);
            if (!reply) return undefined;
            reply.then(sendResponse, () => sendResponse(undefined));
            return true;
          };
          browser.runtime.onMessage.addListener(onMessage);
          return () => browser.runtime.onMessage.removeListener(onMessage);
        },
      });
    } catch (error) {
      // Never break the portal page.
      console.warn('[coverage-lens] content script failed to start:', error);
    }
  },
});
