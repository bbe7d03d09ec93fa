import { useT } from '../i18n/useT';
import { dismissError } from '../state/actions';
import { useUiStore } from '../state/uiStore';

/** The visible banner for the last host failure, translated by error code, with a dismiss button. */
export function ErrorBanner() {
  const error = useUiStore((state) => state.lastError);
  const t = useT();
  if (!error) return null;
  return (
    <div className="error-banner" role="alert" data-testid="error-banner" title={error.detail}>
      <strong>{t('error.title')}:</strong>
      <span data-testid="error-banner-message">{t(error.messageKey, error.params)}</span>
      <button type="button" className="button button-small" onClick={dismissError} data-testid="error-dismiss">
        {t('error.dismiss')}
      </button>
    </div>
  );
}
