import type { Draft } from 'immer';
import { Flag, OFF_FIELD, type World } from '../model';
import type { CrowdOrder } from '../orders';
import type { GameEvent } from '../events';
import type { Game, GameState, UnitState } from '../state';
import type { ScriptEffect, ScriptEvent, VehicleClimb } from '../scriptSchema';
import { detSquare } from '../../math/deterministic';
import { propertyValue } from '../damage';

/**
 * Script effects applied to the game: reserves arriving, rumours, legitimacy, orders to crowd groups
 * and protesters climbing a police vehicle. They run inside an immer draft of the state and mutate
 * the world's typed arrays directly, like a tick does; every one is deterministic.
 */

/**
 * How the script reaches the command reducer's own order validation and application (commands.ts
 * passes them in, so a scripted order takes exactly the path a player's order takes, without this
 * folder importing the reducer).
 */
export interface ScriptOrderApi {
  validate(game: Game, controls: readonly string[], order: CrowdOrder): { message: string } | null;
  apply(game: Game, d: Draft<GameState>, order: CrowdOrder, orderId: string, tick: number, ev: GameEvent[]): void;
}

/** Where an effect runs: the game, the draft state, the tick, the events list and the order path. */
export interface EffectCtx {
  game: Game;
  d: Draft<GameState>;
  tick: number;
  ev: GameEvent[];
  api: ScriptOrderApi;
}

/** Whether a player commands this group or unit. */
export function isControlled(d: GameState | Draft<GameState>, id: string): boolean {
  return d.players.some((p) => p.controls.includes(id));
}

/**
 * Whether the script may order this group: it is on the field and no player commands it. A group a
 * person or the AI player commands keeps its orders whatever the event says (an effect's `override`
 * included): the scripted event still happens and is in the player's event log with its label, as an
 * inject the crowd player may act on, but it does not take the group away from that player.
 */
export function scriptMayOrder(d: GameState | Draft<GameState>, groupId: string): boolean {
  if (d.script?.held.includes(groupId)) return false;
  return !isControlled(d, groupId);
}

/** Applies a crowd order through the reducer's path; false when the reducer would refuse it. */
export function orderGroup(c: EffectCtx, order: CrowdOrder, orderId: string, holdSeconds: number): boolean {
  if (c.api.validate(c.game, [order.groupId], order)) return false;
  c.api.apply(c.game, c.d, order, orderId, c.tick, c.ev);
  if (c.d.script && holdSeconds > 0) c.d.script.holdUntil[order.groupId] = c.tick + Math.round(holdSeconds / c.d.tickSeconds);
  return true;
}

function centreOf(world: World, first: number, count: number): { x: number; y: number } {
  const a = world.agents;
  let x = 0;
  let y = 0;
  for (let i = first; i < first + count; i++) { x += a.x[i]!; y += a.y[i]!; }
  return { x: x / Math.max(1, count), y: y / Math.max(1, count) };
}

/** Brings held reserves onto the field at the spot they were spawned at. */
function arrive(c: EffectCtx, ids: readonly string[]): void {
  const s = c.d.script;
  if (!s) return;
  const a = c.game.world.agents;
  for (const id of ids) {
    const k = s.held.indexOf(id);
    if (k < 0) continue;
    s.held.splice(k, 1);
    const g = c.d.groups.find((x) => x.id === id);
    const u = c.d.units.find((x) => x.id === id);
    const first = g ? g.first : u!.first;
    const count = g ? g.count : u!.count;
    for (let i = first; i < first + count; i++) a.flags[i] = a.flags[i]! & ~Flag.gone;
    // The tick's planning dropped the Korlap of a group that was off the field; it is back now.
    if (g && count > 0 && (a.flags[first]! & (Flag.arrested | Flag.down)) === 0) g.korlap = first;
    const at = centreOf(c.game.world, first, count);
    c.ev.push({ tick: c.tick, type: 'reinforcements_arrived', side: g ? 'crowd' : 'police', id, count, x: at.x, y: at.y });
  }
}

/** Starts a climb on a police vehicle; the group rushes it when the script may order the group. */
function climb(c: EffectCtx, e: Extract<ScriptEffect, { type: 'climb_vehicle' }>, orderId: string): void {
  const s = c.d.script;
  const u = c.d.units.find((x) => x.id === e.unitId);
  if (!s || !u) return;
  s.climbs = s.climbs.filter((x) => x.unitId !== e.unitId);
  s.climbs.push({ groupId: e.groupId, unitId: e.unitId, climbers: e.climbers, on: false, ticksOn: 0, blockedOrders: [] });
  if (scriptMayOrder(c.d, e.groupId)) rushVehicle(c, e.groupId, u.first, orderId);
}

