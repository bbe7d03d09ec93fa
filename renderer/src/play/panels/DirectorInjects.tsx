import { useLabel, useT } from '../../i18n/useT';
import type { DirectorAction } from '../gameStore';
import { scenarioClock } from '../hudNumbers';
import { currentPlay } from '../playSession';

/**
 * The scenario's events as the director's console lists them: every event, always in the scenario's
 * order, so no button moves between turns. One that was used (and cannot repeat) stays greyed with
 * when it was used; one in the queue or already waiting on the host says so; the others can be injected.
 */
export function DirectorInjects({ queue, busy, onInject }: { queue: readonly DirectorAction[]; busy: boolean; onInject: (eventId: string) => void }) {
  const t = useT();
  const label = useLabel();
  const game = currentPlay()?.mirror.game;
  const events = game?.setup.script?.events ?? [];
  if (!game || events.length === 0) return <p>{t('director.noEvents')}</p>;
  const fired = game.state.script?.fired ?? {};
  const waiting = new Set((game.state.script?.pending ?? []).map((entry) => entry.eventId));
  const queued = new Set(queue.flatMap((action) => (action.kind === 'inject' ? [action.eventId] : [])));
  return (
    <ul className="director-injects" data-testid="director-injects">
      {events.map((event) => {
        const firedAt = Object.prototype.hasOwnProperty.call(fired, event.id) ? fired[event.id]! : null;
        const used = firedAt !== null && !event.repeatable;
        const inQueue = queued.has(event.id) && !event.repeatable;
        const state = used ? 'used' : waiting.has(event.id) ? 'waiting' : inQueue ? 'queued' : 'free';
        return (
          <li key={event.id} className={`director-inject director-inject-${state}`} data-event={event.id} data-state={state}>
            <span className="director-inject-name">
              {label(event.label)}
              {firedAt !== null && (
                <small>{t('director.used', { time: scenarioClock(firedAt, game.state.tickSeconds), turn: Math.floor(firedAt / game.state.ticksPerTurn) + 1 })}</small>
              )}
            </span>
            <button type="button" className="button button-small" disabled={busy || state !== 'free'} data-testid={`instructor-inject-${event.id}`}
              onClick={() => onInject(event.id)}>
              {state === 'queued' ? t('director.inQueue') : state === 'waiting' ? t('director.waiting') : t('director.inject')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
