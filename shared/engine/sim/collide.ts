import { segmentsIntersect, cellIndex } from '../../venue/index';
import { unitTypes } from '../forces';
import { AgentKind, CROWDING_SECONDS, Flag, OFF_FIELD, RADIUS, SegState } from '../model';
import { nextFloat } from '../rng';
import { BIN, GRID, coarseAt, type Runtime } from '../runtime';
import type { Game } from '../state';
import { hurt, type TickCtx } from './context';
import { detAtan2 } from '../../math/deterministic';

// Module-level copies: hot loops must not go through module-namespace getters.
const OFF = OFF_FIELD, ARRESTED = Flag.arrested, ACTIVE = Flag.active, DOWN = Flag.down, IN_BUILDING = Flag.inBuilding;
const OFFICER = AgentKind.officer, PROTESTER = AgentKind.protester, VEHICLE = AgentKind.vehicle, CLOSED = SegState.closed;
const crosses = segmentsIntersect, cellOfNav = cellIndex, coarseOf = coarseAt, GRID_M = GRID, BIN_M = BIN;

/**
 * Collisions: bodies are pushed apart position-based (one Gauss-Seidel pass over a uniform grid built
 * by counting sort), heavier bodies (a shield line, a pushing wedge) give way less, the overlap is the
 * crowd pressure an agent feels; vehicles push people out; walls stop every move that would cross them
 * and push bodies out to their radius; then bounds, building flags, headings and the coarse counts.
 */

/** Agents taking part in collisions: on the field, not arrested (escorted through), not vehicles. */
function collides(a: { flags: Uint16Array; kind: Uint8Array }, i: number): boolean {
  return (a.flags[i]! & (OFF | ARRESTED)) === 0 && a.kind[i] !== VEHICLE;
}

/** Rebuilds the neighbour grid from current positions (counting sort, stable in index order). */
export function buildGrid(ctx: TickCtx): void {
  const rt = ctx.game.runtime;
  const a = ctx.game.world.agents;
  const n = ctx.game.world.header[0]!;
  const b = rt.venue.file.bounds;
  const cols = rt.gridCols;
  const rows = rt.gridRows;
  const start = rt.cellStart;
  start.fill(0);
  for (let i = 0; i < n; i++) {
    if (!collides(a, i)) { rt.cellOf[i] = -1; continue; }
    let cx = Math.floor((a.x[i]! - b.minX) / GRID_M);
    let cy = Math.floor((a.y[i]! - b.minY) / GRID_M);
    cx = cx < 0 ? 0 : cx >= cols ? cols - 1 : cx;
    cy = cy < 0 ? 0 : cy >= rows ? rows - 1 : cy;
    const c = cy * cols + cx;
    rt.cellOf[i] = c;
    start[c + 1]!++;
  }
  const cells = cols * rows;
  for (let c = 0; c < cells; c++) start[c + 1]! += start[c]!;
  const cursor = rt.cellCursor;
  cursor.set(start.subarray(0, cells));
  for (let i = 0; i < n; i++) {
    const c = rt.cellOf[i]!;
    if (c >= 0) rt.cellItems[cursor[c]!++] = i;
  }
}

/**
 * Local density: the people in the 3 x 3 neighbour-grid cells (9 m²) around each agent, per m², folded
 * into the agent's sustained density `crowding` (an exponential average over CROWDING_SECONDS, so a
 * moment's jostle does not count but a crowd that stays packed does). Reads the counting sort of
 * {@link buildGrid}. The densest of those nine square metres is kept in `density` for the next tick's
 * steering (people stop pressing into a crowd that is already packed: a mean over 9 m² would let the
 * rear of a sharp front keep pushing into it). Agents off the grid (arrested, gone, vehicles) read zero.
 */
