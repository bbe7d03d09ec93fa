import type { Trail } from '../../../shared/debrief/tracks';
import type { ReplayClient } from './replayClient';
import type { ReplayDisplay } from './replayDisplay';

/**
 * The debrief open on this device, outside React: the worker's client, the moment shown in 3D (typed
 * arrays that change every playback frame) and the chart arrays. debriefFlow.ts creates it when a
 * session's debrief opens and disposes it when the screen is left; everything else reads it through
 * `currentDebrief()`.
 */
export class DebriefSession {
  /** The moment shown; null until the worker sent the first one. */
  display: ReplayDisplay | null = null;
  /** Chart values per metric and tick (see shared/debrief/metrics.ts `metricIds`); empty until the first metrics. */
  metrics: Float32Array[] = [];
  /** The moment last asked for by a jump (null before the first); older frames arriving later never move the timeline back. */
  requestedTick: number | null = null;
  /** The playback loop's animation frame, 0 when not playing. */
  frameHandle = 0;
  /** Every injury of the session as (tick, x, y) triples, for the injury heat map. */
  injuryPoints: Float32Array = new Float32Array(0);
  /** Every unit's and group's path over the last 30 s before the moment shown (see shared/debrief/tracks.ts). */
  trail: Trail | null = null;
  /** Resolves when the next frame was shown (report pictures wait on it). */
  frameWaiters: ((tick: number) => void)[] = [];

  /** @param client the replay worker's client */
  constructor(readonly client: ReplayClient) {}

  /** Stops the playback loop and the worker. */
  dispose(): void {
    if (this.frameHandle) cancelAnimationFrame(this.frameHandle);
    this.frameHandle = 0;
    this.client.dispose();
    this.frameWaiters = [];
  }
}

let current: DebriefSession | null = null;

/** The debrief open now, or null. */
export function currentDebrief(): DebriefSession | null {
  return current;
}

/** Makes `session` the open debrief, disposing the one before. */
export function beginDebrief(session: DebriefSession): void {
  current?.dispose();
  current = session;
}

/** Closes the open debrief. */
export function endDebrief(): void {
  current?.dispose();
  current = null;
}
