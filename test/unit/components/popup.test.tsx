/** The popup with a fake background: answers, provenance, edits, empty state, errors, claims and letters views. */
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OverrideValue, PopupState } from '@/lib/model/messages';
import type { Case } from '@/lib/model/case';
import { evaluate } from '@/lib/rules/evaluate';
import { formatReason } from '@/lib/rules/messages';
import { PopupApp } from '@/entrypoints/popup/App';
import type { PopupApi } from '@/entrypoints/popup/api';
import { tabIdFromQuery } from '@/entrypoints/popup/api';
import { emptyPopupState, pageCase, popupState, userFact } from './fixtures';

// Lazy views load a chunk: allow for a busy machine.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function fakeApi(initial: PopupState, options: { language?: string } = {}) {
  let state = initial;
  const api = {
    resolveTabId: vi.fn(async () => state.tabId),
    getState: vi.fn(async (_tabId: number) => state),
    overrideFact: vi.fn(async (_tabId: number, _path: string, _value: OverrideValue) => state),
    readPage: vi.fn(async (_tabId: number) => ({ ok: true as const, found: true })),
    readAll: vi.fn(async (_tabId: number) => ({ ok: true as const, found: true })),
    uiLanguage: () => options.language ?? 'en-US',
    openOptions: vi.fn(),
    set(next: PopupState) {
      state = next;
    },
  };
  return api satisfies PopupApi & { set(next: PopupState): void };
}

async function renderPopup(api: PopupApi) {
  render(<PopupApp api={api} />);
  await waitFor(() => expect(screen.queryByTestId('loading')).toBeNull());
}

