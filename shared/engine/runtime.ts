import {
  createNavGrid, rasteriseSegment, distanceField, cellIndex, nearestFreeCell, polygonCells, pointInPolygon, createFlowWorkspace, updateMoves, reopenedField,
  type NavGrid, type CompiledVenue, type FlowWorkspace,
} from '../venue/index';
import { SegState, type World } from './model';

/**
 * Derived, rebuildable data the tick needs but that is not game state: the navigation raster and its
 * flow-field cache, segment bins for wall tests, the agent neighbour grid and scratch buffers. It is
 * never hashed or snapshotted; anything in it can be rebuilt from the world and the venue, so games
 * restored from snapshots may share one runtime per venue and agent count.
 */
export interface Runtime {
  venue: CompiledVenue;
  nav: NavGrid;
  /** Move mask of the nav raster and the flow-field search buffers. */
  flowWork: FlowWorkspace;
  /** Signature of the segment states the nav raster was built from. */
  navSig: number;
  flows: Map<string, Float32Array>;
  /** Flow caches per nav signature, so seeking back and forth across a breach does not recompute them. */
  flowsBySig: Map<number, Map<string, Float32Array>>;
  /** When the raster last changed only by opening cells: the flows before and what opened (see {@link Reopening}). */
  reopening: Reopening | null;
  /** Building index + 1 per nav cell (0 outside buildings). */
  buildingCell: Uint8Array;
  /** Segment bins: BIN-metre cells listing segments whose box, padded by BIN, covers them. */
  binCols: number;
  binRows: number;
  binStart: Int32Array;
  binItems: Int32Array;
  /** Agent neighbour grid (GRID-metre cells) rebuilt each tick by counting sort. */
  gridCols: number;
  gridRows: number;
  cellStart: Int32Array;
  cellItems: Int32Array;
  cellOf: Int32Array;
  /** Fill cursor for the counting sort. */
  cellCursor: Int32Array;
  /** Coarse (COARSE-metre) counts for Epstein vision and incitement. */
  coarseCols: number;
  coarseRows: number;
  coarsePolice: Float32Array;
  coarseActive: Float32Array;
  coarseIncite: Float32Array;
  /** Per-agent scratch: position before this tick's move. */
  px: Float32Array;
  py: Float32Array;
  /** Pressure accumulated on each segment this tick, and which group pressed hardest. */
  segPush: Float32Array;
  segGroup: Int16Array;
  /** Two-float scratch for flow look-ups. */
  dir: Float32Array;
  /** Per-agent mass in the pushing model, set each tick. */
  mass: Float32Array;
  /** Per-agent scratch: 1 where an active protester's group pushes on walls this tick. */
  pressing: Uint8Array;
  /** Per-unit scratch of the separation pass (see {@link unitContactScratch}). */
  unitContacts: Int32Array;
  unitDisplaced: Float32Array;
}

/**
 * The last raster change, when it only cleared cells (a gate opened, a fence or door breached): flows
 * missing from the new cache are then updated from the previous cache instead of built afresh.
 */
export interface Reopening {
  /** Flow cache of the raster before the change. */
  from: Map<string, Float32Array>;
  /** The raster before the change. */
  blockedBefore: Uint8Array;
  /** Cells cleared by the change. */
  opened: Int32Array;
}

/** Agent neighbour-grid cell (m); at least a body diameter plus slack. */
export const GRID = 1;
/** Segment bin size and padding (m); also the longest move allowed per tick. */
export const BIN = 2;
/** Coarse grid cell (m) for Epstein vision (3 x 3 cells ≈ 12 m). */
export const COARSE = 4;

const buildingRasters = new WeakMap<CompiledVenue, Uint8Array>();

