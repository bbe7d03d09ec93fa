import { useEffect, useState } from 'react';
import type { SessionFilter, SessionSummary } from '../../../shared/contract/host';
import { host } from '../host/hostClient';
import type { MessageKey } from '../../../shared/i18n/messages';
import { errorMessageKey, reportError } from '../state/actions';

/** What a session list shows: still loading, the rows, or nothing because the host failed (banner says why). */
export type SessionListState = { kind: 'loading' } | { kind: 'loaded'; sessions: SessionSummary[] } | { kind: 'failed'; messageKey: MessageKey };

/**
 * Asks the host for the sessions matching `filter` whenever the filter's content changes; answers that
 * arrive after a newer request was sent are dropped, so fast typing never shows stale rows.
 */
export function useSessionList(filter: SessionFilter): { list: SessionListState; retry: () => void } {
  const [state, setState] = useState<SessionListState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const filterKey = JSON.stringify(filter);

  useEffect(() => {
    let current = true;
    setState((previous) => (previous.kind === 'loaded' ? previous : { kind: 'loading' }));
    // `attempt` is read so that retry() re-runs this effect with the same filter.
    void attempt;
    host.listSessions(JSON.parse(filterKey) as SessionFilter).then(
      (sessions) => {
        if (current) setState({ kind: 'loaded', sessions });
      },
      (error: unknown) => {
        if (!current) return;
        reportError(error);
        setState({ kind: 'failed', messageKey: errorMessageKey(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [filterKey, attempt]);

  return { list: state, retry: () => setAttempt((count) => count + 1) };
}

/** `value` after it has stopped changing for `delayMs` (for the search box). */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}
