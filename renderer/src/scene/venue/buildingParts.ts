import { BufferGeometry, Float32BufferAttribute } from 'three';
import type { VenueFile } from '../../../../shared/venue/schema';
import { rectOf } from './groundParts';
import type { MergeBuilder } from './mergeBuilder';
import { VENUE_COLORS } from './venuePalette';

type Building = VenueFile['buildings'][number];
type Structure = VenueFile['structures'][number];

/**
 * Buildings and structures as maket pieces: plastered walls with window bands per storey and a floor
 * band, a hipped tile roof (flat roof for non-rectangular footprints), a portico over each entrance,
 * and gold roof markers over the places to protect (pleno hall, documents) so they read from above.
 * Doors themselves are dynamic (open/closed) and live in `boundaryParts`.
 */
export function addBuildings(b: MergeBuilder, venue: VenueFile): void {
  for (const building of venue.buildings) addBuilding(b, building);
  for (const place of venue.protectedPlaces) {
    const building = venue.buildings.find((x) => x.id === place.buildingId);
    const top = building ? building.height + roofRise(building) + 0.4 : 3;
    b.cone(place.at[0], place.at[1], top + 1.2, 1.1, 1.2, VENUE_COLORS.protectedMark, 4);
    b.add(flipCone(), VENUE_COLORS.protectedMark, place.at[0], place.at[1], top + 0.6);
  }
  for (const s of venue.structures) addStructure(b, s);
}

function flipCone(): BufferGeometry {
  // A downward pyramid: with the upward one above it, a diamond marker.
  const g = new BufferGeometry();
  const r = 1.1;
  const h = 1.2;
  const ring = [[r, 0], [0, -r], [-r, 0], [0, r]];
  const pos: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [ax, az] = ring[i]!;
    const [bx, bz] = ring[(i + 1) % 4]!;
    pos.push(0, -h / 2, 0, bx!, h / 2, bz!, ax!, h / 2, az!);
  }
  g.setAttribute('position', new Float32BufferAttribute(pos, 3));
  g.computeVertexNormals();
  return g;
}

function roofRise(building: Building): number {
  const r = rectOf(building.footprint);
  if (!r) return 0.6;
  return Math.min(r.maxX - r.minX, r.maxY - r.minY) * 0.22;
}

function addBuilding(b: MergeBuilder, building: Building): void {
  const fp = building.footprint;
  const h = building.height;
  b.flat(fp, h, VENUE_COLORS.flatRoof);
  const storeyH = h / building.storeys;
  for (let i = 0; i < fp.length; i++) {
    const [ax, ay] = fp[i]!;
    const [bx, by] = fp[(i + 1) % fp.length]!;
    b.segmentBox(ax, ay, bx, by, 0, 0.3, h, VENUE_COLORS.wallPlaster);
    b.segmentBox(ax, ay, bx, by, 0, 0.42, 0.5, VENUE_COLORS.wallTrim);
    addWindowBands(b, ax, ay, bx, by, building, storeyH);
    b.cylinder(ax, ay, 0, 0.35, 0.35, h + 0.2, VENUE_COLORS.wallTrim, 6);
  }
  const r = rectOf(fp);
  if (r) addHipRoof(b, r, h, roofRise(building));
  else b.flat(fp, h + 0.3, VENUE_COLORS.flatRoof);
  for (const door of building.entrances) addPortico(b, door.a, door.b, fp, h / building.storeys);
}

function addWindowBands(b: MergeBuilder, ax: number, ay: number, bx: number, by: number, building: Building, storeyH: number): void {
  const len = Math.hypot(bx - ax, by - ay);
  const ux = (bx - ax) / len;
  const uy = (by - ay) / len;
  const yaw = Math.atan2(uy, ux);
  const doors = building.entrances;
  for (let s = 0; s < building.storeys; s++) {
    const z = s * storeyH + storeyH * 0.38;
    const wh = storeyH * 0.42;
    if (s > 0) b.segmentBox(ax, ay, bx, by, s * storeyH - 0.15, 0.4, 0.3, VENUE_COLORS.wallTrim);
    for (let t = 2; t + 1.6 <= len - 1.5; t += 3.2) {
      const cx = ax + ux * (t + 0.8);
      const cy = ay + uy * (t + 0.8);
      // Leave the ground storey blank where a door is.
      if (s === 0 && doors.some((d) => Math.hypot((d.a[0] + d.b[0]) / 2 - cx, (d.a[1] + d.b[1]) / 2 - cy) < 3.5)) continue;
      b.box(cx, cy, z - 0.1, 1.9, 0.36, wh + 0.2, VENUE_COLORS.windowFrame, yaw);
      b.box(cx, cy, z, 1.6, 0.4, wh, VENUE_COLORS.windowGlass, yaw);
    }
  }
}

