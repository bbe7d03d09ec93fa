import { randomInt, randomUUID } from 'node:crypto';
import type { SessionDetail, CommandOutcome, CreateSessionInput, SessionPlayer } from '../../shared/contract/sessions';
import type { SessionStatus } from '../../shared/contract/host';
import { HostError } from '../../shared/contract/rpc';
import { setupLimitProblems } from '../../shared/scenario/limits';
import { ENGINE_VERSION } from '../../shared/version';
import { summaryOfStored, type SessionStore, type StoredCommand, type StoredSession } from '../storage/sessionStore';
import { applyCommand, createGame, hashGame, restoreGame, type Command, type Game, type GameEvent } from '../../shared/engine';
import { parseSetup, reSimulate, submittingPlayer, turnCommitOf, verifyLog } from './engineAdapter';

/** A session whose game is held in memory while it is being played. */
interface LiveSession {
  game: Game;
  nextSeq: number;
  /** The newest snapshot known good: verified when the game was rebuilt, or written by this game since. */
  snapshot: { bytes: Uint8Array; afterSeq: number } | null;
  /** Damaged snapshots skipped when the game was rebuilt, for the user to be told. */
  recovery: SessionDetail['recovery'];
}

/**
 * The game host: runs the authoritative engine for each open session and records every accepted
 * command. A resolved turn is committed with its events, snapshot and hash in one transaction; other
 * commands are appended as they are accepted, so a crash loses at most the command being sent.
 */
export class GameSessions {
  private readonly live = new Map<string, LiveSession>();

