/**
 * The popup: three answers at a glance (referral, pre-authorization, appeal), the cost estimate, the facts behind them
 * (unknown ones to fill in), the next steps; a claims view for clinic staff and a letters view, loaded when opened.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentChildren, ComponentType } from 'preact';
import { resolveLocale, type Locale } from '@/lib/i18n/core';
import { loadCatalogs, PAGE_PARTS } from '@/lib/i18n/load';
import type { OverrideValue, PopupState } from '@/lib/model/messages';
import { ErrorBoundary, ErrorPanel } from '@/components/ErrorBoundary';
import { LocaleProvider, useLoadedLocale, useLocale, useT } from '@/components/i18n';
import { Notice } from '@/components/Notice';
import type { PopupApi } from './api';
import { loadReasons } from './reasons';
import { AnswersView } from './AnswersView';
import { ReadRest } from './ReadRest';
import { noticeViews, subjectsOf } from './view-model';
import type { ClaimsViewProps } from './ClaimsView';
import type { LettersViewProps } from './LettersView';

type Load =
  | { phase: 'loading' }
  | { phase: 'no-tab' }
  | { phase: 'error'; message: string }
  | { phase: 'ready'; state: PopupState };

export type PopupView = 'answers' | 'claims' | 'letters';

/** Loads a secondary view's module on first use (a separate chunk), so the first paint stays small. */
function useLazy<P>(load: (() => Promise<ComponentType<P>>) | null): ComponentType<P> | null {
  const [component, setComponent] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    if (!load || component) return;
    let live = true;
    void load().then((loaded) => {
      if (live) setComponent(() => loaded);
    });
    return () => {
      live = false;
    };
  }, [load, component]);
  return component;
}

const loadClaimsView = () => import('./ClaimsView').then((module) => module.ClaimsView);
/** The letters view and its strings (the letters catalog, ~13 kB gzipped per language, is needed only here). */
const lettersViewLoader = (locale: Locale) => () =>
  Promise.all([import('./LettersView'), loadCatalogs(locale, ['letters', ...PAGE_PARTS])]).then(
    ([module]) => module.LettersView,
  );

/** The tab the popup is about and its state, fetched as soon as the popup's script runs (see main.tsx). */
export interface PopupStart {
  tabId: number | null;
  state: PopupState | null;
}

/** Resolves the tab and asks the background for its state; call before rendering so the two overlap. */
export async function startLoad(api: PopupApi): Promise<PopupStart> {
  mark('start');
  const tabId = await api.resolveTabId();
  const state = tabId === null ? null : await api.getState(tabId);
  mark('state');
  return { tabId, state };
}

/** User-timing marks (`coverage-lens:popup:*`) for `npm run bench` diagnosis; free when nobody reads them. */
function mark(name: string): void {
  globalThis.performance?.mark?.(`coverage-lens:popup:${name}`);
}

/** What the first paint of `state` needs besides the state: the reasons and strings of its language. */
async function prepareLocale(api: PopupApi, state: PopupState): Promise<void> {
  const locale = resolveLocale(state.settings.locale, api.uiLanguage());
  await Promise.all([loadReasons(locale), loadCatalogs(locale, PAGE_PARTS)]);
}

