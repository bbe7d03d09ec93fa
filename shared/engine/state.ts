import { z } from 'zod';
import type { CompiledVenue } from '../venue/index';
import type { World } from './model';
import type { Runtime } from './runtime';
import { unitTypeIds, type Formation, type UnitTypeId } from './forces';
import type { Point, Area, PoliceOrder, CrowdOrder, AiIntentRecord } from './orders';
import type { DoctrineState } from './doctrineTypes';
import type { PropertyDamage } from './damage';
import { objectivesSchema } from './objectives';
import { scriptSchema, type ScriptState } from './scriptSchema';

/**
 * The game-level state (immutable, updated with immer) and the scenario setup. Per-agent state lives
 * in the world's typed arrays instead (model.ts). The setup's `objectives` and `script` sections and
 * the state's `doctrine` and `script` parts have their shapes in the base files objectives.ts,
 * scriptSchema.ts and doctrineTypes.ts, so the simulation core never depends on the layers that use them.
 */

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/).max(48);

/**
 * A crowd group's make-up, the one definition for a setup's groups and a scenario file's
 * (shared/scenario/schema.ts). Only the defaults for provocateurs and sajam differ, so each caller
 * names them: a setup written by hand gets three provocateurs, one with a sajam, a scenario group none
 * unless its file says so.
 */
export function crowdMakeupShape(defaults: { provocateurs: number; sajam: number }) {
  return {
    orators: z.number().int().min(0).max(50).default(2),
    provocateurs: z.number().int().min(0).max(200).default(defaults.provocateurs),
    /** How many provocateurs carry a sajam. */
    sajam: z.number().int().min(0).max(200).default(defaults.sajam),
    /** Share of bystanders (never become active). */
    bystanderShare: z.number().min(0).max(1).default(0.1),
    /** Hardship range (Epstein H ~ U(lo, hi)). */
    hardship: z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)]).default([0, 1]),
    /** Initial agitation (raises grievance for the whole group). */
    agitation: z.number().min(-1).max(1).default(0),
  };
}

/** Scenario setup: what createGame needs. Validated because scenarios come from files. */
export const setupSchema = z.object({
  venueId: z.string().min(1).max(48),
  /** Number of turns before the game ends. */
  turnLimit: z.number().int().min(1).max(600),
  /** Scenario seconds per turn (one minute by default) and per tick (at most half a second). */
  secondsPerTurn: z.number().int().min(10).max(300).default(60),
  tickSeconds: z.number().min(0.05).max(0.5).default(0.5),
  /** Initial legitimacy of the authorities as the crowd perceives it (Epstein L). */
  legitimacy: z.number().min(0).max(1).default(0.8),
  players: z.array(z.object({ id, name: z.string().max(80), side: z.enum(['police', 'crowd', 'instructor']), controls: z.array(id).max(200) })).min(1).max(16),
  police: z.array(
    z.object({
      id,
      type: z.enum(unitTypeIds),
      name: z.string().max(80).optional(),
      /** A police staging zone id of the venue, or a point. */
      staging: z.union([id, z.object({ x: z.number().finite(), y: z.number().finite() })]),
      /** Overrides the type's strength (people on foot). */
      strength: z.number().int().min(0).max(200).optional(),
      heading: z.number().finite().optional(),
    }),
  ).max(400),
  crowd: z.array(
    z.object({
      id,
      name: z.string().max(80).optional(),
      /** A crowd arrival zone id of the venue. */
      arrival: id,
      size: z.number().int().min(1).max(20000),
      ...crowdMakeupShape({ provocateurs: 3, sajam: 1 }),
    }),
  ).max(100),
  /** Whether to spawn the venue's protected people (Ketua KPU, staff, paslon). */
  protectedPeople: z.boolean().default(true),
  /** Crowd objectives and end conditions (objectives.ts); defaults when absent. */
  objectives: objectivesSchema.optional(),
  /** The scenario script: timed and triggered events, scripted crowd behaviour, reserves (scriptSchema.ts). */
  script: scriptSchema.prefault({}),
});