/** Orders a group to press onto a vehicle agent's current position (its active people rush it). */
export function rushVehicle(c: EffectCtx, groupId: string, vehicle: number, orderId: string): void {
  const a = c.game.world.agents;
  orderGroup(c, { type: 'push_line', groupId, toward: { x: a.x[vehicle]!, y: a.y[vehicle]! } }, orderId, 60);
}

/** Applies one effect. `orderId` is what the orders it gives are cited as. */
export function applyEffect(c: EffectCtx, e: ScriptEffect, orderId: string): void {
  switch (e.type) {
    case 'arrive':
      return arrive(c, [...e.groupIds, ...e.unitIds]);
    case 'agitate':
      for (const g of c.d.groups) {
        if (e.groupIds.length > 0 && !e.groupIds.includes(g.id)) continue;
        g.agitation = Math.min(1, Math.max(-1, g.agitation + e.amount));
      }
      return;
    case 'legitimacy':
      c.d.legitimacy = Math.min(1, Math.max(0, c.d.legitimacy + e.delta));
      return;
    case 'order':
      if (scriptMayOrder(c.d, e.order.groupId)) orderGroup(c, e.order, orderId, e.holdSeconds);
      return;
    case 'climb_vehicle':
      return climb(c, e, orderId);
  }
}

/** Fires one script event: records it, emits `script_event`, applies its effects in order. */
export function fireEvent(c: EffectCtx, event: ScriptEvent, by: 'script' | 'instructor', playerId: string | null): void {
  const s = c.d.script;
  if (!s) return;
  s.fired[event.id] = c.tick;
  c.ev.push({ tick: c.tick, type: 'script_event', eventId: event.id, by, playerId });
  event.effects.forEach((e, k) => applyEffect(c, e, `t${c.d.turn}.script.${event.id}.${k}`));
}

/** Share of a police vehicle's condition (agent health) the people on it wreck every 10 s. */
const CLIMB_WEAR = 0.05;

/**
 * Climbs in progress, once per tick: counts the group's people at the vehicle (O(group size)); while
 * there are enough, the vehicle stops, its spraying is cancelled and it takes damage every 10 s. The
 * damage figure grows by the condition lost times what a vehicle is worth (damage.ts propertyValue.car),
 * so a wrecked vehicle adds at most its value, like every other damaged thing.
 */
export function updateClimbs(c: EffectCtx): void {
  const s = c.d.script;
  if (!s || s.climbs.length === 0) return;
  const a = c.game.world.agents;
  const keep: typeof s.climbs = [];
  for (const cl of s.climbs) {
    const g = c.d.groups.find((x) => x.id === cl.groupId);
    const u = c.d.units.find((x) => x.id === cl.unitId);
    if (!g || !u) continue;
    const v = u.first;
    const vx = a.x[v]!;
    const vy = a.y[v]!;
    let near = 0;
    let present = 0;
    for (let i = g.first; i < g.first + g.count; i++) {
      const f = a.flags[i]!;
      if ((f & (OFF_FIELD | Flag.arrested | Flag.down)) !== 0) continue;
      present++;
      if (detSquare(a.x[i]! - vx) + detSquare(a.y[i]! - vy) < 9) near++;
    }
    if (!cl.on && near >= cl.climbers) {
      cl.on = true;
      c.ev.push({ tick: c.tick, type: 'vehicle_climbed', unitId: u.id, groupId: g.id, climbers: near, x: vx, y: vy });
    } else if (cl.on && near < Math.ceil(cl.climbers / 2)) {
      c.ev.push({ tick: c.tick, type: 'vehicle_freed', unitId: u.id, groupId: g.id });
      continue;
    }
    if (present === 0) continue;
    keep.push(cl);
    if (!cl.on) continue;
    cl.ticksOn++;
    blockVehicle(c, cl, u);
    if (cl.ticksOn % 20 === 0 && a.health[v]! > 0) {
      const before = a.health[v]!;
      a.health[v] = Math.max(0, before - CLIMB_WEAR);
      const amount = (before - a.health[v]!) * propertyValue.car;
      c.d.stats.propertyDamage += amount;
      c.ev.push({ tick: c.tick, type: 'property_damaged', target: u.id, amount, cause: 'vandalism', orderId: g.orderId });
    }
  }
  s.climbs = keep;
}

/** People on the vehicle: it neither drives nor sprays; each order it loses is reported once. */
function blockVehicle(c: EffectCtx, cl: Draft<VehicleClimb>, u: Draft<UnitState>): void {
  const report = (orderId: string | null): void => {
    if (!orderId || cl.blockedOrders.includes(orderId)) return;
    cl.blockedOrders.push(orderId);
    c.ev.push({ tick: c.tick, type: 'order_blocked', unitId: u.id, orderId, reason: 'vehicle_climbed' });
  };
  if (u.waypoints.length > 0 || u.pushTo) { report(u.moveOrderId); u.waypoints = []; u.pushTo = null; }
  if (u.task?.type === 'water_cannon') { report(u.taskOrderId); u.task = null; }
}
