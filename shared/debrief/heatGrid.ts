import { AgentKind, Flag } from '../engine/index';

/**
 * The debrief's heat maps as plain grids over the venue: crowd density at the moment shown (people per
 * m², read against the density bands of CROWD-AND-AI.md) and injuries over a window of scenario time
 * before it. Pure functions of typed arrays; the page colours the grid (`heatColours`) and the scene
 * lays it on the ground as a texture. Row 0 is the south edge (`originY`), column 0 the west (`originX`).
 */

/** Where a heat grid lies, in venue metres. */
export interface HeatGridSpec {
  cols: number;
  rows: number;
  /** Side of a square cell, metres. */
  cellSize: number;
  originX: number;
  originY: number;
}

/** Side of a density cell: 2 m, so one person alone reads 0.25 people/m² and a packed cell about 7. */
export const HEAT_CELL_METRES = 2;

/** Density bands of CROWD-AND-AI.md (people per m²): from each lower bound up to the next. */
export const densityBands = [
  { id: 'free', from: 0, rgb: [70, 190, 90] },
  { id: 'restricted', from: 2, rgb: [235, 215, 60] },
  { id: 'contact', from: 3.5, rgb: [245, 145, 40] },
  { id: 'dangerous', from: 5, rgb: [230, 50, 40] },
  { id: 'crush', from: 7, rgb: [200, 40, 200] },
] as const;
/** One density band. */
export type DensityBandId = (typeof densityBands)[number]['id'];

/** The grid covering `bounds` with cells of `cellSize` metres. */
export function heatGridFor(bounds: { minX: number; minY: number; maxX: number; maxY: number }, cellSize = HEAT_CELL_METRES): HeatGridSpec {
  const cell = cellSize > 0 ? cellSize : HEAT_CELL_METRES;
  return {
    cols: Math.max(1, Math.ceil((bounds.maxX - bounds.minX) / cell)),
    rows: Math.max(1, Math.ceil((bounds.maxY - bounds.minY) / cell)),
    cellSize: cell,
    originX: bounds.minX,
    originY: bounds.minY,
  };
}

/** The cell holding (x, y), or -1 outside the grid. */
export function cellOf(spec: HeatGridSpec, x: number, y: number): number {
  const c = Math.floor((x - spec.originX) / spec.cellSize);
  const r = Math.floor((y - spec.originY) / spec.cellSize);
  if (!(c >= 0 && c < spec.cols && r >= 0 && r < spec.rows)) return -1;
  return r * spec.cols + c;
}

/** The agent arrays the density grid reads (the engine's own, or the display's). */
export interface DensityAgents {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  kind: ArrayLike<number>;
  flags: ArrayLike<number>;
}

/**
 * Protesters still on the ground (not gone, evacuated or arrested) per m² in each cell; `out` is
 * reused when it has the grid's size.
 */
export function densityGrid(spec: HeatGridSpec, agents: DensityAgents, out?: Float32Array): Float32Array {
  const grid = out && out.length === spec.cols * spec.rows ? out.fill(0) : new Float32Array(spec.cols * spec.rows);
  const perPerson = 1 / (spec.cellSize * spec.cellSize);
  const gone = Flag.gone | Flag.evacuated | Flag.arrested;
  for (let i = 0; i < agents.kind.length; i++) {
    if (agents.kind[i] !== AgentKind.protester || agents.flags[i]! & gone) continue;
    const cell = cellOf(spec, agents.x[i]!, agents.y[i]!);
    if (cell >= 0) grid[cell] = grid[cell]! + perPerson;
  }
  return grid;
}

/**
 * Injuries per cell among `points` ((tick, x, y) triples) that happened in the `windowTicks` ticks up
 * to and including `tick`: the window is (tick − windowTicks, tick].
 */
export function injuryGrid(spec: HeatGridSpec, points: Float32Array, tick: number, windowTicks: number): Float32Array {
  const grid = new Float32Array(spec.cols * spec.rows);
  const from = tick - Math.max(0, windowTicks);
  for (let p = 0; p + 2 < points.length; p += 3) {
    const at = points[p]!;
    if (at > tick || at <= from) continue;
    const cell = cellOf(spec, points[p + 1]!, points[p + 2]!);
    if (cell >= 0) grid[cell] = grid[cell]! + 1;
  }
  return grid;
}

/** The density band a value falls in. */
export function densityBandOf(perSquareMetre: number): DensityBandId {
  let band: DensityBandId = 'free';
  for (const b of densityBands) if (perSquareMetre >= b.from) band = b.id;
  return band;
}

/** Injury colour ramp ends: a few (pale yellow) to the most in one cell (deep red). */
const INJURY_LOW = [250, 220, 80] as const;
const INJURY_HIGH = [200, 20, 30] as const;

/**
 * Colours a grid as RGBA bytes for the ground texture. Density: the band's colour, fainter in the free
 * band and transparent where nobody stands. Counts (injuries): a ramp up to `max`, transparent at zero.
 */
export function heatColours(values: Float32Array, scale: 'density' | 'count', max = 0): Uint8Array {
  const rgba = new Uint8Array(values.length * 4);
  let top = max;
  if (scale === 'count' && !(top > 0)) for (let i = 0; i < values.length; i++) top = Math.max(top, values[i]!);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!(v > 0)) continue;
    let r: number;
    let g: number;
    let b: number;
    let a: number;
    if (scale === 'density') {
      const band = densityBands.find((_, k) => k + 1 === densityBands.length || v < densityBands[k + 1]!.from)!;
      [r, g, b] = band.rgb;
      a = band.id === 'free' ? 50 + Math.round((v / 2) * 80) : 170;
    } else {
      const f = top > 0 ? Math.min(1, v / top) : 1;
      r = Math.round(INJURY_LOW[0] + (INJURY_HIGH[0] - INJURY_LOW[0]) * f);
      g = Math.round(INJURY_LOW[1] + (INJURY_HIGH[1] - INJURY_LOW[1]) * f);
      b = Math.round(INJURY_LOW[2] + (INJURY_HIGH[2] - INJURY_LOW[2]) * f);
      a = Math.round(150 + 90 * f);
    }
    rgba.set([r, g, b, a], i * 4);
  }
  return rgba;
}
