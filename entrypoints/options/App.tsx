/**
 * Options: the member profile (plan kind and type, figures for both tiers), retention and language, which portals
 * the extension may read, export / import of the profile, and "Delete all data".
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import '@/lib/i18n/en-ui';
import { resolveLocale, hasMessage, t as translate, type Locale, type MessageKey } from '@/lib/i18n/core';
import { SUPPORTED_PORTAL_MATCHES } from '@/lib/portals/hosts';
import type { DataWipeResponse } from '@/lib/model/messages';
import type { MemberProfile, Settings } from '@/lib/model/profile';
import { MANUAL_PROFILE_KEY, applyOverride, emptyProfile } from '@/lib/profile/merge';
import { fieldFor, NONE_VALUE } from '@/lib/profile/fields';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { parseFactInput } from '@/components/FactsEditor';
import { factLabel, optionLabel } from '@/components/fact-labels';
import { LocaleProvider, useLoadedLocale, useLocale, useT } from '@/components/i18n';
import { loadCatalogs, PAGE_PARTS } from '@/lib/i18n/load';
import { Notice } from '@/components/Notice';
import { downloadText } from '@/components/download';
import type { OptionsApi } from './api';
import { hostOfPattern, originPatternFrom, userOrigins } from './origins';

const TIER_SUFFIXES = [
  'deductible.individual',
  'deductible.family',
  'oopMax.individual',
  'oopMax.family',
  'copay',
  'coinsurance',
] as const;

export const PROFILE_FORM_GROUPS: ReadonlyArray<{ legend: MessageKey; paths: string[] }> = [
  { legend: 'ui.options.profile.planGroup', paths: ['plan.kind', 'plan.type'] },
  { legend: 'ui.options.profile.inNetwork', paths: TIER_SUFFIXES.map((suffix) => `plan.${suffix}`) },
  {
    legend: 'ui.options.profile.outOfNetwork',
    paths: TIER_SUFFIXES.map((suffix) => `plan.outOfNetwork.${suffix}`),
  },
];
const PROFILE_PATHS = PROFILE_FORM_GROUPS.flatMap((group) => group.paths);

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function domId(path: string): string {
  return 'cl-opt-' + path.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** The text an input starts with for a stored fact value. */
function inputText(path: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  const field = fieldFor(path);
  if (value === NONE_VALUE) return NONE_VALUE;
  if (field?.kind === 'percent' && typeof value === 'number') return String(Math.round(value * 10000) / 100);
  return String(value);
}

/** The form's starting text for every field of a profile (empty when unknown). */
function inputsFor(profile: MemberProfile | null): Record<string, string> {
  return Object.fromEntries(
    PROFILE_PATHS.map((path) => [path, inputText(path, profile?.facts[path]?.value)]),
  );
}

function profileTitle(profile: MemberProfile, t: ReturnType<typeof useT>): string {
  const who = profile.member.name ?? profile.member.id ?? t('ui.options.profile.unnamed');
  return profile.planName ? `${who} — ${profile.planName}` : who;
}

// ---------------------------------------------------------------------------------------------------------------

interface ProfileFormProps {
  api: OptionsApi;
  profiles: MemberProfile[];
  onSaved: (profiles: MemberProfile[], selectedKey: string) => void;
}

