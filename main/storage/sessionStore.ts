import type { BranchOrigin, SessionStatus, SessionSummary } from '../../shared/contract/host';
import { decodeEvents, decodeSnapshot, encodeEvents, encodeSnapshot, tickRange } from './blobCodec';
import type { SqliteDatabase } from './database';

/** What is written when a session is created. `setup` is the engine's game setup, stored as JSON. */
export interface NewSessionRecord {
  id: string;
  name: string;
  venueId: string;
  scenarioId: string;
  setup: unknown;
  seed: number;
  engineVersion: string;
  players: unknown[];
  crowdController: string;
  aiLevel: string | null;
  createdAt: string;
  /** A what-if branch: the original session and the resolved turns taken over from it. */
  branchOf?: { id: string; turn: number } | null;
}

/** One accepted command of the log, in the order the engine applied it. */
export interface StoredCommand {
  seq: number;
  turn: number;
  command: unknown;
}

/** One event row for the debrief. */
export interface StoredEvent {
  turn: number;
  tick: number;
  type: string;
  data: unknown;
}

/** A resolved turn as committed: its hash, the snapshot at its end and what the HUD/debrief needs. */
export interface TurnCommit {
  /** The command that resolved the turn; written in the same transaction as the turn. */
  command: StoredCommand;
  turn: number;
  /** Sequence number of the last command the turn includes (the resolution command itself). */
  lastSeq: number;
  endTick: number;
  stateHash: string;
  snapshot: Uint8Array;
  summary: unknown;
  events: readonly StoredEvent[];
  status: SessionStatus;
  result: unknown;
  committedAt: string;
}

/** A turn commit with its snapshot and events compressed, ready to write. */
export interface EncodedTurn {
  commit: TurnCommit;
  snapshot: Buffer;
  events: { range: { first: number; last: number }; blob: Buffer } | null;
}

/** A turn row without its snapshot bytes. */
export interface StoredTurn {
  turn: number;
  lastSeq: number;
  endTick: number;
  stateHash: string;
  summary: unknown;
}

/** An instructor's note or bookmark pinned to a tick. */
export interface StoredAnnotation {
  id: number;
  tick: number;
  kind: 'note' | 'bookmark';
  author: string;
  text: string;
  createdAt: string;
}

/** Everything needed to resume or replay a session. */
export interface StoredSession {
  id: string;
  name: string;
  venueId: string;
  scenarioId: string;
  status: SessionStatus;
  turn: number;
  setup: unknown;
  seed: number;
  engineVersion: string;
  players: unknown[];
  crowdController: string;
  aiLevel: string | null;
  result: unknown;
  createdAt: string;
  updatedAt: string;
  /** Set on a what-if branch; the original's name is null once it was deleted. */
  branchOf: BranchOrigin | null;
  commands: StoredCommand[];
  turns: StoredTurn[];
  /** The newest committed snapshot, or null before the first turn is resolved. */
  lastSnapshot: { turn: number; lastSeq: number; bytes: Uint8Array } | null;
  drafts: { playerId: string; turn: number; orders: unknown }[];
}

/** The library fields of a stored session (what lists and the session header show). */
export function summaryOfStored(stored: StoredSession): SessionSummary {
  const { id, name, venueId, scenarioId, status, turn, createdAt, updatedAt, branchOf } = stored;
  return { id, name, venueId, scenarioId, status, turn, createdAt, updatedAt, branchOf };
}

/** A row of the `sessions` table as SQLite returns it (migrations.ts); the library reads a subset. */
export interface SessionRow {
  id: string;
  name: string;
  venue_id: string;
  scenario_id: string;
  status: SessionStatus;
  turn: number;
  setup_json: string;
  seed: number;
  engine_version: string;
  players_json: string;
  crowd_controller: string;
  ai_level: string | null;
  result_json: string | null;
  created_at: string;
  updated_at: string;
  branch_of: string | null;
  branch_turn: number | null;
}

/** The turn row at the end of one resolved turn, with its snapshot still compressed. */
export interface StoredTurnSnapshot {
  turn: number;
  lastSeq: number;
  endTick: number;
  stateHash: string;
  /** The stored blob; `decodeSnapshot` (blobCodec.ts) throws when it is damaged. */
  blob: Buffer;
}

/** Selects a session's `branchOf`: the original's name from a join (null once the original is gone). */
export const BRANCH_ORIGIN_COLUMNS = 's.branch_of AS branch_of, s.branch_turn AS branch_turn, o.name AS branch_name';
/** The join that finds a branch's original; the session itself is `s`. */
export const BRANCH_ORIGIN_JOIN = 'LEFT JOIN sessions o ON o.id = s.branch_of';

