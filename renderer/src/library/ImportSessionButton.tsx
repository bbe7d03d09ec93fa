import { useId, useState } from 'react';
import { host } from '../host/hostClient';
import { useT } from '../i18n/useT';
import { reportError } from '../state/actions';
import { readSessionFile } from './sessionFiles';

/** Imports a `.sispamkota` file: the host re-simulates it and writes it only if every hash matches. */
export function ImportSessionButton({ onImported }: { onImported: () => void }) {
  const t = useT();
  const inputId = useId();
  const [status, setStatus] = useState<{ kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string; ok: boolean }>({ kind: 'idle' });

  const importFile = async (file: File) => {
    setStatus({ kind: 'busy' });
    try {
      const outcome = await host.importSessions(await readSessionFile(file));
      if (outcome.ok) {
        setStatus({ kind: 'done', ok: true, text: t('library.imported', { count: outcome.imported.length }) });
        onImported();
      } else {
        setStatus({ kind: 'done', ok: false, text: t('library.importFailed', { message: outcome.message }) });
      }
    } catch (error) {
      setStatus({ kind: 'idle' });
      reportError(error);
    }
  };

  return (
    <div className="import-row">
      <label htmlFor={inputId} className="button button-small">
        {t('library.import')}
      </label>
      <input
        id={inputId}
        type="file"
        accept=".sispamkota"
        className="visually-hidden"
        data-testid="session-import"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      {status.kind === 'busy' && <span role="status">{t('library.importing')}</span>}
      {status.kind === 'done' && (
        <span role="status" className={status.ok ? 'import-ok' : 'import-failed'} data-testid="import-status">
          {status.text}
        </span>
      )}
    </div>
  );
}
