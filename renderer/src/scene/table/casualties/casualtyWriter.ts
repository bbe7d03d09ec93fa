import { F } from '../engineCodes';
import type { FrameHub } from '../frameHub';

/**
 * Where casualties lie: one ground mark per injured or downed person still on the table (either side,
 * protected people too), so an evacuation can be aimed at them. Plain typed arrays, no allocation.
 */

/** Radius (m) of a casualty's ground ring. */
export const CASUALTY_RING_RADIUS = 1.3;

/**
 * Writes a translation-and-scale matrix per casualty into `out` (16 floats each, three.js column order,
 * ground at y = 0.05 in scene coordinates) and returns how many were written (at most `capacity`).
 */
export function writeCasualtyMatrices(hub: FrameHub, out: Float32Array, capacity: number): number {
  const f = hub.frame;
  if (!f) return 0;
  const n = Math.min(hub.count, f.flags.length);
  const { cx, cy } = hub.site;
  const r = CASUALTY_RING_RADIUS;
  let k = 0;
  for (let i = 0; i < n && k < capacity; i++) {
    const fl = f.flags[i]!;
    if (!(fl & F.injured) || fl & F.hidden) continue;
    const o = k * 16;
    out.fill(0, o, o + 16);
    out[o] = r;
    out[o + 5] = 1;
    out[o + 10] = r;
    out[o + 12] = hub.ix[i]! - cx;
    out[o + 13] = 0.05;
    out[o + 14] = cy - hub.iy[i]!;
    out[o + 15] = 1;
    k++;
  }
  return k;
}
