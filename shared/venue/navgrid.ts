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

/**
 * Whether the straight line from (ax, ay) to (bx, by) crosses no blocked cell (sampled every half
 * cell; the cells of the two ends themselves are not tested, a body may stand on a wall's rasterised
 * edge). Cheap enough per chaser per tick: a 60 m line is 240 samples.
 */
export function lineClear(grid: NavGrid, ax: number, ay: number, bx: number, by: number): boolean {
  const len = detHypot(bx - ax, by - ay);
  const n = Math.max(1, Math.ceil(len / (grid.cell * 0.5)));
  const first = cellIndex(grid, ax, ay);
  const last = cellIndex(grid, bx, by);
  for (let k = 1; k < n; k++) {
    const c = cellIndex(grid, ax + ((bx - ax) * k) / n, ay + ((by - ay) * k) / n);
    if (c !== first && c !== last && grid.blocked[c] !== 0) return false;
  }
  return true;
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

/** Move bits of {@link FlowWorkspace.moves}: four orthogonal steps (cost 2), four diagonal ones (cost 3). */
const W = 1, E = 2, S = 4, N = 8, SW = 16, SE = 32, NW = 64, NE = 128;

/**
 * Reusable working memory for distance fields over one grid: the moves its current raster allows
 * and the search buffers, so building a field allocates nothing but the field itself.
 */
export interface FlowWorkspace {
  /** Per cell, a bit for every step out of it that the raster allows (see {@link updateMoves}). */
  readonly moves: Uint8Array;
  readonly dist: Int32Array;
  /** Four bucket queues of `cells` entries each, back to back (Dial's ring). */
  readonly queue: Int32Array;
  /** Cells the search starts from and their distances, sorted by distance. */
  readonly seedCell: Int32Array;
  readonly seedDist: Int32Array;
}

/** Allocates a workspace for `grid` and fills its move mask from the current raster. */
export function createFlowWorkspace(grid: NavGrid): FlowWorkspace {
  const cells = grid.cols * grid.rows;
  const ws = {
    moves: new Uint8Array(cells), dist: new Int32Array(cells), queue: new Int32Array(cells * 4),
    seedCell: new Int32Array(cells), seedDist: new Int32Array(cells),
  };
  updateMoves(grid, ws);
  return ws;
}

/**
 * Recomputes the move mask after the raster changed: a step is allowed into a free cell inside the
 * grid from a free cell; a diagonal step also needs both orthogonal cells it passes free, so no path
 * squeezes between two diagonal wall cells.
 */
export function updateMoves(grid: NavGrid, ws: FlowWorkspace): void {
  const { cols, rows, blocked } = grid;
  const moves = ws.moves;
  for (let y = 0; y < rows; y++) {
    for (let x = 0, c = y * cols; x < cols; x++, c++) {
      if (blocked[c] !== 0) { moves[c] = 0; continue; }
      const w = x > 0 && blocked[c - 1] === 0;
      const e = x < cols - 1 && blocked[c + 1] === 0;
      const s = y > 0 && blocked[c - cols] === 0;
      const n = y < rows - 1 && blocked[c + cols] === 0;
      let m = (w ? W : 0) | (e ? E : 0) | (s ? S : 0) | (n ? N : 0);
      if (w && s && blocked[c - cols - 1] === 0) m |= SW;
      if (e && s && blocked[c - cols + 1] === 0) m |= SE;
      if (w && n && blocked[c + cols - 1] === 0) m |= NW;
      if (e && n && blocked[c + cols + 1] === 0) m |= NE;
      moves[c] = m;
    }
  }
}

/** Integer distance (half cells: 2 per orthogonal step, 3 per diagonal) of cells not reached. */
const FAR = 0x7fffffff;

/**
 * Distance field to a set of target cells, in metres (approximately: octile costs 1 and 1.5 cells).
 * Diagonal steps need both orthogonal neighbours free, so no path squeezes between two diagonal wall
 * cells. Pass the grid's workspace (kept up to date with {@link updateMoves}) to build without allocating.
 */
export function distanceField(grid: NavGrid, targets: readonly number[], ws: FlowWorkspace = createFlowWorkspace(grid)): Float32Array {
  const dist = ws.dist;
  dist.fill(FAR);
  let seeds = 0;
  for (const t of targets) {
    if (grid.blocked[t] !== 0 || dist[t] === 0) continue;
    dist[t] = 0;
    ws.seedCell[seeds] = t;
    ws.seedDist[seeds++] = 0;
  }
  search(grid.cols, grid.cols * grid.rows, ws, seeds);
  return toField(grid, dist);
}

/**
 * Brings `previous`, a field built on the raster as it was before the `opened` cells were cleared
 * (a gate opened, a fence breached), up to date for the current raster; `openedTargets` are opened
 * cells that are targets of the field too. Opening only adds steps, so distances can only drop: the
 * search starts from the cells around the opening and goes only where a distance improves. The result
 * equals a fresh {@link distanceField} on the current raster (shortest distances are unique), at a
 * fraction of the cost. The workspace's move mask must already describe the current raster.
 */
export function reopenedField(
  grid: NavGrid, previous: Float32Array, opened: ArrayLike<number>, openedTargets: readonly number[], ws: FlowWorkspace,
): Float32Array {
  const { cols, rows, blocked } = grid;
  const cells = cols * rows;
  const dist = ws.dist;
  const perUnit = grid.cell / 2;
  for (let i = 0; i < cells; i++) dist[i] = previous[i]! >= UNREACHABLE ? FAR : Math.round(previous[i]! / perUnit);
  let seeds = 0;
  for (const t of openedTargets) {
    if (blocked[t] !== 0 || dist[t] === 0) continue;
    dist[t] = 0;
    ws.seedCell[seeds] = t;
    ws.seedDist[seeds++] = 0;
  }
  // Every step the opening added starts or ends within one cell of an opened cell: relax those cells
  // from their neighbours' old distances, and search on from the ones that improved.
  const moves = ws.moves;
  for (let k = 0; k < opened.length; k++) {
    const o = opened[k]!;
    const ox = o % cols;
    const oy = (o - ox) / cols;
    for (let y = Math.max(0, oy - 1); y <= Math.min(rows - 1, oy + 1); y++) {
      for (let x = Math.max(0, ox - 1); x <= Math.min(cols - 1, ox + 1); x++) {
        const c = y * cols + x;
        const m = moves[c]!;
        let best = dist[c]!;
        if ((m & W) !== 0 && dist[c - 1]! + 2 < best) best = dist[c - 1]! + 2;
        if ((m & E) !== 0 && dist[c + 1]! + 2 < best) best = dist[c + 1]! + 2;
        if ((m & S) !== 0 && dist[c - cols]! + 2 < best) best = dist[c - cols]! + 2;
        if ((m & N) !== 0 && dist[c + cols]! + 2 < best) best = dist[c + cols]! + 2;
        if ((m & SW) !== 0 && dist[c - cols - 1]! + 3 < best) best = dist[c - cols - 1]! + 3;
        if ((m & SE) !== 0 && dist[c - cols + 1]! + 3 < best) best = dist[c - cols + 1]! + 3;
        if ((m & NW) !== 0 && dist[c + cols - 1]! + 3 < best) best = dist[c + cols - 1]! + 3;
        if ((m & NE) !== 0 && dist[c + cols + 1]! + 3 < best) best = dist[c + cols + 1]! + 3;
        if (best < dist[c]!) {
          dist[c] = best;
          ws.seedCell[seeds] = c;
          ws.seedDist[seeds++] = best;
        }
      }
    }
  }
  sortSeeds(ws, seeds);
  search(cols, cells, ws, seeds);
  return toField(grid, dist);
}

/** Field in metres from integer distances. */
function toField(grid: NavGrid, dist: Int32Array): Float32Array {
  const cells = dist.length;
  const out = new Float32Array(cells);
  const scale = grid.cell / 2;
  for (let i = 0; i < cells; i++) out[i] = dist[i] === FAR ? UNREACHABLE : dist[i]! * scale;
  return out;
}

/** Orders the first `n` seeds by distance (insertion sort: a handful of cells around an opening). */
function sortSeeds(ws: FlowWorkspace, n: number): void {
  const { seedCell, seedDist } = ws;
  for (let i = 1; i < n; i++) {
    const c = seedCell[i]!;
    const d = seedDist[i]!;
    let j = i - 1;
    for (; j >= 0 && seedDist[j]! > d; j--) {
      seedCell[j + 1] = seedCell[j]!;
      seedDist[j + 1] = seedDist[j]!;
    }
    seedCell[j + 1] = c;
    seedDist[j + 1] = d;
  }
}

/**
 * Dial's algorithm from the first `seeds` seeds (sorted by distance; each already holds its distance
 * in `dist`): costs are 2 or 3, so a ring of four bucket queues is enough; a seed joins its bucket
 * when the search reaches its distance. A cell enters a queue only when its distance strictly drops,
 * so no queue ever holds more than `cells` entries. Stale entries (improved since) are skipped.
 */
function search(cols: number, cells: number, ws: FlowWorkspace, seeds: number): void {
  const { dist, queue, moves, seedCell, seedDist } = ws;
  const len = [0, 0, 0, 0];
  let pending = 0;
  let next = 0;
  for (let d = seeds > 0 ? seedDist[0]! : 0; pending > 0 || next < seeds; d++) {
    // With nothing queued, jump straight to the next seed's distance.
    if (pending === 0 && seedDist[next]! > d) d = seedDist[next]!;
    const b = d & 3;
    const base = b * cells;
    while (next < seeds && seedDist[next] === d) {
      queue[base + len[b]!++] = seedCell[next++]!;
      pending++;
    }
    const n = len[b]!;
    len[b] = 0;
    pending -= n;
    const b2 = (d + 2) & 3;
    const b3 = (d + 3) & 3;
    const q2 = b2 * cells;
    const q3 = b3 * cells;
    let n2 = len[b2]!;
    let n3 = len[b3]!;
    const d2 = d + 2;
    const d3 = d + 3;
    for (let k = 0; k < n; k++) {
      const c = queue[base + k]!;
      if (dist[c] !== d) continue;
      const m = moves[c]!;
      if (m === 0) continue;
      if ((m & W) !== 0 && d2 < dist[c - 1]!) { dist[c - 1] = d2; queue[q2 + n2++] = c - 1; }
      if ((m & E) !== 0 && d2 < dist[c + 1]!) { dist[c + 1] = d2; queue[q2 + n2++] = c + 1; }
      if ((m & S) !== 0 && d2 < dist[c - cols]!) { dist[c - cols] = d2; queue[q2 + n2++] = c - cols; }
      if ((m & N) !== 0 && d2 < dist[c + cols]!) { dist[c + cols] = d2; queue[q2 + n2++] = c + cols; }
      if ((m & SW) !== 0 && d3 < dist[c - cols - 1]!) { dist[c - cols - 1] = d3; queue[q3 + n3++] = c - cols - 1; }
      if ((m & SE) !== 0 && d3 < dist[c - cols + 1]!) { dist[c - cols + 1] = d3; queue[q3 + n3++] = c - cols + 1; }
      if ((m & NW) !== 0 && d3 < dist[c + cols - 1]!) { dist[c + cols - 1] = d3; queue[q3 + n3++] = c + cols - 1; }
      if ((m & NE) !== 0 && d3 < dist[c + cols + 1]!) { dist[c + cols + 1] = d3; queue[q3 + n3++] = c + cols + 1; }
    }
    pending += n2 - len[b2]! + n3 - len[b3]!;
    len[b2] = n2;
    len[b3] = n3;
  }
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
