import { useState } from 'react';
import type { SessionSummary } from '../../../shared/contract/host';
import { host } from '../host/hostClient';
import { useT } from '../i18n/useT';
import { reportError } from '../state/actions';
import { downloadSessionFile } from './sessionFiles';

/** Props of {@link SessionRowActions}. */
export interface SessionRowActionsProps {
  session: SessionSummary;
  /** Called after a rename or delete so the list reloads from the host. */
  onChanged: () => void;
}

/**
 * Debrief (its code loads on first use, keeping the menu light), rename, export and delete (with a
 * confirmation step) for one row of the session library.
 */
export function SessionRowActions({ session, onChanged }: SessionRowActionsProps) {
  const t = useT();
  const [mode, setMode] = useState<'idle' | 'rename' | 'confirmDelete'>('idle');
  const [name, setName] = useState(session.name);
  const run = (action: () => Promise<unknown>) => () => {
    action().then(
      () => {
        setMode('idle');
        onChanged();
      },
      (error: unknown) => reportError(error),
    );
  };

  if (mode === 'rename') {
    return (
      <form
        className="row-actions"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) run(() => host.renameSession(session.id, name.trim()))();
        }}
      >
        <input aria-label={t('library.renameLabel')} value={name} maxLength={200} onChange={(event) => setName(event.target.value)} data-testid="rename-input" autoFocus />
        <button type="submit" className="button button-small" data-testid="rename-save">
          {t('library.renameSave')}
        </button>
        <button type="button" className="button button-small" onClick={() => setMode('idle')}>
          {t('library.cancel')}
        </button>
      </form>
    );
  }
  if (mode === 'confirmDelete') {
    return (
      <div className="row-actions confirm" role="alertdialog" aria-label={t('library.delete')}>
        <span>{t('library.deleteConfirm', { name: session.name })}</span>
        <button type="button" className="button button-small button-danger" onClick={run(() => host.deleteSession(session.id))} data-testid="delete-yes">
          {t('library.deleteYes')}
        </button>
        <button type="button" className="button button-small" onClick={() => setMode('idle')} autoFocus>
          {t('library.cancel')}
        </button>
      </div>
    );
  }
  return (
    <div className="row-actions">
      <button type="button" className="button button-small button-primary" onClick={() => void import('../debrief/debriefFlow').then((flow) => flow.openDebrief(session.id))} data-testid="session-debrief">
        {t('debrief.open')}
      </button>
      <button type="button" className="button button-small" onClick={() => setMode('rename')} data-testid="session-rename">
        {t('library.rename')}
      </button>
      <button
        type="button"
        className="button button-small"
        onClick={() => host.exportSessions([session.id]).then(downloadSessionFile, (error: unknown) => reportError(error))}
        data-testid="session-export"
      >
        {t('library.export')}
      </button>
      <button type="button" className="button button-small" onClick={() => setMode('confirmDelete')} data-testid="session-delete">
        {t('library.delete')}
      </button>
    </div>
  );
}
