import { Canvas } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useT } from '../../i18n/useT';
import { TABLE_COLORS } from '../palette';
import { venueNameKey } from '../previewVenues';
import { RenderStatsProbe } from '../RenderStatsProbe';
import { SceneErrorBoundary } from '../SceneErrorBoundary';
import { SceneLights } from '../SceneLights';
import { TABLE_MARGIN } from '../venue/groundParts';
import { loadVenueFile, siteFrameOf } from '../venue/venueFile';
import { VenueModel } from '../venue/VenueModel';
import { isWebGLAvailable } from '../webglSupport';
import { CameraRig, homePose } from './camera/CameraRig';
import { EffectsLayer } from './effects/EffectsLayer';
import { createFrameHub, setSource, setUnitTable } from './frameHub';
import { HeatLayer } from './heat/HeatLayer';
import { CasualtyLayer } from './casualties/CasualtyLayer';
import { LabelProjector, MapLabelsHtml, createLabelSlots } from './labels/LabelLayer';
import { mapLabelsOf } from './labels/mapLabels';
import { minimapFrame } from './minimap/minimapDraw';
import { MINIMAP_WIDTH, MinimapPainter } from './minimap/MinimapPainter';
import { OverlayLayer } from './overlays/OverlayLayer';
import { buildUnitTable } from './people/appearance';
import { PeopleLayer } from './people/PeopleLayer';
import { GroundPointer } from './pointer/GroundPointer';
import { SceneDriver } from './sceneDriver';
import type { CameraCommand, GameSceneProps } from './sceneContract';
import { VehicleLayer } from './vehicles/VehicleLayer';

const wrapperStyle = { position: 'relative', width: '100%', height: '100%', minHeight: 240 } as const;
const minimapStyle = {
  position: 'absolute', right: 10, bottom: 10, width: MINIMAP_WIDTH, border: '2px solid rgba(255,255,255,0.7)',
  borderRadius: 4, boxShadow: '0 2px 8px rgba(0,0,0,0.5)', cursor: 'crosshair', background: '#222',
} as const;

/**
 * The 3D game table: the venue built from its file, every person and vehicle from the agent arrays,
 * effects, casualty marks, plan overlays, the selection ring, call-signs and group names over the table
 * (switchable), map-like camera controls with commands, picking, hover and ground input, and a minimap
 * in the corner. Per-frame work happens in one `useFrame` (SceneDriver),
 * timed into `window.__sispamkotaRenderStats.cpuMsMedian`; React re-renders only when props change.
 */
export function GameScene(props: GameSceneProps) {
  const t = useT();
  const venue = loadVenueFile(props.venueId);
  const unavailable = (
    <div className="webgl-unavailable" role="alert" data-testid="webgl-unavailable">
      {t('webgl.unavailable')}
    </div>
  );
  if (!venue) {
    return (
      <div className="webgl-unavailable" role="alert">
        {t('scene.venueMissing', { venue: props.venueId })}
      </div>
    );
  }
  if (!isWebGLAvailable()) return unavailable;
  return (
    <SceneErrorBoundary fallback={unavailable}>
      <GameTable {...props} venue={venue} />
    </SceneErrorBoundary>
  );
}

function GameTable({ venue, ...props }: GameSceneProps & { venue: NonNullable<ReturnType<typeof loadVenueFile>> }) {
  const t = useT();
  const site = useMemo(() => siteFrameOf(venue), [venue]);
  const roofTop = useMemo(() => venue.buildings.reduce((m, b) => Math.max(m, b.height), 0) + 3, [venue]);
  const hub = useMemo(() => createFrameHub(site, roofTop), [site, roofTop]);
  const minimap = useRef<HTMLCanvasElement>(null);
  const [command, setCommand] = useState<CameraCommand | null>(props.cameraCommand);
  const labelSlots = useMemo(() => createLabelSlots(), []);
  const labels = useMemo(() => mapLabelsOf(props.units), [props.units]);
  const labelsOn = props.labels ?? true;

  // Layout effects: the hub must know the source and units before the next frame is drawn.
  useLayoutEffect(() => setSource(hub, props.agents), [hub, props.agents]);
  useLayoutEffect(() => setUnitTable(hub, buildUnitTable(props.units)), [hub, props.units]);
  useEffect(() => setCommand(props.cameraCommand), [props.cameraCommand]);

  const onMinimapClick = (e: MouseEvent<HTMLCanvasElement>): void => {
    const r = e.currentTarget.getBoundingClientRect();
    const m = minimapFrame(venue, MINIMAP_WIDTH);
    const x = m.minX + ((e.clientX - r.left) / r.width) * m.width / m.scale;
    const y = m.maxY - ((e.clientY - r.top) / r.height) * m.height / m.scale;
    setCommand({ kind: 'focus', point: [x, y] });
  };

  const nameKey = venueNameKey(venue.id);
  const extent = site.extent + TABLE_MARGIN;
  const home = homePose(site.extent);
  return (
    <div style={wrapperStyle} data-testid="game-scene">
      <Canvas
        // Switching shadows changes shader programs; a fresh renderer is the simple, safe way.
        key={props.shadows ? 'shadows' : 'flat'}
        shadows={props.shadows}
        dpr={[1, 2]}
        camera={{ position: home.position, fov: 40, near: 0.5, far: extent * 10 }}
        gl={{ antialias: true }}
        aria-label={t('scene.label', { venue: nameKey ? t(nameKey) : venue.name })}
      >
        <color attach="background" args={[TABLE_COLORS.background]} />
        <SceneLights extent={extent} shadows={props.shadows} />
        <VenueModel venue={venue} shadows={props.shadows} gateStates={props.gateStates} placedBarriers={props.placedBarriers} damage={props.damage} />
        <HeatLayer hub={hub} heat={props.heat ?? null} />
        <CasualtyLayer hub={hub} capacity={props.agents?.count ?? 0} />
        <PeopleLayer hub={hub} capacity={props.agents?.count ?? 0} shadows={props.shadows} />
        <VehicleLayer hub={hub} shadows={props.shadows} />
        <EffectsLayer hub={hub} effects={props.effects} />
        <OverlayLayer hub={hub} overlays={props.overlays} units={props.units} selectedUnitId={props.selectedUnitId} />
        <CameraRig hub={hub} command={command} />
        <GroundPointer hub={hub} onSelectUnit={props.onSelectUnit} onGroundPointer={props.onGroundPointer} onPick={props.onPick} onHover={props.onHover} />
        <LabelProjector hub={hub} slots={labelSlots} visible={labelsOn} />
        <MinimapPainter hub={hub} venue={venue} target={minimap} />
        <SceneDriver hub={hub} />
        <RenderStatsProbe />
      </Canvas>
      <MapLabelsHtml labels={labels} slots={labelSlots} visible={labelsOn} />
      <canvas
        ref={minimap}
        style={minimapStyle}
        data-testid="scene-minimap"
        aria-label={t('scene.minimap')}
        role="img"
        onClick={onMinimapClick}
      />
    </div>
  );
}

export default GameScene;
