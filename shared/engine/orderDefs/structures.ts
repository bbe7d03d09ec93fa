import { z } from 'zod';
import type { Draft } from 'immer';
import { distSqToSegment, SegmentKind } from '../../venue/index';
import { detHypot } from '../../math/deterministic';
import { SegState, OFF_FIELD } from '../model';
import type { GameState, UnitState } from '../state';
import { no, setTask, sideOf, taskDone, type PoliceOrderDef, type UnitTaskRunners, type TaskCtx } from './define';
import type { gateSchema, placeBarrierSchema } from '../orderSchemas';

/** Structure orders: opening or closing a gate and placing a portable barrier. */


/** The structures family. */
export const structureOrders = [
  {
    // TNI support and Satpol PP may guard and close a gate: support, not force (DOCTRINE.md sections 1, 5).
    type: 'gate', family: 'structures', units: ['dalmas_awal', 'dalmas_lanjut', 'brimob_sekat', 'brimob_desak', 'brimob_tindak', 'tni_support', 'satpol_pp'], stage: 1, reach: 150,
    targeting: 'gate',
    validate: (o, _u, c) => {
      const op = c.game.venue.openings.find((x) => x.id === o.gateId);
      if (!op) return no('invalid_target', `no gate ${o.gateId}`);
      if (c.game.world.segments.state[op.segment] === SegState.breached) return no('gate_broken', `${o.gateId} is breached`);
      return c.from({ x: op.cx, y: op.cy }) > 150 ? no('out_of_reach', 'gate farther than 150 m') : null;
    },
    apply: (o, u, c) => {
      const op = c.game.venue.openings.find((x) => x.id === o.gateId)!;
      setTask(u, { type: 'gate', gateId: op.id, action: o.action }, c.orderId);
      u.waypoints = [sideOf(op.cx, op.cy, u.x, u.y, 2)];
    },
    isDone: taskDone,
  } satisfies PoliceOrderDef<z.infer<typeof gateSchema>>,
  {
    // TNI support carries and places the concrete barriers at the gate (DOCTRINE.md sections 1, 3).
    type: 'place_barrier', family: 'structures', units: ['dalmas_lanjut', 'brimob_sekat', 'tni_support'], stage: 1, reach: 60, targeting: 'drag',
    validate: (o, u, c) => {
      if (u.barriers <= 0) return no('no_supplies', 'no barriers left');
      const len = detHypot(o.b.x - o.a.x, o.b.y - o.a.y);
      if (!c.inBounds(o.a) || !c.inBounds(o.b) || len < 1 || len > 6) return no('invalid_target', 'a barrier is 1-6 m long, inside the venue');
      if (c.game.world.header[1]! >= c.game.world.header[2]!) return no('no_supplies', 'no room for more barriers');
      return c.from({ x: (o.a.x + o.b.x) / 2, y: (o.a.y + o.b.y) / 2 }) > 60 ? no('out_of_reach', 'barrier farther than 60 m') : null;
    },
    apply: (o, u, c) => {
      setTask(u, { type: 'place_barrier', a: { ...o.a }, b: { ...o.b } }, c.orderId);
      u.waypoints = [sideOf((o.a.x + o.b.x) / 2, (o.a.y + o.b.y) / 2, u.x, u.y, 2)];
    },
    isDone: taskDone,
  } satisfies PoliceOrderDef<z.infer<typeof placeBarrierSchema>>,
] as const;

function operateGate(u: Draft<UnitState>, ctx: TaskCtx): void {
  const task = u.task;
  if (task?.type !== 'gate') return;
  const o = ctx.game.venue.openings.find((x) => x.id === task.gateId)!;
  const s = ctx.game.world.segments;
  const a = ctx.game.world.agents;
  let near = false;
  for (let m = u.first; m < u.first + u.count && !near; m++) near = detHypot(a.x[m]! - o.cx, a.y[m]! - o.cy) < 4;
  if (!near) return;
  if (s.state[o.segment] === SegState.breached) return void (u.task = null);
  if (task.action === 'open') {
    s.state[o.segment] = SegState.open;
  } else {
    // A gate only shuts when nobody stands in it.
    const n = ctx.game.world.header[0]!;
    for (let i = 0; i < n; i++) {
      if ((a.flags[i]! & OFF_FIELD) !== 0) continue;
      if (distSqToSegment(a.x[i]!, a.y[i]!, s.ax[o.segment]!, s.ay[o.segment]!, s.bx[o.segment]!, s.by[o.segment]!) < 0.36) return;
    }
    s.state[o.segment] = SegState.closed;
  }
  ctx.ev.push({ tick: ctx.tick, type: task.action === 'open' ? 'gate_opened' : 'gate_closed', gateId: o.id, unitId: u.id, orderId: u.taskOrderId });
  u.task = null;
}

function placeBarrier(_d: Draft<GameState>, u: Draft<UnitState>, ctx: TaskCtx): void {
  const task = u.task;
  if (task?.type !== 'place_barrier') return;
  const w = ctx.game.world;
  const a = w.agents;
  const mx = (task.a.x + task.b.x) / 2;
  const my = (task.a.y + task.b.y) / 2;
  let near = false;
  for (let m = u.first; m < u.first + u.count && !near; m++) near = detHypot(a.x[m]! - mx, a.y[m]! - my) < 5;
  if (!near) return;
  const n = w.header[0]!;
  for (let i = 0; i < n; i++) {
    if ((a.flags[i]! & OFF_FIELD) !== 0) continue;
    if (distSqToSegment(a.x[i]!, a.y[i]!, task.a.x, task.a.y, task.b.x, task.b.y) < 0.36) return;
  }
  const k = w.header[1]!;
  if (k >= w.header[2]! || u.barriers <= 0) {
    ctx.ev.push({ tick: ctx.tick, type: 'order_blocked', unitId: u.id, orderId: u.taskOrderId ?? '', reason: 'no_supplies' });
    u.task = null;
    return;
  }
  const s = w.segments;
  s.ax[k] = task.a.x; s.ay[k] = task.a.y; s.bx[k] = task.b.x; s.by[k] = task.b.y;
  s.kind[k] = SegmentKind.barrier;
  s.state[k] = SegState.closed;
  s.breachable[k] = 1;
  s.strength[k] = 150;
  s.maxStrength[k] = 150;
  s.opening[k] = -1;
  w.header[1] = k + 1;
  u.barriers--;
  ctx.ev.push({ tick: ctx.tick, type: 'barrier_placed', unitId: u.id, orderId: u.taskOrderId, segment: k, x: mx, y: my });
  u.task = null;
}

/** The unit walks to the gate or the barrier's place (its waypoint), then works it once nobody stands in the way. */
export const structureTasks: UnitTaskRunners = {
  gate: (_d, u, ctx) => operateGate(u, ctx),
  place_barrier: placeBarrier,
};
