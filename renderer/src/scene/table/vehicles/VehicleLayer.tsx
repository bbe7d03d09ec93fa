import { useEffect, useMemo } from 'react';
import { DynamicDrawUsage, InstancedMesh, MeshLambertMaterial } from 'three';
import { VEHICLE_KINDS } from '../engineCodes';
import type { FrameHub } from '../frameHub';
import { useHubUpdater } from '../sceneDriver';
import { createVehicleGeometry } from './vehicleGeometry';

/** Most vehicles of one kind drawn. */
const PER_KIND = 16;

/**
 * Police vehicles: one instanced mesh per vehicle kind (AWC, ambulance, mobil komando, rantis), placed
 * at their vehicle agents' interpolated positions and headings each frame.
 */
export function VehicleLayer({ hub, shadows }: { hub: FrameHub; shadows: boolean }) {
  const meshes = useMemo(() => {
    const material = new MeshLambertMaterial({ vertexColors: true });
    return VEHICLE_KINDS.map((kind) => {
      const mesh = new InstancedMesh(createVehicleGeometry(kind), material, PER_KIND);
      mesh.instanceMatrix.setUsage(DynamicDrawUsage);
      mesh.frustumCulled = false;
      mesh.count = 0;
      return mesh;
    });
  }, []);
  const counts = useMemo(() => new Int32Array(VEHICLE_KINDS.length), []);

  useEffect(
    () => () => {
      for (const m of meshes) m.geometry.dispose();
      (meshes[0]!.material as MeshLambertMaterial).dispose();
    },
    [meshes],
  );

  useHubUpdater(hub, () => {
    if (!hub.moved) return;
    const heading = hub.frame?.heading;
    counts.fill(0);
    for (let v = 0; v < hub.vehicleCount; v++) {
      const i = hub.vehicleAgents[v]!;
      const k = hub.vehicleKind[v]! - 1;
      const mesh = meshes[k];
      if (!mesh || counts[k]! >= PER_KIND || i >= hub.count || !heading) continue;
      const h = heading[i]!;
      const c = Math.cos(h);
      const s = Math.sin(h);
      const m = mesh.instanceMatrix.array as Float32Array;
      const o = counts[k]!++ * 16;
      m[o] = c; m[o + 1] = 0; m[o + 2] = -s; m[o + 3] = 0;
      m[o + 4] = 0; m[o + 5] = 1; m[o + 6] = 0; m[o + 7] = 0;
      m[o + 8] = s; m[o + 9] = 0; m[o + 10] = c; m[o + 11] = 0;
      m[o + 12] = hub.ix[i]! - hub.site.cx; m[o + 13] = 0; m[o + 14] = hub.site.cy - hub.iy[i]!; m[o + 15] = 1;
    }
    for (let k = 0; k < meshes.length; k++) {
      meshes[k]!.count = counts[k]!;
      meshes[k]!.instanceMatrix.needsUpdate = true;
    }
  });

  return (
    <group>
      {meshes.map((mesh, k) => (
        <primitive key={VEHICLE_KINDS[k]} object={mesh} castShadow={shadows} receiveShadow={shadows} />
      ))}
    </group>
  );
}