export function crowdDensity(ctx: TickCtx): void {
  const rt = ctx.game.runtime;
  const a = ctx.game.world.agents;
  const n = ctx.game.world.header[0]!;
  const cols = rt.gridCols;
  const rows = rt.gridRows;
  const start = rt.cellStart;
  const cellOf = rt.cellOf;
  const crowding = a.crowding;
  const density = a.density;
  const k = Math.min(1, ctx.dt / CROWDING_SECONDS);
  const perM2 = 1 / (9 * GRID_M * GRID_M);
  for (let i = 0; i < n; i++) {
    const c = cellOf[i]!;
    if (c < 0) { crowding[i] = 0; density[i] = 0; continue; }
    const cx = c % cols;
    const cy = (c - cx) / cols;
    const x0 = cx > 0 ? cx - 1 : 0;
    const x1 = cx + 1 < cols ? cx + 1 : cx;
    let people = 0;
    let peak = 0;
    for (let y = cy > 0 ? cy - 1 : 0, y1 = cy + 1 < rows ? cy + 1 : cy; y <= y1; y++) {
      const row = y * cols;
      people += start[row + x1 + 1]! - start[row + x0]!;
      for (let x = x0; x <= x1; x++) {
        const m = start[row + x + 1]! - start[row + x]!;
        if (m > peak) peak = m;
      }
    }
    density[i] = peak / (GRID_M * GRID_M);
    const now = crowding[i]!;
    crowding[i] = now + (people * perM2 - now) * k;
  }
}

/**
 * Most neighbours one body is tested against per tick in the separation pass (half neighbourhood, in
 * grid order). A body in normal contact has far fewer; only a crowd compressed into a pile reaches it.
 */
const SEPARATION_CANDIDATES = 24;

/**
 * Separation pass with contact effects (batons, assaults) and push-contact bookkeeping per unit.
 * Walks the occupied cells only (runs of `cellItems`), in grid order, so empty ground costs nothing.
 */
export function separate(ctx: TickCtx, contacts: Int32Array, displaced: Float32Array): void {
  const rt = ctx.game.runtime;
  const a = ctx.game.world.agents;
  const cols = rt.gridCols;
  const rows = rt.gridRows;
  const start = rt.cellStart;
  const items = rt.cellItems;
  const cellOf = rt.cellOf;
  const ax = a.x;
  const ay = a.y;
  const mass = rt.mass;
  const kind = a.kind;
  const pressure = a.pressure;
  const fround = Math.fround;
  const sqrt = Math.sqrt;
  const officer = OFFICER;
  const protester = PROTESTER;
  const cap = SEPARATION_CANDIDATES;
  const placed = start[cols * rows]!;
  for (let s0 = 0; s0 < placed;) {
    const c = cellOf[items[s0]!]!;
    const s1 = start[c + 1]!;
    const cx = c % cols;
    const cy = (c - cx) / cols;
    // Half neighbourhood: same cell (later items), east, and the three cells to the north.
    const hasEast = cx + 1 < cols;
    const e0 = hasEast ? s1 : 0;
    const e1 = hasEast ? start[c + 2]! : 0;
    let n0 = 0;
    let n1 = 0;
    if (cy + 1 < rows) {
      n0 = start[c + cols - (cx > 0 ? 1 : 0)]!;
      n1 = start[c + cols + (hasEast ? 1 : 0) + 1]!;
    }
    for (let p = s0; p < s1; p++) {
      const i = items[p]!;
      const ki = kind[i]!;
      const ri = ki === 0 ? 0.28 : 0.25;
      const mi = mass[i]!;
      let xi = ax[i]!;
      let yi = ay[i]!;
      let pi = pressure[i]!;
      // Three candidate ranges, in the fixed order: same cell, east, north row; at most `cap` candidates
      // in all (only a crowd crushed far past body contact reaches it: the rest wait for the next tick).
      let budget = cap;
      for (let range = 0; range < 3 && budget > 0; range++) {
        let q = range === 0 ? p + 1 : range === 1 ? e0 : n0;
        let e = range === 0 ? s1 : range === 1 ? e1 : n1;
        if (e - q > budget) e = q + budget;
        if (e > q) budget -= e - q;
        for (; q < e; q++) {
          const j = items[q]!;
          const dx = ax[j]! - xi;
          const dy = ay[j]! - yi;
          const kj = kind[j]!;
          const r = ri + (kj === 0 ? 0.28 : 0.25);
          const d2 = dx * dx + dy * dy;
          if (d2 >= r * r) continue;
          let d = sqrt(d2);
          let nx: number;
          let ny: number;
          if (d < 1e-6) {
            // Coincident bodies: split along an axis chosen by index parity (deterministic).
            nx = (i + j) & 1 ? 1 : 0;
            ny = (i + j) & 1 ? 0 : 1;
            d = 0;
          } else {
            nx = dx / d;
            ny = dy / d;
          }
          const overlap = r - d;
          const mj = mass[j]!;
          const wi = mj / (mi + mj);
          const wj = mi / (mi + mj);
          xi = fround(xi - nx * overlap * wi);
          yi = fround(yi - ny * overlap * wi);
          ax[i] = xi;
          ay[i] = yi;
          ax[j] = ax[j]! + nx * overlap * wj;
          ay[j] = ay[j]! + ny * overlap * wj;
          pi = fround(pi + overlap * 4);
          pressure[i] = pi;
          pressure[j] = pressure[j]! + overlap * 4;
          if (ki !== kj && (ki === officer || kj === officer) && (ki === protester || kj === protester)) {
            if (ki === officer) contact(ctx, contacts, displaced, i, j, overlap * wj);
            else contact(ctx, contacts, displaced, j, i, overlap * wi);
          }
        }
      }
    }
    s0 = s1;
  }
}

