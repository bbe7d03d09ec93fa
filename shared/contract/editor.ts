import { z } from 'zod';

/**
 * Contract of the venue and scenario library the editors work on: the shipped venues and scenarios as
 * read-only templates, the user's own ones stored in the database, and their portable files. Venue and
 * scenario content crosses as `unknown` and is validated in the host by the same parsers the game uses
 * (shared/venue, shared/scenario), so this file does not depend on them.
 */

/** Id of a user venue or scenario (the same rule as the files' own ids). */
export const contentIdSchema = z.string().min(1).max(48).regex(/^[a-z0-9][a-z0-9-]*$/);

/** Where a venue or scenario comes from: shipped with the app (read-only) or made by the user. */
export const contentSourceSchema = z.enum(['template', 'stored']);
/** Where a venue or scenario comes from. */
export type ContentSource = z.infer<typeof contentSourceSchema>;

/** A text in both UI languages (as scenario files hold them). */
const bilingualText = z.object({ id: z.string(), en: z.string() });

/** One row of the venue list. */
export const venueEntrySchema = z.object({
  id: z.string(),
  name: z.string(),
  source: contentSourceSchema,
  /** When the user last saved it; null for a template. */
  updatedAt: z.string().nullable(),
});
/** One row of the venue list. */
export type VenueEntry = z.infer<typeof venueEntrySchema>;

/** One row of the scenario list. */
export const scenarioEntrySchema = z.object({
  id: z.string(),
  name: bilingualText,
  venueId: z.string(),
  source: contentSourceSchema,
  updatedAt: z.string().nullable(),
});
/** One row of the scenario list. */
export type ScenarioEntry = z.infer<typeof scenarioEntrySchema>;

/** Largest venue or scenario file accepted for import, in bytes (a traced background image is not kept in it). */
export const contentFileBytesMax = 2 * 1024 * 1024;

/** An import that was refused: a code, the message in both languages, technical details; nothing was written. */
export const contentImportProblemSchema = z.object({
  ok: z.literal(false),
  code: z.enum(['too_large', 'damaged', 'not_a_content_file', 'unknown_version', 'too_deep', 'invalid_venue', 'invalid_scenario', 'template_id']),
  messages: bilingualText,
  issues: z.array(z.string()),
});
/** An import that was refused. */
export type ContentImportProblem = z.infer<typeof contentImportProblemSchema>;

/** What an import wrote: the ids the venue and scenario were stored under (a copy gets a new id). */
export const contentImportResultSchema = z.union([
  z.object({ ok: z.literal(true), venueId: z.string().nullable(), scenarioId: z.string().nullable() }),
  contentImportProblemSchema,
]);
/** What an import wrote or why it was refused. */
export type ContentImportResult = z.infer<typeof contentImportResultSchema>;

/** The editor methods, merged into the host method table (methods.ts). */
export const editorMethods = {
  listVenues: { args: z.tuple([]), result: z.array(venueEntrySchema) },
  /** A venue's file (template or stored), for the editor or a new session. */
  getVenueFile: { args: z.tuple([z.string().min(1).max(64)]), result: z.object({ source: contentSourceSchema, venue: z.unknown() }) },
  /** Stores a user venue (new or replacing the one with its id); refused when invalid or a template's id. */
  saveVenue: { args: z.tuple([z.unknown()]), result: venueEntrySchema },
  /** Deletes a user venue; refused while a stored scenario is played on it. */
  deleteVenue: { args: z.tuple([contentIdSchema]), result: z.object({ deleted: z.boolean() }) },
  listScenarioFiles: { args: z.tuple([]), result: z.array(scenarioEntrySchema) },
  getScenarioFile: { args: z.tuple([z.string().min(1).max(64)]), result: z.object({ source: contentSourceSchema, scenario: z.unknown() }) },
  /** Stores a user scenario; refused unless the game's own parser accepts it on its venue. */
  saveScenario: { args: z.tuple([z.unknown()]), result: scenarioEntrySchema },
  deleteScenario: { args: z.tuple([contentIdSchema]), result: z.object({ deleted: z.boolean() }) },
  /** A venue, or a scenario with its user venue, as a portable `.json` file (base64). */
  exportContent: {
    args: z.tuple([z.enum(['venue', 'scenario']), z.string().min(1).max(64)]),
    result: z.object({ fileName: z.string(), base64: z.string() }),
  },
  /** Imports a portable venue or scenario file; checked whole first, nothing is written when it is refused. */
  importContent: { args: z.tuple([z.string().max(Math.ceil(contentFileBytesMax / 3) * 4 + 8)]), result: contentImportResultSchema },
} as const;
