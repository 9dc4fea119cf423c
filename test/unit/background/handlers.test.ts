import { beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  handleMessage,
  onTabClosed,
  onTabNavigating,
  registerBackground,
} from '@/entrypoints/background/handlers';
import {
  PageSnapshotResponseSchema,
  PopupStateSchema,
  ProfileExportResponseSchema,
  ProfileResponseSchema,
  TabResultSchema,
  tabResultKey,
  type PopupState,
} from '@/lib/model/messages';
import { defaultSettings, MemberProfilesSchema } from '@/lib/model/profile';
import { emptySnapshot } from '@/lib/model/snapshot';
import { MANUAL_PROFILE_KEY, applyOverride, emptyProfile } from '@/lib/profile/merge';
import {
  claimsSnapshot,
  contentSender,
  deniedClaim,
  dumpStorage,
  optionsTabSender,
  popupSender,
} from './fixtures';

const TAB = 7;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
  // The fake browser has no permission events or content-script registry (see added-portals.test.ts).
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: [] } as never);
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([] as never);
});

/** Sends a page snapshot; resolves with the page's answer once the background has also stored the result. */
async function sendSnapshot(snapshot = claimsSnapshot(), tabId = TAB, frameId = 0) {
  const raw = await handleMessage(
    { type: 'page:snapshot', snapshot },
    contentSender(tabId, frameId, snapshot.url),
  );
  // The background answers, then lets the answer leave (a macrotask) before it writes the result.
  await afterWrite();
  return PageSnapshotResponseSchema.parse(raw);
}

/** Two macrotasks: the background's yield after answering, then the (in-memory) write it starts. */
async function afterWrite(): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

async function getState(tabId = TAB): Promise<PopupState> {
  return PopupStateSchema.parse(await handleMessage({ type: 'popup:get-state', tabId }, popupSender()));
}

async function setAsOf(date: string) {
  await fakeBrowser.storage.local.set({ settings: { ...defaultSettings(), asOfDate: date } });
}

