import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/useT';

/**
 * A modal question before an action that matters (a director's decision, leaving the game): the
 * question, the action's own button and "Batal". Escape or a click on the backdrop cancels; focus goes
 * to the action button, so Enter confirms and Tab reaches "Batal".
 */
export function ConfirmDialog({ message, detail, confirmLabel, onConfirm, onCancel, testId }: {
  message: string;
  detail?: string | null;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  testId: string;
}) {
  const t = useT();
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onCancel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCancel]);
  return (
    <div className="confirm-backdrop" onClick={(event) => { if (event.target === event.currentTarget) onCancel(); }}>
      <div className="confirm-dialog panel" role="alertdialog" aria-modal="true" aria-labelledby={`${testId}-message`} data-testid={testId}>
        <p id={`${testId}-message`} className="confirm-message">{message}</p>
        {detail && <p className="summary-detail">{detail}</p>}
        <div className="button-row">
          <button ref={confirm} type="button" className="button button-primary" onClick={onConfirm} data-testid={`${testId}-yes`}>{confirmLabel}</button>
          <button type="button" className="button" onClick={onCancel} data-testid={`${testId}-no`}>{t('confirm.cancel')}</button>
        </div>
      </div>
    </div>
  );
}
