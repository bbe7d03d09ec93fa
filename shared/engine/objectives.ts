import { z } from 'zod';
import { roomKinds, type CompiledVenue } from '../venue/index';

/**
 * The optional `objectives` section of a setup: what the crowd tries to achieve (each may end the
 * game when met) and the police side's end conditions. Scenario files fill it; a setup without it
 * gets {@link defaultObjectives}. Times are in scenario seconds so they do not depend on the tick.
 */

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/).max(48);

/**
 * One crowd objective. `endsGame`: meeting it ends the game (see `crowdWinsWhen`). Getting into a
 * building or a room ends the game only when the scenario says so (`endsGame: true`), so a breach can
 * go on to a hostage-taking and its rescue; a hostage held for `holdSeconds` ends it by default.
 */
export const crowdObjectiveSchema = z.discriminatedUnion('type', [
  /** Get into a building (any, or the one named). */
  z.object({ type: z.literal('enter_building'), buildingId: id.optional(), endsGame: z.boolean().default(false) }),
  /** Hold a hostage (any protected party, or the one named) for `holdSeconds` without a break. */
  z.object({ type: z.literal('hold_hostage'), personId: id.optional(), holdSeconds: z.number().int().min(0).max(3600).default(120), endsGame: z.boolean().default(true) }),
  /** Breach a gate (the one named) or any gate or fence panel. */
  z.object({ type: z.literal('breach'), gateId: id.optional(), endsGame: z.boolean().default(false) }),
  /** Have `count` protesters inside a room of this kind (the pleno hall by default). */
  z.object({ type: z.literal('reach_room'), roomKind: z.enum(roomKinds).default('pleno_hall'), count: z.number().int().min(1).max(5000).default(10), endsGame: z.boolean().default(false) }),
  /** Be heard: a delegation received or a negotiation concluded (a peaceful protest's aim). */
  z.object({ type: z.literal('delegation_received'), endsGame: z.boolean().default(false) }),
]);
/** A validated crowd objective. */
export type CrowdObjective = z.infer<typeof crowdObjectiveSchema>;

/** The crowd objectives a setup gets when it names none: a hostage held two minutes (ends the game), ten people in the pleno hall (scored only). */
export const defaultCrowdObjectives: z.input<typeof crowdObjectiveSchema>[] = [
  { type: 'hold_hostage', holdSeconds: 120 },
  { type: 'reach_room', roomKind: 'pleno_hall', count: 10 },
];

/** The objectives section. */
export const objectivesSchema = z.object({
  crowd: z.array(crowdObjectiveSchema).max(20).default(() => defaultCrowdObjectives.map((o) => crowdObjectiveSchema.parse(o))),
  /** The crowd wins when any (or all) of its game-ending objectives are met. */
  crowdWinsWhen: z.enum(['any', 'all']).default('any'),
  police: z.object({
    /** Protected parties (ids) whose capture counts against the police (all of the venue's when absent). */
    protect: z.array(id).max(50).optional(),
    /**
     * The protest has ended peacefully when the crowd has left (see `dispersedShare`) calmly: the level
     * hijau, and no incident and no force used against the crowd for this long before; a crowd that left
     * otherwise has dispersed.
     */
    peacefulCalmSeconds: z.number().int().min(10).max(3600).default(120),
    /** The crowd has dispersed when at most this share of it is still on the field. */
    dispersedShare: z.number().min(0).max(1).default(0.1),
  }).prefault({}),
});
/** A validated objectives section. */
export type Objectives = z.infer<typeof objectivesSchema>;
/** An objectives section as written in a scenario file. */
export type ObjectivesInput = z.input<typeof objectivesSchema>;

/** The defaults a setup without an objectives section plays with. */
export function defaultObjectives(): Objectives {
  return objectivesSchema.parse({});
}

/**
 * Checks that the objectives name only buildings, gates and protected people the venue has (a
 * misspelt id would make an objective that can never be met). Null when they do.
 */
export function checkObjectives(objectives: Objectives | undefined, venue: CompiledVenue): string | null {
  if (!objectives) return null;
  const people = new Set(venue.file.protectedPeople.map((p) => p.id));
  for (const [k, o] of objectives.crowd.entries()) {
    const where = `objectives.crowd.${k}`;
    if (o.type === 'enter_building' && o.buildingId && !venue.file.buildings.some((b) => b.id === o.buildingId)) return `${where}: unknown building ${o.buildingId}`;
    if (o.type === 'hold_hostage' && o.personId && !people.has(o.personId)) return `${where}: unknown protected person ${o.personId}`;
    if (o.type === 'breach' && o.gateId && !venue.openings.some((g) => g.id === o.gateId)) return `${where}: unknown gate ${o.gateId}`;
  }
  for (const id of objectives.police.protect ?? []) if (!people.has(id)) return `objectives.police.protect: unknown protected person ${id}`;
  return null;
}
