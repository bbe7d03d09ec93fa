import type { Order } from '../../../shared/engine/orders';
import type { PlanOverlay } from '../scene/table/sceneContract';

/**
 * Pure helpers for a player's plan: how a new order joins it (in sequence after the unit's orders, or
 * as a waypoint of its move), and the overlays that draw a plan on the ground. No React, no engine state.
 */

/** A point as the scene speaks it: [x, y] metres. */
export type XY = [number, number];

/** The unit or crowd group an order is for. */
export function orderSubject(order: Order): string {
  return 'unitId' in order ? order.unitId : order.groupId;
}

/** How a new order joins the plan: after the unit's orders, or as one more waypoint of its last move (Shift+click). */
export type AddMode = 'append' | 'waypoint';

/**
 * The plan after adding `order`. Orders of a unit run in sequence, so a new order goes after the
 * unit's earlier ones; but a plain ground click that moves a unit whose last planned order is a move
 * changes that move's destination (a corrected click, not a second trip), and a Shift+click adds the
 * point as one more waypoint of that move (up to 16).
 */
export function withOrder(plan: readonly Order[], order: Order, mode: AddMode = 'append'): Order[] {
  if (order.type === 'move') {
    const subject = order.unitId;
    let last = -1;
    plan.forEach((o, i) => { if (orderSubject(o) === subject) last = i; });
    const previous = last >= 0 ? plan[last]! : null;
    if (previous?.type === 'move') {
      const waypoints = mode === 'waypoint' ? [...previous.waypoints, ...order.waypoints].slice(0, 16) : [...previous.waypoints.slice(0, -1), ...order.waypoints];
      return plan.map((o, i) => (i === last ? { ...previous, waypoints } : o));
    }
  }
  return [...plan, order];
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

/** The route a move is drawn along: from the unit through its waypoints (straight lines when absent). */
export type Router = (from: XY, waypoints: readonly XY[]) => XY[];

/**
 * A planned order drawn on the ground, from where the unit will be when it starts (its centre, or the
 * end of its previous move); a move follows `route` (the navigation grid) when given.
 */
export function overlaysOf(order: Order, centre: XY, arrestTarget?: XY, route?: Router): PlanOverlay[] {
  const unitId = orderSubject(order);
  const color = colourOf(order);
  const to = (p: { x: number; y: number }): XY => [p.x, p.y];
  switch (order.type) {
    case 'move':
      return [{ kind: 'path', unitId, points: route ? route(centre, order.waypoints.map(to)) : [centre, ...order.waypoints.map(to)], color }];
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

/** Where a unit stands once `order` is done, when the order moves it (the end of a move, a rope line's middle); else `from`. */
export function positionAfter(order: Order, from: XY): XY {
  switch (order.type) {
    case 'move': { const end = order.waypoints.at(-1)!; return [end.x, end.y]; }
    case 'rope_line': return [(order.a.x + order.b.x) / 2, (order.a.y + order.b.y) / 2];
    case 'march': case 'retreat': return [order.to.x, order.to.y];
    default: return from;
  }
}
