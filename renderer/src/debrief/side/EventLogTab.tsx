import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { entryAtTick, filterLog, type LogEntry } from '../../../../shared/debrief/timeline';
import { useT } from '../../i18n/useT';
import { selectEntry } from '../debriefFlow';
import { useDebriefStore } from '../debriefStore';
import { markerColour } from '../markerColours';
import { describeEntry, type EntryContext } from './describeEntry';
import { EntryDetail } from './EntryDetail';
import { LogFilters } from './LogFilters';
import { useEntryContext } from './useEntryContext';
import { rowAfterKey, scrollToReveal, virtualWindow } from './virtualWindow';

/** Height of one log row in px (three lines); side.css gives `.log-row` the same. */
export const LOG_ROW_PX = 60;

/**
 * The event log tab: the filters, the entries that pass them (only the rows in view are rendered), and
 * the selected entry's details. Clicking a row or moving with the arrow keys picks the entry: the
 * replay jumps to its moment and frames its place. The entry at the moment shown is marked as playback
 * runs, and kept in view while playing.
 */
export function EventLogTab() {
  const t = useT();
  const ctx = useEntryContext();
  const entries = useDebriefStore((state) => state.entries);
  const filter = useDebriefStore((state) => state.filter);
  const selected = useDebriefStore((state) => state.selectedEntry);
  const tick = useDebriefStore((state) => state.tick);
  const playing = useDebriefStore((state) => state.playing);
  const shown = useMemo(() => filterLog(entries, filter), [entries, filter]);
  const list = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(400);

  const currentRow = entryAtTick(shown, tick);
  const selectedRow = useMemo(() => (selected === null ? -1 : shown.findIndex((entry) => entry.index === selected)), [shown, selected]);

  useLayoutEffect(() => {
    const element = list.current;
    if (!element) return;
    const measure = () => setViewport(element.clientHeight);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const reveal = (row: number) => {
    const element = list.current;
    if (!element || row < 0) return;
    const target = scrollToReveal(row, LOG_ROW_PX, element.scrollTop, element.clientHeight);
    if (target !== null) element.scrollTop = target;
  };
  useEffect(() => reveal(selectedRow), [selectedRow]);
  useEffect(() => {
    if (playing) reveal(currentRow);
  }, [playing, currentRow]);

  const win = virtualWindow(shown.length, LOG_ROW_PX, scrollTop, viewport);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const from = selectedRow >= 0 ? selectedRow : currentRow;
    const row = rowAfterKey(event.key, from, shown.length, Math.floor(viewport / LOG_ROW_PX));
    if (row === null) return;
    event.preventDefault();
    event.stopPropagation();
    const entry = shown[row];
    if (entry) selectEntry(entry.index);
  };
  const selectedEntry = selected === null ? null : (entries[selected] ?? null);

  return (
    <div className="side-log">
      <LogFilters entries={entries} ctx={ctx} />
      <p className="side-count" aria-live="polite" data-testid="log-count">{t('debriefSide.logCount', { shown: shown.length, total: entries.length })}</p>
      <div
        ref={list}
        className="log-list"
        role="listbox"
        tabIndex={0}
        aria-label={t('debriefSide.logList')}
        aria-activedescendant={selectedRow >= win.first && selectedRow < win.end ? `log-row-${selected}` : undefined}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        onKeyDown={onKeyDown}
        data-testid="event-log"
      >
        {shown.length === 0 && <p className="side-empty">{t('debrief.noEvents')}</p>}
        <div className="log-spacer" style={{ height: win.total }}>
          <div style={{ transform: `translateY(${win.offset}px)` }}>
            {shown.slice(win.first, win.end).map((entry, k) => (
              <LogRow key={entry.index} entry={entry} ctx={ctx} selected={entry.index === selected} current={win.first + k === currentRow} />
            ))}
          </div>
        </div>
      </div>
      <section className="log-detail" aria-label={t('debriefSide.detail')} data-testid="log-detail">
        {selectedEntry ? <EntryDetail entry={selectedEntry} ctx={ctx} /> : <p className="side-empty">{t('debriefSide.noSelection')}</p>}
      </section>
    </div>
  );
}

/** One row of the log: time, what, who and where, the order and its player. */
function LogRow({ entry, ctx, selected, current }: { entry: LogEntry; ctx: EntryContext; selected: boolean; current: boolean }) {
  const words = describeEntry(entry, ctx);
  const colour = entry.verdict ? markerColour(entry.verdict) : null;
  const who = [words.who, words.place].filter(Boolean).join(' · ');
  const order = words.order && words.player ? ctx.t('debriefSide.orderBy', { order: words.order, player: words.player }) : (words.order ?? words.player);
  const [second, third] = [who, order, words.detail].filter((line): line is string => Boolean(line));
  return (
    <div
      id={`log-row-${entry.index}`}
      className={`log-row${selected ? ' is-selected' : ''}${current ? ' is-current' : ''}`}
      role="option"
      aria-selected={selected}
      aria-current={current ? 'time' : undefined}
      onClick={() => selectEntry(entry.index)}
      data-testid="log-row"
      data-entry={entry.index}
      title={[words.time, words.title, words.who, words.place, order, words.detail].filter(Boolean).join('\n')}
    >
      <div className="log-line log-head">
        <span className="log-time">{words.time}</span>
        {words.count && <span className="log-count">{words.count}</span>}
        {colour && <span className="legend-swatch" style={{ background: colour }} aria-hidden="true" />}
        <span className="log-title">{words.title}</span>
      </div>
      <div className="log-line">{second ?? '\u00a0'}</div>
      <div className="log-line log-order">{third ?? '\u00a0'}</div>
    </div>
  );
}
