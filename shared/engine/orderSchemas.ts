import { z } from 'zod';
import { formations } from './forces';

/**
 * The orders' schemas: plain JSON data, validated with zod because orders arrive from IPC, HTTP and
 * files. They sit at the engine's base (the state, the events and the contracts are typed by them);
 * each order's rules, effects and task live in its family's module in orderDefs/, which the registry
 * (orderDefs/registry.ts) collects. A new order is its schema here, its module entry and its labels.
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
/** An id of a unit, group, gate, building or person. */
export const idSchema = z.string().min(1).max(48);
/** An agent index. */
export const agentSchema = z.number().int().min(0).max(1_000_000);

/**
 * When a queued order starts: when the unit's previous order is done (`after_previous`, the default
 * for every order of a unit after its first in a plan), or at a second of the turn (`{ atSecond }`).
 * A unit's first order in a plan starts at once and replaces what is left of its queue, unless it
 * says `after_previous` (then it joins the queue carried over from earlier turns).
 */
export const orderStartSchema = z.union([z.literal('after_previous'), z.object({ atSecond: z.number().int().min(0).max(3600) })]);
/** One of {@link orderStartSchema}. */
export type OrderStart = z.infer<typeof orderStartSchema>;
/** How long a standing order (spraying, a rope line, a push) lasts, in seconds; absent: until stopped. */
export const durationSchema = z.number().int().min(1).max(3600);

/** The schema of a police order: its type, the unit, when it starts and its own fields. */
export function policeOrderShape<T extends string, S extends z.ZodRawShape>(type: T, shape: S) {
  return z.object({ type: z.literal(type), unitId: idSchema, start: orderStartSchema.optional(), ...shape });
}
/** The schema of a crowd order: its type, the group, when it starts and its own fields. */
export function crowdOrderShape<T extends string, S extends z.ZodRawShape>(type: T, shape: S) {
  return z.object({ type: z.literal(type), groupId: idSchema, start: orderStartSchema.optional(), ...shape });
}

// Movement: move, face, hold (Bertahan), push forward (Dorong maju), stop (Hentikan).
/** Move along up to 16 waypoints; the anchor follows the navigation grid between them. */
export const moveSchema = policeOrderShape('move', { waypoints: z.array(pointSchema).min(1).max(16) });
/** Turn to face a point. */
export const faceSchema = policeOrderShape('face', { toward: pointSchema });
/** Bertahan: hold the current position as a line. */
export const holdSchema = policeOrderShape('hold', {});
/** Dorong / desak maju: advance slowly toward a point, pushing whoever is in the way; standing until there, stopped or `seconds` pass. */
export const pushSchema = policeOrderShape('push', { toward: pointSchema, seconds: durationSchema.optional() });
/** Hentikan: ends the unit's task and standing measure (`task`), its movement (`movement`) or both (`all`, the default). */
export const stopSchema = policeOrderShape('stop', { what: z.enum(['all', 'task', 'movement']).optional() });

// Formation: the formation, the control rope (tali dalmas), lapis ganti and lintas ganti.
/** Take a formation (DOCTRINE.md section 4). */
export const formationSchema = policeOrderShape('formation', { formation: z.enum(formations) });
/** Tali dalmas: the unit strings its control rope from a to b; standing until stopped, moved or `seconds` pass. */
export const ropeLineSchema = policeOrderShape('rope_line', { a: pointSchema, b: pointSchema, seconds: durationSchema.optional() });
/** Lapis ganti: this Dalmas Lanjut unit relieves a Dalmas Awal unit. */
export const lapisGantiSchema = policeOrderShape('lapis_ganti', { relieveUnitId: idSchema });
/** Lintas ganti: this Brimob PHH platoon relieves a Dalmas Lanjut unit. */
export const lintasGantiSchema = policeOrderShape('lintas_ganti', { relieveUnitId: idSchema });

