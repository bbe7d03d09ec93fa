import { F, R } from '../engineCodes';
import type { FrameHub } from '../frameHub';
import type { ScenePick } from '../sceneContract';

/** How far from a person (metres) a click still picks them; vehicles are picked within their size. */
export const PICK_RADIUS = 1.6;
const VEHICLE_PICK_RADIUS = 4.5;

/**
 * The unit index of the selectable agent nearest to the venue point (x, y), or -1 when none is within
 * reach. Reads the interpolated positions of this frame: no raycasting against thousands of instances.
 */
export function pickUnitAt(hub: FrameHub, x: number, y: number): number {
  const f = hub.frame;
  if (!f) return -1;
  const t = hub.table;
  let best = -1;
  let bestD = Infinity;
  for (let i = 0; i < hub.count; i++) {
    const u = f.unit[i]!;
    if (u < 0 || u >= t.size || !t.selectable[u] || f.flags[i]! & F.hidden) continue;
    const dx = hub.ix[i]! - x;
    const dy = hub.iy[i]! - y;
    const d = dx * dx + dy * dy;
    const reach = f.kind[i] === R.driver ? VEHICLE_PICK_RADIUS : PICK_RADIUS;
    if (d < reach * reach && d < bestD) {
      bestD = d;
      best = u;
    }
  }
  return best;
}

/**
 * What lies at the venue point (x, y): the nearest visible person within reach, whichever side, with
 * their unit, group or protected party; null on bare ground or for a person of no known unit.
 */
export function pickAt(hub: FrameHub, x: number, y: number): ScenePick | null {
  const f = hub.frame;
  if (!f) return null;
  const t = hub.table;
  let best = -1;
  let bestD = Infinity;
  for (let i = 0; i < hub.count; i++) {
    const u = f.unit[i]!;
    if (u < 0 || u >= t.size || !t.ids[u] || f.flags[i]! & F.hidden) continue;
    const dx = hub.ix[i]! - x;
    const dy = hub.iy[i]! - y;
    const d = dx * dx + dy * dy;
    const reach = f.kind[i] === R.driver ? VEHICLE_PICK_RADIUS : PICK_RADIUS;
    if (d < reach * reach && d < bestD) {
      bestD = d;
      best = i;
    }
  }
  if (best < 0) return null;
  const u = f.unit[best]!;
  const side = t.side[u] === 0 ? 'police' : t.side[u] === 1 ? 'crowd' : 'protected';
  return { unitId: t.ids[u]!, side, agent: best, point: [x, y] };
}
