import type { z } from 'zod';
import type { Draft } from 'immer';
import { detHypot } from '../../math/deterministic';
import { nextFloat } from '../rng';
import { unitTypes } from '../forces';
import { isHeld } from '../reserves';
import type { GameState, UnitState } from '../state';
import { groupCentre, moveAnchorToward } from './anchor';
import { no, setTask, taskDone, type PoliceOrderDef, type UnitTaskRunners, type TaskCtx } from './define';
import type { appealSchema, negotiateSchema } from '../orderSchemas';

/** Communication orders: the public appeal (himbauan) through a loudspeaker and negotiation with a group's Korlap. */


/** Ticks an appeal lasts. */
const APPEAL_TICKS = 60;
/** Metres within which a group hears an appeal. */
const APPEAL_RANGE = 100;

/** The communication family. */
export const communicationOrders = [
  {
    // Satpol PP and the regency liaison may appeal to the crowd too (partners of the joint drill, DOCTRINE.md section 1).
    type: 'appeal', family: 'communication', units: ['dalmas_awal', 'dalmas_lanjut', 'water_cannon', 'negosiator', 'mobil_komando', 'satpol_pp', 'pemda_liaison'], stage: 2,
    targeting: 'none', shortcut: 'a',
    apply: (_o, u, c) => setTask(u, { type: 'appeal', ticksLeft: APPEAL_TICKS }, c.orderId),
    isDone: taskDone,
  } satisfies PoliceOrderDef<z.infer<typeof appealSchema>>,
  {
    // The regency liaison talks with the Korlap beside the police negotiator (DOCTRINE.md sections 1, 3).
    type: 'negotiate', family: 'communication', units: ['negosiator', 'pemda_liaison'], stage: 2, reach: 150, targeting: 'group', shortcut: 'n',
    validate: (o, _u, c) => {
      const a = c.game.world.agents;
      const g = c.game.state.groups.find((x) => x.id === o.groupId);
      if (!g) return no('unknown_group', `no group ${o.groupId}`);
      if (g.korlap < 0) return no('invalid_target', 'the group has no Korlap');
      return c.from({ x: a.x[g.korlap]!, y: a.y[g.korlap]! }) > 150 ? no('out_of_reach', 'Korlap farther than 150 m') : null;
    },
    apply: (o, u, c) => setTask(u, { type: 'negotiate', groupId: o.groupId, progress: 0, started: false }, c.orderId),
    isDone: taskDone,
  } satisfies PoliceOrderDef<z.infer<typeof negotiateSchema>>,
] as const;

function appeal(d: Draft<GameState>, u: Draft<UnitState>, ctx: TaskCtx): void {
  const ids: string[] = [];
  const counts: number[] = [];
  for (const g of d.groups) {
    // A reserve the scenario has not brought in yet is not there to hear it.
    if (isHeld(d, g.id)) continue;
    const [gx, gy] = groupCentre(ctx, g);
    if (detHypot(gx - u.x, gy - u.y) > APPEAL_RANGE) continue;
    g.appeals++;
    g.agitation = Math.max(-1, g.agitation - 0.05);
    ids.push(g.id);
    counts.push(g.appeals);
  }
  if (ids.length > 0) d.legitimacy = Math.min(1, d.legitimacy + 0.005);
  ctx.ev.push({ tick: ctx.tick, type: 'appeal_made', unitId: u.id, orderId: u.taskOrderId, groupIds: ids, appeals: counts });
}

function negotiate(d: Draft<GameState>, u: Draft<UnitState>, ctx: TaskCtx): void {
  const task = u.task;
  if (task?.type !== 'negotiate') return;
  const g = d.groups.find((x) => x.id === task.groupId);
  if (!g || g.korlap < 0) {
    ctx.ev.push({ tick: ctx.tick, type: 'negotiation_failed', unitId: u.id, groupId: task.groupId, orderId: u.taskOrderId });
    u.task = null;
    return;
  }
  const a = ctx.game.world.agents;
  const kx = a.x[g.korlap]!;
  const ky = a.y[g.korlap]!;
  if (detHypot(kx - u.x, ky - u.y) > 4) {
    moveAnchorToward(ctx, u, kx, ky, unitTypes[u.type].speed);
    return;
  }
  if (!task.started) {
    task.started = true;
    ctx.ev.push({ tick: ctx.tick, type: 'negotiation_started', unitId: u.id, groupId: g.id, orderId: u.taskOrderId });
  }
  task.progress += 1 / 60;
  if (task.progress < 1) return;
  const chance = Math.min(0.9, Math.max(0.05, 0.2 + 0.6 * d.legitimacy - g.agitation));
  const ok = nextFloat(ctx.game.world.rng) < chance;
  if (ok) {
    g.agitation = Math.max(-1, g.agitation - 0.3);
    d.legitimacy = Math.min(1, d.legitimacy + 0.05);
  } else g.agitation = Math.min(1, g.agitation + 0.05);
  ctx.ev.push({ tick: ctx.tick, type: ok ? 'negotiation_succeeded' : 'negotiation_failed', unitId: u.id, groupId: g.id, orderId: u.taskOrderId });
  u.task = null;
}

/** The appeal (made on its first tick, then it lasts a minute) and the negotiation (walk to the Korlap, talk, settle or fail). */
export const communicationTasks: UnitTaskRunners = {
  appeal: (d, u, ctx) => {
    const task = u.task;
    if (task?.type !== 'appeal') return;
    if (task.ticksLeft === APPEAL_TICKS) appeal(d, u, ctx);
    task.ticksLeft--;
    if (task.ticksLeft <= 0) u.task = null;
  },
  negotiate,
};
