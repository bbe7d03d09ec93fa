import { cellIndex, UNREACHABLE, type NavGrid } from '../../venue/index';
import { flowToPoint } from '../runtime';
import type { Game } from '../state';
import type { Point } from '../orderSchemas';

/**
 * The route a unit's anchor takes between two points on the venue's navigation grid: down the same
 * distance field the anchor follows (round buildings and fences, through open gates), reduced to its
 * corners. The planning screen draws moves with it, so a path is drawn as it will be walked.
 */

const STEPS = [[1, 0], [-1, 0], [0, 1], [0, -1], [1, 1], [1, -1], [-1, 1], [-1, -1]] as const;

/** Cell centre of cell index `c`. */
function centreOf(grid: NavGrid, c: number): Point {
  return { x: grid.minX + ((c % grid.cols) + 0.5) * grid.cell, y: grid.minY + (Math.floor(c / grid.cols) + 0.5) * grid.cell };
}

/**
 * The routed path from `from` to `to`: `from`, the corners of the walk down the distance field, `to`.
 * A straight segment when the target cannot be reached (the anchor then heads straight for it too).
 */
export function routePath(game: Game, from: Point, to: Point): Point[] {
  const rt = game.runtime;
  const grid = rt.nav;
  const field = flowToPoint(rt, to.x, to.y);
  let c = cellIndex(grid, from.x, from.y);
  if (field[c]! >= UNREACHABLE) return [from, to];
  const cells: number[] = [c];
  for (let guard = 0; guard < grid.cols * grid.rows && field[c]! > 0; guard++) {
    const cx = c % grid.cols;
    const cy = Math.floor(c / grid.cols);
    let best = c;
    let bestD = field[c]!;
    for (const [dx, dy] of STEPS) {
      const nx = cx + dx;
      const ny = cy + dy;
      if (nx < 0 || ny < 0 || nx >= grid.cols || ny >= grid.rows) continue;
      const n = ny * grid.cols + nx;
      // No corner cutting past a blocked cell.
      if (dx !== 0 && dy !== 0 && (grid.blocked[cy * grid.cols + nx] === 1 || grid.blocked[ny * grid.cols + cx] === 1)) continue;
      if (field[n]! < bestD) { bestD = field[n]!; best = n; }
    }
    if (best === c) break;
    c = best;
    cells.push(c);
  }
  // Corners only: a cell where the step direction changes.
  const out: Point[] = [from];
  for (let k = 1; k < cells.length - 1; k++) {
    const a = cells[k - 1]!;
    const b = cells[k]!;
    const n = cells[k + 1]!;
    if (b - a !== n - b) out.push(centreOf(grid, b));
  }
  out.push(to);
  return out;
}

/** The routed path through every waypoint in turn, starting at `from`. */
export function routeThrough(game: Game, from: Point, waypoints: readonly Point[]): Point[] {
  const out: Point[] = [from];
  let at = from;
  for (const wp of waypoints) {
    out.push(...routePath(game, at, wp).slice(1));
    at = wp;
  }
  return out;
}

/** Whether a unit at `from` can walk to `to` now (no closed gate or wall cuts it off). */
export function isReachable(game: Game, from: Point, to: Point): boolean {
  const rt = game.runtime;
  const c = cellIndex(rt.nav, from.x, from.y);
  if (rt.nav.blocked[c] === 1) return true;
  return flowToPoint(rt, to.x, to.y)[c]! < UNREACHABLE;
}
