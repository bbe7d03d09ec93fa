import { Component, type ErrorInfo, type ReactNode } from 'react';
import { translate } from '../../../shared/i18n/messages';
import { useUiStore } from '../state/uiStore';

interface AppErrorBoundaryState {
  error: Error | null;
}

/**
 * Last line of defence: a rendering error anywhere below shows a readable, translated page with a
 * reload button instead of a blank window. Reads the language straight from the store because hooks
 * are not available in class components and the tree below may be broken.
 */
export class AppErrorBoundary extends Component<{ children: ReactNode }, AppErrorBoundaryState> {
  override state: AppErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): AppErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('[sispamkota] render error', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const language = useUiStore.getState().settings.language;
    return (
      <main className="fatal-error" role="alert" data-testid="fatal-error">
        <h1>{translate(language, 'error.boundaryTitle')}</h1>
        <p>{translate(language, 'error.boundaryHint')}</p>
        <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
          {translate(language, 'error.reload')}
        </button>
        <details>
          <summary>{translate(language, 'error.details')}</summary>
          <pre>{error.message}</pre>
        </details>
      </main>
    );
  }
}
