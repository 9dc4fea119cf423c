/**
 * A notice strip: the page-changed canary, storage notices, confirmations. `alert` tone is announced at once (role
 * alert); the others politely (role status).
 */
import type { ComponentChildren } from 'preact';
import { useT } from './i18n';

export type NoticeTone = 'info' | 'warn' | 'alert' | 'ok';

export interface NoticeProps {
  tone?: NoticeTone;
  title?: string;
  children?: ComponentChildren;
  onDismiss?: () => void;
  testId?: string;
}

export function Notice({ tone = 'info', title, children, onDismiss, testId }: NoticeProps) {
  const t = useT();
  return (
    <div
      class={`cl-notice cl-notice--${tone}`}
      role={tone === 'alert' ? 'alert' : 'status'}
      data-testid={testId}
    >
      <div class="cl-notice__body">
        {title ? <strong class="cl-notice__title">{title}</strong> : null}
        {children ? <div>{children}</div> : null}
      </div>
      {onDismiss ? (
        <button type="button" class="cl-button cl-button--quiet" onClick={onDismiss}>
          {t('ui.notice.dismiss')}
        </button>
      ) : null}
    </div>
  );
}
