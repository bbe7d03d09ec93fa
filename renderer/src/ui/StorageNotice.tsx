import { useEffect, useState } from 'react';
import type { StorageNoticeInfo } from '../../../shared/contract/host';
import { host } from '../host/hostClient';
import { localeOf, useLanguage, useT } from '../i18n/useT';
import { reportError } from '../state/actions';
import { useUiStore } from '../state/uiStore';

/**
 * Says prominently when the database cannot be written (read-only) or could not be opened at all, with
 * the cause and what to do; and lists damaged files that were moved aside at start until the user
 * dismisses each notice. Shown on the menu and in Settings.
 */
export function StorageNotice() {
  const appInfo = useUiStore((state) => state.appInfo);
  const t = useT();
  const language = useLanguage();
  const [notices, setNotices] = useState<StorageNoticeInfo[]>([]);

  useEffect(() => {
    host.listStorageNotices().then(setNotices, (error: unknown) => reportError(error));
  }, []);

  const dismiss = (id: number) => {
    host.dismissStorageNotice(id).then(
      () => setNotices((current) => current.filter((notice) => notice.id !== id)),
      (error: unknown) => reportError(error),
    );
  };

  const storage = appInfo?.storage;
  const degraded = storage && storage.state !== 'ok';
  if (!degraded && notices.length === 0) return null;
  return (
    <section className="storage-notice" role="alert" data-testid="storage-notice">
      <h2>{degraded ? t(storage.state === 'read_only' ? 'storage.readOnlyTitle' : 'storage.unavailableTitle') : t('storage.notice')}</h2>
      {degraded && <p data-testid="storage-condition">{t(`storage.fault.${storage.fault ?? 'io'}`, { path: appInfo.databasePath })}</p>}
      {notices.map((notice) => (
        <p key={notice.id} data-testid="storage-moved-aside">
          {t('storage.movedAside', { file: notice.file, reason: notice.reason, time: new Date(notice.createdAt).toLocaleString(localeOf(language)) })}{' '}
          <button type="button" className="button button-small" onClick={() => dismiss(notice.id)} data-testid="storage-notice-dismiss">
            {t('storage.dismiss')}
          </button>
        </p>
      ))}
    </section>
  );
}
