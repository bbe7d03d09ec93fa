import { useEffect, useState } from 'react';
import { host } from '../host/hostClient';
import { useT } from '../i18n/useT';
import { reportError } from '../state/actions';

type Backup = { name: string; stamp: string; bytes: number };

/** Settings block: the automatic backups, each restorable after a confirmation step. */
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
      (error: unknown) => reportError(error),
    );
  };

  return (
    <section className="panel backups" data-testid="backups">
      <h2>{t('backups.title')}</h2>
      <p className="hint">{t('backups.hint')}</p>
      {restored && <p role="status">{t('backups.restored', { stamp: restored })}</p>}
      {backups !== null && backups.length === 0 && <p>{t('backups.empty')}</p>}
      <ul>
        {(backups ?? []).map((backup) => (
          <li key={backup.name} className="backup-row">
            <span>
              {backup.stamp} · {(backup.bytes / 1024).toFixed(0)} KB
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
              <button type="button" className="button button-small" onClick={() => setConfirming(backup.name)}>
                {t('backups.restore')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
