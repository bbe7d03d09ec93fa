import { randomUUID } from 'node:crypto';
import type { BranchInput, SessionDetail, TurnSnapshot } from '../../shared/contract/sessions';
import { HostError } from '../../shared/contract/rpc';
import { snapshotGame } from '../../shared/engine';
import type { MessageKey } from '../../shared/i18n/messages';
import { ENGINE_VERSION } from '../../shared/version';
import { decodeSnapshot } from '../storage/blobCodec';
import type { SqliteDatabase } from '../storage/database';
import { writeBranch } from '../storage/sessionBranch';
import { bilingual } from '../storage/sessionFile';
import type { SessionStore, StoredSession } from '../storage/sessionStore';
import { finalResult } from './engineAdapter';
import { checkCompatibility, rebuildGame, restoresTo, type GameSessions } from './gameSessions';

/**
 * What the debrief asks of the host beyond opening a session: the stored snapshot at the end of any
 * resolved turn (so a replay starts near the moment it shows), and what-if branches that continue a
 * session from one of its turn boundaries. Turns are counted here as the library and the engine's
 * `seek` count them: turn k is the end of the k-th resolved turn, whose row holds engine turn k − 1.
 */
export class SessionDebrief {
  /**
   * @param db the host's database (a branch is written in one transaction)
   * @param store session persistence
   * @param sessions the live games (a branch is opened through them)
   * @param now clock for the branch's creation time (injected for tests)
   */
  constructor(
    private readonly db: SqliteDatabase,
    private readonly store: SessionStore,
    private readonly sessions: GameSessions,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * The snapshot at the end of the `turn`-th resolved turn, or null when the session has not resolved
   * that many. A stored snapshot is handed out only when it restores to its turn's recorded hash; a
   * damaged one is rebuilt from an older snapshot (or the setup) and the commands, like `openSession`.
   */
  turnSnapshot(id: string, turn: number): TurnSnapshot | null {
    const row = this.store.turnSnapshot(id, turn - 1);
    if (!row) return null;
    const answer = (bytes: Uint8Array) => ({ turn, afterSeq: row.lastSeq, endTick: row.endTick, base64: Buffer.from(bytes).toString('base64') });
    const stored = decodeOrNull(row.blob);
    if (stored && restoresTo(stored, row.stateHash)) return answer(stored);
    const session = this.load(id);
    const upTo = truncated(session, row.lastSeq, turn);
    return answer(snapshotGame(rebuildGame(upTo, (at) => this.snapshotOrNull(id, at)).game));
  }

  /**
   * Starts a new session from the end of the original's `atTurn`-th resolved turn: the same setup, seed,
   * players, scenario, crowd controller and AI level, the commands up to that turn's `resolveTurn`, and
   * copies of its turn rows, so it opens from the copied snapshot at once. Before anything is written
   * the copied log is checked against the recorded hashes by the engine's rebuild: the last copied
   * turn is always re-simulated from its commands, from the newest earlier snapshot that restores to
   * its turn's hash (as `openSession` trusts them), or from the setup, re-simulating every turn, when
   * none does. A whole-log re-simulation would take seconds on the host's thread for a long session.
   */
  branch(id: string, input: BranchInput): SessionDetail {
    const original = this.load(id);
    const resolved = original.turns.length;
    if (input.atTurn > resolved) {
      throw refusal('invalid_arguments', 'branch.beyondTurns', { name: original.name, resolved, turn: input.atTurn });
    }
    const compatibility = checkCompatibility(original);
    if (!compatibility.replayable) throw new HostError('conflict', compatibility.reason ?? `Session ${id} cannot be replayed`);
    const lastSeq = input.atTurn === 0 ? 0 : original.turns[input.atTurn - 1]!.lastSeq;
    const kept = truncated(original, lastSeq, input.atTurn);
    const refuse = (reason: string) => refusal('conflict', 'branch.notReproduced', { name: original.name, turn: input.atTurn, reason });
    if (!kept.turns.every((turn, index) => turn.turn === index)) throw refuse('turn rows out of order');
    let game;
    try {
      // The last copied turn's own snapshot is left out, so its commands are re-simulated and checked.
      game = rebuildGame(kept, (turn) => (turn === input.atTurn - 1 ? null : this.snapshotOrNull(id, turn))).game;
    } catch (error) {
      throw refuse(error instanceof Error ? error.message : String(error));
    }
    const over = game.state.phase === 'over';
    const branchId = randomUUID();
    writeBranch(
      this.db,
      {
        id: branchId,
        name: input.name,
        venueId: original.venueId,
        scenarioId: original.scenarioId,
        setup: original.setup,
        seed: original.seed,
        // The copied turns rebuild with this engine (checkCompatibility above), so the branch is this engine's.
        engineVersion: ENGINE_VERSION,
        players: original.players,
        crowdController: original.crowdController,
        aiLevel: original.aiLevel,
        createdAt: this.now().toISOString(),
        branchOf: { id, turn: input.atTurn },
      },
      { fromId: id, lastSeq, turns: input.atTurn, status: over ? 'finished' : 'planning', result: over ? finalResult(game) : null },
    );
    return this.sessions.open(branchId);
  }

  private load(id: string): StoredSession {
    const stored = this.store.load(id);
    if (!stored) throw new HostError('not_found', `No session ${id}`);
    return stored;
  }

  private snapshotOrNull(id: string, turn: number): Uint8Array | null {
    try {
      return this.store.snapshotAt(id, turn);
    } catch {
      return null;
    }
  }
}

/** The session as it stood at the end of its `turns`-th resolved turn (commands up to `lastSeq`). */
function truncated(stored: StoredSession, lastSeq: number, turns: number): StoredSession {
  return {
    ...stored,
    commands: stored.commands.filter((command) => command.seq <= lastSeq),
    turns: stored.turns.slice(0, turns),
    lastSnapshot: null,
  };
}

/** Decompressed snapshot bytes, or null when the stored blob is damaged. */
function decodeOrNull(blob: Buffer): Uint8Array | null {
  try {
    return decodeSnapshot(blob);
  } catch {
    return null;
  }
}

/** A refusal the user reads: the message in Indonesian and English, in one line. */
function refusal(code: 'invalid_arguments' | 'conflict', key: MessageKey, params: Record<string, string | number>): HostError {
  const message = bilingual(key, params);
  return new HostError(code, `${message.id} / ${message.en}`);
}
