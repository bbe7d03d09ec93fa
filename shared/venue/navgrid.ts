import { pointInPolygon, type Vec2 } from './geometry';
import { detHypot } from '../math/deterministic';

/**
 * A navigation grid over the venue: a blocked-cell raster of every closed wall, fence, gate, door and
 * obstacle, plus distance fields (Dial's algorithm, octile costs 2/3) used as flow fields: an agent
 * walks down the gradient of the field of its target and so goes round buildings and through gates.
 */

/** Grid geometry plus the blocked-cell raster. */
export interface NavGrid {
  /** Cell edge in metres. */
  readonly cell: number;
  readonly cols: number;
  readonly rows: number;
  readonly minX: number;
  readonly minY: number;
  /** 1 where a closed segment passes through the cell. */
  readonly blocked: Uint8Array;
}

/** Distance value of cells that cannot reach the target. */
export const UNREACHABLE = 1e7;

/** Creates an empty grid covering the bounds. */
export function createNavGrid(bounds: { minX: number; minY: number; maxX: number; maxY: number }, cell = 0.5): NavGrid {
  const cols = Math.ceil((bounds.maxX - bounds.minX) / cell);
  const rows = Math.ceil((bounds.maxY - bounds.minY) / cell);
  return { cell, cols, rows, minX: bounds.minX, minY: bounds.minY, blocked: new Uint8Array(cols * rows) };
}

/** Index of the cell containing (x, y), clamped to the grid. */
export function cellIndex(grid: NavGrid, x: number, y: number): number {
  let cx = Math.floor((x - grid.minX) / grid.cell);
  let cy = Math.floor((y - grid.minY) / grid.cell);
  cx = cx < 0 ? 0 : cx >= grid.cols ? grid.cols - 1 : cx;
  cy = cy < 0 ? 0 : cy >= grid.rows ? grid.rows - 1 : cy;
  return cy * grid.cols + cx;
}

/** Marks the cells a segment passes through (sampled at a quarter cell, which covers every cell it touches). */
export function rasteriseSegment(grid: NavGrid, ax: number, ay: number, bx: number, by: number): void {
  const len = detHypot(bx - ax, by - ay);
  const n = Math.max(1, Math.ceil(len / (grid.cell * 0.25)));
  for (let k = 0; k <= n; k++) {
    const t = k / n;
    grid.blocked[cellIndex(grid, ax + (bx - ax) * t, ay + (by - ay) * t)] = 1;
  }
}

/** Nearest unblocked cell to `start` (spiral search), or -1 when the whole grid is blocked. */
export function nearestFreeCell(grid: NavGrid, start: number): number {
  if (grid.blocked[start] === 0) return start;
  const sx = start % grid.cols;
  const sy = (start - sx) / grid.cols;
  for (let r = 1; r < Math.max(grid.cols, grid.rows); r++) {
    for (let dy = -r; dy <= r; dy++) {
      for (let dx = -r; dx <= r; dx++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== r) continue;
        const x = sx + dx;
        const y = sy + dy;
        if (x < 0 || y < 0 || x >= grid.cols || y >= grid.rows) continue;
        if (grid.blocked[y * grid.cols + x] === 0) return y * grid.cols + x;
      }
    }
  }
  return -1;
}

/** Target cells for a polygon (every free cell whose centre is inside). */
export function polygonCells(grid: NavGrid, polygon: readonly Vec2[]): number[] {
  const out: number[] = [];
  for (let cy = 0; cy < grid.rows; cy++) {
    const y = grid.minY + (cy + 0.5) * grid.cell;
    for (let cx = 0; cx < grid.cols; cx++) {
      const i = cy * grid.cols + cx;
      if (grid.blocked[i] === 0 && pointInPolygon(grid.minX + (cx + 0.5) * grid.cell, y, polygon)) out.push(i);
    }
  }
  return out;
}

/**
 * Distance field to a set of target cells, in metres (approximately: octile costs 1 and 1.5 cells).
 * Diagonal steps need both orthogonal neighbours free, so no path squeezes between two diagonal wall cells.
 */
