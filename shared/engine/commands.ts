import { produce, type Draft } from 'immer';
import { distSqToSegment } from '../venue/index';
import { unitTypes, forceStageOf } from './forces';
import { formatIssues } from '../schema/issues';
import { commandSchema, isPoliceOrder, type Command, type Order, type PoliceOrder, type CrowdOrder, type Point } from './orders';
import { AgentKind, Flag, OFF_FIELD, SegState, Role } from './model';
import type { GameState, PlannedOrder, Game } from './state';
import type { GameEvent } from './events';
import { runTick } from './tick';
import { instructorRejection, overrideSituationLevel, announceOverrides } from './doctrine/instructor';
import { judgeOrder, pruneOpenMeasures } from './doctrine/judge';
import { scriptAtTurnStart, scriptAfterTick, injectScriptEvent, type ScriptOrderApi } from './script/index';
import { isHeld } from './reserves';
import { detAtan2, detCos, detHypot, detSin } from '../math/deterministic';

/**
 * The command reducer. Every command is validated (zod for shape, rules for legality); a rejected
 * command returns a typed reason and leaves the game untouched. Accepted commands are what a replay
 * records: setup + seed + accepted commands reproduce the game exactly.
 */

/** Why a command or order was refused. */
export const rejectReasons = [
  'invalid_command', 'unknown_player', 'not_your_unit', 'unknown_unit', 'unknown_group', 'order_not_allowed', 'out_of_reach',
  'invalid_target', 'no_supplies', 'gate_broken', 'game_over', 'wrong_phase', 'players_not_ready', 'not_instructor', 'unknown_event',
] as const;
/** One of {@link rejectReasons}. */
export type RejectReason = (typeof rejectReasons)[number];

/**
 * What applyCommand answers. `events` are the events the command produced (all ticks of a resolved
 * turn); `command` is the command as the engine read it (unknown keys dropped), the form to record.
 */
export type CommandResult =
  | { ok: true; events: GameEvent[]; command: Command }
  | { ok: false; reason: RejectReason; message: string; orderIndex?: number };

type Rejection = { reason: RejectReason; message: string };
const no = (reason: RejectReason, message: string): Rejection => ({ reason, message });

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
 * Starts resolving the turn: applies every planned order (players in setup order, orders in submission
 * order) and returns the events of that step. Then call {@link stepTick} until the phase leaves
 * 'resolving'. `resolveTurn` does exactly this in one go; the renderer uses the two steps to animate.
 */
