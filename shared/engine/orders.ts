import { z } from 'zod';
import { formations } from './forces';
import { situationLevels } from './doctrineTypes';

/**
 * Orders and commands: closed unions of plain JSON data, validated with zod because they arrive from
 * IPC, HTTP and files. An order is what a player tells one unit or crowd group to do this turn; a
 * command is what drives the game (submit orders, end planning, resolve the turn).
 */

const coord = z.number().finite().min(-10000).max(10000);
/** A point in venue metres. */
export const pointSchema = z.object({ x: coord, y: coord });
/** A point in venue metres. */
export type Point = z.infer<typeof pointSchema>;
/** A circular area. */
export const areaSchema = z.object({ x: coord, y: coord, r: z.number().finite().min(1).max(30) });
/** A circular area in venue metres. */
export type Area = z.infer<typeof areaSchema>;

const unitId = z.string().min(1).max(48);
const id = z.string().min(1).max(48);
const agent = z.number().int().min(0).max(1_000_000);
const u = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) => z.object({ type: z.literal(type), unitId, ...shape });
const g = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) => z.object({ type: z.literal(type), groupId: id, ...shape });

/** Police orders (one unit each). */
export const policeOrderSchema = z.discriminatedUnion('type', [
  u('move', { waypoints: z.array(pointSchema).min(1).max(16) }),
  u('face', { toward: pointSchema }),
  u('formation', { formation: z.enum(formations) }),
  /** Bertahan: hold the current position as a line. */
  u('hold', {}),
  /** Dorong / desak maju: advance slowly toward a point, pushing whoever is in the way. */
  u('push', { toward: pointSchema }),
  /** Himbauan through a loudspeaker. */
  u('appeal', {}),
  u('negotiate', { groupId: id }),
  /** Tali dalmas: the unit strings its control rope from a to b. */
  u('rope_line', { a: pointSchema, b: pointSchema }),
  /** Lapis ganti: this Dalmas Lanjut unit relieves a Dalmas Awal unit. */
  u('lapis_ganti', { relieveUnitId: unitId }),
  /** Lintas ganti: this Brimob PHH platoon relieves a Dalmas Lanjut unit. */
  u('lintas_ganti', { relieveUnitId: unitId }),
  u('water_cannon', { area: areaSchema }),
  u('tear_gas', { area: areaSchema }),
  u('arrest', { target: agent }),
  u('evacuate', { area: areaSchema }),
  /** Escort a protected party to `to`, or shield it where it is when `to` is absent. */
  u('escort', { personId: id, to: pointSchema.optional() }),
  u('gate', { gateId: id, action: z.enum(['open', 'close']) }),
  u('place_barrier', { a: pointSchema, b: pointSchema }),
]);

/** Crowd orders (one group each). */
export const crowdOrderSchema = z.discriminatedUnion('type', [
  g('march', { to: pointSchema }),
  g('orasi', {}),
  g('push_line', { toward: pointSchema }),
  g('throw', { at: pointSchema }),
  g('burn_tyres', { at: pointSchema }),
  /** Breach a gate (gateId) or the fence panel nearest `at`. */
  g('breach', { gateId: id.optional(), at: pointSchema.optional() }),
  g('enter_building', { buildingId: id }),
  g('take_hostage', { personId: id }),
  g('sit_in', {}),
  g('delegation', { to: pointSchema }),
  g('retreat', { to: pointSchema }),
  g('disperse', {}),
]);

/** Any order. */
export const orderSchema = z.union([policeOrderSchema, crowdOrderSchema]);
/** A police order. */
export type PoliceOrder = z.infer<typeof policeOrderSchema>;
/** A crowd order. */
export type CrowdOrder = z.infer<typeof crowdOrderSchema>;
/** Any order. */
export type Order = PoliceOrder | CrowdOrder;

/** Commands that drive a game; a replay is the setup, the seed and the list of accepted commands. */
export const commandSchema = z.discriminatedUnion('type', [
  /** Replaces the player's orders for the turn being planned. */
  z.object({ type: z.literal('submitOrders'), playerId: id, orders: z.array(orderSchema).max(200) }),
  /** The player has finished planning this turn. */
  z.object({ type: z.literal('endPlan'), playerId: id }),
  /** Resolves the turn: needs every player to have ended planning unless `force` (the exercise director). */
  z.object({ type: z.literal('resolveTurn'), force: z.boolean().optional() }),
  /** The instructor (dinamisator) injects one of the scenario's script events; it fires as the next turn starts. */
  z.object({ type: z.literal('injectEvent'), playerId: id, eventId: id }),
  /**
   * Instructor only: overrides the situation level (null hands it back to the engine's assessment).
   * Takes effect at once; logged as `situation_level_overridden` when the next turn starts resolving.
   */
  z.object({ type: z.literal('setSituationLevel'), playerId: id, level: z.enum(situationLevels).nullable(), reason: z.string().max(200).optional() }),
]);
/** A command. */
export type Command = z.infer<typeof commandSchema>;

/** True for police orders. */
export function isPoliceOrder(o: Order): o is PoliceOrder {
  return 'unitId' in o;
}
