import {
  BoxGeometry, BufferAttribute, CircleGeometry, CylinderGeometry, IcosahedronGeometry, MeshLambertMaterial, OctahedronGeometry,
  type BufferGeometry,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/**
 * Geometry and material of one person miniature: base disc, legs, torso and head merged into ONE
 * geometry with a per-vertex `aPart` (0 clothes, 1 head, 2 base). The material picks each part's colour
 * from three per-instance colours (`instanceColor`, `instanceHead`, `instanceBase`), so a whole crowd is
 * a single instanced draw with one matrix per person. Local +X is the facing direction, +Y up, metres.
 */

/** Figure scale over life size: a little larger so people read from the table's height. */
export const FIGURE_SCALE = 1.15;

function part(g: BufferGeometry, id: number, x: number, y: number, z: number): BufferGeometry {
  const ng = g.index ? g.toNonIndexed() : g;
  ng.deleteAttribute('uv');
  ng.translate(x, y, z);
  const n = ng.getAttribute('position').count;
  ng.setAttribute('aPart', new BufferAttribute(new Float32Array(n).fill(id), 1));
  return ng;
}

/** The merged person geometry (72 triangles: 2,800 people stay near 200k triangles). */
export function createPersonGeometry(): BufferGeometry {
  const parts = [
    // Open-ended base ring plus its top: the bottom cap is never seen.
    part(new CylinderGeometry(0.34, 0.36, 0.06, 8, 1, true), 2, 0, 0.03, 0),
    part(new CircleGeometry(0.34, 8).rotateX(-Math.PI / 2), 2, 0, 0.06, 0),
    part(new BoxGeometry(0.2, 0.78, 0.34), 0, 0, 0.06 + 0.39, 0),
    part(new BoxGeometry(0.26, 0.62, 0.5), 0, 0, 0.84 + 0.31, 0),
    part(new IcosahedronGeometry(0.16, 0), 1, 0, 1.6, 0),
  ];
  const merged = mergeGeometries(parts, false)!;
  for (const p of parts) p.dispose();
  return merged;
}

/** A riot shield held in front of the body (local +X), for shield-carrying units only. */
export function createShieldGeometry(): BufferGeometry {
  const g = new BoxGeometry(0.05, 1.15, 0.62);
  g.translate(0.32, 0.95, 0);
  return g;
}

/** A floating diamond above a person's head marking Korlap, orators, protected people and states. */
export function createMarkerGeometry(): BufferGeometry {
  const g = new OctahedronGeometry(0.32, 0);
  g.scale(1, 1.4, 1);
  return g;
}

/** The person material: Lambert (cheap), colours chosen per part in the vertex shader. */
export function createPersonMaterial(): MeshLambertMaterial {
  const m = new MeshLambertMaterial({ color: 0xffffff });
  m.onBeforeCompile = (shader) => {
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nattribute float aPart;\nattribute vec3 instanceHead;\nattribute vec3 instanceBase;')
      .replace(
        '#include <color_vertex>',
        '#include <color_vertex>\n#ifdef USE_INSTANCING_COLOR\nvColor.xyz = aPart < 0.5 ? instanceColor.xyz : (aPart < 1.5 ? instanceHead : instanceBase);\n#endif',
      );
  };
  m.customProgramCacheKey = () => 'sispamkota-person-v1';
  return m;
}
