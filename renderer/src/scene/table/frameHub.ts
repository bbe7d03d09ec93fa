import type { SiteFrame } from '../venue/venueFile';
import { F, R } from './engineCodes';
import { buildUnitTable, type UnitTable } from './people/appearance';
import type { AgentFrameSource } from './sceneContract';

/**
 * The per-frame hot state shared by every layer of the game scene: interpolated agent positions and
 * per-unit centres, computed once per frame by {@link sampleAgents} and then read by the people,
 * vehicles, selection ring, picking and minimap. Plain typed arrays, mutated in place inside
 * `useFrame`; React never sees it change.
 */
export interface FrameHub {
  site: SiteFrame;
  source: AgentFrameSource | null;
  table: UnitTable;
  /** Bumped whenever `table` is replaced, so colour caches know to refresh. */
  tableVersion: number;
  /** Agents sampled this frame (0 without a source). */
  count: number;
  /** Interpolated positions, venue metres. */
  ix: Float32Array;
  iy: Float32Array;
  /** Per unit index: member count, centre, spread radius (from visible members). */
  un: Float32Array;
  ucx: Float32Array;
  ucy: Float32Array;
  urad: Float32Array;
  /** Vehicle agents (role driver) and their vehicle kind codes, refreshed when the source changes. */
  vehicleAgents: Int32Array;
  vehicleKind: Uint8Array;
  vehicleCount: number;
  sumXX: Float64Array;
  sumYY: Float64Array;
  /** The frame sampled last (its arrays are read by the other layers), null before the first. */
  frame: ReturnType<AgentFrameSource['frame']> | null;
  /** Source version and alpha of the last sample; `moved`/`changed` say what differs from last frame. */
  version: number;
  alpha: number;
  moved: boolean;
  changed: boolean;
  /** Highest roof of the venue (markers of people inside buildings float above it). */
  roofTop: number;
}


/** A hub for a venue, empty until a source is attached. */
export function createFrameHub(site: SiteFrame, roofTop: number): FrameHub {
  const hub = {
    site, source: null, table: buildUnitTable([]), tableVersion: 0, count: 0,
    vehicleAgents: new Int32Array(64), vehicleKind: new Uint8Array(64), vehicleCount: 0, frame: null,
    ix: new Float32Array(0), iy: new Float32Array(0),
    version: -1, alpha: -1, moved: true, changed: true, roofTop,
  } as unknown as FrameHub;
  sizeUnits(hub, 1);
  return hub;
}

function sizeUnits(hub: FrameHub, n: number): void {
  hub.un = new Float32Array(n);
  hub.ucx = new Float32Array(n);
  hub.ucy = new Float32Array(n);
  hub.urad = new Float32Array(n);
  hub.sumXX = new Float64Array(n);
  hub.sumYY = new Float64Array(n);
}

/** Replaces the unit table (when the unit list changes). */
export function setUnitTable(hub: FrameHub, table: UnitTable): void {
  hub.table = table;
  hub.tableVersion++;
  if (hub.un.length < table.size) sizeUnits(hub, table.size);
  hub.changed = true;
  hub.moved = true;
}

/** Attaches (or detaches) the agent source; sizes the position arrays. */
export function setSource(hub: FrameHub, source: AgentFrameSource | null): void {
  hub.source = source;
  const n = source?.count ?? 0;
  if (hub.ix.length !== n) {
    hub.ix = new Float32Array(n);
    hub.iy = new Float32Array(n);
  }
  hub.count = 0;
  hub.frame = null;
  hub.version = -1;
  hub.changed = true;
  hub.moved = true;
}

/**
 * Interpolates every agent's position for this frame and accumulates per-unit centres and spreads;
 * on a new source version also re-lists the vehicle agents. Skips all work when neither the source
 * version nor alpha changed. No allocation.
 */
export function sampleAgents(hub: FrameHub): void {
  const src = hub.source;
  if (!src) {
    hub.count = 0;
    return;
  }
  const f = src.frame();
  hub.frame = f;
  const versionChanged = f.version !== hub.version;
  hub.changed = hub.changed || versionChanged;
  hub.moved = hub.moved || versionChanged || f.alpha !== hub.alpha;
  if (!hub.moved) return;
  hub.version = f.version;
  hub.alpha = f.alpha;
  const n = Math.min(src.count, hub.ix.length);
  hub.count = n;
  const a = f.alpha < 0 ? 0 : f.alpha > 1 ? 1 : f.alpha;
  const { prevX, prevY, x, y, flags, unit, kind } = f;
  const { ix, iy, un, ucx, ucy, sumXX, sumYY } = hub;
  if (hub.changed) listVehicles(hub, kind, unit, n);
  const units = hub.un.length;
  un.fill(0);
  ucx.fill(0);
  ucy.fill(0);
  sumXX.fill(0);
  sumYY.fill(0);
  for (let i = 0; i < n; i++) {
    const px = prevX[i]!;
    const py = prevY[i]!;
    const cx = px + (x[i]! - px) * a;
    const cy = py + (y[i]! - py) * a;
    ix[i] = cx;
    iy[i] = cy;
    const u = unit[i]!;
    if (u < 0 || u >= units) continue;
    if (flags[i]! & F.hidden) continue;
    un[u]!++;
    ucx[u]! += cx;
    ucy[u]! += cy;
    sumXX[u]! += cx * cx;
    sumYY[u]! += cy * cy;
  }
  for (let u = 0; u < units; u++) {
    const m = un[u]!;
    if (m > 0) {
      const mx = ucx[u]! / m;
      const my = ucy[u]! / m;
      ucx[u] = mx;
      ucy[u] = my;
      const variance = Math.max(0, sumXX[u]! / m - mx * mx + sumYY[u]! / m - my * my);
      hub.urad[u] = Math.sqrt(variance) * 1.4 + 1.2;
    }
  }
}

function listVehicles(hub: FrameHub, kind: Uint8Array, unit: ArrayLike<number>, n: number): void {
  let k = 0;
  const t = hub.table;
  for (let i = 0; i < n && k < hub.vehicleAgents.length; i++) {
    if (kind[i] !== R.driver) continue;
    const u = unit[i]!;
    hub.vehicleAgents[k] = i;
    hub.vehicleKind[k] = u >= 0 && u < t.size && t.vehicle[u]! > 0 ? t.vehicle[u]! : 4;
    k++;
  }
  hub.vehicleCount = k;
}
