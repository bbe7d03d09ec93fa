import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { useGameStore } from '../gameStore';
import { beginPlanning } from '../gameFlow';
import { showSummaries } from '../rewatch';
import { CrowdBriefing } from './CrowdBriefing';

/**
 * The hand-off screen between hot-seat players: it hides the map completely, names who plays next
 * and waits until that person confirms, so nobody sees another side's plan. The turns played so far
 * can be looked at again from here (their summaries and replays show no plan of the turn being planned).
 * The crowd player gets its own briefing (objectives, points, groups: CrowdBriefing) only after it has
 * confirmed it holds the device, so the police player handing over never reads it.
 */
export function HandoffPanel() {
  const t = useT();
  const players = useGameStore((state) => state.players);
  const currentPlayerId = useGameStore((state) => state.currentPlayerId);
  const turn = useGameStore((state) => state.turn);
  const resolvedTurns = useGameStore((state) => state.resolvedTurns);
  const player = players.find((p) => p.id === currentPlayerId);
  const name = player?.name ?? currentPlayerId ?? '';
  // Which player (and turn) confirmed holding the device: the crowd's briefing shows only then.
  const [confirmed, setConfirmed] = useState<string | null>(null);
  const key = `${currentPlayerId}:${turn}`;
  const isCrowd = player?.role === 'crowd';
  if (isCrowd && confirmed === key) {
    return (
      <section className="handoff panel" data-testid="handoff" aria-live="assertive">
        <p className="handoff-turn">{t('handoff.turn', { turn: turn + 1 })}</p>
        <h2 data-testid="handoff-title">{t('handoff.title', { name })}</h2>
        <CrowdBriefing playerId={player!.id} />
        <button type="button" className="button button-primary" data-testid="handoff-start" onClick={beginPlanning} autoFocus>
          {t('handoff.startPlanning')}
        </button>
      </section>
    );
  }
  return (
    <section className="handoff panel" data-testid="handoff" aria-live="assertive">
      <p className="handoff-turn">{t('handoff.turn', { turn: turn + 1 })}</p>
      <h2 data-testid="handoff-title">{t('handoff.title', { name })}</h2>
      {player && player.role !== 'instructor' && <p className="handoff-role">{t(`handoff.role.${player.role}`)}</p>}
      <p>{t('handoff.instruction', { name })}</p>
      <button type="button" className="button button-primary" data-testid="handoff-ready" onClick={isCrowd ? () => setConfirmed(key) : beginPlanning} autoFocus>
        {t('handoff.ready', { name })}
      </button>
      {resolvedTurns > 0 && (
        <button type="button" className="button" data-testid="handoff-summaries" onClick={showSummaries}>
          {t('rewatch.earlier')}
        </button>
      )}
    </section>
  );
}
