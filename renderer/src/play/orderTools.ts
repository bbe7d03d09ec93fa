import type { CrowdOrder, Order, PoliceOrder } from '../../../shared/engine/orders';
import type { MessageKey } from '../../../shared/i18n/messages';
import { formations, orderToolInfo, type UnitTypeId, type OrderToolInfo } from './engineFacade';
import type { XY } from './orderPlanning';
import type { ScenePick } from '../scene/table/sceneContract';

/**
 * Every order a player can give is a tool `{ id, labelKey, key, input, build }` (the excalidraw action
 * pattern): buttons, keyboard shortcuts and ground clicks all go through one dispatch. Which orders
 * exist, their keys, what they are aimed at and their reach come from the engine's order registry
 * (orderToolInfo); this file adds only how a click (or a drag, or the thing clicked) becomes the order.
 */

/** A unit as the planning tools see it. */
export interface PlanUnit {
  id: string;
  /** Police unit type id, or 'crowd_group'. */
  type: UnitTypeId | 'crowd_group';
  side: 'police' | 'crowd';
  centre: XY;
  /** Orders this unit may take (engine catalogue). */
  allowed: readonly string[];
}

/** What the tools may look up about the field (nearest crowd group, gates, protected people...). */
export interface PlanContext {
  nearestGroup(point: XY): string | null;
  nearestGate(point: XY): { id: string; open: boolean } | null;
  nearestPoliceUnit(point: XY, exceptId: string, types: readonly string[]): string | null;
  nearestProtected(point: XY): string | null;
  nearestProtester(point: XY): number | null;
  buildingId(): string | null;
}

/** What the player must still give after choosing a tool. */
export type ToolInput = 'none' | 'point' | 'drag';

/** One order tool. */
export interface OrderTool {
  id: string;
  labelKey: MessageKey;
  /** Keyboard shortcut (KeyboardEvent.key, lower case), if any. */
  key?: string;
  input: ToolInput;
  /** What the order is aimed at (the registry's targeting): a click on such a thing on the map aims it. */
  targeting: OrderToolInfo['targeting'];
  /** Whether the selected unit may use it. */
  appliesTo(unit: PlanUnit): boolean;
  /**
   * The order for this unit, given the ground point (and drag end, and what was clicked on the map,
   * when the player clicked a unit, group or person); null when nothing fits.
   */
  build(unit: PlanUnit, ctx: PlanContext, point: XY, dragTo?: XY, pick?: ScenePick | null): Order | null;
}

const pt = ([x, y]: XY) => ({ x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 });
const p = (o: PoliceOrder): Order => o;
const c = (o: CrowdOrder): Order => o;

type Build = OrderTool['build'];

/** The clicked thing when it is of `side` (and not the ordering unit itself). */
const picked = (pick: ScenePick | null | undefined, side: ScenePick['side'], self: string): ScenePick | null =>
  pick && pick.side === side && pick.unitId !== self ? pick : null;

/**
 * How a click becomes each order: the unit, the ground point, the drag end and the thing clicked.
 * A target clicked on the map wins over the nearest one found around the point.
 */
