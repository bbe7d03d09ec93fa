import { useEffect } from 'react';
import { useT } from '../i18n/useT';
import { HudStrip } from '../play/panels/GameHud';
import '../play/panels/game.css';
import './debrief.css';
import { DebriefCharts } from './charts/DebriefCharts';
import { closeDebrief, pause, play, stepBy } from './debriefFlow';
import { useDebriefStore } from './debriefStore';
import { DebriefView } from './DebriefView';
import { ReplayControls } from './ReplayControls';
import { DebriefSidePanel, sideTabs } from './side/DebriefSidePanel';
import { BranchButton } from './branch/BranchButton';
import { CompareTab } from './branch/CompareTab';
import { ReportButton } from './report/ReportButton';
import { TimelineBar } from './TimelineBar';

/**
 * The debrief (Anev) of one session: the 3D replay with the HUD of the moment shown, the timeline with
 * its key moments and controls, the charts under it, and beside it the event log, the per-player view
 * and the notes. Space plays and pauses, the arrow keys step.
 */
export default function DebriefScreen() {
  const t = useT();
  const status = useDebriefStore((state) => state.status);
  const failure = useDebriefStore((state) => state.failure);
  const name = useDebriefStore((state) => state.sessionName);
  const hud = useDebriefStore((state) => state.hud);
  const tickSeconds = useDebriefStore((state) => state.tickSeconds);
  const mismatched = useDebriefStore((state) => state.mismatchedTurns);
  const branchOf = useDebriefStore((state) => state.branchOf);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && (target.closest('input, textarea, select, [role="slider"]') || target.isContentEditable)) return;
      if (event.key === ' ') {
        event.preventDefault();
        if (useDebriefStore.getState().playing) pause();
        else play();
      } else if (event.key === 'ArrowLeft') stepBy(-1);
      else if (event.key === 'ArrowRight') stepBy(1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <main className="screen screen-game screen-debrief" data-testid="screen-debrief" data-status={status}>
      <header className="game-header">
        <h1>
          {t('debrief.title')} — {name}
          {branchOf && <small className="branch-badge"> · {t('debrief.branchOf', { name: branchOf.name ?? branchOf.id, turn: branchOf.turn })}</small>}
        </h1>
        <div className="button-row">
          <ReportButton />
          <BranchButton />
          <button type="button" className="button button-small" onClick={closeDebrief} data-testid="debrief-back">
            {t('debrief.back')}
          </button>
        </div>
      </header>
      {status === 'loading' && <p className="loading" role="status">{t('debrief.loading')}</p>}
      {status === 'failed' && failure && (
        <section className="panel game-failure" role="alert" data-testid="debrief-failure">
          <p>{t(failure.key, failure.params)}</p>
        </section>
      )}
      {mismatched.length > 0 && <p className="game-notice" role="alert">{t('debrief.mismatch', { turns: mismatched.join(', ') })}</p>}
      {status === 'ready' && (
        <div className="debrief-layout">
          <div className="debrief-main">
            {hud && <HudStrip hud={hud} tickSeconds={tickSeconds} />}
            <DebriefView />
            <TimelineBar />
            <ReplayControls />
            <DebriefCharts />
            <p className="plan-hint debrief-gestures">{t('debrief.gestures')}</p>
          </div>
          <aside className="debrief-side"><DebriefSidePanel tabs={branchOf ? [...sideTabs, { id: 'compare', render: () => <CompareTab /> }] : sideTabs} /></aside>
        </div>
      )}
    </main>
  );
}
