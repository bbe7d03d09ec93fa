import { z } from 'zod';
import { situationLevels } from './doctrineTypes';
import { policeOrderSchemas, crowdOrderSchemas, idSchema as id } from './orderSchemas';

export { pointSchema, areaSchema, orderStartSchema, type Point, type Area, type OrderStart } from './orderSchemas';

/**
 * Orders and commands: closed unions of plain JSON data, validated with zod because they arrive from
 * IPC, HTTP and files. An order is what a player tells one unit or crowd group to do (its schema is
 * declared in orderSchemas.ts, its rules by its module in orderDefs/); a command is what drives the game (submit orders, end
 * planning, resolve the turn).
 */

/** Police orders (one unit each); their fields and rules live in the order modules (orderDefs/). */
export const policeOrderSchema = z.discriminatedUnion('type', policeOrderSchemas);
/** Crowd orders (one group each). */
export const crowdOrderSchema = z.discriminatedUnion('type', crowdOrderSchemas);

/** Any order. */
export const orderSchema = z.union([policeOrderSchema, crowdOrderSchema]);
/** A police order. */
export type PoliceOrder = z.infer<typeof policeOrderSchema>;
/** A crowd order. */
export type CrowdOrder = z.infer<typeof crowdOrderSchema>;
/** Any order. */
export type Order = PoliceOrder | CrowdOrder;

const code = z.string().min(1).max(40);
/**
 * What a computer player meant by its orders for a turn (shared/ai writes it): its side and level, the
 * plan it follows, and per group the order, the reason, the plan step, the trigger and the weakness it
 * went for. Plain data with bounded codes; the engine records it as an `ai_intent` event when the turn
 * starts, so a replay or debrief shows why the AI did what it did without running the AI again.
 */
export const aiIntentSchema = z.object({
  side: z.enum(['crowd', 'police']),
  level: code.nullable(),
  turn: z.number().int().min(0).max(10_000),
  planId: code.nullable(),
  planName: z.object({ id: z.string().max(2000), en: z.string().max(2000) }).nullable(),
  groups: z.array(z.object({
    groupId: id,
    order: code.nullable(),
    continuing: z.boolean(),
    reason: code,
    step: z.number().int().min(0).max(100).nullable(),
    trigger: code.nullable(),
    weakness: code.nullable(),
    targetId: id.nullable(),
  })).max(200),
});
/** One of {@link aiIntentSchema}. */
export type AiIntentRecord = z.infer<typeof aiIntentSchema>;

/** Commands that drive a game; a replay is the setup, the seed and the list of accepted commands. */
export const commandSchema = z.discriminatedUnion('type', [
  /** Replaces the player's orders for the turn being planned (a computer player adds what it meant, `intent`). */
  z.object({ type: z.literal('submitOrders'), playerId: id, orders: z.array(orderSchema).max(200), intent: aiIntentSchema.optional() }),
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