function hostOf(url: string | null): string {
  if (!url) return '';
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/** Polls the state after a "read this page" click until the page's snapshot arrives (or gives up). */
async function waitForSnapshot(
  api: PopupApi,
  tabId: number,
  attempts = 15,
  delayMs = 400,
): Promise<PopupState> {
  let state = await api.getState(tabId);
  for (let attempt = 0; attempt < attempts && !state.snapshot; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    state = await api.getState(tabId);
  }
  return state;
}

function EmptyState({
  onRead,
  reading,
  failed,
}: {
  onRead?: () => void;
  reading: boolean;
  failed: string | null;
}) {
  const t = useT();
  return (
    <section class="cl-card cl-empty" aria-labelledby="cl-empty-title" data-testid="empty-state">
      <h2 id="cl-empty-title">{t('ui.empty.title')}</h2>
      <p>{t('ui.empty.body')}</p>
      {onRead ? (
        <>
          <p class="cl-muted">{t('ui.empty.readHint')}</p>
          <button type="button" class="cl-button" onClick={onRead} disabled={reading} data-testid="read-page">
            {reading ? t('ui.empty.reading') : t('ui.empty.read')}
          </button>
        </>
      ) : null}
      {failed ? <Notice tone="alert">{failed}</Notice> : null}
    </section>
  );
}

function ViewNav({
  view,
  onView,
  claimCount,
}: {
  view: PopupView;
  onView: (view: PopupView) => void;
  claimCount: number;
}) {
  const t = useT();
  const items: Array<{ id: PopupView; label: string }> = [
    { id: 'answers', label: t('ui.nav.answers') },
    { id: 'claims', label: t('ui.nav.claims', { count: claimCount }) },
    { id: 'letters', label: t('ui.nav.letters') },
  ];
  return (
    <nav class="cl-nav" aria-label={t('ui.nav.label')}>
      {items.map((item) => (
        <button
          key={item.id}
          type="button"
          class="cl-nav__item"
          aria-current={view === item.id ? 'page' : undefined}
          onClick={() => onView(item.id)}
          data-testid={`nav-${item.id}`}
        >
          {item.label}
        </button>
      ))}
    </nav>
  );
}

interface PopupBodyProps {
  api: PopupApi;
  load: Load;
  tabId: number | null;
  setState: (state: PopupState) => void;
  reload: () => void;
  initialView?: PopupView;
}

function PopupBody({ api, load, tabId, setState, reload, initialView = 'answers' }: PopupBodyProps) {
  const t = useT();
  const locale = useLocale();
  const [view, setView] = useState<PopupView>(initialView);
  const [subject, setSubject] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [readFailed, setReadFailed] = useState<string | null>(null);
  const ClaimsView = useLazy<ClaimsViewProps>(view === 'claims' ? loadClaimsView : null);
  const loadLettersView = useMemo(() => lettersViewLoader(locale), [locale]);
  const LettersView = useLazy<LettersViewProps>(view === 'letters' ? loadLettersView : null);

  const onOverride = useCallback(
    async (path: string, value: OverrideValue) => {
      if (tabId === null) return;
      setBusy(true);
      setSaveError(null);
      try {
        setState(await api.overrideFact(tabId, path, value));
      } catch (error) {
        setSaveError(
          t('ui.facts.saveFailed', { message: error instanceof Error ? error.message : String(error) }),
        );
      } finally {
        setBusy(false);
      }
    },
    [api, tabId, setState, t],
  );

  const onRead = useCallback(async () => {
    if (tabId === null) return;
    setReading(true);
    setReadFailed(null);
    try {
      const { found } = await api.readPage(tabId);
      // The answer comes once the read was stored; a state without it (a frame still sending) is asked again.
      const state = found ? await waitForSnapshot(api, tabId) : await api.getState(tabId);
      setState(state);
      if (!state.snapshot) setReadFailed(t('ui.empty.nothingFound'));
    } catch (error) {
      setReadFailed(
        t('ui.empty.readFailed', { message: error instanceof Error ? error.message : String(error) }),
      );
    } finally {
      setReading(false);
    }
  }, [api, tabId, setState, t]);

  if (load.phase === 'loading') {
    return (
      <p role="status" class="cl-muted" data-testid="loading">
        {t('ui.loading')}
      </p>
    );
  }
  if (load.phase === 'error') return <ErrorPanel message={load.message} onRetry={reload} />;
  if (load.phase === 'no-tab') return <EmptyState reading={false} failed={null} />;

  const state = load.state;
  const notices = noticeViews(state, locale);
  const subjects = subjectsOf(state);
  const noticeList = (
    <>
      {notices.map((notice) => (
        <Notice key={notice.key} tone={notice.tone} testId={`notice-${notice.key}`}>
          {notice.text}
        </Notice>
      ))}
      {saveError ? (
        <Notice tone="alert" onDismiss={() => setSaveError(null)} testId="notice-save-error">
          {saveError}
        </Notice>
      ) : null}
    </>
  );

  if (!state.snapshot) {
    return (
      <>
        {noticeList}
        <EmptyState onRead={() => void onRead()} reading={reading} failed={readFailed} />
      </>
    );
  }

  const host = hostOf(state.url);
  return (
    <>
      <p class="cl-page-line cl-muted" data-testid="page-line">
        {t('ui.page.reading', { host: host || state.portal || '' })}
      </p>
      {noticeList}
      <ReadRest api={api} tabId={tabId} state={state} setState={setState} />
      {subjects.length === 0 ? (
        <section class="cl-card" data-testid="nothing-to-evaluate" aria-labelledby="cl-nothing-title">
          <h2 id="cl-nothing-title">{t('ui.page.nothingTitle')}</h2>
          <p>{t('ui.page.nothingBody')}</p>
        </section>
      ) : (
        <>
          <ViewNav view={view} onView={setView} claimCount={state.claims.length} />
          {view === 'answers' ? (
            <AnswersView
              state={state}
              subjectKey={subject}
              onSubject={setSubject}
              onOverride={onOverride}
              busy={busy}
            />
          ) : null}
          {view === 'claims' ? (
            ClaimsView ? (
              <ClaimsView
                state={state}
                onSelect={(key) => {
                  setSubject(key);
                  setView('answers');
                }}
              />
            ) : (
              <p role="status" class="cl-muted">
                {t('ui.loading')}
              </p>
            )
          ) : null}
          {view === 'letters' ? (
            LettersView ? (
              <LettersView state={state} subjectKey={subject} />
            ) : (
              <p role="status" class="cl-muted">
                {t('ui.loading')}
              </p>
            )
          ) : null}
        </>
      )}
    </>
  );
}

export interface PopupAppProps {
  api: PopupApi;
  initialView?: PopupView;
  /** The first load, already started (main.tsx starts it before rendering); later reloads ask again. */
  start?: Promise<PopupStart>;
}

export function PopupApp({ api, initialView, start }: PopupAppProps) {
  const [load, setLoad] = useState<Load>({ phase: 'loading' });
  const [tabId, setTabId] = useState<number | null>(null);
  const started = useRef(start);

  const reload = useCallback(async () => {
    const first = started.current;
    started.current = undefined;
    if (!first) setLoad({ phase: 'loading' });
    try {
      const { tabId: id, state } = await (first ?? startLoad(api));
      setTabId(id);
      if (id === null || state === null) {
        setLoad({ phase: 'no-tab' });
        return;
      }
      await prepareLocale(api, state);
      setLoad({ phase: 'ready', state });
    } catch (error) {
      setLoad({ phase: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, [api]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const setState = useCallback((state: PopupState) => setLoad({ phase: 'ready', state }), []);
  const locale: Locale = useLoadedLocale(
    resolveLocale(load.phase === 'ready' ? load.state.settings.locale : 'auto', api.uiLanguage()),
  );

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  return (
    <LocaleProvider locale={locale}>
      <PopupFrame api={api}>
        <ErrorBoundary onRetry={() => void reload()}>
          <PopupBody
            api={api}
            load={load}
            tabId={tabId}
            setState={setState}
            reload={() => void reload()}
            initialView={initialView}
          />
        </ErrorBoundary>
      </PopupFrame>
    </LocaleProvider>
  );
}

function PopupFrame({ api, children }: { api: PopupApi; children: ComponentChildren }) {
  const t = useT();
  return (
    <main class="cl-popup" aria-labelledby="cl-popup-title">
      <header class="cl-popup__header">
        <h1 id="cl-popup-title">{t('ui.appName')}</h1>
        <button
          type="button"
          class="cl-button cl-button--quiet"
          onClick={() => api.openOptions()}
          data-testid="open-options"
        >
          {t('ui.popup.settings')}
        </button>
      </header>
      {children}
    </main>
  );
}
