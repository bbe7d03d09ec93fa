import { applyPatches, enablePatches, produceWithPatches, type Draft, type Patch } from 'immer';
import type { VenueFile } from '../../../../shared/venue/schema';
import { nearestOnPolyline, type VenueListName } from '../../../../shared/venue/validate';
import type { Vec2 } from '../../../../shared/venue/geometry';

enablePatches();

/**
 * The venue editor's document: the venue file being edited plus an undo/redo history of immer patches
 * (each edit stores its patches and their inverse, not a copy of the venue). Every edit is a function
 * of the draft, so the editor's tools, its property panel and the tests change the venue the same way.
 * Pure: no React, no DOM.
 */

/** One undoable step. */
interface Step {
  patches: Patch[];
  inverse: Patch[];
}

/** The document and its history. */
export interface VenueDoc {
  venue: VenueFile;
  past: readonly Step[];
  future: readonly Step[];
}

/** Longest history kept; older steps are dropped. */
export const HISTORY_MAX = 200;

/** A new document on a venue (its history empty). */
export function openDoc(venue: VenueFile): VenueDoc {
  return { venue, past: [], future: [] };
}

/** Applies an edit; an edit that changes nothing leaves the history alone. */
export function edit(doc: VenueDoc, recipe: (draft: Draft<VenueFile>) => void): VenueDoc {
  const [venue, patches, inverse] = produceWithPatches(doc.venue, recipe);
  if (patches.length === 0) return doc;
  return { venue, past: [...doc.past, { patches, inverse }].slice(-HISTORY_MAX), future: [] };
}

/** Undoes the last edit, when there is one. */
export function undo(doc: VenueDoc): VenueDoc {
  const step = doc.past.at(-1);
  if (!step) return doc;
  return { venue: applyPatches(doc.venue, step.inverse), past: doc.past.slice(0, -1), future: [step, ...doc.future] };
}

/** Redoes the last undone edit, when there is one. */
export function redo(doc: VenueDoc): VenueDoc {
  const step = doc.future[0];
  if (!step) return doc;
  return { venue: applyPatches(doc.venue, step.patches), past: [...doc.past, step], future: doc.future.slice(1) };
}

/** A free id made from `base` (lower case, dashes) that no element of the venue uses yet. */
export function freeElementId(venue: VenueFile, base: string): string {
  const used = new Set(allIds(venue));
  const stem = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'elemen';
  for (let n = 1; ; n++) {
    const id = `${stem}-${n}`;
    if (!used.has(id)) return id;
  }
}

/** Every id in the venue (elements, doors, rooms). */
function allIds(v: VenueFile): string[] {
  return [
    ...v.ground.map((x) => x.id), ...v.buildings.flatMap((b) => [b.id, ...b.entrances.map((e) => e.id), ...b.rooms.map((r) => r.id)]),
    ...v.walls.map((x) => x.id), ...v.gates.map((x) => x.id), ...v.barriers.map((x) => x.id), ...v.signs.map((x) => x.id),
    ...v.structures.map((x) => x.id), ...v.crowdArrival.map((x) => x.id), ...v.policeStaging.map((x) => x.id),
    ...v.protectedPlaces.map((x) => x.id), ...v.protectedPeople.map((x) => x.id),
  ];
}