  /**
   * @param store session persistence
   * @param afterTurnCommit runs after each committed turn (the host schedules a WAL checkpoint there)
   * @param now clock for timestamps (injected for tests)
   */
  constructor(
    private readonly store: SessionStore,
    private readonly afterTurnCommit: () => void = () => {},
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Creates and records a new session and returns its detail. */
  create(input: CreateSessionInput): SessionDetail {
    const setup = parseSetup(input.setup);
    if (!setup.ok) throw new HostError('invalid_arguments', `Invalid game setup: ${setup.message}`);
    const beyond = setupLimitProblems(setup.setup);
    if (beyond.length > 0) {
      throw new HostError('invalid_arguments', `Setup beyond the session limits: ${beyond.map((problem) => `${problem.field} (${problem.key})`).join('; ')}`);
    }
    const seed = input.seed ?? randomInt(0, 0x7fffffff);
    const created = createGame(setup.setup, seed);
    if (!created.ok) throw new HostError('invalid_arguments', `Invalid game setup: ${created.message}`);
    const id = randomUUID();
    this.store.create({
      id,
      name: input.name,
      venueId: setup.setup.venueId,
      scenarioId: input.scenarioId,
      setup: setup.setup,
      seed,
      engineVersion: ENGINE_VERSION,
      players: input.players,
      crowdController: input.crowdController,
      aiLevel: input.aiLevel ?? null,
      createdAt: this.now().toISOString(),
    });
    this.live.set(id, { game: created.game, nextSeq: 1, snapshot: null, recovery: null });
    return this.open(id);
  }

  /**
   * Loads a session for resume or replay, rebuilding its game from the newest snapshot that restores to
   * its turn's recorded hash (see {@link rebuildGame}); `recovery` tells the user when a damaged
   * snapshot had to be skipped.
   */
  open(id: string): SessionDetail {
    const stored = this.load(id);
    const compatibility = checkCompatibility(stored);
    let live = this.live.get(id);
    if (!live && compatibility.replayable) {
      const rebuilt = rebuildGame(stored, (turn) => this.store.snapshotAt(id, turn));
      live = {
        game: rebuilt.game,
        nextSeq: (stored.commands.at(-1)?.seq ?? 0) + 1,
        snapshot: rebuilt.from ? { bytes: rebuilt.from.bytes, afterSeq: rebuilt.from.lastSeq } : null,
        recovery: rebuilt.skippedTurns.length > 0 ? { damagedSnapshotTurns: rebuilt.skippedTurns, restoredFromTurn: rebuilt.from?.turn ?? null } : null,
      };
      this.live.set(id, live);
    }
    const snapshot = live?.snapshot ?? null;
    return {
      summary: summaryOfStored(stored),
      setup: stored.setup,
      seed: stored.seed,
      engineVersion: stored.engineVersion,
      players: stored.players as SessionPlayer[],
      crowdController: stored.crowdController as SessionDetail['crowdController'],
      aiLevel: stored.aiLevel,
      commands: stored.commands.map((c) => c.command),
      turns: stored.turns.map((t) => ({ turn: t.turn, lastSeq: t.lastSeq, endTick: t.endTick, stateHash: t.stateHash, summary: t.summary })),
      drafts: stored.drafts,
      lastSnapshot: snapshot ? { base64: Buffer.from(snapshot.bytes).toString('base64'), afterSeq: snapshot.afterSeq } : null,
      stateHash: live ? hashGame(live.game) : (stored.turns.at(-1)?.stateHash ?? ''),
      compatibility,
      recovery: live?.recovery ?? null,
    };
  }

  /**
   * Validates and applies one command; records it if the engine accepts it. Memory never runs ahead of
   * the disk: when the record cannot be written (a lock, a full disk, a read-only file, an I/O error, a
   * second writer), the live game is dropped, so the next call rebuilds it from what is durably stored,
   * and the error is re-thrown for the caller to explain. Retrying after the cause is gone continues
   * with no gap in commands or turns.
   */
  send(id: string, rawCommand: unknown): CommandOutcome {
    const live = this.liveSession(id);
    const turnBefore = live.game.state.turn;
    let outcome: CommandOutcome;
    let resolved = false;
    try {
      const result = applyCommand(live.game, rawCommand);
      if (!result.ok) return { ok: false, reason: result.reason, message: result.message };
      const { command } = result;
      resolved = command.type === 'resolveTurn';
      const seq = live.nextSeq;
      const status: SessionStatus = live.game.state.phase === 'over' ? 'finished' : 'planning';
      this.record(id, live, { seq, turn: turnBefore, command }, result.events, status);
      live.nextSeq = seq + 1;
      outcome = { ok: true, seq, events: result.events, stateHash: hashGame(live.game), status, turn: live.game.state.turn };
    } catch (error) {
      this.live.delete(id);
      throw error;
    }
    if (resolved) this.afterTurnCommit();
    return outcome;
  }

  /** Writes one accepted command: a resolved turn as one commit, any other command appended to the log. */
  private record(id: string, live: LiveSession, stored: StoredCommand, events: readonly GameEvent[], status: SessionStatus): void {
    const at = this.now().toISOString();
    const command = stored.command as Command;
    if (command.type !== 'resolveTurn') {
      this.store.appendCommand(id, stored, status, at, submittingPlayer(command));
      return;
    }
    const commit = turnCommitOf(live.game, stored, events, at);
    this.store.commitTurn(id, commit);
    live.snapshot = { bytes: commit.snapshot, afterSeq: stored.seq };
  }

  /** Saves a player's orders in progress so a crash does not lose them. */
  saveDraft(id: string, playerId: string, orders: unknown[]): void {
    const live = this.liveSession(id);
    this.store.saveDraft(id, playerId, live.game.state.turn, orders, this.now().toISOString());
  }

  /** Forgets the in-memory game (after delete, or when the database is swapped). */
  forget(id?: string): void {
    if (id === undefined) this.live.clear();
    else this.live.delete(id);
  }

  private load(id: string): StoredSession {
    const stored = this.store.load(id);
    if (!stored) throw new HostError('not_found', `No session ${id}`);
    return stored;
  }

  private liveSession(id: string): LiveSession {
    const existing = this.live.get(id);
    if (existing) return existing;
    const detail = this.open(id);
    if (!detail.compatibility.replayable) throw new HostError('conflict', detail.compatibility.reason ?? 'Session cannot be replayed');
    const live = this.live.get(id);
    if (!live) throw new HostError('internal', `Session ${id} could not be loaded`);
    return live;
  }
}

/** A game rebuilt from storage, and which snapshot it started from. */
export interface RebuiltGame {
  game: Game;
  /** The snapshot used (null: re-simulated from the setup). */
  from: { turn: number; lastSeq: number; bytes: Uint8Array } | null;
  /** Turns whose stored snapshot did not restore to the turn's recorded hash, newest first. */
  skippedTurns: number[];
}

/**
 * Rebuilds a session's game: starts from the newest stored snapshot whose game hashes to its turn's
 * recorded hash (a flipped byte on disk is never trusted), falling back to older ones and finally to
 * the setup, then re-applies the commands after it with the engine's `rebuildGame`. Every turn resolved
 * on the way must reproduce its recorded hash too; otherwise the session is refused as conflicting
 * instead of opening a wrong game.
 */
export function rebuildGame(stored: StoredSession, snapshotAt: (turn: number) => Uint8Array | null): RebuiltGame {
  const skippedTurns: number[] = [];
  let from: RebuiltGame['from'] = null;
  for (let index = stored.turns.length - 1; index >= 0 && !from; index -= 1) {
    const turn = stored.turns[index]!;
    const bytes = stored.lastSnapshot?.turn === turn.turn ? stored.lastSnapshot.bytes : snapshotAt(turn.turn);
    if (bytes && restoresTo(bytes, turn.stateHash)) from = { turn: turn.turn, lastSeq: turn.lastSeq, bytes };
    else skippedTurns.push(turn.turn);
  }
  const verdict = reSimulate(stored.setup, stored.seed, stored.commands, stored.turns, { start: from ? { snapshot: from.bytes, after: from.lastSeq } : null });
  if (!verdict.ok) throw new HostError('conflict', `The stored session does not rebuild: ${verdict.message}`);
  return { game: verdict.game, from, skippedTurns };
}

/** Whether snapshot bytes restore to a game with the given hash (damaged bytes do not). */
export function restoresTo(bytes: Uint8Array, stateHash: string): boolean {
  try {
    const restored = restoreGame(bytes);
    return restored.ok && hashGame(restored.game) === stateHash;
  } catch {
    return false;
  }
}

/**
 * Whether this engine can replay a session. Same engine version: yes. Older version: re-simulate the
 * whole log and compare every turn's hash; it replays if they all match, and otherwise says at which
 * turn the rules diverge.
 */
export function checkCompatibility(stored: StoredSession): { replayable: boolean; reason: string | null } {
  if (stored.engineVersion === ENGINE_VERSION) return { replayable: true, reason: null };
  const verdict = verifyLog(stored.setup, stored.seed, stored.commands, stored.turns);
  if (verdict.ok) return { replayable: true, reason: null };
  return {
    replayable: false,
    reason:
      `Sesi ini direkam oleh mesin versi ${stored.engineVersion}; versi ${ENGINE_VERSION} memberi hasil berbeda (${verdict.message}). ` +
      `This session was recorded by engine ${stored.engineVersion}; engine ${ENGINE_VERSION} gives different results (${verdict.message}).`,
  };
}
