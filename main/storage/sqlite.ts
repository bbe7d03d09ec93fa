import type Database from 'better-sqlite3';

/** The open database handle type used across main/ (its own file, so storage modules share it without cycles). */
export type SqliteDatabase = Database.Database;
