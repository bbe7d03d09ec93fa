import { useMemo, useState } from 'react';
import { useT } from '../i18n/useT';
import { currentPlay } from '../play/playSession';
import { GameHud } from '../play/panels/GameHud';
import { GameViewport } from '../play/panels/GameViewport';
import { leaveGame, retryResolve } from '../play/gameFlow';
import { HandoffPanel } from '../play/panels/HandoffPanel';
import { groundPointer, mapPick, pickWasTaken, selectUnit } from '../play/planActions';
import { PlanningPanel } from '../play/panels/PlanningPanel';
import { PlaybackControls } from '../play/panels/PlaybackControls';
import { gateStates, placedBarriers, planOverlays, reachOverlays, sceneEffects, sceneUnits } from '../play/sceneProps';
import { sceneDamage } from '../play/hazardView';
import { TurnSummaryPanel } from '../play/panels/TurnSummaryPanel';
import type { GameSceneProps } from '../scene/table/sceneContract';
import { ConfirmDialog } from '../play/panels/ConfirmDialog';
import { DirectorConsole, DirectorHandoff } from '../play/panels/DirectorConsole';
import { commandCamera } from '../play/mapCamera';
import { useGameStore } from '../play/gameStore';
import '../play/panels/game.css';
import { useUiStore } from '../state/uiStore';
import { MapHoverCard, MapKey, MapLabelsToggle, setMapHover, useMapOptions } from '../play/panels/MapOptions';

/**
 * The game screen: hand-off (map hidden), planning, playback and the turn summary around one map
 * view, and the Direktur Latihan's hand-off and console (map hidden). Which one shows follows the game
 * store's phase; leaving asks first.
 */
export default function GameScreen() {
  const t = useT();
  const phase = useGameStore((state) => state.phase);
  const sessionName = useGameStore((state) => state.sessionName);
  const failure = useGameStore((state) => state.failure);
  const currentPlayerId = useGameStore((state) => state.currentPlayerId);
  const showMap = phase === 'planning' || phase === 'sending' || phase === 'playback' || phase === 'replay' || phase === 'summary' || phase === 'over';
  const planning = phase === 'planning' || (phase === 'sending' && currentPlayerId !== null);
  const directorQueued = useGameStore((state) => state.phase === 'director' && state.directorQueue.length > 0);
  // "Keluar ke menu" asks first: a mis-click must not end the room's session on screen.
  const [quitting, setQuitting] = useState(false);

  return (
    <main className="screen screen-game" data-testid="screen-game" data-phase={phase}>
      <header className="game-header">
        <h1>{sessionName}</h1>
        <button type="button" className="button button-small" onClick={() => setQuitting(true)} data-testid="game-quit">
          {t('game.quit')}
        </button>
      </header>
      {quitting && (
        <ConfirmDialog testId="quit-confirm" message={t('game.quitConfirm')} detail={directorQueued ? t('game.quitDirectorDraft') : null}
          confirmLabel={t('game.quitYes')} onCancel={() => setQuitting(false)} onConfirm={leaveGame} />
      )}
      {phase === 'loading' && <p className="loading" role="status">{t('app.loading')}</p>}
      {phase === 'failed' && failure && (
        <section className="panel game-failure" role="alert" data-testid="game-failure">
          <p>{t(failure.key, failure.params)}</p>
          {failure.retry && (
            <button type="button" className="button" onClick={retryResolve} data-testid="game-retry">
              {t('game.retry')}
            </button>
          )}
        </section>
      )}
      {phase === 'handoff' && <HandoffPanel />}
      {phase === 'directorHandoff' && <DirectorHandoff />}
      {phase === 'director' && <DirectorConsole />}
      {showMap && (
        <div className="game-layout">
          <div className="game-main">
            <GameHud />
            <GameMap />
          </div>
          <div className="game-side">
            {planning && <PlanningPanel />}
            {(phase === 'playback' || phase === 'replay') && <PlaybackControls />}
            {phase === 'sending' && !planning && <p role="status">{t('plan.sending')}</p>}
            {(phase === 'summary' || phase === 'over') && <TurnSummaryPanel />}
          </div>
        </div>
      )}
    </main>
  );
}