/** A row's `branchOf` from the columns of {@link BRANCH_ORIGIN_COLUMNS}. */
export function branchOriginOf(row: { branch_of: string | null; branch_turn: number | null; branch_name: string | null }): BranchOrigin | null {
  return row.branch_of === null ? null : { id: row.branch_of, name: row.branch_name, turn: row.branch_turn ?? 0 };
}

/**
 * Persistence of recorded sessions. Every write that belongs together is one transaction: a command
 * and the session's `updated_at`; a resolved turn with its events, snapshot, hash and the clearing of
 * that turn's drafts. A crash therefore leaves either the whole turn or none of it.
 */
export class SessionStore {
  private readonly statements;

  /** @param db an open, migrated database */
  constructor(private readonly db: SqliteDatabase) {
    this.statements = {
      insertSession: db.prepare(
        `INSERT INTO sessions (id, name, venue_id, scenario_id, status, turn, created_at, updated_at, setup_json, seed,
           engine_version, players_json, crowd_controller, ai_level, branch_of, branch_turn)
         VALUES (@id, @name, @venueId, @scenarioId, 'planning', 0, @createdAt, @createdAt, @setup, @seed, @engineVersion,
           @players, @crowdController, @aiLevel, @branchOf, @branchTurn)`,
      ),
      insertCommand: db.prepare('INSERT INTO commands (session_id, seq, turn, command_json) VALUES (?, ?, ?, ?)'),
      touch: db.prepare('UPDATE sessions SET updated_at = ?, status = ? WHERE id = ?'),
      insertTurn: db.prepare(
        `INSERT INTO turns (session_id, turn, last_seq, end_tick, state_hash, snapshot, summary_json, committed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertEvents: db.prepare(
        'INSERT INTO turn_events (session_id, turn, first_tick, last_tick, event_count, events) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      finishTurn: db.prepare('UPDATE sessions SET turn = ?, status = ?, result_json = ?, updated_at = ? WHERE id = ?'),
      clearDrafts: db.prepare('DELETE FROM drafts WHERE session_id = ? AND turn <= ?'),
      upsertDraft: db.prepare(
        `INSERT INTO drafts (session_id, player_id, turn, orders_json, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(session_id, player_id) DO UPDATE SET turn = excluded.turn, orders_json = excluded.orders_json,
           updated_at = excluded.updated_at`,
      ),
      deleteDraft: db.prepare('DELETE FROM drafts WHERE session_id = ? AND player_id = ?'),
      selectSession: db.prepare<[string], SessionRow & { branch_name: string | null }>(
        `SELECT s.*, ${BRANCH_ORIGIN_COLUMNS} FROM sessions s ${BRANCH_ORIGIN_JOIN} WHERE s.id = ?`,
      ),
      selectCommands: db.prepare<[string], { seq: number; turn: number; command_json: string }>(
        'SELECT seq, turn, command_json FROM commands WHERE session_id = ? ORDER BY seq',
      ),
      selectTurns: db.prepare<[string], { turn: number; last_seq: number; end_tick: number; state_hash: string; summary_json: string }>(
        'SELECT turn, last_seq, end_tick, state_hash, summary_json FROM turns WHERE session_id = ? ORDER BY turn',
      ),
      selectLastSnapshot: db.prepare<[string], { turn: number; last_seq: number; snapshot: Buffer }>(
        'SELECT turn, last_seq, snapshot FROM turns WHERE session_id = ? ORDER BY turn DESC LIMIT 1',
      ),
      selectSnapshot: db.prepare<[string, number], { snapshot: Buffer }>('SELECT snapshot FROM turns WHERE session_id = ? AND turn = ?'),
      selectTurn: db.prepare<[string, number], { turn: number; last_seq: number; end_tick: number; state_hash: string; snapshot: Buffer }>(
        'SELECT turn, last_seq, end_tick, state_hash, snapshot FROM turns WHERE session_id = ? AND turn = ?',
      ),
      selectDrafts: db.prepare<[string], { player_id: string; turn: number; orders_json: string }>(
        'SELECT player_id, turn, orders_json FROM drafts WHERE session_id = ? ORDER BY player_id',
      ),
      selectEvents: db.prepare<[string, number, number], { turn: number; events: Buffer }>(
        'SELECT turn, events FROM turn_events WHERE session_id = ? AND last_tick >= ? AND first_tick <= ? ORDER BY turn',
      ),
      insertAnnotation: db.prepare(
        'INSERT INTO annotations (session_id, tick, kind, author, text, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      selectAnnotations: db.prepare<[string], { id: number; tick: number; kind: 'note' | 'bookmark'; author: string; text: string; created_at: string }>(
        'SELECT id, tick, kind, author, text, created_at FROM annotations WHERE session_id = ? ORDER BY tick, id',
      ),
      selectAnnotation: db.prepare<[number, string], { id: number; tick: number; kind: 'note' | 'bookmark'; author: string; text: string; created_at: string }>(
        'SELECT id, tick, kind, author, text, created_at FROM annotations WHERE id = ? AND session_id = ?',
      ),
      countAnnotations: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM annotations WHERE session_id = ?'),
      updateAnnotation: db.prepare(
        'UPDATE annotations SET tick = coalesce(@tick, tick), kind = coalesce(@kind, kind), text = coalesce(@text, text) WHERE id = @id AND session_id = @sessionId',
      ),
      deleteAnnotation: db.prepare('DELETE FROM annotations WHERE id = ? AND session_id = ?'),
      rename: db.prepare('UPDATE sessions SET name = ?, updated_at = ? WHERE id = ?'),
      remove: db.prepare('DELETE FROM sessions WHERE id = ?'),
    };
  }

  /** Creates the session row. */
  create(record: NewSessionRecord): void {
    const { branchOf, ...fields } = record;
    this.statements.insertSession.run({
      ...fields,
      setup: JSON.stringify(record.setup),
      players: JSON.stringify(record.players),
      branchOf: branchOf?.id ?? null,
      branchTurn: branchOf?.turn ?? null,
    });
  }

  /**
   * Appends one accepted command to the log and marks the session as touched, in one transaction; when
   * the command submitted a player's plan, that player's draft is dropped in the same transaction.
   */
  appendCommand(sessionId: string, command: StoredCommand, status: SessionStatus, at: string, clearDraftOf: string | null = null): void {
    this.db.transaction(() => {
      this.statements.insertCommand.run(sessionId, command.seq, command.turn, JSON.stringify(command.command));
      this.statements.touch.run(at, status, sessionId);
      if (clearDraftOf !== null) this.statements.deleteDraft.run(sessionId, clearDraftOf);
    })();
  }

  /** Commits a resolved turn: its row, snapshot, events, the session's progress; drops its drafts. */
  commitTurn(sessionId: string, commit: TurnCommit): void {
    this.writeTurn(sessionId, this.encodeTurn(commit));
  }

  /** Compresses a turn's snapshot and events: CPU work done before the transaction opens. */
  encodeTurn(commit: TurnCommit): EncodedTurn {
    return {
      commit,
      snapshot: encodeSnapshot(commit.snapshot),
      events: commit.events.length > 0 ? { range: tickRange(commit.events), blob: encodeEvents(commit.events) } : null,
    };
  }

  /** Writes an encoded turn in one transaction, holding the write lock only for the writes themselves. */
  writeTurn(sessionId: string, { commit, snapshot, events }: EncodedTurn): void {
    const { statements } = this;
    this.db.transaction(() => {
      statements.insertCommand.run(sessionId, commit.command.seq, commit.command.turn, JSON.stringify(commit.command.command));
      statements.insertTurn.run(
        sessionId,
        commit.turn,
        commit.lastSeq,
        commit.endTick,
        commit.stateHash,
        snapshot,
        JSON.stringify(commit.summary),
        commit.committedAt,
      );
      if (events) statements.insertEvents.run(sessionId, commit.turn, events.range.first, events.range.last, commit.events.length, events.blob);
      // sessions.turn counts resolved turns; the engine numbers turns from 0.
      statements.finishTurn.run(commit.turn + 1, commit.status, commit.result === undefined ? null : JSON.stringify(commit.result), commit.committedAt, sessionId);
      statements.clearDrafts.run(sessionId, commit.turn);
    })();
  }

  /** Saves the orders a player is still planning, replacing the previous draft. */
  saveDraft(sessionId: string, playerId: string, turn: number, orders: unknown, at: string): void {
    this.statements.upsertDraft.run(sessionId, playerId, turn, JSON.stringify(orders), at);
  }

  /** Loads everything needed to resume or replay a session, or null if there is none with that id. */
  load(sessionId: string): StoredSession | null {
    const row = this.statements.selectSession.get(sessionId);
    if (!row) return null;
    const snapshot = this.statements.selectLastSnapshot.get(sessionId);
    return {
      id: row.id,
      name: row.name,
      venueId: row.venue_id,
      scenarioId: row.scenario_id,
      status: row.status,
      turn: row.turn,
      setup: JSON.parse(row.setup_json) as unknown,
      seed: row.seed,
      engineVersion: row.engine_version,
      players: JSON.parse(row.players_json) as unknown[],
      crowdController: row.crowd_controller,
      aiLevel: row.ai_level,
      result: row.result_json === null ? null : (JSON.parse(row.result_json) as unknown),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      branchOf: branchOriginOf(row),
      commands: this.statements.selectCommands.all(sessionId).map((c) => ({ seq: c.seq, turn: c.turn, command: JSON.parse(c.command_json) as unknown })),
      turns: this.statements.selectTurns.all(sessionId).map((t) => ({
        turn: t.turn,
        lastSeq: t.last_seq,
        endTick: t.end_tick,
        stateHash: t.state_hash,
        summary: JSON.parse(t.summary_json) as unknown,
      })),
      lastSnapshot: snapshot ? { turn: snapshot.turn, lastSeq: snapshot.last_seq, bytes: decodeSnapshot(snapshot.snapshot) } : null,
      drafts: this.statements.selectDrafts.all(sessionId).map((d) => ({ playerId: d.player_id, turn: d.turn, orders: JSON.parse(d.orders_json) as unknown })),
    };
  }

  /** The snapshot stored at the end of `turn`, if that turn was committed. */
  snapshotAt(sessionId: string, turn: number): Uint8Array | null {
    const row = this.statements.selectSnapshot.get(sessionId, turn);
    return row ? decodeSnapshot(row.snapshot) : null;
  }

  /** The row of one resolved turn (the engine's turn number) with its compressed snapshot, or null. */
  turnSnapshot(sessionId: string, turn: number): StoredTurnSnapshot | null {
    const row = this.statements.selectTurn.get(sessionId, turn);
    return row ? { turn: row.turn, lastSeq: row.last_seq, endTick: row.end_tick, stateHash: row.state_hash, blob: row.snapshot } : null;
  }

  /** Events of a session between two ticks (inclusive), in the order they happened. */
  events(sessionId: string, fromTick: number, toTick: number): StoredEvent[] {
    const out: StoredEvent[] = [];
    for (const row of this.statements.selectEvents.all(sessionId, fromTick, toTick)) {
      let events;
      try {
        events = decodeEvents(row.events);
      } catch (error) {
        throw Object.assign(new Error(`events of turn ${row.turn} are damaged: ${error instanceof Error ? error.message : String(error)}`), {
          code: 'SQLITE_CORRUPT',
        });
      }
      for (const event of events) if (event.tick >= fromTick && event.tick <= toTick) out.push({ turn: row.turn, ...event });
    }
    return out;
  }

  /** Pins a note or bookmark to a tick; returns its id. */
  addAnnotation(sessionId: string, annotation: Omit<StoredAnnotation, 'id'>): number {
    const { tick, kind, author, text, createdAt } = annotation;
    return Number(this.statements.insertAnnotation.run(sessionId, tick, kind, author, text, createdAt).lastInsertRowid);
  }

  /** How many notes and bookmarks a session has. */
  annotationCount(sessionId: string): number {
    return this.statements.countAnnotations.get(sessionId)?.n ?? 0;
  }

  /** One note or bookmark of a session, or null (also when the id belongs to another session). */
  annotation(sessionId: string, id: number): StoredAnnotation | null {
    const row = this.statements.selectAnnotation.get(id, sessionId);
    return row ? { id: row.id, tick: row.tick, kind: row.kind, author: row.author, text: row.text, createdAt: row.created_at } : null;
  }

  /** Changes a note's moment, kind or text (fields left out stay); the note as stored now, or null if none. */
  updateAnnotation(sessionId: string, id: number, patch: Partial<Pick<StoredAnnotation, 'tick' | 'kind' | 'text'>>): StoredAnnotation | null {
    this.statements.updateAnnotation.run({ id, sessionId, tick: patch.tick ?? null, kind: patch.kind ?? null, text: patch.text ?? null });
    return this.annotation(sessionId, id);
  }

  /** Deletes a note or bookmark of a session; false if it has none with that id. */
  deleteAnnotation(sessionId: string, id: number): boolean {
    return this.statements.deleteAnnotation.run(id, sessionId).changes > 0;
  }

  /** The session's notes and bookmarks in tick order. */
  annotations(sessionId: string): StoredAnnotation[] {
    return this.statements.selectAnnotations.all(sessionId).map((a) => ({
      id: a.id,
      tick: a.tick,
      kind: a.kind,
      author: a.author,
      text: a.text,
      createdAt: a.created_at,
    }));
  }

  /** Renames a session; false if it does not exist. */
  rename(sessionId: string, name: string, at: string): boolean {
    return this.statements.rename.run(name, at, sessionId).changes > 0;
  }

  /** Deletes a session and everything recorded for it; false if it does not exist. */
  delete(sessionId: string): boolean {
    return this.statements.remove.run(sessionId).changes > 0;
  }
}
