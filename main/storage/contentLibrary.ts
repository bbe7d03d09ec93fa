import type { SqliteDatabase } from './database';

/**
 * The user's venues and scenarios as the editors save them: one row each, the validated file as JSON.
 * The host validates before it writes (main/host/editorServices.ts); reading tolerates a row another
 * version wrote, since the host parses it again before any use. Each write is a single statement or one
 * transaction, so a crash leaves the old row or the new one, never half of either.
 */

/** A stored venue row as the host reads it. */
export interface StoredVenue {
  id: string;
  name: string;
  venue: unknown;
  createdAt: string;
  updatedAt: string;
}

/** A stored scenario row as the host reads it. */
export interface StoredScenario {
  id: string;
  name: unknown;
  venueId: string;
  scenario: unknown;
  createdAt: string;
  updatedAt: string;
}

/** JSON.parse that answers null for a damaged value instead of throwing. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Persistence of user venues and scenarios. */
export class ContentLibrary {
  private readonly statements;

  /** @param db an open, migrated database */
  constructor(private readonly db: SqliteDatabase) {
    this.statements = {
      venues: db.prepare<[], { id: string; name: string; venue_json: string; created_at: string; updated_at: string }>(
        'SELECT id, name, venue_json, created_at, updated_at FROM venues ORDER BY updated_at DESC, id',
      ),
      venue: db.prepare<[string], { id: string; name: string; venue_json: string; created_at: string; updated_at: string }>(
        'SELECT id, name, venue_json, created_at, updated_at FROM venues WHERE id = ?',
      ),
      upsertVenue: db.prepare(
        `INSERT INTO venues (id, name, venue_json, created_at, updated_at) VALUES (@id, @name, @json, @at, @at)
         ON CONFLICT(id) DO UPDATE SET name = excluded.name, venue_json = excluded.venue_json, updated_at = excluded.updated_at`,
      ),
      deleteVenue: db.prepare('DELETE FROM venues WHERE id = ?'),
      scenarios: db.prepare<[], { id: string; name_json: string; venue_id: string; scenario_json: string; created_at: string; updated_at: string }>(
        'SELECT id, name_json, venue_id, scenario_json, created_at, updated_at FROM scenarios ORDER BY updated_at DESC, id',
      ),
      scenario: db.prepare<[string], { id: string; name_json: string; venue_id: string; scenario_json: string; created_at: string; updated_at: string }>(
        'SELECT id, name_json, venue_id, scenario_json, created_at, updated_at FROM scenarios WHERE id = ?',
      ),
      scenariosOnVenue: db.prepare<[string], { id: string }>('SELECT id FROM scenarios WHERE venue_id = ? ORDER BY id'),
      upsertScenario: db.prepare(
        `INSERT INTO scenarios (id, name_json, venue_id, scenario_json, created_at, updated_at) VALUES (@id, @name, @venueId, @json, @at, @at)
         ON CONFLICT(id) DO UPDATE SET name_json = excluded.name_json, venue_id = excluded.venue_id, scenario_json = excluded.scenario_json,
           updated_at = excluded.updated_at`,
      ),
      deleteScenario: db.prepare('DELETE FROM scenarios WHERE id = ?'),
    };
  }

  /** Every stored venue, the most recently saved first. */
  venues(): StoredVenue[] {
    return this.statements.venues.all().map((row) => ({ id: row.id, name: row.name, venue: parseJson(row.venue_json), createdAt: row.created_at, updatedAt: row.updated_at }));
  }

  /** The stored venue with this id, or null. */
  venue(id: string): StoredVenue | null {
    const row = this.statements.venue.get(id);
    return row ? { id: row.id, name: row.name, venue: parseJson(row.venue_json), createdAt: row.created_at, updatedAt: row.updated_at } : null;
  }

  /** Writes a venue (new or replacing the one with its id). */
  saveVenue(id: string, name: string, venue: unknown, at: string): void {
    this.statements.upsertVenue.run({ id, name, json: JSON.stringify(venue), at });
  }

  /** Deletes a venue; false when there was none. */
  deleteVenue(id: string): boolean {
    return this.statements.deleteVenue.run(id).changes > 0;
  }

  /** Every stored scenario, the most recently saved first. */
  scenarios(): StoredScenario[] {
    return this.statements.scenarios.all().map(scenarioOfRow);
  }

  /** The stored scenario with this id, or null. */
  scenario(id: string): StoredScenario | null {
    const row = this.statements.scenario.get(id);
    return row ? scenarioOfRow(row) : null;
  }

  /** Ids of the stored scenarios played on a venue. */
  scenariosOnVenue(venueId: string): string[] {
    return this.statements.scenariosOnVenue.all(venueId).map((row) => row.id);
  }

  /** Writes a scenario (new or replacing the one with its id). */
  saveScenario(id: string, name: unknown, venueId: string, scenario: unknown, at: string): void {
    this.statements.upsertScenario.run({ id, name: JSON.stringify(name), venueId, json: JSON.stringify(scenario), at });
  }

  /** Deletes a scenario; false when there was none. */
  deleteScenario(id: string): boolean {
    return this.statements.deleteScenario.run(id).changes > 0;
  }

  /** Runs `write` in one IMMEDIATE transaction: every write in it or, when anything throws, none. */
  atomically<T>(write: () => T): T {
    return this.db.transaction(write).immediate();
  }
}

function scenarioOfRow(row: { id: string; name_json: string; venue_id: string; scenario_json: string; created_at: string; updated_at: string }): StoredScenario {
  return { id: row.id, name: parseJson(row.name_json), venueId: row.venue_id, scenario: parseJson(row.scenario_json), createdAt: row.created_at, updatedAt: row.updated_at };
}

/** The venue and scenario a session was played on, kept with it (migration 6's `session_sources`). */
export class SessionSources {
  private readonly insert;
  private readonly select;

  /** @param db an open, migrated database */
  constructor(db: SqliteDatabase) {
    this.insert = db.prepare('INSERT OR REPLACE INTO session_sources (session_id, venue_json, scenario_json) VALUES (?, ?, ?)');
    this.select = db.prepare<[string], { venue_json: string; scenario_json: string }>('SELECT venue_json, scenario_json FROM session_sources WHERE session_id = ?');
  }

  /** Keeps the copies of a session's venue and scenario. */
  save(sessionId: string, venue: unknown, scenario: unknown): void {
    this.insert.run(sessionId, JSON.stringify(venue), JSON.stringify(scenario));
  }

  /** The copies kept with a session, or null for a session recorded before they were kept. */
  of(sessionId: string): { venue: unknown; scenario: unknown } | null {
    const row = this.select.get(sessionId);
    return row ? { venue: parseJson(row.venue_json), scenario: parseJson(row.scenario_json) } : null;
  }
}
