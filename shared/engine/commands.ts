import { produce, type Draft } from 'immer';
import { formatIssues } from '../schema/issues';
import { commandSchema, isPoliceOrder, type Command, type Order, type PoliceOrder, type CrowdOrder, type Point } from './orders';
import type { GameState, PlannedOrder, Game } from './state';
import type { GameEvent } from './events';
import { runTick } from './tick';
import { instructorRejection, overrideSituationLevel, announceOverrides } from './doctrine/instructor';
import { pruneOpenMeasures } from './doctrine/judge';
import { scriptAtTurnStart, scriptAfterTick, injectScriptEvent, type ScriptOrderApi } from './script/index';
import { isHeld } from './reserves';
import { detHypot } from '../math/deterministic';
import { allPoliceOrderDefs, crowdOrderDef, policeOrderDef } from './orderDefs/registry';
import { inBounds, no, type Rejection, type RejectReason, type ValidateCtx } from './orderDefs/define';
import { applyCrowdOrder, enqueuePlans, runQueues } from './queue';

export { rejectReasons, type RejectReason } from './orderDefs/define';

/**
 * The command reducer. Every command is validated (zod for shape, rules for legality); a rejected
 * command returns a typed reason and leaves the game untouched. Accepted commands are what a replay
 * records: setup + seed + accepted commands reproduce the game exactly.
 */

/**
 * What applyCommand answers. `events` are the events the command produced (all ticks of a resolved
 * turn); `command` is the command as the engine read it (unknown keys dropped), the form to record.
 */
export type CommandResult =
  | { ok: true; events: GameEvent[]; command: Command }
  | { ok: false; reason: RejectReason; message: string; orderIndex?: number };

/** Applies one command: the engine's one command parser. Never throws for bad input. */
export function applyCommand(game: Game, input: Command | unknown): CommandResult {
  const parsed = commandSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid_command', message: formatIssues(parsed.error.issues).join('; ') };
  const result = applyParsed(game, parsed.data);
  return result.ok ? { ...result, command: parsed.data } : result;
}

function applyParsed(game: Game, cmd: Command): { ok: true; events: GameEvent[] } | Exclude<CommandResult, { ok: true }> {
  const s = game.state;
  if (s.phase === 'over') return { ok: false, reason: 'game_over', message: 'the game is over' };
  if (s.phase !== 'planning') return { ok: false, reason: 'wrong_phase', message: 'a turn is being resolved' };
  switch (cmd.type) {
    case 'submitOrders': {
      const player = s.players.find((p) => p.id === cmd.playerId);
      if (!player) return { ok: false, reason: 'unknown_player', message: `no player ${cmd.playerId}` };
      const refused = validatePlan(game, player.controls, cmd.orders);
      if (refused) return { ok: false, ...refused };
      const planned: PlannedOrder[] = cmd.orders.map((order, k) => ({ orderId: `t${s.turn}.${player.id}.${k}`, playerId: player.id, order }));
      game.state = produce(s, (d) => {
        d.planned[player.id] = planned as Draft<PlannedOrder>[];
        if (cmd.intent) (d.intents ??= {})[player.id] = cmd.intent;
        else if (d.intents?.[player.id]) delete d.intents[player.id];
      });
      return { ok: true, events: [] };
    }
    case 'endPlan': {
      const pi = s.players.findIndex((p) => p.id === cmd.playerId);
      if (pi < 0) return { ok: false, reason: 'unknown_player', message: `no player ${cmd.playerId}` };
      game.state = produce(s, (d) => { d.players[pi]!.endedPlan = true; });
      return { ok: true, events: [] };
    }
    case 'setSituationLevel': {
      const refused = instructorRejection(s, cmd.playerId);
      if (refused) return { ok: false, ...refused };
      game.state = overrideSituationLevel(s, cmd.playerId, cmd.level, cmd.reason ?? '');
      return { ok: true, events: [] };
    }
    case 'resolveTurn': {
      if (!cmd.force && !allReady(s)) return { ok: false, reason: 'players_not_ready', message: 'not every player has ended planning' };
      const events = beginTurnResolution(game);
      while (game.state.phase === 'resolving') events.push(...advance(game));
      return { ok: true, events };
    }
    case 'injectEvent': {
      const refused = instructorRejection(s, cmd.playerId);
      if (refused) return { ok: false, ...refused };
      return injectScriptEvent(game, cmd.playerId, cmd.eventId);
    }
  }
}

/** Every player who plans has ended planning; instructors control no units and are never waited for. */
function allReady(s: GameState): boolean {
  return s.players.every((p) => p.side === 'instructor' || p.endedPlan);
}

/**
 * For replays: null when the command is not a valid resolveTurn (apply it normally), true when it is
 * one that may run now, or the rejection it would get.
 */
export function canResolve(game: Game, input: Command | unknown): true | null | { reason: RejectReason; message: string } {
  const parsed = commandSchema.safeParse(input);
  if (!parsed.success || parsed.data.type !== 'resolveTurn') return null;
  const s = game.state;
  if (s.phase === 'over') return no('game_over', 'the game is over');
  if (s.phase !== 'planning') return no('wrong_phase', 'a turn is being resolved');
  if (!parsed.data.force && !allReady(s)) return no('players_not_ready', 'not every player has ended planning');
  return true;
}

/**
 * Starts resolving the turn: puts every planned order into its unit's or group's queue (players in
 * setup order, orders in submission order; queue.ts), starts those due now and returns the events of
 * that step; queued orders start on later ticks. Then call {@link stepTick} until the phase leaves
 * 'resolving'. `resolveTurn` does exactly this in one go; the renderer uses the two steps to animate.
 */
