import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { formatIssues } from '../../shared/schema/issues';
import { sessionStatusSchema, type Language } from '../../shared/contract/host';
import { formatByteSize, sessionFileLimits, sessionLimits } from '../../shared/contract/limits';
import { controllerSchema, createSessionInputSchema, sessionIdSchema } from '../../shared/contract/sessions';
import { translate, type MessageKey } from '../../shared/i18n/messages';

/**
 * The portable session file (`.sispamkota`): gzip-compressed JSON holding one or more recorded
 * sessions as setup + seed + command log + per-turn hashes + notes. Snapshots and events are not
 * stored: the importer re-simulates the commands, which both rebuilds them and proves the file was not
 * altered (every turn must reproduce its recorded hash).
 *
 * Every field goes through the contract's schemas (players, crowd controller, status, names) and the
 * session limits of shared/contract/limits.ts; the setup itself is checked by the engine and by
 * shared/scenario/limits.ts in the import (main/host/importCheck.ts).
 */

/** Identifies the format inside the JSON. */
export const SESSION_FILE_FORMAT = 'sispamkota-tfg-session';
/** Version of the file layout this build writes and reads. */
export const SESSION_FILE_VERSION = 1;

const isoDate = z.iso.datetime({ offset: true });
const turnNumber = z.number().int().min(0).max(sessionLimits.turnLimitMax);

/** The result a finished session recorded (engine `result`: the stats and the legitimacy at the end). */
const sessionResultSchema = z
  .object({ stats: z.record(z.string().max(64), z.number().finite()), legitimacy: z.number().finite() })
  .strict()
  .nullable();

const exportedSessionSchema = z
  .object({
    id: sessionIdSchema,
    name: createSessionInputSchema.shape.name,
    venueId: sessionIdSchema,
    scenarioId: sessionIdSchema,
    status: sessionStatusSchema,
    turn: turnNumber,
    setup: z.unknown(),
    seed: z.number().int().min(0).max(0xffffffff),
    engineVersion: z.string().min(1).max(40),
    players: createSessionInputSchema.shape.players,
    crowdController: controllerSchema,
    aiLevel: z.string().max(32).nullable(),
    result: sessionResultSchema,
    createdAt: isoDate,
    updatedAt: isoDate,
    commands: z
      .array(z.object({ seq: z.number().int().min(1), turn: turnNumber, command: z.unknown() }).strict())
      .max(sessionFileLimits.commandsPerSessionMax),
    turns: z
      .array(
        z
          .object({
            turn: turnNumber,
            lastSeq: z.number().int().min(1),
            endTick: z.number().int().min(0),
            stateHash: z.string().min(1).max(128),
            summary: z.unknown(),
          })
          .strict(),
      )
      .max(sessionLimits.turnLimitMax),
    annotations: z
      .array(
        z
          .object({
            tick: z.number().int().min(0),
            kind: z.enum(['note', 'bookmark']),
            author: z.string().max(sessionLimits.noteAuthorMax),
            text: z.string().max(sessionLimits.noteTextMax),
            createdAt: isoDate,
          })
          .strict(),
      )
      .max(sessionLimits.notesPerSessionMax),
    /** A what-if branch's original (its name as it was at export). Absent in files written before branches. */
    branchOf: z
      .object({ id: sessionIdSchema, name: createSessionInputSchema.shape.name.nullable(), turn: turnNumber })
      .strict()
      .nullable()
      .optional(),
    /**
     * The user venue the session was played on and its scenario file (main/host/editorServices.ts), for a
     * session whose setup names a venue revision rather than a shipped venue; checked again on import.
     */
    venue: z.record(z.string(), z.unknown()).optional(),
    scenario: z.unknown().optional(),
  })
  .strict();

/** One session as it travels in a file. */
export type ExportedSession = z.infer<typeof exportedSessionSchema>;

/** The whole file's JSON document. */
export const sessionFileSchema = z
  .object({
    format: z.literal(SESSION_FILE_FORMAT),
    formatVersion: z.number().int(),
    appVersion: z.string().max(40),
    exportedAt: isoDate,
    sessions: z.array(exportedSessionSchema).min(1).max(sessionFileLimits.sessionsMax),
  })
  .strict();

