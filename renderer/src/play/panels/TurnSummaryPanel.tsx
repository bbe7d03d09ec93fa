import { useLabel, useT, type Translate } from '../../i18n/useT';
import { useGameStore } from '../gameStore';
import { currentPlay } from '../playSession';
import { continueAfterSummary, leaveGame } from '../gameFlow';
import { backToHandoff } from '../rewatch';
import { InstructorPanel } from './InstructorPanel';
import { SummaryTurns } from './SummaryTurns';
import { scenarioClock } from '../hudNumbers';
import type { ControlLine, JudgementLine, ScriptEventLine, TurnSummary } from '../turnSummary';

/** The name a unit has in the running game (its id when the mirror does not know it). */
function unitName(unitId: string): string {
  return currentPlay()?.mirror.game.state.units.find((unit) => unit.id === unitId)?.name ?? unitId;
}

function clock(tick: number): string {
  return scenarioClock(tick, currentPlay()?.mirror.game.state.tickSeconds ?? 0.5);
}

/** The use-of-force assessment of the turn: verdict, unit, what it did, the rule cited. */
function Judgements({ items, t }: { items: JudgementLine[]; t: Translate }) {
  if (items.length === 0) return <p>{t('summary.noJudgements')}</p>;
  return (
    <ul className="summary-judgements" data-testid="summary-judgements">
      {items.map((item, index) => (
        <li key={`${item.tick}-${item.unitId}-${index}`} className={`judgement verdict-${item.verdict}`} data-verdict={item.verdict}>
          <span className="verdict-chip">{t(`verdict.${item.verdict}`)}</span>
          <span className="judgement-what">
            {unitName(item.unitId)}: {'order' in item.what
              ? `${t(`order.${item.what.order}`)}${item.stage !== null ? ` · ${t('summary.stage', { stage: item.stage })}` : ''}`
              : `${t(`conduct.${item.what.conduct}`)} (${t('summary.conductOfficers', { officers: item.what.officers, seconds: item.what.seconds })})`}
            {item.level ? ` · ${t(`level.${item.level}`)}` : ''} · {t('summary.at', { time: clock(item.tick) })}
          </span>
          <span className="judgement-rule">{t(`rule.${item.rule}`)} — {item.citation}</span>
        </li>
      ))}
    </ul>
  );
}

/** Level changes and handovers of control, in order. */
function Changes({ items, t }: { items: ControlLine[]; t: Translate }) {
  if (items.length === 0) return null;
  const cause = (line: Extract<ControlLine, { kind: 'level' }>): string =>
    line.cause === 'instructor' ? t('summary.levelByInstructor') : line.cause === 'calm' ? t('summary.levelCalm') : t(`incident.${line.cause}`);
  return (
    <>
      <h3>{t('summary.levelChanges')}</h3>
      <ul className="summary-lines" data-testid="summary-changes">
        {items.map((line, index) => (
          <li key={`${line.tick}-${index}`}>
            <span>
              {line.kind === 'level'
                ? t('summary.levelChange', { from: t(`level.${line.from}`), to: t(`level.${line.to}`), cause: cause(line) })
                : line.kind === 'taktis'
                  ? t('summary.controlPassed', { unit: unitName(line.unitId), echelon: line.echelon ? t(`echelon.${line.echelon}`) : '—' })
                  : t('summary.overallControl', { holder: t(`overallControl.${line.to}`) })}
            </span>
            <span className="summary-count">{clock(line.tick)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The scenario events that fired, by their names in the scenario, and who set them off. */
function ScriptEvents({ items, t }: { items: ScriptEventLine[]; t: Translate }) {
  const label = useLabel();
  if (items.length === 0) return null;
  const events = currentPlay()?.mirror.game.setup.script?.events ?? [];
  return (
    <>
      <h3>{t('summary.scriptEvents')}</h3>
      <ul className="summary-lines" data-testid="summary-script-events">
        {items.map((item, index) => {
          const known = events.find((event) => event.id === item.eventId);
          return (
            <li key={`${item.tick}-${item.eventId}-${index}`} data-event={item.eventId} data-by={item.by}>
              <span>{known ? label(known.label) : item.eventId}{item.by === 'instructor' ? ` (${t('summary.injectedByInstructor')})` : ''}</span>
              <span className="summary-count">{clock(item.tick)}</span>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** The score at the end of the turn, with its breakdown. */
function Score({ summary, t }: { summary: TurnSummary; t: Translate }) {
  const score = summary.score;
  if (!score) return null;
  const round = (n: number) => Math.round(n);
  return (
    <div className="summary-score" data-testid="summary-score">
      <h3>{t('summary.score')}</h3>
      <p>
        <strong>{t('summary.scorePolice', { total: round(score.police.total) })}</strong> · {t('summary.scoreCrowd', { total: round(score.crowd.total) })}
      </p>
      <p className="summary-detail">
        {t('summary.scoreParts', {
          protection: round(score.police.protection), property: round(score.police.property), injuries: round(score.police.injuries),
          arrests: round(score.police.arrests), compliance: round(score.police.compliance),
        })}
      </p>
      <p className="summary-detail">
        {t('summary.scoreFacts', {
          provocateurs: score.facts.provocateurArrests, peaceful: score.facts.peacefulArrests, proper: score.facts.proper,
          questionable: score.facts.questionable, violation: score.facts.violation,
        })}
      </p>
    </div>
  );
}

/**
 * What happened in a resolved turn (the one just played, or one reopened): events, the Anev judgements,
 * level changes and the score, with the other turns' summaries and a replay of this one at the top.
 */
export function TurnSummaryPanel() {
  const t = useT();
  const summary = useGameStore((state) => state.summary);
  const over = useGameStore((state) => state.phase === 'over');
  const fromHandoff = useGameStore((state) => state.summaryFrom === 'handoff');
  const nextTurn = useGameStore((state) => state.turn + 1);
  const latest = useGameStore((state) => state.summary !== null && state.summary.turn === state.resolvedTurns - 1);
  const loading = useGameStore((state) => state.summaryLoading);
  if (!summary) {
    return loading === null ? null : <section className="turn-summary panel" data-testid="turn-summary"><p role="status">{t('rewatch.loading', { turn: loading + 1 })}</p></section>;
  }
  return (
    <section className="turn-summary panel" data-testid="turn-summary" data-turn={summary.turn + 1}>
      <h2>{t('summary.title', { turn: summary.turn + 1 })}</h2>
      <SummaryTurns turn={summary.turn} />
      {summary.gameOverReason && (
        <p className="summary-over" data-testid="summary-over">{t('summary.gameOverReason', { reason: t(`gameOver.${summary.gameOverReason}`) })}</p>
      )}
      <ScriptEvents items={summary.scriptEvents} t={t} />
      <Changes items={summary.changes} t={t} />
      <h3>{t('summary.judgements')}</h3>
      <Judgements items={summary.judgements} t={t} />
      <Score summary={summary} t={t} />
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
      {!(summary.gameOver || over) && !fromHandoff && latest && <InstructorPanel />}
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
          {t('summary.next', { turn: nextTurn })}
        </button>
      )}
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
