import { turnOfTick } from '../../../shared/debrief/timeline';
import { scenarioClock, markerKinds } from '../../../shared/debrief/timeline';
import { useT } from '../i18n/useT';
import { debriefSpeeds, useDebriefStore } from './debriefStore';
import { pause, play, seekTo, selectEntry, setSpeed, stepBy, toggleAutoPause } from './debriefFlow';
import { markerColour } from './markerColours';

/** Play and pause, one step back and forward, speeds 0.25×–16×, jumps between key moments, the clock, auto-pause. */
export function ReplayControls() {
  const t = useT();
  const playing = useDebriefStore((state) => state.playing);
  const speed = useDebriefStore((state) => state.speed);
  const tick = useDebriefStore((state) => state.tick);
  const totalTicks = useDebriefStore((state) => state.totalTicks);
  const tickSeconds = useDebriefStore((state) => state.tickSeconds);
  const turnEnds = useDebriefStore((state) => state.turnEnds);
  const markers = useDebriefStore((state) => state.markers);
  const autoPause = useDebriefStore((state) => state.autoPause);
  const turn = turnOfTick(tick, turnEnds);
  const jump = (direction: 1 | -1) => {
    const candidates = direction > 0 ? markers.filter((m) => m.tick > tick) : markers.filter((m) => m.tick < tick).reverse();
    const target = candidates[0];
    if (!target) return;
    if (target.entry !== null) selectEntry(target.entry);
    else seekTo(target.tick);
  };
  const kindsPresent = markerKinds.filter((kind) => markers.some((m) => m.kind === kind));

  return (
    <div className="replay-controls" data-testid="replay-controls">
      <div className="button-row">
        <button type="button" className="button button-small" onClick={() => seekTo(0)} title={t('debrief.toStart')} aria-label={t('debrief.toStart')}>|◀◀</button>
        <button type="button" className="button button-small" onClick={() => jump(-1)} title={t('debrief.prevMarker')} aria-label={t('debrief.prevMarker')} data-testid="marker-prev">◆◀</button>
        <button type="button" className="button button-small" onClick={() => stepBy(-1)} title={t('debrief.stepBack')} aria-label={t('debrief.stepBack')} data-testid="step-back">◀❙</button>
        <button type="button" className="button button-small button-primary" onClick={playing ? pause : play} data-testid="replay-play" aria-pressed={playing}>
          {playing ? t('debrief.pause') : t('debrief.play')}
        </button>
        <button type="button" className="button button-small" onClick={() => stepBy(1)} title={t('debrief.stepForward')} aria-label={t('debrief.stepForward')} data-testid="step-forward">❙▶</button>
        <button type="button" className="button button-small" onClick={() => jump(1)} title={t('debrief.nextMarker')} aria-label={t('debrief.nextMarker')} data-testid="marker-next">▶◆</button>
        <button type="button" className="button button-small" onClick={() => seekTo(totalTicks)} title={t('debrief.toEnd')} aria-label={t('debrief.toEnd')}>▶▶|</button>
        <label className="replay-speed" title={t('debrief.speed')}>
          <span className="visually-hidden">{t('debrief.speed')}</span>
          <select value={speed} onChange={(event) => setSpeed(Number(event.target.value))} data-testid="replay-speed">
            {debriefSpeeds.map((value) => (
              <option key={value} value={value}>{value}×</option>
            ))}
          </select>
        </label>
        {kindsPresent.length > 0 && (
          <details className="auto-pause">
            <summary data-testid="auto-pause-toggle">
              {t('debrief.autoPause')}
              {autoPause.length > 0 ? ` (${autoPause.length})` : ''}
            </summary>
            <div className="auto-pause-kinds">
              {kindsPresent.map((kind) => (
                <label key={kind} className="auto-pause-kind">
                  <input type="checkbox" checked={autoPause.includes(kind)} onChange={() => toggleAutoPause(kind)} data-testid={`auto-pause-${kind}`} />
                  <span className="legend-swatch" style={{ background: markerColour(kind) }} />
                  {t(`debrief.marker.${kind}`)}
                </label>
              ))}
            </div>
          </details>
        )}
        <output className="replay-clock" data-testid="replay-clock" data-tick={tick}>
          {t('debrief.position', { clock: scenarioClock(tick, tickSeconds), turn, turns: turnEnds.length - 1 })}
        </output>
      </div>
    </div>
  );
}
