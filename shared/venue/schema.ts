import { z } from 'zod';

/**
 * The venue file format: one JSON file per site under `assets/venues/`, the single source of truth
 * for geometry. The engine builds its walls, navigation grid and spawn areas from it; the renderer
 * builds its meshes from it. Units: metres. Axes: x = east, y = north, z (height) = up.
 */

const num = z.number().finite();
/** `[x, y]` in metres. */
export const vec2Schema = z.tuple([num, num]);
const polygonSchema = z.array(vec2Schema).min(3);
const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/).max(48);

/** Kinds of ground surface (drawn with different materials; no effect on movement yet). */
export const groundKinds = ['road', 'sidewalk', 'yard', 'parking', 'field', 'grass'] as const;
/** Kinds of rooms the scenarios refer to. */
export const roomKinds = ['pleno_hall', 'office', 'archive', 'lobby', 'other'] as const;
/** Whether a gate or door starts open or closed. */
export const gateStates = ['open', 'closed'] as const;

/** A gate in a wall or fence, or a door of a building: a gap from `a` to `b` that may be shut. */
export const openingSchema = z.object({
  id: idSchema,
  name: z.string().max(80),
  a: vec2Schema,
  b: vec2Schema,
  state: z.enum(gateStates),
  /** Whether crowd pressure can break it. */
  breachable: z.boolean(),
  /** Pressure budget in kN·s: crowd pushing wears it down; at zero it is breached. */
  strength: num.positive(),
  height: num.positive(),
});

const zoneSchema = z.object({ id: idSchema, name: z.string().max(80), polygon: polygonSchema });

/** Full schema of a venue file. */
export const venueSchema = z.object({
  id: idSchema,
  name: z.string().max(120),
  formatVersion: z.literal(1),
  description: z.string().max(2000),
  /** True when the dimensions are an estimate that the users should correct. */
  approximate: z.boolean(),
  notes: z.array(z.string().max(500)),
  bounds: z.object({ minX: num, minY: num, maxX: num, maxY: num }),
  ground: z.array(z.object({ id: idSchema, name: z.string().max(80), kind: z.enum(groundKinds), polygon: polygonSchema })),
  buildings: z.array(
    z.object({
      id: idSchema,
      name: z.string().max(80),
      footprint: polygonSchema,
      storeys: z.number().int().min(1).max(20),
      height: num.positive(),
      entrances: z.array(openingSchema).min(1),
      rooms: z.array(
        z.object({ id: idSchema, name: z.string().max(80), kind: z.enum(roomKinds), storey: z.number().int().min(1), polygon: polygonSchema }),
      ),
    }),
  ),
  walls: z.array(
    z.object({
      id: idSchema,
      name: z.string().max(80),
      kind: z.enum(['fence', 'wall']),
      points: z.array(vec2Schema).min(2),
      height: num.positive(),
      breachable: z.boolean(),
      /** Strength of each 4 m panel, in kN·s. */
      strength: num.positive(),
    }),
  ),
  /** Gates lie on a wall polyline (`wallId`); the wall is cut where they are. */
  gates: z.array(openingSchema.extend({ wallId: idSchema })),
  barriers: z.array(z.object({ id: idSchema, kind: z.enum(['concrete', 'vehicle']), a: vec2Schema, b: vec2Schema, height: num.positive() })),
  trees: z.array(z.object({ x: num, y: num, radius: num.positive(), height: num.positive() })),
  cars: z.array(z.object({ x: num, y: num, heading: num, length: num.positive(), width: num.positive() })),
  signs: z.array(z.object({ id: idSchema, text: z.string().max(120), x: num, y: num, heading: num, width: num.positive(), height: num.positive() })),
  structures: z.array(
    z.object({
      id: idSchema,
      kind: z.enum(['flagpole', 'tribune', 'stage', 'tent']),
      name: z.string().max(80),
      /** Flagpoles are points (`at`); tribunes, stages and tents have a blocking footprint. */
      at: vec2Schema.optional(),
      footprint: polygonSchema.optional(),
      height: num.positive(),
    }),
  ),
  crowdArrival: z.array(zoneSchema).min(1),
  policeStaging: z.array(zoneSchema).min(1),
  protectedPlaces: z.array(
    z.object({ id: idSchema, kind: z.enum(['pleno_hall', 'documents', 'office']), name: z.string().max(80), at: vec2Schema, buildingId: idSchema.optional() }),
  ),
  protectedPeople: z.array(
    z.object({ id: idSchema, role: z.enum(['ketua_kpu', 'kpu_staff', 'paslon']), name: z.string().max(80), at: vec2Schema, count: z.number().int().min(1).max(50) }),
  ),
});

/** A parsed venue file. */
export type VenueFile = z.infer<typeof venueSchema>;
/** A gate or door as stored in the file. */
export type VenueOpening = z.infer<typeof openingSchema>;
/** A crowd arrival or police staging zone. */
export type VenueZone = z.infer<typeof zoneSchema>;
