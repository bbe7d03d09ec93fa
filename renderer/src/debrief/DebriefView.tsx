import { useMemo } from 'react';
import { useT } from '../i18n/useT';
import { gateStates, placedBarriers, sceneEffects, sceneUnits } from '../play/sceneProps';
import { GameViewport } from '../play/panels/GameViewport';
import type { GameSceneProps } from '../scene/table/sceneContract';
import { useUiStore } from '../state/uiStore';
import { playerOrderOverlays } from './debriefOverlays';
import { useDebriefStore } from './debriefStore';
import { currentDebrief } from './debriefSession';

/**
 * The 3D view of the moment shown: the same scene as the game, fed by the replay display. The camera
 * stays where the instructor put it while the moment changes; a log entry frames its place.
 */
export function DebriefView() {
  const t = useT();
  const tick = useDebriefStore((state) => state.tick);
  const hud = useDebriefStore((state) => state.hud);
  const venueId = useDebriefStore((state) => state.venueId);
  const cameraCommand = useDebriefStore((state) => state.cameraCommand);
  const playerId = useDebriefStore((state) => state.playerId);
  const orders = useDebriefStore((state) => state.orders);
  const turnEnds = useDebriefStore((state) => state.turnEnds);
  const shadows = useUiStore((state) => state.settings.shadows);
  const display = currentDebrief()?.display ?? null;
  const game = display?.game ?? null;
  // `hud` changes whenever the moment shown reaches the store (at most ten times a second in playback).
  const units = useMemo(() => (game ? sceneUnits(game, null, t) : []), [game, hud, t]);
  const turn = Math.max(1, turnEnds.findIndex((end) => tick <= end));
  const overlays = useMemo(() => (game ? playerOrderOverlays(game, orders, playerId, turn, units) : []), [game, orders, playerId, turn, units]);
  const props = useMemo<GameSceneProps | null>(() => {
    if (!display || !game) return null;
    return {
      venueId, agents: display, units, selectedUnitId: null, overlays,
      effects: sceneEffects(game), gateStates: gateStates(game), placedBarriers: placedBarriers(game),
      cameraCommand, shadows,
      onSelectUnit: () => undefined,
      onGroundPointer: () => undefined,
    };
  }, [display, game, venueId, units, overlays, cameraCommand, shadows, hud]);
  if (!props) return <section className="game-view debrief-view" data-testid="debrief-view" />;
  return (
    <section className="game-view debrief-view" data-testid="debrief-view" data-tick={tick}>
      <GameViewport {...props} />
      <div className="camera-buttons">
        <button type="button" className="button button-small" onClick={() => useDebriefStore.setState({ cameraCommand: { kind: 'topDown' } })}>
          {t('plan.camera.top')}
        </button>
        <button type="button" className="button button-small" onClick={() => useDebriefStore.setState({ cameraCommand: { kind: 'perspective' } })}>
          {t('plan.camera.perspective')}
        </button>
      </div>
    </section>
  );
}
