import { useEffect, useMemo } from 'react';
import { DoubleSide, MeshBasicMaterial, RingGeometry } from 'three';
import type { FrameHub } from '../frameHub';
import type { PlanOverlay, SceneUnit } from '../sceneContract';
import { useHubUpdater } from '../sceneDriver';
import { buildOverlayGeometry } from './overlayGeometry';

/** Props of {@link OverlayLayer}. */
export interface OverlayLayerProps {
  hub: FrameHub;
  overlays: readonly PlanOverlay[];
  units: readonly SceneUnit[];
  selectedUnitId: string | null;
}

/**
 * The planning layer on the ground: planned paths with arrow heads, target areas as translucent discs
 * with a rim, rope and barrier lines, and a pulsing ring around the selected unit that follows its
 * members' live centre. Drawn over the venue (no depth test) so plans stay visible under the crowd.
 */
export function OverlayLayer({ hub, overlays, units, selectedUnitId }: OverlayLayerProps) {
  const geometry = useMemo(() => buildOverlayGeometry(hub.site, overlays), [hub, overlays]);
  const lineMaterial = useMemo(() => new MeshBasicMaterial({ vertexColors: true, side: DoubleSide, depthTest: false, transparent: true, opacity: 0.95 }), []);
  const fillMaterial = useMemo(() => new MeshBasicMaterial({ vertexColors: true, side: DoubleSide, depthTest: false, transparent: true, opacity: 0.28 }), []);
  const ring = useMemo(() => new RingGeometry(0.86, 1, 48).rotateX(-Math.PI / 2), []);
  const ringMaterial = useMemo(() => new MeshBasicMaterial({ color: '#ffe14a', transparent: true, opacity: 0.95, depthTest: false }), []);
  const selectedIndex = useMemo(() => units.find((u) => u.id === selectedUnitId)?.index ?? -1, [units, selectedUnitId]);

  useEffect(() => () => {
    geometry.lines?.dispose();
    geometry.fills?.dispose();
  }, [geometry]);
  useEffect(() => () => {
    for (const d of [lineMaterial, fillMaterial, ring, ringMaterial]) d.dispose();
  }, [lineMaterial, fillMaterial, ring, ringMaterial]);

  const ringRef = useMemo(() => ({ current: null as import('three').Mesh | null }), []);
  useHubUpdater(hub, (_hub, time) => {
    const mesh = ringRef.current;
    if (!mesh) return;
    const u = selectedIndex;
    const visible = u >= 0 && u < hub.un.length && hub.un[u]! > 0;
    mesh.visible = visible;
    if (!visible) return;
    const r = hub.urad[u]! * (1 + 0.05 * Math.sin(time * 4));
    mesh.position.set(hub.ucx[u]! - hub.site.cx, 0.3, hub.site.cy - hub.ucy[u]!);
    mesh.scale.set(r, 1, r);
  });

  return (
    <group renderOrder={10}>
      {geometry.fills && <mesh geometry={geometry.fills} material={fillMaterial} renderOrder={10} />}
      {geometry.lines && <mesh geometry={geometry.lines} material={lineMaterial} renderOrder={11} />}
      <mesh ref={(m) => void (ringRef.current = m)} geometry={ring} material={ringMaterial} renderOrder={12} visible={false} />
    </group>
  );
}
