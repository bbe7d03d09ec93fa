import { useT } from '../i18n/useT';
import { useGameStore } from '../state/gameStore';
import { continueAfterSummary, leaveGame } from './gameFlow';

/** What happened in the turn just played: grouped events and the police measures with their stage. */
export function TurnSummaryPanel() {
  const t = useT();
  const summary = useGameStore((state) => state.summary);
  const over = useGameStore((state) => state.phase === 'over');
  if (!summary) return null;
  return (
    <section className="turn-summary panel" data-testid="turn-summary">
      <h2>{t('summary.title', { turn: summary.turn + 1 })}</h2>
      <h3>{t('summary.events')}</h3>
      {summary.lines.length === 0 ? (
        <p>{t('summary.nothing')}</p>
      ) : (
        <ul className="summary-lines">
          {summary.lines.map((line) => (
            <li key={line.type}>
              <span>{t(line.labelKey)}</span>
              <span className="summary-count">×{line.count}{line.amount !== null ? ` (${line.amount})` : ''}</span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('summary.measures')}</h3>
      {summary.measures.length === 0 ? (
        <p>{t('summary.noMeasures')}</p>
      ) : (
        <ul className="summary-lines" data-testid="summary-measures">
          {summary.measures.map((m, index) => (
            <li key={`${m.unitId}-${index}`}>
              <span>{m.unitId}: {t(m.orderKey)}</span>
              <span className="summary-count">{t('summary.stage', { stage: m.forceStage })}{m.forceStage >= 1 && m.forceStage <= 6 ? ` · ${t(`stage.${m.forceStage}` as 'stage.1')}` : ''}</span>
            </li>
          ))}
        </ul>
      )}
      {summary.gameOver || over ? (
        <button type="button" className="button button-primary" onClick={leaveGame} data-testid="summary-menu">
          {t('summary.gameOver')} — {t('summary.toMenu')}
        </button>
      ) : (
        <button type="button" className="button button-primary" onClick={continueAfterSummary} data-testid="summary-next" autoFocus>
          {t('summary.next', { turn: summary.turn + 2 })}
        </button>
      )}
    </section>
  );
}
