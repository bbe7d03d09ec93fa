import { useEffect, useMemo, useRef } from 'react';
import {
  ConeGeometry, DodecahedronGeometry, DynamicDrawUsage, IcosahedronGeometry, InstancedMesh, MeshBasicMaterial,
  MeshLambertMaterial, type Material,
} from 'three';
import type { FrameHub } from '../frameHub';
import type { SceneEffects } from '../sceneContract';
import { useHubUpdater } from '../sceneDriver';

/** Capacity of each effect mesh (instances). */
const CAP = { gas: 256, water: 256, fire: 96, stones: 256 } as const;
const PUFFS = 7;
const DROPS = 14;

function effectMesh(geometry: ConstructorParameters<typeof InstancedMesh>[0], material: Material, cap: number): InstancedMesh {
  const mesh = new InstancedMesh(geometry, material, cap);
  mesh.instanceMatrix.setUsage(DynamicDrawUsage);
  mesh.frustumCulled = false;
  mesh.count = 0;
  return mesh;
}

/** Writes a uniformly scaled (sy: vertical factor) matrix without rotation. */
function place(mesh: InstancedMesh, k: number, x: number, y: number, z: number, s: number, sy = s): void {
  const m = mesh.instanceMatrix.array as Float32Array;
  const o = k * 16;
  m[o] = s; m[o + 1] = 0; m[o + 2] = 0; m[o + 3] = 0;
  m[o + 4] = 0; m[o + 5] = sy; m[o + 6] = 0; m[o + 7] = 0;
  m[o + 8] = 0; m[o + 9] = 0; m[o + 10] = s; m[o + 11] = 0;
  m[o + 12] = x; m[o + 13] = y; m[o + 14] = z; m[o + 15] = 1;
}

/**
 * Area effects and fires, animated: tear-gas clouds as drifting translucent puffs, water-cannon jets
 * as droplets flowing along an arc from the cannon to the target with a splash, fires as flickering
 * flames, and thrown stones flying along their arcs. Four instanced draws, whatever the numbers.
 */
export function EffectsLayer({ hub, effects }: { hub: FrameHub; effects: SceneEffects }) {
  const latest = useRef(effects);
  latest.current = effects;
  const meshes = useMemo(
    () => ({
      gas: effectMesh(new IcosahedronGeometry(1, 1), new MeshLambertMaterial({ color: '#e4e2c4', transparent: true, opacity: 0.42, depthWrite: false }), CAP.gas),
      water: effectMesh(new IcosahedronGeometry(1, 1), new MeshLambertMaterial({ color: '#8cc8f0', transparent: true, opacity: 0.7, depthWrite: false }), CAP.water),
      fire: effectMesh(new ConeGeometry(1, 1, 7).translate(0, 0.5, 0), new MeshBasicMaterial({ color: '#ff7a1a', transparent: true, opacity: 0.9 }), CAP.fire),
      stones: effectMesh(new DodecahedronGeometry(0.14, 0), new MeshLambertMaterial({ color: '#4a4038' }), CAP.stones),
    }),
    [],
  );
  useEffect(
    () => () => {
      for (const m of Object.values(meshes)) {
        m.geometry.dispose();
        (m.material as Material).dispose();
      }
    },
    [meshes],
  );

  useHubUpdater(hub, (_hub, time) => {
    const fx = latest.current;
    const { cx, cy } = hub.site;
    let g = 0;
    let w = 0;
    for (const h of fx.hazards) {
      const x = h.x - cx;
      const z = cy - h.y;
      if (h.kind === 'gas') {
        for (let p = 0; p < PUFFS && g < CAP.gas; p++) {
          const a = p * 2.4 + time * 0.15 + h.id;
          const r = h.radius * (p === 0 ? 0 : 0.55 + 0.12 * Math.sin(time * 0.4 + p));
          const s = h.radius * (0.45 + 0.06 * Math.sin(time * 0.7 + p * 1.3));
          place(meshes.gas, g++, x + Math.cos(a) * r, 0.6 + s * 0.35 + 0.2 * p, z + Math.sin(a) * r, s, s * 0.55);
        }
      } else {
        const sx = (h.sourceX ?? h.x) - cx;
        const sz = cy - (h.sourceY ?? h.y);
        for (let d = 0; d < DROPS && w < CAP.water; d++) {
          const t = (d / DROPS + time * 0.9) % 1;
          const arc = 3.3 + Math.sin(t * Math.PI) * 1.2 - t * 2.8;
          place(meshes.water, w++, sx + (x - sx) * t, arc, sz + (z - sz) * t, 0.28 + t * 0.4);
        }
        for (let p = 0; p < 4 && w < CAP.water; p++) {
          const a = p * 1.57 + time * 2;
          place(meshes.water, w++, x + Math.cos(a) * h.radius * 0.5, 0.25, z + Math.sin(a) * h.radius * 0.5, h.radius * 0.35, 0.25);
        }
      }
    }
    let f = 0;
    for (const fire of fx.fires) {
      for (let p = 0; p < 3 && f < CAP.fire; p++) {
        const flick = 0.8 + 0.25 * Math.sin(time * 11 + p * 2 + fire.id);
        const s = (0.5 + fire.intensity * 0.9) * (1 - p * 0.25);
        place(meshes.fire, f++, fire.x - cx + (p - 1) * 0.35, 0, cy - fire.y + ((p * 7) % 3 - 1) * 0.3, s, s * 2.2 * flick);
      }
    }
    let st = 0;
    fx.projectiles.forEach((pr, i) => {
      if (st >= CAP.stones) return;
      const t = (time * 0.8 + i * 0.37) % 1;
      const dist = Math.hypot(pr.to[0] - pr.from[0], pr.to[1] - pr.from[1]);
      const y = 1.6 + Math.sin(t * Math.PI) * Math.min(6, dist * 0.3);
      place(meshes.stones, st++, pr.from[0] - cx + (pr.to[0] - pr.from[0]) * t, y, cy - pr.from[1] - (pr.to[1] - pr.from[1]) * t, 1.6);
    });
    meshes.gas.count = g;
    meshes.water.count = w;
    meshes.fire.count = f;
    meshes.stones.count = st;
    for (const m of Object.values(meshes)) m.instanceMatrix.needsUpdate = true;
  });

  return (
    <group>
      <primitive object={meshes.stones} />
      <primitive object={meshes.fire} />
      <primitive object={meshes.water} />
      <primitive object={meshes.gas} />
    </group>
  );
}
