import { z } from 'zod';
import { unitTypeIds } from '../engine/forces';
import { pointSchema } from '../engine/orders';
import { crowdMakeupShape } from '../engine/state';
import { objectivesSchema } from '../engine/objectives';
import { textSchema, scriptEventSchema, crowdBehaviourSchema, aiPlanSchema } from '../engine/scriptSchema';

/**
 * The scenario file format: one JSON file per exercise under `assets/scenarios/`, the single source
 * of truth for what the new-session screen offers and what the engine is set up with. A scenario
 * names its venue, its bilingual texts (Bahasa Indonesia first), the police forces and the player
 * roles that command them, the crowd's composition and how it behaves when no one plays it, the
 * script's timed and triggered events, and the objectives. `toSetup` (setup.ts) turns it and the
 * new-session choices into the engine's setup.
 */

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/).max(48);

/** A player role (Danki Dalmas, Kapolda ...): the police units it commands by default. */
export const roleSchema = z.object({
  id,
  title: textSchema,
  /** What the role is for, shown on the setup screen. */
  duty: textSchema.optional(),
}).strict();

/** A police unit of the scenario. */
export const scenarioUnitSchema = z.object({
  id,
  type: z.enum(unitTypeIds),
  /** Call-sign or platoon name shown to players ("Ton Dalmas Awal 1", "AWC Gajah"). */
  name: z.string().min(1).max(80),
  /** A police staging zone of the venue, or a point. */
  staging: z.union([id, pointSchema]),
  /** The role commanding it by default. */
  role: id,
  strength: z.number().int().min(0).max(200).optional(),
  heading: z.number().finite().optional(),
  /** Off the field at the start; a script event's `arrive` effect brings it in. */
  reserve: z.boolean().default(false),
}).strict();

/** How a crowd group behaves when the scenario plays it (script/crowdPlan.ts). */
export const behaviourSchema = crowdBehaviourSchema.omit({ groupId: true });

/** A crowd group of the scenario. */
export const scenarioGroupSchema = z.object({
  id,
  name: textSchema,
  /** A crowd arrival zone of the venue (also where it leaves when it disperses). */
  arrival: id,
  /** People at the scenario's nominal size; the new-session screen may scale the whole crowd. */
  size: z.number().int().min(10).max(20000),
  /** The engine's crowd make-up; a scenario group has no provocateurs (and no sajam) unless its file names them. */
  ...crowdMakeupShape({ provocateurs: 0, sajam: 0 }),
  /**
   * Speeches come from a mobil komando (sound truck). The engine has no crowd vehicle yet; the truck's
   * loudspeakers are played as orators: the group gets at least three, the most orasi counts.
   */
  mobilKomando: z.boolean().default(false),
  /** Off the field at the start; a script event's `arrive` effect brings it in. */
  reserve: z.boolean().default(false),
  behaviour: behaviourSchema,
}).strict();

/** The scenario file. */
export const scenarioSchema = z.object({
  formatVersion: z.literal(1),
  id,
  venueId: id,
  name: textSchema,
  /** The situation as the exercise director reads it out. */
  situation: textSchema,
  /** Orders and constraints for the police side (the briefing proper). */
  briefing: textSchema,
  objectives: z.object({
    /** The objectives as the briefing states them. */
    text: textSchema,
    /** Passed to the engine's objectives section (shared/engine/objectives.ts): crowd aims and end conditions. */
    rules: objectivesSchema.optional(),
  }).strict(),
  /** When the exercise is set, as the scenario editor records it (the engine does not read it). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  startTime: z.string().regex(/^\d{2}:\d{2}$/).optional(),
  turnLimit: z.number().int().min(1).max(600),
  secondsPerTurn: z.number().int().min(10).max(300).default(60),
  legitimacy: z.number().min(0).max(1).default(0.8),
  roles: z.object({
    /** Police roles in order; the new-session screen gives them to police players. */
    police: z.array(roleSchema).min(1).max(8),
    /** The crowd player's role title (the crowd may also be left to the script). */
    crowd: textSchema,
    /** The instructor's title (Direktur Latihan / dinamisator), optional in a session. */
    instructor: textSchema,
  }).strict(),
  police: z.array(scenarioUnitSchema).min(1).max(200),
  crowd: z.array(scenarioGroupSchema).min(1).max(50),
  events: z.array(scriptEventSchema).max(100).default([]),
  /** Plans for the AI crowd commander (shared/ai/): one is drawn per game, or the instructor picks one. */
  aiPlans: z.array(aiPlanSchema).max(5).default([]),
}).strict();

/** A validated scenario. */
export type Scenario = z.infer<typeof scenarioSchema>;
/** A scenario as written in a file. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** A police role. */
export type ScenarioRole = z.infer<typeof roleSchema>;
/** A police unit of a scenario. */
export type ScenarioUnit = z.infer<typeof scenarioUnitSchema>;
/** A crowd group of a scenario. */
export type ScenarioGroup = z.infer<typeof scenarioGroupSchema>;
