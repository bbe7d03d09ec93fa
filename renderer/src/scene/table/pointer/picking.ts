import { F, R } from '../engineCodes';
import type { FrameHub } from '../frameHub';
import type { ScenePick } from '../sceneContract';

/** How far from a person (metres) a click still picks them; vehicles are picked within their size. */
export const PICK_RADIUS = 1.6;
const VEHICLE_PICK_RADIUS = 4.5;

/**
 * The index of the visible person nearest to the venue point (x, y) within reach whose unit passes
 * `accept`, or -1. Reads the interpolated positions of this frame: no raycasting against thousands of
 * instances.
 */
function nearestPerson(hub: FrameHub, x: number, y: number, accept: (unit: number) => boolean): number {
  const f = hub.frame;
  if (!f) return -1;
  const t = hub.table;
  let best = -1;
  let bestD = Infinity;
  for (let i = 0; i < hub.count; i++) {
    const u = f.unit[i]!;
    if (u < 0 || u >= t.size || !accept(u) || f.flags[i]! & F.hidden) continue;
    const dx = hub.ix[i]! - x;
    const dy = hub.iy[i]! - y;
    const d = dx * dx + dy * dy;
    const reach = f.kind[i] === R.driver ? VEHICLE_PICK_RADIUS : PICK_RADIUS;
    if (d < reach * reach && d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}

/** The unit index of the selectable agent nearest to the venue point (x, y), or -1 when none is within reach. */
export function pickUnitAt(hub: FrameHub, x: number, y: number): number {
  const i = nearestPerson(hub, x, y, (u) => hub.table.selectable[u] !== 0);
  return i < 0 ? -1 : hub.frame!.unit[i]!;
}

/**
 * What lies at the venue point (x, y): the nearest visible person within reach, whichever side, with
 * their unit, group or protected party; null on bare ground or for a person of no known unit.
 */
export function pickAt(hub: FrameHub, x: number, y: number): ScenePick | null {
  const t = hub.table;
  const best = nearestPerson(hub, x, y, (u) => Boolean(t.ids[u]));
  const f = hub.frame;
  if (best < 0 || !f) return null;
  const u = f.unit[best]!;
  const side = t.side[u] === 0 ? 'police' : t.side[u] === 1 ? 'crowd' : 'protected';
  return { unitId: t.ids[u]!, side, agent: best, point: [x, y] };
}
