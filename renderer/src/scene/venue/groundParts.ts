import type { VenueFile } from '../../../../shared/venue/schema';
import type { MergeBuilder } from './mergeBuilder';
import { GROUND_COLORS, VENUE_COLORS } from './venuePalette';

/**
 * The ground of a venue: the table under it, every ground polygon (later ones drawn a hair above
 * earlier ones, as the file layers them), road centre lines, parking stalls and mowing stripes on
 * fields. Everything is flat and lands in the static merged mesh.
 */

/** Margin of table around the site, metres: wide enough for the decorative surroundings. */
export const TABLE_MARGIN = 30;
const LAYER = 0.012;

/** Adds the table, the ground polygons and their markings. */
export function addGround(b: MergeBuilder, venue: VenueFile): void {
  addTable(b, venue);
  venue.ground.forEach((g, index) => {
    const z = 0.01 + index * LAYER;
    b.flat(g.polygon, z, GROUND_COLORS[g.kind] ?? VENUE_COLORS.grass);
    const box = rectOf(g.polygon);
    if (!box) return;
    if (g.kind === 'road') addRoadMarkings(b, box, z + LAYER / 2);
    if (g.kind === 'parking') addParkingStalls(b, box, z + LAYER / 2);
    if (g.kind === 'field') addFieldStripes(b, box, z + LAYER / 2);
  });
}

function addTable(b: MergeBuilder, venue: VenueFile): void {
  const { minX, minY, maxX, maxY } = venue.bounds;
  const w = maxX - minX + TABLE_MARGIN * 2;
  const d = maxY - minY + TABLE_MARGIN * 2;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  b.box(cx, cy, -4.05, w, d, 4, VENUE_COLORS.tableTop);
  b.box(cx, cy, -0.06, maxX - minX + TABLE_MARGIN * 1.6, maxY - minY + TABLE_MARGIN * 1.6, 0.06, VENUE_COLORS.felt);
  const t = 1.5;
  b.box(cx, minY - TABLE_MARGIN, -0.1, w + t, t, 1.3, VENUE_COLORS.tableRim);
  b.box(cx, maxY + TABLE_MARGIN, -0.1, w + t, t, 1.3, VENUE_COLORS.tableRim);
  b.box(minX - TABLE_MARGIN, cy, -0.1, t, d, 1.3, VENUE_COLORS.tableRim);
  b.box(maxX + TABLE_MARGIN, cy, -0.1, t, d, 1.3, VENUE_COLORS.tableRim);
}

interface Rect {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The polygon's bounding box when it is an axis-aligned rectangle, else null. */
export function rectOf(polygon: readonly (readonly [number, number])[]): Rect | null {
  if (polygon.length !== 4) return null;
  const xs = polygon.map((p) => p[0]);
  const ys = polygon.map((p) => p[1]);
  const r = { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
  const onEdge = polygon.every(([x, y]) => (x === r.minX || x === r.maxX) && (y === r.minY || y === r.maxY));
  return onEdge ? r : null;
}

function addRoadMarkings(b: MergeBuilder, r: Rect, z: number): void {
  const w = r.maxX - r.minX;
  const d = r.maxY - r.minY;
  const alongX = w >= d;
  const len = alongX ? w : d;
  const mid = alongX ? (r.minY + r.maxY) / 2 : (r.minX + r.maxX) / 2;
  // Dashed centre line: 3 m dash, 3 m gap; solid kerb edges.
  for (let s = 2; s + 3 <= len - 1; s += 6) {
    const c = (alongX ? r.minX : r.minY) + s + 1.5;
    if (alongX) b.box(c, mid, z, 3, 0.15, 0.01, VENUE_COLORS.marking);
    else b.box(mid, c, z, 0.15, 3, 0.01, VENUE_COLORS.marking);
  }
  const inset = 0.4;
  if (alongX) {
    b.box((r.minX + r.maxX) / 2, r.minY + inset, z, w, 0.12, 0.01, VENUE_COLORS.marking);
    b.box((r.minX + r.maxX) / 2, r.maxY - inset, z, w, 0.12, 0.01, VENUE_COLORS.marking);
  } else {
    b.box(r.minX + inset, (r.minY + r.maxY) / 2, z, 0.12, d, 0.01, VENUE_COLORS.marking);
    b.box(r.maxX - inset, (r.minY + r.maxY) / 2, z, 0.12, d, 0.01, VENUE_COLORS.marking);
  }
}

function addParkingStalls(b: MergeBuilder, r: Rect, z: number): void {
  // Stalls 2.5 m wide along x, 5 m deep from the south edge, plus a row at the north edge.
  for (let x = r.minX + 1; x <= r.maxX - 1; x += 2.5) {
    b.box(x, r.minY + 2.5 + 1, z, 0.12, 5, 0.01, VENUE_COLORS.marking);
    b.box(x, r.maxY - 2.5 - 1, z, 0.12, 5, 0.01, VENUE_COLORS.marking);
  }
}

function addFieldStripes(b: MergeBuilder, r: Rect, z: number): void {
  const stripe = 10;
  for (let x = r.minX, i = 0; x < r.maxX; x += stripe, i++) {
    if (i % 2 === 0) continue;
    const w = Math.min(stripe, r.maxX - x);
    b.box(x + w / 2, (r.minY + r.maxY) / 2, z, w, r.maxY - r.minY, 0.005, VENUE_COLORS.fieldStripe);
  }
}