function addHipRoof(b: MergeBuilder, r: { minX: number; minY: number; maxX: number; maxY: number }, h: number, rise: number): void {
  const o = 0.8;
  const x0 = r.minX - o, x1 = r.maxX + o, y0 = r.minY - o, y1 = r.maxY + o;
  const w = x1 - x0;
  const d = y1 - y0;
  const inset = Math.min(w, d) / 2;
  // Ridge along the longer side.
  const ra: [number, number] = w >= d ? [x0 + inset, (y0 + y1) / 2] : [(x0 + x1) / 2, y0 + inset];
  const rb: [number, number] = w >= d ? [x1 - inset, (y0 + y1) / 2] : [(x0 + x1) / 2, y1 - inset];
  const top = h + rise;
  const c00: V = [x0, y0, h], c10: V = [x1, y0, h], c11: V = [x1, y1, h], c01: V = [x0, y1, h];
  const A: V = [ra[0], ra[1], top], B: V = [rb[0], rb[1], top];
  const tris: V[][] = w >= d
    ? [[c00, c10, B], [c00, B, A], [c10, c11, B], [c11, c01, A], [c11, A, B], [c01, c00, A]]
    : [[c00, c10, A], [c10, c11, B], [c10, B, A], [c11, c01, B], [c01, c00, A], [c01, A, B]];
  b.triangles(tris, VENUE_COLORS.roof);
  b.box(ra[0] + (rb[0] - ra[0]) / 2, ra[1] + (rb[1] - ra[1]) / 2, top - 0.15, Math.max(0.4, Math.hypot(rb[0] - ra[0], rb[1] - ra[1])), 0.5, 0.3, VENUE_COLORS.roofRidge, w >= d ? 0 : Math.PI / 2);
  b.box((x0 + x1) / 2, (y0 + y1) / 2, h - 0.25, w, d, 0.25, VENUE_COLORS.wallTrim);
}

type V = [number, number, number];

function addPortico(b: MergeBuilder, a: readonly [number, number], c: readonly [number, number], fp: readonly (readonly [number, number])[], storeyH: number): void {
  const mx = (a[0] + c[0]) / 2;
  const my = (a[1] + c[1]) / 2;
  const dx = c[0] - a[0];
  const dy = c[1] - a[1];
  const len = Math.hypot(dx, dy);
  // Outward normal: the side away from the footprint's centroid.
  const gx = fp.reduce((s, p) => s + p[0], 0) / fp.length;
  const gy = fp.reduce((s, p) => s + p[1], 0) / fp.length;
  let nx = -dy / len;
  let ny = dx / len;
  if ((mx - gx) * nx + (my - gy) * ny < 0) {
    nx = -nx;
    ny = -ny;
  }
  const depth = 4;
  const width = len + 5;
  const yaw = Math.atan2(dy, dx);
  const px = mx + nx * depth / 2;
  const py = my + ny * depth / 2;
  const z = Math.min(storeyH, 4) - 0.1;
  b.box(px, py, z, width, depth, 0.35, VENUE_COLORS.column, yaw);
  b.box(px, py, 0, width, depth, 0.15, VENUE_COLORS.kerb, yaw);
  for (const side of [-1, 1]) {
    const cx = px + (dx / len) * side * (width / 2 - 0.4) + nx * (depth / 2 - 0.4);
    const cy = py + (dy / len) * side * (width / 2 - 0.4) + ny * (depth / 2 - 0.4);
    b.cylinder(cx, cy, 0, 0.3, 0.3, z, VENUE_COLORS.column, 10);
  }
}

