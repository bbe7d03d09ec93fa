import type { SqliteDatabase } from './database';

/** A notice about the database that stays until the user dismisses it (today: a damaged file moved aside). */
export interface StorageNoticeRow {
  id: number;
  kind: 'moved_aside';
  /** The file name of the moved-aside copy, next to the database. */
  file: string;
  /** SQLite's own words for what was wrong with it. */
  reason: string;
  createdAt: string;
}

/** Reads and dismisses the storage notices recorded in the database. */
export class StorageNotices {
  /** @param db an open, migrated database */
  constructor(private readonly db: SqliteDatabase) {}

  /** The notices not yet dismissed, oldest first. */
  list(): StorageNoticeRow[] {
    return this.db
      .prepare<[], { id: number; kind: 'moved_aside'; file: string; reason: string; created_at: string }>(
        'SELECT id, kind, file, reason, created_at FROM storage_notices WHERE dismissed_at IS NULL ORDER BY id',
      )
      .all()
      .map(({ created_at: createdAt, ...rest }) => ({ ...rest, createdAt }));
  }

  /** Marks a notice as read; false when there is no such notice still showing. */
  dismiss(id: number, at: string): boolean {
    return this.db.prepare('UPDATE storage_notices SET dismissed_at = ? WHERE id = ? AND dismissed_at IS NULL').run(at, id).changes > 0;
  }
}
