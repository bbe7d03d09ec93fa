import { z } from 'zod';

/**
 * Schemas of the app-level host services (app info, settings, the session library's rows). The method
 * table that ties every schema to a method name is in `methods.ts`.
 */

/** Languages of the UI: Bahasa Indonesia first, English second. */
export const languageSchema = z.enum(['id', 'en']);
/** A UI language code. */
export type Language = z.infer<typeof languageSchema>;

/** User settings persisted in SQLite. Unknown keys are rejected, every field has a default. */
export const settingsSchema = z.object({
  language: languageSchema,
  /** Playback speed multiplier for turn resolution. */
  playbackSpeed: z.number().min(0.25).max(8),
  /** Draw shadows in the 3D view (off helps slow laptops). */
  shadows: z.boolean(),
});
/** The full settings object. */
export type Settings = z.infer<typeof settingsSchema>;

/** Settings as stored on a fresh install. */
export const defaultSettings: Settings = { language: 'id', playbackSpeed: 1, shadows: true };

/** A partial update of the settings; at least one field. */
export const settingsPatchSchema = settingsSchema
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'empty settings patch' });

/** Causes of a storage problem that need different advice (see main/storage/storageFaults.ts). */
export const storageFaultSchema = z.enum(['busy', 'full', 'read_only', 'io', 'corrupt']);
/** A storage fault. */
export type StorageFaultCode = z.infer<typeof storageFaultSchema>;

/**
 * The database as the app could open it: `ok`, `read_only` (sessions can be viewed, nothing is saved) or
 * `unavailable` (nothing could be read; the library is empty and nothing is saved). `fault` says why.
 */
export const storageConditionSchema = z.object({
  state: z.enum(['ok', 'read_only', 'unavailable']),
  fault: storageFaultSchema.nullable(),
});
/** The database as the app could open it. */
export type StorageCondition = z.infer<typeof storageConditionSchema>;

/** A storage notice that stays until the user dismisses it: a damaged database file was moved aside. */
export const storageNoticeSchema = z.object({
  id: z.number().int(),
  kind: z.literal('moved_aside'),
  file: z.string(),
  reason: z.string(),
  createdAt: z.string(),
});
/** A storage notice. */
export type StorageNoticeInfo = z.infer<typeof storageNoticeSchema>;

/** How the host runs. */
export const hostModeSchema = z.enum(['electron', 'browser']);

/** Facts about the running application, shown in Settings and in reports. */
export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  engineVersion: z.string(),
  mode: hostModeSchema,
  platform: z.string(),
  dataDirectory: z.string(),
  databasePath: z.string(),
  schemaVersion: z.number().int(),
  /** Whether sessions can be saved right now, and why not. */
  storage: storageConditionSchema,
});
/** Facts about the running application. */
export type AppInfo = z.infer<typeof appInfoSchema>;

/** Lifecycle of a stored session. */
export const sessionStatusSchema = z.enum(['planning', 'resolving', 'finished', 'abandoned']);
/** A stored session's status. */
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

/** Filters for the session library. */
export const sessionFilterSchema = z
  .object({
    status: z.array(sessionStatusSchema).max(4).optional(),
    venueId: z.string().max(64).optional(),
    scenarioId: z.string().max(64).optional(),
    text: z.string().max(200).optional(),
    limit: z.number().int().min(1).max(500).optional(),
  })
  .strict();
/** Filters for the session library. */
export type SessionFilter = z.infer<typeof sessionFilterSchema>;

/**
 * Where a what-if branch came from: the original session's id, its name (null once the original was
 * deleted or is not on this PC) and the resolved turns the branch took over from it.
 */
export const branchOriginSchema = z.object({ id: z.string(), name: z.string().nullable(), turn: z.number().int().min(0) });
/** Where a what-if branch came from. */
export type BranchOrigin = z.infer<typeof branchOriginSchema>;

/** One row of the session library. `turn` counts resolved turns. */
export const sessionSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  venueId: z.string(),
  scenarioId: z.string(),
  status: sessionStatusSchema,
  turn: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Set on a what-if branch (`branchSession`), null on every other session. */
  branchOf: branchOriginSchema.nullable(),
  /** While a turn is being planned: the name of the player whose turn it is to plan (the library lists it). */
  nextPlayer: z.string().nullable().optional(),
});
/** One row of the session library. */
export type SessionSummary = z.infer<typeof sessionSummarySchema>;
