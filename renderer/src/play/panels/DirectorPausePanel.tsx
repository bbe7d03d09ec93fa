import { useState } from 'react';
import { useLabel, useT } from '../../i18n/useT';
import { directorOf, queueDirectorAction, resumeFromDirector, withdrawDirectorAction } from '../directorFlow';
import { useGameStore } from '../gameStore';
import { scenarioClock } from '../hudNumbers';
import { currentPlay } from '../playSession';
import { ConfirmDialog } from './ConfirmDialog';
import { DirectorInjects } from './DirectorInjects';

/**
 * The Direktur Latihan's panel while the playback is paused for them: it covers the map, says that the
 * turn being played stays as it is and that an inject queued now fires as the next turn starts, lists
 * the scenario's injects (each confirmed before it is queued) and the queue (each withdrawable), and
 * lets the playback run on. The queue carries over to the director's console after the turn.
 */
export function DirectorPausePanel() {
  const t = useT();
  const label = useLabel();
  const open = useGameStore((s) => s.directorPause);
  const players = useGameStore((s) => s.players);
  const queue = useGameStore((s) => s.directorQueue);
  const turn = useGameStore((s) => s.turn);
  const hud = useGameStore((s) => s.hud);
  const [asked, setAsked] = useState<string | null>(null);
  const director = directorOf(players);
  const game = currentPlay()?.mirror.game;
  if (!open || !director || !game) return null;
  const next = turn + 2;
  const eventLabel = (eventId: string) => {
    const event = game.setup.script?.events.find((e) => e.id === eventId);
    return event ? label(event.label) : eventId;
  };
  const injects = queue.flatMap((action, index) => (action.kind === 'inject' ? [{ action, index }] : []));
  return (
    <div className="confirm-backdrop director-pause-backdrop">
      <section className="director-pause panel" role="dialog" aria-modal="true" aria-labelledby="director-pause-title" data-testid="director-pause">
        <h2 id="director-pause-title">{t('directorPause.title', { name: director.name })}</h2>
        <p>{t('directorPause.at', { time: scenarioClock(hud?.tick ?? game.state.tick, game.state.tickSeconds), turn: turn + 1 })}</p>
        <p className="game-notice" data-testid="director-pause-rule">{t('directorPause.rule', { turn: turn + 1, next })}</p>
        <h3>{t('director.injects')}</h3>
        <DirectorInjects queue={queue} busy={false} onInject={(eventId) => setAsked(eventId)} />
        <h3>{t('directorPause.queue', { next })}</h3>
        {injects.length === 0 ? <p className="summary-detail">{t('director.queueEmpty')}</p> : (
          <ol className="director-queue" data-testid="director-pause-queue">
            {injects.map(({ action, index }) => (
              <li key={`${action.eventId}-${index}`}>
                <span>{t('director.queueInject', { event: eventLabel(action.eventId) })}</span>
                <button type="button" className="button button-small" data-testid={`director-pause-withdraw-${index}`}
                  aria-label={t('director.withdrawLabel', { what: eventLabel(action.eventId) })} onClick={() => withdrawDirectorAction(index)}>
                  {t('director.withdraw')}
                </button>
              </li>
            ))}
          </ol>
        )}
        <div className="button-row director-pause-footer">
          <button type="button" className="button button-primary" onClick={resumeFromDirector} data-testid="director-pause-resume" autoFocus>
            {t('directorPause.resume')}
          </button>
        </div>
        {asked && (
          <ConfirmDialog testId="director-pause-confirm" message={t('director.confirmInject', { event: eventLabel(asked), turn: next })}
            confirmLabel={t('director.confirmYes')} onCancel={() => setAsked(null)}
            onConfirm={() => {
              queueDirectorAction({ kind: 'inject', eventId: asked });
              setAsked(null);
            }} />
        )}
      </section>
    </div>
  );
}
