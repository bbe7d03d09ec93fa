import type { CrowdOrder, Order, PoliceOrder } from '../../../shared/engine/orders';
import type { MessageKey } from '../../../shared/i18n/messages';
import { formations, type UnitTypeId } from './engineFacade';
import type { XY } from './orderPlanning';

/**
 * Every order a player can give is a registered tool `{ id, labelKey, key, input, build }` (the
 * excalidraw action pattern): buttons, keyboard shortcuts and ground clicks all go through one
 * dispatch. `input` says what the player still has to give: nothing, a ground point, or a drag.
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
  /** Whether the selected unit may use it. */
  appliesTo(unit: PlanUnit): boolean;
  /** The order for this unit, given the ground point (and drag end); null when nothing fits. */
  build(unit: PlanUnit, ctx: PlanContext, point: XY, dragTo?: XY): Order | null;
}

const pt = ([x, y]: XY) => ({ x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 });
const police = (type: string) => (unit: PlanUnit) => unit.side === 'police' && unit.allowed.includes(type);
const crowd = (type: string) => (unit: PlanUnit) => unit.side === 'crowd' && unit.allowed.includes(type);
const p = (o: PoliceOrder): Order => o;
const c = (o: CrowdOrder): Order => o;

/** Police formations as tools (keys 1-4). */
export const FORMATION_TOOLS: readonly OrderTool[] = formations.map((formation, index) => ({
  id: `formation:${formation}`,
  labelKey: `formation.${formation}`,
  key: String(index + 1),
  input: 'none' as const,
  appliesTo: police('formation'),
  build: (unit: PlanUnit) => p({ type: 'formation', unitId: unit.id, formation }),
}));