/** Rounds a point to the snapping step (none when `step` is 0). */
export function snapPoint(p: Vec2, step: number): Vec2 {
  if (step <= 0) return [round2(p[0]), round2(p[1])];
  return [round2(Math.round(p[0] / step) * step), round2(Math.round(p[1] / step) * step)];
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The nearest existing vertex of any outline within `radius` metres, for snapping onto drawn shapes. */
export function nearestVertex(v: VenueFile, p: Vec2, radius: number): Vec2 | null {
  let best: Vec2 | null = null;
  let bestD = radius * radius;
  const visit = (q: Vec2) => {
    const d = (q[0] - p[0]) ** 2 + (q[1] - p[1]) ** 2;
    if (d <= bestD) {
      bestD = d;
      best = q;
    }
  };
  for (const g of v.ground) g.polygon.forEach(visit);
  for (const b of v.buildings) b.footprint.forEach(visit);
  for (const w of v.walls) w.points.forEach(visit);
  for (const z of [...v.crowdArrival, ...v.policeStaging]) z.polygon.forEach(visit);
  return best;
}

/**
 * Where a gate of `width` metres goes when placed at `p`: centred on the nearest point of the nearest
 * wall or fence within `reach` metres, along that segment (clamped to it). Null when no wall is near.
 */
export function gateOnWall(v: VenueFile, p: Vec2, width: number, reach = 3): { wallId: string; a: Vec2; b: Vec2 } | null {
  let best: { wallId: string; a: Vec2; b: Vec2; distance: number } | null = null;
  for (const w of v.walls) {
    const near = nearestOnPolyline(p, w.points);
    if (!near || near.distance > reach || (best && near.distance >= best.distance)) continue;
    const span = spanOn(w.points[near.segment]!, w.points[near.segment + 1]!, near.point, width);
    best = { wallId: w.id, ...span, distance: near.distance };
  }
  return best ? { wallId: best.wallId, a: best.a, b: best.b } : null;
}

/** A door of `width` metres on the nearest edge of a building footprint within `reach`, or null. */
export function doorOnBuilding(v: VenueFile, p: Vec2, width: number, reach = 3): { buildingId: string; a: Vec2; b: Vec2 } | null {
  let best: { buildingId: string; a: Vec2; b: Vec2; distance: number } | null = null;
  for (const bd of v.buildings) {
    const ring = [...bd.footprint, bd.footprint[0]!];
    const near = nearestOnPolyline(p, ring);
    if (!near || near.distance > reach || (best && near.distance >= best.distance)) continue;
    best = { buildingId: bd.id, ...spanOn(ring[near.segment]!, ring[near.segment + 1]!, near.point, width), distance: near.distance };
  }
  return best ? { buildingId: best.buildingId, a: best.a, b: best.b } : null;
}

/** A span of `width` along segment a-b centred on `at`, kept within the segment. */
function spanOn(a: Vec2, b: Vec2, at: Vec2, width: number): { a: Vec2; b: Vec2 } {
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (len < 1e-6) return { a, b };
  const ux = (b[0] - a[0]) / len;
  const uy = (b[1] - a[1]) / len;
  const half = Math.min(width, len) / 2;
  const t = Math.min(Math.max((at[0] - a[0]) * ux + (at[1] - a[1]) * uy, half), len - half);
  return { a: [round2(a[0] + ux * (t - half)), round2(a[1] + uy * (t - half))], b: [round2(a[0] + ux * (t + half)), round2(a[1] + uy * (t + half))] };
}

/** Removes an element (and, for a wall, its gates) from its list. */
export function removeElement(draft: Draft<VenueFile>, list: VenueListName | 'structures', id: string): void {
  const items = draft[list] as { id: string }[];
  const index = items.findIndex((x) => x.id === id);
  if (index >= 0) items.splice(index, 1);
  if (list === 'walls') draft.gates = draft.gates.filter((g) => g.wallId !== id);
}

/** Moves every point of the venue by (dx, dy) and scales it by `factor` about `origin` (the scale tool's re-measuring). */
export function scaleVenue(draft: Draft<VenueFile>, origin: Vec2, factor: number): void {
  const f = (p: [number, number]) => {
    p[0] = round2(origin[0] + (p[0] - origin[0]) * factor);
    p[1] = round2(origin[1] + (p[1] - origin[1]) * factor);
  };
  for (const g of draft.ground) g.polygon.forEach(f);
  for (const b of draft.buildings) {
    b.footprint.forEach(f);
    for (const e of b.entrances) { f(e.a); f(e.b); }
    for (const r of b.rooms) r.polygon.forEach(f);
  }
  for (const w of draft.walls) w.points.forEach(f);
  for (const g of draft.gates) { f(g.a); f(g.b); }
  for (const x of draft.barriers) { f(x.a); f(x.b); }
  for (const z of [...draft.crowdArrival, ...draft.policeStaging]) z.polygon.forEach(f);
  for (const p of [...draft.protectedPlaces, ...draft.protectedPeople]) f(p.at);
  for (const t of draft.trees) { const q: [number, number] = [t.x, t.y]; f(q); t.x = q[0]; t.y = q[1]; }
  for (const c of draft.cars) { const q: [number, number] = [c.x, c.y]; f(q); c.x = q[0]; c.y = q[1]; }
  for (const s of draft.signs) { const q: [number, number] = [s.x, s.y]; f(q); s.x = q[0]; s.y = q[1]; }
  for (const s of draft.structures) { if (s.at) f(s.at); s.footprint?.forEach(f); }
  const b = draft.bounds;
  const lo: [number, number] = [b.minX, b.minY];
  const hi: [number, number] = [b.maxX, b.maxY];
  f(lo); f(hi);
  Object.assign(draft.bounds, { minX: lo[0], minY: lo[1], maxX: hi[0], maxY: hi[1] });
}

/** A copy of a venue under a new id and name (a template opened for editing). */
export function copyOfVenue(venue: VenueFile, id: string, name: string): VenueFile {
  return { ...structuredClone(venue), id, name, approximate: venue.approximate };
}
