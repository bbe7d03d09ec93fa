import { densityGrid, heatColours, heatGridFor, injuryGrid, type HeatGridSpec } from '../../../../shared/debrief/heatGrid';
import type { Trail } from '../../../../shared/debrief/tracks';
import type { Game } from '../../../../shared/engine/state';
import type { PlanOverlay, SceneHeat } from '../../scene/table/sceneContract';
import type { HeatMode } from '../debriefStore';

/**
 * What the debrief lays over the 3D view besides the orders: the heat map of the moment shown (crowd
 * density, or injuries over a window before it) and the trails of the last half minute. Built a few
 * times a second at most (whenever the moment reaches the store), never per frame.
 */

/** Side of an injury cell: coarser than density, so single injuries read as spots. */
export const INJURY_CELL_METRES = 6;

/** Trail colours by side. */
export const TRAIL_COLOURS = { police: '#4da3ff', crowd: '#ff6a4d' } as const;

/** Ticks between two drawn trail points (every second at half a second a tick). */
const TRAIL_POINT_EVERY = 2;
/** A track that moved less than this over the window draws no trail (metres). */
const TRAIL_MIN_METRES = 1;

/** The heat map and the numbers its legend shows. */
export interface HeatLayerData {
  heat: SceneHeat;
  /** Largest cell value (people per m² for density, injuries for injuries). */
  max: number;
}

/** Reuses the density buffer between moments (same venue, same grid). */
let densityBuffer: Float32Array | undefined;

/** The heat map of `mode` at the game's moment; null when off. `version` must change with the moment. */
export function heatLayerOf(game: Game, mode: HeatMode, injuryPoints: Float32Array, windowTicks: number, version: number): HeatLayerData | null {
  if (mode === 'off') return null;
  const bounds = game.venue.file.bounds;
  let spec: HeatGridSpec;
  let values: Float32Array;
  if (mode === 'density') {
    spec = heatGridFor(bounds);
    const agents = game.world.agents;
    values = densityGrid(spec, { x: agents.x, y: agents.y, kind: agents.kind, flags: agents.flags }, densityBuffer);
    densityBuffer = values;
  } else {
    spec = heatGridFor(bounds, INJURY_CELL_METRES);
    values = injuryGrid(spec, injuryPoints, game.state.tick, windowTicks);
  }
  let max = 0;
  for (let i = 0; i < values.length; i++) max = Math.max(max, values[i]!);
  const rgba = heatColours(values, mode === 'density' ? 'density' : 'count', max);
  return { heat: { ...spec, rgba, version }, max };
}

/** Each police unit's and crowd group's trail as a path overlay ending where it stands now. */
export function trailOverlays(trail: Trail | null, policeUnits: number, unitIds: readonly string[]): PlanOverlay[] {
  if (!trail) return [];
  const out: PlanOverlay[] = [];
  const { length, x, y } = trail;
  for (let k = 0; k < trail.tracks; k++) {
    const points: [number, number][] = [];
    // From the newest tick back, every TRAIL_POINT_EVERY ticks; a gap (not simulated yet) ends the trail.
    for (let i = length - 1; i >= 0; i -= TRAIL_POINT_EVERY) {
      const px = x[k * length + i]!;
      const py = y[k * length + i]!;
      if (Number.isNaN(px) || Number.isNaN(py)) break;
      points.push([px, py]);
    }
    if (points.length < 2) continue;
    points.reverse();
    const [fx, fy] = points[0]!;
    let reach = 0;
    for (const [px, py] of points) reach = Math.max(reach, Math.hypot(px - fx, py - fy));
    if (reach < TRAIL_MIN_METRES) continue;
    const police = k < policeUnits;
    out.push({ kind: 'path', unitId: unitIds[k] ?? `track-${k}`, points, color: police ? TRAIL_COLOURS.police : TRAIL_COLOURS.crowd });
  }
  return out;
}