const BUILDERS: Readonly<Record<string, Build>> = {
  move: (u, _c, at) => p({ type: 'move', unitId: u.id, waypoints: [pt(at)] }),
  hold: (u) => p({ type: 'hold', unitId: u.id }),
  stop: (u) => p({ type: 'stop', unitId: u.id }),
  face: (u, _c, at) => p({ type: 'face', unitId: u.id, toward: pt(at) }),
  push: (u, _c, at) => p({ type: 'push', unitId: u.id, toward: pt(at) }),
  appeal: (u) => p({ type: 'appeal', unitId: u.id }),
  negotiate: (u, ctx, at, _d, pick) => {
    const g = picked(pick, 'crowd', u.id)?.unitId ?? ctx.nearestGroup(at);
    return g ? p({ type: 'negotiate', unitId: u.id, groupId: g }) : null;
  },
  rope_line: (u, _c, a, b) => (b ? p({ type: 'rope_line', unitId: u.id, a: pt(a), b: pt(b) }) : null),
  lapis_ganti: (u, ctx, at, _d, pick) => {
    const r = picked(pick, 'police', u.id)?.unitId ?? ctx.nearestPoliceUnit(at, u.id, ['dalmas_awal']);
    return r ? p({ type: 'lapis_ganti', unitId: u.id, relieveUnitId: r }) : null;
  },
  lintas_ganti: (u, ctx, at, _d, pick) => {
    const r = picked(pick, 'police', u.id)?.unitId ?? ctx.nearestPoliceUnit(at, u.id, ['dalmas_lanjut']);
    return r ? p({ type: 'lintas_ganti', unitId: u.id, relieveUnitId: r }) : null;
  },
  water_cannon: (u, _c, at) => p({ type: 'water_cannon', unitId: u.id, area: { ...pt(at), r: 6 } }),
  tear_gas: (u, _c, at) => p({ type: 'tear_gas', unitId: u.id, area: { ...pt(at), r: 8 } }),
  arrest: (u, ctx, at, _d, pick) => {
    const person = picked(pick, 'crowd', u.id);
    const a = person ? person.agent : ctx.nearestProtester(at);
    return a === null ? null : p({ type: 'arrest', unitId: u.id, target: a });
  },
  evacuate: (u, _c, at) => p({ type: 'evacuate', unitId: u.id, area: { ...pt(at), r: 10 } }),
  escort: (u, ctx, at, _d, pick) => {
    // A click on a protected person shields them where they are; a click on the ground escorts the
    // person nearest the unit to that point.
    const person = picked(pick, 'protected', u.id);
    if (person) return p({ type: 'escort', unitId: u.id, personId: person.unitId });
    const who = ctx.nearestProtected(u.centre);
    return who ? p({ type: 'escort', unitId: u.id, personId: who, to: pt(at) }) : null;
  },
  gate: (u, ctx, at) => { const g = ctx.nearestGate(at); return g ? p({ type: 'gate', unitId: u.id, gateId: g.id, action: g.open ? 'close' : 'open' }) : null; },
  place_barrier: (u, _c, a, b) => (b ? p({ type: 'place_barrier', unitId: u.id, a: pt(a), b: pt(b) }) : null),
  march: (u, _c, at) => c({ type: 'march', groupId: u.id, to: pt(at) }),
  orasi: (u) => c({ type: 'orasi', groupId: u.id }),
  push_line: (u, _c, at) => c({ type: 'push_line', groupId: u.id, toward: pt(at) }),
  throw: (u, _c, at) => c({ type: 'throw', groupId: u.id, at: pt(at) }),
  burn_tyres: (u, _c, at) => c({ type: 'burn_tyres', groupId: u.id, at: pt(at) }),
  breach: (u, _c, at) => c({ type: 'breach', groupId: u.id, at: pt(at) }),
  enter_building: (u, ctx) => { const b = ctx.buildingId(); return b ? c({ type: 'enter_building', groupId: u.id, buildingId: b }) : null; },
  take_hostage: (u, ctx, at, _d, pick) => {
    const who = picked(pick, 'protected', u.id)?.unitId ?? ctx.nearestProtected(at);
    return who ? c({ type: 'take_hostage', groupId: u.id, personId: who }) : null;
  },
  sit_in: (u) => c({ type: 'sit_in', groupId: u.id }),
  delegation: (u, _c, at) => c({ type: 'delegation', groupId: u.id, to: pt(at) }),
  retreat: (u, _c, at) => c({ type: 'retreat', groupId: u.id, to: pt(at) }),
  disperse: (u) => c({ type: 'disperse', groupId: u.id }),
};

const inputOf = (targeting: OrderToolInfo['targeting']): ToolInput => (targeting === 'none' ? 'none' : targeting === 'drag' ? 'drag' : 'point');

/** Police formations as tools (keys 1-4). */
export const FORMATION_TOOLS: readonly OrderTool[] = formations.map((formation, index) => ({
  id: `formation:${formation}`,
  labelKey: `formation.${formation}`,
  key: String(index + 1),
  input: 'none' as const,
  targeting: 'none' as const,
  appliesTo: (unit: PlanUnit) => unit.side === 'police' && unit.allowed.includes('formation'),
  build: (unit: PlanUnit) => p({ type: 'formation', unitId: unit.id, formation }),
}));

/** Every other order of the engine's registry as a tool, police first, then crowd. */
export const ACTION_TOOLS: readonly OrderTool[] = orderToolInfo()
  .filter((info) => info.type !== 'formation')
  .map((info): OrderTool => {
    const build = BUILDERS[info.type];
    if (!build) throw new Error(`no planning tool for the order ${info.type}`);
    return {
      id: info.type,
      labelKey: `order.${info.type}` as MessageKey,
      ...(info.shortcut ? { key: info.shortcut } : {}),
      input: inputOf(info.targeting),
      targeting: info.targeting,
      appliesTo: (unit) => unit.side === info.side && unit.allowed.includes(info.type),
      build,
    };
  });

/** All tools, formations first. */
export const ALL_TOOLS: readonly OrderTool[] = [...FORMATION_TOOLS, ...ACTION_TOOLS];

/** The tool with this id. */
export function toolById(id: string): OrderTool | undefined {
  return ALL_TOOLS.find((tool) => tool.id === id);
}

/** The default ground-click tool for a unit: move (police) or march (crowd). */
export function defaultToolFor(unit: PlanUnit): OrderTool | undefined {
  return ACTION_TOOLS.find((tool) => (tool.id === 'move' || tool.id === 'march') && tool.appliesTo(unit));
}
