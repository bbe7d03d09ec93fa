import type { MessageKey } from '../../../shared/i18n/messages';
import type { Translate } from '../i18n/useT';
import { scenarioClock } from './hudNumbers';
import type { Game, Order } from './engineFacade';
import { orderSubject } from './orderPlanning';

/**
 * The plan list's words for one order: the unit, the order, where it goes or what it aims at
 * (distance and compass direction from the unit, the group, unit, gate or person it names) and when
 * it starts. Pure functions of the mirror's game; the planning panel shows them.
 */

/** One planned order as the plan list shows it. */
export interface OrderLine {
  unit: string;
  order: string;
  /** Destination or target ('' when the order has none). */
  detail: string;
  /** When it starts, e.g. "mulai 14:05". */
  start: string;
}

type P = { x: number; y: number };

const COMPASS: readonly MessageKey[] = [
  'compass.e', 'compass.ne', 'compass.n', 'compass.nw', 'compass.w', 'compass.sw', 'compass.s', 'compass.se',
];

/** The compass word for the direction from `from` to `to` (venue y grows northward). */
export function compassOf(from: P, to: P): MessageKey {
  const angle = Math.atan2(to.y - from.y, to.x - from.x);
  const sector = ((Math.round(angle / (Math.PI / 4)) % 8) + 8) % 8;
  return COMPASS[sector]!;
}

/** "35 m ke timur laut" from the unit to a point (just "di tempat" within 1 m). */
export function placeText(t: Translate, from: P, to: P): string {
  const distance = Math.round(Math.hypot(to.x - from.x, to.y - from.y));
  return distance < 1 ? t('planList.here') : t('planList.place', { distance, direction: t(compassOf(from, to)) });
}

/** Where the order's unit or group stands now (its engine position; a group's first member). */
function positionOf(game: Game, id: string): P {
  const unit = game.state.units.find((u) => u.id === id);
  if (unit) return { x: unit.x, y: unit.y };
  const group = game.state.groups.find((g) => g.id === id);
  const agents = game.world.agents;
  return group ? { x: agents.x[group.first] ?? 0, y: agents.y[group.first] ?? 0 } : { x: 0, y: 0 };
}

/** A protected person's role in words (Ketua KPU, staf KPU, paslon). */
function personName(game: Game, t: Translate, id: string): string {
  const role = game.state.protectedParties.find((p) => p.id === id)?.role;
  return role ? t(`protected.${role}`) : t('unit.protected_persons');
}

function nameOf(game: Game, id: string): string {
  return game.state.units.find((u) => u.id === id)?.name ?? game.state.groups.find((g) => g.id === id)?.name ?? id;
}

/** The destination or target of `order`, seen from `from`. */
export function orderDetail(game: Game, order: Order, t: Translate, from: P): string {
  const at = (p: P) => placeText(t, from, p);
  const mid = (a: P, b: P): P => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
  const length = (a: P, b: P) => Math.round(Math.hypot(b.x - a.x, b.y - a.y) * 10) / 10;
  switch (order.type) {
    case 'move': {
      const end = order.waypoints.at(-1)!;
      return order.waypoints.length > 1 ? t('planList.via', { place: at(end), count: order.waypoints.length }) : at(end);
    }
    case 'face': case 'push': case 'push_line':
      return t('planList.toward', { direction: t(compassOf(from, order.toward)) });
    case 'march': case 'retreat': case 'delegation':
      return at(order.to);
    case 'formation':
      return t(`formation.${order.formation}`);
    case 'negotiate':
      return t('planList.with', { name: nameOf(game, order.groupId) });
    case 'lapis_ganti': case 'lintas_ganti':
      return t('planList.relieves', { name: nameOf(game, order.relieveUnitId) });
    case 'water_cannon': case 'tear_gas': case 'evacuate':
      return t('planList.area', { radius: order.area.r, place: at(order.area) });
    case 'arrest': {
      const agents = game.world.agents;
      return t('planList.person', { place: at({ x: agents.x[order.target] ?? 0, y: agents.y[order.target] ?? 0 }) });
    }
    case 'escort':
      return order.to ? t('planList.escortTo', { name: personName(game, t, order.personId), place: at(order.to) }) : personName(game, t, order.personId);
    case 'take_hostage':
      return personName(game, t, order.personId);
    case 'gate': {
      const gate = game.venue.openings.find((o) => o.id === order.gateId);
      return t(order.action === 'open' ? 'planList.gateOpen' : 'planList.gateClose', { name: gate?.name ?? order.gateId });
    }
    case 'rope_line': case 'place_barrier':
      return t('planList.line', { length: length(order.a, order.b), place: at(mid(order.a, order.b)) });
    case 'throw': case 'burn_tyres':
      return at(order.at);
    case 'breach':
      return order.at ? at(order.at) : (game.venue.openings.find((o) => o.id === order.gateId)?.name ?? order.gateId ?? '');
    default:
      return '';
  }
}

/** The plan list's line for `order`: its unit, label, destination or target, and start. */
export function orderLine(game: Game, order: Order, t: Translate): OrderLine {
  const subject = orderSubject(order);
  const start = scenarioClock(game.state.tick, game.state.tickSeconds).slice(0, 5);
  return {
    unit: nameOf(game, subject),
    order: t(`order.${order.type}`),
    detail: orderDetail(game, order, t, positionOf(game, subject)),
    start: t('planList.start', { time: start }),
  };
}