describe('background: page snapshots', () => {
  it('a popup state waits for a store that never finishes only so long, then answers from what is stored', async () => {
    const session = fakeBrowser.storage.session;
    const originalSet = session.set.bind(session);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    vi.spyOn(session, 'set').mockImplementation(async (items) => {
      if (Object.keys(items).includes(tabResultKey(TAB))) await gate;
      return originalSet(items);
    });
    await sendSnapshot();
    // The answered result was evaluated for another date than now: it cannot be shown as it is, so the popup waits.
    await setAsOf('2026-01-15');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const asked = getState();
      await vi.advanceTimersByTimeAsync(3_000);
      const state = await asked;
      // Nothing stored yet: the popup gets the tab's stored state (none) instead of waiting forever.
      expect(state.snapshot).toBeNull();
    } finally {
      vi.useRealTimers();
      release();
    }
    expect((await getState()).snapshot?.claims).toHaveLength(1);
  });

  it('answers the page before its result is stored; a popup state asked meanwhile shows that result at once', async () => {
    await setAsOf('2026-11-10');
    const session = fakeBrowser.storage.session;
    const originalSet = session.set.bind(session);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let blocked = 0;
    vi.spyOn(session, 'set').mockImplementation(async (items) => {
      if (Object.keys(items).includes(tabResultKey(TAB))) {
        blocked++;
        await gate;
      }
      return originalSet(items);
    });
    const response = await sendSnapshot();
    expect(response.claims).toHaveLength(1);
    // The page has its badges while the result is still being written.
    await vi.waitFor(() => expect(blocked).toBe(1));
    expect((await session.get(tabResultKey(TAB)))[tabResultKey(TAB)]).toBeUndefined();

    // The popup does not wait for the write (a 2,000-claim result takes ~1 s): it shows what the page was answered.
    const state = await getState();
    expect(blocked).toBe(1);
    expect(state.snapshot?.claims.map((c) => c.id)).toEqual(['AC2610140093']);
    expect(state.claims).toHaveLength(1);
    expect(state.asOf).toBe('2026-11-10');
    release();
    await vi.waitFor(async () =>
      expect((await session.get(tabResultKey(TAB)))[tabResultKey(TAB)]).toBeDefined(),
    );
    expect((await getState()).claims).toHaveLength(1);
  });

  it('merges the snapshot into the profile, evaluates, stores the tab result and sets the toolbar badge', async () => {
    await setAsOf('2026-11-10');
    const response = await sendSnapshot();
    expect(response.ok).toBe(true);
    expect(response.claims).toHaveLength(1);
    expect(response.claims[0]).toMatchObject({ claimId: 'AC2610140093', index: 0 });
    expect(response.claims[0]!.badge.text.length).toBeGreaterThan(0);

    const stored = await fakeBrowser.storage.session.get(tabResultKey(TAB));
    const result = TabResultSchema.parse(stored[tabResultKey(TAB)]);
    expect(result.snapshot.claims.map((c) => c.id)).toEqual(['AC2610140093']);
    expect(result.asOf).toBe('2026-11-10');

    const profiles = MemberProfilesSchema.parse((await fakeBrowser.storage.local.get('profiles')).profiles);
    const [profile] = Object.values(profiles);
    expect(profile!.facts['plan.deductible.individual']!.value).toBe(1500);
    expect(profile!.facts['plan.type']!.value).toBe('PPO');
  });

  it('remembers plan facts read on one page when evaluating a claims page later', async () => {
    await setAsOf('2026-11-10');
    const benefits = claimsSnapshot([], 'https://member.acme.example/benefits');
    benefits.plan.inNetwork.coinsurance = 0.2;
    await sendSnapshot(benefits, 3);
    const claimsOnly = claimsSnapshot();
    claimsOnly.plan.inNetwork.deductible.individual = { amount: null, met: null };
    await sendSnapshot(claimsOnly, 4);
    const state = await getState(4);
    expect(state.profile?.facts['plan.coinsurance']?.value).toBe(0.2);
    expect(state.profile?.facts['plan.deductible.individual']?.value).toBe(1500);
  });

  it('uses the plan figures filled in by hand in Options before any page was read, for the first member seen', async () => {
    await setAsOf('2026-11-10');
    const manual = applyOverride(
      emptyProfile(MANUAL_PROFILE_KEY, new Date()),
      'plan.coinsurance',
      0.3,
      new Date(),
    );
    expect(await handleMessage({ type: 'profile:save', profile: manual }, optionsTabSender())).toMatchObject({
      ok: true,
    });
    await sendSnapshot();
    const state = await getState();
    expect(state.profile).toMatchObject({ key: MANUAL_PROFILE_KEY, member: { id: 'W000000001' } });
    expect(state.profile?.facts['plan.coinsurance']).toMatchObject({ value: 0.3, origin: 'user' });
    expect(state.profile?.facts['plan.deductible.individual']?.value).toBe(1500);
    // Another member's page starts a profile of its own, without the first member's figures.
    const other = claimsSnapshot();
    other.member = { name: 'Sam Example (fictitious)', id: 'W000000002' };
    await sendSnapshot(other, 8);
    const otherState = await getState(8);
    expect(otherState.profile?.key).not.toBe(MANUAL_PROFILE_KEY);
    expect(otherState.profile?.facts['plan.coinsurance']).toBeUndefined();
  });

  it('does not create a profile for a page that states no facts', async () => {
    await sendSnapshot(emptySnapshot('https://member.acme.example/help'));
    expect((await fakeBrowser.storage.local.get('profiles')).profiles).toBeUndefined();
  });

  it('combines frames: claims read in a frame are stored with the page and badged with frame indexes', async () => {
    await setAsOf('2026-11-10');
    const top = claimsSnapshot([]);
    const frame = claimsSnapshot([deniedClaim('F1'), deniedClaim('F2')], 'https://provider.example/results');
    frame.member = { name: null, id: null };
    await sendSnapshot(top, TAB, 0);
    const response = await sendSnapshot(frame, TAB, 5);
    expect(response.claims.map((c) => [c.claimId, c.index])).toEqual([
      ['F1', 0],
      ['F2', 1],
    ]);
    const state = await getState();
    expect(state.snapshot?.claims.map((c) => c.id)).toEqual(['F1', 'F2']);
    // Reported again by the same frame: replaced, not duplicated.
    await sendSnapshot(frame, TAB, 5);
    expect((await getState()).snapshot?.claims).toHaveLength(2);
  });

  it('frames reporting at the same moment are all kept (each report reads what the one before it stored)', async () => {
    await setAsOf('2026-11-10');
    const top = claimsSnapshot([deniedClaim('T1')]);
    const frame = claimsSnapshot([deniedClaim('F1')], 'https://provider.example/results');
    frame.member = { name: null, id: null };
    await Promise.all([sendSnapshot(top, TAB, 0), sendSnapshot(frame, TAB, 5)]);
    expect((await getState()).snapshot?.claims.map((c) => c.id)).toEqual(['T1', 'F1']);
  });
});

