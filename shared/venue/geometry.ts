import { detHypot } from '../math/deterministic';
/**
 * Plain 2D geometry on venue coordinates (metres, x = east, y = north). Pure functions on numbers and
 * `[x, y]` tuples so both the engine and the renderer can use them without allocation in hot loops.
 */

/** A point as stored in venue files: `[x, y]` in metres. */
export type Vec2 = readonly [number, number];

/** True when (px, py) lies inside the polygon (even-odd rule; points on an edge may go either way). */
export function pointInPolygon(px: number, py: number, polygon: readonly Vec2[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i]!;
    const b = polygon[j]!;
    if (a[1] > py !== b[1] > py && px < ((b[0] - a[0]) * (py - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside;
}

/** Signed area of a polygon (positive when counter-clockwise). */
export function polygonArea(polygon: readonly Vec2[]): number {
  let s = 0;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    s += polygon[j]![0] * polygon[i]![1] - polygon[i]![0] * polygon[j]![1];
  }
  return s / 2;
}

/** Centroid of a simple polygon (falls back to the vertex mean for degenerate ones). */
export function polygonCentroid(polygon: readonly Vec2[]): Vec2 {
  const area = polygonArea(polygon);
  if (Math.abs(area) < 1e-9) {
    let x = 0;
    let y = 0;
    for (const p of polygon) {
      x += p[0];
      y += p[1];
    }
    return [x / polygon.length, y / polygon.length];
  }
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[j]!;
    const b = polygon[i]!;
    const f = a[0] * b[1] - b[0] * a[1];
    cx += (a[0] + b[0]) * f;
    cy += (a[1] + b[1]) * f;
  }
  return [cx / (6 * area), cy / (6 * area)];
}

/** Axis-aligned bounds of a point list. */
export function boundsOf(points: readonly Vec2[]): { minX: number; minY: number; maxX: number; maxY: number } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p[0]);
    minY = Math.min(minY, p[1]);
    maxX = Math.max(maxX, p[0]);
    maxY = Math.max(maxY, p[1]);
  }
  return { minX, minY, maxX, maxY };
}

/** Squared distance from (px, py) to segment a-b. */
export function distSqToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const cx = ax + t * dx - px;
  const cy = ay + t * dy - py;
  return cx * cx + cy * cy;
}

/** Parameter t in [0, 1] of the point of segment a-b closest to (px, py). */
export function closestT(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
  return t < 0 ? 0 : t > 1 ? 1 : t;
}

/** Cross product sign of (b - a) x (c - a). */
function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/**
 * True when segment p-q properly crosses or touches segment a-b. Used to stop a move that would
 * pass through a wall: touching counts as crossing, so a body can never end exactly on a wall line.
 */
export function segmentsIntersect(
  px: number, py: number, qx: number, qy: number,
  ax: number, ay: number, bx: number, by: number,
): boolean {
  const d1 = orient(ax, ay, bx, by, px, py);
  const d2 = orient(ax, ay, bx, by, qx, qy);
  const d3 = orient(px, py, qx, qy, ax, ay);
  const d4 = orient(px, py, qx, qy, bx, by);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return d2 === 0 && distSqToSegment(qx, qy, ax, ay, bx, by) < 1e-12;
}

/** Length of segment a-b. */
export function segmentLength(a: Vec2, b: Vec2): number {
  return detHypot(b[0] - a[0], b[1] - a[1]);
}
