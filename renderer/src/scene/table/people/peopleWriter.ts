import { F, R } from '../engineCodes';
import type { FrameHub } from '../frameHub';
import { CROWD_PALETTE, STATUS_COLORS, packColors, pick } from './appearance';
import { FIGURE_SCALE } from './personGeometry';

/**
 * The hot loops behind the people layer, as plain functions over typed arrays (no three.js objects, no
 * allocation): `writePeopleColors` when the agents' states change (once per tick), `writePeopleMatrices`
 * every frame the positions move. Both walk agents in index order and skip the same hidden ones, so the
 * compacted instance slots of colours and matrices line up.
 */

/** Output buffers: the instanced attributes' arrays plus cached headings. */
export interface PeopleBuffers {
  capacity: number;
  bodyMatrix: Float32Array;
  bodyColor: Float32Array;
  headColor: Float32Array;
  baseColor: Float32Array;
  shieldMatrix: Float32Array;
  markerMatrix: Float32Array;
  markerColor: Float32Array;
  cos: Float32Array;
  sin: Float32Array;
  /** Per agent: 0 upright, 1 lying (injured), 2 kneeling (arrested or sitting); 255 hidden. */
  pose: Uint8Array;
  /** Per agent: inside a building (body hidden under the roof, marker lifted above it). */
  inside: Uint8Array;
  /** Per agent: draws a shield (1) and a marker (1). */
  shield: Uint8Array;
  marker: Uint8Array;
  bodies: number;
  shields: number;
  markers: number;
}

/** Allocates buffers for `capacity` agents (once per game). */
export function createPeopleBuffers(capacity: number): PeopleBuffers {
  return {
    capacity,
    bodyMatrix: new Float32Array(capacity * 16),
    bodyColor: new Float32Array(capacity * 3),
    headColor: new Float32Array(capacity * 3),
    baseColor: new Float32Array(capacity * 3),
    shieldMatrix: new Float32Array(capacity * 16),
    markerMatrix: new Float32Array(capacity * 16),
    markerColor: new Float32Array(capacity * 3),
    cos: new Float32Array(capacity),
    sin: new Float32Array(capacity),
    pose: new Uint8Array(capacity),
    inside: new Uint8Array(capacity),
    shield: new Uint8Array(capacity),
    marker: new Uint8Array(capacity),
    bodies: 0,
    shields: 0,
    markers: 0,
  };
}

const MARK = {
  injured: packColors([STATUS_COLORS.injured]),
  arrested: packColors([STATUS_COLORS.arrested]),
  hostage: packColors([STATUS_COLORS.hostage]),
  korlap: packColors([STATUS_COLORS.korlap]),
  orator: packColors([STATUS_COLORS.orator]),
  protectedPerson: packColors([STATUS_COLORS.protectedPerson]),
};

function copy3(out: Float32Array, o: number, src: Float32Array, s: number): void {
  out[o] = src[s]!;
  out[o + 1] = src[s + 1]!;
  out[o + 2] = src[s + 2]!;
}

function blend3(out: Float32Array, o: number, tint: Float32Array, t: number): void {
  out[o] = out[o]! + (tint[0]! - out[o]!) * t;
  out[o + 1] = out[o + 1]! + (tint[1]! - out[o + 1]!) * t;
  out[o + 2] = out[o + 2]! + (tint[2]! - out[o + 2]!) * t;
}

