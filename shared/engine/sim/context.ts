import type { Draft } from 'immer';
import { zeroStats, type Game, type GameState, type Stats } from '../state';
import type { GameEvent, InjuryCause } from '../events';
import { AgentKind, Flag } from '../model';

/**
 * What one tick carries between its phases: the events it emits and the game-level changes the
 * typed-array phases found (applied to the immer state at the end of the tick, in one place).
 */
export interface Outcome {
  stats: Stats;
  legitimacy: number;
  /** Units whose task finished this tick. */
  taskDone: number[];
  /** Units whose water cannon hit someone this tick. */
  hadHits: number[];
  /** Units whose water cannon area was just cleared (it keeps holding the area). */
  cleared: number[];
  /** Litres of water used per unit index. */
  waterUsed: Map<number, number>;
  /** Fires put out this tick (ids). */
  firesOut: number[];
  /** Active count per group after this tick's decisions (-1 = not evaluated). */
  groupActive: Int32Array;
  /** Buildings first entered this tick: [group index, building id]. */
  entered: [number, string][];
  /** Damage points added this tick to each building and parked car (capped by sim/effects.ts). */
  buildingDamage: Float64Array;
  carDamage: Float64Array;
}

/** Per-tick context. */
export interface TickCtx {
  game: Game;
  ev: GameEvent[];
  tick: number;
  dt: number;
  out: Outcome;
}

/** A fresh, empty outcome. */
export function newOutcome(groups: number, buildings = 0, cars = 0): Outcome {
  return {
    stats: zeroStats(),
    legitimacy: 0, taskDone: [], hadHits: [], cleared: [], waterUsed: new Map(), firesOut: [], groupActive: new Int32Array(groups).fill(-1), entered: [],
    buildingDamage: new Float64Array(buildings), carDamage: new Float64Array(cars),
  };
}

const kindName = ['officer', 'protester', 'protected', 'officer'] as const;

/**
 * Lowers an agent's health and reports the transitions: injured below 0.7, down (needs evacuation)
 * below 0.35. Each transition is one event, citing the order that caused it.
 */
export function hurt(ctx: TickCtx, i: number, amount: number, cause: InjuryCause, orderId: string | null): void {
  const a = ctx.game.world.agents;
  if (a.kind[i] === AgentKind.vehicle) return;
  const before = a.health[i]!;
  const after = Math.max(0, before - amount);
  a.health[i] = after;
  const f = a.flags[i]!;
  const x = a.x[i]!;
  const y = a.y[i]!;
  if (after < 0.7 && (f & Flag.injured) === 0) {
    a.flags[i] = f | Flag.injured;
    const kind = kindName[a.kind[i]!]!;
    ctx.ev.push({ tick: ctx.tick, type: 'agent_injured', agent: i, kind, cause, orderId, x, y });
    if (kind === 'officer') ctx.out.stats.injuredOfficers++;
    else if (kind === 'protester') ctx.out.stats.injuredProtesters++;
    else ctx.out.stats.injuredProtected++;
  }
  if (after < 0.35 && (a.flags[i]! & Flag.down) === 0) {
    a.flags[i] = (a.flags[i]! | Flag.down) & ~Flag.active;
    ctx.ev.push({ tick: ctx.tick, type: 'agent_down', agent: i, x, y });
  }
}

/** Writes what the typed-array phases found into the game-level state (the tick's last immer draft). */
export function applyOutcome(d: Draft<GameState>, out: Outcome): void {
  for (const k of Object.keys(out.stats) as (keyof typeof out.stats)[]) if (out.stats[k] !== 0) d.stats[k] += out.stats[k];
  d.legitimacy = Math.min(1, Math.max(0, d.legitimacy + out.legitimacy));
  for (const ui of out.taskDone) d.units[ui]!.task = null;
  for (const ui of out.hadHits) {
    const t = d.units[ui]!.task;
    if (t?.type === 'water_cannon') t.hadHits = true;
  }
  for (const ui of out.cleared) {
    const t = d.units[ui]!.task;
    if (t?.type === 'water_cannon') t.hadHits = false;
  }
  for (const [ui, used] of out.waterUsed) d.units[ui]!.water = Math.max(0, d.units[ui]!.water - used);
  if (out.firesOut.length > 0) d.fires = d.fires.filter((f) => !out.firesOut.includes(f.id));
  out.groupActive.forEach((n, gi) => { if (n >= 0) d.groups[gi]!.lastActive = n; });
  for (const [gi, b] of out.entered) d.groups[gi]!.entered.push(b);
  const add = (into: number[], delta: Float64Array): void => { delta.forEach((v, k) => { if (v !== 0) into[k] = (into[k] ?? 0) + v; }); };
  if (out.buildingDamage.some((v) => v !== 0) || out.carDamage.some((v) => v !== 0)) {
    d.property ??= { buildings: [], cars: [] };
    add(d.property.buildings, out.buildingDamage);
    add(d.property.cars, out.carDamage);
  }
}