describe('popup answers', () => {
  it('shows the three answers, the cost breakdown and each reason from the trace', async () => {
    const state = popupState();
    await renderPopup(fakeApi(state));
    expect(screen.getByRole('main')).toBeTruthy();
    const referral = screen.getByTestId('answer-referral');
    expect(within(referral).getByTestId('answer-referral-value').textContent).toBe('Yes, referral needed');
    const referralTrace = state.page!.assessment!.trace.find((entry) =>
      entry.ruleId.startsWith('referral.'),
    )!;
    expect(referral.textContent).toContain(formatReason(referralTrace, 'en'));
    expect(referral.textContent).toContain(referralTrace.source.name);
    expect(screen.getByTestId('answer-preauth-value').textContent).toBe('No approval needed');
    expect(screen.getByTestId('answer-appeal-value').textContent).toBe('Nothing to appeal');
    const total = state.page!.assessment!.outOfPocket!.total;
    expect(screen.getByTestId('answer-cost-value').textContent).toBe(`$${total.toFixed(2)}`);
    expect(screen.getByTestId('page-line').textContent).toBe('Read from member.acme-health.example');
  });

  it('starts with a claim that has answers when the page itself cannot be answered', async () => {
    const state = popupState({ missing: ['plan.kind'] });
    const unanswered = { ...state, page: { ...state.page!, case: null, assessment: null } };
    await renderPopup(fakeApi(unanswered));
    expect(screen.getByTestId('answers-view').dataset.subject).toBe('claim:0');
    fireEvent.change(screen.getByLabelText('Answers for'), { target: { value: 'page' } });
    expect(screen.getByTestId('unanswered').textContent).toBe(
      'We need a few more facts to answer. Fill them in below.',
    );
    const row = screen.getAllByTestId('fact').find((element) => element.dataset.path === 'plan.kind')!;
    expect(row.dataset.unknown).toBe('true');
  });

  it('says where each fact was read on the page', async () => {
    // Deductible first (no copay): the estimate uses the deductible, whose page text the background recorded.
    await renderPopup(
      fakeApi(popupState({ pageCaseValue: pageCase({ copay: null, copayAppliesBeforeDeductible: false }) })),
    );
    expect(screen.getByTestId('answer-cost').textContent).toContain(
      'read from “Deductible $200.00 of $1,500.00” on this page',
    );
  });

  it('lists the next steps as a checklist', async () => {
    await renderPopup(fakeApi(popupState()));
    const steps = within(screen.getByTestId('next-steps')).getAllByRole('checkbox');
    expect(steps.length).toBe(popupState().page!.assessment!.appeal.nextSteps.length);
    expect(
      screen.getByLabelText('Get a referral from your primary care doctor before the visit.'),
    ).toBeTruthy();
  });

  it('shows an appeal deadline and days left for a denied claim', async () => {
    const state = popupState();
    await renderPopup(fakeApi(state));
    fireEvent.change(screen.getByLabelText('Answers for'), { target: { value: 'claim:0' } });
    const appeal = state.claims[0]!.assessment!.appeal;
    const card = screen.getByTestId('answer-appeal');
    expect(within(card).getByTestId('answer-appeal-value').textContent).toBe('Yes, you can appeal');
    expect(card.textContent).toContain(`${appeal.daysLeft} days left`);
    expect(card.textContent).toContain('Deadline ');
    expect(card.textContent).toContain('read from “Status: Denied” on this page');
  });

  it('renders unknown facts as inputs; an edit sends facts:override and re-renders with the answer', async () => {
    const unknownCase: Case = pageCase({ sbcReferralRequired: null });
    const start = popupState({ pageCaseValue: unknownCase, missing: ['plan.sbcReferralRequired'] });
    const api = fakeApi(start);
    const answered = popupState({
      pageCaseValue: pageCase({ sbcReferralRequired: false }),
      extraFacts: [userFact('plan.sbcReferralRequired', false)],
    });
    api.overrideFact.mockImplementation(async () => answered);
    await renderPopup(api);

    const row = screen
      .getAllByTestId('fact')
      .find((element) => element.dataset.path === 'plan.sbcReferralRequired')!;
    expect(row.dataset.unknown).toBe('true');
    expect(within(row).getByText('Unknown')).toBeTruthy();
    const select = within(row).getByRole('combobox');
    fireEvent.change(select, { target: { value: 'false' } });
    fireEvent.submit(select.closest('form')!);

    await waitFor(() =>
      expect(screen.getByTestId('answer-referral-value').textContent).toBe('No referral needed'),
    );
    expect(api.overrideFact).toHaveBeenCalledWith(start.tabId, 'plan.sbcReferralRequired', false);
    expect(evaluate(answered.page!.case!).referralNeeded).toBe(false);
    const after = screen
      .getAllByTestId('fact')
      .find((element) => element.dataset.path === 'plan.sbcReferralRequired')!;
    expect(after.dataset.unknown).toBe('false');
    expect(after.textContent).toContain('your value');
  });

  it('sends claim-scoped fact paths for a claim', async () => {
    const api = fakeApi(popupState());
    await renderPopup(api);
    fireEvent.change(screen.getByLabelText('Answers for'), { target: { value: 'claim:1' } });
    const row = screen.getAllByTestId('fact').find((element) => element.dataset.unknown === 'true')!;
    expect(row.dataset.path).toBe('claims[CLM-1002].service.kind');
    const select = within(row).getByRole('combobox');
    fireEvent.change(select, { target: { value: 'surgery' } });
    fireEvent.submit(select.closest('form')!);
    await waitFor(() =>
      expect(api.overrideFact).toHaveBeenCalledWith(7, 'claims[CLM-1002].service.kind', 'surgery'),
    );
  });

  it('shows a failed save as an alert and keeps the answers', async () => {
    const start = popupState({
      pageCaseValue: pageCase({ sbcReferralRequired: null }),
      missing: ['plan.sbcReferralRequired'],
    });
    const api = fakeApi(start);
    api.overrideFact.mockRejectedValue(new Error('storage full'));
    await renderPopup(api);
    const row = screen
      .getAllByTestId('fact')
      .find((element) => element.dataset.path === 'plan.sbcReferralRequired')!;
    fireEvent.change(within(row).getByRole('combobox'), { target: { value: 'true' } });
    fireEvent.submit(within(row).getByRole('combobox').closest('form')!);
    await waitFor(() =>
      expect(screen.getByTestId('notice-save-error').textContent).toContain('storage full'),
    );
    expect(screen.getByTestId('answer-referral')).toBeTruthy();
  });

  it('shows the canary and storage notices', async () => {
    const state = {
      ...popupState(),
      canary: { adapterId: 'acme-member', missing: ['#claims'] },
      notices: ['present.notice.profileReset'],
    };
    await renderPopup(fakeApi(state));
    expect(screen.getByTestId('notice-canary').textContent).toBe(
      'This page changed; facts may be incomplete.',
    );
    expect(screen.getByTestId('notice-present.notice.profileReset').textContent).toContain(
      'could not be read',
    );
  });
});