/** Creates the runtime for a venue and world size. */
export function createRuntime(venue: CompiledVenue, agentCount: number, segCapacity: number): Runtime {
  const b = venue.file.bounds;
  const nav = createNavGrid(b, 0.5);
  const w = b.maxX - b.minX;
  const h = b.maxY - b.minY;
  const gridCols = Math.ceil(w / GRID);
  const gridRows = Math.ceil(h / GRID);
  const binCols = Math.ceil(w / BIN);
  const binRows = Math.ceil(h / BIN);
  const coarseCols = Math.ceil(w / COARSE);
  const coarseRows = Math.ceil(h / COARSE);
  let buildingCell = buildingRasters.get(venue);
  if (!buildingCell) {
    buildingCell = new Uint8Array(nav.cols * nav.rows);
    venue.file.buildings.forEach((bd, k) => {
      for (let cy = 0; cy < nav.rows; cy++) {
        for (let cx = 0; cx < nav.cols; cx++) {
          if (pointInPolygon(nav.minX + (cx + 0.5) * nav.cell, nav.minY + (cy + 0.5) * nav.cell, bd.footprint)) buildingCell![cy * nav.cols + cx] = k + 1;
        }
      }
    });
    buildingRasters.set(venue, buildingCell);
  }
  return {
    venue, nav, flowWork: createFlowWorkspace(nav), navSig: -1, flows: new Map(), flowsBySig: new Map(), reopening: null, buildingCell,
    binCols, binRows, binStart: new Int32Array(binCols * binRows + 1), binItems: new Int32Array(0),
    gridCols, gridRows, cellStart: new Int32Array(gridCols * gridRows + 1), cellItems: new Int32Array(agentCount), cellOf: new Int32Array(agentCount), cellCursor: new Int32Array(gridCols * gridRows),
    coarseCols, coarseRows, coarsePolice: new Float32Array(coarseCols * coarseRows), coarseActive: new Float32Array(coarseCols * coarseRows), coarseIncite: new Float32Array(coarseCols * coarseRows),
    px: new Float32Array(agentCount), py: new Float32Array(agentCount),
    segPush: new Float32Array(segCapacity), segGroup: new Int16Array(segCapacity), dir: new Float32Array(2), mass: new Float32Array(agentCount),
    pressing: new Uint8Array(agentCount), unitContacts: new Int32Array(0), unitDisplaced: new Float32Array(0),
  };
}

/**
 * Zeroed per-unit buffers for this tick's push contacts (count) and crowd displaced by them (m),
 * reused from tick to tick instead of allocated.
 */
export function unitContactScratch(rt: Runtime, units: number): { contacts: Int32Array; displaced: Float32Array } {
  if (rt.unitContacts.length !== units) {
    rt.unitContacts = new Int32Array(units);
    rt.unitDisplaced = new Float32Array(units);
  } else {
    rt.unitContacts.fill(0);
    rt.unitDisplaced.fill(0);
  }
  return { contacts: rt.unitContacts, displaced: rt.unitDisplaced };
}

/** A cheap signature of which segments block, so the raster is rebuilt only when one changes. */
function segmentSignature(world: World): number {
  const n = world.header[1]!;
  let h = 0x811c9dc5 ^ n;
  const st = world.segments.state;
  for (let i = 0; i < n; i++) h = Math.imul(h ^ (st[i]! + 1), 0x01000193);
  return h >>> 0;
}

/** Rebuilds the nav raster, the segment bins and switches the flow cache when blocking segments changed. */
export function ensureNav(rt: Runtime, world: World): void {
  const sig = segmentSignature(world);
  if (sig === rt.navSig) return;
  const before = rt.navSig === -1 ? null : { flows: rt.flows, blocked: rt.nav.blocked.slice() };
  rt.navSig = sig;
  rt.nav.blocked.fill(0);
  let flows = rt.flowsBySig.get(sig);
  if (!flows) {
    if (rt.flowsBySig.size >= 8) rt.flowsBySig.clear();
    flows = new Map();
    rt.flowsBySig.set(sig, flows);
  }
  rt.flows = flows;
  const s = world.segments;
  const n = world.header[1]!;
  for (let i = 0; i < n; i++) if (s.state[i] === SegState.closed) rasteriseSegment(rt.nav, s.ax[i]!, s.ay[i]!, s.bx[i]!, s.by[i]!);
  updateMoves(rt.nav, rt.flowWork);
  buildBins(rt, world);
  rt.reopening = before && before.flows !== flows ? reopeningSince(rt.nav.blocked, before.flows, before.blocked) : null;
}

/** The change from `blockedBefore` to `blocked` as a {@link Reopening}, or null when it closed any cell. */
function reopeningSince(blocked: Uint8Array, from: Map<string, Float32Array>, blockedBefore: Uint8Array): Reopening | null {
  const opened: number[] = [];
  for (let i = 0; i < blocked.length; i++) {
    if (blocked[i] === blockedBefore[i]) continue;
    if (blocked[i] !== 0) return null;
    opened.push(i);
  }
  return opened.length > 0 ? { from, blockedBefore, opened: Int32Array.from(opened) } : null;
}

