import { z } from 'zod';
import { crowdOrderSchema, pointSchema } from './orders';
import { situationLevels } from './doctrineTypes';

/**
 * The scenario script as the engine runs it: events that fire once (at a time, when a condition
 * holds, or only when the instructor injects them), the standing behaviour of crowd groups that no
 * player commands, and the reserves that start off the field. It is part of the setup (so a replay is
 * still setup + seed + command log) and its progress is part of the hashed game state.
 */

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/).max(48);

/** A bilingual text: Bahasa Indonesia first, English second. */
export const textSchema = z.object({ id: z.string().min(1).max(2000), en: z.string().min(1).max(2000) }).strict();
/** A bilingual text. */
export type Text = z.infer<typeof textSchema>;

/**
 * When an event fires. A list of conditions must all hold at once. Conditions are read from the game
 * state and the world at the start of a tick, each in constant time (or over a group's provocateurs).
 */
export const conditionSchema = z.discriminatedUnion('type', [
  /** Scenario time reached: turn `turn` (from 0) plus `second` seconds into it. */
  z.object({ type: z.literal('at'), turn: z.number().int().min(0).max(600), second: z.number().min(0).max(300).default(0) }).strict(),
  /** A gate of the venue is breached. */
  z.object({ type: z.literal('gate_breached'), gateId: id }).strict(),
  /** Any fence panel or gate has been breached. */
  z.object({ type: z.literal('any_breach') }).strict(),
  /** At least this share of a group's strength is active (Epstein "active"). */
  z.object({ type: z.literal('active_share'), groupId: id, atLeast: z.number().min(0).max(1) }).strict(),
  /** A provocateur of the group (any group when absent) has been arrested. */
  z.object({ type: z.literal('provocateur_arrested'), groupId: id.optional() }).strict(),
  /** Someone has been taken hostage. */
  z.object({ type: z.literal('hostage_taken') }).strict(),
  /** Tyres have been set alight. */
  z.object({ type: z.literal('fire_started') }).strict(),
  /** The crowd's perceived legitimacy of the authorities fell below a value. */
  z.object({ type: z.literal('legitimacy_below'), value: z.number().min(0).max(1) }).strict(),
  /** The group has heard at least this many official appeals (himbauan). */
  z.object({ type: z.literal('appeals_heard'), groupId: id, atLeast: z.number().int().min(1).max(20) }).strict(),
  /** Another script event fired at least `afterSeconds` ago. */
  z.object({ type: z.literal('event_fired'), eventId: id, afterSeconds: z.number().min(0).max(36000).default(0) }).strict(),
  /** The situation level reached at least this level (needs the doctrine rules' level in the state). */
  z.object({ type: z.literal('situation_at_least'), level: z.enum(situationLevels) }).strict(),
  /** Never by itself: only the instructor (dinamisator) injects it. */
  z.object({ type: z.literal('manual') }).strict(),
]);
/** One condition. */
export type ScriptCondition = z.infer<typeof conditionSchema>;

/** What an event does. Every effect is deterministic and emits events. */
export const effectSchema = z.discriminatedUnion('type', [
  /** Reserves arrive: crowd groups and police units held off the field enter at their zone. */
  z.object({ type: z.literal('arrive'), groupIds: z.array(id).max(50).default([]), unitIds: z.array(id).max(50).default([]) }).strict(),
  /** A rumour spreads: agitation of the groups (all groups when none named) changes. */
  z.object({ type: z.literal('agitate'), groupIds: z.array(id).max(50).default([]), amount: z.number().min(-1).max(1) }).strict(),
  /** Perceived legitimacy of the authorities changes. */
  z.object({ type: z.literal('legitimacy'), delta: z.number().min(-1).max(1) }).strict(),
  /**
   * A crowd group is given an order (march, orasi, throw, breach, take_hostage ...). It applies only to
   * a group no player commands (a player's group is never taken away; `override` is still read from
   * older scenario files but no longer reaches a commanded group); the script then leaves the group's
   * behaviour alone for `holdSeconds`.
   */
  z.object({ type: z.literal('order'), order: crowdOrderSchema, override: z.boolean().default(false), holdSeconds: z.number().min(0).max(3600).default(120) }).strict(),
  /**
   * Protesters rush and climb a police vehicle (the water cannon): the group (if the script may order
   * it) marches on the vehicle; while `climbers` or more of its people are on it, the vehicle can
   * neither drive nor spray and is damaged.
   */
  z.object({ type: z.literal('climb_vehicle'), groupId: id, unitId: id, climbers: z.number().int().min(1).max(50).default(5), override: z.boolean().default(false) }).strict(),
]);
/** One effect. */
export type ScriptEffect = z.infer<typeof effectSchema>;

/** A script event: fires once (unless repeatable by the instructor) and emits `script_event`. */
export const scriptEventSchema = z.object({
  id,
  label: textSchema,
  when: z.array(conditionSchema).min(1).max(8),
  effects: z.array(effectSchema).min(1).max(12),
  /** The instructor may inject it again after it fired. */
  repeatable: z.boolean().default(false),
}).strict();
/** A script event. */
export type ScriptEvent = z.infer<typeof scriptEventSchema>;
/** A script event as written in a file. */
export type ScriptEventInput = z.input<typeof scriptEventSchema>;

/** Temperament of a scripted crowd group (how far it escalates on its own). */
export const tempers = ['peaceful', 'restless', 'hostile'] as const;