describe('background: popup state and overrides', () => {
  it('lists unknown facts, and an override re-evaluates at once, persists and updates the page', async () => {
    await setAsOf('2026-11-10');
    await sendSnapshot();
    const before = await getState();
    // An unknown plan kind still lists the fact, but a commercial plan type answers the appeal either way.
    expect(before.claims[0]!.missing).toContain('plan.kind');
    const commercialDeadline = before.claims[0]!.assessment?.appeal.deadline;
    expect(commercialDeadline).toBe('2027-04-28');
    expect(before.url).toBe('https://member.acme.example/claims');

    const after = PopupStateSchema.parse(
      await handleMessage(
        { type: 'facts:override', tabId: TAB, path: 'plan.kind', value: 'medicaid-managed-care' },
        popupSender(),
      ),
    );
    expect(after.claims[0]!.assessment?.appeal.status).toBe('open');
    // Medicaid managed care: 60 days from the notice instead of 180.
    expect(after.claims[0]!.assessment?.appeal.deadline).toBe('2026-12-29');
    expect(after.profile?.facts['plan.kind']).toMatchObject({
      value: 'medicaid-managed-care',
      origin: 'user',
    });

    // Persisted: a fresh read of the state (and a later page visit) keeps the correction.
    expect((await getState()).claims[0]!.assessment?.appeal.status).toBe('open');
    await sendSnapshot();
    expect((await getState()).claims[0]!.assessment?.appeal.status).toBe('open');

    // The page got its new badges.
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(
      TAB,
      expect.objectContaining({ type: 'page:assessment' }),
      { frameId: 0 },
    );
    // The toolbar shows the number of actions needed.
    const text = await fakeBrowser.action.getBadgeText({ tabId: TAB });
    expect(Number(text)).toBeGreaterThan(0);

    // Clearing the override brings back the unknown kind and the commercial answer.
    await handleMessage(
      { type: 'facts:override', tabId: TAB, path: 'plan.kind', value: null },
      popupSender(),
    );
    const cleared = await getState();
    expect(cleared.claims[0]!.missing).toContain('plan.kind');
    expect(cleared.claims[0]!.assessment?.appeal.deadline).toBe(commercialDeadline);
  });

  it('refuses an override value that does not fit the field, changing nothing', async () => {
    await sendSnapshot();
    const before = await dumpStorage();
    const response = await handleMessage(
      { type: 'facts:override', tabId: TAB, path: 'plan.kind', value: 'not-a-kind' },
      popupSender(),
    );
    expect(response).toMatchObject({ ok: false });
    expect(await dumpStorage()).toEqual(before);
  });

  it('answers with an empty state for a tab that holds no portal page', async () => {
    const state = await getState(123);
    expect(state.snapshot).toBeNull();
    expect(state.claims).toEqual([]);
    expect(state.settings.retentionDays).toBe(30);
  });

  it('re-evaluates open tabs when the testing date changes', async () => {
    await setAsOf('2026-11-10');
    await sendSnapshot();
    await handleMessage(
      { type: 'facts:override', tabId: TAB, path: 'plan.kind', value: 'employer-erisa' },
      popupSender(),
    );
    const first = (await getState()).claims[0]!.assessment!.appeal.daysLeft!;
    await handleMessage(
      { type: 'settings:save', settings: { ...defaultSettings(), asOfDate: '2026-11-20' } },
      popupSender(),
    );
    const stored = TabResultSchema.parse(
      (await fakeBrowser.storage.session.get(tabResultKey(TAB)))[tabResultKey(TAB)],
    );
    expect(stored.asOf).toBe('2026-11-20');
    expect((await getState()).claims[0]!.assessment!.appeal.daysLeft).toBe(first - 10);
  });
});