export function beginTurnResolution(game: Game): GameEvent[] {
  const events: GameEvent[] = [];
  const tick = game.state.tick;
  events.push({ tick, type: 'turn_started', turn: game.state.turn });
  game.state = produce(game.state, (d) => {
    announceOverrides(d, tick, events);
    for (const p of d.players) {
      for (const po of d.planned[p.id] ?? []) {
        applyOrder(game, d, po.order as Order, po.orderId, tick, events);
        judgeOrder(game, d, po as PlannedOrder, tick, events);
      }
      p.endedPlan = false;
    }
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

function inBounds(game: Game, p: Point): boolean {
  const b = game.venue.file.bounds;
  return p.x >= b.minX && p.x <= b.maxX && p.y >= b.minY && p.y <= b.maxY;
}

/**
 * How far (metres) each reach-limited police order may be aimed from the unit, or from the last
 * waypoint its plan already moves it to. The one place these limits are written; the renderer draws
 * them as reach rings.
 */
export const orderReach = {
  negotiate: 150, rope_line: 150, lapis_ganti: 200, lintas_ganti: 200, water_cannon: 45, tear_gas: 80, arrest: 60, evacuate: 200, gate: 150, place_barrier: 60,
} as const satisfies Partial<Record<PoliceOrder['type'], number>>;

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
  const type = unitTypes[u.type];
  if (!type.orders.includes(o.type)) return no('order_not_allowed', `${u.type} cannot take ${o.type}`);
  const a = game.world.agents;
  const wp = lastWaypoint.get(u.id);
  const from = (p: Point): number => Math.min(detHypot(p.x - u.x, p.y - u.y), wp ? detHypot(p.x - wp.x, p.y - wp.y) : Infinity);
  switch (o.type) {
    case 'move':
      return o.waypoints.every((p) => inBounds(game, p)) ? null : no('invalid_target', 'waypoint outside the venue');
    case 'face': case 'push':
      return inBounds(game, 'toward' in o ? o.toward : { x: 0, y: 0 }) ? null : no('invalid_target', 'point outside the venue');
    case 'negotiate': {
      const g = s.groups.find((x) => x.id === o.groupId);
      if (!g) return no('unknown_group', `no group ${o.groupId}`);
      if (g.korlap < 0) return no('invalid_target', 'the group has no Korlap');
      return from({ x: a.x[g.korlap]!, y: a.y[g.korlap]! }) > orderReach.negotiate ? no('out_of_reach', `Korlap farther than ${orderReach.negotiate} m`) : null;
    }
    case 'rope_line': {
      if (!inBounds(game, o.a) || !inBounds(game, o.b)) return no('invalid_target', 'rope end outside the venue');
      const len = detHypot(o.b.x - o.a.x, o.b.y - o.a.y);
      if (len < 2 || len > u.count * 1.5) return no('invalid_target', `rope length ${len.toFixed(1)} m does not fit the unit`);
      return from({ x: (o.a.x + o.b.x) / 2, y: (o.a.y + o.b.y) / 2 }) > orderReach.rope_line ? no('out_of_reach', `rope line farther than ${orderReach.rope_line} m`) : null;
    }
    case 'lapis_ganti': case 'lintas_ganti': {
      const r = s.units.find((x) => x.id === o.relieveUnitId);
      if (!r) return no('unknown_unit', `no unit ${o.relieveUnitId}`);
      const want = o.type === 'lapis_ganti' ? 'dalmas_awal' : 'dalmas_lanjut';
      if (r.type !== want) return no('invalid_target', `${o.type} relieves a ${want} unit`);
      return from(r) > orderReach[o.type] ? no('out_of_reach', `relieved unit farther than ${orderReach[o.type]} m`) : null;
    }
    case 'water_cannon':
      if (u.water <= 0) return no('no_supplies', 'water tank empty');
      return from(o.area) > orderReach.water_cannon ? no('out_of_reach', `area beyond the water cannon range (${orderReach.water_cannon} m)`) : null;
    case 'tear_gas':
      if (u.gas <= 0) return no('no_supplies', 'no gas rounds left');
      return from(o.area) > orderReach.tear_gas ? no('out_of_reach', `area beyond the launcher range (${orderReach.tear_gas} m)`) : null;
    case 'arrest': {
      const t = o.target;
      if (t >= game.world.header[0]! || a.kind[t] !== AgentKind.protester || (a.flags[t]! & (OFF_FIELD | Flag.arrested)) !== 0) return no('invalid_target', 'target is not a protester on the field');
      return from({ x: a.x[t]!, y: a.y[t]! }) > orderReach.arrest ? no('out_of_reach', `target farther than ${orderReach.arrest} m`) : null;
    }
    case 'evacuate':
      return from(o.area) > orderReach.evacuate ? no('out_of_reach', `area farther than ${orderReach.evacuate} m`) : null;
    case 'escort':
      if (!s.protectedParties.some((p) => p.id === o.personId)) return no('invalid_target', `no protected party ${o.personId}`);
      return o.to && !inBounds(game, o.to) ? no('invalid_target', 'destination outside the venue') : null;
    case 'gate': {
      const op = game.venue.openings.find((x) => x.id === o.gateId);
      if (!op) return no('invalid_target', `no gate ${o.gateId}`);
      if (game.world.segments.state[op.segment] === SegState.breached) return no('gate_broken', `${o.gateId} is breached`);
      return from({ x: op.cx, y: op.cy }) > orderReach.gate ? no('out_of_reach', `gate farther than ${orderReach.gate} m`) : null;
    }
    case 'place_barrier': {
      if (u.barriers <= 0) return no('no_supplies', 'no barriers left');
      const len = detHypot(o.b.x - o.a.x, o.b.y - o.a.y);
      if (!inBounds(game, o.a) || !inBounds(game, o.b) || len < 1 || len > 6) return no('invalid_target', 'a barrier is 1-6 m long, inside the venue');
      if (game.world.header[1]! >= game.world.header[2]!) return no('no_supplies', 'no room for more barriers');
      return from({ x: (o.a.x + o.b.x) / 2, y: (o.a.y + o.b.y) / 2 }) > orderReach.place_barrier ? no('out_of_reach', `barrier farther than ${orderReach.place_barrier} m`) : null;
    }
    default:
      return null;
  }
}

function validateCrowd(game: Game, controls: readonly string[], o: CrowdOrder): Rejection | null {
  const s = game.state;
  const g = s.groups.find((x) => x.id === o.groupId);
  if (!g) return no('unknown_group', `no group ${o.groupId}`);
  if (!controls.includes(g.id)) return no('not_your_unit', `${g.id} is not under this player's command`);
  if (isHeld(s, g.id)) return no('order_not_allowed', `${g.id} has not arrived yet`);
  switch (o.type) {
    case 'march': case 'retreat':
      return inBounds(game, o.to) ? null : no('invalid_target', 'point outside the venue');
    case 'delegation':
      if (g.korlap < 0) return no('invalid_target', 'no Korlap to lead a delegation');
      return inBounds(game, o.to) ? null : no('invalid_target', 'point outside the venue');
    case 'push_line':
      return inBounds(game, o.toward) ? null : no('invalid_target', 'point outside the venue');
    case 'throw': case 'burn_tyres':
      return inBounds(game, o.at) ? null : no('invalid_target', 'point outside the venue');
    case 'breach':
      return breachSegment(game, o).reason;
    case 'enter_building':
      return game.venue.file.buildings.some((b) => b.id === o.buildingId) ? null : no('invalid_target', `no building ${o.buildingId}`);
    case 'take_hostage':
      return s.protectedParties.some((p) => p.id === o.personId) ? null : no('invalid_target', `no protected party ${o.personId}`);
    default:
      return null;
  }
}

/** The segment a breach order targets: the named gate, or the breachable panel nearest `at` (within 5 m). */
function breachSegment(game: Game, o: Extract<CrowdOrder, { type: 'breach' }>): { seg: number; reason: Rejection | null } {
  const sg = game.world.segments;
  if (o.gateId) {
    const op = game.venue.openings.find((x) => x.id === o.gateId);
    if (!op) return { seg: -1, reason: no('invalid_target', `no gate ${o.gateId}`) };
    if (sg.breachable[op.segment] !== 1) return { seg: -1, reason: no('invalid_target', `${o.gateId} cannot be breached`) };
    if (sg.state[op.segment] !== SegState.closed) return { seg: -1, reason: no('gate_broken', `${o.gateId} is not closed`) };
    return { seg: op.segment, reason: null };
  }
  if (!o.at) return { seg: -1, reason: no('invalid_target', 'a breach needs a gate or a point') };
  let best = -1;
  let bestD = 25;
  for (let k = 0; k < game.world.header[1]!; k++) {
    if (sg.breachable[k] !== 1 || sg.state[k] !== SegState.closed) continue;
    const d = distSqToSegment(o.at.x, o.at.y, sg.ax[k]!, sg.ay[k]!, sg.bx[k]!, sg.by[k]!);
    if (d < bestD) { bestD = d; best = k; }
  }
  return best < 0 ? { seg: -1, reason: no('invalid_target', 'no breachable fence within 5 m') } : { seg: best, reason: null };
}

function applyOrder(game: Game, d: Draft<GameState>, order: Order, orderId: string, tick: number, ev: GameEvent[]): void {
  if (!isPoliceOrder(order)) return applyCrowdOrder(game, d, order, orderId, tick, ev);
  const u = d.units.find((x) => x.id === order.unitId)!;
  ev.push({ tick, type: 'measure_applied', orderId, unitId: u.id, order: order.type, forceStage: forceStageOf(u.type, order.type) });
  const setTask = (t: NonNullable<typeof u.task>): void => { u.task = t; u.taskOrderId = orderId; };
  const face = (p: Point): void => { u.heading = detAtan2(p.y - u.y, p.x - u.x); };
  switch (order.type) {
    case 'move':
      u.waypoints = order.waypoints.map((p) => ({ x: p.x, y: p.y }));
      u.stance = 'ready'; u.pushTo = null; u.rope = null; u.moveOrderId = orderId;
      return;
    case 'face': return face(order.toward);
    case 'formation': u.formation = order.formation; u.rope = null; return;
    case 'hold': u.stance = 'hold'; u.waypoints = []; u.pushTo = null; u.moveOrderId = orderId; return;
    case 'push':
      u.stance = 'push'; u.pushTo = { ...order.toward }; u.waypoints = []; u.moveOrderId = orderId; face(order.toward);
      return;
    case 'appeal': return setTask({ type: 'appeal', ticksLeft: 60 });
    case 'negotiate': return setTask({ type: 'negotiate', groupId: order.groupId, progress: 0, started: false });
    case 'rope_line': {
      const mx = (order.a.x + order.b.x) / 2;
      const my = (order.a.y + order.b.y) / 2;
      u.rope = { a: { ...order.a }, b: { ...order.b } };
      u.waypoints = [{ x: mx, y: my }];
      u.stance = 'hold'; u.formation = 'bersaf'; u.moveOrderId = orderId;
      return;
    }
    case 'lapis_ganti': case 'lintas_ganti': {
      const r = d.units.find((x) => x.id === order.relieveUnitId)!;
      setTask({ type: 'handover', kind: order.type, relievedUnitId: r.id, x: r.x, y: r.y, settled: 0 });
      u.waypoints = [{ x: r.x, y: r.y }]; u.formation = r.formation; u.heading = r.heading; u.stance = 'ready'; u.moveOrderId = orderId;
      // The relieved unit falls back 12 m behind its line.
      r.waypoints = [{ x: r.x - detCos(r.heading) * 12, y: r.y - detSin(r.heading) * 12 }];
      r.stance = 'ready'; r.rope = null; r.moveOrderId = orderId;
      return;
    }
    case 'water_cannon': setTask({ type: 'water_cannon', area: { ...order.area }, hadHits: false }); return face(order.area);
    case 'tear_gas': return setTask({ type: 'tear_gas', area: { ...order.area } });
    case 'arrest': return setTask({ type: 'arrest', target: order.target });
    case 'evacuate': setTask({ type: 'evacuate', area: { ...order.area } }); u.waypoints = [{ x: order.area.x, y: order.area.y }]; return;
    case 'escort': u.waypoints = []; return setTask({ type: 'escort', personId: order.personId, to: order.to ? { ...order.to } : null });
    case 'gate': {
      const op = game.venue.openings.find((x) => x.id === order.gateId)!;
      setTask({ type: 'gate', gateId: op.id, action: order.action });
      u.waypoints = [sideOf(op.cx, op.cy, u.x, u.y, 2)];
      return;
    }
    case 'place_barrier': {
      setTask({ type: 'place_barrier', a: { ...order.a }, b: { ...order.b } });
      u.waypoints = [sideOf((order.a.x + order.b.x) / 2, (order.a.y + order.b.y) / 2, u.x, u.y, 2)];
      return;
    }
  }
}

/** A point `dist` metres from (cx, cy) toward (fromX, fromY): where a unit stands to work on something. */
function sideOf(cx: number, cy: number, fromX: number, fromY: number, dist: number): Point {
  const dx = fromX - cx;
  const dy = fromY - cy;
  const l = detHypot(dx, dy) || 1;
  return { x: cx + (dx / l) * dist, y: cy + (dy / l) * dist };
}

function applyCrowdOrder(game: Game, d: Draft<GameState>, o: CrowdOrder, orderId: string, tick: number, ev: GameEvent[]): void {
  const g = d.groups.find((x) => x.id === o.groupId)!;
  ev.push({ tick, type: 'crowd_action', orderId, groupId: g.id, order: o.type });
  g.orderId = orderId;
  const a = game.world.agents;
  for (let i = g.first; i < g.first + g.count; i++) a.flags[i] = a.flags[i]! & ~Flag.delegate;
  switch (o.type) {
    case 'breach': {
      const { seg } = breachSegment(game, o);
      const sg = game.world.segments;
      g.task = { type: 'breach', groupId: g.id, segment: seg, x: (sg.ax[seg]! + sg.bx[seg]!) / 2, y: (sg.ay[seg]! + sg.by[seg]!) / 2 };
      return;
    }
    case 'take_hostage': g.task = { type: 'take_hostage', groupId: g.id, personId: o.personId }; return;
    case 'burn_tyres': g.task = { type: 'burn_tyres', groupId: g.id, at: { ...o.at }, lit: false }; return;
    case 'delegation': {
      let n = 0;
      for (let i = g.first; i < g.first + g.count && n < 5; i++) {
        if (a.role[i] === Role.bystander || (a.flags[i]! & (OFF_FIELD | Flag.arrested)) !== 0) continue;
        a.flags[i] = a.flags[i]! | Flag.delegate;
        n++;
      }
      g.task = { ...o, to: { ...o.to } };
      return;
    }
    default:
      g.task = structuredCloneOrder(o);
  }
}

/** Orders are plain JSON; a shallow copy of nested points is enough to detach them from the command. */
function structuredCloneOrder<T extends CrowdOrder>(o: T): T {
  return JSON.parse(JSON.stringify(o)) as T;
}
