import { useId, useState } from 'react';
import type { SessionFilter, SessionSummary } from '../../../shared/contract/host';
import { localeOf, useLanguage, useT } from '../i18n/useT';
import { venueNameKey } from '../scene/previewVenues';
import { ScreenFrame } from '../ui/ScreenFrame';
import { useDebouncedValue, useSessionList } from './useSessionList';
import { resumeSession } from '../play/gameFlow';
import { ImportSessionButton } from '../library/ImportSessionButton';
import { SessionRowActions } from '../library/SessionRowActions';
import { resumeLine } from '../library/resumeLine';

/** Props of {@link SessionListScreen}. */
export interface SessionListScreenProps {
  /** `resume`: unfinished sessions only; `archive`: every session, with a text search. */
  kind: 'resume' | 'archive';
}

const UNFINISHED: SessionFilter = { status: ['planning', 'resolving'] };

/** "Lanjutkan" and "Arsip & Debrief": the stored sessions from the host, or a clear empty state. */
export function SessionListScreen({ kind }: SessionListScreenProps) {
  const t = useT();
  const searchId = useId();
  const [search, setSearch] = useState('');
  const text = useDebouncedValue(search.trim(), 250);
  const filter: SessionFilter = kind === 'resume' ? UNFINISHED : text ? { text } : {};
  const { list, retry } = useSessionList(filter);

  const emptyMessage = kind === 'resume' ? t('sessions.emptyResume') : text ? t('sessions.noMatches') : t('sessions.empty');

  return (
    <ScreenFrame
      title={kind === 'resume' ? t('sessions.resumeTitle') : t('sessions.archiveTitle')}
      testId={kind === 'resume' ? 'screen-resume' : 'screen-archive'}
    >
      {kind === 'archive' && <ImportSessionButton onImported={retry} />}
      {kind === 'archive' && (
        <div className="search-row">
          <label htmlFor={searchId}>{t('sessions.search')}</label>
          <input
            id={searchId}
            type="search"
            value={search}
            maxLength={200}
            placeholder={t('sessions.searchPlaceholder')}
            data-testid="session-search"
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
      )}
      <section className="panel session-list" aria-live="polite">
        {list.kind === 'loading' && <p role="status">{t('sessions.loading')}</p>}
        {list.kind === 'failed' && (
          <div className="list-failed" data-testid="sessions-failed">
            <p>{t(list.messageKey)}</p>
            <button type="button" className="button" onClick={retry}>
              {t('sessions.retry')}
            </button>
          </div>
        )}
        {list.kind === 'loaded' && list.sessions.length === 0 && (
          <p className="empty-state" data-testid="sessions-empty">
            {emptyMessage}
          </p>
        )}
        {list.kind === 'loaded' && list.sessions.length > 0 && (
          <>
            <p className="list-count">{t('sessions.count', { count: list.sessions.length })}</p>
            <ul data-testid="sessions-list">
              {list.sessions.map((session) => (
                <SessionRow key={session.id} session={session} resumable={kind === 'resume'} onChanged={retry} />
              ))}
            </ul>
          </>
        )}
      </section>
    </ScreenFrame>
  );
}

/** One stored session: name, branch origin, venue, status, turn and when it last changed. */
function SessionRow({ session, resumable, onChanged }: { session: SessionSummary; resumable: boolean; onChanged: () => void }) {
  const t = useT();
  const language = useLanguage();
  const venueKey = venueNameKey(session.venueId);
  const updated = new Date(session.updatedAt);
  const updatedText = Number.isNaN(updated.getTime())
    ? session.updatedAt
    : new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' }).format(updated);
  return (
    <li className="session-row" data-testid="session-row">
      <span className="session-name">{session.name}</span>
      {session.branchOf && <BranchBadge origin={session.branchOf} />}
      <span className={`status-chip status-${session.status}`}>{t(`status.${session.status}`)}</span>
      <span>
        {t('sessions.venue')}: {venueKey ? t(venueKey) : session.venueId}
      </span>
      <span data-testid="session-turn">{resumeLine(session, t, session.nextPlayer)}</span>
      <span>
        {t('sessions.updated')}: {updatedText}
      </span>
      {!resumable && <SessionRowActions session={session} onChanged={onChanged} />}
      {resumable && (
        <button type="button" className="button button-small" onClick={() => void resumeSession(session.id)} data-testid="session-open">
          {t('game.open')}
        </button>
      )}
    </li>
  );
}

/** "Cabang dari «name», giliran N" on a what-if branch (the original's name is gone once it was deleted). */
function BranchBadge({ origin }: { origin: NonNullable<SessionSummary['branchOf']> }) {
  const t = useT();
  const text = origin.name === null ? t('library.branchOfDeleted', { turn: origin.turn }) : t('library.branchOf', { name: origin.name, turn: origin.turn });
  return (
    <span className="branch-chip" data-testid="session-branch-of">
      {text}
    </span>
  );
}
