import { z } from 'zod';
import { sessionStatusSchema, sessionSummarySchema } from './host';
import { sessionLimits } from './limits';

/**
 * Contract types for recorded sessions: creating, resuming, sending commands, drafts, the library's
 * rename/delete, notes, portable files and backups. Engine commands and setups cross as `unknown` here
 * and are validated by the engine's own schemas in the host, so this file does not depend on the engine.
 */

/** A session id (also what a session file's ids must look like). */
export const sessionIdSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_.:-]+$/);
const sessionId = sessionIdSchema;

/** Who plays a side: a person at the hot seat, the scenario's script, or the AI. */
export const controllerSchema = z.enum(['person', 'script', 'ai']);

/** A player as recorded with a session (names shown on the hand-off screen). */
export const sessionPlayerSchema = z
  .object({
    id: z.string().min(1).max(32),
    name: z.string().min(1).max(60),
    role: z.enum(['police', 'crowd', 'instructor']),
  })
  .strict();
/** A player as recorded with a session. */
export type SessionPlayer = z.infer<typeof sessionPlayerSchema>;

/** What the new-session flow sends to create a session. */
export const createSessionInputSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    scenarioId: z.string().min(1).max(64),
    /** The engine's game setup (validated by the engine's schema in the host). */
    setup: z.unknown(),
    /** Optional fixed seed (for drills that must be repeatable); otherwise the host picks one. */
    seed: z.number().int().min(0).max(0xffffffff).optional(),
    players: z.array(sessionPlayerSchema).min(1).max(16),
    crowdController: controllerSchema,
    aiLevel: z.string().max(32).nullable().optional(),
    /**
     * The venue file when the setup names a user venue (by its revision id, shared/venue/venues.ts) and
     * the scenario file played; both are kept with the session so later edits never change its replay.
     */
    venue: z.unknown().optional(),
    scenario: z.unknown().optional(),
  })
  .strict();
/** Input of `createSession`. */
export type CreateSessionInput = z.infer<typeof createSessionInputSchema>;

/** Whether a stored session can be replayed by this engine version, and why not. */
export const compatibilitySchema = z.object({ replayable: z.boolean(), reason: z.string().nullable() });

/** Everything the renderer needs to resume or replay a session (it re-simulates locally from this). */
export const sessionDetailSchema = z.object({
  summary: sessionSummarySchema,
  setup: z.unknown(),
  seed: z.number().int(),
  engineVersion: z.string(),
  players: z.array(sessionPlayerSchema),
  crowdController: controllerSchema,
  aiLevel: z.string().nullable(),
  commands: z.array(z.unknown()),
  /**
   * The resolved turns in order. `turn` is the engine's number of the turn (0 for the first), so the
   * i-th entry is the end of the (i+1)-th resolved turn; `lastSeq` is the sequence number (1-based
   * index into `commands`) of its `resolveTurn`, so it covers the commands after the previous entry's
   * `lastSeq` up to its own.
   */
  turns: z.array(
    z.object({ turn: z.number().int(), lastSeq: z.number().int().min(1), endTick: z.number().int(), stateHash: z.string(), summary: z.unknown() }),
  ),
  drafts: z.array(z.object({ playerId: z.string(), turn: z.number().int(), orders: z.unknown() })),
  /**
   * The newest turn snapshot (engine `snapshotGame` bytes, base64) and the sequence number of the last
   * command it includes: restoring it and applying the commands after it is much faster than
   * re-simulating the whole log. Null before the first resolved turn.
   */
  lastSnapshot: z.object({ base64: z.string(), afterSeq: z.number().int() }).nullable(),
  stateHash: z.string(),
  compatibility: compatibilitySchema,
  /**
   * Set when stored snapshots were damaged (they did not restore to their turn's recorded hash) and the
   * game was rebuilt from an older one, or from the setup (`restoredFromTurn` null), plus the commands.
   */
  recovery: z.object({ damagedSnapshotTurns: z.array(z.number().int()), restoredFromTurn: z.number().int().nullable() }).nullable(),
  /** The user venue the session was played on (its kept copy), for the renderer to register; absent for a shipped venue. */
  venue: z.unknown().optional(),
});
/** Result of `createSession` / `openSession`. */
export type SessionDetail = z.infer<typeof sessionDetailSchema>;

/** Result of sending one engine command: accepted with its events, or refused with the engine's reason. */
export const commandOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    seq: z.number().int(),
    events: z.array(z.unknown()),
    stateHash: z.string(),
    status: sessionStatusSchema,
    turn: z.number().int(),
  }),
  z.object({ ok: z.literal(false), reason: z.string(), message: z.string() }),
]);
/** Result of `sendCommand`. */
export type CommandOutcome = z.infer<typeof commandOutcomeSchema>;

/** A stored event row for the debrief. */
export const storedEventSchema = z.object({ turn: z.number().int(), tick: z.number().int(), type: z.string(), data: z.unknown() });

/** An instructor's note or bookmark. */
export const annotationSchema = z.object({
  id: z.number().int(),
  tick: z.number().int(),
  kind: z.enum(['note', 'bookmark']),
  author: z.string(),
  text: z.string(),
  createdAt: z.string(),
});

/** What a note or bookmark may hold: the limits of shared/contract/limits.ts, for adding and editing alike. */
const annotationFields = {
  tick: z.number().int().min(0),
  kind: z.enum(['note', 'bookmark']),
  author: z.string().max(sessionLimits.noteAuthorMax),
  text: z.string().max(sessionLimits.noteTextMax),
};

/** What `addAnnotation` sends. */
export const newAnnotationSchema = z.object(annotationFields).strict();

/** What `updateAnnotation` changes: the moment, the kind or the text (the author stays); at least one. */
export const annotationPatchSchema = z
  .object({ tick: annotationFields.tick, kind: annotationFields.kind, text: annotationFields.text })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'empty annotation patch' });