describe('background: profiles, settings and wipe', () => {
  it('exports and imports profiles; an invalid import changes nothing', async () => {
    await sendSnapshot();
    const exported = ProfileExportResponseSchema.parse(
      await handleMessage({ type: 'profile:export' }, popupSender()),
    );
    expect(exported.filename).toMatch(/^coverage-lens-profile-\d{4}-\d{2}-\d{2}\.json$/);
    await handleMessage({ type: 'data:wipe' }, popupSender());
    const imported = ProfileResponseSchema.parse(
      await handleMessage({ type: 'profile:import', json: exported.json }, popupSender()),
    );
    expect(imported.profiles).toHaveLength(1);
    expect(imported.profile?.facts['plan.type']?.value).toBe('PPO');

    const before = await dumpStorage();
    for (const json of ['not json', '[]', '{"a":{"key":"x"}}', '42']) {
      const response = await handleMessage({ type: 'profile:import', json }, popupSender());
      expect(response).toMatchObject({ ok: false });
    }
    expect(await dumpStorage()).toEqual(before);
  });

  it("'Delete all data' empties local, session and sync storage and takes badges off the page", async () => {
    await sendSnapshot();
    await fakeBrowser.storage.sync.set({ leftover: 1 });
    const response = await handleMessage({ type: 'data:wipe' }, optionsTabSender());
    expect(response).toEqual({ ok: true, remaining: { local: 0, session: 0, sync: 0 } });
    expect(await dumpStorage()).toEqual({ local: {}, session: {}, sync: {} });
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(TAB, expect.objectContaining({ claims: [] }), {
      frameId: 0,
    });
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
  });
});

describe('background: corrupt or old stored values', () => {
  it('resets corrupt settings and profiles with a notice, never crashing', async () => {
    await fakeBrowser.storage.local.set({
      settings: '{"retentionDays": ',
      profiles: { k: { key: 'k', facts: 7 } },
    });
    await sendSnapshot();
    const state = await getState();
    expect(state.settings).toEqual(defaultSettings());
    expect(state.notices).toEqual(
      expect.arrayContaining(['present.notice.settingsReset', 'present.notice.profileReset']),
    );
    expect(state.claims).toHaveLength(1);
  });

  it('resets a value written by a newer version', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...defaultSettings(), schemaVersion: 9 },
      settings$: { v: 9 },
    });
    const state = await getState();
    expect(state.settings.schemaVersion).toBe(2);
    expect(state.notices).toContain('present.notice.settingsReset');
  });

  it('migrates v1 settings', async () => {
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 45, locale: 'es' } });
    const state = await getState();
    expect(state.settings).toMatchObject({
      retentionDays: 45,
      locale: 'es',
      asOfDate: null,
      schemaVersion: 2,
    });
  });

  it('forgets facts older than the retention period', async () => {
    await sendSnapshot();
    const { profiles } = (await fakeBrowser.storage.local.get('profiles')) as {
      profiles: Record<string, unknown>;
    };
    const old = new Date(Date.now() - 40 * 86_400_000).toISOString();
    const aged = JSON.parse(
      JSON.stringify(profiles).replace(/"observedAt":"[^"]+"/g, `"observedAt":"${old}"`),
    );
    await fakeBrowser.storage.local.set({ profiles: aged });
    const state = await getState();
    expect(state.profile).toBeNull();
    expect(state.notices).toContain('present.notice.factsExpired');
    expect((await fakeBrowser.storage.local.get('profiles')).profiles).toEqual({});
  });

  it('drops an unreadable tab result instead of failing', async () => {
    await fakeBrowser.storage.session.set({ [tabResultKey(TAB)]: { schemaVersion: 1, junk: true } });
    const state = await getState();
    expect(state.snapshot).toBeNull();
    expect((await fakeBrowser.storage.session.get(tabResultKey(TAB)))[tabResultKey(TAB)]).toBeUndefined();
  });
});

