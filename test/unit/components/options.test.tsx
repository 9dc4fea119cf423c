/** The options page with a fake background: profile, settings, portals, export / import, delete all data. */
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MemberProfile, Settings } from '@/lib/model/profile';
import { defaultSettings } from '@/lib/model/profile';
import { OptionsApp } from '@/entrypoints/options/App';
import { MANUAL_PROFILE_KEY } from '@/lib/profile/merge';
import type { OptionsApi } from '@/entrypoints/options/api';
import { hostOfPattern, originPatternFrom, userOrigins } from '@/entrypoints/options/origins';
import { pageFact, profile } from './fixtures';

// Lazy views load a chunk: allow for a busy machine.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function fakeApi(initial: { profiles?: MemberProfile[]; settings?: Settings; language?: string } = {}) {
  let profiles = initial.profiles ?? [];
  let settings = initial.settings ?? defaultSettings();
  let granted: string[] = ['https://*.uhc.com/*'];
  const respond = () => ({ ok: true as const, profile: profiles[0] ?? null, profiles, notices: [] });
  const api = {
    getProfiles: vi.fn(async () => respond()),
    saveProfile: vi.fn(async (saved: MemberProfile) => {
      profiles = [saved, ...profiles.filter((candidate) => candidate.key !== saved.key)];
      return respond();
    }),
    importProfiles: vi.fn(async (_json: string) => respond()),
    exportProfiles: vi.fn(async () => ({
      ok: true as const,
      json: '{}',
      filename: 'coverage-lens-profile.json',
    })),
    getSettings: vi.fn(async () => ({ ok: true as const, settings, notices: [] })),
    saveSettings: vi.fn(async (next: Settings) => {
      settings = next;
      return { ok: true as const, settings, notices: [] };
    }),
    wipe: vi.fn(async () => {
      profiles = [];
      settings = defaultSettings();
      return { ok: true as const, remaining: { local: 0, session: 0, sync: 0 } };
    }),
    grantedOrigins: vi.fn(async () => granted),
    requestOrigins: vi.fn(async (origins: string[]) => {
      granted = [...granted, ...origins];
      return true;
    }),
    removeOrigins: vi.fn(async (origins: string[]) => {
      granted = granted.filter((origin) => !origins.includes(origin));
      return true;
    }),
    uiLanguage: () => initial.language ?? 'en-US',
  };
  return api satisfies OptionsApi;
}

async function renderOptions(api: OptionsApi) {
  render(<OptionsApp api={api} />);
  await waitFor(() => expect(screen.getByTestId('options-profile')).toBeTruthy());
}

