/**
 * Who may send what (issue 6 §4). The background trusts nothing about a message until it passed here AND its schema.
 *
 * - Another extension: `sender.id` differs from ours → refused (Chrome routes those to onMessageExternal anyway;
 *   Firefox and future changes should not be able to reach our handlers by accident).
 * - `page:snapshot` comes only from our content script: a sender with a tab whose URL is a web page, never from one of
 *   our extension pages (an options page opened in a tab also has `sender.tab`).
 * - Every other message comes only from our extension pages (popup, options): `sender.url` on our own origin.
 */
import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_MESSAGE_TYPES, type MessageType } from '@/lib/model/messages';

/** The subset of `runtime.MessageSender` we rely on. */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** `chrome-extension://<id>` / `moz-extension://<uuid>` (no trailing slash). */
export function extensionOrigin(): string {
  return browser.runtime.getURL('/').replace(/\/$/, '');
}

function isExtensionPage(sender: SenderInfo): boolean {
  const origin = extensionOrigin();
  const url = sender.url ?? '';
  return url === origin || url.startsWith(origin + '/');
}

/** Why the sender may not send a message of this type, or null when it may. */
export function refuseSender(type: MessageType, sender: SenderInfo): string | null {
  if (!sender || sender.id !== browser.runtime.id) return 'sender is not this extension';
  if (CONTENT_SCRIPT_MESSAGE_TYPES.has(type)) {
    if (typeof sender.tab?.id !== 'number' || sender.tab.id < 0) return 'page messages must come from a tab';
    if (isExtensionPage(sender)) return 'page messages must come from the content script';
    return null;
  }
  if (!isExtensionPage(sender)) return 'this message is only accepted from extension pages';
  return null;
}
