import type { Draft } from 'immer';
import { flowAt, UNREACHABLE } from '../../venue/index';
import { unitTypes } from '../forces';
import { Flag, OFF_FIELD } from '../model';
import type { UnitState, GroupState } from '../state';
import { flowToPoint } from '../runtime';
import { detAtan2, detCos, detHypot, detSin } from '../../math/deterministic';
import { formationOffset } from '../formation';
import type { TaskCtx } from './define';

/**
 * Where units and groups stand and how a unit's anchor walks: the helpers the tick's planning phase
 * (plan.ts) and the order modules' task runners (orderDefs/) share.
 */

const slotOffset = new Float32Array(2);

/**
 * Share of a unit's standing members within `radius` metres of their formation slots (1 for a rope
 * line or a unit with nobody standing). This is how the engine tells whether a formation keeps up
 * with its anchor (a member's distance from the anchor would count a wide line's half-width as lag).
 */
export function formedShare(ctx: TaskCtx, u: UnitState, radius: number): number {
  if (u.rope) return 1;
  const a = ctx.game.world.agents;
  const hasVehicle = unitTypes[u.type].vehicle;
  const c = detCos(u.heading);
  const s = detSin(u.heading);
  const r2 = radius * radius;
  let standing = 0;
  let formed = 0;
  for (let i = u.first; i < u.first + u.count; i++) {
    if ((a.flags[i]! & (OFF_FIELD | Flag.down | Flag.arrested)) !== 0) continue;
    formationOffset(u.formation, a.slot[i]!, u.count, hasVehicle, slotOffset);
    const dx = u.x + slotOffset[0]! * c - slotOffset[1]! * s - a.x[i]!;
    const dy = u.y + slotOffset[0]! * s + slotOffset[1]! * c - a.y[i]!;
    standing++;
    if (dx * dx + dy * dy <= r2) formed++;
  }
  return standing === 0 ? 1 : formed / standing;
}

/** Position of the unit's first agent: the vehicle of a vehicle unit (the AWC aims from there). */
export function firstAgentPosition(ctx: TaskCtx, u: UnitState): [number, number] {
  const a = ctx.game.world.agents;
  return [a.x[u.first]!, a.y[u.first]!];
}

/** Where a crowd group stands: its Korlap, else its first member. */
export function groupCentre(ctx: TaskCtx, g: GroupState): [number, number] {
  const a = ctx.game.world.agents;
  const k = g.korlap >= 0 ? g.korlap : g.first;
  return [a.x[k]!, a.y[k]!];
}

/**
 * Walks the unit's anchor one tick toward (tx, ty) down the navigation flow field (round buildings,
 * through open gates); true once it is there.
 */
export function moveAnchorToward(ctx: TaskCtx, u: Draft<UnitState>, tx: number, ty: number, speed: number): boolean {
  const dx = tx - u.x;
  const dy = ty - u.y;
  const dist = detHypot(dx, dy);
  const step = speed * ctx.dt;
  if (dist <= step) {
    u.x = tx;
    u.y = ty;
    return true;
  }
  const rt = ctx.game.runtime;
  const field = flowToPoint(rt, tx, ty);
  const r = flowAt(rt.nav, field, u.x, u.y, rt.dir);
  let ux = dx / dist;
  let uy = dy / dist;
  if (r < UNREACHABLE && (rt.dir[0] !== 0 || rt.dir[1] !== 0) && dist > 2) {
    ux = rt.dir[0]!;
    uy = rt.dir[1]!;
  }
  u.x += ux * step;
  u.y += uy * step;
  u.heading = detAtan2(uy, ux);
  return false;
}