/** Every other order tool, police first, then crowd. */
export const ACTION_TOOLS: readonly OrderTool[] = [
  { id: 'move', labelKey: 'order.move', key: 'm', input: 'point', appliesTo: police('move'), build: (u, _c, at) => p({ type: 'move', unitId: u.id, waypoints: [pt(at)] }) },
  { id: 'hold', labelKey: 'order.hold', key: 'h', input: 'none', appliesTo: police('hold'), build: (u) => p({ type: 'hold', unitId: u.id }) },
  { id: 'face', labelKey: 'order.face', key: 'f', input: 'point', appliesTo: police('face'), build: (u, _c, at) => p({ type: 'face', unitId: u.id, toward: pt(at) }) },
  { id: 'push', labelKey: 'order.push', key: 'p', input: 'point', appliesTo: police('push'), build: (u, _c, at) => p({ type: 'push', unitId: u.id, toward: pt(at) }) },
  { id: 'appeal', labelKey: 'order.appeal', key: 'a', input: 'none', appliesTo: police('appeal'), build: (u) => p({ type: 'appeal', unitId: u.id }) },
  {
    id: 'negotiate', labelKey: 'order.negotiate', key: 'n', input: 'point', appliesTo: police('negotiate'),
    build: (u, ctx, at) => { const g = ctx.nearestGroup(at); return g ? p({ type: 'negotiate', unitId: u.id, groupId: g }) : null; },
  },
  { id: 'rope_line', labelKey: 'order.rope_line', input: 'drag', appliesTo: police('rope_line'), build: (u, _c, a, b) => (b ? p({ type: 'rope_line', unitId: u.id, a: pt(a), b: pt(b) }) : null) },
  {
    id: 'lapis_ganti', labelKey: 'order.lapis_ganti', input: 'point', appliesTo: police('lapis_ganti'),
    build: (u, ctx, at) => { const r = ctx.nearestPoliceUnit(at, u.id, ['dalmas_awal']); return r ? p({ type: 'lapis_ganti', unitId: u.id, relieveUnitId: r }) : null; },
  },
  {
    id: 'lintas_ganti', labelKey: 'order.lintas_ganti', input: 'point', appliesTo: police('lintas_ganti'),
    build: (u, ctx, at) => { const r = ctx.nearestPoliceUnit(at, u.id, ['dalmas_lanjut']); return r ? p({ type: 'lintas_ganti', unitId: u.id, relieveUnitId: r }) : null; },
  },
  { id: 'water_cannon', labelKey: 'order.water_cannon', key: 'w', input: 'point', appliesTo: police('water_cannon'), build: (u, _c, at) => p({ type: 'water_cannon', unitId: u.id, area: { ...pt(at), r: 6 } }) },
  { id: 'tear_gas', labelKey: 'order.tear_gas', key: 'g', input: 'point', appliesTo: police('tear_gas'), build: (u, _c, at) => p({ type: 'tear_gas', unitId: u.id, area: { ...pt(at), r: 8 } }) },
  {
    id: 'arrest', labelKey: 'order.arrest', key: 't', input: 'point', appliesTo: police('arrest'),
    build: (u, ctx, at) => { const a = ctx.nearestProtester(at); return a === null ? null : p({ type: 'arrest', unitId: u.id, target: a }); },
  },
  { id: 'evacuate', labelKey: 'order.evacuate', key: 'e', input: 'point', appliesTo: police('evacuate'), build: (u, _c, at) => p({ type: 'evacuate', unitId: u.id, area: { ...pt(at), r: 10 } }) },
  {
    id: 'escort', labelKey: 'order.escort', input: 'point', appliesTo: police('escort'),
    build: (u, ctx, at) => { const who = ctx.nearestProtected(u.centre); return who ? p({ type: 'escort', unitId: u.id, personId: who, to: pt(at) }) : null; },
  },
  {
    id: 'gate', labelKey: 'order.gate', input: 'point', appliesTo: police('gate'),
    build: (u, ctx, at) => { const g = ctx.nearestGate(at); return g ? p({ type: 'gate', unitId: u.id, gateId: g.id, action: g.open ? 'close' : 'open' }) : null; },
  },
  { id: 'place_barrier', labelKey: 'order.place_barrier', input: 'drag', appliesTo: police('place_barrier'), build: (u, _c, a, b) => (b ? p({ type: 'place_barrier', unitId: u.id, a: pt(a), b: pt(b) }) : null) },
  { id: 'march', labelKey: 'order.march', key: 'm', input: 'point', appliesTo: crowd('march'), build: (u, _c, at) => c({ type: 'march', groupId: u.id, to: pt(at) }) },
  { id: 'orasi', labelKey: 'order.orasi', key: 'o', input: 'none', appliesTo: crowd('orasi'), build: (u) => c({ type: 'orasi', groupId: u.id }) },
  { id: 'push_line', labelKey: 'order.push_line', key: 'p', input: 'point', appliesTo: crowd('push_line'), build: (u, _c, at) => c({ type: 'push_line', groupId: u.id, toward: pt(at) }) },
  { id: 'throw', labelKey: 'order.throw', input: 'point', appliesTo: crowd('throw'), build: (u, _c, at) => c({ type: 'throw', groupId: u.id, at: pt(at) }) },
  { id: 'burn_tyres', labelKey: 'order.burn_tyres', input: 'point', appliesTo: crowd('burn_tyres'), build: (u, _c, at) => c({ type: 'burn_tyres', groupId: u.id, at: pt(at) }) },
  { id: 'breach', labelKey: 'order.breach', input: 'point', appliesTo: crowd('breach'), build: (u, _c, at) => c({ type: 'breach', groupId: u.id, at: pt(at) }) },
  {
    id: 'enter_building', labelKey: 'order.enter_building', input: 'none', appliesTo: crowd('enter_building'),
    build: (u, ctx) => { const b = ctx.buildingId(); return b ? c({ type: 'enter_building', groupId: u.id, buildingId: b }) : null; },
  },
  {
    id: 'take_hostage', labelKey: 'order.take_hostage', input: 'point', appliesTo: crowd('take_hostage'),
    build: (u, ctx, at) => { const who = ctx.nearestProtected(at); return who ? c({ type: 'take_hostage', groupId: u.id, personId: who }) : null; },
  },
  { id: 'sit_in', labelKey: 'order.sit_in', input: 'none', appliesTo: crowd('sit_in'), build: (u) => c({ type: 'sit_in', groupId: u.id }) },
  { id: 'delegation', labelKey: 'order.delegation', input: 'point', appliesTo: crowd('delegation'), build: (u, _c, at) => c({ type: 'delegation', groupId: u.id, to: pt(at) }) },
  { id: 'retreat', labelKey: 'order.retreat', key: 'r', input: 'point', appliesTo: crowd('retreat'), build: (u, _c, at) => c({ type: 'retreat', groupId: u.id, to: pt(at) }) },
  { id: 'disperse', labelKey: 'order.disperse', input: 'none', appliesTo: crowd('disperse'), build: (u) => c({ type: 'disperse', groupId: u.id }) },
];

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
