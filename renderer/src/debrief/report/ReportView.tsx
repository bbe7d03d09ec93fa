import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { SessionDetail } from '../../../../shared/contract/sessions';
import { getScenario } from '../../../../shared/scenario';
import { host } from '../../host/hostClient';
import { printReport, type PrintOutcome } from '../../host/printReport';
import { textIn } from '../../i18n/useT';
import { venueNameKey } from '../../scene/previewVenues';
import { describeError, reportError } from '../../state/actions';
import { useDebriefStore } from '../debriefStore';
import { useEntryContext } from '../side/useEntryContext';
import { keyNumbersByTurn, type EventRow } from './keyNumbers';
import { ReportDocument, type ReportFacts } from './ReportDocument';
import { picturesAt } from './reportPictures';
import { buildReportModel, reportBlocks, type ReportModel } from './reportModel';
import './report.css';

/**
 * The Anev report of the debrief open now, as a print-styled view over the debrief: it reads the
 * stored session once (date, scenario, setup, the turn records), builds the document one block per
 * step so the page stays responsive, takes the 3D pictures of the bookmarks from the debrief's view
 * underneath, and prints through the host (a PDF in the desktop app, the print dialog in a browser).
 */
export function ReportView({ onClose }: { onClose: () => void }) {
  const ctx = useEntryContext();
  const { t, language } = ctx;
  const sessionId = useDebriefStore((state) => state.sessionId);
  const [loaded, setLoaded] = useState<{ model: ReportModel; facts: ReportFacts } | { failed: string } | null>(null);
  const [shown, setShown] = useState(0);
  const [pictures, setPictures] = useState<(string | null | undefined)[]>([]);
  const [picturesDone, setPicturesDone] = useState(false);
  const [outcome, setOutcome] = useState<PrintOutcome | null>(null);
  const [printing, setPrinting] = useState(false);
  const cancelled = useRef(false);

  useEffect(() => {
    document.body.classList.add('printing-report');
    cancelled.current = false;
    return () => {
      cancelled.current = true;
      document.body.classList.remove('printing-report');
    };
  }, []);

  useEffect(() => {
    if (!sessionId) return;
    let stale = false;
    host.openSession(sessionId).then(
      (detail) => !stale && setLoaded(assemble(detail, language)),
      (error: unknown) => !stale && setLoaded({ failed: describeError(error).detail }),
    );
    return () => {
      stale = true;
    };
  }, [sessionId, language]);

  const ready = loaded && 'model' in loaded ? loaded : null;
  const blocks = useMemo(() => (ready ? reportBlocks(ready.model) : []), [ready]);

  // One block per step: each step renders a few rows, then lets the page breathe.
  useEffect(() => {
    if (shown >= blocks.length) return;
    const id = setTimeout(() => setShown((n) => n + 1), 0);
    return () => clearTimeout(id);
  }, [shown, blocks]);

  // The pictures, once the text is in place (the 3D view under the report draws each moment).
  const textDone = blocks.length > 0 && shown >= blocks.length;
  useEffect(() => {
    if (!ready || !textDone) return;
    const ticks = ready.model.bookmarks.map((bookmark) => bookmark.tick);
    if (ticks.length === 0) {
      setPicturesDone(true);
      return;
    }
    setPictures(ticks.map(() => undefined));
    void picturesAt(ticks, (index, url) => setPictures((list) => list.map((old, k) => (k === index ? url : old))), () => cancelled.current).finally(() => {
      if (!cancelled.current) setPicturesDone(true);
    });
  }, [ready, textDone]);

  const done = textDone && picturesDone;
  const print = async () => {
    if (!ready) return;
    setPrinting(true);
    try {
      setOutcome(await printReport(t('report.fileName', { name: ready.facts.summary.name })));
    } catch (error) {
      reportError(error);
    } finally {
      setPrinting(false);
    }
  };

  return createPortal(
    <div className="anev-report-overlay" data-testid="report-view" data-state={done ? 'ready' : 'building'} role="dialog" aria-label={t('report.title')}>
      <div className="anev-report-toolbar">
        <button type="button" className="button button-small" onClick={onClose} data-testid="report-close">{t('report.close')}</button>
        <button type="button" className="button button-small button-primary" onClick={() => void print()} disabled={!done || printing} data-testid="report-print">
          {t('report.print')}
        </button>
        <span role="status" className="anev-report-status">
          {loaded && 'failed' in loaded
            ? t('debrief.loadFailed', { message: loaded.failed })
            : !done
              ? t('report.building', { done: Math.min(shown, blocks.length), total: blocks.length || '…' })
              : outcome === 'saved' ? t('report.saved') : outcome === 'cancelled' ? t('report.cancelled') : t('report.ready')}
        </span>
      </div>
      {ready && <ReportDocument model={ready.model} facts={ready.facts} blocks={blocks.slice(0, shown)} ctx={ctx} entries={useDebriefStore.getState().entries} pictures={pictures} />}
    </div>,
    document.body,
  );

  function assemble(detail: SessionDetail, lang: typeof language): { model: ReportModel; facts: ReportFacts } {
    const state = useDebriefStore.getState();
    // The scores per turn are in the log (one `turn_scored` entry each); the rest is in the turn records.
    const rows: EventRow[] = state.entries
      .filter((entry) => entry.event.type === 'turn_scored')
      .map((entry) => ({ turn: (entry.event as { score: { turn: number } }).score.turn, tick: entry.fromTick, type: 'turn_scored', data: entry.event }));
    const numbers = keyNumbersByTurn(detail.turns, rows);
    const model = buildReportModel({ players: detail.players, setup: detail.setup, markers: state.markers, entries: state.entries, orders: state.orders, annotations: state.annotations, numbers });
    const scenario = getScenario(detail.summary.scenarioId);
    const venueKey = venueNameKey(detail.summary.venueId);
    return {
      model,
      facts: {
        summary: detail.summary,
        scenarioName: scenario ? textIn(lang, scenario.name) : detail.summary.scenarioId,
        venueName: venueKey ? t(venueKey) : detail.summary.venueId,
        turnEnds: state.turnEnds,
        tickSeconds: state.tickSeconds,
        printedAt: new Date(),
      },
    };
  }
}
