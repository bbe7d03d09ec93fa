import type { SessionFilter, SessionSummary } from '../../shared/contract/host';
import type { SqliteDatabase } from './database';
import { BRANCH_ORIGIN_COLUMNS, BRANCH_ORIGIN_JOIN, branchOriginOf, type SessionRow } from './sessionStore';

/** The columns of a `sessions` row the library selects, and the original's name of a branch. */
type LibraryRow = Pick<SessionRow, 'id' | 'name' | 'venue_id' | 'scenario_id' | 'status' | 'turn' | 'created_at' | 'updated_at' | 'branch_of' | 'branch_turn'> & {
  branch_name: string | null;
};

/** The select list and source of every library query (`s` is the session, `o` a branch's original). */
const LIBRARY_SELECT =
  `SELECT s.id, s.name, s.venue_id, s.scenario_id, s.status, s.turn, s.created_at, s.updated_at, ${BRANCH_ORIGIN_COLUMNS} ` +
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
    return row ? toSummary(row) : null;
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
    return rows.map(toSummary);
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
