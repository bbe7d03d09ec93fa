import { useT } from '../../i18n/useT';
import { useGameStore } from '../gameStore';
import { continueAfterSummary, leaveGame } from '../gameFlow';
import { directorIsNext } from '../directorFlow';
import { usePlayEntryContext } from '../playEntryContext';
import { backToHandoff } from '../rewatch';
import { SummaryAnev } from './SummaryAnev';
import { SummaryIncidents } from './SummaryIncidents';
import { SummaryScore } from './SummaryScore';
import { SummaryTurns } from './SummaryTurns';
import { SummaryAi } from './SummaryAi';

/**
 * What happened in a resolved turn (the one just played, or one reopened), read as an Anev: the
 * judgements to discuss first, the orders that did not come off, level and control changes, the
 * incidents (each shows its place on the map), the score with its maxima and the change since the
 * turn before, with the other turns' summaries and a replay of this one at the top. The Direktur
 * Latihan's console is not here: it has its own hand-off after the summary (DirectorConsole.tsx).
 */
export function TurnSummaryPanel() {
  const t = useT();
  const summary = useGameStore((state) => state.summary);
  const over = useGameStore((state) => state.phase === 'over');
  const fromHandoff = useGameStore((state) => state.summaryFrom === 'handoff');
  const nextTurn = useGameStore((state) => state.turn + 1);
  const loading = useGameStore((state) => state.summaryLoading);
  const toDirector = useGameStore(() => directorIsNext());
  const ctx = usePlayEntryContext();
  if (!summary || !ctx) {
    return loading === null ? null : <section className="turn-summary panel" data-testid="turn-summary"><p role="status">{t('rewatch.loading', { turn: loading + 1 })}</p></section>;
  }
  return (
    <section className="turn-summary panel" data-testid="turn-summary" data-turn={summary.turn + 1}>
      <h2>{t('summary.title', { turn: summary.turn + 1 })}</h2>
      <SummaryTurns turn={summary.turn} />
      {summary.gameOverReason && (
        <p className="summary-over" data-testid="summary-over">{t('summary.gameOverReason', { reason: t(`gameOver.${summary.gameOverReason}`) })}</p>
      )}
      <SummaryAi turn={summary.turn} recorded={summary.aiIntents} />
      <SummaryAnev summary={summary} ctx={ctx} />
      <SummaryScore summary={summary} t={t} />
      <SummaryIncidents summary={summary} ctx={ctx} />
      <div className="summary-actions">
        {fromHandoff ? (
          <button type="button" className="button button-primary" onClick={backToHandoff} data-testid="summary-back" autoFocus>
            {t('rewatch.backToHandoff')}
          </button>
        ) : over ? (
          <div className="button-row">
            <button type="button" className="button button-primary" onClick={openDebriefOfGame} data-testid="summary-debrief" autoFocus>
              {t('debrief.open')}
            </button>
            <button type="button" className="button" onClick={leaveGame} data-testid="summary-menu">
              {t('summary.gameOver')} — {t('summary.toMenu')}
            </button>
          </div>
        ) : (
          <button type="button" className="button button-primary" onClick={continueAfterSummary} data-testid="summary-next" autoFocus>
            {toDirector ? t('summary.toDirector') : t('summary.next', { turn: nextTurn })}
          </button>
        )}
      </div>
    </section>
  );
}

/** Leaves the finished game for its debrief (the debrief's code loads on first use). */
function openDebriefOfGame(): void {
  const sessionId = useGameStore.getState().sessionId;
  if (!sessionId) return;
  void import('../../debrief/debriefFlow').then((flow) => {
    leaveGame();
    void flow.openDebrief(sessionId);
  });
}