/** A validated setup (defaults filled). */
export type Setup = z.infer<typeof setupSchema>;
/** A setup as written by hand (defaults optional). */
export type SetupInput = z.input<typeof setupSchema>;

/** Ongoing task of a police unit (set by its orders, kept until replaced or done). */
export type UnitTask =
  | { type: 'appeal'; ticksLeft: number }
  | { type: 'negotiate'; groupId: string; progress: number; started: boolean }
  | { type: 'water_cannon'; area: Area; hadHits: boolean }
  | { type: 'tear_gas'; area: Area }
  | { type: 'arrest'; target: number }
  | { type: 'evacuate'; area: Area }
  | { type: 'escort'; personId: string; to: Point | null }
  | { type: 'gate'; gateId: string; action: 'open' | 'close' }
  | { type: 'place_barrier'; a: Point; b: Point }
  /** `settled`: ticks spent at the relieved line waiting for the members to form up. */
  | { type: 'handover'; kind: 'lapis_ganti' | 'lintas_ganti'; relievedUnitId: string; x: number; y: number; settled: number };

/** A police unit. */
export interface UnitState {
  id: string;
  type: UnitTypeId;
  name: string;
  /** Agents [first, first + count); a vehicle, if any, is the first. */
  first: number;
  count: number;
  /** Formation anchor (front centre) and facing, radians CCW from east. */
  x: number;
  y: number;
  heading: number;
  formation: Formation;
  stance: 'ready' | 'hold' | 'push';
  /** Remaining waypoints of the anchor. */
  waypoints: Point[];
  /** Push target while stance is 'push'. */
  pushTo: Point | null;
  /** Rope line end points while the tali dalmas is strung. */
  rope: { a: Point; b: Point } | null;
  task: UnitTask | null;
  /** The standing measure the unit keeps up (spraying, a rope line, a push) until stopped, replaced or timed out. */
  standing: StandingOrder | null;
  /** Order that set the current movement / stance / task (the cause of what follows). */
  moveOrderId: string | null;
  taskOrderId: string | null;
  water: number;
  gas: number;
  barriers: number;
}

/** A standing order a unit keeps carrying out after it took effect (judged again when the level changes). */
export interface StandingOrder {
  orderId: string;
  playerId: string;
  order: PoliceOrder;
  /** Tick at which it ends by itself (its `seconds`), or null: until a stop order or a replacing order. */
  untilTick: number | null;
}

/** An order waiting in a unit's or group's queue. */
export interface QueuedOrder extends PlannedOrder {
  /** Tick it starts at (`atSecond`), or null: when the previous order is done. */
  startTick: number | null;
  /** Place in the plans of its turn (orders due on the same tick start in this order). */
  seq: number;
}

/** A unit's or crowd group's orders: the one running now and those still to come, in sequence. */
export interface OrderQueue {
  running: PlannedOrder | null;
  pending: QueuedOrder[];
}

/** The current activity of a crowd group. */
export type CrowdTask =
  | { type: 'idle' }
  | Exclude<CrowdOrder, { type: 'breach' } | { type: 'take_hostage' } | { type: 'burn_tyres' }>
  | { type: 'burn_tyres'; groupId: string; at: Point; lit: boolean }
  | { type: 'breach'; groupId: string; segment: number; x: number; y: number }
  | { type: 'take_hostage'; groupId: string; personId: string };

/** A crowd group. */
export interface GroupState {
  id: string;
  name: string;
  first: number;
  count: number;
  /** Agent index of the Korlap, -1 once arrested or gone. */
  korlap: number;
  task: CrowdTask;
  orderId: string | null;
  /** Added to every member's grievance: orasi raises it, negotiation lowers it. */
  agitation: number;
  /** Official appeals (himbauan) heard so far; the doctrine checks the three appeals before dispersal. */
  appeals: number;
  /** Buildings the group has entered (for the once-only event). */
  entered: string[];
  /** Last active count reported (crowd_mood events fire on change). */
  lastActive: number;
}

