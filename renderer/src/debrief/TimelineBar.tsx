import { useCallback, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { fractionAtTick, scenarioClock, tickAtFraction, type Marker } from '../../../shared/debrief/timeline';
import { useT } from '../i18n/useT';
import { useDebriefStore } from './debriefStore';
import { pause, seekTo, selectEntry, stepBy } from './debriefFlow';
import { markerColour } from './markerColours';

/**
 * The scrub bar over the whole session: turn boundaries, the key moments coloured by kind, notes and
 * bookmarks, and the playhead. Dragging shows each moment as the worker delivers it (latest wins);
 * dropping shows exactly where it was dropped. Arrow keys step, Home/End jump.
 */
export function TimelineBar() {
  const t = useT();
  const totalTicks = useDebriefStore((state) => state.totalTicks);
  const tick = useDebriefStore((state) => state.tick);
  const turnEnds = useDebriefStore((state) => state.turnEnds);
  const markers = useDebriefStore((state) => state.markers);
  const annotations = useDebriefStore((state) => state.annotations);
  const tickSeconds = useDebriefStore((state) => state.tickSeconds);
  const bar = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);

  const tickAt = useCallback(
    (clientX: number) => {
      const rect = bar.current?.getBoundingClientRect();
      return rect && rect.width > 0 ? tickAtFraction((clientX - rect.left) / rect.width, totalTicks) : 0;
    },
    [totalTicks],
  );
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if ((event.target as HTMLElement).dataset.marker) return;
    dragging.current = true;
    event.currentTarget.setPointerCapture(event.pointerId);
    pause();
    seekTo(tickAt(event.clientX));
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (dragging.current) seekTo(tickAt(event.clientX));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (!dragging.current) return;
    dragging.current = false;
    seekTo(tickAt(event.clientX));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? 20 : 1;
    if (event.key === 'ArrowLeft') stepBy(-step);
    else if (event.key === 'ArrowRight') stepBy(step);
    else if (event.key === 'Home') seekTo(0);
    else if (event.key === 'End') seekTo(totalTicks);
    else return;
    event.preventDefault();
  };
  const at = (value: number) => `${fractionAtTick(value, totalTicks) * 100}%`;
  const title = (marker: Marker) => `${scenarioClock(marker.tick, tickSeconds)} · ${t(`debrief.marker.${marker.kind}`)}${marker.count > 1 ? ` ×${marker.count}` : ''}`;

  return (
    <div className="timeline">
      <div
        ref={bar}
        className="timeline-bar"
        role="slider"
        tabIndex={0}
        aria-label={t('debrief.scrub')}
        aria-valuemin={0}
        aria-valuemax={totalTicks}
        aria-valuenow={tick}
        aria-valuetext={scenarioClock(tick, tickSeconds)}
        data-testid="timeline"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onKeyDown={onKeyDown}
      >
        {turnEnds.slice(1, -1).map((end, k) => (
          <span key={end} className="timeline-turn" style={{ left: at(end) }} title={t('debrief.turnEnd', { turn: k + 1 })} />
        ))}
        {markers.map((marker, index) => (
          <button
            key={`${marker.kind}-${marker.tick}-${index}`}
            type="button"
            className={`timeline-marker marker-kind-${marker.kind}`}
            style={{ left: at(marker.tick), background: markerColour(marker.kind) }}
            title={title(marker)}
            aria-label={title(marker)}
            data-marker={marker.kind}
            data-tick={marker.tick}
            tabIndex={-1}
            onClick={() => (marker.entry !== null ? selectEntry(marker.entry) : seekTo(marker.tick))}
          />
        ))}
        {annotations.map((note) => (
          <button
            key={`note-${note.id}`}
            type="button"
            className={`timeline-note note-${note.kind}`}
            style={{ left: at(note.tick), background: markerColour(note.kind) }}
            title={`${scenarioClock(note.tick, tickSeconds)} · ${note.text}`}
            aria-label={`${t(`debrief.marker.${note.kind}`)}: ${note.text}`}
            data-marker={note.kind}
            data-tick={note.tick}
            tabIndex={-1}
            onClick={() => {
              pause();
              seekTo(note.tick);
            }}
          />
        ))}
        <span className="timeline-playhead" style={{ left: at(tick) }} data-testid="timeline-playhead" />
      </div>
    </div>
  );
}
