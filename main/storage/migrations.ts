import { encodeEvents, encodeSnapshot, tickRange } from './blobCodec';
import type { SqliteDatabase } from './sqlite';

/**
 * The database schema as an ordered list of migrations. `PRAGMA user_version` holds the number of the
 * last migration applied. Never edit a migration that has shipped: add a new one at the end.
 */

/**
 * One schema step. `sql`, then `transform` (for data SQL cannot convert, such as compression), run
 * inside the same transaction as the version bump.
 */
export interface Migration {
  version: number;
  description: string;
  sql: string;
  transform?: (db: SqliteDatabase) => void;
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
  {
    version: 3,
    description: 'storage notices the user dismisses (a damaged database moved aside)',
    sql: `
      CREATE TABLE storage_notices (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('moved_aside')),
        file TEXT NOT NULL,
        reason TEXT NOT NULL,
        created_at TEXT NOT NULL,
        dismissed_at TEXT
      ) STRICT;
    `,
  },
  {
    version: 4,
    description: 'lean sessions: compressed snapshots, one compressed event list per turn',
    sql: `
      CREATE TABLE turn_events (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        turn INTEGER NOT NULL,
        first_tick INTEGER NOT NULL,
        last_tick INTEGER NOT NULL,
        event_count INTEGER NOT NULL,
        events BLOB NOT NULL,
        PRIMARY KEY (session_id, turn)
      ) STRICT;
    `,
    transform: compressRecordedTurns,
  },
  {
    version: 5,
    description: 'what-if branches: the original session and the resolved turns a branch took over',
    // No foreign key: a branch keeps its original's id after the original is deleted (its name then reads null).
    sql: `
      ALTER TABLE sessions ADD COLUMN branch_of TEXT;
      ALTER TABLE sessions ADD COLUMN branch_turn INTEGER;
    `,
  },
  {
    version: 6,
    description: 'user venues and scenarios from the editors, and the venue and scenario each session was played on',
    // A session's copy has no tie to the venues/scenarios rows: editing or deleting those never changes a replay.
    sql: `
      CREATE TABLE venues (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        venue_json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE scenarios (
        id TEXT PRIMARY KEY NOT NULL,
        name_json TEXT NOT NULL,
        venue_id TEXT NOT NULL,
        scenario_json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX scenarios_by_venue ON scenarios (venue_id);
      CREATE TABLE session_sources (
        session_id TEXT PRIMARY KEY NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        venue_json TEXT NOT NULL,
        scenario_json TEXT NOT NULL
      ) STRICT;
    `,
  },
];

/** Migration 4's data step: moves event rows into per-turn blobs and compresses stored snapshots. */
function compressRecordedTurns(db: SqliteDatabase): void {
  const turns = db.prepare<[], { session_id: string; turn: number }>('SELECT DISTINCT session_id, turn FROM events ORDER BY session_id, turn').all();
  const rowsOf = db.prepare<[string, number], { tick: number; type: string; data_json: string }>(
    'SELECT tick, type, data_json FROM events WHERE session_id = ? AND turn = ? ORDER BY rowid',
  );
  const insert = db.prepare('INSERT INTO turn_events (session_id, turn, first_tick, last_tick, event_count, events) VALUES (?, ?, ?, ?, ?, ?)');
  for (const { session_id: sessionId, turn } of turns) {
    const events = rowsOf.all(sessionId, turn).map((row) => ({ tick: row.tick, type: row.type, data: JSON.parse(row.data_json) as unknown }));
    const range = tickRange(events);
    insert.run(sessionId, turn, range.first, range.last, events.length, encodeEvents(events));
  }
  db.exec('DROP TABLE events');
  const snapshots = db.prepare<[], { rowid: number; snapshot: Buffer }>('SELECT rowid, snapshot FROM turns').all();
  const update = db.prepare('UPDATE turns SET snapshot = ? WHERE rowid = ?');
  for (const { rowid, snapshot } of snapshots) {
    if (snapshot.subarray(0, 4).toString('latin1') !== 'SSKZ') update.run(encodeSnapshot(snapshot), rowid);
  }
}

/** The schema version this build writes. */
export const LATEST_SCHEMA_VERSION = migrations.length;