describe('options: profile', () => {
  it('shows the stored figures with where they were read, and saves edits as user facts', async () => {
    const stored = profile([
      pageFact('plan.deductible.individual', 1500, 'Deductible', 'Deductible $200.00 of $1,500.00'),
      pageFact('plan.type', 'HMO', 'Plan', 'Plan type: HMO'),
    ]);
    const api = fakeApi({ profiles: [stored] });
    await renderOptions(api);
    const deductible = screen.getByLabelText('Deductible for you (in network)') as HTMLInputElement;
    expect(deductible.value).toBe('1500');
    expect(screen.getByTestId('options-profile').textContent).toContain(
      'read from “Deductible $200.00 of $1,500.00”',
    );
    fireEvent.input(deductible, { target: { value: '2,000' } });
    fireEvent.input(screen.getByLabelText('Your share after the deductible (coinsurance, out of network)'), {
      target: { value: '40' },
    });
    fireEvent.change(screen.getByLabelText('Kind of plan (employer, individual, Medicare, Medicaid)'), {
      target: { value: 'aca-individual' },
    });
    fireEvent.click(screen.getByTestId('save-profile'));
    await waitFor(() => expect(api.saveProfile).toHaveBeenCalledOnce());
    const saved = api.saveProfile.mock.calls[0]![0];
    expect(saved.key).toBe(stored.key);
    expect(saved.facts['plan.deductible.individual']).toMatchObject({ value: 2000, origin: 'user' });
    expect(saved.pageFacts['plan.deductible.individual']).toMatchObject({ value: 1500, origin: 'page' });
    expect(saved.facts['plan.outOfNetwork.coinsurance']).toMatchObject({ value: 0.4, origin: 'user' });
    expect(saved.facts['plan.kind']).toMatchObject({ value: 'aca-individual', origin: 'user' });
    expect(saved.facts['plan.type']).toMatchObject({ value: 'HMO', origin: 'page' });
    await waitFor(() =>
      expect(screen.getByTestId('profile-status').textContent).toBe('Your plan details were saved.'),
    );
  });

  it('refuses invalid figures and names the field', async () => {
    const api = fakeApi();
    await renderOptions(api);
    const input = screen.getByLabelText('Specialist visit copay (in network)');
    fireEvent.input(input, { target: { value: 'fifty' } });
    fireEvent.click(screen.getByTestId('save-profile'));
    await waitFor(() => expect(screen.getByTestId('profile-status').textContent).toContain('(1)'));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(api.saveProfile).not.toHaveBeenCalled();
  });

  it('creates a profile when none is stored yet', async () => {
    const api = fakeApi();
    await renderOptions(api);
    expect(
      screen.getByText('No plan details yet. Open your benefits page, or enter them here.'),
    ).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Family deductible (in network)'), { target: { value: 'none' } });
    fireEvent.click(screen.getByTestId('save-profile'));
    await waitFor(() => expect(api.saveProfile).toHaveBeenCalledOnce());
    const saved = api.saveProfile.mock.calls[0]![0];
    expect(saved.key).toBe(MANUAL_PROFILE_KEY);
    expect(saved.facts['plan.deductible.family']).toMatchObject({ value: 'none', origin: 'user' });
  });
});

describe('options: settings and portals', () => {
  it('saves retention and language, and switches the page language', async () => {
    const api = fakeApi();
    await renderOptions(api);
    fireEvent.input(screen.getByLabelText('Forget facts after (days)'), { target: { value: '90' } });
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'es' } });
    fireEvent.click(screen.getByTestId('save-settings'));
    await waitFor(() => expect(api.saveSettings).toHaveBeenCalledOnce());
    expect(api.saveSettings.mock.calls[0]![0]).toMatchObject({ retentionDays: 90, locale: 'es' });
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Configuración de Coverage Lens'),
    );
    await waitFor(() => expect(document.documentElement.lang).toBe('es'));
  });

  it('refuses a retention outside 1–3650 days', async () => {
    const api = fakeApi();
    await renderOptions(api);
    fireEvent.input(screen.getByLabelText('Forget facts after (days)'), { target: { value: '0' } });
    fireEvent.click(screen.getByTestId('save-settings'));
    await waitFor(() =>
      expect(screen.getByText('Enter a whole number of days from 1 to 3650.')).toBeTruthy(),
    );
    expect(api.saveSettings).not.toHaveBeenCalled();
  });

  it('lists the built-in portals and asks for a new origin in the click', async () => {
    const api = fakeApi();
    await renderOptions(api);
    expect(within(screen.getByTestId('builtin-portals')).getByText('*.uhc.com')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Add another portal (its web address)'), {
      target: { value: 'https://portal.example-insurer.com/claims' },
    });
    fireEvent.click(screen.getByTestId('add-portal'));
    // Synchronously inside the click: the browser shows the prompt only in the user gesture.
    expect(api.requestOrigins).toHaveBeenCalledWith(['https://portal.example-insurer.com/*']);
    await waitFor(() =>
      expect(
        within(screen.getByTestId('added-portals')).getByText(/portal\.example-insurer\.com/),
      ).toBeTruthy(),
    );
    expect(api.saveSettings).toHaveBeenCalledWith(
      expect.objectContaining({ enabledOptionalOrigins: ['https://portal.example-insurer.com/*'] }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove portal.example-insurer.com' }));
    await waitFor(() =>
      expect(api.removeOrigins).toHaveBeenCalledWith(['https://portal.example-insurer.com/*']),
    );
  });

  it('explains a bad origin without asking the browser', async () => {
    const api = fakeApi();
    await renderOptions(api);
    fireEvent.input(screen.getByLabelText('Add another portal (its web address)'), {
      target: { value: 'http://x.example.com' },
    });
    fireEvent.click(screen.getByTestId('add-portal'));
    expect(screen.getByRole('alert').textContent).toBe('Only secure (https) sites can be added.');
    expect(api.requestOrigins).not.toHaveBeenCalled();
  });

  it('turns typed addresses into match patterns', () => {
    expect(originPatternFrom('portal.example.com')).toEqual({ pattern: 'https://portal.example.com/*' });
    expect(originPatternFrom(' HTTPS://Portal.Example.com/a/b?c ')).toEqual({
      pattern: 'https://portal.example.com/*',
    });
    expect(originPatternFrom('')).toEqual({ error: 'empty' });
    expect(originPatternFrom('localhost')).toEqual({ error: 'invalid' });
    expect(originPatternFrom('ftp://files.example.com')).toEqual({ error: 'not-https' });
    expect(originPatternFrom('member.uhc.com')).toEqual({ error: 'built-in' });
    expect(hostOfPattern('https://*.aetna.com/*')).toBe('*.aetna.com');
    expect(userOrigins(['https://*.aetna.com/*', 'https://a.example.com/*', 'http://127.0.0.1/*'])).toEqual([
      'https://a.example.com/*',
    ]);
  });
});

