import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { LATEST_SCHEMA_VERSION, migrations, type Migration } from './migrations';
import { moveDatabaseFiles } from './backup';
import { classifyStorageError, type StorageFault } from './storageFaults';

export type { SqliteDatabase } from './sqlite';
import type { SqliteDatabase } from './sqlite';

/** The database file was written by a newer version of the app; we refuse to touch it. */
export class DatabaseTooNewError extends Error {
  /** @param found the file's schema version; @param supported the newest this build knows */
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This database was created by a newer version of Sispamkota TFG (schema ${found}; this version knows up to ${supported}). ` +
        'Update the app to open it. Basis data ini dibuat oleh versi aplikasi yang lebih baru; perbarui aplikasi untuk membukanya.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

/** How long a statement waits for another connection's lock before failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (or creates) the SQLite database at `path` in WAL mode and brings its schema up to date.
 * Each pending migration runs in one transaction together with its `user_version` bump, so a crash
 * leaves the file at either the old or the new version, never between. The busy timeout is set before
 * anything touches the file, so another process's lock is waited for instead of failing at once.
 */
export function openDatabase(path: string, migrationList: readonly Migration[] = migrations): SqliteDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // Checkpoints are run by the host between turns (see checkpointWal), not inside a turn's commit,
    // so committing a turn never pays for copying the WAL back into the database file.
    db.pragma('wal_autocheckpoint = 0');
    db.pragma('foreign_keys = ON');
    migrate(db, migrationList);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opens an existing database without ever writing to it (for a read-only file or folder, or a full
 * disk). Fails when its schema is older than this build's, since upgrading it would need a write.
 */
export function openDatabaseReadOnly(path: string, migrationList: readonly Migration[] = migrations): SqliteDatabase {
  const db = new Database(path, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    const version = schemaVersion(db);
    if (version > migrationList.length) throw new DatabaseTooNewError(version, migrationList.length);
    if (version < migrationList.length) {
      throw Object.assign(new Error(`schema ${version} needs an upgrade to ${migrationList.length}, which needs a write`), { code: 'SQLITE_READONLY' });
    }
    db.prepare('SELECT count(*) FROM sessions').get();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Applies the migrations newer than the file's `user_version`; refuses a file from a newer build. */
export function migrate(db: SqliteDatabase, migrationList: readonly Migration[] = migrations): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrationList.length;
  if (current > latest) throw new DatabaseTooNewError(current, latest);
  for (const migration of migrationList.slice(current)) {
    db.transaction(() => {
      db.exec(migration.sql);
      migration.transform?.(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return latest;
}

/**
 * Copies the write-ahead log back into the database file (PASSIVE: never waits for readers).
 * The host calls it right after a turn is committed, off the commit's critical path.
 */
export function checkpointWal(db: SqliteDatabase): void {
  if (!db.open || db.readonly) return;
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    // A full disk or a lock only delays the checkpoint: the WAL keeps the data and the next one retries.
    console.warn(`WAL checkpoint skipped: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Reads the schema version of an open database. */
export function schemaVersion(db: SqliteDatabase): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * How the app's storage could be opened: `ok` (read and write), `read_only` (the sessions can be viewed,
 * nothing can be saved), or `unavailable` (nothing could be read; an empty, unwritable stand-in is used
 * so the app still starts and says why).
 */
export type StorageState = 'ok' | 'read_only' | 'unavailable';

/** Result of {@link openStorage}. */
export interface OpenedStorage {
  db: SqliteDatabase;
  state: StorageState;
  /** Why the state is not `ok` (null when it is). */
  fault: StorageFault | null;
  /** Set when a damaged file was moved aside and a fresh database started. */
  movedAside: { file: string; reason: string } | null;
  /** The private temporary copy being viewed (see openForViewing), for the host to remove on close. */
  viewCopy?: string;
}