/** How a crowd group with no commander behaves turn by turn (see crowdPlan.ts). */
export const crowdBehaviourSchema = z.object({
  groupId: id,
  temper: z.enum(tempers),
  /** Where the group gathers (in front of the gate, at the stage ...). */
  rally: pointSchema,
  /** What it throws at or pushes toward when it escalates; the nearest police unit when absent. */
  target: pointSchema.optional(),
  /** A gate a hostile group tries to breach once half of it is active. */
  breachGateId: id.optional(),
  /** Appeals after which it goes home (peaceful: 3 by default, KUHP Art. 218; hostile never). */
  disperseAfterAppeals: z.number().int().min(1).max(20).optional(),
  /** The turn from which it escalates on its own (it only marches and holds orasi before). */
  escalateFromTurn: z.number().int().min(0).max(600).default(0),
}).strict();
/** A scripted crowd behaviour. */
export type CrowdBehaviour = z.infer<typeof crowdBehaviourSchema>;

/**
 * When a step of an AI plan starts (the AI crowd commander, shared/ai/). All listed triggers must
 * hold; each is read from what the crowd can see (shared/ai/perception.ts), never the police's plans.
 */
export const aiTriggerSchema = z.discriminatedUnion('type', [
  /** From turn `turn` (0 = the first) on. */
  z.object({ type: z.literal('after_turn'), turn: z.number().int().min(0).max(600) }).strict(),
  /** A police unit stands within `r` metres of `at` (the police line advanced to there). */
  z.object({ type: z.literal('police_within'), at: pointSchema, r: z.number().min(1).max(200) }).strict(),
  /** The water cannon is spraying or some of the AI's people are wet. */
  z.object({ type: z.literal('water_cannon_used') }).strict(),
  /** Tear gas hangs over the field or some of the AI's people are gassed. */
  z.object({ type: z.literal('gas_used') }).strict(),
  /** At least this many protesters have been arrested. */
  z.object({ type: z.literal('arrests_at_least'), count: z.number().int().min(1).max(1000) }).strict(),
  /** A gate (the one named) or any gate or fence panel is breached. */
  z.object({ type: z.literal('breach'), gateId: id.optional() }).strict(),
  /** The crowd's perceived legitimacy of the authorities fell below a value. */
  z.object({ type: z.literal('legitimacy_below'), value: z.number().min(0).max(1) }).strict(),
  /** The group heard at least this many appeals (himbauan). */
  z.object({ type: z.literal('appeals_heard'), groupId: id, atLeast: z.number().int().min(1).max(20) }).strict(),
  /** At least this share of the group is active. */
  z.object({ type: z.literal('active_share'), groupId: id, atLeast: z.number().min(0).max(1) }).strict(),
]);
/** One AI plan trigger. */
export type AiTrigger = z.infer<typeof aiTriggerSchema>;

/** A step of an AI plan: an order for one group, given once its triggers hold (and the group's earlier steps were reached). */
export const aiPlanStepSchema = z.object({
  order: crowdOrderSchema,
  when: z.array(aiTriggerSchema).max(6).default([]),
  /** What the step is for, shown in the turn summary. */
  label: textSchema.optional(),
}).strict();
/** A step of an AI plan. */
export type AiPlanStep = z.infer<typeof aiPlanStepSchema>;

/** An authored AI crowd plan (Combat Mission style): one is drawn per game unless the instructor picked one. */
export const aiPlanSchema = z.object({
  id,
  name: textSchema,
  steps: z.array(aiPlanStepSchema).min(1).max(40),
}).strict();
/** An AI crowd plan. */
export type AiPlan = z.infer<typeof aiPlanSchema>;

/** The whole script of a setup. */
export const scriptSchema = z.object({
  events: z.array(scriptEventSchema).max(100).default([]),
  crowd: z.array(crowdBehaviourSchema).max(100).default([]),
  /** Crowd groups and police units that start off the field and enter on an `arrive` effect. */
  reserves: z.array(id).max(200).default([]),
  /** The AI crowd commander's authored plans (shared/ai/); used only when the AI plays the crowd. */
  aiPlans: z.array(aiPlanSchema).max(5).default([]),
  /** The plan the instructor chose; drawn from the seed when absent. */
  aiPlan: id.optional(),
}).strict();
/** A validated script. */
export type Script = z.infer<typeof scriptSchema>;
/** A script as written by hand. */
export type ScriptInput = z.input<typeof scriptSchema>;

/** Protesters on a police vehicle (a `climb_vehicle` effect in progress). */
export interface VehicleClimb {
  groupId: string;
  unitId: string;
  climbers: number;
  /** Whether enough people are on it now. */
  on: boolean;
  /** Ticks the vehicle has been occupied (damage every 20). */
  ticksOn: number;
  /** Orders already reported as blocked (one `order_blocked` event each). */
  blockedOrders: string[];
}

/** Script progress in the game state (hashed and snapshotted). */
export interface ScriptState {
  /** Tick at which each fired event fired (the last time, for repeatable ones). */
  fired: Record<string, number>;
  /** Reserves still off the field. */
  held: string[];
  /** Until which tick the script leaves each group's behaviour alone (after an `order` effect). */
  holdUntil: Record<string, number>;
  climbs: VehicleClimb[];
  /** Events the instructor injected during planning; they fire as the next turn starts resolving. */
  pending: { eventId: string; playerId: string }[];
}

/**
 * A record's own value for `key`, or undefined: script ids are user data and may be names such as
 * "constructor" that a plain lookup would find on Object.prototype.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