describe('popup states', () => {
  it('shows the empty state and reads the page on a click', async () => {
    const api = fakeApi(emptyPopupState());
    await renderPopup(api);
    expect(screen.getByRole('heading', { name: 'Open your insurer’s claims or benefits page' })).toBeTruthy();
    api.readPage.mockImplementation(async () => {
      api.set(popupState());
      return { ok: true, found: true };
    });
    fireEvent.click(screen.getByRole('button', { name: 'Read this page anyway' }));
    await waitFor(() => expect(screen.getByTestId('answer-referral')).toBeTruthy());
    expect(api.readPage).toHaveBeenCalledWith(9);
  });

  it('says at once when the page read on request held nothing', async () => {
    const api = fakeApi(emptyPopupState());
    await renderPopup(api);
    api.readPage.mockImplementation(async () => ({ ok: true, found: false }));
    const calls = api.getState.mock.calls.length;
    fireEvent.click(screen.getByRole('button', { name: 'Read this page anyway' }));
    await waitFor(() =>
      expect(screen.getByTestId('empty-state').textContent).toContain(
        'We could not find plan details or claims on this page.',
      ),
    );
    // One look at the state, no polling for a snapshot that will not come.
    expect(api.getState.mock.calls.length).toBe(calls + 1);
    expect(screen.getByRole('button', { name: 'Read this page anyway' })).toBeTruthy();
  });

  it('says why when the page could not be read on request', async () => {
    const api = fakeApi(emptyPopupState());
    await renderPopup(api);
    api.readPage.mockRejectedValue(
      new Error('could not read this page (Cannot access contents of the page)'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Read this page anyway' }));
    await waitFor(() =>
      expect(screen.getByTestId('empty-state').textContent).toContain(
        'This page could not be read: could not read this page (Cannot access contents of the page)',
      ),
    );
    expect(screen.getByRole('button', { name: 'Read this page anyway' })).not.toHaveProperty(
      'disabled',
      true,
    );
  });

  it('reads the rest of a long list read in part when it opens, showing the answers so far meanwhile', async () => {
    const partial = popupState();
    partial.snapshot = { ...partial.snapshot!, unreadRows: 1850 };
    const api = fakeApi(partial);
    let finish: () => void = () => undefined;
    api.readAll.mockImplementation(
      () =>
        new Promise((resolve) => {
          finish = () => {
            api.set(popupState());
            resolve({ ok: true, found: true });
          };
        }),
    );
    await renderPopup(api);
    // The answers read so far are shown while the rest is read; the notice says how much is missing.
    expect(screen.getByTestId('answer-referral')).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByTestId('notice-reading-rest').textContent).toContain('1,850 more rows'),
    );
    await waitFor(() => expect(api.readAll).toHaveBeenCalledTimes(1));
    expect(api.readAll).toHaveBeenCalledWith(partial.tabId);
    finish();
    await waitFor(() => expect(screen.queryByTestId('notice-reading-rest')).toBeNull());
    expect(screen.queryByTestId('notice-unread-rows')).toBeNull();
    expect(screen.getByTestId('answer-referral')).toBeTruthy();
  });

  it('says what is not read when the rest of a long list cannot be read, and lets the user try again', async () => {
    const partial = popupState();
    partial.snapshot = { ...partial.snapshot!, unreadRows: 300 };
    const api = fakeApi(partial);
    api.readAll.mockRejectedValueOnce(new Error('the page did not answer'));
    await renderPopup(api);
    await waitFor(() =>
      expect(screen.getByTestId('notice-unread-rows').textContent).toContain(
        '(300 rows) could not be read: the page did not answer',
      ),
    );
    const notice = screen.getByTestId('notice-unread-rows');
    expect(notice.textContent).toContain('cover only the claims read so far');
    // Asked once per opening, not in a loop.
    expect(api.readAll).toHaveBeenCalledTimes(1);
    api.readAll.mockImplementationOnce(async () => {
      api.set(popupState());
      return { ok: true, found: true };
    });
    fireEvent.click(within(notice).getByRole('button', { name: 'Read the whole list' }));
    await waitFor(() => expect(screen.queryByTestId('notice-unread-rows')).toBeNull());
    expect(api.readAll).toHaveBeenCalledTimes(2);
  });

  it('shows a readable error panel when the background fails, and retries', async () => {
    const api = fakeApi(popupState());
    api.getState.mockRejectedValueOnce(new Error('No answer to popup:get-state'));
    await renderPopup(api);
    const panel = screen.getByTestId('error-panel');
    expect(panel.textContent).toContain('Something went wrong — your data is safe');
    fireEvent.click(within(panel).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByTestId('answer-referral')).toBeTruthy());
  });

  it('never renders a blank popup when a view throws', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = popupState();
    // A state that passed the schema but breaks rendering (e.g. a future background bug).
    (broken.page!.assessment as unknown as { trace: unknown }).trace = null;
    await renderPopup(fakeApi(broken));
    expect(screen.getByTestId('error-panel').textContent).toContain('your data is safe');
    expect(screen.getByRole('main')).toBeTruthy();
  });

  it('follows the browser language, and the setting overrides it', async () => {
    const state = popupState();
    await renderPopup(fakeApi(state, { language: 'es-MX' }));
    expect(screen.getByTestId('answer-referral-value').textContent).toBe('Sí, necesita un referido');
    const referralTrace = state.page!.assessment!.trace.find((entry) =>
      entry.ruleId.startsWith('referral.'),
    )!;
    const spanishReason = formatReason(referralTrace, 'es');
    expect(spanishReason).not.toBe(referralTrace.reason);
    expect(screen.getByTestId('answer-referral').textContent).toContain(spanishReason);
    expect(screen.getByRole('heading', { name: '¿Necesita un referido (remisión)?' })).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe('es'));
    cleanup();
    const english = { ...popupState(), settings: { ...popupState().settings, locale: 'en' as const } };
    await renderPopup(fakeApi(english, { language: 'es-MX' }));
    expect(screen.getByTestId('answer-referral-value').textContent).toBe('Yes, referral needed');
  });

  it('reads the tab id from ?tab=', () => {
    expect(tabIdFromQuery('?tab=42')).toBe(42);
    expect(tabIdFromQuery('?tab=4x')).toBeNull();
    expect(tabIdFromQuery('')).toBeNull();
  });
});