export function beginTurnResolution(game: Game): GameEvent[] {
  const events: GameEvent[] = [];
  const tick = game.state.tick;
  events.push({ tick, type: 'turn_started', turn: game.state.turn });
  game.state = produce(game.state, (d) => {
    announceOverrides(d, tick, events);
    for (const p of d.players) {
      const intent = d.intents?.[p.id];
      if (intent) events.push({ tick, type: 'ai_intent', playerId: p.id, intent: JSON.parse(JSON.stringify(intent)) });
    }
    delete d.intents;
    enqueuePlans(d, tick, events);
    runQueues(game, d, tick, events);
    for (const p of d.players) p.endedPlan = false;
    pruneOpenMeasures(d);
    scriptAtTurnStart(game, d, tick, events, scriptOrders);
    d.planned = {};
    d.phase = 'resolving';
  });
  return events;
}

/** Advances a turn being resolved by one tick; returns its events (none when not resolving). */
export function stepTick(game: Game): GameEvent[] {
  if (game.state.phase !== 'resolving') return [];
  return advance(game);
}

/** One tick, then the scenario script's events that came due (script/run.ts). */
function advance(game: Game): GameEvent[] {
  const events = runTick(game);
  if (game.state.script) events.push(...scriptAfterTick(game, scriptOrders));
  return events;
}

/** The script gives crowd orders through the same validation and application as a player's. */
const scriptOrders: ScriptOrderApi = {
  validate: (game, controls, order) => validateCrowd(game, controls, order),
  apply: (game, d, order, orderId, tick, ev) => applyCrowdOrder(game, d, order, orderId, tick, ev),
};

/**
 * How far (metres) each reach-limited police order may be aimed from the unit, or from the last
 * waypoint its plan already moves it to, as the order modules declare it; the renderer draws them as
 * reach rings.
 */
export const orderReach: Readonly<Partial<Record<PoliceOrder['type'], number>>> = Object.fromEntries(
  allPoliceOrderDefs().filter((d) => d.reach !== undefined).map((d) => [d.type, d.reach!]),
);

/** A refused order of a plan: why, in the engine's words, and which order (index in the plan). */
export type PlanRejection = Rejection & { orderIndex: number };

/** Validates a plan's orders in sequence, as submitOrders does: null when every order is accepted. */
function validatePlan(game: Game, controls: readonly string[], orders: readonly Order[]): PlanRejection | null {
  const lastWaypoint = new Map<string, Point>();
  for (let k = 0; k < orders.length; k++) {
    const order = orders[k]!;
    const r = validateOrder(game, controls, order, lastWaypoint);
    if (r) return { ...r, orderIndex: k };
    if (order.type === 'move') lastWaypoint.set(order.unitId, order.waypoints[order.waypoints.length - 1]!);
  }
  return null;
}

/**
 * The engine's own check of a plan, without applying it: what `submitOrders` for `playerId` with
 * `orders` would answer now (shape, phase, player, then every order in sequence). Null when it would
 * be accepted, else the refusal (with the refused order's index where one order is at fault). The
 * renderer asks it at every placement, so an impossible order is refused when it is given.
 */
export function checkPlan(game: Game, playerId: string, orders: readonly Order[]): { reason: RejectReason; message: string; orderIndex?: number } | null {
  const parsed = commandSchema.safeParse({ type: 'submitOrders', playerId, orders });
  if (!parsed.success || parsed.data.type !== 'submitOrders') return no('invalid_command', parsed.success ? 'not a plan' : formatIssues(parsed.error.issues).join('; '));
  const s = game.state;
  if (s.phase === 'over') return no('game_over', 'the game is over');
  if (s.phase !== 'planning') return no('wrong_phase', 'a turn is being resolved');
  const player = s.players.find((p) => p.id === playerId);
  if (!player) return no('unknown_player', `no player ${playerId}`);
  return validatePlan(game, player.controls, parsed.data.orders);
}

function validateOrder(game: Game, controls: readonly string[], order: Order, lastWaypoint: Map<string, Point>): Rejection | null {
  return isPoliceOrder(order) ? validatePolice(game, controls, order, lastWaypoint) : validateCrowd(game, controls, order);
}

function validatePolice(game: Game, controls: readonly string[], o: PoliceOrder, lastWaypoint: Map<string, Point>): Rejection | null {
  const s = game.state;
  const u = s.units.find((x) => x.id === o.unitId);
  if (!u) return no('unknown_unit', `no unit ${o.unitId}`);
  if (!controls.includes(u.id)) return no('not_your_unit', `${u.id} is not under this player's command`);
  if (isHeld(s, u.id)) return no('order_not_allowed', `${u.id} has not arrived yet`);
  const def = policeOrderDef(o.type)!;
  if (!def.units.includes(u.type)) return no('order_not_allowed', `${u.type} cannot take ${o.type}`);
  const wp = lastWaypoint.get(u.id);
  const ctx: ValidateCtx = {
    game,
    from: (p) => Math.min(detHypot(p.x - u.x, p.y - u.y), wp ? detHypot(p.x - wp.x, p.y - wp.y) : Infinity),
    inBounds: (p) => inBounds(game, p),
  };
  return def.validate?.(o as never, u, ctx) ?? null;
}

function validateCrowd(game: Game, controls: readonly string[], o: CrowdOrder): Rejection | null {
  const s = game.state;
  const g = s.groups.find((x) => x.id === o.groupId);
  if (!g) return no('unknown_group', `no group ${o.groupId}`);
  if (!controls.includes(g.id)) return no('not_your_unit', `${g.id} is not under this player's command`);
  if (isHeld(s, g.id)) return no('order_not_allowed', `${g.id} has not arrived yet`);
  return crowdOrderDef(o.type)!.validate?.(o as never, g, { game, from: () => 0, inBounds: (p) => inBounds(game, p) }) ?? null;
}
