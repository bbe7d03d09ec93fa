import { useEffect, useState } from 'react';
import { host } from '../host/hostClient';
import { useT } from '../i18n/useT';
import { reportError } from '../state/actions';
import { downloadSessionFile } from './sessionFiles';

type Backup = Awaited<ReturnType<typeof host.listBackups>>[number];

/**
 * Settings block: every database copy next to the database — automatic backups, damaged files moved
 * aside at start, databases replaced by a restore — each restorable after a confirmation step (a copy
 * SQLite cannot read is refused with the reason) and exportable as a file.
 */
export function BackupsBlock() {
  const t = useT();
  const [backups, setBackups] = useState<Backup[] | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [restored, setRestored] = useState<string | null>(null);

  useEffect(() => {
    host.listBackups().then(setBackups, (error: unknown) => reportError(error));
  }, [restored]);

  const restore = (backup: Backup) => {
    host.restoreBackup(backup.name).then(
      () => {
        setConfirming(null);
        setRestored(backup.stamp);
      },
      (error: unknown) => {
        setConfirming(null);
        reportError(error);
      },
    );
  };

  const exportFile = (backup: Backup) => {
    host.exportStorageFile(backup.name).then(downloadSessionFile, (error: unknown) => reportError(error));
  };

  return (
    <section className="panel backups" data-testid="backups">
      <h2>{t('backups.title')}</h2>
      <p className="hint">{t('backups.hint')}</p>
      {restored && <p role="status">{t('backups.restored', { stamp: restored })}</p>}
      {backups !== null && backups.length === 0 && <p>{t('backups.empty')}</p>}
      <ul>
        {(backups ?? []).map((backup) => (
          <li key={backup.name} className="backup-row" data-testid={`backup-${backup.kind}`}>
            <span>
              {t(`backups.kind.${backup.kind}`)} · {backup.stamp} · {(backup.bytes / 1024).toFixed(0)} KB
            </span>
            {confirming === backup.name ? (
              <span className="row-actions confirm" role="alertdialog">
                <span>{t('backups.restoreConfirm', { stamp: backup.stamp })}</span>
                <button type="button" className="button button-small button-danger" onClick={() => restore(backup)}>
                  {t('backups.restoreYes')}
                </button>
                <button type="button" className="button button-small" onClick={() => setConfirming(null)}>
                  {t('library.cancel')}
                </button>
              </span>
            ) : (
              <span className="row-actions">
                <button type="button" className="button button-small" onClick={() => setConfirming(backup.name)}>
                  {t('backups.restore')}
                </button>
                <button type="button" className="button button-small" onClick={() => exportFile(backup)}>
                  {t('backups.export')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