describe('claims and letters views', () => {
  let downloads: Array<{ name: string; blob: Blob }>;
  beforeEach(() => {
    downloads = [];
    const blobs = new Map<string, Blob>();
    let counter = 0;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      const url = `blob:test-${counter++}`;
      blobs.set(url, blob as Blob);
      return url;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push({ name: this.download, blob: blobs.get(this.href)! });
    });
  });

  it('lists claims sorted by deadline and exports CSV, JSON and .ics', async () => {
    const state = popupState();
    await renderPopup(fakeApi(state));
    fireEvent.click(screen.getByTestId('nav-claims'));
    await waitFor(() => expect(screen.getByTestId('claims-table')).toBeTruthy());
    const ids = screen.getAllByTestId('claim-row').map((row) => row.dataset.claimId);
    // CLM-1002's notice is older, so its deadline comes first.
    expect(ids).toEqual(['CLM-1002', 'CLM-1001']);

    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    fireEvent.click(screen.getByRole('button', { name: 'Deadlines to calendar (.ics)' }));
    expect(downloads.map((download) => download.name)).toEqual([
      expect.stringMatching(/^coverage-lens-claims-\d{4}-\d{2}-\d{2}\.csv$/),
      expect.stringMatching(/^coverage-lens-claims-\d{4}-\d{2}-\d{2}\.json$/),
      expect.stringMatching(/^coverage-lens-deadlines-\d{4}-\d{2}-\d{2}\.ics$/),
    ]);
    const csv = await downloads[0]!.blob.text();
    expect(csv.split(/\r?\n/)[0]).toContain('claimId');
    expect(csv).toContain('CLM-1001');
    const json = JSON.parse(await downloads[1]!.blob.text()) as {
      assessments: Array<{ claimId: string | null }>;
    };
    expect(json.assessments.map((entry) => entry.claimId)).toEqual(
      expect.arrayContaining(['CLM-1001', 'CLM-1002']),
    );
    const ics = await downloads[2]!.blob.text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain(
      `DTSTART;VALUE=DATE:${state.claims[0]!.assessment!.appeal.deadline!.replace(/-/g, '')}`,
    );
    expect(screen.getByTestId('export-status').textContent).toMatch(/^Saved coverage-lens-deadlines/);
  });

  it('opens a claim’s answers from the table', async () => {
    await renderPopup(fakeApi(popupState()));
    fireEvent.click(screen.getByTestId('nav-claims'));
    await waitFor(() => expect(screen.getByTestId('claims-table')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Show answers for claim CLM-1001' }));
    expect(screen.getByTestId('answers-view').dataset.subject).toBe('claim:0');
  });

  it('fills a letter with visible blanks and copies and downloads it', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await renderPopup(fakeApi(popupState()));
    fireEvent.change(screen.getByLabelText('Answers for'), { target: { value: 'claim:0' } });
    fireEvent.click(screen.getByTestId('nav-letters'));
    await waitFor(() => expect(screen.getByTestId('letters-view')).toBeTruthy());
    const picker = screen.getByLabelText('Letter') as HTMLSelectElement;
    expect([...picker.options].map((option) => option.value)).toEqual(
      expect.arrayContaining([
        'appeal',
        'lmn-request',
        'records-request',
        'preauth-request',
        'external-review',
        'erisa-claim-file',
      ]),
    );
    fireEvent.change(picker, { target: { value: 'appeal' } });
    const text = screen.getByTestId('letter-text');
    expect(text.textContent).toContain('CLM-1001');
    expect(text.querySelectorAll('mark.cl-blank').length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(screen.getByText('The letter was copied.')).toBeTruthy());
    expect(writeText.mock.calls[0]![0]).toContain(text.textContent!);
    fireEvent.click(screen.getByRole('button', { name: 'Download (.txt)' }));
    expect(downloads[0]!.name).toMatch(/^coverage-lens-appeal-\d{4}-\d{2}-\d{2}\.txt$/);
    expect(await downloads[0]!.blob.text()).toContain(text.textContent!);
  });

  it('prints through window.print', async () => {
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true, writable: true });
    await renderPopup(fakeApi(popupState()));
    fireEvent.click(screen.getByTestId('nav-letters'));
    await waitFor(() => expect(screen.getByTestId('letters-view')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
  });
});