export function distanceField(grid: NavGrid, targets: readonly number[]): Float32Array {
  const { cols, rows, blocked } = grid;
  const cells = cols * rows;
  const dist = new Int32Array(cells).fill(0x7fffffff);
  // Dial's algorithm: costs are 2 or 3, so a ring of four typed-array queues is enough. A cell enters
  // a queue only when its distance strictly drops, so no queue ever holds more than `cells` entries.
  const ring = [new Int32Array(cells), new Int32Array(cells), new Int32Array(cells), new Int32Array(cells)];
  const len = new Int32Array(4);
  let pending = 0;
  for (const t of targets) {
    if (blocked[t] !== 0 || dist[t] === 0) continue;
    dist[t] = 0;
    ring[0]![len[0]!++] = t;
    pending++;
  }
  for (let d = 0; pending > 0; d++) {
    const q = ring[d & 3]!;
    const n = len[d & 3]!;
    len[d & 3] = 0;
    pending -= n;
    const q2 = ring[(d + 2) & 3]!;
    const q3 = ring[(d + 3) & 3]!;
    const d2 = d + 2;
    const d3 = d + 3;
    for (let k = 0; k < n; k++) {
      const c = q[k]!;
      if (dist[c] !== d) continue;
      const x = c % cols;
      const l = x > 0 && blocked[c - 1] === 0;
      const r = x < cols - 1 && blocked[c + 1] === 0;
      const dn = c >= cols && blocked[c - cols] === 0;
      const up = c + cols < cells && blocked[c + cols] === 0;
      if (l && d2 < dist[c - 1]!) { dist[c - 1] = d2; q2[len[(d + 2) & 3]!++] = c - 1; pending++; }
      if (r && d2 < dist[c + 1]!) { dist[c + 1] = d2; q2[len[(d + 2) & 3]!++] = c + 1; pending++; }
      if (dn && d2 < dist[c - cols]!) { dist[c - cols] = d2; q2[len[(d + 2) & 3]!++] = c - cols; pending++; }
      if (up && d2 < dist[c + cols]!) { dist[c + cols] = d2; q2[len[(d + 2) & 3]!++] = c + cols; pending++; }
      if (l && dn && blocked[c - cols - 1] === 0 && d3 < dist[c - cols - 1]!) { dist[c - cols - 1] = d3; q3[len[(d + 3) & 3]!++] = c - cols - 1; pending++; }
      if (r && dn && blocked[c - cols + 1] === 0 && d3 < dist[c - cols + 1]!) { dist[c - cols + 1] = d3; q3[len[(d + 3) & 3]!++] = c - cols + 1; pending++; }
      if (l && up && blocked[c + cols - 1] === 0 && d3 < dist[c + cols - 1]!) { dist[c + cols - 1] = d3; q3[len[(d + 3) & 3]!++] = c + cols - 1; pending++; }
      if (r && up && blocked[c + cols + 1] === 0 && d3 < dist[c + cols + 1]!) { dist[c + cols + 1] = d3; q3[len[(d + 3) & 3]!++] = c + cols + 1; pending++; }
    }
  }
  const out = new Float32Array(cells);
  const scale = grid.cell / 2;
  for (let i = 0; i < cells; i++) out[i] = dist[i] === 0x7fffffff ? UNREACHABLE : dist[i]! * scale;
  void rows;
  return out;
}

/**
 * Writes the walking direction at (x, y) down `field` into out[0], out[1] (unit vector) and returns
 * the distance to the target there, or UNREACHABLE when the cell is blocked or cut off.
 */
export function flowAt(grid: NavGrid, field: Float32Array, x: number, y: number, out: Float32Array): number {
  const c = cellIndex(grid, x, y);
  const d = field[c]!;
  if (d >= UNREACHABLE) return UNREACHABLE;
  const cols = grid.cols;
  const cx = c % cols;
  const l = cx > 0 ? field[c - 1]! : UNREACHABLE;
  const r = cx < cols - 1 ? field[c + 1]! : UNREACHABLE;
  const dn = c >= cols ? field[c - cols]! : UNREACHABLE;
  const up = c + cols < field.length ? field[c + cols]! : UNREACHABLE;
  const gx = (l < UNREACHABLE ? l : d) - (r < UNREACHABLE ? r : d);
  const gy = (dn < UNREACHABLE ? dn : d) - (up < UNREACHABLE ? up : d);
  const len = Math.sqrt(gx * gx + gy * gy);
  if (len < 1e-6) {
    out[0] = 0;
    out[1] = 0;
  } else {
    out[0] = gx / len;
    out[1] = gy / len;
  }
  return d;
}
