import { AgentKind, Flag, OFF_FIELD, Role } from '../engine/model';
import { ordersOfUnitType } from '../engine/orderDefs/registry';
import type { PoliceOrder, Point } from '../engine/orders';
import type { Game, GroupState, UnitState } from '../engine/state';
import { isHeld } from '../engine/reserves';
import { unitSuitsLevel } from '../engine/doctrine/authority';
import { detHypot } from '../math/deterministic';
import { acceptedOrders } from './commander';
import type { AiIntent } from './intent';

/**
 * The police AI for units no player commands (so three officers can each play one platoon of a large
 * scenario): every unit holds its post facing the nearest crowd group and follows the basic doctrine:
 * appeals (himbauan) before any force, the negotiator talks to the nearest Korlap, force only from the
 * unit that suits the situation level (doctrine/authority.ts) and only after three appeals, arrests
 * only of active provocateurs, Dokkes carries off the down. Its orders go through the same
 * `submitOrders` and are judged like anyone's.
 */

/** What the police AI decided. */
export interface PoliceDecision {
  orders: PoliceOrder[];
  intent: AiIntent;
}

interface Spot { g: GroupState; x: number; y: number; present: number; active: number }

function spots(game: Game): Spot[] {
  const a = game.world.agents;
  const out: Spot[] = [];
  for (const g of game.state.groups) {
    if (isHeld(game.state, g.id)) continue;
    let x = 0, y = 0, present = 0, active = 0;
    for (let i = g.first; i < g.first + g.count; i++) {
      const f = a.flags[i]!;
      if ((f & (OFF_FIELD | Flag.arrested)) !== 0) continue;
      present++; x += a.x[i]!; y += a.y[i]!;
      if ((f & Flag.active) !== 0) active++;
    }
    if (present > 0) out.push({ g, x: x / present, y: y / present, present, active });
  }
  return out;
}

function nearest<T extends { x: number; y: number }>(list: readonly T[], p: Point): { item: T; d: number } | null {
  let best: { item: T; d: number } | null = null;
  for (const item of list) {
    const d = detHypot(item.x - p.x, item.y - p.y);
    if (!best || d < best.d) best = { item, d };
  }
  return best;
}

/** The nearest agent on the field (not arrested) to `u` within `range` m passing `pick`, or -1. */
export function nearestAgent(game: Game, u: UnitState, range: number, pick: (i: number) => boolean): number {
  const a = game.world.agents;
  let best = -1;
  let bestD = range;
  for (let i = 0; i < game.world.header[0]!; i++) {
    if ((a.flags[i]! & (OFF_FIELD | Flag.arrested)) !== 0 || !pick(i)) continue;
    const d = detHypot(a.x[i]! - u.x, a.y[i]! - u.y);
    if (d < bestD) { bestD = d; best = i; }
  }
  return best;
}

/** The police AI's orders for the units `playerId` commands. */
export function decidePolice(game: Game, playerId: string): PoliceDecision {
  const s = game.state;
  const a = game.world.agents;
  const controls = s.players.find((p) => p.id === playerId)?.controls ?? [];
  const units = s.units.filter((u) => controls.includes(u.id) && !isHeld(s, u.id));
  const groups = spots(game);
  const level = s.doctrine.level;
  const orders: PoliceOrder[] = [];
  const appealed = new Set<string>();
  for (const u of units) {
    const allowed = ordersOfUnitType(u.type);
    const can = (o: PoliceOrder['type']): boolean => allowed.includes(o);
    const near = nearest(groups, u);
    if (!near) continue;
    const g = near.item;
    const calmed = g.g.appeals >= 3;
    const rioting = g.active >= Math.max(10, 0.25 * g.present);
    if (u.stance !== 'hold' && can('hold')) orders.push({ type: 'hold', unitId: u.id });
    if (can('face')) orders.push({ type: 'face', unitId: u.id, toward: { x: g.x, y: g.y } });
    if (u.task) continue;
    if (can('appeal') && !calmed && near.d < 80 && !appealed.has(g.g.id)) {
      appealed.add(g.g.id);
      orders.push({ type: 'appeal', unitId: u.id });
    } else if (can('negotiate') && g.g.korlap >= 0 && near.d < 140) {
      orders.push({ type: 'negotiate', unitId: u.id, groupId: g.g.id });
    } else if (can('water_cannon') && u.water > 0 && calmed && rioting && unitSuitsLevel(u.type, level) && near.d < 40) {
      orders.push({ type: 'water_cannon', unitId: u.id, area: { x: g.x, y: g.y, r: 6 } });
    } else if (can('arrest') && level !== 'hijau') {
      const target = nearestAgent(game, u, 55, (i) => a.kind[i] === AgentKind.protester && a.role[i] === Role.provocateur && (a.flags[i]! & Flag.active) !== 0);
      if (target >= 0) orders.push({ type: 'arrest', unitId: u.id, target });
    } else if (can('evacuate')) {
      const patient = nearestAgent(game, u, 150, (i) => (a.flags[i]! & Flag.down) !== 0);
      if (patient >= 0) orders.push({ type: 'evacuate', unitId: u.id, area: { x: a.x[patient]!, y: a.y[patient]!, r: 12 } });
    }
  }
  const accepted = acceptedOrders(game, playerId, orders);
  return {
    orders: accepted,
    intent: { side: 'police', level: null, turn: s.turn, planId: null, planName: null, groups: [] },
  };
}
