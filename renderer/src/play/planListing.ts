import type { MessageKey } from '../../../shared/i18n/messages';
import type { Translate } from '../i18n/useT';
import { scenarioClock } from './hudNumbers';
import type { Game, Order } from './engineFacade';
import { orderSubject, positionAfter } from './orderPlanning';

/**
 * The plan list's words for one order: the unit, the order, where it goes or what it aims at
 * (distance and compass direction from where the unit will be, the group, unit, gate or person it
 * names), when it starts and how long a standing order lasts; and what units still do from earlier
 * turns. Pure functions of the mirror's game; the planning panel shows them.
 */

/** One planned order as the plan list shows it. */
export interface OrderLine {
  unit: string;
  order: string;
  /** Destination or target ('' when the order has none). */
  detail: string;
  /** When it starts (and how long a standing order lasts), e.g. "segera (14:05:00)". */
  start: string;
  /** Whether it is its unit's first order in the plan (then it starts at once unless told otherwise). */
  firstOfUnit: boolean;
  /** Whether it is a standing order (a duration may be set). */
  standing: boolean;
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

const STANDING = new Set(['water_cannon', 'push', 'rope_line']);

/** Whether the order is a standing one (keeps on until stopped or its duration). */
export function isStanding(order: Order): boolean {
  return STANDING.has(order.type);
}

/** The scenario clock (HH:MM:SS) at `second` of the turn being planned. */
function clockAt(game: Game, second: number): string {
  return scenarioClock(game.state.tick + Math.round(second / game.state.tickSeconds), game.state.tickSeconds);
}

/** When the order starts, in words: at once, after the previous order, after last turn's queue, or at a second. */
export function startText(game: Game, order: Order, firstOfUnit: boolean, t: Translate): string {
  const start = order.start;
  if (typeof start === 'object') {
    const at = t('planList.startAt', { second: start.atSecond, time: clockAt(game, start.atSecond) });
    // A second past this minute falls in a later turn: said so.
    return start.atSecond >= game.state.ticksPerTurn * game.state.tickSeconds ? `${at}, ${t('planList.laterTurn')}` : at;
  }
  if (start === 'after_previous') return t(firstOfUnit ? 'planList.startAfterQueue' : 'planList.startAfter');
  return firstOfUnit ? t('planList.startNow', { time: clockAt(game, 0) }) : t('planList.startAfter');
}

/** How long a standing order lasts, in words ('' for other orders). */
export function durationText(order: Order, t: Translate): string {
  if (!isStanding(order)) return '';
  const seconds = (order as { seconds?: number }).seconds;
  return seconds ? t('planList.standingFor', { seconds }) : t('planList.standing');
}

/**
 * The plan list's line for the order at `index` of `plan`: its unit, label, destination or target
 * (seen from where the unit will be when it starts), and start.
 */
export function orderLine(game: Game, plan: readonly Order[], index: number, t: Translate): OrderLine {
  const order = plan[index]!;
  const subject = orderSubject(order);
  let from: P = positionOf(game, subject);
  let firstOfUnit = true;
  for (let k = 0; k < index; k++) {
    const earlier = plan[k]!;
    if (orderSubject(earlier) !== subject) continue;
    firstOfUnit = false;
    const [x, y] = positionAfter(earlier, [from.x, from.y]);
    from = { x, y };
  }
  return {
    unit: nameOf(game, subject),
    order: t(`order.${order.type}`),
    detail: orderDetail(game, order, t, from),
    start: [startText(game, order, firstOfUnit, t), durationText(order, t)].filter(Boolean).join(', '),
    firstOfUnit,
    standing: isStanding(order),
  };
}

/** One thing a unit still does from earlier turns, as the planning panel lists it. */
export interface CarriedLine {
  unitId: string;
  unit: string;
  text: string;
}

/**
 * What the player's units still do from earlier turns: standing measures (spraying, a rope line, a
 * push), the order running now and the orders waiting in their queues. Pure function of the mirror.
 */
export function carriedLines(game: Game, playerId: string, t: Translate): CarriedLine[] {
  const s = game.state;
  const controls = s.players.find((p) => p.id === playerId)?.controls ?? [];
  const out: CarriedLine[] = [];
  for (const id of controls) {
    const unit = nameOf(game, id);
    const from = positionOf(game, id);
    const u = s.units.find((x) => x.id === id);
    const describe = (o: Order) => ({ order: t(`order.${o.type}`), detail: orderDetail(game, o, t, from) || '—' });
    if (u?.standing) {
      const until = u.standing.untilTick;
      const words = describe(u.standing.order as Order);
      out.push({ unitId: id, unit, text: until === null ? t('carried.standing', words) : t('carried.standingUntil', { ...words, time: scenarioClock(until, s.tickSeconds) }) });
    }
    const q = s.queues[id];
    if (!q) continue;
    const running = q.running?.order as Order | undefined;
    if (running && running.type !== u?.standing?.order.type) out.push({ unitId: id, unit, text: t('carried.running', describe(running)) });
    for (const p of q.pending) out.push({ unitId: id, unit, text: t('carried.pending', describe(p.order as Order)) });
  }
  return out;
}
