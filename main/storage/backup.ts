import { readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { SqliteDatabase } from './database';

/** How many automatic backups are kept; older ones are deleted after a new one is written. */
export const BACKUPS_KEPT = 5;

const BACKUP_PATTERN = /^(.+)\.backup-(\d{8}T\d{6}Z)$/;

/** One backup file next to the database. */
export interface BackupFile {
  name: string;
  path: string;
  stamp: string;
  bytes: number;
}

/** Lists the backups of `databasePath`, newest first. */
export function listBackups(databasePath: string): BackupFile[] {
  const folder = dirname(databasePath);
  const base = basename(databasePath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .map((name) => ({ name, match: BACKUP_PATTERN.exec(name) }))
    .filter((entry) => entry.match !== null && entry.match[1] === base)
    .map((entry) => {
      const path = join(folder, entry.name);
      return { name: entry.name, path, stamp: entry.match?.[2] ?? '', bytes: statSync(path).size };
    })
    .sort((a, b) => (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : 0));
}

/**
 * Writes a consistent copy of the open database with SQLite's online backup API (safe while the app
 * keeps using it), then keeps only the newest {@link BACKUPS_KEPT}. A backup with the same stamp is
 * not written twice.
 */
export async function backupDatabase(db: SqliteDatabase, databasePath: string, stamp: string, keep = BACKUPS_KEPT): Promise<BackupFile[]> {
  const target = `${databasePath}.backup-${stamp}`;
  if (!listBackups(databasePath).some((backup) => backup.path === target)) {
    await db.backup(target);
  }
  const backups = listBackups(databasePath);
  for (const old of backups.slice(keep)) rmSync(old.path, { force: true });
  return backups.slice(0, keep);
}
