import type { Order } from '../../../shared/engine/orders';
import type { PlanOverlay } from '../scene/table/sceneContract';

/**
 * Pure helpers for a player's plan: which order "slot" an order fills (a new order replaces the one
 * in the same slot), and the overlays that draw a plan on the ground. No React, no engine state.
 */

/** A point as the scene speaks it: [x, y] metres. */
export type XY = [number, number];

/** The unit or crowd group an order is for. */
export function orderSubject(order: Order): string {
  return 'unitId' in order ? order.unitId : order.groupId;
}

/**
 * The slot an order fills for its unit: settings (face, formation, a given gate, barriers) each have
 * their own slot; everything else is the unit's one activity for the turn.
 */
export function orderSlot(order: Order): string {
  const subject = orderSubject(order);
  switch (order.type) {
    case 'face':
    case 'formation':
      return `${subject}:${order.type}`;
    case 'gate':
      return `${subject}:gate:${order.gateId}`;
    case 'place_barrier':
      return `${subject}:barrier:${order.a.x},${order.a.y}`;
    default:
      return `${subject}:activity`;
  }
}

/** The plan after adding `order`: any order in the same slot is replaced, the new one goes last. */
export function withOrder(plan: readonly Order[], order: Order): Order[] {
  const slot = orderSlot(order);
  return [...plan.filter((existing) => orderSlot(existing) !== slot), order];
}

const COLOURS = { move: '#4fc3f7', force: '#ff7043', support: '#81c784', crowd: '#ffb74d', setting: '#e0e0e0' } as const;

function colourOf(order: Order): string {
  if ('groupId' in order) return COLOURS.crowd;
  switch (order.type) {
    case 'move':
    case 'face':
      return COLOURS.move;
    case 'push':
    case 'water_cannon':
    case 'tear_gas':
    case 'arrest':
      return COLOURS.force;
    case 'formation':
    case 'gate':
      return COLOURS.setting;
    default:
      return COLOURS.support;
  }
}

/** A planned order drawn on the ground, from the unit's current centre. */
export function overlaysOf(order: Order, centre: XY, arrestTarget?: XY): PlanOverlay[] {
  const unitId = orderSubject(order);
  const color = colourOf(order);
  const to = (p: { x: number; y: number }): XY => [p.x, p.y];
  switch (order.type) {
    case 'move':
      return [{ kind: 'path', unitId, points: [centre, ...order.waypoints.map(to)], color }];
    case 'face':
      return [{ kind: 'line', unitId, from: centre, to: to(order.toward), color }];
    case 'push':
    case 'push_line':
      return [{ kind: 'path', unitId, points: [centre, to(order.toward)], color }];
    case 'march':
    case 'delegation':
    case 'retreat':
      return [{ kind: 'path', unitId, points: [centre, to(order.to)], color }];
    case 'water_cannon':
    case 'tear_gas':
    case 'evacuate':
      return [{ kind: 'area', unitId, centre: [order.area.x, order.area.y], radius: order.area.r, color }];
    case 'throw':
      return [{ kind: 'area', unitId, centre: to(order.at), radius: 6, color }];
    case 'burn_tyres':
      return [{ kind: 'area', unitId, centre: to(order.at), radius: 3, color }];
    case 'breach':
      return order.at ? [{ kind: 'area', unitId, centre: to(order.at), radius: 3, color }] : [];
    case 'rope_line':
    case 'place_barrier':
      return [{ kind: 'line', unitId, from: to(order.a), to: to(order.b), color }];
    case 'escort':
      return order.to ? [{ kind: 'path', unitId, points: [centre, to(order.to)], color }] : [];
    case 'arrest':
      return arrestTarget ? [{ kind: 'area', unitId, centre: arrestTarget, radius: 1.5, color }] : [];
    default:
      return [{ kind: 'area', unitId, centre, radius: 4, color }];
  }
}