/**
 * Opens the app database so that the app always starts and never hides data:
 * - a file SQLite calls damaged (not a database, corrupt, or failing `quick_check`) is renamed to
 *   `<name>.corrupt-<stamp>` (with its -wal and -shm), a fresh database is created and a notice is
 *   recorded in it for the user to read and dismiss;
 * - a lock, a full disk, a permission problem, a read-only file or an I/O error is *not* corruption: the
 *   file stays where it is and the database is opened read-only when that works (`read_only`), else an
 *   empty in-memory stand-in is used (`unavailable`); either way every write is refused;
 * - a database from a newer app version is refused (re-thrown): the data is fine, this build is too old.
 */
export function openStorage(path: string, stamp: string): OpenedStorage {
  let firstError: unknown;
  try {
    const db = openDatabase(path);
    const check = db.pragma('quick_check', { simple: true });
    if (check === 'ok') return { db, state: 'ok', fault: null, movedAside: null };
    db.close();
    firstError = Object.assign(new Error(`integrity check failed: ${String(check)}`), { code: 'SQLITE_CORRUPT' });
  } catch (error) {
    if (error instanceof DatabaseTooNewError) throw error;
    firstError = error;
  }
  const fault = classifyStorageError(firstError) ?? 'io';
  const reason = firstError instanceof Error ? firstError.message : String(firstError);
  if (fault === 'corrupt') return moveAsideAndStartFresh(path, stamp, reason);
  if (fault === 'full' || fault === 'read_only') {
    const viewable = openForViewing(path);
    if (viewable) return { db: viewable.db, state: 'read_only', fault, movedAside: null, ...(viewable.copy ? { viewCopy: viewable.copy } : {}) };
  }
  return { db: unwritableStandIn(), state: 'unavailable', fault, movedAside: null };
}

function moveAsideAndStartFresh(path: string, stamp: string, reason: string): OpenedStorage {
  const movedTo = `${path}.corrupt-${stamp}`;
  try {
    moveDatabaseFiles(path, movedTo);
    const db = openDatabase(path);
    recordMovedAside(db, basename(movedTo), reason, new Date().toISOString());
    return { db, state: 'ok', fault: null, movedAside: { file: movedTo, reason } };
  } catch (error) {
    // The damaged file could not be moved, or no new one could be made: say what stopped us.
    return { db: unwritableStandIn(), state: 'unavailable', fault: classifyStorageError(error) ?? 'io', movedAside: null };
  }
}

/**
 * Opens a database that cannot be written, for viewing only: directly when SQLite can, else (a WAL
 * database in a read-only folder, where SQLite cannot make its shared-memory file) through a private
 * copy in the temporary folder, marked `query_only` so nothing is ever written to it either.
 */
function openForViewing(path: string): { db: SqliteDatabase; copy?: string } | null {
  try {
    return { db: openDatabaseReadOnly(path) };
  } catch (error) {
    if (error instanceof DatabaseTooNewError) throw error;
  }
  try {
    const copy = join(mkdtempSync(join(tmpdir(), 'sispamkota-view-')), basename(path));
    copyFileSync(path, copy);
    const db = openDatabase(copy);
    db.pragma('query_only = ON');
    return { db, copy };
  } catch (error) {
    if (error instanceof DatabaseTooNewError) throw error;
    return null;
  }
}

/** An empty, migrated in-memory database that refuses every write (`query_only`). */
function unwritableStandIn(): SqliteDatabase {
  const db = openDatabase(':memory:');
  db.pragma('query_only = ON');
  return db;
}

/** Records that a damaged file was moved aside, for the notice the user dismisses. */
export function recordMovedAside(db: SqliteDatabase, file: string, reason: string, at: string): void {
  db.prepare('INSERT INTO storage_notices (kind, file, reason, created_at) VALUES (?, ?, ?, ?)').run('moved_aside', file, reason, at);
}

export { LATEST_SCHEMA_VERSION };