/** The parsed file document. */
export type SessionFileDocument = z.infer<typeof sessionFileSchema>;

/** A text in both UI languages. */
export type Bilingual = Record<Language, string>;

/** Why an import was refused. */
export type ImportProblemCode =
  | 'too_large'
  | 'damaged'
  | 'not_a_session_file'
  | 'unknown_version'
  | 'too_deep'
  | 'invalid_content'
  | 'duplicate_id'
  | 'limits'
  | 'verification_failed'
  | 'busy'
  | 'check_failed'
  | 'write_failed';

/** Why a file was refused: a code for programs, the message in both languages, technical details. */
export interface ImportProblem {
  ok: false;
  code: ImportProblemCode;
  messages: Bilingual;
  issues: string[];
}

/** The message of `key` in both languages; `params` may depend on the language. */
export function bilingual(key: MessageKey, params: Record<string, string | number> | ((language: Language) => Record<string, string | number>) = {}): Bilingual {
  const of = (language: Language) => translate(language, key, typeof params === 'function' ? params(language) : params);
  return { id: of('id'), en: of('en') };
}

/** Builds an {@link ImportProblem}. */
export function importProblem(code: ImportProblemCode, messages: Bilingual, issues: string[] = []): ImportProblem {
  return { ok: false, code, messages, issues };
}

/** Serialises sessions into the compressed file bytes. */
export function encodeSessionFile(document: SessionFileDocument): Uint8Array {
  return gzipSync(Buffer.from(JSON.stringify(document), 'utf8'), { level: 9 });
}

/**
 * Decodes and validates file bytes. Never throws: an oversized, truncated, foreign, deeply nested or
 * malformed file gives an {@link ImportProblem} that says what is wrong, naming the session and the
 * field. Decompression stops at the size cap, so a zip bomb is refused as too large, not as damaged.
 */
export function decodeSessionFile(bytes: Uint8Array): { ok: true; document: SessionFileDocument } | ImportProblem {
  const limits = sessionFileLimits;
  if (bytes.byteLength > limits.fileBytesMax) {
    return importProblem(
      'too_large',
      bilingual('import.tooLarge', (language) => ({ size: formatByteSize(bytes.byteLength, language), limit: formatByteSize(limits.fileBytesMax, language) })),
    );
  }
  let text: string;
  try {
    text = gunzipSync(bytes, { maxOutputLength: limits.jsonBytesMax }).toString('utf8');
  } catch (error) {
    return unpackProblem(error);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return importProblem('damaged', bilingual('import.notJson'));
  }
  const deep = tooDeep(json, limits.nestingMax);
  if (deep) {
    return importProblem('too_deep', bilingual('import.tooDeep', { max: limits.nestingMax, where: describePlace(json, deep) }), [deep.map(String).join('.')]);
  }
  const header = z.object({ format: z.string(), formatVersion: z.number() }).safeParse(json);
  if (!header.success || header.data.format !== SESSION_FILE_FORMAT) return importProblem('not_a_session_file', bilingual('import.notSessionFile'));
  if (header.data.formatVersion !== SESSION_FILE_VERSION) {
    return importProblem('unknown_version', bilingual('import.unknownVersion', { version: header.data.formatVersion, supported: SESSION_FILE_VERSION }));
  }
  const parsed = sessionFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = formatIssues(parsed.error.issues);
    return importProblem('invalid_content', describeIssue(json, parsed.error.issues[0]), issues);
  }
  const seen = new Map<string, string>();
  for (const session of parsed.data.sessions) {
    const first = seen.get(session.id);
    if (first !== undefined) {
      return importProblem('duplicate_id', bilingual('import.duplicateSession', { id: session.id, first, second: session.name }));
    }
    seen.set(session.id, session.name);
  }
  return { ok: true, document: parsed.data };
}

/** A decompression failure: over the cap, not gzip at all, or gzip cut short / damaged. */
function unpackProblem(error: unknown): ImportProblem {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const reason = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
    return importProblem('too_large', bilingual('import.tooLargeUnpacked', (language) => ({ limit: formatByteSize(sessionFileLimits.jsonBytesMax, language) })));
  }
  if (code === 'Z_DATA_ERROR' && /header/i.test(reason)) return importProblem('not_a_session_file', bilingual('import.notGzip'), [reason]);
  return importProblem('damaged', bilingual('import.damaged', { reason }), [reason]);
}