/** An officer and a protester touching: push bookkeeping, batons, assaults (rare; kept out of the loop). */
function contact(ctx: TickCtx, contacts: Int32Array, displaced: Float32Array, o: number, pr: number, moved: number): void {
  const w = ctx.game.world;
  const a = w.agents;
  const s = ctx.game.state;
  const ui = a.team[o]!;
  const u = s.units[ui]!;
  if (u.stance === 'push') {
    contacts[ui]!++;
    displaced[ui]! += moved;
    if (unitTypes[u.type].equipment.includes('baton') && nextFloat(w.rng) < 0.004) hurt(ctx, pr, 0.35, 'baton', u.moveOrderId);
  }
  if ((a.flags[pr]! & ACTIVE) !== 0 && nextFloat(w.rng) < 0.0015) {
    const g = s.groups[a.team[pr]!];
    hurt(ctx, o, 0.35, 'assault', g ? g.orderId : null);
  }
}

/** Vehicles shove people out of their footprint (a circle). */
export function vehicleShove(ctx: TickCtx): void {
  const rt = ctx.game.runtime;
  const a = ctx.game.world.agents;
  const b = rt.venue.file.bounds;
  for (const u of ctx.game.state.units) {
    if (!unitTypes[u.type].vehicle) continue;
    const v = u.first;
    const vx = a.x[v]!;
    const vy = a.y[v]!;
    const R = RADIUS[3] + 0.25;
    const x0 = Math.max(0, Math.floor((vx - R - b.minX) / GRID_M) - 1);
    const x1 = Math.min(rt.gridCols - 1, Math.floor((vx + R - b.minX) / GRID_M) + 1);
    const y0 = Math.max(0, Math.floor((vy - R - b.minY) / GRID_M) - 1);
    const y1 = Math.min(rt.gridRows - 1, Math.floor((vy + R - b.minY) / GRID_M) + 1);
    for (let cy = y0; cy <= y1; cy++) {
      for (let q = rt.cellStart[cy * rt.gridCols + x0]!, e = rt.cellStart[cy * rt.gridCols + x1 + 1]!; q < e; q++) {
        const j = rt.cellItems[q]!;
        const dx = a.x[j]! - vx;
        const dy = a.y[j]! - vy;
        const d2 = dx * dx + dy * dy;
        if (d2 >= R * R) continue;
        const d = Math.sqrt(d2) || 1e-3;
        a.x[j] = vx + (dx / d) * R;
        a.y[j] = vy + (dy / d) * R;
        a.pressure[j] = a.pressure[j]! + 1;
      }
    }
  }
}

