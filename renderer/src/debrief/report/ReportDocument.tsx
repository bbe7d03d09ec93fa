import { scenarioClock, type LogEntry } from '../../../../shared/debrief/timeline';
import type { SessionSummary } from '../../../../shared/contract/host';
import type { MessageKey } from '../../../../shared/i18n/messages';
import { localeOf } from '../../i18n/useT';
import { markerColour } from '../markerColours';
import { describeEntry, describeJudgement, playerName, unitName, type EntryContext } from '../side/describeEntry';
import type { KeyNumbers } from './keyNumbers';
import { turnOfTick } from '../../../../shared/debrief/timeline';
import { sparklinePoints, type ReportBlock, type ReportModel } from './reportModel';

/**
 * The Anev report as a document: the session, the key moments, every judgement with its rule,
 * citation and facts, each player's part, the numbers per turn with trend lines, the instructor's
 * notes and the pictures of the bookmarked moments. It draws the blocks built so far (ReportView
 * adds them a few at a time); the print stylesheet starts each section on a new A4 page.
 */

/** What the document shows besides the model. */
export interface ReportFacts {
  summary: SessionSummary;
  scenarioName: string;
  venueName: string;
  turnEnds: readonly number[];
  tickSeconds: number;
  printedAt: Date;
}

/** Props of {@link ReportDocument}. */
export interface ReportDocumentProps {
  model: ReportModel;
  facts: ReportFacts;
  blocks: readonly ReportBlock[];
  ctx: EntryContext;
  /** The session's event log (the moments and judgements point into it). */
  entries: readonly LogEntry[];
  /** Picture per bookmark (undefined: not taken yet; null: could not be taken). */
  pictures: readonly (string | null | undefined)[];
}

/** The numbers of the per-turn table, with how each is shown. */
const numberColumns: { id: keyof KeyNumbers; key: MessageKey; show: (n: KeyNumbers) => string; value: (n: KeyNumbers) => number | null }[] = [
  { id: 'legitimacy', key: 'report.numbers.legitimacy', show: (n) => `${Math.round(n.legitimacy * 100)}%`, value: (n) => n.legitimacy },
  { id: 'injuredOfficers', key: 'report.numbers.injuredOfficers', show: (n) => String(n.injuredOfficers), value: (n) => n.injuredOfficers },
  { id: 'injuredProtesters', key: 'report.numbers.injuredProtesters', show: (n) => String(n.injuredProtesters), value: (n) => n.injuredProtesters },
  { id: 'arrests', key: 'report.numbers.arrests', show: (n) => String(n.arrests), value: (n) => n.arrests },
  { id: 'damage', key: 'report.numbers.damage', show: (n) => String(Math.round(n.damage)), value: (n) => n.damage },
  { id: 'policeScore', key: 'report.numbers.policeScore', show: (n) => (n.policeScore === null ? '—' : String(Math.round(n.policeScore))), value: (n) => n.policeScore },
  { id: 'crowdScore', key: 'report.numbers.crowdScore', show: (n) => (n.crowdScore === null ? '—' : String(Math.round(n.crowdScore))), value: (n) => n.crowdScore },
];

/** The whole document. */
export function ReportDocument({ model, facts, blocks, ctx, entries, pictures }: ReportDocumentProps) {
  const { t } = ctx;
  return (
    <article className="anev-report" data-testid="anev-report" lang={ctx.language}>
      <header className="report-title">
        <h1>{t('report.title')}</h1>
        <p>{facts.summary.name}</p>
      </header>
      {blocks.map((block) => (
        <section key={`${block.section}-${block.from}`} className={`report-section report-${block.section}${block.first ? ' report-section-start' : ''}`} data-section={block.section}>
          {block.first && <h2>{t(`report.section.${block.section}`)}</h2>}
          <Block block={block} {...{ model, facts, ctx, entries, pictures }} />
        </section>
      ))}
      <footer className="report-footer">{t('report.footer', { session: facts.summary.name })}</footer>
    </article>
  );
}

