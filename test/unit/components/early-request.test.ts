/**
 * The popup's early request (entrypoints/popup/early-request.ts, run by entrypoints/popup-early.ts): asked before the
 * UI bundle loads, taken once by the UI's api, validated like any answer, and asked again whenever it cannot be used.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBrowserPopupApi } from '@/entrypoints/popup/api';
import { startEarlyRequest, takeEarlyRequest } from '@/entrypoints/popup/early-request';
import { emptyPopupState, popupState } from './fixtures';

function fakeApi(answer: (message: unknown) => Promise<unknown>) {
  return {
    runtime: { sendMessage: vi.fn(answer) },
    tabs: { query: vi.fn(async () => [{ id: 33 }]) },
  };
}

/** A new popup document (the early request lives on its global). */
const newPopup = () => delete (globalThis as Record<string, unknown>).__coverageLensEarlyRequest;

beforeEach(() => {
  fakeBrowser.reset();
  newPopup();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('early request', () => {
  it("asks for the state of the tab named in the popup's address, once", async () => {
    const api = fakeApi(async () => 'answer');
    startEarlyRequest(api, '?tab=12');
    const early = takeEarlyRequest();
    expect(await early?.tabId).toBe(12);
    expect(await early?.state).toBe('answer');
    expect(api.runtime.sendMessage).toHaveBeenCalledWith({ type: 'popup:get-state', tabId: 12 });
    expect(api.tabs.query).not.toHaveBeenCalled();
    expect(takeEarlyRequest()).toBeNull();
  });

  it('asks about the active tab otherwise', async () => {
    const api = fakeApi(async () => 'answer');
    startEarlyRequest(api, '');
    expect(await takeEarlyRequest()?.tabId).toBe(33);
    expect(api.runtime.sendMessage).toHaveBeenCalledWith({ type: 'popup:get-state', tabId: 33 });
  });

  it('does nothing when the UI already asked for itself', () => {
    expect(takeEarlyRequest()).toBeNull();
    const api = fakeApi(async () => 'answer');
    startEarlyRequest(api, '?tab=12');
    expect(api.tabs.query).not.toHaveBeenCalled();
    expect(api.runtime.sendMessage).not.toHaveBeenCalled();
  });
});

describe("the popup api's use of it", () => {
  it('uses the early answer once, validated, then asks the background', async () => {
    const state = popupState();
    startEarlyRequest(
      fakeApi(async () => state),
      '?tab=12',
    );
    const later = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(emptyPopupState() as never);
    const api = createBrowserPopupApi();
    expect(await api.resolveTabId()).toBe(12);
    expect(await api.getState(12)).toEqual(state);
    expect(later).not.toHaveBeenCalled();
    expect((await api.getState(12)).snapshot).toBeNull();
    expect(later).toHaveBeenCalledWith({ type: 'popup:get-state', tabId: 12 });
  });

  it('asks again when the early request failed or was about another tab', async () => {
    const later = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(emptyPopupState() as never);
    startEarlyRequest(
      fakeApi(async () => {
        throw new Error('Could not establish connection.');
      }),
      '?tab=12',
    );
    expect((await createBrowserPopupApi().getState(12)).snapshot).toBeNull();
    expect(later).toHaveBeenCalledTimes(1);

    newPopup();
    startEarlyRequest(
      fakeApi(async () => popupState()),
      '?tab=12',
    );
    expect((await createBrowserPopupApi().getState(13)).snapshot).toBeNull();
    expect(later).toHaveBeenLastCalledWith({ type: 'popup:get-state', tabId: 13 });
  });

  it('treats an early refusal or a malformed early answer like any other answer', async () => {
    startEarlyRequest(
      fakeApi(async () => ({ ok: false, error: 'refused' })),
      '?tab=12',
    );
    await expect(createBrowserPopupApi().getState(12)).rejects.toThrow('refused');
    newPopup();
    startEarlyRequest(
      fakeApi(async () => ({ claims: 'nope' })),
      '?tab=12',
    );
    await expect(createBrowserPopupApi().getState(12)).rejects.toThrow(/Malformed answer to popup:get-state/);
  });
});