/** A protected party (Ketua KPU, KPU staff, winning paslon) spawned from the venue. */
export interface ProtectedParty {
  id: string;
  role: 'ketua_kpu' | 'kpu_staff' | 'paslon';
  first: number;
  count: number;
  /** Where they stay unless escorted; an escort with a destination moves it. */
  home: Point;
}

/** A fire (burning tyres). */
export interface Fire {
  id: number;
  x: number;
  y: number;
  ticksLeft: number;
  groupId: string;
  orderId: string | null;
}

/** A tear-gas cloud. */
export interface GasCloud {
  id: number;
  x: number;
  y: number;
  r: number;
  /** 1 when fired, decays to 0. */
  density: number;
  unitId: string;
  orderId: string | null;
}

/** Running totals (the doctrine builds the score from them, doctrine/score.ts). */
export interface Stats {
  injuredOfficers: number;
  injuredProtesters: number;
  injuredProtected: number;
  arrests: number;
  dispersed: number;
  evacuated: number;
  propertyDamage: number;
  fires: number;
  breaches: number;
  hostages: number;
}

/** All totals at zero: a new game's, and each tick's outcome before its phases add to it. */
export function zeroStats(): Stats {
  return { injuredOfficers: 0, injuredProtesters: 0, injuredProtected: 0, arrests: 0, dispersed: 0, evacuated: 0, propertyDamage: 0, fires: 0, breaches: 0, hostages: 0 };
}

/** One player. */
export interface PlayerState {
  id: string;
  name: string;
  /** An instructor (Direktur Latihan / dinamisator) controls no units; resolveTurn does not wait for one. */
  side: 'police' | 'crowd' | 'instructor';
  controls: string[];
  endedPlan: boolean;
}

/** An order accepted for the coming turn, with the id events will cite. */
export interface PlannedOrder {
  orderId: string;
  playerId: string;
  order: PoliceOrder | CrowdOrder;
}

/** The whole game-level state. Plain JSON; frozen by immer. */
export interface GameState {
  /** Turn being planned (or resolved), from 0. */
  turn: number;
  /** Global tick; a turn covers ticksPerTurn ticks. */
  tick: number;
  ticksPerTurn: number;
  tickSeconds: number;
  turnLimit: number;
  phase: 'planning' | 'resolving' | 'over';
  players: PlayerState[];
  /** Orders submitted for this turn, per player, in submission order. */
  planned: Record<string, PlannedOrder[]>;
  /** Order queues by unit or group id (only those with an order running or waiting); they carry over turns. */
  queues: Record<string, OrderQueue>;
  /** What a computer player meant by this turn's orders, by player (emitted as `ai_intent` when the turn starts). */
  intents?: Record<string, AiIntentRecord>;
  units: UnitState[];
  groups: GroupState[];
  protectedParties: ProtectedParty[];
  /** Epstein legitimacy L in [0, 1]: appeals, negotiation and delegations move it a little (sim/), the judged measures' consequences further (doctrine/consequences.ts). */
  legitimacy: number;
  fires: Fire[];
  /** Damage points of the venue's buildings and parked cars (damage.ts; absent in states saved before it existed). */
  property?: PropertyDamage;
  clouds: GasCloud[];
  nextId: number;
  stats: Stats;
  /** Static venue segments; barriers placed during play follow them. */
  staticSegments: number;
  /** Situation level, control, judgements and score (doctrineTypes.ts). */
  doctrine: DoctrineState;
  /** Script progress (scriptSchema.ts); absent when the setup has no script. */
  script?: ScriptState;
}

/**
 * A running game: the setup and seed it came from, the immutable game-level state, the mutable
 * typed-array world and the derived runtime. `applyCommand` replaces `state` and mutates `world`.
 */
export interface Game {
  readonly setup: Setup;
  readonly seed: number;
  readonly venue: CompiledVenue;
  state: GameState;
  world: World;
  runtime: Runtime;
}
