/**
 * Any render error below this point shows a readable panel with a retry, never a blank popup. The error message is
 * shown as text for support; nothing is sent anywhere.
 */
import { Component, type ComponentChildren } from 'preact';
import { useT } from './i18n';

export interface ErrorBoundaryProps {
  children?: ComponentChildren;
  /** Called on "Try again" after the boundary has cleared its error (e.g. to reload state). */
  onRetry?: () => void;
}

interface ErrorBoundaryState {
  error: Error | null;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static override getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown): void {
    // Kept in the extension's own console for debugging; never leaves the machine.
    console.error('Coverage Lens: render error', error);
  }

  retry = () => {
    this.setState({ error: null });
    this.props.onRetry?.();
  };

  override render() {
    if (this.state.error) return <ErrorPanel message={this.state.error.message} onRetry={this.retry} />;
    return this.props.children;
  }
}

export function ErrorPanel({ message, onRetry }: { message?: string; onRetry?: () => void }) {
  const t = useT();
  return (
    <section class="cl-error" role="alert" data-testid="error-panel" aria-labelledby="cl-error-title">
      <h2 id="cl-error-title">{t('ui.error.title')}</h2>
      <p>{t('ui.error.body')}</p>
      {message ? (
        <p class="cl-error__detail">
          {t('ui.error.detail')} <code>{message}</code>
        </p>
      ) : null}
      {onRetry ? (
        <button type="button" class="cl-button" onClick={onRetry}>
          {t('ui.error.retry')}
        </button>
      ) : null}
    </section>
  );
}
