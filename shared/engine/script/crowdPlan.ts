import { Flag, OFF_FIELD, SegState } from '../model';
import type { CrowdOrder, Point } from '../orders';
import type { Game, CrowdTask, GameState, GroupState } from '../state';
import { ownValue, type CrowdBehaviour } from '../scriptSchema';
import { scriptMayOrder } from './effects';
import { detSquare } from '../../math/deterministic';

/**
 * The scenario playing the crowd: each turn, every crowd group that no player commands and that has
 * a behaviour in the script gets the order its temper calls for, from what the group is doing now.
 * A pure function of the game; the orders then go through the reducer's own validation and
 * application (script/run.ts), exactly like a player's.
 *
 * - peaceful: march to the rally point, orasi while calm (it stands and listens once tempers rise),
 *   go home after the third appeal (KUHP Art. 218) or once it was heard (negotiation, delegation);
 * - restless: the same, but pushes the nearest police line once a third of it is active, and goes
 *   home after three appeals or once heard, only while calm (under 15 % active);
 * - hostile: throws at the police once a quarter is active, breaches its gate once half is; from its
 *   escalation turn on, lawful measures disperse it: three appeals heard, then dispersal by force (water,
 *   gas or a push, KUHP Art. 218), and under a tenth still active.
 * Neither escalates before the behaviour's `escalateFromTurn`; a group rushing a vehicle is left to it.
 */

const RALLY_RADIUS = 12;

/** Where the group stands (its Korlap, else the centre of those present) and how many are present. */
function groupPosition(game: Game, g: GroupState): { at: Point; present: number } {
  const a = game.world.agents;
  let x = 0;
  let y = 0;
  let present = 0;
  for (let i = g.first; i < g.first + g.count; i++) {
    if ((a.flags[i]! & (OFF_FIELD | Flag.arrested)) !== 0) continue;
    x += a.x[i]!;
    y += a.y[i]!;
    present++;
  }
  if (g.korlap >= 0 && (a.flags[g.korlap]! & (OFF_FIELD | Flag.arrested)) === 0) return { at: { x: a.x[g.korlap]!, y: a.y[g.korlap]! }, present };
  return { at: { x: x / Math.max(1, present), y: y / Math.max(1, present) }, present };
}

/** The anchor of the police unit on the field nearest `p`, or null. */
function nearestPolice(state: GameState, p: Point): Point | null {
  let best: Point | null = null;
  let bestD = Infinity;
  for (const u of state.units) {
    if (state.script?.held.includes(u.id)) continue;
    const d = detSquare(u.x - p.x) + detSquare(u.y - p.y);
    if (d < bestD) { bestD = d; best = { x: u.x, y: u.y }; }
  }
  return best;
}

const near = (p: Point, q: Point, r: number): boolean => detSquare(p.x - q.x) + detSquare(p.y - q.y) <= r * r;

/** True when the group is already doing what the order says (orders persist, so no need to repeat). */
function alreadyDoing(task: CrowdTask, order: CrowdOrder): boolean {
  if (task.type !== order.type) return false;
  if ('to' in order && 'to' in task) return near(task.to, order.to, 3);
  if ('toward' in order && 'toward' in task) return near(task.toward, order.toward, 3);
  if ('at' in order && order.at && 'at' in task) return near(task.at, order.at, 3);
  return true;
}

function gateClosed(game: Game, gateId: string): boolean {
  const op = game.venue.openings.find((o) => o.id === gateId);
  return op !== undefined && game.world.segments.state[op.segment] === SegState.closed;
}

/** The order one behaviour calls for now, or null to leave the group as it is. */
function planGroup(game: Game, state: GameState, g: GroupState, b: CrowdBehaviour): CrowdOrder | null {
  const { at, present } = groupPosition(game, g);
  if (present === 0) return null;
  const share = g.lastActive / Math.max(1, g.count);
  const goHomeAfter = b.disperseAfterAppeals ?? 3;
  const escalating = state.turn >= b.escalateFromTurn;
  const heard = (state.doctrine?.groups[state.groups.indexOf(g)]?.settledTick ?? -1) >= 0;
  if (b.temper === 'hostile') {
    // KUHP Art. 218: after the three appeals the police disperse it; appeals alone do not send it home.
    const dispersalUsed = (state.doctrine?.lastForce ?? -1) >= 0;
    if (escalating && g.appeals >= goHomeAfter && dispersalUsed && share < 0.1) return { type: 'disperse', groupId: g.id };
  } else if ((g.appeals >= goHomeAfter || heard) && (b.temper === 'peaceful' || share < 0.15)) return { type: 'disperse', groupId: g.id };
  const target = b.target ?? nearestPolice(state, at);
  if (escalating && b.temper === 'hostile' && share >= 0.5 && b.breachGateId && gateClosed(game, b.breachGateId)) return { type: 'breach', groupId: g.id, gateId: b.breachGateId };
  if (escalating && b.temper === 'hostile' && share >= 0.25 && target) {
    return near(at, target, 30) ? { type: 'throw', groupId: g.id, at: target } : { type: 'push_line', groupId: g.id, toward: target };
  }
  if (escalating && b.temper === 'restless' && share >= 0.35 && target) return { type: 'push_line', groupId: g.id, toward: target };
  if (!near(at, b.rally, RALLY_RADIUS)) return { type: 'march', groupId: g.id, to: b.rally };
  // A peaceful group keeps its speeches short: once tempers rise it stands and listens.
  if (b.temper === 'peaceful' && g.agitation >= 0) return { type: 'march', groupId: g.id, to: b.rally };
  return { type: 'orasi', groupId: g.id };
}

/**
 * The orders the script gives this turn to the crowd groups no player commands (in the script's
 * behaviour order). Groups that are off the field, or were just given an order by a script event,
 * are left alone; so are groups already doing what their behaviour calls for.
 */
export function scriptedCrowdOrders(game: Game, state: GameState = game.state): CrowdOrder[] {
  const behaviours = game.setup.script.crowd;
  if (!state.script || behaviours.length === 0) return [];
  const out: CrowdOrder[] = [];
  for (const b of behaviours) {
    const g = state.groups.find((x) => x.id === b.groupId);
    if (!g || !scriptMayOrder(state, g.id)) continue;
    if ((ownValue(state.script.holdUntil, g.id) ?? -1) > state.tick) continue;
    if (state.script.climbs.some((c) => c.groupId === g.id)) continue;
    const order = planGroup(game, state, g, b);
    if (order && !alreadyDoing(g.task, order)) out.push(order);
  }
  return out;
}