describe('background: tab lifecycle', () => {
  it('removes a tab result when the tab closes', async () => {
    registerBackground();
    await sendSnapshot();
    await fakeBrowser.tabs.onRemoved.trigger(TAB, { isWindowClosing: false, windowId: 1 });
    await onTabClosed(TAB); // waits for the queued removal
    expect(await fakeBrowser.storage.session.get(tabResultKey(TAB))).toEqual({});
  });

  it('clears the result when the tab navigates elsewhere, keeps it on a reload of the same page', async () => {
    await sendSnapshot();
    await onTabNavigating(TAB, 'https://member.acme.example/claims#top');
    expect((await getState()).snapshot).not.toBeNull();
    await onTabNavigating(TAB, 'https://member.acme.example/benefits');
    expect((await getState()).snapshot).toBeNull();
    await sendSnapshot();
    await onTabNavigating(TAB, undefined); // a page we cannot see
    expect((await getState()).snapshot).toBeNull();
  });

  it('answers through the real listener (sendResponse + return true)', async () => {
    registerBackground();
    // fake-browser sends with an empty sender: refused, but answered.
    const response = await fakeBrowser.runtime.sendMessage({ type: 'profile:get' });
    expect(response).toMatchObject({ ok: false });
  });
});

describe('background: "Read this page anyway"', () => {
  const readPage = () => handleMessage({ type: 'tab:read-page', tabId: TAB }, popupSender());
  // The fake browser types these as returning nothing.
  const toTab = () =>
    vi.mocked(fakeBrowser.tabs.sendMessage) as unknown as MockInstance<
      (...args: unknown[]) => Promise<unknown>
    >;
  const injection = () =>
    vi.spyOn(fakeBrowser.scripting, 'executeScript') as unknown as MockInstance<
      (...args: unknown[]) => Promise<unknown>
    >;

  it("asks the tab's reader first and passes on its answer (no second copy of the script)", async () => {
    toTab().mockResolvedValue({ ok: true, found: true });
    const inject = injection();
    expect(await readPage()).toEqual({ ok: true, found: true });
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(
      TAB,
      { type: 'page:read-anyway' },
      { frameId: 0 },
    );
    expect(inject).not.toHaveBeenCalled();
  });

  it('injects the reader where none answers (a site not in the list), then asks it', async () => {
    toTab()
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce({ ok: true, found: false });
    const inject = injection().mockResolvedValue([]);
    expect(await readPage()).toEqual({ ok: true, found: false });
    expect(inject).toHaveBeenCalledWith({
      target: { tabId: TAB, allFrames: true },
      files: ['/content-scripts/portal.js'],
    });
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledTimes(2);
  });

  it('says why when the page cannot be read, and when the reader does not answer', async () => {
    toTab().mockResolvedValue({ unexpected: 'answer' });
    const inject = injection()
      .mockRejectedValueOnce(new Error('Cannot access contents of the page.'))
      .mockResolvedValueOnce([]);
    const refused = await readPage();
    expect(refused).toMatchObject({ ok: false });
    expect((refused as { error: string }).error).toContain('Cannot access contents of the page');
    expect(await readPage()).toEqual({ ok: false, error: 'the page did not answer' });
    expect(inject).toHaveBeenCalledTimes(2);
  });
});

