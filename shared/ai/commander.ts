import { checkPlan } from '../engine/commands';
import type { CrowdOrder, Order } from '../engine/orders';
import type { Game, GameState } from '../engine/state';
import { detHypot, detSquare } from '../math/deterministic';
import { aiLevelParams, type AiLevelId } from './levels';
import { perceive, type OwnGroup, type Perception } from './perception';
import { findWeaknesses } from './weakness';
import { aimsOf, groupOptions, type Option } from './options';
import { choosePlan, reachedSteps } from './plans';
import { aiRng, nextFloat } from './random';
import type { AiGroupIntent, AiIntent } from './intent';

/**
 * The AI crowd commander: for every crowd group the AI player commands, the order of this turn, from
 * what the crowd sees (perception.ts), the scenario's plan (plans.ts) and utility scoring
 * (options.ts), shaped by the difficulty level (levels.ts). A pure function of the game and the seed:
 * its random numbers come from its own stream (random.ts). The orders are checked with the engine's
 * own `checkPlan` before they are returned, so `submitOrders` with them is always accepted.
 */

/** What the commander decided. */
export interface CrowdDecision {
  orders: CrowdOrder[];
  intent: AiIntent;
}

const near = (a: { x: number; y: number }, b: { x: number; y: number }, r: number): boolean => detSquare(a.x - b.x) + detSquare(a.y - b.y) <= r * r;

/** True when the group already does what the order says (orders persist: no need to give it again). */
function alreadyDoing(state: GameState, order: CrowdOrder): boolean {
  const task = state.groups.find((g) => g.id === order.groupId)?.task;
  if (!task || task.type !== order.type) return false;
  if ('to' in order && 'to' in task) return near(task.to, order.to, 3);
  if ('toward' in order && 'toward' in task) return near(task.toward, order.toward, 3);
  if (order.type === 'breach' && task.type === 'breach') return order.at ? near(task, order.at, 3) : true;
  if ('at' in order && order.at && 'at' in task) return near(task.at, order.at, 3);
  if (order.type === 'enter_building' && task.type === 'enter_building') return task.buildingId === order.buildingId;
  return true;
}

/** Up to `n` options: the plan's step always, the rest drawn at random (all when n is large). */
function weighed(options: Option[], n: number, rng: Uint32Array): Option[] {
  if (options.length <= n) return options;
  const plan = options.filter((o) => o.reason === 'plan');
  const rest = options.filter((o) => o.reason !== 'plan');
  for (let k = rest.length - 1; k > 0; k--) {
    const j = Math.floor(nextFloat(rng) * (k + 1));
    [rest[k], rest[j]] = [rest[j]!, rest[k]!];
  }
  return [...plan, ...rest.slice(0, Math.max(0, n - plan.length))];
}

/** The best option after this level's noise; ties go to the earlier option. */
function pick(options: Option[], noise: number, rng: Uint32Array): Option | null {
  let best: Option | null = null;
  let bestU = -Infinity;
  for (const o of options) {
    const u = o.utility * (1 + noise * (2 * nextFloat(rng) - 1));
    if (u > bestU) { bestU = u; best = o; }
  }
  return best;
}

/** The orders the engine accepts for `playerId`, dropping any it refuses (one at a time, by index). */
export function acceptedOrders<T extends Order>(game: Game, playerId: string, orders: T[]): T[] {
  let left = orders;
  for (let tries = 0; tries <= orders.length && left.length > 0; tries++) {
    const refusal = checkPlan(game, playerId, left);
    if (!refusal) return left;
    if (refusal.orderIndex === undefined) return [];
    left = left.filter((_, k) => k !== refusal.orderIndex);
  }
  return left.length > 0 && !checkPlan(game, playerId, left) ? left : [];
}

/** The group ids a player commands. */
function controlsOf(game: Game, playerId: string): string[] {
  return game.state.players.find((p) => p.id === playerId)?.controls ?? [];
}

/** A diversion for `other`: press the police unit farthest from the breach, so its officers are drawn away from it. */
function diversion(p: Perception, other: OwnGroup, breach: { x: number; y: number }): CrowdOrder | null {
  let best: { x: number; y: number } | null = null;
  let bestScore = -Infinity;
  for (const u of p.units) {
    const fromBreach = detHypot(u.x - breach.x, u.y - breach.y);
    const fromGroup = detHypot(u.x - other.x, u.y - other.y);
    if (fromGroup > 120) continue;
    const score = fromBreach - 0.5 * fromGroup;
    if (score > bestScore) { bestScore = score; best = { x: u.x, y: u.y }; }
  }
  return best ? { type: 'push_line', groupId: other.id, toward: best } : other.orators > 0 ? { type: 'orasi', groupId: other.id } : null;
}

/** The commander's orders and intent for `playerId`'s crowd groups this turn. */
export function decideCrowd(game: Game, playerId: string, levelId: AiLevelId): CrowdDecision {
  const level = aiLevelParams[levelId];
  const state = game.state;
  const p = perceive(game, controlsOf(game, playerId));
  const script = game.setup.script;
  const plan = choosePlan(script.aiPlans, script.aiPlan, game.seed);
  const reached = plan ? reachedSteps(plan, p) : new Map();
  const weaknesses = findWeaknesses(p);
  const aims = aimsOf(game, p);
  const rng = aiRng(game.seed, state.turn, `crowd:${playerId}`);
  const chosen: { g: OwnGroup; option: Option | null }[] = [];
  for (const g of p.groups) {
    // Reaction delay: between fresh decisions a busy group keeps at what it does.
    const fresh = level.reactionDelay === 0 || g.task === 'idle' || (p.turn + g.index) % (level.reactionDelay + 1) === 0;
    const step = reached.get(g.id);
    const options = groupOptions(game, p, g, weaknesses, aims, level, step?.step.order ?? null);
    const option = fresh ? pick(weighed(options, level.optionsWeighed, rng), level.noise, rng) : null;
    chosen.push({ g, option });
  }
  // Coordination: while one group breaches, another stages a diversion elsewhere.
  const breacher = chosen.find((c) => c.option?.reason === 'exploit_gate' || c.option?.reason === 'exploit_panel' || c.option?.order.type === 'breach');
  const divert = breacher && nextFloat(rng) < level.coordination ? chosen.filter((c) => c !== breacher).sort((a, b) => b.g.present - a.g.present)[0] : undefined;
  if (breacher && divert) {
    const at = breacher.option!.weakness ?? { x: breacher.g.x, y: breacher.g.y };
    const order = diversion(p, divert.g, at);
    if (order) divert.option = { order, reason: 'diversion', utility: 1, weakness: breacher.option!.weakness };
  }
  const wanted = chosen.filter((c) => c.option && !alreadyDoing(state, c.option.order)).map((c) => c.option!.order);
  const orders = acceptedOrders(game, playerId, wanted);
  const groups: AiGroupIntent[] = chosen.map(({ g, option }) => {
    const step = reached.get(g.id);
    // A group already doing what it chose continues (no order needed); one whose order was refused holds.
    const given = option && (orders.includes(option.order) || alreadyDoing(state, option.order)) ? option : null;
    return {
      groupId: g.id,
      order: given ? given.order.type : null,
      continuing: given !== null && !orders.includes(given.order),
      reason: given ? given.reason : 'holding',
      step: step ? step.index : null,
      trigger: step?.trigger?.type ?? null,
      weakness: given?.weakness?.kind ?? null,
      targetId: given?.weakness?.targetId ?? null,
    };
  });
  return { orders, intent: { side: 'crowd', level: levelId, turn: state.turn, planId: plan?.id ?? null, planName: plan?.name ?? null, groups } };
}