/** The map with the scene props derived from the mirror and the store. */
function GameMap() {
  const t = useT();
  const phase = useGameStore((state) => state.phase);
  const venueId = useGameStore((state) => state.venueId);
  const currentPlayerId = useGameStore((state) => state.currentPlayerId);
  const selectedUnitId = useGameStore((state) => state.selectedUnitId);
  const plan = useGameStore((state) => state.plan);
  const toolId = useGameStore((state) => state.toolId);
  const hud = useGameStore((state) => state.hud);
  const shadows = useUiStore((state) => state.settings.shadows);
  const labels = useMapOptions((state) => state.labels);
  // The camera buttons and the turn summary's "show the place" give the camera its commands (mapCamera.ts).
  const cameraCommand = useGameStore((state) => state.camera);
  // The mirror's game, or the copy a replay plays (rewatch.ts) while one runs.
  const game = currentPlay()?.shownGame();
  const planningPlayer = phase === 'planning' || phase === 'sending' ? currentPlayerId : null;

  // Units (labels, centres) change only between phases; rebuilding them during playback would make
  // the scene rebuild its unit tables a few times a second.
  const units = useMemo(() => (game ? sceneUnits(game, planningPlayer, t) : []), [game, planningPlayer, t, phase]);
  // The plan, and the reach rings of the chosen tool before the click.
  const overlays = useMemo(
    () => (game && planningPlayer ? [...reachOverlays(game, selectedUnitId, toolId, plan), ...planOverlays(game, plan, units)] : []),
    [game, planningPlayer, plan, units, selectedUnitId, toolId],
  );
  // `hud` changes a few times a second during playback and refreshes effects, gates and barriers.
  const world = useMemo(
    () => (game ? { effects: sceneEffects(game), gateStates: gateStates(game), placedBarriers: placedBarriers(game), damage: sceneDamage(game) } : null),
    [game, hud],
  );
  const props = useMemo<GameSceneProps | null>(() => {
    if (!game || !world) return null;
    return {
      venueId,
      agents: currentPlay()?.shownFrames() ?? null,
      units,
      selectedUnitId,
      overlays,
      ...world,
      cameraCommand,
      shadows,
      labels,
      onHover: setMapHover,
      // A click on empty ground reports null before the ground point; the selection stays so that the
      // click orders the selected unit (Escape or the unit list deselects).
      onSelectUnit: (id) => {
        // A click that a tool took as its target (the platoon to relieve, the person to arrest) selects nothing.
        if (pickWasTaken()) return;
        if (id !== null) selectUnit(id);
      },
      onPick: (pick, event) => { mapPick(pick, event.button); },
      onGroundPointer: (event) => {
        // A drag reports no pick; a click's pick may have been taken by the tool already.
        if (!event.dragTo && pickWasTaken()) return;
        groundPointer(event.point, event.dragTo, event.button, event.shift, event.pick ?? null);
      },
    };
  }, [game, world, venueId, units, selectedUnitId, overlays, cameraCommand, shadows, labels]);

  if (!props) return null;
  return (
    <section className="game-view" data-testid="game-view">
      <GameViewport {...props} />
      <MapHoverCard />
      <MapKey own={planningPlayer !== null} other={units.some((u) => u.relation === 'other')} />
      <div className="camera-buttons">
        <MapLabelsToggle />
        <button type="button" className="button button-small" onClick={() => commandCamera({ kind: 'topDown' })}>
          {t('plan.camera.top')}
        </button>
        <button type="button" className="button button-small" onClick={() => commandCamera({ kind: 'perspective' })}>
          {t('plan.camera.perspective')}
        </button>
      </div>
    </section>
  );
}
