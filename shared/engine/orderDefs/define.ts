import type { Draft } from 'immer';
import type { ForceStage, UnitTypeId } from '../forces';
import type { Game, GameState, UnitState, GroupState, UnitTask } from '../state';
import type { GameEvent } from '../events';
import { detHypot } from '../../math/deterministic';
import type { Point } from '../orderSchemas';

/**
 * The shape every order module fills in: an order's schema, who may give it, its reach, how the
 * planning tools target it, how it is validated, how it applies, when it is done and what it runs
 * each tick. The registry (registry.ts) collects the modules; commands.ts, sim/plan.ts and the
 * renderer's tools loop over it, so a new order is one module and its labels.
 */

/** Why an order is refused, in the engine's words (the renderer words it for players). */
export type Rejection = { reason: RejectReason; message: string };
/** Why a command or order was refused. */
export const rejectReasons = [
  'invalid_command', 'unknown_player', 'not_your_unit', 'unknown_unit', 'unknown_group', 'order_not_allowed', 'out_of_reach',
  'invalid_target', 'no_supplies', 'gate_broken', 'game_over', 'wrong_phase', 'players_not_ready', 'not_instructor', 'unknown_event',
] as const;
/** One of {@link rejectReasons}. */
export type RejectReason = (typeof rejectReasons)[number];
/** A refusal. */
export const no = (reason: RejectReason, message: string): Rejection => ({ reason, message });

/** The order families of the registry. */
export const orderFamilies = ['movement', 'formation', 'communication', 'force', 'arrest_rescue', 'medical', 'structures', 'crowd'] as const;
/** One of {@link orderFamilies}. */
export type OrderFamily = (typeof orderFamilies)[number];

/**
 * What the player gives after choosing the order in the planning tools: nothing, a ground point, a
 * point that picks a crowd group, a police unit, a protester, a protected person or a gate, or a drag.
 */
export type OrderTargeting = 'none' | 'point' | 'group' | 'unit' | 'protester' | 'person' | 'gate' | 'drag';

/** What validation sees: the game, where the unit will be (its position or last queued waypoint) and the venue bounds. */
export interface ValidateCtx {
  game: Game;
  /** Distance (m) from the unit, or from where its plan already moves it, whichever is nearer. */
  from(p: Point): number;
  inBounds(p: Point): boolean;
}

/** What applying an order sees. */
export interface ApplyCtx {
  game: Game;
  d: Draft<GameState>;
  orderId: string;
  tick: number;
  ev: GameEvent[];
}

/** A registered police order. `O` is the order's own type. */
export interface PoliceOrderDef<O extends { type: string; unitId: string } = { type: string; unitId: string }> {
  type: O['type'];
  family: OrderFamily;
  /** Unit types that may take it (DOCTRINE.md section 3). */
  units: readonly UnitTypeId[];
  /** Perkap 1/2009 Art. 5 stage the order represents (forceStageOf refines push). */
  stage: ForceStage;
  /** Metres the target may lie from the unit (or its last queued waypoint); drawn as a reach ring. */
  reach?: number;
  targeting: OrderTargeting;
  /** Keyboard shortcut in the planning screen (KeyboardEvent.key, lower case). */
  shortcut?: string;
  /**
   * A standing order keeps running after it is established, until a stop order, its duration or a
   * replacing order: `holds` tells whether the unit still keeps it up, `end` ends it (duration over).
   */
  standing?: StandingBehaviour;
  /** Judged by the doctrine when it takes effect (false only for orders that are no measure, such as stop). */
  judged?: boolean;
  validate?(o: O, u: UnitState, c: ValidateCtx): Rejection | null;
  apply(o: O, u: Draft<UnitState>, c: ApplyCtx): void;
  /** Whether the order is done, so the unit's next queued order may start (default: at once). */
  isDone?(o: O, u: UnitState, orderId: string): boolean;
}

/** How a standing order is kept up and ended. */
export interface StandingBehaviour {
  holds(u: UnitState, orderId: string): boolean;
  end(u: Draft<UnitState>): void;
}

/** A registered crowd order. */
export interface CrowdOrderDef<O extends { type: string; groupId: string } = { type: string; groupId: string }> {
  type: O['type'];
  family: 'crowd';
  targeting: OrderTargeting;
  shortcut?: string;
  validate?(o: O, g: GroupState, c: ValidateCtx): Rejection | null;
  apply(o: O, g: Draft<GroupState>, c: ApplyCtx): void;
  /** Whether the group's next queued order may start (default: at once). */
  isDone?(o: O, g: GroupState, game: Game): boolean;
}

/**
 * What a task runner sees of the tick: the game, the events being emitted, the tick and its length.
 * (The tick's own context, sim/context.ts TickCtx, is a superset.)
 */
export interface TaskCtx {
  game: Game;
  ev: GameEvent[];
  tick: number;
  dt: number;
}

/** Runs a unit's task each tick (keyed by the task type it serves). */
export type UnitTaskRunner = (d: Draft<GameState>, u: Draft<UnitState>, ctx: TaskCtx, speed: number) => void;
/** Task runners, by task type. */
export type UnitTaskRunners = Partial<{ [K in UnitTask['type']]: UnitTaskRunner }>;

/** Whether a point lies inside the venue bounds. */
export function inBounds(game: Game, p: Point): boolean {
  const b = game.venue.file.bounds;
  return p.x >= b.minX && p.x <= b.maxX && p.y >= b.minY && p.y <= b.maxY;
}

/** A point `dist` metres from (cx, cy) toward (fromX, fromY): where a unit stands to work on something. */
export function sideOf(cx: number, cy: number, fromX: number, fromY: number, dist: number): Point {
  const dx = fromX - cx;
  const dy = fromY - cy;
  const l = detHypot(dx, dy) || 1;
  return { x: cx + (dx / l) * dist, y: cy + (dy / l) * dist };
}

/** Done when the unit no longer carries this order's task. */
export const taskDone = (_o: unknown, u: UnitState, orderId: string): boolean => u.task === null || u.taskOrderId !== orderId;
/** Done when the unit's movement no longer comes from this order or it has arrived. */
export const movementDone = (_o: unknown, u: UnitState, orderId: string): boolean => u.moveOrderId !== orderId || u.waypoints.length === 0;

/** Sets the unit's task and the order it comes from. */
export function setTask(u: Draft<UnitState>, task: UnitTask, orderId: string): void {
  u.task = task as Draft<UnitTask>;
  u.taskOrderId = orderId;
}