/** A change to a note or bookmark. */
export type AnnotationPatch = z.infer<typeof annotationPatchSchema>;

/**
 * The engine snapshot stored at the end of a resolved turn (`snapshotGame` bytes, base64): `turn`
 * counts resolved turns (1 = the first; the state `seek(turn × ticksPerTurn)` shows, see
 * docs/ENGINE.md "Time"), `afterSeq` the sequence number of the last command it includes, `endTick`
 * the tick it was taken at.
 */
export const turnSnapshotSchema = z.object({
  turn: z.number().int().min(1),
  afterSeq: z.number().int().min(1),
  endTick: z.number().int().min(0),
  base64: z.string(),
});
/** Result of `getTurnSnapshot` (when the turn was resolved). */
export type TurnSnapshot = z.infer<typeof turnSnapshotSchema>;

/**
 * What `branchSession` sends: the resolved turns to take over from the original (0: none, the game as
 * created) and the new session's name.
 */
export const branchInputSchema = z
  .object({ atTurn: z.number().int().min(0).max(sessionLimits.turnLimitMax), name: createSessionInputSchema.shape.name })
  .strict();
/** Input of `branchSession`. */
export type BranchInput = z.infer<typeof branchInputSchema>;

/** A portable session file travelling through the contract (base64, so both adapters carry it as JSON). */
export const sessionFilePayloadSchema = z.object({ fileName: z.string().max(200), base64: z.string().max(7 * 1024 * 1024) });

/** What an import did. */
export const importOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), imported: z.array(sessionSummarySchema) }),
  z.object({
    ok: z.literal(false),
    code: z.string(),
    /** Both languages in one line ("Indonesian / English"), for logs and places without a language. */
    message: z.string(),
    /** The same message in each UI language. */
    messages: z.object({ id: z.string(), en: z.string() }),
    issues: z.array(z.string()),
  }),
]);
/** What an import did. */
export type ImportOutcome = z.infer<typeof importOutcomeSchema>;

/** An import job started by `importSessions`: the file is checked in the background. */
export const importJobSchema = z.object({ jobId: z.string() });
const importJobId = z.string().min(1).max(64);

/**
 * Where an import job stands: `running` while the file is read (`phase: 'reading'`), each session
 * re-simulated (`checking`, `done` of `total`, the one being checked in `currentName`) and the verified
 * sessions saved (`writing`); then `done` (saved), `failed` (nothing saved, `outcome` says why) or
 * `cancelled` (nothing saved).
 */
export const importProgressSchema = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  phase: z.enum(['reading', 'checking', 'writing', 'finished']),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  currentName: z.string().nullable(),
  outcome: importOutcomeSchema.nullable(),
});
/** Result of `importProgress` / `cancelImport`. */
export type ImportProgress = z.infer<typeof importProgressSchema>;

/**
 * A copy of the database the user can restore or export: an automatic backup, a damaged file moved
 * aside at start, or a database replaced by an earlier restore.
 */
export const backupInfoSchema = z.object({
  name: z.string(),
  stamp: z.string(),
  bytes: z.number().int(),
  kind: z.enum(['backup', 'moved_aside', 'replaced']),
});

/** Method table entries for sessions; merged into `hostMethods`. */
export const sessionMethods = {
  createSession: { args: z.tuple([createSessionInputSchema]), result: sessionDetailSchema },
  openSession: { args: z.tuple([sessionId]), result: sessionDetailSchema },
  sendCommand: { args: z.tuple([sessionId, z.unknown()]), result: commandOutcomeSchema },
  saveDraft: { args: z.tuple([sessionId, z.string().min(1).max(32), z.array(z.unknown()).max(500)]), result: z.object({ saved: z.boolean() }) },
  renameSession: { args: z.tuple([sessionId, z.string().trim().min(1).max(200)]), result: sessionSummarySchema },
  deleteSession: { args: z.tuple([sessionId]), result: z.object({ deleted: z.boolean() }) },
  listEvents: {
    args: z.tuple([sessionId, z.number().int().min(0), z.number().int().min(0)]),
    result: z.array(storedEventSchema),
  },
  addAnnotation: { args: z.tuple([sessionId, newAnnotationSchema]), result: annotationSchema },
  updateAnnotation: { args: z.tuple([sessionId, z.number().int().min(1), annotationPatchSchema]), result: annotationSchema },
  deleteAnnotation: { args: z.tuple([sessionId, z.number().int().min(1)]), result: z.object({ deleted: z.boolean() }) },
  listAnnotations: { args: z.tuple([sessionId]), result: z.array(annotationSchema) },
  /** The snapshot at the end of the `turn`-th resolved turn (1-based), or null when it was not resolved. */
  getTurnSnapshot: { args: z.tuple([sessionId, z.number().int().min(1).max(sessionLimits.turnLimitMax)]), result: turnSnapshotSchema.nullable() },
  /** A new session continuing the original from the end of its `atTurn`-th resolved turn (a what-if). */
  branchSession: { args: z.tuple([sessionId, branchInputSchema]), result: sessionDetailSchema },
  exportSessions: { args: z.tuple([z.array(sessionId).min(1).max(500)]), result: sessionFilePayloadSchema },
  importSessions: { args: z.tuple([sessionFilePayloadSchema]), result: importJobSchema },
  importProgress: { args: z.tuple([importJobId]), result: importProgressSchema },
  cancelImport: { args: z.tuple([importJobId]), result: importProgressSchema },
  listBackups: { args: z.tuple([]), result: z.array(backupInfoSchema) },
  restoreBackup: { args: z.tuple([z.string().max(200)]), result: z.object({ restored: z.string() }) },
} as const;
