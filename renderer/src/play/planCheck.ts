import type { MessageKey } from '../../../shared/i18n/messages';
import type { Translate } from '../i18n/useT';
import { checkPlan, isHeld, orderReach, rejectReasons, type Game, type Order, type RejectReason } from './engineFacade';
import { orderSubject, type XY } from './orderPlanning';

/**
 * Refusals at placement: every change to a plan is checked with the engine's own `checkPlan` on the
 * mirror before it is taken, so an impossible order is refused when it is given, naming the unit, the
 * order and the reason in the player's language (never the engine's English message). The reach rings
 * drawn before a click come from the engine's `orderReach` table too. Pure functions of the game.
 */

/** Why an order was refused, as the planning panel words it. */
export interface PlanRefusal {
  /** The unit or crowd group the order was for. */
  unitId: string;
  /** The order's code (`order.<type>` names it). */
  orderType: Order['type'];
  reason: RejectReason;
  /** The reason's words when more precise than `reject.<reason>`. */
  detailKey?: MessageKey;
  params?: Record<string, string | number>;
}

/** Reach-limited orders and their limit in metres (the engine's table). */
export function reachOf(orderType: string): number | null {
  return (orderReach as Record<string, number>)[orderType] ?? null;
}

/** Point orders refused as `invalid_target` only when the point lies outside the venue. */
const POINT_ORDERS = new Set(['move', 'face', 'push', 'march', 'retreat', 'push_line', 'throw', 'burn_tyres']);

/** The more precise words for an order's refusal, where the engine's reason alone is vague. */
const DETAIL: Partial<Record<string, MessageKey>> = {
  'water_cannon.no_supplies': 'refusal.noWater',
  'tear_gas.no_supplies': 'refusal.noGas',
  'place_barrier.no_supplies': 'refusal.noBarriers',
  'place_barrier.invalid_target': 'refusal.barrierLength',
  'rope_line.invalid_target': 'refusal.ropeLength',
  'negotiate.invalid_target': 'refusal.noKorlap',
  'delegation.invalid_target': 'refusal.delegation',
  'lapis_ganti.invalid_target': 'refusal.lapisGanti',
  'lintas_ganti.invalid_target': 'refusal.lintasGanti',
  'arrest.invalid_target': 'refusal.noProtester',
  'escort.invalid_target': 'refusal.escort',
  'take_hostage.invalid_target': 'refusal.noProtected',
  'gate.invalid_target': 'refusal.noGate',
  'breach.invalid_target': 'refusal.noFence',
  'breach.gate_broken': 'refusal.gateNotClosed',
  'enter_building.invalid_target': 'refusal.noBuilding',
};

/** The refusal of `order` for the engine's `reason`, with the words that explain it. */
export function refusalFor(game: Game, order: Order, reason: RejectReason): PlanRefusal {
  const unitId = orderSubject(order);
  const base = { unitId, orderType: order.type, reason };
  const reach = reachOf(order.type);
  if (reason === 'out_of_reach' && reach !== null) return { ...base, detailKey: 'refusal.outOfReach', params: { reach } };
  if (reason === 'order_not_allowed' && isHeld(game.state, unitId)) return { ...base, detailKey: 'refusal.notArrived' };
  if (reason === 'invalid_target' && POINT_ORDERS.has(order.type)) return { ...base, detailKey: 'refusal.outside' };
  const detailKey = DETAIL[`${order.type}.${reason}`];
  if (detailKey === 'refusal.ropeLength') {
    const count = game.state.units.find((u) => u.id === unitId)?.count ?? 0;
    return { ...base, detailKey, params: { max: Math.floor(count * 1.5) } };
  }
  return detailKey ? { ...base, detailKey } : base;
}

/**
 * The engine's verdict on `plan` for `playerId`: null when `submitOrders` would accept it now, else the
 * refusal of the first order at fault (a refusal of the whole plan is laid on its last order).
 */
export function checkPlanOn(game: Game, playerId: string, plan: readonly Order[]): PlanRefusal | null {
  const refused = checkPlan(game, playerId, plan);
  if (!refused) return null;
  const order = plan[refused.orderIndex ?? plan.length - 1];
  if (!order) return null;
  return refusalFor(game, order, refused.reason);
}

/** A host refusal's reason code as one of the engine's reasons ('invalid_command' for anything else). */
export function asRejectReason(code: string | undefined): RejectReason {
  return (rejectReasons as readonly string[]).includes(code ?? '') ? (code as RejectReason) : 'invalid_command';
}

/** The refusal as one line: "Perintah ditolak — Dalmas 1, Tangkap provokator: sasaran di luar jangkauan (…)." */
export function refusalText(t: Translate, refusal: PlanRefusal, unitName: string): string {
  const reason = refusal.detailKey ? t(refusal.detailKey, refusal.params) : t(`reject.${refusal.reason}`);
  return t('refusal.line', { unit: unitName, order: t(`order.${refusal.orderType}`), reason });
}

/**
 * Where the selected unit's order may reach: rings of the tool's reach around the unit's position and
 * around the last point its plan already moves it to (the engine measures from either). Empty for a
 * tool without a reach limit.
 */
export function reachRings(game: Game, unitId: string, toolOrderType: string, plan: readonly Order[]): { centre: XY; radius: number }[] {
  const reach = reachOf(toolOrderType);
  const unit = game.state.units.find((u) => u.id === unitId);
  if (reach === null || !unit) return [];
  const rings = [{ centre: [unit.x, unit.y] as XY, radius: reach }];
  const lastMove = [...plan].reverse().find((o): o is Extract<Order, { type: 'move' }> => o.type === 'move' && o.unitId === unitId);
  const end = lastMove?.waypoints.at(-1);
  if (end) rings.push({ centre: [end.x, end.y], radius: reach });
  return rings;
}