function ProfileForm({ api, profiles, onSaved }: ProfileFormProps) {
  const t = useT();
  const locale = useLocale();
  const [selectedKey, setSelectedKey] = useState<string | null>(profiles[0]?.key ?? null);
  const profile = profiles.find((candidate) => candidate.key === selectedKey) ?? profiles[0] ?? null;
  const [inputs, setInputs] = useState<Record<string, string>>(() => inputsFor(profile));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ tone: 'ok' | 'alert'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  const select = (key: string) => {
    setSelectedKey(key);
    setInputs(inputsFor(profiles.find((candidate) => candidate.key === key) ?? null));
    setErrors({});
    setStatus(null);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const now = new Date();
    const nextErrors: Record<string, string> = {};
    let next: MemberProfile = profile ?? emptyProfile(MANUAL_PROFILE_KEY, now);
    for (const path of PROFILE_PATHS) {
      const field = fieldFor(path);
      if (!field) continue;
      const raw = (inputs[path] ?? '').trim();
      const current = next.facts[path];
      if (raw === '') {
        // Blank clears the user's own value (the page's value, if any, applies again); page facts stay.
        if (current?.origin === 'user') next = applyOverride(next, path, null, now);
        continue;
      }
      const value =
        field.allowsNone && raw.toLowerCase() === NONE_VALUE ? NONE_VALUE : parseFactInput(field.kind, raw);
      if (value === undefined) {
        nextErrors[path] = translate(locale, `ui.facts.invalid.${field.kind}`);
        continue;
      }
      if (current && current.value === value) continue;
      try {
        next = applyOverride(next, path, value, now);
      } catch (error) {
        nextErrors[path] = messageOf(error);
      }
    }
    setErrors(nextErrors);
    if (Object.keys(nextErrors).length > 0) {
      setStatus({
        tone: 'alert',
        text: t('ui.options.profile.fixErrors', { count: Object.keys(nextErrors).length }),
      });
      return;
    }
    setSaving(true);
    try {
      const response = await api.saveProfile(next);
      setStatus({ tone: 'ok', text: t('ui.options.profile.saved') });
      onSaved(response.profiles, next.key);
      setSelectedKey(next.key);
      setInputs(inputsFor(response.profiles.find((candidate) => candidate.key === next.key) ?? next));
    } catch (error) {
      setStatus({ tone: 'alert', text: t('ui.options.saveFailed', { message: messageOf(error) }) });
    } finally {
      setSaving(false);
    }
  };

  const renderField = (path: string) => {
    const field = fieldFor(path);
    if (!field) return null;
    const id = domId(path);
    const error = errors[path];
    const hintId = `${id}-hint`;
    const errorId = `${id}-error`;
    const fact = profile?.facts[path];
    const describedBy = [
      field.kind === 'money' || field.kind === 'percent' ? hintId : '',
      error ? errorId : '',
    ]
      .filter(Boolean)
      .join(' ');
    const onInput = (value: string) => setInputs((previous) => ({ ...previous, [path]: value }));
    return (
      <div class="cl-form-row" key={path} data-path={path}>
        <label for={id} class="cl-field-label">
          {factLabel(path, locale)}
        </label>
        {field.kind === 'enum' ? (
          <select id={id} value={inputs[path] ?? ''} onChange={(event) => onInput(event.currentTarget.value)}>
            <option value="">{t('ui.facts.unknownOption')}</option>
            {(field.values ?? []).map((value) => (
              <option key={value} value={value}>
                {optionLabel(field, value, locale)}
              </option>
            ))}
          </select>
        ) : (
          <input
            id={id}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={inputs[path] ?? ''}
            onInput={(event) => onInput(event.currentTarget.value)}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={describedBy || undefined}
          />
        )}
        {field.kind === 'money' || field.kind === 'percent' ? (
          <p id={hintId} class="cl-hint">
            {t(
              field.kind === 'money'
                ? field.allowsNone
                  ? 'ui.options.hint.moneyNone'
                  : 'ui.facts.hint.money'
                : 'ui.facts.hint.percent',
            )}
          </p>
        ) : null}
        {fact ? (
          <p class="cl-hint">
            {fact.origin === 'user'
              ? t('ui.provenance.entered')
              : fact.source
                ? t('ui.provenance.readFrom', { text: fact.source.text })
                : t('ui.provenance.profile')}
          </p>
        ) : null}
        {error ? (
          <p id={errorId} class="cl-field-error">
            {error}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <section class="cl-card" aria-labelledby="cl-opt-profile" data-testid="options-profile">
      <h2 id="cl-opt-profile">{t('ui.options.profile.title')}</h2>
      <p class="cl-muted">{t('ui.options.profile.intro')}</p>
      {profiles.length > 1 ? (
        <div class="cl-form-row">
          <label for="cl-opt-profile-pick" class="cl-field-label">
            {t('ui.options.profile.pick')}
          </label>
          <select
            id="cl-opt-profile-pick"
            value={profile?.key ?? ''}
            onChange={(event) => select(event.currentTarget.value)}
          >
            {profiles.map((candidate) => (
              <option key={candidate.key} value={candidate.key}>
                {profileTitle(candidate, t)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {!profile ? <p>{t('ui.options.profile.none')}</p> : null}
      <form onSubmit={(event) => void save(event)} noValidate>
        {PROFILE_FORM_GROUPS.map((group) => (
          <fieldset key={group.legend} class="cl-fieldset">
            <legend>{t(group.legend)}</legend>
            <div class="cl-form-grid">{group.paths.map(renderField)}</div>
          </fieldset>
        ))}
        <div class="cl-actions">
          <button type="submit" class="cl-button" disabled={saving} data-testid="save-profile">
            {t('ui.options.profile.save')}
          </button>
        </div>
      </form>
      {status ? (
        <Notice tone={status.tone} testId="profile-status">
          {status.text}
        </Notice>
      ) : null}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------------------------

function GeneralForm({
  api,
  settings,
  onSaved,
}: {
  api: OptionsApi;
  settings: Settings;
  onSaved: (settings: Settings) => void;
}) {
  const t = useT();
  const [retention, setRetention] = useState(String(settings.retentionDays));
  const [language, setLanguage] = useState<Settings['locale']>(settings.locale);
  const [status, setStatus] = useState<{ tone: 'ok' | 'alert'; text: string } | null>(null);
  const [retentionError, setRetentionError] = useState<string | null>(null);

  const save = async (event: Event) => {
    event.preventDefault();
    const days = /^\d+$/.test(retention.trim()) ? Number(retention.trim()) : NaN;
    if (!Number.isInteger(days) || days < 1 || days > 3650) {
      setRetentionError(t('ui.options.general.retentionInvalid'));
      return;
    }
    setRetentionError(null);
    try {
      const response = await api.saveSettings({ ...settings, retentionDays: days, locale: language });
      const saved = resolveLocale(response.settings.locale, api.uiLanguage());
      // The confirmation is worded in the new language: its strings may still be loading.
      await loadCatalogs(saved, PAGE_PARTS).catch(() => undefined);
      onSaved(response.settings);
      setStatus({ tone: 'ok', text: translate(saved, 'ui.options.general.saved') });
    } catch (error) {
      setStatus({ tone: 'alert', text: t('ui.options.saveFailed', { message: messageOf(error) }) });
    }
  };

  return (
    <section class="cl-card" aria-labelledby="cl-opt-general" data-testid="options-general">
      <h2 id="cl-opt-general">{t('ui.options.general.title')}</h2>
      <form onSubmit={(event) => void save(event)} noValidate>
        <div class="cl-form-row">
          <label for="cl-opt-language" class="cl-field-label">
            {t('ui.options.general.language')}
          </label>
          <select
            id="cl-opt-language"
            value={language}
            onChange={(event) => setLanguage(event.currentTarget.value as Settings['locale'])}
          >
            <option value="auto">{t('ui.options.general.languageAuto')}</option>
            <option value="en" lang="en">
              English
            </option>
            <option value="es" lang="es">
              Español
            </option>
          </select>
        </div>
        <div class="cl-form-row">
          <label for="cl-opt-retention" class="cl-field-label">
            {t('ui.options.general.retention')}
          </label>
          <input
            id="cl-opt-retention"
            type="number"
            min={1}
            max={3650}
            step={1}
            value={retention}
            onInput={(event) => setRetention(event.currentTarget.value)}
            aria-invalid={retentionError ? 'true' : undefined}
            aria-describedby={
              retentionError ? 'cl-opt-retention-hint cl-opt-retention-error' : 'cl-opt-retention-hint'
            }
          />
          <p id="cl-opt-retention-hint" class="cl-hint">
            {t('ui.options.general.retentionHint')}
          </p>
          {retentionError ? (
            <p id="cl-opt-retention-error" class="cl-field-error">
              {retentionError}
            </p>
          ) : null}
        </div>
        <div class="cl-actions">
          <button type="submit" class="cl-button" data-testid="save-settings">
            {t('ui.options.general.save')}
          </button>
        </div>
      </form>
      {status ? (
        <Notice tone={status.tone} testId="settings-status">
          {status.text}
        </Notice>
      ) : null}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------------------------

function PortalsSection({
  api,
  settings,
  onSettings,
}: {
  api: OptionsApi;
  settings: Settings;
  onSettings: (settings: Settings) => void;
}) {
  const t = useT();
  const [granted, setGranted] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setGranted(userOrigins(await api.grantedOrigins()));
    } catch {
      setGranted([]);
    }
  }, [api]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const recordOrigins = async (origins: string[]) => {
    try {
      const response = await api.saveSettings({ ...settings, enabledOptionalOrigins: origins });
      onSettings(response.settings);
    } catch (saveError) {
      setError(t('ui.options.saveFailed', { message: messageOf(saveError) }));
    }
  };

  // permissions.request runs first in the click handler: the browser shows its prompt only inside the user gesture.
  const add = (event: Event) => {
    event.preventDefault();
    setStatus(null);
    const parsed = originPatternFrom(input);
    if ('error' in parsed) {
      setError(t(`ui.options.portals.error.${parsed.error}`));
      return;
    }
    setError(null);
    api
      .requestOrigins([parsed.pattern])
      .then(async (ok) => {
        if (!ok) {
          setError(t('ui.options.portals.denied'));
          return;
        }
        setInput('');
        setStatus(t('ui.options.portals.added', { host: hostOfPattern(parsed.pattern) }));
        await recordOrigins([...new Set([...settings.enabledOptionalOrigins, parsed.pattern])]);
        await refresh();
      })
      .catch((requestError: unknown) =>
        setError(t('ui.options.portals.failed', { message: messageOf(requestError) })),
      );
  };

  const remove = (origin: string) => {
    api
      .removeOrigins([origin])
      .then(async () => {
        setStatus(t('ui.options.portals.removed', { host: hostOfPattern(origin) }));
        await recordOrigins(settings.enabledOptionalOrigins.filter((candidate) => candidate !== origin));
        await refresh();
      })
      .catch((removeError: unknown) =>
        setError(t('ui.options.portals.failed', { message: messageOf(removeError) })),
      );
  };

  return (
    <section class="cl-card" aria-labelledby="cl-opt-portals" data-testid="options-portals">
      <h2 id="cl-opt-portals">{t('ui.options.portals.title')}</h2>
      <p class="cl-muted">{t('ui.options.portals.intro')}</p>
      <h3>{t('ui.options.portals.builtIn')}</h3>
      <ul class="cl-host-list" data-testid="builtin-portals">
        {SUPPORTED_PORTAL_MATCHES.map((pattern) => (
          <li key={pattern}>{hostOfPattern(pattern)}</li>
        ))}
      </ul>
      <h3>{t('ui.options.portals.added.title')}</h3>
      {granted.length === 0 ? (
        <p class="cl-muted">{t('ui.options.portals.noneAdded')}</p>
      ) : (
        <ul class="cl-host-list" data-testid="added-portals">
          {granted.map((origin) => (
            <li key={origin}>
              {hostOfPattern(origin)}{' '}
              <button
                type="button"
                class="cl-button cl-button--quiet"
                onClick={() => remove(origin)}
                aria-label={t('ui.options.portals.removeNamed', { host: hostOfPattern(origin) })}
              >
                {t('ui.options.portals.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} noValidate class="cl-inline-form">
        <label for="cl-opt-origin" class="cl-field-label">
          {t('ui.options.portals.addLabel')}
        </label>
        <div class="cl-inline-form__row">
          <input
            id="cl-opt-origin"
            type="text"
            inputMode="url"
            autoComplete="off"
            placeholder="https://portal.example.com"
            value={input}
            onInput={(event) => setInput(event.currentTarget.value)}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'cl-opt-origin-hint cl-opt-origin-error' : 'cl-opt-origin-hint'}
          />
          <button type="submit" class="cl-button" data-testid="add-portal">
            {t('ui.options.portals.add')}
          </button>
        </div>
        <p id="cl-opt-origin-hint" class="cl-hint">
          {t('ui.options.portals.addHint')}
        </p>
        {error ? (
          <p id="cl-opt-origin-error" class="cl-field-error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
      {status ? (
        <Notice tone="ok" testId="portals-status">
          {status}
        </Notice>
      ) : null}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------------------------

function DataSection({ api, onChanged }: { api: OptionsApi; onChanged: () => Promise<void> }) {
  const t = useT();
  const [status, setStatus] = useState<{ tone: 'ok' | 'alert'; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [wiped, setWiped] = useState<DataWipeResponse['remaining'] | null>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  const exportProfiles = async () => {
    try {
      const response = await api.exportProfiles();
      downloadText(response.filename, response.json, 'application/json');
      setStatus({ tone: 'ok', text: t('ui.options.data.exported', { file: response.filename }) });
    } catch (error) {
      setStatus({ tone: 'alert', text: t('ui.options.data.exportFailed', { message: messageOf(error) }) });
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setStatus(null);
    try {
      const text = await file.text();
      try {
        JSON.parse(text);
      } catch {
        setStatus({ tone: 'alert', text: t('ui.options.data.importNotJson', { file: file.name }) });
        return;
      }
      const response = await api.importProfiles(text);
      setStatus({ tone: 'ok', text: t('ui.options.data.imported', { count: response.profiles.length }) });
      await onChanged();
    } catch (error) {
      setStatus({ tone: 'alert', text: t('ui.options.data.importFailed', { message: messageOf(error) }) });
    } finally {
      input.value = '';
    }
  };

  const wipe = async () => {
    try {
      const response = await api.wipe();
      setWiped(response.remaining);
      setConfirming(false);
      setStatus(null);
      await onChanged();
    } catch (error) {
      setStatus({ tone: 'alert', text: t('ui.options.data.wipeFailed', { message: messageOf(error) }) });
    }
  };

  const total = wiped ? wiped.local + wiped.session + wiped.sync : 0;
  return (
    <section class="cl-card" aria-labelledby="cl-opt-data" data-testid="options-data">
      <h2 id="cl-opt-data">{t('ui.options.data.title')}</h2>
      <p class="cl-muted">{t('ui.options.data.intro')}</p>
      <div class="cl-actions">
        <button
          type="button"
          class="cl-button"
          onClick={() => void exportProfiles()}
          data-testid="export-profile"
        >
          {t('ui.options.data.export')}
        </button>
      </div>
      <div class="cl-form-row">
        <label for="cl-opt-import" class="cl-field-label">
          {t('ui.options.data.import')}
        </label>
        <input
          id="cl-opt-import"
          type="file"
          accept="application/json,.json"
          onChange={(event) => void importFile(event.currentTarget)}
          aria-describedby="cl-opt-import-hint"
          data-testid="import-profile"
        />
        <p id="cl-opt-import-hint" class="cl-hint">
          {t('ui.options.data.importHint')}
        </p>
      </div>
      {status ? (
        <Notice tone={status.tone} testId="data-status">
          {status.text}
        </Notice>
      ) : null}
      <h3>{t('ui.options.data.deleteTitle')}</h3>
      <button
        type="button"
        class="cl-button cl-button--danger"
        ref={deleteButton}
        aria-expanded={confirming}
        aria-controls="cl-opt-confirm-panel"
        onClick={() => {
          setWiped(null);
          setConfirming((open) => !open);
        }}
        data-testid="wipe"
      >
        {t('ui.options.data.delete')}
      </button>
      {confirming ? (
        <div
          id="cl-opt-confirm-panel"
          class="cl-confirm"
          role="group"
          aria-labelledby="cl-opt-confirm"
          data-testid="wipe-confirm"
        >
          <h4 id="cl-opt-confirm" tabIndex={-1} ref={confirmHeading}>
            {t('ui.options.data.confirmTitle')}
          </h4>
          <p>{t('ui.options.data.confirmBody')}</p>
          <div class="cl-actions">
            <button
              type="button"
              class="cl-button cl-button--danger"
              onClick={() => void wipe()}
              data-testid="wipe-confirm-yes"
            >
              {t('ui.options.data.confirmYes')}
            </button>
            <button
              type="button"
              class="cl-button cl-button--quiet"
              onClick={() => {
                setConfirming(false);
                deleteButton.current?.focus();
              }}
            >
              {t('ui.common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {wiped ? (
        <Notice tone={total === 0 ? 'ok' : 'alert'} testId="wipe-result">
          {total === 0
            ? t('ui.options.data.wiped')
            : t('ui.options.data.wipeIncomplete', {
                local: wiped.local,
                session: wiped.session,
                sync: wiped.sync,
              })}
        </Notice>
      ) : null}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------------------------

type Load =
  | { phase: 'loading' }
  | { phase: 'error'; message: string }
  | { phase: 'ready'; profiles: MemberProfile[]; settings: Settings; notices: string[] };

export function OptionsApp({ api }: { api: OptionsApi }) {
  const [load, setLoad] = useState<Load>({ phase: 'loading' });
  const [profilesVersion, setProfilesVersion] = useState(0);

  const reload = useCallback(async () => {
    try {
      const [profiles, settings] = await Promise.all([api.getProfiles(), api.getSettings()]);
      // A Spanish page loads its strings before the first paint (no flash of English); failures fall back to English.
      await loadCatalogs(resolveLocale(settings.settings.locale, api.uiLanguage()), PAGE_PARTS).catch(
        () => undefined,
      );
      setLoad({
        phase: 'ready',
        profiles: profiles.profiles,
        settings: settings.settings,
        notices: [...new Set([...profiles.notices, ...settings.notices])],
      });
      setProfilesVersion((version) => version + 1);
    } catch (error) {
      setLoad({ phase: 'error', message: messageOf(error) });
    }
  }, [api]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const locale: Locale = useLoadedLocale(
    resolveLocale(load.phase === 'ready' ? load.settings.locale : 'auto', api.uiLanguage()),
  );
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translate(locale, 'ui.options.title');
  }, [locale]);

  const setSettings = (settings: Settings) =>
    setLoad((previous) => (previous.phase === 'ready' ? { ...previous, settings } : previous));

  return (
    <LocaleProvider locale={locale}>
      <OptionsFrame>
        <ErrorBoundary onRetry={() => void reload()}>
          {load.phase === 'loading' ? <LoadingLine /> : null}
          {load.phase === 'error' ? <LoadError message={load.message} onRetry={() => void reload()} /> : null}
          {load.phase === 'ready' ? (
            <>
              {load.notices.map((key) => (
                <Notice key={key} tone="info">
                  {hasMessage(key) ? translate(locale, key) : key}
                </Notice>
              ))}
              <ProfileForm
                key={profilesVersion}
                api={api}
                profiles={load.profiles}
                onSaved={(profiles) =>
                  setLoad((previous) => (previous.phase === 'ready' ? { ...previous, profiles } : previous))
                }
              />
              <GeneralForm key={profilesVersion} api={api} settings={load.settings} onSaved={setSettings} />
              <PortalsSection api={api} settings={load.settings} onSettings={setSettings} />
              <DataSection api={api} onChanged={reload} />
            </>
          ) : null}
        </ErrorBoundary>
      </OptionsFrame>
    </LocaleProvider>
  );
}

function OptionsFrame({ children }: { children: ComponentChildren }) {
  const t = useT();
  return (
    <main class="cl-options" aria-labelledby="cl-options-title">
      <h1 id="cl-options-title">{t('ui.options.title')}</h1>
      {children}
    </main>
  );
}

function LoadingLine() {
  const t = useT();
  return (
    <p role="status" class="cl-muted">
      {t('ui.loading')}
    </p>
  );
}

function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  const t = useT();
  return (
    <Notice tone="alert" title={t('ui.error.title')}>
      <p>{t('ui.options.loadFailed', { message })}</p>
      <button type="button" class="cl-button" onClick={onRetry}>
        {t('ui.error.retry')}
      </button>
    </Notice>
  );
}
