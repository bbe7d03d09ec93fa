import type { LogEntry } from '../../../../shared/debrief/timeline';
import { describeEntry, type EntryContext } from '../../debrief/side/describeEntry';
import { showOnMap } from '../mapCamera';
import type { TurnSummary } from '../turnSummary';

/**
 * The turn's incidents (the debrief's event-log runs: one line per subject and stretch of time, with
 * time, place, who and cause), each one with a place a button that shows it on the map; then the level
 * changes and, apart from them, the changes of control.
 */
export function SummaryIncidents({ summary, ctx }: { summary: TurnSummary; ctx: EntryContext }) {
  const { t } = ctx;
  return (
    <>
      {summary.levelChanges.length > 0 && (
        <>
          <h3>{t('summary.levelChanges')}</h3>
          <ul className="summary-incidents" data-testid="summary-changes">
            {summary.levelChanges.map((entry) => <Incident key={entry.index} entry={entry} ctx={ctx} />)}
          </ul>
        </>
      )}
      {summary.controlChanges.length > 0 && (
        <>
          <h3>{t('summary.controlChanges')}</h3>
          <ul className="summary-incidents" data-testid="summary-control">
            {summary.controlChanges.map((entry) => <Incident key={entry.index} entry={entry} ctx={ctx} />)}
          </ul>
        </>
      )}
      <h3>{t('summary.incidents')}</h3>
      {summary.lines.length === 0 ? <p>{t('summary.nothing')}</p> : (
        <>
          <p className="summary-detail">{t('summary.incidentsHint')}</p>
          <ul className="summary-incidents" data-testid="summary-incidents">
            {summary.lines.map((entry) => <Incident key={entry.index} entry={entry} ctx={ctx} />)}
          </ul>
        </>
      )}
    </>
  );
}

/** One incident: what (with its count), when, where, who, whose order; a button when it has a place. */
function Incident({ entry, ctx }: { entry: LogEntry; ctx: EntryContext }) {
  const words = describeEntry(entry, ctx);
  const cause = [words.order, words.player].filter(Boolean).join(', ');
  const body = (
    <>
      <span className="incident-head">
        <span className="incident-title">{words.title}{words.count ? ` ${words.count}` : ''}</span>
        <span className="summary-count">{words.time}</span>
      </span>
      <span className="incident-meta">
        {[words.place, words.who, cause || null, words.detail].filter(Boolean).join(' · ')}
      </span>
    </>
  );
  const place = entry.place;
  return (
    <li data-type={entry.type} data-event={entry.event.type === 'script_event' ? entry.event.eventId : undefined}
      data-by={entry.event.type === 'script_event' ? entry.event.by : undefined}>
      {place ? (
        <button type="button" className="incident incident-place" title={ctx.t('summary.showPlace')} onClick={() => showOnMap(place)}>
          {body}
        </button>
      ) : <div className="incident">{body}</div>}
    </li>
  );
}
