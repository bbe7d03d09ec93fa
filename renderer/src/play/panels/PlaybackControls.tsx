import { useT } from '../../i18n/useT';
import { useGameStore } from '../gameStore';
import { skipPlayback } from '../gameFlow';
import { stopReplay } from '../rewatch';
import { directorOf, pauseForDirector } from '../directorFlow';
import { DirectorPausePanel } from './DirectorPausePanel';

const SPEEDS = [0.5, 1, 2, 4, 8] as const;

/**
 * Speed buttons (0.5×–8×), pause and skip for the turn being played back or replayed; a replay can be
 * closed. With a Direktur Latihan, the playback can be paused for them at any moment to queue injects.
 */
export function PlaybackControls() {
  const t = useT();
  const speed = useGameStore((state) => state.speed);
  const paused = useGameStore((state) => state.paused);
  const turn = useGameStore((state) => state.turn);
  const replayTurn = useGameStore((state) => state.replayTurn);
  const hasDirector = useGameStore((state) => directorOf(state.players) !== null);
  return (
    <div className="playback-controls panel" data-testid="playback-controls" data-replay={replayTurn !== null}>
      <h2>{replayTurn === null ? t('play.title', { turn: turn + 1 }) : t('rewatch.title', { turn: replayTurn + 1 })}</h2>
      {replayTurn !== null && <p className="plan-hint">{t('rewatch.copyHint')}</p>}
      <div className="button-row" role="group" aria-label={t('play.speed')}>
        {SPEEDS.map((value) => (
          <button
            key={value}
            type="button"
            className="button button-small"
            aria-pressed={speed === value}
            data-testid={`speed-${value}`}
            onClick={() => useGameStore.setState({ speed: value })}
          >
            {value}×
          </button>
        ))}
      </div>
      <div className="button-row">
        <button type="button" className="button button-small" onClick={() => useGameStore.setState({ paused: !paused })} data-testid="playback-pause">
          {paused ? t('play.resume') : t('play.pause')}
        </button>
        <button type="button" className="button button-small" onClick={skipPlayback} data-testid="playback-skip">
          {t('play.skip')}
        </button>
        {replayTurn !== null && (
          <button type="button" className="button button-small" onClick={stopReplay} data-testid="replay-close">
            {t('rewatch.close')}
          </button>
        )}
      </div>
      {hasDirector && replayTurn === null && (
        <div className="button-row">
          <button type="button" className="button button-small" onClick={pauseForDirector} data-testid="director-pause-open">
            {t('directorPause.button')}
          </button>
        </div>
      )}
      <DirectorPausePanel />
    </div>
  );
}
