import { beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '@/entrypoints/background/handlers';
import type { SenderInfo } from '@/entrypoints/background/guard';
import { PopupStateSchema, ProfileResponseSchema, parseMessage } from '@/lib/model/messages';
import { claimsSnapshot, contentSender, dumpStorage, optionsTabSender, popupSender } from './fixtures';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
});

const otherExtension = (): SenderInfo => ({
  id: 'some-other-extension',
  url: 'chrome-extension://some-other-extension/page.html',
});
/** A web page (or a content script of ours relaying for it) pretending to be the popup. */
const webPage = (): SenderInfo => ({
  id: fakeBrowser.runtime.id,
  url: 'https://evil.example/',
  tab: { id: 3 },
  frameId: 0,
});
const lookalikeOrigin = (): SenderInfo => ({
  id: fakeBrowser.runtime.id,
  url: `${fakeBrowser.runtime.getURL('/').replace(/\/$/, '')}.evil.example/popup.html`,
});

async function seed() {
  await handleMessage({ type: 'page:snapshot', snapshot: claimsSnapshot() }, contentSender());
  return dumpStorage();
}

describe('background: who may send what', () => {
  const popupMessages = [
    { type: 'popup:get-state', tabId: 7 },
    { type: 'facts:override', tabId: 7, path: 'plan.kind', value: 'employer-erisa' },
    { type: 'profile:get' },
    { type: 'profile:export' },
    { type: 'profile:import', json: '{}' },
    { type: 'settings:get' },
    { type: 'data:wipe' },
    { type: 'tab:read-page', tabId: 7 },
  ];

  it('refuses every message from another extension, with no side effect', async () => {
    const before = await seed();
    for (const message of [...popupMessages, { type: 'page:snapshot', snapshot: claimsSnapshot([]) }]) {
      expect(await handleMessage(message, otherExtension())).toMatchObject({ ok: false });
    }
    expect(await dumpStorage()).toEqual(before);
  });

  it('refuses popup/options messages from web pages and look-alike origins', async () => {
    const before = await seed();
    for (const message of popupMessages) {
      expect(await handleMessage(message, webPage())).toMatchObject({ ok: false });
      expect(await handleMessage(message, lookalikeOrigin())).toMatchObject({ ok: false });
    }
    expect(await dumpStorage()).toEqual(before);
  });

  it('accepts page snapshots only from a content script in a tab', async () => {
    const before = await seed();
    const message = { type: 'page:snapshot', snapshot: claimsSnapshot([]) };
    expect(await handleMessage(message, popupSender())).toMatchObject({ ok: false });
    expect(await handleMessage(message, optionsTabSender())).toMatchObject({ ok: false });
    expect(
      await handleMessage(message, { id: fakeBrowser.runtime.id, url: 'https://member.acme.example/' }),
    ).toMatchObject({
      ok: false,
    });
    expect(await dumpStorage()).toEqual(before);
  });

  it('accepts extension pages, including the options page opened in a tab', async () => {
    await seed();
    expect(
      ProfileResponseSchema.safeParse(await handleMessage({ type: 'profile:get' }, optionsTabSender()))
        .success,
    ).toBe(true);
    expect(
      PopupStateSchema.safeParse(await handleMessage({ type: 'popup:get-state', tabId: 7 }, popupSender()))
        .success,
    ).toBe(true);
  });

  it('logs refusals without the message content', async () => {
    await handleMessage(
      { type: 'popup:get-state', tabId: 7, secret: 'Diagnosis: something private' },
      webPage(),
    );
    const logged = vi.mocked(console.warn).mock.calls.flat().map(String).join(' ');
    expect(logged).toContain('refused');
    expect(logged).not.toContain('Diagnosis');
  });
});

describe('background: fuzz', () => {
  const senders = fc.constantFrom<() => SenderInfo>(
    popupSender,
    contentSender,
    otherExtension,
    webPage,
    lookalikeOrigin,
    () => ({}) as SenderInfo,
  );

  /** Values shaped like our messages but wrong somewhere, plus arbitrary junk. */
  const junk = fc.oneof(
    fc.anything(),
    fc.record(
      {
        type: fc.constantFrom(
          'page:snapshot',
          'popup:get-state',
          'facts:override',
          'profile:save',
          'profile:import',
          'settings:save',
          'data:wipe',
          'page:assessment',
          '__proto__',
          'constructor',
        ),
        tabId: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null)),
        path: fc.oneof(fc.string(), fc.constantFrom('__proto__.x', 'plan.kind', 'constructor.prototype')),
        value: fc.anything(),
        snapshot: fc.anything(),
        settings: fc.anything(),
        profile: fc.anything(),
        json: fc.oneof(fc.string(), fc.json()),
      },
      { requiredKeys: ['type'] },
    ),
  );

  it('keeps answering valid messages, and invalid ones change nothing', async () => {
    let before = await seed();
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(junk, senders, async (message, sender) => {
        const response = await handleMessage(message, sender());
        expect(response).toBeTypeOf('object');
        if ((response as { ok?: unknown }).ok === false) {
          rejected++;
          // A refused message leaves every storage area exactly as it was.
          expect(await dumpStorage()).toEqual(before);
        } else {
          // Only a message that passes its schema is ever acted on.
          expect(parseMessage(message)).not.toBeNull();
          before = await dumpStorage();
        }
      }),
      { numRuns: 2_000, seed: 20261110 },
    );
    expect(rejected).toBeGreaterThan(1_500);
    // Still answering correctly afterwards.
    await seed();
    const state = PopupStateSchema.parse(
      await handleMessage({ type: 'popup:get-state', tabId: 7 }, popupSender()),
    );
    expect(state.snapshot?.claims).toHaveLength(1);
  });
});