describe('options: data', () => {
  it('exports the profiles as a JSON download', async () => {
    const clicks: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    const api = fakeApi();
    await renderOptions(api);
    fireEvent.click(screen.getByTestId('export-profile'));
    await waitFor(() => expect(clicks).toEqual(['coverage-lens-profile.json']));
  });

  it('refuses a file that is not JSON with a clear error, and passes JSON to the background', async () => {
    const api = fakeApi();
    await renderOptions(api);
    const input = screen.getByLabelText('Import plan details (JSON file)') as HTMLInputElement;
    const pick = (file: File) => {
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      fireEvent.change(input);
    };
    pick(new File(['not json'], 'notes.txt', { type: 'text/plain' }));
    await waitFor(() =>
      expect(screen.getByTestId('data-status').textContent).toBe(
        '“notes.txt” is not a JSON file, so nothing was imported.',
      ),
    );
    expect(api.importProfiles).not.toHaveBeenCalled();

    api.importProfiles.mockRejectedValueOnce(new Error('profile.key: expected a string'));
    pick(new File(['{"x":{}}'], 'bad.json', { type: 'application/json' }));
    await waitFor(() =>
      expect(screen.getByTestId('data-status').textContent).toContain('profile.key: expected a string'),
    );
    expect(api.importProfiles).toHaveBeenCalledWith('{"x":{}}');
  });

  it('deletes all data only after a confirmation, then shows that storage is empty', async () => {
    const api = fakeApi({ profiles: [profile([pageFact('plan.type', 'PPO', 'Plan', 'PPO')])] });
    await renderOptions(api);
    fireEvent.click(screen.getByTestId('wipe'));
    expect(api.wipe).not.toHaveBeenCalled();
    expect(screen.getByTestId('wipe-confirm').textContent).toContain('It cannot be undone.');
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await waitFor(() =>
      expect(screen.getByTestId('wipe-result').textContent).toBe(
        'All data deleted. Coverage Lens storage is now empty.',
      ),
    );
    expect(api.wipe).toHaveBeenCalledOnce();
    await waitFor(() =>
      expect((screen.getByLabelText('Plan type (HMO, PPO, …)') as HTMLSelectElement).value).toBe(''),
    );
  });

  it('renders in Spanish when the browser is Spanish', async () => {
    await renderOptions(fakeApi({ language: 'es-ES' }));
    expect(screen.getByRole('button', { name: 'Borrar todos los datos…' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Su plan' })).toBeTruthy();
  });
});
