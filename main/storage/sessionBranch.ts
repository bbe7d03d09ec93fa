import type { SessionStatus } from '../../shared/contract/host';
import type { SqliteDatabase } from './database';
import { SessionStore, type NewSessionRecord } from './sessionStore';

/**
 * Storage of a what-if branch: a new session that takes over the first resolved turns of another one.
 * The original's rows are copied inside SQLite (commands, turn rows with their compressed snapshots,
 * event blocks and summaries), so a branch of a long session is written without decoding anything and
 * opens from the copied snapshot at once.
 */

/** What a branch takes over: the commands up to `lastSeq` and the rows of the first `turns` resolved turns. */
export interface BranchCopy {
  fromId: string;
  /** Sequence number of the last command copied (0: none). */
  lastSeq: number;
  /** Resolved turns copied: the rows of engine turns 0 … turns − 1. */
  turns: number;
  /** The branch's state after them: finished when the game was over there. */
  status: SessionStatus;
  result: unknown;
}

/**
 * Creates the branch session and copies what it takes over, all in one transaction (IMMEDIATE, so a
 * turn committed meanwhile cannot change the rows halfway through the copy). `record.branchOf` names
 * the original.
 */
export function writeBranch(db: SqliteDatabase, record: NewSessionRecord, copy: BranchCopy): void {
  const store = new SessionStore(db);
  const copyCommands = db.prepare(
    'INSERT INTO commands (session_id, seq, turn, command_json) SELECT ?, seq, turn, command_json FROM commands WHERE session_id = ? AND seq <= ?',
  );
  const copyTurns = db.prepare(
    `INSERT INTO turns (session_id, turn, last_seq, end_tick, state_hash, snapshot, summary_json, committed_at)
     SELECT ?, turn, last_seq, end_tick, state_hash, snapshot, summary_json, committed_at FROM turns WHERE session_id = ? AND turn < ?`,
  );
  const copyEvents = db.prepare(
    `INSERT INTO turn_events (session_id, turn, first_tick, last_tick, event_count, events)
     SELECT ?, turn, first_tick, last_tick, event_count, events FROM turn_events WHERE session_id = ? AND turn < ?`,
  );
  const progress = db.prepare('UPDATE sessions SET turn = ?, status = ?, result_json = ? WHERE id = ?');
  db.transaction(() => {
    store.create(record);
    copyCommands.run(record.id, copy.fromId, copy.lastSeq);
    const copied = copyTurns.run(record.id, copy.fromId, copy.turns).changes;
    // The rows were checked before the transaction; a concurrent delete would leave fewer.
    if (copied !== copy.turns) throw new Error(`branch: ${copied} of ${copy.turns} turns of ${copy.fromId} copied`);
    copyEvents.run(record.id, copy.fromId, copy.turns);
    progress.run(copy.turns, copy.status, copy.result === null || copy.result === undefined ? null : JSON.stringify(copy.result), record.id);
  }).immediate();
}
