import { useEffect, useMemo } from 'react';
import { DoubleSide, DynamicDrawUsage, InstancedBufferAttribute, InstancedMesh, MeshBasicMaterial, RingGeometry, Shape, ShapeGeometry, BufferGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { FrameHub } from '../frameHub';
import { STATUS_COLORS } from '../people/appearance';
import { useHubUpdater } from '../sceneDriver';
import { writeCasualtyMatrices } from './casualtyWriter';

/** A unit ring with a small cross in it, lying flat (radius 1; the instance matrix scales it). */
function casualtyGeometry(): BufferGeometry {
  const ring = new RingGeometry(0.78, 1, 28);
  const cross = new Shape();
  const a = 0.14;
  const b = 0.5;
  cross.moveTo(-a, -b).lineTo(a, -b).lineTo(a, -a).lineTo(b, -a).lineTo(b, a).lineTo(a, a).lineTo(a, b)
    .lineTo(-a, b).lineTo(-a, a).lineTo(-b, a).lineTo(-b, -a).lineTo(-a, -a).closePath();
  const merged = mergeGeometries([ring, new ShapeGeometry(cross)])!;
  return merged.rotateX(-Math.PI / 2);
}

/**
 * Casualties marked on the ground: a red ring with a cross under every injured or downed person, in one
 * instanced draw, drawn over the venue so it shows from above. Updated only on frames the people moved.
 */
export function CasualtyLayer({ hub, capacity }: { hub: FrameHub; capacity: number }) {
  const cap = Math.max(1, capacity);
  const mesh = useMemo(() => {
    const material = new MeshBasicMaterial({ color: STATUS_COLORS.injured, transparent: true, opacity: 0.85, depthTest: false, side: DoubleSide });
    const m = new InstancedMesh(casualtyGeometry(), material, cap);
    m.instanceMatrix = new InstancedBufferAttribute(new Float32Array(cap * 16), 16).setUsage(DynamicDrawUsage) as InstancedBufferAttribute;
    m.frustumCulled = false;
    m.count = 0;
    m.renderOrder = 9;
    return m;
  }, [cap]);
  useEffect(() => () => {
    mesh.geometry.dispose();
    (mesh.material as MeshBasicMaterial).dispose();
    mesh.dispose();
  }, [mesh]);
  useHubUpdater(hub, () => {
    if (!hub.moved) return;
    mesh.count = writeCasualtyMatrices(hub, mesh.instanceMatrix.array as Float32Array, cap);
    mesh.instanceMatrix.needsUpdate = true;
  });
  return <primitive object={mesh} />;
}