/** Recomputes poses, colours, shields and markers from roles, flags and units (call on state change). */
export function writePeopleColors(hub: FrameHub, b: PeopleBuffers): void {
  const src = hub.source;
  if (!src) return;
  const f = src.frame();
  const n = Math.min(hub.ix.length, b.capacity);
  const t = hub.table;
  const { kind, flags, unit, heading } = f;
  let k = 0;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const fl = flags[i]!;
    b.cos[i] = Math.cos(heading[i]!);
    b.sin[i] = Math.sin(heading[i]!);
    const role = kind[i]!;
    if (fl & F.hidden || role === R.driver) {
      b.pose[i] = 255;
      b.shield[i] = 0;
      b.marker[i] = 0;
      continue;
    }
    const u = unit[i]!;
    const known = u >= 0 && u < t.size;
    const side = known ? t.side[u]! : 255;
    const isOfficer = role < R.policeEnd;
    const o = k * 3;
    if (isOfficer && known) {
      copy3(b.bodyColor, o, t.body, u * 3);
      copy3(b.headColor, o, t.head, u * 3);
      copy3(b.baseColor, o, t.base, u * 3);
    } else if (role >= R.protectedStart) {
      copy3(b.bodyColor, o, role === R.kpuStaff ? CROWD_PALETTE.kpuStaff : CROWD_PALETTE.protectedShirt, 0);
      copy3(b.headColor, o, CROWD_PALETTE.hair, 0);
      copy3(b.baseColor, o, CROWD_PALETTE.protectedBase, 0);
    } else {
      copy3(b.bodyColor, o, role === R.korlap ? CROWD_PALETTE.korlapVest : CROWD_PALETTE.shirts, role === R.korlap ? 0 : pick(i, 12) * 3);
      copy3(b.headColor, o, CROWD_PALETTE.hair, pick(i + 7, 6) * 3);
      copy3(b.baseColor, o, side === 1 || side === 255 ? CROWD_PALETTE.crowdBase : known ? t.base : CROWD_PALETTE.unknownBase, side === 1 || side === 255 || !known ? 0 : u * 3);
      if (role === R.bystander) blend3(b.bodyColor, o, CROWD_PALETTE.dispersed, 0.35);
    }
    if (fl & F.active) blend3(b.bodyColor, o, CROWD_PALETTE.active, 0.6);
    if (fl & F.gassed) blend3(b.bodyColor, o, CROWD_PALETTE.gassed, 0.45);
    if (fl & F.wet) blend3(b.bodyColor, o, CROWD_PALETTE.wet, 0.45);
    b.inside[i] = fl & F.inBuilding ? 1 : 0;
    b.pose[i] = fl & F.injured ? 1 : fl & (F.arrested | F.sitting) ? 2 : 0;
    b.shield[i] = isOfficer && known && t.hasShield[u] && !(fl & (F.injured | F.arrested)) ? 1 : 0;
    const mark = fl & F.hostage ? MARK.hostage : fl & F.injured ? MARK.injured : fl & F.arrested ? MARK.arrested
      : role === R.korlap ? MARK.korlap : role === R.orator ? MARK.orator : role >= R.protectedStart ? MARK.protectedPerson : null;
    b.marker[i] = mark ? 1 : 0;
    if (mark) copy3(b.markerColor, m++ * 3, mark, 0);
    k++;
  }
}

function upright(mat: Float32Array, o: number, c: number, s: number, sc: number, sy: number, x: number, y: number, z: number): void {
  mat[o] = c * sc; mat[o + 1] = 0; mat[o + 2] = -s * sc; mat[o + 3] = 0;
  mat[o + 4] = 0; mat[o + 5] = sc * sy; mat[o + 6] = 0; mat[o + 7] = 0;
  mat[o + 8] = s * sc; mat[o + 9] = 0; mat[o + 10] = c * sc; mat[o + 11] = 0;
  mat[o + 12] = x; mat[o + 13] = y; mat[o + 14] = z; mat[o + 15] = 1;
}

function lying(mat: Float32Array, o: number, c: number, s: number, sc: number, x: number, z: number): void {
  // Fallen forward: the body's up axis lies along the heading.
  mat[o] = 0; mat[o + 1] = -sc; mat[o + 2] = 0; mat[o + 3] = 0;
  mat[o + 4] = c * sc; mat[o + 5] = 0; mat[o + 6] = -s * sc; mat[o + 7] = 0;
  mat[o + 8] = s * sc; mat[o + 9] = 0; mat[o + 10] = c * sc; mat[o + 11] = 0;
  mat[o + 12] = x; mat[o + 13] = 0.16 * sc; mat[o + 14] = z; mat[o + 15] = 1;
}

/** Writes this frame's instance matrices for bodies, shields and markers; updates the counts. */
export function writePeopleMatrices(hub: FrameHub, b: PeopleBuffers): void {
  const n = Math.min(hub.count, b.capacity);
  const { ix, iy } = hub;
  const cx = hub.site.cx;
  const cy = hub.site.cy;
  const sc = FIGURE_SCALE;
  let k = 0;
  let s = 0;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const pose = b.pose[i]!;
    if (pose === 255) continue;
    const x = ix[i]! - cx;
    const z = cy - iy[i]!;
    const c = b.cos[i]!;
    const sn = b.sin[i]!;
    const hideBody = b.inside[i] === 1;
    if (hideBody) upright(b.bodyMatrix, k * 16, c, sn, 0, 1, x, -5, z);
    else if (pose === 1) lying(b.bodyMatrix, k * 16, c, sn, sc, x, z);
    else upright(b.bodyMatrix, k * 16, c, sn, sc, pose === 2 ? 0.6 : 1, x, 0, z);
    k++;
    if (b.shield[i]) upright(b.shieldMatrix, s++ * 16, c, sn, sc, 1, x, 0, z);
    if (b.marker[i]) {
      const top = hideBody ? hub.roofTop + 2.5 : pose === 1 ? 1.1 : pose === 2 ? 1.7 : 2.45;
      upright(b.markerMatrix, m++ * 16, 1, 0, hideBody ? 2.2 : 1, 1, x, top, z);
    }
  }
  b.bodies = k;
  b.shields = s;
  b.markers = m;
}