// Communication: the public appeal (himbauan) and negotiation.
/** Himbauan through a loudspeaker (heard by every group within 100 m). */
export const appealSchema = policeOrderShape('appeal', {});
/** Negotiate with a crowd group's Korlap. */
export const negotiateSchema = policeOrderShape('negotiate', { groupId: idSchema });

// Force (Perkap 1/2009 stage 5): water cannon and tear gas.
/** Spray an area with the water cannon; standing until stopped, the tank is empty or `seconds` pass. */
export const waterCannonSchema = policeOrderShape('water_cannon', { area: areaSchema, seconds: durationSchema.optional() });
/** Fire one tear-gas round into an area. */
export const tearGasSchema = policeOrderShape('tear_gas', { area: areaSchema });

// Arrest and rescue: the snatch arrest and the escort of a protected person.
/** Arrest one protester (agent index). */
export const arrestSchema = policeOrderShape('arrest', { target: agentSchema });
/** Escort a protected party to `to`, or shield it where it is when `to` is absent. */
export const escortSchema = policeOrderShape('escort', { personId: idSchema, to: pointSchema.optional() });

// Medical: Dokkes evacuation.
/** Evacuate the injured in and near an area. */
export const evacuateSchema = policeOrderShape('evacuate', { area: areaSchema });

// Structures: gates and portable barriers.
/** Open or close a gate. */
export const gateSchema = policeOrderShape('gate', { gateId: idSchema, action: z.enum(['open', 'close']) });
/** Place a portable barrier from a to b (1-6 m). */
export const placeBarrierSchema = policeOrderShape('place_barrier', { a: pointSchema, b: pointSchema });

// Crowd actions.
/** March to a point. */
export const marchSchema = crowdOrderShape('march', { to: pointSchema });
/** Orasi: speeches that raise the group's agitation while orators speak. */
export const orasiSchema = crowdOrderShape('orasi', {});
/** Push against the line toward a point. */
export const pushLineSchema = crowdOrderShape('push_line', { toward: pointSchema });
/** Throw stones at a point. */
export const throwSchema = crowdOrderShape('throw', { at: pointSchema });
/** Burn tyres at a point. */
export const burnTyresSchema = crowdOrderShape('burn_tyres', { at: pointSchema });
/** Breach a gate (gateId) or the fence panel nearest `at`. */
export const breachSchema = crowdOrderShape('breach', { gateId: idSchema.optional(), at: pointSchema.optional() });
/** Enter a building. */
export const enterBuildingSchema = crowdOrderShape('enter_building', { buildingId: idSchema });
/** Take a protected person hostage. */
export const takeHostageSchema = crowdOrderShape('take_hostage', { personId: idSchema });
/** Sit down where the group is. */
export const sitInSchema = crowdOrderShape('sit_in', {});
/** Send a delegation (the Korlap and up to four) to a point. */
export const delegationSchema = crowdOrderShape('delegation', { to: pointSchema });
/** Fall back to a point. */
export const retreatSchema = crowdOrderShape('retreat', { to: pointSchema });
/** Go home. */
export const disperseSchema = crowdOrderShape('disperse', {});

/** Police order schemas, in catalogue order (the discriminated union is built from them). */
export const policeOrderSchemas = [
  moveSchema, faceSchema, formationSchema, holdSchema, pushSchema, appealSchema, negotiateSchema, ropeLineSchema, lapisGantiSchema,
  lintasGantiSchema, waterCannonSchema, tearGasSchema, arrestSchema, evacuateSchema, escortSchema, gateSchema, placeBarrierSchema, stopSchema,
] as const;

/** Crowd order schemas. */
export const crowdOrderSchemas = [
  marchSchema, orasiSchema, pushLineSchema, throwSchema, burnTyresSchema, breachSchema, enterBuildingSchema, takeHostageSchema, sitInSchema,
  delegationSchema, retreatSchema, disperseSchema,
] as const;
