import { turnOfTick } from '../../../shared/debrief/timeline';
import { useMemo } from 'react';
import { useT } from '../i18n/useT';
import { gateStates, placedBarriers, sceneEffects, sceneUnits } from '../play/sceneProps';
import { sceneDamage } from '../play/hazardView';
import { GameViewport } from '../play/panels/GameViewport';
import type { GameSceneProps } from '../scene/table/sceneContract';
import { useUiStore } from '../state/uiStore';
import { playerOrderOverlays } from './debriefOverlays';
import { useDebriefStore } from './debriefStore';
import { currentDebrief } from './debriefSession';
import { heatLayerOf, trailOverlays } from './view/viewLayers';
import { ViewLayerControls } from './view/ViewLayerControls';

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
  const trails = useDebriefStore((state) => state.trails);
  const heatMode = useDebriefStore((state) => state.heat);
  const heatWindowSeconds = useDebriefStore((state) => state.heatWindowSeconds);
  const tickSeconds = useDebriefStore((state) => state.tickSeconds);
  const shadows = useUiStore((state) => state.settings.shadows);
  const session = currentDebrief();
  const display = session?.display ?? null;
  const game = display?.game ?? null;
  // `hud` changes whenever the moment shown reaches the store (at most ten times a second in playback).
  const units = useMemo(() => (game ? sceneUnits(game, null, t) : []), [game, hud, t]);
  const turn = turnOfTick(tick, turnEnds);
  const trail = trails ? (session?.trail ?? null) : null;
  const overlays = useMemo(() => {
    if (!game) return [];
    const given = playerOrderOverlays(game, orders, playerId, turn, units);
    return trail ? [...trailOverlays(trail, game.state.units.length, units.map((unit) => unit.id)), ...given] : given;
  }, [game, orders, playerId, turn, units, trail]);
  const heat = useMemo(
    () => (game && session ? heatLayerOf(game, heatMode, session.injuryPoints, heatWindowSeconds / tickSeconds, tick) : null),
    [game, session, heatMode, heatWindowSeconds, tickSeconds, tick, hud],
  );
  const props = useMemo<GameSceneProps | null>(() => {
    if (!display || !game) return null;
    return {
      venueId, agents: display, units, selectedUnitId: null, overlays,
      effects: sceneEffects(game), gateStates: gateStates(game), placedBarriers: placedBarriers(game), damage: sceneDamage(game),
      cameraCommand, shadows, heat: heat?.heat ?? null,
      onSelectUnit: () => undefined,
      onGroundPointer: () => undefined,
    };
  }, [display, game, venueId, units, overlays, cameraCommand, shadows, hud, heat]);
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
      <ViewLayerControls heatMax={heat?.max ?? 0} />
    </section>
  );
}
