import Database from 'better-sqlite3';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { HostError } from '../../shared/contract/rpc';
import type { SqliteDatabase } from './sqlite';

/** How many automatic backups are kept; older ones are deleted after a new one is written. */
export const BACKUPS_KEPT = 5;

/**
 * The kinds of database copies kept next to the database: automatic backups, damaged files moved aside
 * at start (`.corrupt-`), and databases replaced by a restore (`.replaced-`). Only backups are ever
 * deleted (by the retention rule); the others stay until the user removes them.
 */
export type StorageFileKind = 'backup' | 'moved_aside' | 'replaced';

const FILE_PATTERN = /^(.+)\.(backup|corrupt|replaced)-(\d{8}T\d{6}Z)$/;
const KIND_OF_SUFFIX: Record<string, StorageFileKind> = { backup: 'backup', corrupt: 'moved_aside', replaced: 'replaced' };

/** One database copy next to the database. */
export interface StorageFile {
  name: string;
  path: string;
  stamp: string;
  bytes: number;
  kind: StorageFileKind;
}

/** Lists every backup, moved-aside and replaced copy of `databasePath`, newest first. */
export function listStorageFiles(databasePath: string): StorageFile[] {
  const folder = dirname(databasePath);
  const base = basename(databasePath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const files: StorageFile[] = [];
  for (const name of names) {
    const match = FILE_PATTERN.exec(name);
    if (!match || match[1] !== base) continue;
    const path = join(folder, name);
    const bytes = statSync(path, { throwIfNoEntry: false })?.size ?? 0;
    files.push({ name, path, stamp: match[3] ?? '', bytes, kind: KIND_OF_SUFFIX[match[2] ?? ''] ?? 'backup' });
  }
  return files.sort((a, b) => (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : a.name < b.name ? 1 : -1));
}

/** Lists the automatic backups of `databasePath`, newest first. */
export function listBackups(databasePath: string): StorageFile[] {
  return listStorageFiles(databasePath).filter((file) => file.kind === 'backup');
}

/**
 * Writes a consistent copy of the open database with SQLite's online backup API (safe while the app
 * keeps using it), then keeps only the newest {@link BACKUPS_KEPT}. A backup with the same stamp is
 * not written twice. A half-written backup (full disk) is removed, never left to look restorable.
 */
export async function backupDatabase(db: SqliteDatabase, databasePath: string, stamp: string, keep = BACKUPS_KEPT): Promise<StorageFile[]> {
  const target = `${databasePath}.backup-${stamp}`;
  if (!listBackups(databasePath).some((backup) => backup.path === target)) {
    const partial = `${target}.partial`;
    try {
      await db.backup(partial);
      renameSync(partial, target);
    } catch (error) {
      rmSync(partial, { force: true });
      throw error;
    }
  }
  const backups = listBackups(databasePath);
  for (const old of backups.slice(keep)) rmSync(old.path, { force: true });
  return backups.slice(0, keep);
}

/**
 * Makes a consistent single-file copy of a stored database copy at `target` (its -wal, if it has one,
 * included), after checking that SQLite can read it. A damaged copy is refused with a clear error and
 * nothing is written.
 */
export async function copyCheckedDatabase(source: StorageFile, target: string): Promise<void> {
  let db: Database.Database | null = null;
  try {
    db = new Database(source.path, { readonly: true, fileMustExist: true });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(String(check));
  } catch (error) {
    db?.close();
    throw new HostError(
      'copy_unreadable',
      `${source.name} cannot be read by SQLite (${error instanceof Error ? error.message : String(error)}); it can still be exported for a technician`,
    );
  }
  try {
    await db.backup(target);
  } catch (error) {
    rmSync(target, { force: true });
    throw error;
  } finally {
    db.close();
  }
}

/** Moves the database and its -wal/-shm companions to `movedTo` (+ the same suffixes). */
export function moveDatabaseFiles(path: string, movedTo: string): void {
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, movedTo + suffix);
  }
}