/**
 * The path to the first place nested deeper than `max` levels, or null. Iterative, so a file of
 * 100,000 nested arrays is measured without exhausting the stack.
 */
function tooDeep(root: unknown, max: number): (string | number)[] | null {
  const stack: { value: unknown; depth: number; path: (string | number)[] }[] = [{ value: root, depth: 0, path: [] }];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= max) return path;
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) stack.push({ value: value[index], depth: depth + 1, path: depth < 8 ? [...path, index] : path });
    } else {
      for (const [key, child] of Object.entries(value)) stack.push({ value: child, depth: depth + 1, path: depth < 8 ? [...path, key] : path });
    }
  }
  return null;
}

/** `sesi "Latihan 3", kolom commands` style text naming the place of a path, in each language. */
function describePlace(json: unknown, path: readonly (string | number)[]): string {
  const [top, index, field, ...rest] = path;
  if (top === 'sessions' && typeof index === 'number') {
    const name = sessionName(json, index);
    const where = [field, ...rest.slice(0, 2)].filter((part) => part !== undefined).join('.');
    return `"${name}"${where ? ` → ${where}` : ''}`;
  }
  return path.slice(0, 3).join('.') || '(root)';
}

/** The name of the `index`-th session of the raw document, or its position when it has none. */
function sessionName(json: unknown, index: number): string {
  const sessions = (json as { sessions?: unknown }).sessions;
  const raw = Array.isArray(sessions) ? (sessions[index] as { name?: unknown } | undefined)?.name : undefined;
  return typeof raw === 'string' && raw.trim() ? raw.trim().slice(0, 80) : `#${index + 1}`;
}

/** Which message says what a field should hold. */
const expectations: Record<string, [MessageKey, Record<string, number>?]> = {
  id: ['import.expect.id'],
  venueId: ['import.expect.id'],
  scenarioId: ['import.expect.id'],
  name: ['import.expect.name', { max: sessionLimits.sessionNameMax }],
  status: ['import.expect.status'],
  turn: ['import.expect.turn', { max: sessionLimits.turnLimitMax }],
  seed: ['import.expect.seed'],
  players: ['import.expect.players', { max: sessionLimits.playerNameMax }],
  crowdController: ['import.expect.crowdController'],
  aiLevel: ['import.expect.aiLevel'],
  result: ['import.expect.result'],
  createdAt: ['import.expect.date'],
  updatedAt: ['import.expect.date'],
  exportedAt: ['import.expect.date'],
  commands: ['import.expect.commands'],
  turns: ['import.expect.turns'],
  annotations: ['import.expect.annotations', { author: sessionLimits.noteAuthorMax, text: sessionLimits.noteTextMax }],
  branchOf: ['import.expect.branchOf', { max: sessionLimits.turnLimitMax }],
  sessions: ['import.expect.sessions', { max: sessionFileLimits.sessionsMax }],
};

/** The message for the first schema issue: which session, which field, and what the field should hold. */
function describeIssue(json: unknown, issue: z.core.$ZodIssue | undefined): Bilingual {
  const path = [...(issue?.path ?? [])].map((part) => (typeof part === 'symbol' ? String(part) : part));
  const unknownKey = issue?.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  if (unknownKey !== undefined) path.push(unknownKey);
  const [top, index, field] = path;
  const inSession = top === 'sessions' && typeof index === 'number' && field !== undefined;
  const fieldName = String(inSession ? field : (top ?? '(root)'));
  const [key, params] = unknownKey !== undefined && path.length === (inSession ? 3 : 1) ? (['import.expect.unknownKey'] as const) : (expectations[fieldName] ?? ['import.expect.other']);
  const shownField = (inSession ? path.slice(2) : path).join('.') || '(root)';
  return bilingual(inSession ? 'import.invalidField' : 'import.invalidFileField', (language) => ({
    name: inSession ? sessionName(json, index) : '',
    field: shownField,
    expected: translate(language, key, params),
  }));
}
