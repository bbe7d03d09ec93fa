import { turnOfTick } from '../../../../shared/debrief/timeline';
import { useMemo } from 'react';
import type { LogEntry } from '../../../../shared/debrief/timeline';
import { verdicts, type TurnScore } from '../../../../shared/engine/index';
import { useT } from '../../i18n/useT';
import { seekTo, selectEntry, setView } from '../debriefFlow';
import { useDebriefStore } from '../debriefStore';
import { markerColour } from '../markerColours';
import { describeEntry, describeOrder } from './describeEntry';
import { useEntryContext } from './useEntryContext';

/** The score components listed under the police total. */
const scoreParts = ['protection', 'property', 'injuries', 'arrests', 'compliance'] as const;

/**
 * The per-player view: pick a player (the 3D view then draws that player's orders for the turn shown);
 * that player's orders turn by turn (each turn's heading jumps to its start), that player's judgements
 * with the count of each verdict (each jumps to its moment), and the police score at the moment shown.
 */
export function PlayersTab() {
  const t = useT();
  const ctx = useEntryContext();
  const players = useDebriefStore((state) => state.players);
  const playerId = useDebriefStore((state) => state.playerId);
  const orders = useDebriefStore((state) => state.orders);
  const entries = useDebriefStore((state) => state.entries);
  const turnEnds = useDebriefStore((state) => state.turnEnds);
  const tick = useDebriefStore((state) => state.tick);
  const turnShown = turnOfTick(tick, turnEnds);

  const byTurn = useMemo(() => {
    const turns = new Map<number, typeof orders>();
    for (const given of orders) {
      if (given.playerId !== playerId) continue;
      turns.set(given.turn, [...(turns.get(given.turn) ?? []), given]);
    }
    return [...turns.entries()].sort((a, b) => a[0] - b[0]);
  }, [orders, playerId]);
  const judgements = useMemo(() => entries.filter((entry) => entry.category === 'judgement' && entry.playerId !== null && entry.playerId === playerId), [entries, playerId]);
  const scores = useMemo(() => entries.filter((entry): entry is LogEntry & { event: { type: 'turn_scored'; score: TurnScore } } => entry.event.type === 'turn_scored'), [entries]);
  const scoreNow = [...scores].reverse().find((entry) => entry.fromTick <= tick)?.event.score ?? null;

  return (
    <div className="side-players side-scroll" data-testid="side-players">
      <label className="side-field">
        {t('debriefSide.players.pick')}
        <select value={playerId ?? ''} onChange={(e) => setView({ playerId: e.target.value || null })} data-testid="player-pick">
          <option value="">{t('debriefSide.players.choose')}</option>
          {players.map((player) => (
            <option key={player.id} value={player.id}>{player.name} · {t(`debriefSide.role.${player.role}`)}</option>
          ))}
        </select>
      </label>
      {playerId && (
        <>
          <p className="plan-hint side-hint">{t('debriefSide.players.drawn')}</p>
          <section aria-labelledby="side-orders-title">
            <h3 id="side-orders-title" className="side-subtitle">{t('debriefSide.players.orders')}</h3>
            {byTurn.length === 0 && <p className="side-empty">{t('debriefSide.players.noOrders')}</p>}
            <ol className="side-turns" data-testid="player-orders">
              {byTurn.map(([turn, given]) => (
                <li key={turn} className={turn === turnShown ? 'is-current' : undefined}>
                  <button type="button" className="side-link" onClick={() => seekTo(turnEnds[turn - 1] ?? 0)} aria-label={t('debriefSide.players.seekTurn', { turn })} data-testid="player-turn">
                    {t('debriefSide.players.turn', { turn })}
                  </button>
                  <ul>
                    {given.map((g) => {
                      const words = describeOrder(g.order, ctx);
                      return (
                        <li key={g.orderId}>
                          <button type="button" className="side-link side-order" onClick={() => seekTo(turnEnds[turn - 1] ?? 0)}>
                            {words.what}{words.subject ? ` — ${words.subject}` : ''}
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="side-judgements-title">
            <h3 id="side-judgements-title" className="side-subtitle">{t('debriefSide.players.judgements')}</h3>
            <p className="side-verdicts" data-testid="player-verdicts">
              {verdicts.map((verdict) => (
                <span key={verdict} className="side-verdict" data-verdict={verdict}>
                  <span className="legend-swatch" style={{ background: markerColour(verdict) }} aria-hidden="true" />
                  {t(`verdict.${verdict}`)}: <strong>{judgements.filter((entry) => entry.verdict === verdict).length}</strong>
                </span>
              ))}
            </p>
            {judgements.length === 0 && <p className="side-empty">{t('debriefSide.players.noJudgements')}</p>}
            <ul className="side-judgements" data-testid="player-judgements">
              {judgements.map((entry) => {
                const words = describeEntry(entry, ctx);
                return (
                  <li key={entry.index}>
                    <button type="button" className="side-link" onClick={() => selectEntry(entry.index)}>
                      <span className="log-time">{words.time}</span> {words.title}{words.order ? ` · ${words.order}` : ''}{words.who ? ` · ${words.who}` : ''}
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        </>
      )}
      <section aria-labelledby="side-score-title" data-testid="player-score">
        <h3 id="side-score-title" className="side-subtitle">{t('debriefSide.players.score')}</h3>
        {scoreNow ? (
          <>
            <p className="side-score-total">{t('debriefSide.scoreTotal', { total: Math.round(scoreNow.police.total) })}</p>
            <dl className="side-facts">
              {scoreParts.map((part) => (
                <div key={part} className="side-fact">
                  <dt>{t(`debriefSide.score.${part}`)}</dt>
                  <dd>{Math.round(scoreNow.police[part])}</dd>
                </div>
              ))}
            </dl>
          </>
        ) : (
          <p className="side-empty">{t('debriefSide.players.noScore')}</p>
        )}
        {scores.length > 0 && (
          <>
            <h4 className="side-subtitle">{t('debriefSide.players.scoreByTurn')}</h4>
            <ul className="side-score-turns">
              {scores.map((entry) => (
                <li key={entry.index}>
                  <button type="button" className="side-link" onClick={() => selectEntry(entry.index)}>
                    {t('debriefSide.players.scoreOfTurn', { turn: entry.event.score.turn + 1, total: Math.round(entry.event.score.police.total) })}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