function addStructure(b: MergeBuilder, s: Structure): void {
  if (s.kind === 'flagpole' && s.at) {
    const [x, y] = s.at;
    b.cylinder(x, y, 0, 1.6, 1.8, 0.5, VENUE_COLORS.kerb, 8);
    b.cylinder(x, y, 0.5, 0.07, 0.12, s.height, VENUE_COLORS.pole, 8);
    b.box(x + 1.5, y, s.height - 1.2, 2.8, 0.04, 0.9, VENUE_COLORS.flagRed);
    b.box(x + 1.5, y, s.height - 2.1, 2.8, 0.04, 0.9, VENUE_COLORS.flagWhite);
    return;
  }
  const r = s.footprint ? rectOf(s.footprint) : null;
  if (!r || !s.footprint) return;
  const w = r.maxX - r.minX;
  const d = r.maxY - r.minY;
  const cx = (r.minX + r.maxX) / 2;
  const cy = (r.minY + r.maxY) / 2;
  if (s.kind === 'tribune') addTribune(b, r, s.height);
  else if (s.kind === 'stage') {
    b.box(cx, cy, 0, w, d, Math.min(1.2, s.height), VENUE_COLORS.stage);
  } else {
    b.box(cx, cy, 0, w, d, s.height * 0.6, VENUE_COLORS.tent);
    b.add(roofPyramid(w, d, s.height * 0.4), VENUE_COLORS.tent, cx, cy, s.height * 0.6);
  }
}

function addTribune(b: MergeBuilder, r: { minX: number; minY: number; maxX: number; maxY: number }, height: number): void {
  // Steps rise away from the field (the field is south of the tribune in the bundled venue).
  const w = r.maxX - r.minX;
  const d = r.maxY - r.minY;
  const cx = (r.minX + r.maxX) / 2;
  const steps = 5;
  const stepD = (d * 0.8) / steps;
  for (let i = 0; i < steps; i++) {
    const y = r.minY + 1 + i * stepD + stepD / 2;
    const top = 0.5 + i * 0.55;
    b.box(cx, y, 0, w - 2, stepD, top, VENUE_COLORS.tribune);
    b.box(cx, y - stepD * 0.25, top, w - 2.4, stepD * 0.35, 0.3, VENUE_COLORS.tribuneSeat);
  }
  // A VIP box in the middle and a roof on posts.
  b.box(cx, r.minY + 2, 0, 14, 4, 1.1, VENUE_COLORS.stage);
  for (const x of [r.minX + 1, cx - w / 6, cx + w / 6, r.maxX - 1]) {
    b.cylinder(x, r.maxY - 0.6, 0, 0.2, 0.2, height, VENUE_COLORS.pole, 6);
    b.cylinder(x, r.minY + 0.8, 0, 0.2, 0.2, height - 1, VENUE_COLORS.pole, 6);
  }
  b.add(shedRoof(w, d, 1), VENUE_COLORS.canopy, cx, (r.minY + r.maxY) / 2, height - 0.5);
}

function roofPyramid(w: number, d: number, h: number): BufferGeometry {
  const g = new BufferGeometry();
  const c: V[] = [[-w / 2, 0, d / 2], [w / 2, 0, d / 2], [w / 2, 0, -d / 2], [-w / 2, 0, -d / 2]];
  const pos: number[] = [];
  for (let i = 0; i < 4; i++) {
    const p = c[i]!;
    const q = c[(i + 1) % 4]!;
    pos.push(p[0], p[1], p[2], q[0], q[1], q[2], 0, h, 0);
  }
  g.setAttribute('position', new Float32BufferAttribute(pos, 3));
  g.computeVertexNormals();
  return g;
}

function shedRoof(w: number, d: number, slope: number): BufferGeometry {
  // A thin slab sloping down toward the field (south, +Z in the scene).
  const g = new BufferGeometry();
  const hw = w / 2 + 1, hd = d / 2 + 1;
  const pos = [-hw, slope, -hd, -hw, -slope, hd, hw, -slope, hd, -hw, slope, -hd, hw, -slope, hd, hw, slope, -hd];
  g.setAttribute('position', new Float32BufferAttribute(pos, 3));
  g.computeVertexNormals();
  return g;
}
