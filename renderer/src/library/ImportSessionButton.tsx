import { useEffect, useId, useRef, useState } from 'react';
import { formatByteSize } from '../../../shared/contract/limits';
import type { ImportProgress } from '../../../shared/contract/sessions';
import { host } from '../host/hostClient';
import { useLanguage, useT } from '../i18n/useT';
import { reportError } from '../state/actions';
import { oversizedSessionFile, readSessionFile } from './sessionFiles';
import './importSession.css';

/** How often the progress of a running import is asked for. */
const POLL_MS = 250;

type Status =
  | { kind: 'idle' }
  | { kind: 'running'; jobId: string | null; progress: ImportProgress | null }
  | { kind: 'done'; text: string; ok: boolean };

/**
 * Imports a `.sispamkota` file. The host checks it in the background (every field, the session limits,
 * a re-simulation of every turn against its recorded hash) and writes it only if all of it passes;
 * meanwhile a progress bar names the session being checked, and Cancel stops the check, saving nothing.
 */
export function ImportSessionButton({ onImported }: { onImported: () => void }) {
  const t = useT();
  const language = useLanguage();
  const inputId = useId();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const finish = (progress: ImportProgress) => {
    if (progress.state === 'cancelled') {
      setStatus({ kind: 'done', ok: false, text: t('library.importCancelled') });
    } else if (progress.outcome?.ok) {
      const imported = progress.outcome.imported;
      setStatus({ kind: 'done', ok: true, text: t('library.imported', { count: imported.length }) });
      onImported();
      // One session imported: it opens straight into its debrief (several stay listed, each with its own).
      if (imported.length === 1) void import('../debrief/debriefFlow').then((flow) => flow.openDebrief(imported[0]!.id));
    } else if (progress.outcome) {
      setStatus({ kind: 'done', ok: false, text: t('library.importFailed', { message: progress.outcome.messages[language] }) });
    }
  };

  const importFile = async (file: File) => {
    // Checked before the file is read: a file over the cap is never loaded into memory.
    const oversized = oversizedSessionFile(file);
    if (oversized) {
      const [size, limit] = [oversized.size, oversized.limit].map((bytes) => formatByteSize(bytes, language));
      setStatus({ kind: 'done', ok: false, text: t('library.importFileTooLarge', { file: file.name, size: size!, limit: limit! }) });
      return;
    }
    setStatus({ kind: 'running', jobId: null, progress: null });
    try {
      const { jobId } = await host.importSessions(await readSessionFile(file));
      setStatus({ kind: 'running', jobId, progress: null });
      for (;;) {
        const progress = await host.importProgress(jobId);
        if (!mounted.current) return;
        if (progress.state !== 'running') return finish(progress);
        setStatus((current) => (current.kind === 'running' && current.jobId === jobId ? { kind: 'running', jobId, progress } : current));
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    } catch (error) {
      setStatus({ kind: 'idle' });
      reportError(error);
    }
  };

  const cancel = async (jobId: string) => {
    try {
      finish(await host.cancelImport(jobId));
    } catch (error) {
      reportError(error);
    }
  };

  const running = status.kind === 'running';
  return (
    <div className="import-block">
      <div className="import-row">
        <label htmlFor={inputId} className="button button-small" aria-disabled={running}>
          {t('library.import')}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".sispamkota"
          className="visually-hidden"
          data-testid="session-import"
          disabled={running}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
        {status.kind === 'done' && (
          <span role="status" className={status.ok ? 'import-ok' : 'import-failed'} data-testid="import-status">
            {status.text}
          </span>
        )}
      </div>
      {status.kind === 'running' && <ImportProgressBar progress={status.progress} onCancel={status.jobId ? () => void cancel(status.jobId!) : null} />}
    </div>
  );
}

/** The bar of a running import: n of N with the session being checked, and Cancel while it can be. */
function ImportProgressBar({ progress, onCancel }: { progress: ImportProgress | null; onCancel: (() => void) | null }) {
  const t = useT();
  const phase = progress?.phase ?? 'reading';
  const total = progress?.total ?? 0;
  const done = progress?.done ?? 0;
  const text =
    phase === 'checking' && total > 0
      ? t('library.importProgress', { n: Math.min(done + 1, total), total, name: progress?.currentName ?? '' })
      : phase === 'writing'
        ? t('library.importWriting', { total })
        : t('library.importReading');
  return (
    <div className="import-progress" data-testid="import-progress" role="status" aria-live="polite">
      <progress
        aria-label={t('library.importProgressLabel')}
        {...(phase === 'checking' && total > 0 ? { value: done, max: total } : phase === 'writing' ? { value: 1, max: 1 } : {})}
      />
      <span className="import-progress-text" data-testid="import-progress-text">
        {text}
      </span>
      <button type="button" className="button button-small" data-testid="import-cancel" disabled={!onCancel || phase === 'writing'} onClick={onCancel ?? undefined}>
        {t('library.importCancel')}
      </button>
    </div>
  );
}