/** Body radius against walls by agent kind (vehicles: 0.5 m, they are shoved by the people instead). */
const WALL_RADIUS = Float64Array.from([0, 1, 2, 3], (k) => (RADIUS[k as 0 | 1 | 2 | 3] > 1 ? 0.5 : RADIUS[k as 0 | 1 | 2 | 3]));

/** Margin (m) of the box tests in front of exact segment tests: far above rounding, far below a body. */
const BOX_SLACK = 1e-3;

/**
 * Walls: a move that crosses a closed segment slides along it or is undone; bodies closer than their
 * radius are pushed out on their own side. Crowd members pressing on a breachable segment load it.
 */
export function wallsAndBounds(ctx: TickCtx, pressing: Uint8Array): void {
  const rt = ctx.game.runtime;
  const w = ctx.game.world;
  const a = w.agents;
  const sg = w.segments;
  const n = w.header[0]!;
  const b = rt.venue.file.bounds;
  const maxMove = BIN_M - 0.1;
  for (let i = 0; i < n; i++) {
    const f = a.flags[i]!;
    if ((f & OFF) !== 0) continue;
    const ox = rt.px[i]!;
    const oy = rt.py[i]!;
    const kind = a.kind[i]!;
    const r = WALL_RADIUS[kind]!;
    let x = a.x[i]!;
    let y = a.y[i]!;
    let mx = x - ox;
    let my = y - oy;
    const m2 = mx * mx + my * my;
    if (m2 > maxMove * maxMove) {
      const k = maxMove / Math.sqrt(m2);
      mx *= k;
      my *= k;
      x = ox + mx;
      y = oy + my;
    }
    x = x < b.minX + r ? b.minX + r : x > b.maxX - r ? b.maxX - r : x;
    y = y < b.minY + r ? b.minY + r : y > b.maxY - r ? b.maxY - r : y;
    let bx = Math.floor((x - b.minX) / BIN_M);
    let by = Math.floor((y - b.minY) / BIN_M);
    bx = bx >= rt.binCols ? rt.binCols - 1 : bx;
    by = by >= rt.binRows ? rt.binRows - 1 : by;
    const bin = by * rt.binCols + bx;
    const k0 = rt.binStart[bin]!;
    const k1 = rt.binStart[bin + 1]!;
    const loads = pressing[i] === 1;
    // Whether any segment came near this move; if none did, nothing below can have changed it.
    let near = false;
    for (let k = k0; k < k1; k++) {
      const sgi = rt.binItems[k]!;
      if (sg.state[sgi] !== CLOSED) continue;
      const sax = sg.ax[sgi]!, say = sg.ay[sgi]!, sbx = sg.bx[sgi]!, sby = sg.by[sgi]!;
      // Most bodies in a bin are nowhere near most of its segments: when the move's box grown by the
      // radius misses the segment's box, the move cannot cross it and the body is beyond its radius.
      const reach = r + BOX_SLACK;
      if ((ox < x ? ox : x) - reach > (sax > sbx ? sax : sbx) || (ox > x ? ox : x) + reach < (sax < sbx ? sax : sbx) ||
        (oy < y ? oy : y) - reach > (say > sby ? say : sby) || (oy > y ? oy : y) + reach < (say < sby ? say : sby)) continue;
      near = true;
      if (crosses(ox, oy, x, y, sax, say, sbx, sby)) {
        // Slide along the wall: keep only the component of the move parallel to it.
        const ux = sbx - sax;
        const uy = sby - say;
        const len2 = ux * ux + uy * uy;
        const t = len2 > 0 ? ((x - ox) * ux + (y - oy) * uy) / len2 : 0;
        x = ox + ux * t;
        y = oy + uy * t;
        if (crosses(ox, oy, x, y, sax, say, sbx, sby)) { x = ox; y = oy; }
      }
      // Push out to the radius, on the side the body came from.
      const ux = sbx - sax;
      const uy = sby - say;
      const len2 = ux * ux + uy * uy;
      let t = len2 > 0 ? ((x - sax) * ux + (y - say) * uy) / len2 : 0;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const cx = sax + ux * t;
      const cy = say + uy * t;
      let dx = x - cx;
      let dy = y - cy;
      const d2 = dx * dx + dy * dy;
      if (d2 < r * r) {
        let d = Math.sqrt(d2);
        if (d < 1e-5) {
          dx = ox - cx;
          dy = oy - cy;
          d = Math.sqrt(dx * dx + dy * dy);
          if (d < 1e-5) { dx = -uy; dy = ux; d = Math.sqrt(len2); }
        }
        x = cx + (dx / d) * r;
        y = cy + (dy / d) * r;
        if (loads && sg.breachable[sgi] === 1) {
          rt.segPush[sgi] = rt.segPush[sgi]! + 0.1 * (1 + Math.min(a.pressure[i]!, 4));
          rt.segGroup[sgi] = a.team[i]!;
        }
      }
    }
    // Final guard: if the corrections crossed any wall, stay where we were (that spot was legal).
    if (near && (x !== ox || y !== oy)) {
      for (let k = k0; k < k1; k++) {
        const sgi = rt.binItems[k]!;
        if (sg.state[sgi] !== CLOSED) continue;
        const sax = sg.ax[sgi]!, say = sg.ay[sgi]!, sbx = sg.bx[sgi]!, sby = sg.by[sgi]!;
        if ((ox < x ? ox : x) - BOX_SLACK > (sax > sbx ? sax : sbx) || (ox > x ? ox : x) + BOX_SLACK < (sax < sbx ? sax : sbx) ||
          (oy < y ? oy : y) - BOX_SLACK > (say > sby ? say : sby) || (oy > y ? oy : y) + BOX_SLACK < (say < sby ? say : sby)) continue;
        if (crosses(ox, oy, x, y, sax, say, sbx, sby)) { x = ox; y = oy; break; }
      }
    }
    a.x[i] = x;
    a.y[i] = y;
    finishAgent(rt, a, i, f, kind, x, y, ox, oy);
  }
}

