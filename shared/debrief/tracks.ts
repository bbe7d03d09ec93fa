import { Flag, type Game } from '../engine/index';

/**
 * Where every police unit and crowd group stood at every tick of a session, for the debrief's trails
 * ("where did they come from in the last half minute"). Filled like the chart metrics as the replay
 * visits ticks (`SessionReplay.seek` / `warm`); plain typed arrays, deterministic and free of clocks.
 * Track k is police unit k, then crowd group k − units: the scene's own unit indices.
 */

/** Scenario seconds a trail looks back from the moment shown. */
export const TRAIL_SECONDS = 30;

/** A stretch of every track: `x[k * length + i]`, `y[…]` is track k at tick `from + i` (NaN where not known). */
export interface Trail {
  from: number;
  length: number;
  /** Tracks in the stretch (police units first, then crowd groups). */
  tracks: number;
  x: Float32Array;
  y: Float32Array;
}

/** The centre of the members `first` .. `first + count - 1` still on the ground, or null when none is. */
export function membersCentre(game: Game, first: number, count: number): [number, number] | null {
  const { x, y, flags } = game.world.agents;
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (let i = first; i < first + count; i++) {
    if (flags[i]! & (Flag.gone | Flag.evacuated)) continue;
    sx += x[i]!;
    sy += y[i]!;
    n++;
  }
  return n > 0 ? [sx / n, sy / n] : null;
}

/** Writes the centre of each unit's then each group's members still on the ground into `outX`/`outY` (NaN when none). */
export function trackCentres(game: Game, outX: Float32Array, outY: Float32Array, offset = 0): void {
  const { units, groups } = game.state;
  for (let k = 0; k < units.length + groups.length; k++) {
    const { first, count } = k < units.length ? units[k]! : groups[k - units.length]!;
    const centre = membersCentre(game, first, count);
    outX[offset + k] = centre ? centre[0] : Number.NaN;
    outY[offset + k] = centre ? centre[1] : Number.NaN;
  }
}

/** Per-tick centres of every unit and group over a session, with which ticks are known yet. */
export class TrackStore {
  /** Units plus groups. */
  readonly tracks: number;
  /** `x[tick * tracks + k]`: track k's centre at `tick` (NaN where not known). */
  readonly x: Float32Array;
  readonly y: Float32Array;
  /** 1 where the tick was recorded. */
  readonly known: Uint8Array;

  /** @param game the game as created (fixes the number of tracks); @param totalTicks the session's last tick */
  constructor(game: Game, readonly totalTicks: number) {
    this.tracks = game.state.units.length + game.state.groups.length;
    const size = (totalTicks + 1) * this.tracks;
    this.x = new Float32Array(size).fill(Number.NaN);
    this.y = new Float32Array(size).fill(Number.NaN);
    this.known = new Uint8Array(totalTicks + 1);
  }

  /** Records the centres at the game's tick (a tick outside the session, or another game's shape, is ignored). */
  record(game: Game): void {
    const tick = game.state.tick;
    if (tick < 0 || tick > this.totalTicks || this.known[tick] === 1) return;
    if (game.state.units.length + game.state.groups.length !== this.tracks) return;
    trackCentres(game, this.x, this.y, tick * this.tracks);
    this.known[tick] = 1;
  }

  /** Every track over the `spanTicks` ticks up to and including `tick` (clamped to the session). */
  trail(tick: number, spanTicks: number): Trail {
    const to = Math.max(0, Math.min(this.totalTicks, Math.floor(tick)));
    const from = Math.max(0, to - Math.max(0, Math.floor(spanTicks)));
    const length = to - from + 1;
    const n = this.tracks;
    const x = new Float32Array(n * length);
    const y = new Float32Array(n * length);
    for (let i = 0; i < length; i++) {
      const row = (from + i) * n;
      for (let k = 0; k < n; k++) {
        x[k * length + i] = this.x[row + k]!;
        y[k * length + i] = this.y[row + k]!;
      }
    }
    return { from, length, tracks: n, x, y };
  }
}