function Block({ block, model, facts, ctx, entries, pictures }: { block: ReportBlock } & Omit<ReportDocumentProps, 'blocks'>) {
  const { t } = ctx;
  const clock = (tick: number) => scenarioClock(tick, facts.tickSeconds);
  switch (block.section) {
    case 'session':
      return <SessionBlock model={model} facts={facts} ctx={ctx} />;
    case 'moments':
      if (model.moments.length === 0) return <p>{t('report.none')}</p>;
      return (
        <table className="report-table">
          {block.first && <thead><tr><th>{t('report.time')}</th><th>{t('report.turn')}</th><th>{t('report.kind')}</th><th>{t('report.what')}</th></tr></thead>}
          <tbody>
            {model.moments.slice(block.from, block.to).map((marker, k) => {
              const entry = marker.entry === null ? undefined : entries[marker.entry];
              return (
                <tr key={`${marker.tick}-${k}`}>
                  <td>{clock(marker.tick)}</td>
                  <td>{turnOfTick(marker.tick, facts.turnEnds)}</td>
                  <td><span className="legend-swatch" style={{ background: markerColour(marker.kind) }} /> {t(`debrief.marker.${marker.kind}`)}</td>
                  <td>{entry ? momentWords(entry, ctx) : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      );
    case 'judgements':
      if (model.judgements.length === 0) return <p>{t('report.none')}</p>;
      return (
        <>
          {model.judgements.slice(block.from, block.to).map((entry) => {
            const words = describeJudgement(entry, ctx);
            const what = describeEntry(entry, ctx);
            if (!words) return null;
            return (
              <div key={entry.index} className={`report-judgement verdict-${entry.verdict}`} data-verdict={entry.verdict}>
                <p className="report-judgement-head">
                  <strong>{words.verdict}</strong> · {what.time} · {t('report.turn')} {turnOfTick(entry.fromTick, facts.turnEnds)} · {unitName(ctx, entry.unitId) ?? '—'}
                  {what.order ? ` · ${what.order}` : ''}{what.player ? ` · ${what.player}` : ''}{what.count ? ` · ${what.count}` : ''}
                </p>
                <p>
                  {[words.stage, words.level].filter(Boolean).join(' · ')}
                  {words.stage || words.level ? ' · ' : ''}{t('report.rule')}: {words.rule}
                </p>
                <p className="report-citation">{t('report.citation')}: {words.citation}</p>
                {(words.facts.length > 0 || words.issues.length > 0) && (
                  <p className="report-facts">
                    {t('report.facts')}: {words.facts.map((fact) => `${fact.label}: ${fact.value}`).join('; ')}
                    {words.issues.length > 0 ? `; ${words.issues.join(', ')}` : ''}
                  </p>
                )}
              </div>
            );
          })}
        </>
      );
    case 'players':
      return (
        <>
          {model.summaries.slice(block.from, block.to).map((summary) => (
            <div key={summary.player.id} className="report-player">
              <h3>{summary.player.name} — {t(`report.role.${summary.player.role}`)}</h3>
              <p>{t('report.ordersPerTurn')}: {summary.ordersPerTurn.length ? summary.ordersPerTurn.map((n, k) => `${k + 1}: ${n}`).join(' · ') : '—'} ({t('report.ordersTotal')}: {summary.ordersTotal})</p>
              <p>
                {t('report.judgementsByVerdict')}: {(['proper', 'questionable', 'violation'] as const).map((v) => `${t(`verdict.${v}`)} ${summary.verdicts[v]}`).join(' · ')}
              </p>
              {summary.score !== null && <p>{t('report.score')}: {Math.round(summary.score)}</p>}
            </div>
          ))}
        </>
      );
    case 'charts':
      return <NumbersTable numbers={model.numbers} ctx={ctx} />;
    case 'notes': {
      const all = [...model.notes, ...model.bookmarks].sort((a, b) => a.tick - b.tick || a.id - b.id);
      if (all.length === 0) return <p>{t('report.none')}</p>;
      return (
        <table className="report-table">
          {block.first && <thead><tr><th>{t('report.time')}</th><th>{t('report.turn')}</th><th>{t('report.kind')}</th><th>{t('report.what')}</th><th>{t('report.author')}</th></tr></thead>}
          <tbody>
            {all.slice(block.from, block.to).map((note) => (
              <tr key={note.id}>
                <td>{clock(note.tick)}</td>
                <td>{turnOfTick(note.tick, facts.turnEnds)}</td>
                <td>{t(`report.noteKind.${note.kind}`)}</td>
                <td>{note.text}</td>
                <td>{note.author}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
    case 'pictures':
      if (model.bookmarks.length === 0) return <p>{t('report.noPictures')}</p>;
      return (
        <>
          {model.bookmarks.slice(block.from, block.to).map((bookmark, k) => {
            const picture = pictures[block.from + k];
            const caption = t('report.pictureCaption', { clock: clock(bookmark.tick), turn: turnOfTick(bookmark.tick, facts.turnEnds), text: bookmark.text });
            return (
              <figure key={bookmark.id} className="report-picture" data-testid="report-picture" data-tick={bookmark.tick} data-state={picture === undefined ? 'pending' : picture === null ? 'failed' : 'ready'}>
                {picture ? <img src={picture} alt={caption} /> : <p className="report-picture-missing">{picture === null ? t('report.pictureFailed') : '…'}</p>}
                <figcaption>{caption}</figcaption>
              </figure>
            );
          })}
        </>
      );
  }
}

/** The short words of the log entry a marker stands for. */
function momentWords(entry: LogEntry, ctx: EntryContext): string {
  const words = describeEntry(entry, ctx);
  return [words.title, words.who, words.count].filter(Boolean).join(' · ');
}

function SessionBlock({ model, facts, ctx }: Pick<ReportDocumentProps, 'model' | 'facts' | 'ctx'>) {
  const { t } = ctx;
  const date = (iso: string | Date) => new Intl.DateTimeFormat(localeOf(ctx.language), { dateStyle: 'long', timeStyle: 'short' }).format(typeof iso === 'string' ? new Date(iso) : iso);
  const { summary } = facts;
  return (
    <>
      <dl className="report-facts-list">
        <dt>{t('report.session')}</dt><dd>{summary.name}</dd>
        <dt>{t('report.scenario')}</dt><dd>{facts.scenarioName}</dd>
        <dt>{t('report.venue')}</dt><dd>{facts.venueName}</dd>
        <dt>{t('report.created')}</dt><dd>{date(summary.createdAt)}</dd>
        <dt>{t('report.turns')}</dt><dd>{model.numbers.length}</dd>
        <dt>{t('report.status')}</dt><dd>{t(`status.${summary.status}`)}</dd>
        {summary.branchOf && (<><dt>{t('report.branchOf')}</dt><dd>{t('debrief.branchOf', { name: summary.branchOf.name ?? summary.branchOf.id, turn: summary.branchOf.turn })}</dd></>)}
        <dt>{t('report.printedAt')}</dt><dd>{date(facts.printedAt)}</dd>
      </dl>
      <h3>{t('report.players')}</h3>
      <table className="report-table">
        <thead><tr><th>{t('report.player')}</th><th>{t('report.role')}</th><th>{t('report.units')}</th></tr></thead>
        <tbody>
          {model.players.map((player) => (
            <tr key={player.id}>
              <td>{playerName(ctx, player.id) ?? player.name}</td>
              <td>{t(`report.role.${player.role}`)}</td>
              <td>{player.units.map((id) => (player.role === 'police' ? unitName(ctx, id) : ctx.roster.groups.get(id) ?? id)).join(', ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The key numbers per turn with a trend line for each. */
function NumbersTable({ numbers, ctx }: { numbers: readonly KeyNumbers[]; ctx: EntryContext }) {
  const { t } = ctx;
  if (numbers.length === 0) return <p>{t('report.none')}</p>;
  return (
    <table className="report-table report-numbers">
      <thead>
        <tr>
          <th>{t('report.turn')}</th>
          <th>{t('report.numbers.level')}</th>
          {numberColumns.map((column) => <th key={column.id}>{t(column.key)}</th>)}
        </tr>
      </thead>
      <tbody>
        {numbers.map((n) => (
          <tr key={n.turn}>
            <td>{n.turn}</td>
            <td>{n.level ? t(`level.${n.level}`) : '—'}</td>
            {numberColumns.map((column) => <td key={column.id}>{column.show(n)}</td>)}
          </tr>
        ))}
        <tr className="report-trend">
          <td>{t('report.trend')}</td>
          <td>
            <Sparkline values={numbers.map((n) => (n.level === 'merah' ? 2 : n.level === 'kuning' ? 1 : n.level === 'hijau' ? 0 : null))} />
          </td>
          {numberColumns.map((column) => (
            <td key={column.id}><Sparkline values={numbers.map(column.value)} /></td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

/** A small inline trend line (prints as vector graphics). */
function Sparkline({ values }: { values: readonly (number | null)[] }) {
  const points = sparklinePoints(values, 60, 16);
  return (
    <svg className="report-sparkline" width="64" height="20" viewBox="-2 -2 64 20" aria-hidden="true">
      {points && <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.5" />}
    </svg>
  );
}
