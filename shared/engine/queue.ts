import { original, type Draft } from 'immer';
import { isPoliceOrder, type CrowdOrder, type Order, type PoliceOrder } from './orders';
import { Flag, OFF_FIELD } from './model';
import type { Game, GameState, OrderQueue, PlannedOrder, QueuedOrder, UnitState } from './state';
import type { GameEvent } from './events';
import { crowdOrderDef, policeOrderDef, forceStageOf } from './orderDefs/registry';

import { inBounds, type Rejection } from './orderDefs/define';
import { judgeOrder } from './doctrine/judge';
import { detHypot } from '../math/deterministic';

/**
 * Order queues: each unit and crowd group runs its orders in sequence. A plan's first order for a
 * unit starts at once and replaces what is left of its queue (unless it says `after_previous`); each
 * later one starts when the previous is done, or at its `atSecond`. Orders are applied (and police
 * measures judged) on the tick they take effect, at that moment's situation level. Standing orders
 * (spraying, a rope line, a push) stay up until a stop order, their duration or a replacing order,
 * and are judged again whenever the level changes.
 */

/** Puts every player's accepted plan into the queues (players in setup order, orders in plan order). */
export function enqueuePlans(d: Draft<GameState>, tick: number, ev: GameEvent[]): void {
  let seq = tick * 1000;
  for (const p of d.players) {
    const seen = new Set<string>();
    for (const po of d.planned[p.id] ?? []) {
      const order = po.order as Order;
      const actor = isPoliceOrder(order) ? order.unitId : order.groupId;
      const first = !seen.has(actor);
      seen.add(actor);
      const start = order.start;
      const q = (d.queues[actor] ??= { running: null, pending: [] });
      if (first && start !== 'after_previous' && q.pending.length > 0) {
        ev.push({ tick, type: 'orders_replaced', actorId: actor, orderIds: q.pending.map((x) => x.orderId), byOrderId: po.orderId });
        q.pending = [];
      }
      const startTick = typeof start === 'object' ? tick + Math.round(start.atSecond / d.tickSeconds) : first && start !== 'after_previous' ? tick : null;
      q.pending.push({ orderId: po.orderId, playerId: po.playerId, order: po.order, startTick, seq: seq++ } as Draft<QueuedOrder>);
    }
  }
}

/**
 * One tick of the queues: standing orders that ended by themselves or ran out of time are closed,
 * then every queue whose head may start applies it (several in a row when orders finish at once).
 */
export function runQueues(game: Game, d: Draft<GameState>, tick: number, ev: GameEvent[]): void {
  const base = (original(d) ?? d) as GameState;
  base.units.forEach((u, ui) => { if (u.standing) checkStanding(d.units[ui]!, tick, ev); });
  // Orders due at the same tick start in plan order (players in setup order, orders as submitted),
  // whichever queue they wait in; an order done at once lets the next of its queue start this tick too.
  const actors = Object.keys(d.queues);
  if (actors.length === 0) return;
  for (let guard = 0; guard < 512; guard++) {
    let best: string | null = null;
    let bestSeq = Infinity;
    for (const actor of actors) {
      const q = d.queues[actor];
      const head = q?.pending[0];
      if (!q || !head || head.seq >= bestSeq) continue;
      const ready = head.startTick !== null ? tick >= head.startTick : runningDone(game, d as GameState, q as OrderQueue);
      if (ready) { best = actor; bestSeq = head.seq; }
    }
    if (best === null) break;
    const q = d.queues[best]!;
    const head = q.pending.shift()!;
    const po: PlannedOrder = { orderId: head.orderId, playerId: head.playerId, order: head.order as Order };
    if (startOrder(game, d, po, tick, ev)) q.running = po as Draft<PlannedOrder>;
  }
  for (const actor of actors) {
    const q = d.queues[actor]!;
    if (q.pending.length === 0 && runningDone(game, d as GameState, q as OrderQueue)) delete d.queues[actor];
  }
}

function checkStanding(u: Draft<UnitState>, tick: number, ev: GameEvent[]): void {
  const st = u.standing!;
  const def = policeOrderDef(st.order.type)!;
  if (!def.standing!.holds(u as UnitState, st.orderId)) {
    // Taken over by another order (its task or movement now cites another order), or finished by itself.
    const other = (u.taskOrderId !== st.orderId && u.task !== null) || u.moveOrderId !== st.orderId;
    if (other) ev.push({ tick, type: 'order_ended', unitId: u.id, orderId: st.orderId, order: st.order.type, reason: 'replaced' });
    u.standing = null;
  } else if (st.untilTick !== null && tick >= st.untilTick) {
    def.standing!.end(u);
    ev.push({ tick, type: 'order_ended', unitId: u.id, orderId: st.orderId, order: st.order.type, reason: 'duration' });
    u.standing = null;
  }
}

/** Whether the queue's running order is done (or there is none), so its next order may start. */
function runningDone(game: Game, s: GameState, q: OrderQueue): boolean {
  const r = q.running;
  if (!r) return true;
  const o = r.order as Order;
  if (isPoliceOrder(o)) {
    const u = s.units.find((x) => x.id === o.unitId);
    const def = policeOrderDef(o.type);
    return !u || !def?.isDone || def.isDone(o as never, u, r.orderId);
  }
  const g = s.groups.find((x) => x.id === o.groupId);
  const def = crowdOrderDef(o.type);
  return !g || g.orderId !== r.orderId || !def?.isDone || def.isDone(o as never, g, game);
}

