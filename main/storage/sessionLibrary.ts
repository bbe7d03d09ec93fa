import type { SessionFilter, SessionSummary } from '../../shared/contract/host';
import type { SqliteDatabase } from './database';
import { BRANCH_ORIGIN_COLUMNS, BRANCH_ORIGIN_JOIN, branchOriginOf, type SessionRow } from './sessionStore';

/** The columns of a `sessions` row the library selects, and the original's name of a branch. */
type LibraryRow = Pick<SessionRow, 'id' | 'name' | 'venue_id' | 'scenario_id' | 'status' | 'turn' | 'created_at' | 'updated_at' | 'branch_of' | 'branch_turn' | 'setup_json' | 'players_json'> & {
  branch_name: string | null;
};

/** The select list and source of every library query (`s` is the session, `o` a branch's original). */
const LIBRARY_SELECT =
  `SELECT s.id, s.name, s.venue_id, s.scenario_id, s.status, s.turn, s.created_at, s.updated_at, s.setup_json, s.players_json, ${BRANCH_ORIGIN_COLUMNS} ` +
  `FROM sessions s ${BRANCH_ORIGIN_JOIN}`;

/** The library of stored sessions: listing with filters and text search. */
export class SessionLibrary {
  /** @param db an open, migrated database */
  constructor(private readonly db: SqliteDatabase) {}

  /** One session's library row, or null. */
  get(id: string): SessionSummary | null {
    const row = this.db
      .prepare<[string], LibraryRow>(`${LIBRARY_SELECT} WHERE s.id = ?`)
      .get(id);
    return row ? this.toSummary(row) : null;
  }

  /** Lists sessions, newest first, narrowed by `filter`. Text search matches name, venue and scenario. */
  list(filter: SessionFilter): SessionSummary[] {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (filter.status && filter.status.length > 0) {
      where.push(`s.status IN (${filter.status.map(() => '?').join(', ')})`);
      params.push(...filter.status);
    }
    if (filter.venueId) {
      where.push('s.venue_id = ?');
      params.push(filter.venueId);
    }
    if (filter.scenarioId) {
      where.push('s.scenario_id = ?');
      params.push(filter.scenarioId);
    }
    const text = filter.text?.trim();
    if (text) {
      const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.push("(s.name LIKE ? ESCAPE '\\' OR s.venue_id LIKE ? ESCAPE '\\' OR s.scenario_id LIKE ? ESCAPE '\\')");
      params.push(pattern, pattern, pattern);
    }
    const sql =
      LIBRARY_SELECT +
      (where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '') +
      ' ORDER BY s.updated_at DESC, s.id LIMIT ?';
    params.push(filter.limit ?? 200);
    const rows = this.db.prepare<(string | number)[], LibraryRow>(sql).all(...params);
    return rows.map((row) => this.toSummary(row));
  }

  private toSummary(row: LibraryRow): SessionSummary {
    return { ...toSummary(row), nextPlayer: row.status === 'planning' ? this.nextPlayer(row) : null };
  }

  /**
   * Whose turn it is to plan in a session being planned, by name: the first player of the setup who
   * commands something and has not ended this turn's plan (the hot seat's order, as the game flow hands
   * the device on). Null when every player has ended it (the turn is about to be played) or on bad data.
   */
  private nextPlayer(row: LibraryRow): string | null {
    try {
      const setup = JSON.parse(row.setup_json) as { players?: { id: string; controls?: unknown[] }[] };
      const names = new Map((JSON.parse(row.players_json) as { id: string; name: string }[]).map((p) => [p.id, p.name]));
      const ended = new Set(
        this.db
          .prepare<[string, number], { command_json: string }>('SELECT command_json FROM commands WHERE session_id = ? AND turn = ?')
          .all(row.id, row.turn)
          .map((c) => JSON.parse(c.command_json) as { type?: string; playerId?: string })
          .filter((c) => c.type === 'endPlan' && typeof c.playerId === 'string')
          .map((c) => c.playerId!),
      );
      const next = (setup.players ?? []).find((p) => (p.controls?.length ?? 0) > 0 && !ended.has(p.id));
      return next ? (names.get(next.id) ?? next.id) : null;
    } catch {
      return null;
    }
  }
}

function toSummary(row: LibraryRow): SessionSummary {
  return {
    id: row.id,
    name: row.name,
    venueId: row.venue_id,
    scenarioId: row.scenario_id,
    status: row.status,
    turn: row.turn,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    branchOf: branchOriginOf(row),
  };
}
