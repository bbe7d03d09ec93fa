import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';

/**
 * The portable session file (`.sispamkota`): gzip-compressed JSON holding one or more recorded
 * sessions as setup + seed + command log + per-turn hashes + notes. Snapshots and events are not
 * stored: the importer re-simulates the commands, which both rebuilds them and proves the file was not
 * altered (every turn must reproduce its recorded hash).
 */

/** Identifies the format inside the JSON. */
export const SESSION_FILE_FORMAT = 'sispamkota-tfg-session';
/** Version of the file layout this build writes and reads. */
export const SESSION_FILE_VERSION = 1;
/** Largest file accepted, compressed. */
export const MAX_SESSION_FILE_BYTES = 32 * 1024 * 1024;
/** Largest JSON accepted after decompression (guards against zip bombs). */
export const MAX_SESSION_JSON_BYTES = 256 * 1024 * 1024;

const isoDate = z.string().max(40);
const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_.:-]+$/);

const exportedSessionSchema = z
  .object({
    id,
    name: z.string().min(1).max(200),
    venueId: id,
    scenarioId: id,
    status: z.enum(['planning', 'resolving', 'finished', 'abandoned']),
    turn: z.number().int().min(0).max(10_000),
    setup: z.unknown(),
    seed: z.number().int().min(0).max(0xffffffff),
    engineVersion: z.string().max(40),
    players: z.array(z.unknown()).max(32),
    crowdController: z.string().max(32),
    aiLevel: z.string().max(32).nullable(),
    result: z.unknown(),
    createdAt: isoDate,
    updatedAt: isoDate,
    commands: z
      .array(z.object({ seq: z.number().int().min(1), turn: z.number().int().min(0).max(10_000), command: z.unknown() }).strict())
      .max(200_000),
    turns: z
      .array(
        z
          .object({
            turn: z.number().int().min(0).max(10_000),
            lastSeq: z.number().int().min(1),
            endTick: z.number().int().min(0),
            stateHash: z.string().min(1).max(128),
            summary: z.unknown(),
          })
          .strict(),
      )
      .max(10_000),
    annotations: z
      .array(
        z
          .object({
            tick: z.number().int().min(0),
            kind: z.enum(['note', 'bookmark']),
            author: z.string().max(100),
            text: z.string().max(10_000),
            createdAt: isoDate,
          })
          .strict(),
      )
      .max(10_000),
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
    sessions: z.array(exportedSessionSchema).min(1).max(500),
  })
  .strict();

/** The parsed file document. */
export type SessionFileDocument = z.infer<typeof sessionFileSchema>;

/** Why a file was refused; `message` is bilingual, ready to show. */
export interface SessionFileProblem {
  ok: false;
  code: 'too_large' | 'not_a_session_file' | 'unknown_version' | 'invalid_content';
  message: string;
  issues?: string[];
}

/** Serialises sessions into the compressed file bytes. */
export function encodeSessionFile(document: SessionFileDocument): Uint8Array {
  return gzipSync(Buffer.from(JSON.stringify(document), 'utf8'), { level: 9 });
}

/**
 * Decodes and validates file bytes. Never throws: a truncated, oversized, foreign or malformed file
 * gives a {@link SessionFileProblem} that says what is wrong in Indonesian and English.
 */
export function decodeSessionFile(bytes: Uint8Array): { ok: true; document: SessionFileDocument } | SessionFileProblem {
  if (bytes.byteLength > MAX_SESSION_FILE_BYTES) {
    return problem('too_large', `Berkas terlalu besar (${bytes.byteLength} bita) / File too large (${bytes.byteLength} bytes)`);
  }
  let text: string;
  try {
    text = gunzipSync(bytes, { maxOutputLength: MAX_SESSION_JSON_BYTES }).toString('utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return problem('not_a_session_file', `Berkas rusak atau bukan berkas sesi (${reason}) / The file is damaged or not a session file (${reason})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return problem('not_a_session_file', 'Isi berkas bukan JSON yang valid / The file content is not valid JSON');
  }
  const header = z.object({ format: z.string(), formatVersion: z.number() }).safeParse(json);
  if (!header.success || header.data.format !== SESSION_FILE_FORMAT) {
    return problem('not_a_session_file', 'Ini bukan berkas sesi Sispamkota TFG / This is not a Sispamkota TFG session file');
  }
  if (header.data.formatVersion !== SESSION_FILE_VERSION) {
    return problem(
      'unknown_version',
      `Versi berkas ${header.data.formatVersion} tidak didukung (didukung: ${SESSION_FILE_VERSION}) / File version ${header.data.formatVersion} is not supported (supported: ${SESSION_FILE_VERSION})`,
    );
  }
  const parsed = sessionFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    return problem('invalid_content', 'Isi berkas sesi tidak valid / The session file content is invalid', issues);
  }
  return { ok: true, document: parsed.data };
}

function problem(code: SessionFileProblem['code'], message: string, issues?: string[]): SessionFileProblem {
  return issues ? { ok: false, code, message, issues } : { ok: false, code, message };
}
