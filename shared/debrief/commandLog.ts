import { commandSchema, type Command, type Order } from '../engine/index';

/**
 * The command log of a session read by turn: where each turn's resolution sits in the log and which
 * orders each player gave for it, with the ids the engine gives them (`t<turn>.<player>.<index>`), so
 * events that name an `orderId` can be traced back to the order and the player who gave it.
 */

/** One order as it was given: its engine id, the player, the resolved turn (1-based) it was given for. */
export interface GivenOrder {
  orderId: string;
  playerId: string;
  /** The turn it was resolved in (1 = the first turn). */
  turn: number;
  /** Its place in the player's plan for that turn. */
  index: number;
  order: Order;
}

/** A session's command log read by turn. */
export interface TurnLog {
  /** `resolveAt[k]` is the log index of the `resolveTurn` that resolved turn k (index 0 unused, -1). */
  resolveAt: number[];
  /** Turns resolved by the log. */
  resolvedTurns: number;
  /** Every order that took effect, by turn then player then plan order. */
  orders: GivenOrder[];
  /** Orders by their engine id. */
  byOrderId: ReadonlyMap<string, GivenOrder>;
  /** Instructor commands (injects, level overrides) with the turn they were given before (1-based). */
  instructorCommands: { turn: number; playerId: string; command: Command }[];
}

/**
 * Reads a log. Only a player's last plan before a turn resolves counts (a later `submitOrders`
 * replaces the earlier one, as in the engine). Commands that do not parse are skipped here; the
 * rebuild, which uses the engine itself, is what refuses a broken log.
 */
export function readTurnLog(commands: readonly unknown[]): TurnLog {
  const resolveAt = [-1];
  const orders: GivenOrder[] = [];
  const instructorCommands: TurnLog['instructorCommands'] = [];
  let plans = new Map<string, Order[]>();
  for (let index = 0; index < commands.length; index += 1) {
    const parsed = commandSchema.safeParse(commands[index]);
    if (!parsed.success) continue;
    const command = parsed.data;
    const turn = resolveAt.length;
    if (command.type === 'submitOrders') plans.set(command.playerId, command.orders);
    else if (command.type === 'resolveTurn') {
      for (const [playerId, plan] of plans) {
        plan.forEach((order, k) => orders.push({ orderId: `t${turn - 1}.${playerId}.${k}`, playerId, turn, index: k, order }));
      }
      plans = new Map();
      resolveAt.push(index);
    } else if (command.type !== 'endPlan' && 'playerId' in command) {
      instructorCommands.push({ turn, playerId: command.playerId, command });
    }
  }
  return { resolveAt, resolvedTurns: resolveAt.length - 1, orders, byOrderId: new Map(orders.map((o) => [o.orderId, o])), instructorCommands };
}
