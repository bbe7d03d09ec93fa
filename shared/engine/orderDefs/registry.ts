import { unitTypes, type UnitTypeId, type ForceStage, type PoliceOrderType } from '../forces';
import type { UnitTask } from '../state';
import { movementOrders } from './movement';
import { formationOrders, formationTasks } from './formation';
import { communicationOrders, communicationTasks } from './communication';
import { forceOrders, forceTasks } from './force';
import { arrestRescueOrders, arrestRescueTasks } from './arrestRescue';
import { medicalOrders, medicalTasks } from './medical';
import { structureOrders, structureTasks } from './structures';
import { crowdOrders } from './crowd';
import type { CrowdOrderDef, PoliceOrderDef, UnitTaskRunner, OrderFamily, OrderTargeting } from './define';

/**
 * The order registry: every order module's definitions in one table (their schemas are in
 * orderSchemas.ts). The reducer's validation and application (commands.ts, queue.ts), the tick's task runners
 * (sim/plan.ts) and the renderer's planning tools all read it.
 */

const policeDefs: readonly PoliceOrderDef[] = [
  ...movementOrders, ...formationOrders, ...communicationOrders, ...forceOrders, ...arrestRescueOrders, ...medicalOrders, ...structureOrders,
] as unknown as readonly PoliceOrderDef[];
const crowdDefs: readonly CrowdOrderDef[] = crowdOrders as unknown as readonly CrowdOrderDef[];

const policeByType = new Map(policeDefs.map((d) => [d.type, d]));
const crowdByType = new Map(crowdDefs.map((d) => [d.type, d]));

/** The definition of a police order type (undefined for an unknown type). */
export function policeOrderDef(type: string): PoliceOrderDef | undefined {
  return policeByType.get(type);
}

/** The definition of a crowd order type (undefined for an unknown type). */
export function crowdOrderDef(type: string): CrowdOrderDef | undefined {
  return crowdByType.get(type);
}

/** Every police order definition, in catalogue order. */
export function allPoliceOrderDefs(): readonly PoliceOrderDef[] {
  return policeDefs;
}

/** Every crowd order definition. */
export function allCrowdOrderDefs(): readonly CrowdOrderDef[] {
  return crowdDefs;
}

/** The police order types a unit type may take (DOCTRINE.md section 3), in catalogue order. */
export function ordersOfUnitType(type: UnitTypeId): readonly PoliceOrderType[] {
  let list = ordersByUnitType.get(type);
  if (!list) {
    list = policeDefs.filter((d) => d.units.includes(type)).map((d) => d.type as PoliceOrderType);
    ordersByUnitType.set(type, list);
  }
  return list;
}
const ordersByUnitType = new Map<UnitTypeId, readonly PoliceOrderType[]>();

/** Task runners, by unit task type. */
export const unitTaskRunners: Readonly<Record<UnitTask['type'], UnitTaskRunner>> = {
  ...formationTasks, ...communicationTasks, ...forceTasks, ...arrestRescueTasks, ...medicalTasks, ...structureTasks,
} as Record<UnitTask['type'], UnitTaskRunner>;

/** What the planning tools need to know of an order, without its engine functions. */
export interface OrderToolInfo {
  type: string;
  side: 'police' | 'crowd';
  family: OrderFamily;
  targeting: OrderTargeting;
  shortcut: string | null;
  reach: number | null;
  standing: boolean;
  stage: ForceStage | null;
}

/** Every order as the planning tools see it: police first (catalogue order), then crowd. */
export function orderToolInfo(): readonly OrderToolInfo[] {
  return [
    ...policeDefs.map((d) => ({ type: d.type, side: 'police' as const, family: d.family, targeting: d.targeting, shortcut: d.shortcut ?? null, reach: d.reach ?? null, standing: d.standing !== undefined, stage: d.stage })),
    ...crowdDefs.map((d) => ({ type: d.type, side: 'crowd' as const, family: d.family, targeting: d.targeting, shortcut: d.shortcut ?? null, reach: null, standing: false, stage: null })),
  ];
}

/**
 * The force stage a unit of this type applies when carrying out this order (Perkap 1/2009 Art. 5):
 * the order module's stage, except that pushing with shields and batons is hard empty-hand control
 * (4) where pushing with bare hands or a rope is soft control (3).
 */
export function forceStageOf(type: UnitTypeId, order: PoliceOrderType): ForceStage {
  if (order === 'push' && unitTypes[type].equipment.some((e) => e === 'shield' || e === 'tameng_desak' || e === 'tameng_sekat' || e === 'baton')) return 4;
  return policeByType.get(order)!.stage;
}
