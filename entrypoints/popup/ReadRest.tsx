/**
 * A long claims list read in part (`snapshot.unreadRows`, issue 7: the page reads the rows near the viewport, the rest
 * when they are needed): opening the popup is when they are needed, so the rest is read at once, the answers shown
 * so far stay on screen meanwhile, and the whole list replaces them when it arrives. Unknown is shown as unknown: the
 * notice says how many rows are not read yet; if the page does not answer, it says so and offers to try again.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { Notice } from '@/components/Notice';
import { useLocale, useT } from '@/components/i18n';
import { intlLocale } from '@/lib/present/format';
import type { PopupState } from '@/lib/model/messages';
import type { PopupApi } from './api';

export interface ReadRestProps {
  api: PopupApi;
  tabId: number | null;
  state: PopupState;
  setState: (state: PopupState) => void;
}

export function ReadRest({ api, tabId, state, setState }: ReadRestProps) {
  const t = useT();
  const locale = useLocale();
  const unread = state.snapshot?.unreadRows ?? 0;
  const [failed, setFailed] = useState<string | null>(null);
  // Reading from the first paint when there is a rest to read (the effect below asks for it at once).
  const [reading, setReading] = useState(unread > 0);
  const asked = useRef(false);

  const readRest = useCallback(async () => {
    if (tabId === null) return;
    setReading(true);
    setFailed(null);
    try {
      await api.readAll(tabId);
      setState(await api.getState(tabId));
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setReading(false);
    }
  }, [api, tabId, setState]);

  useEffect(() => {
    if (unread === 0 || asked.current) return;
    // Once per opening: a page that still leaves rows unread after that is offered a button, not a loop.
    asked.current = true;
    void readRest();
  }, [unread, readRest]);

  if (unread === 0) return null;
  const count = unread.toLocaleString(intlLocale(locale));
  if (reading)
    return (
      <Notice tone="info" testId="notice-reading-rest">
        {t('ui.rest.reading', { count })}
      </Notice>
    );
  return (
    <Notice tone={failed ? 'alert' : 'warn'} testId="notice-unread-rows">
      <p>{failed ? t('ui.rest.failed', { count, message: failed }) : t('ui.rest.unread', { count })}</p>
      <button type="button" class="cl-button" onClick={() => void readRest()} data-testid="read-rest">
        {t('ui.rest.read')}
      </button>
    </Notice>
  );
}
