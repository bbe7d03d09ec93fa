import { useT } from '../../i18n/useT';
import { useGameStore } from '../gameStore';
import { openSummary, replayTurn } from '../rewatch';

/**
 * The top of the turn summary: one button per resolved turn to reopen its summary (the one shown is
 * pressed), "Putar ulang menit ini" for the turn shown, and what is loading or went wrong.
 */
export function SummaryTurns({ turn }: { turn: number }) {
  const t = useT();
  const resolvedTurns = useGameStore((state) => state.resolvedTurns);
  const loading = useGameStore((state) => state.summaryLoading);
  const notice = useGameStore((state) => state.notice);
  const shown = loading ?? turn;
  return (
    <div className="summary-turns">
      {resolvedTurns > 1 && (
        <div className="summary-turn-picker" role="group" aria-label={t('rewatch.turns')} data-testid="summary-turns">
          <span className="summary-turn-label">{t('rewatch.turns')}</span>
          {Array.from({ length: resolvedTurns }, (_, index) => (
            <button
              key={index}
              type="button"
              className="button button-small"
              aria-pressed={index === shown}
              aria-label={t('rewatch.openTurn', { turn: index + 1 })}
              data-testid={`summary-turn-${index + 1}`}
              onClick={() => void openSummary(index)}
            >
              {index + 1}
            </button>
          ))}
        </div>
      )}
      <button type="button" className="button summary-replay" onClick={() => void replayTurn(turn)} disabled={loading !== null} data-testid="summary-replay">
        {t('rewatch.replay')}
      </button>
      {loading !== null && <p role="status">{t('rewatch.loading', { turn: loading + 1 })}</p>}
      {notice && <p className="game-notice" role="alert" data-testid="summary-notice">{t(notice.key, notice.params)}</p>}
    </div>
  );
}
