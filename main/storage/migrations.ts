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
  {
    version: 2,
    description: 'recorded sessions: command log, turns with hash and snapshot, events, notes, drafts',
    sql: `
      ALTER TABLE sessions ADD COLUMN setup_json TEXT NOT NULL DEFAULT '{}';
      ALTER TABLE sessions ADD COLUMN seed INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE sessions ADD COLUMN engine_version TEXT NOT NULL DEFAULT '';
      ALTER TABLE sessions ADD COLUMN players_json TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE sessions ADD COLUMN crowd_controller TEXT NOT NULL DEFAULT 'script';
      ALTER TABLE sessions ADD COLUMN ai_level TEXT;
      ALTER TABLE sessions ADD COLUMN result_json TEXT;
      CREATE TABLE commands (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        turn INTEGER NOT NULL,
        command_json TEXT NOT NULL,
        PRIMARY KEY (session_id, seq)
      ) STRICT;
      CREATE TABLE turns (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        turn INTEGER NOT NULL,
        last_seq INTEGER NOT NULL,
        end_tick INTEGER NOT NULL,
        state_hash TEXT NOT NULL,
        snapshot BLOB NOT NULL,
        summary_json TEXT NOT NULL DEFAULT '{}',
        committed_at TEXT NOT NULL,
        PRIMARY KEY (session_id, turn)
      ) STRICT;
      CREATE TABLE events (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        turn INTEGER NOT NULL,
        tick INTEGER NOT NULL,
        type TEXT NOT NULL,
        data_json TEXT NOT NULL
      ) STRICT;
      CREATE INDEX events_by_session_tick ON events (session_id, tick);
      CREATE INDEX events_by_session_type ON events (session_id, type, tick);
      CREATE TABLE annotations (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        tick INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('note', 'bookmark')),
        author TEXT NOT NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX annotations_by_session ON annotations (session_id, tick);
      CREATE TABLE drafts (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        player_id TEXT NOT NULL,
        turn INTEGER NOT NULL,
        orders_json TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (session_id, player_id)
      ) STRICT;
    `,
  },
];

/** The schema version this build writes. */
export const LATEST_SCHEMA_VERSION = migrations.length;