/** Bins every closed segment into the BIN grid cells its padded box covers (counting sort). */
function buildBins(rt: Runtime, world: World): void {
  const s = world.segments;
  const n = world.header[1]!;
  const { minX, minY } = rt.venue.file.bounds;
  const counts = rt.binStart;
  counts.fill(0);
  const range = (i: number, f: (c: number) => void): void => {
    const x0 = Math.max(0, Math.floor((Math.min(s.ax[i]!, s.bx[i]!) - BIN - minX) / BIN));
    const x1 = Math.min(rt.binCols - 1, Math.floor((Math.max(s.ax[i]!, s.bx[i]!) + BIN - minX) / BIN));
    const y0 = Math.max(0, Math.floor((Math.min(s.ay[i]!, s.by[i]!) - BIN - minY) / BIN));
    const y1 = Math.min(rt.binRows - 1, Math.floor((Math.max(s.ay[i]!, s.by[i]!) + BIN - minY) / BIN));
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) f(y * rt.binCols + x);
  };
  for (let i = 0; i < n; i++) if (s.state[i] === SegState.closed) range(i, (c) => { counts[c + 1]!++; });
  for (let c = 0; c < rt.binCols * rt.binRows; c++) counts[c + 1]! += counts[c]!;
  const items = new Int32Array(counts[rt.binCols * rt.binRows]!);
  const fill = counts.slice(0, rt.binCols * rt.binRows);
  for (let i = 0; i < n; i++) if (s.state[i] === SegState.closed) range(i, (c) => { items[fill[c]!++] = i; });
  rt.binItems = items;
}

/** Flow field (distance field) toward a point, cached by target cell. */
export function flowToPoint(rt: Runtime, x: number, y: number): Float32Array {
  const c = cellIndex(rt.nav, x, y);
  const key = `p${c}`;
  let f = rt.flows.get(key);
  if (!f) {
    // After an opening the target is the same cell when it was free before (it still is).
    const r = rt.reopening;
    const previous = r && r.blockedBefore[c] === 0 ? r.from.get(key) : undefined;
    if (previous) f = reopenedField(rt.nav, previous, r!.opened, [], rt.flowWork);
    else {
      const t = nearestFreeCell(rt.nav, c);
      f = distanceField(rt.nav, t < 0 ? [] : [t], rt.flowWork);
    }
    cacheFlow(rt, key, f);
  }
  return f;
}

/** Flow field toward a set of polygons (e.g. all exits), cached under `key`. */
export function flowToZones(rt: Runtime, key: string, polygons: readonly (readonly (readonly [number, number])[])[]): Float32Array {
  let f = rt.flows.get(key);
  if (!f) {
    const r = rt.reopening;
    const previous = r ? r.from.get(key) : undefined;
    if (previous) f = reopenedField(rt.nav, previous, r!.opened, openedInside(rt.nav, r!.opened, polygons), rt.flowWork);
    else {
      const cells: number[] = [];
      for (const p of polygons) cells.push(...polygonCells(rt.nav, p));
      f = distanceField(rt.nav, cells, rt.flowWork);
    }
    cacheFlow(rt, key, f);
  }
  return f;
}

/** Opened cells that are zone targets now (centre inside a polygon, as in `polygonCells`). */
function openedInside(nav: NavGrid, opened: Int32Array, polygons: readonly (readonly (readonly [number, number])[])[]): number[] {
  const out: number[] = [];
  for (const c of opened) {
    const cx = c % nav.cols;
    const cy = (c - cx) / nav.cols;
    const x = nav.minX + (cx + 0.5) * nav.cell;
    const y = nav.minY + (cy + 0.5) * nav.cell;
    if (polygons.some((p) => pointInPolygon(x, y, p))) out.push(c);
  }
  return out;
}

function cacheFlow(rt: Runtime, key: string, f: Float32Array): void {
  // Bounded: flows are cheap to rebuild and identical when rebuilt, so dropping them is harmless.
  if (rt.flows.size >= 96) rt.flows.clear();
  rt.flows.set(key, f);
}

/** Coarse-grid cell of a point. */
export function coarseAt(rt: Runtime, x: number, y: number): number {
  const b = rt.venue.file.bounds;
  let cx = Math.floor((x - b.minX) / 4);
  let cy = Math.floor((y - b.minY) / 4);
  cx = cx < 0 ? 0 : cx >= rt.coarseCols ? rt.coarseCols - 1 : cx;
  cy = cy < 0 ? 0 : cy >= rt.coarseRows ? rt.coarseRows - 1 : cy;
  return cy * rt.coarseCols + cx;
}
