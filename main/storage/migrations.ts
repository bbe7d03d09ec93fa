/**
 * The database schema as an ordered list of migrations. `PRAGMA user_version` holds the number of the
 * last migration applied. Never edit a migration that has shipped: add a new one at the end.
 */

/** One schema step. `sql` runs inside the same transaction as the version bump. */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

/** All migrations, in order; versions are 1, 2, 3 ... without gaps. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'settings and the session library',
    sql: `
      CREATE TABLE settings (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
      ) STRICT;
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        venue_id TEXT NOT NULL,
        scenario_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('planning', 'resolving', 'finished', 'abandoned')),
        turn INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sessions_by_update ON sessions (updated_at DESC);
    `,
  },
];

/** The schema version this build writes. */
export const LATEST_SCHEMA_VERSION = migrations.length;
