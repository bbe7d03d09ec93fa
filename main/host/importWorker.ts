import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { Language } from '../../shared/contract/host';
import { translate } from '../../shared/i18n/messages';
import { openDatabase } from '../storage/database';
import { classifyStorageError } from '../storage/storageFaults';
import { bilingual, importProblem, type ImportProblem } from '../storage/sessionFile';
import { checkSessionFile } from './importCheck';
import { writeVerifiedSessions } from './sessionTransfer';

/**
 * Entry of the import worker thread (bundled as dist/main/import-worker.cjs; run from source under
 * vitest and tsx). It checks one file, posting `progress` as it goes; when every session passed, it
 * posts `writing` and writes them all in one transaction on its own connection to the database file;
 * then it posts one `result`. Nothing is written unless everything was verified.
 */

/** What the host hands the worker. */
export interface ImportWorkerInput {
  bytes: Uint8Array;
  /** ISO time of the import (dates after it are clamped; rows are stamped with it). */
  now: string;
  /** The database file to write to. */
  databasePath: string;
}

/** What the worker posts. */
export type ImportWorkerMessage =
  | { type: 'progress'; phase: 'reading' | 'checking'; done: number; total: number; currentName: string | null }
  | { type: 'writing'; total: number }
  | { type: 'result'; result: { ok: true; ids: string[] } | ImportProblem };

/** Runs one import; never throws (a bug or a storage error becomes a problem the user can read). */
export function runImport(input: ImportWorkerInput, post: (message: ImportWorkerMessage) => void): void {
  const now = new Date(input.now);
  let checked: ReturnType<typeof checkSessionFile>;
  try {
    checked = checkSessionFile(input.bytes, now, (progress) => post({ type: 'progress', ...progress }));
  } catch (error) {
    const reason = describeError(error);
    post({ type: 'result', result: importProblem('check_failed', bilingual('import.checkFailed', { reason }), [reason]) });
    return;
  }
  if (!checked.ok) {
    post({ type: 'result', result: checked });
    return;
  }
  post({ type: 'writing', total: checked.sessions.length });
  try {
    const db = openDatabase(input.databasePath);
    try {
      post({ type: 'result', result: { ok: true, ids: writeVerifiedSessions(db, checked.sessions, now) } });
    } finally {
      db.close();
    }
  } catch (error) {
    const detail = describeError(error);
    // A storage fault (locked, full, read-only ...) is said as what it is and what to do.
    const fault = classifyStorageError(error);
    const reason = (language: Language) => ({ reason: fault ? translate(language, `import.fault.${fault}`) : detail });
    post({ type: 'result', result: importProblem('write_failed', bilingual('import.writeFailed', reason), [detail]) });
  }
}

/** An error as one line, with its code (`SQLITE_FULL` …) when it has one. */
export function describeError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : null;
  const message = error instanceof Error ? error.message : String(error);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}

if (parentPort && (workerData as { importWorker?: boolean } | null)?.importWorker) {
  const port = parentPort;
  // Linux keeps a nice value per thread: checking at a lower priority leaves the host's thread first in
  // line for the CPU on a busy two-core laptop. Elsewhere this call would lower the whole process.
  if (process.platform === 'linux') {
    try {
      setPriority(0, 10);
    } catch {
      // Not allowed here: the check merely competes on equal terms.
    }
  }
  runImport((workerData as { input: ImportWorkerInput }).input, (message) => port.postMessage(message));
}
