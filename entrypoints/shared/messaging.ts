/**
 * Typed messaging for the extension pages (popup, options) and the content script.
 *
 * `sendMessage(message)` validates the outgoing message with its schema, sends it to the background and validates the
 * answer with the response schema of its type (lib/model/messages.ts). A refusal (`{ ok: false, error }`), a missing
 * answer or a malformed answer becomes a thrown `MessagingError`, so callers only ever see well-formed data.
 *
 * Optional host permissions are not a message: call `browser.permissions.request({ origins })` directly inside the
 * click handler of the options page (it must run in the user gesture).
 */
import { browser } from 'wxt/browser';
import {
  ErrorResponseSchema,
  MessageSchema,
  RESPONSE_SCHEMAS,
  type Message,
  type MessageOf,
  type MessageType,
  type ResponseOf,
} from '@/lib/model/messages';

export class MessagingError extends Error {
  constructor(
    message: string,
    readonly type: MessageType | 'unknown',
  ) {
    super(message);
    this.name = 'MessagingError';
  }
}

function firstIssue(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Validates an answer from the background for a message of type `type`; throws MessagingError. */
export function parseResponse<T extends MessageType>(type: T, raw: unknown): ResponseOf<T> {
  if (raw === undefined || raw === null) throw new MessagingError(`No answer to ${type}`, type);
  const refusal = ErrorResponseSchema.safeParse(raw);
  if (refusal.success) throw new MessagingError(refusal.data.error, type);
  const parsed = RESPONSE_SCHEMAS[type].safeParse(raw);
  if (!parsed.success) {
    throw new MessagingError(`Malformed answer to ${type} (${firstIssue(parsed.error)})`, type);
  }
  return parsed.data as ResponseOf<T>;
}

/** Sends a message to the background and returns its validated answer. */
export async function sendMessage<T extends MessageType>(message: MessageOf<T>): Promise<ResponseOf<T>> {
  const checked = MessageSchema.safeParse(message);
  if (!checked.success) {
    throw new MessagingError(`Invalid message (${firstIssue(checked.error)})`, message.type ?? 'unknown');
  }
  const raw: unknown = await browser.runtime.sendMessage(checked.data satisfies Message);
  return parseResponse(message.type as T, raw);
}
