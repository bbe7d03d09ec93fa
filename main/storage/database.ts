import Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { LATEST_SCHEMA_VERSION, migrations, type Migration } from './migrations';

/** The open database handle type used across main/. */
export type SqliteDatabase = Database.Database;

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

/**
 * Opens (or creates) the SQLite database at `path` in WAL mode and brings its schema up to date.
 * Each pending migration runs in one transaction together with its `user_version` bump, so a crash
 * leaves the file at either the old or the new version, never between.
 */
export function openDatabase(path: string, migrationList: readonly Migration[] = migrations): SqliteDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // Checkpoints are run by the host between turns (see checkpointWal), not inside a turn's commit,
    // so committing a turn never pays for copying the WAL back into the database file.
    db.pragma('wal_autocheckpoint = 0');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrationList);
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
  if (db.open) db.pragma('wal_checkpoint(PASSIVE)');
}

/** Reads the schema version of an open database. */
export function schemaVersion(db: SqliteDatabase): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Result of {@link openDatabaseSafely}: the database plus a notice when the old file had to be moved. */
export interface OpenedStorage {
  db: SqliteDatabase;
  /** Human-readable (Indonesian and English) explanation when the previous file was unusable. */
  notice: string | null;
}

/**
 * Opens the app database so that the app always starts: a corrupt or unreadable file is renamed to
 * `<name>.corrupt-<stamp>` (nothing is deleted) and a fresh database is created, with a notice saying
 * so. A database from a newer app version is *not* moved aside: that error is re-thrown, because the
 * data is fine and only this build is too old.
 */
export function openDatabaseSafely(path: string, stamp: string): OpenedStorage {
  try {
    const db = openDatabase(path);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      db.close();
      throw new Error(`integrity check failed: ${String(check)}`);
    }
    return { db, notice: null };
  } catch (error) {
    if (error instanceof DatabaseTooNewError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    const movedTo = `${path}.corrupt-${stamp}`;
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(path + suffix)) renameSync(path + suffix, movedTo + suffix);
    }
    const db = openDatabase(path);
    return {
      db,
      notice:
        `Basis data tidak dapat dibaca (${reason}) dan dipindahkan ke ${movedTo}; basis data baru dibuat. ` +
        `The database could not be read (${reason}) and was moved to ${movedTo}; a new one was created.`,
    };
  }
}

export { LATEST_SCHEMA_VERSION };