describe('background: a long claims list read in part', () => {
  const readAll = () => handleMessage({ type: 'tab:read-all', tabId: TAB }, popupSender());
  const toTab = () =>
    vi.mocked(fakeBrowser.tabs.sendMessage) as unknown as MockInstance<
      (...args: unknown[]) => Promise<unknown>
    >;
  const partial = (unreadRows: number) => ({ ...claimsSnapshot(), unreadRows });

  it('keeps the rows left in the state and marks the toolbar count as a lower bound', async () => {
    await sendSnapshot(claimsSnapshot());
    expect((await getState()).snapshot?.unreadRows).toBeUndefined();
    const whole = await fakeBrowser.action.getBadgeText({ tabId: TAB });
    expect(Number(whole)).toBeGreaterThan(0);
    await sendSnapshot(partial(1850));
    expect((await getState()).snapshot?.unreadRows).toBe(1850);
    // The same actions among the claims read; there may be more among the rows not read.
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe(`${whole}+`);
  });

  it('asks each frame that left rows unread to read them, and answers after them', async () => {
    await sendSnapshot(partial(400), TAB, 0);
    await sendSnapshot({ ...claimsSnapshot([deniedClaim('FR0000000001')]), unreadRows: 200 }, TAB, 3);
    await sendSnapshot(claimsSnapshot([deniedClaim('FR0000000002')]), TAB, 5);
    expect((await getState()).snapshot?.unreadRows).toBe(600);
    toTab().mockResolvedValue({ ok: true, found: true });
    expect(await readAll()).toEqual({ ok: true, found: true });
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledTimes(2);
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(TAB, { type: 'page:read-all' }, { frameId: 0 });
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(TAB, { type: 'page:read-all' }, { frameId: 3 });
  });

  it('has nothing to ask when every row was read, and says so when the page does not answer', async () => {
    expect(await readAll()).toEqual({ ok: true, found: false });
    await sendSnapshot(claimsSnapshot());
    expect(await readAll()).toEqual({ ok: true, found: true });
    expect(fakeBrowser.tabs.sendMessage).not.toHaveBeenCalled();
    await sendSnapshot(partial(300));
    toTab().mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await readAll()).toEqual({ ok: false, error: 'the page did not answer' });
  });

  it('accepts the request from extension pages only', async () => {
    await sendSnapshot(partial(300));
    const refused = await handleMessage(
      { type: 'tab:read-all', tabId: TAB },
      contentSender(TAB, 0, claimsSnapshot().url),
    );
    expect(refused).toMatchObject({ ok: false });
    expect(fakeBrowser.tabs.sendMessage).not.toHaveBeenCalled();
  });
});

describe('background: a popup state while a result is being written', () => {
  it('waits for the write when the settings changed since that result was evaluated', async () => {
    await sendSnapshot(claimsSnapshot());
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    let release: () => void = () => undefined;
    const slow = vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementationOnce(async (items) => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return set(items);
    });
    await sendSnapshot(claimsSnapshot([deniedClaim('AC0000000003')]));
    // A different rules date now: the remembered evaluation does not hold; the popup waits for the queue.
    await fakeBrowser.storage.local.set({ settings: { ...defaultSettings(), asOfDate: '2026-01-15' } });
    let answered = false;
    const pending = getState().then((state) => {
      answered = true;
      return state;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answered).toBe(false);
    release();
    slow.mockRestore();
    const state = await pending;
    expect(state.asOf).toBe('2026-01-15');
    expect(state.claims.map((c) => c.claimId)).toEqual(['AC0000000003']);
  });
});