function finishAgent(rt: Runtime, a: TickCtx['game']['world']['agents'], i: number, f: number, kind: number, x: number, y: number, ox: number, oy: number): void {
  const inB = rt.buildingCell[cellOfNav(rt.nav, x, y)]! > 0;
  a.flags[i] = inB ? f | IN_BUILDING : f & ~IN_BUILDING;
  const mx = x - ox;
  const my = y - oy;
  if (mx * mx + my * my > 0.0004) a.heading[i] = detAtan2(my, mx);
  void kind;
}

/**
 * Coarse counts of police and active protesters, from positions at the start of the tick (so they
 * depend only on the world, never on leftovers of an earlier tick: snapshots stay complete).
 */
export function coarseCounts(ctx: TickCtx): void {
  const rt = ctx.game.runtime;
  const a = ctx.game.world.agents;
  const n = ctx.game.world.header[0]!;
  rt.coarsePolice.fill(0);
  rt.coarseActive.fill(0);
  rt.coarseIncite.fill(0);
  for (let i = 0; i < n; i++) {
    const f = a.flags[i]!;
    if ((f & (OFF | DOWN | ARRESTED)) !== 0) continue;
    const kind = a.kind[i]!;
    const c = coarseOf(rt, a.x[i]!, a.y[i]!);
    if (kind === OFFICER) rt.coarsePolice[c]! += 1;
    else if (kind === VEHICLE) rt.coarsePolice[c]! += 3;
    else if (kind === PROTESTER && (f & ACTIVE) !== 0) rt.coarseActive[c]! += 1;
  }
}

/** Marks the active protesters whose group is pushing on something (they load gates and fences). */
export function pressingMask(game: Game): Uint8Array {
  const a = game.world.agents;
  const m = game.runtime.pressing;
  m.fill(0);
  for (const g of game.state.groups) {
    const t = g.task.type;
    if (t !== 'breach' && t !== 'push_line' && t !== 'enter_building' && t !== 'take_hostage') continue;
    for (let i = g.first; i < g.first + g.count; i++) if ((a.flags[i]! & Flag.active) !== 0) m[i] = 1;
  }
  return m;
}