/**
 * Starts one order now: checks it again against the world as it is (a target may be gone, a gate
 * broken), applies it, and judges a police measure at the current level. False when it could not
 * start (an `order_blocked` event says why).
 */
function startOrder(game: Game, d: Draft<GameState>, po: PlannedOrder, tick: number, ev: GameEvent[]): boolean {
  const o = po.order;
  const refused = recheck(game, d as GameState, o);
  if (refused) {
    const reason = refused.reason === 'no_supplies' || refused.reason === 'gate_broken' || refused.reason === 'unit_missing' ? refused.reason : 'invalid_target';
    ev.push({ tick, type: 'order_blocked', unitId: isPoliceOrder(o) ? o.unitId : o.groupId, orderId: po.orderId, reason });
    return false;
  }
  if (isPoliceOrder(o)) {
    applyPoliceOrder(game, d, po.playerId, o, po.orderId, tick, ev);
    if (policeOrderDef(o.type)!.judged !== false) judgeOrder(game, d, po, tick, ev);
  } else applyCrowdOrder(game, d, o, po.orderId, tick, ev);
  return true;
}

/** The order's own rule, measured from where the unit stands now (the plan was checked from where it would be). */
function recheck(game: Game, s: GameState, o: Order): { reason: Rejection['reason'] | 'unit_missing'; message: string } | null {
  const from = (x: number, y: number) => (p: { x: number; y: number }): number => detHypot(p.x - x, p.y - y);
  const ctx = (x: number, y: number) => ({ game, from: from(x, y), inBounds: (p: { x: number; y: number }) => inBounds(game, p) });
  if (isPoliceOrder(o)) {
    const u = s.units.find((x) => x.id === o.unitId);
    if (!u) return { reason: 'unknown_unit', message: `no unit ${o.unitId}` };
    if (isUnitGone(game, u)) return { reason: 'unit_missing', message: `${u.id} has nobody left on the field` };
    // Reach was checked against where the plan takes the unit; it is not measured again here.
    const r = policeOrderDef(o.type)!.validate?.(o as never, u, { ...ctx(u.x, u.y), from: () => 0 }) ?? null;
    return r;
  }
  const g = s.groups.find((x) => x.id === o.groupId);
  if (!g) return { reason: 'unknown_group', message: `no group ${o.groupId}` };
  return crowdOrderDef(o.type)!.validate?.(o as never, g, ctx(0, 0)) ?? null;
}

function isUnitGone(game: Game, u: UnitState): boolean {
  const a = game.world.agents;
  for (let i = u.first; i < u.first + u.count; i++) if ((a.flags[i]! & (Flag.arrested | Flag.down | OFF_FIELD)) === 0) return false;
  return u.count > 0;
}

/** Applies a police order to its unit now: the `measure_applied` event, the order's own effect, its standing record. */
export function applyPoliceOrder(game: Game, d: Draft<GameState>, playerId: string, o: PoliceOrder, orderId: string, tick: number, ev: GameEvent[]): void {
  const u = d.units.find((x) => x.id === o.unitId)!;
  const def = policeOrderDef(o.type)!;
  ev.push({ tick, type: 'measure_applied', orderId, unitId: u.id, order: o.type, forceStage: forceStageOf(u.type, o.type) });
  def.apply(o as never, u, { game, d, orderId, tick, ev });
  if (def.standing) {
    const seconds = 'seconds' in o && typeof o.seconds === 'number' ? o.seconds : null;
    u.standing = { orderId, playerId, order: JSON.parse(JSON.stringify(o)) as PoliceOrder, untilTick: seconds === null ? null : tick + Math.round(seconds / d.tickSeconds) } as Draft<UnitState['standing']>;
  }
}

/** Applies a crowd order to its group now (players', the script's and the AI's orders alike). */
export function applyCrowdOrder(game: Game, d: Draft<GameState>, o: CrowdOrder, orderId: string, tick: number, ev: GameEvent[]): void {
  const g = d.groups.find((x) => x.id === o.groupId)!;
  ev.push({ tick, type: 'crowd_action', orderId, groupId: g.id, order: o.type });
  g.orderId = orderId;
  const a = game.world.agents;
  for (let i = g.first; i < g.first + g.count; i++) a.flags[i] = a.flags[i]! & ~Flag.delegate;
  crowdOrderDef(o.type)!.apply(o as never, g, { game, d, orderId, tick, ev });
}

/**
 * Judges again every standing measure still kept up, at the level just reached (run by the tick when
 * the situation level changes): spraying begun at kuning is a different measure at hijau.
 */
export function rejudgeStanding(game: Game, d: Draft<GameState>, tick: number, ev: GameEvent[]): void {
  for (const u of d.units) {
    const st = u.standing;
    if (!st) continue;
    const from = ev.length;
    judgeOrder(game, d, { orderId: st.orderId, playerId: st.playerId, order: st.order as PoliceOrder }, tick, ev);
    for (let k = from; k < ev.length; k++) {
      const e = ev[k]!;
      if (e.type === 'measure_judged') e.standing = true;
    }
  }
}
