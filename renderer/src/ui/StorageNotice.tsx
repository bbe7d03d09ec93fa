import { useT } from '../i18n/useT';
import { useUiStore } from '../state/uiStore';

/**
 * Says prominently that the database could not be opened and was moved aside (the host's notice
 * names the file). Shown on the menu and in Settings until the app restarts.
 */
export function StorageNotice() {
  const notice = useUiStore((state) => state.appInfo?.storageNotice ?? null);
  const t = useT();
  if (!notice) return null;
  return (
    <section className="storage-notice" role="alert" data-testid="storage-notice">
      <h2>{t('storage.notice')}</h2>
      <p>{notice}</p>
    </section>
  );
}
