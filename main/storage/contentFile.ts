import { z } from 'zod';
import { contentFileBytesMax, type ContentImportProblem } from '../../shared/contract/editor';
import { formatByteSize, sessionFileLimits } from '../../shared/contract/limits';
import { bilingual } from './sessionFile';

/**
 * The portable venue/scenario file (`.json`): a venue, or a scenario with the user venue it is played
 * on, wrapped with a format header. A bare venue or scenario file (like those under assets/) is read
 * too. Decoding only checks the envelope (size, text, nesting, header); the host then validates the
 * venue and the scenario with the game's own parsers before anything is written.
 */

/** Identifies the format inside the JSON. */
export const CONTENT_FILE_FORMAT = 'sispamkota-tfg-content';
/** Version of the layout this build writes and reads. */
export const CONTENT_FILE_VERSION = 1;

/** What a decoded file holds: a venue, a scenario, or both (still unvalidated). */
export interface ContentDocument {
  venue: unknown;
  scenario: unknown;
}

const envelopeSchema = z
  .object({
    format: z.literal(CONTENT_FILE_FORMAT),
    formatVersion: z.number(),
    exportedAt: z.string().max(40).optional(),
    venue: z.record(z.string(), z.unknown()).optional(),
    scenario: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

/** The bytes of a file holding `venue` and/or `scenario`. */
export function encodeContentFile(content: { venue?: unknown; scenario?: unknown }, exportedAt: string): Uint8Array {
  const document = { format: CONTENT_FILE_FORMAT, formatVersion: CONTENT_FILE_VERSION, exportedAt, ...content };
  return Buffer.from(`${JSON.stringify(document, null, 2)}\n`, 'utf8');
}

function problem(code: ContentImportProblem['code'], key: Parameters<typeof bilingual>[0], params: Parameters<typeof bilingual>[1] = {}, issues: string[] = []): ContentImportProblem {
  return { ok: false, code, messages: bilingual(key, params), issues };
}

/**
 * Decodes file bytes. Never throws: an oversized, non-UTF-8, non-JSON, deeply nested or foreign file
 * gives a problem saying what is wrong in both languages.
 */
export function decodeContentFile(bytes: Uint8Array): { ok: true; document: ContentDocument } | ContentImportProblem {
  if (bytes.byteLength > contentFileBytesMax) {
    return problem('too_large', 'editor.import.tooLarge', (language) => ({ size: formatByteSize(bytes.byteLength, language), limit: formatByteSize(contentFileBytesMax, language) }));
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return problem('damaged', 'editor.import.notText');
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return problem('damaged', 'editor.import.notJson', {}, [error instanceof Error ? error.message : String(error)]);
  }
  if (nestedDeeperThan(json, sessionFileLimits.nestingMax)) return problem('too_deep', 'editor.import.tooDeep', { max: sessionFileLimits.nestingMax });
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return problem('not_a_content_file', 'editor.import.notContentFile');
  const record = json as Record<string, unknown>;
  if (record.format === CONTENT_FILE_FORMAT) {
    if (record.formatVersion !== CONTENT_FILE_VERSION) {
      return problem('unknown_version', 'editor.import.unknownVersion', { version: String(record.formatVersion).slice(0, 20), supported: CONTENT_FILE_VERSION });
    }
    const envelope = envelopeSchema.safeParse(json);
    if (!envelope.success || (!envelope.data.venue && !envelope.data.scenario)) return problem('not_a_content_file', 'editor.import.notContentFile');
    return { ok: true, document: { venue: envelope.data.venue ?? null, scenario: envelope.data.scenario ?? null } };
  }
  // A bare file as shipped under assets/: a scenario names its venue, a venue has buildings.
  if (record.formatVersion === 1 && typeof record.venueId === 'string') return { ok: true, document: { venue: null, scenario: json } };
  if (record.formatVersion === 1 && Array.isArray(record.buildings)) return { ok: true, document: { venue: json, scenario: null } };
  return problem('not_a_content_file', 'editor.import.notContentFile');
}

/** True when arrays/objects nest deeper than `max` (iterative, so a hostile file cannot exhaust the stack). */
function nestedDeeperThan(root: unknown, max: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= max) return true;
    for (const child of Object.values(value)) stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}
