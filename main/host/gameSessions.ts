import { randomInt, randomUUID } from 'node:crypto';
import type { SessionDetail, CommandOutcome, CreateSessionInput, SessionPlayer } from '../../shared/contract/sessions';
import type { SessionStatus } from '../../shared/contract/host';
import { HostError } from '../../shared/contract/rpc';
import { ENGINE_VERSION } from '../../shared/version';
import { summaryOfStored, type SessionStore, type StoredSession } from '../storage/sessionStore';
import { engine, type EngineGame } from './engineAdapter';

/** A session whose game is held in memory while it is being played. */
interface LiveSession {
  game: EngineGame;
  nextSeq: number;
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
    const setup = engine.parseSetup(input.setup);
    if (!setup.ok) throw new HostError('invalid_arguments', `Invalid game setup: ${setup.message}`);
    const seed = input.seed ?? randomInt(0, 0x7fffffff);
    const game = engine.create(setup.setup, seed);
    const id = randomUUID();
    this.store.create({
      id,
      name: input.name,
      venueId: engine.venueId(setup.setup),
      scenarioId: input.scenarioId,
      setup: setup.setup,
      seed,
      engineVersion: ENGINE_VERSION,
      players: input.players,
      crowdController: input.crowdController,
      aiLevel: input.aiLevel ?? null,
      createdAt: this.now().toISOString(),
    });
    this.live.set(id, { game, nextSeq: 1 });
    return this.open(id);
  }

  /** Loads a session for resume or replay, rebuilding its game from the newest snapshot. */
  open(id: string): SessionDetail {
    const stored = this.load(id);
    const compatibility = checkCompatibility(stored);
    let live = this.live.get(id);
    if (!live && compatibility.replayable) {
      live = { game: rebuildGame(stored), nextSeq: (stored.commands.at(-1)?.seq ?? 0) + 1 };
      this.live.set(id, live);
    }
    return {
      summary: summaryOfStored(stored),
      setup: stored.setup,
      seed: stored.seed,
      engineVersion: stored.engineVersion,
      players: stored.players as SessionPlayer[],
      crowdController: stored.crowdController as SessionDetail['crowdController'],
      aiLevel: stored.aiLevel,
      commands: stored.commands.map((c) => c.command),
      turns: stored.turns.map((t) => ({ turn: t.turn, endTick: t.endTick, stateHash: t.stateHash, summary: t.summary })),
      drafts: stored.drafts,
      lastSnapshot: stored.lastSnapshot
        ? { base64: Buffer.from(stored.lastSnapshot.bytes).toString('base64'), afterSeq: stored.lastSnapshot.lastSeq }
        : null,
      stateHash: live ? engine.hash(live.game) : (stored.turns.at(-1)?.stateHash ?? ''),
      compatibility,
    };
  }

  /** Validates and applies one command; records it if the engine accepts it. */
  send(id: string, rawCommand: unknown): CommandOutcome {
    const live = this.liveSession(id);
    const command = engine.parseCommand(rawCommand);
    if (!command.ok) return { ok: false, reason: 'invalid_command', message: command.message };
    const turnBefore = engine.turn(live.game);
    const result = engine.apply(live.game, command.command);
    if (!result.ok) return { ok: false, reason: result.reason, message: result.message };
    const seq = live.nextSeq;
    live.nextSeq += 1;
    const at = this.now().toISOString();
    const status: SessionStatus = engine.isOver(live.game) ? 'finished' : 'planning';
    if (engine.isTurnResolution(command.command)) {
      const resolvedTurn = turnBefore;
      this.store.commitTurn(id, {
        command: { seq, turn: resolvedTurn, command: command.command },
        turn: resolvedTurn,
        lastSeq: seq,
        endTick: engine.tick(live.game),
        stateHash: engine.hash(live.game),
        snapshot: engine.snapshot(live.game),
        summary: engine.turnSummary(live.game, result.events),
        events: result.events.map((event) => engine.toStoredEvent(resolvedTurn, event)),
        status,
        result: engine.isOver(live.game) ? engine.result(live.game) : null,
        committedAt: at,
      });
      this.afterTurnCommit();
    } else {
      this.store.appendCommand(id, { seq, turn: turnBefore, command: command.command }, status, at);
      const playerId = engine.submittingPlayer(command.command);
      if (playerId) this.store.deleteDraft(id, playerId);
    }
    return { ok: true, seq, events: result.events, stateHash: engine.hash(live.game), status, turn: engine.turn(live.game) };
  }

  /** Saves a player's orders in progress so a crash does not lose them. */
  saveDraft(id: string, playerId: string, orders: unknown[]): void {
    const live = this.liveSession(id);
    this.store.saveDraft(id, playerId, engine.turn(live.game), orders, this.now().toISOString());
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

/** Restores the newest snapshot and re-applies the commands recorded after it. */
export function rebuildGame(stored: StoredSession): EngineGame {
  const setup = engine.parseSetup(stored.setup);
  if (!setup.ok) throw new HostError('conflict', `Stored setup is invalid: ${setup.message}`);
  const game = stored.lastSnapshot ? engine.restore(stored.lastSnapshot.bytes) : engine.create(setup.setup, stored.seed);
  const after = stored.lastSnapshot?.lastSeq ?? 0;
  for (const { seq, command } of stored.commands) {
    if (seq <= after) continue;
    const parsed = engine.parseCommand(command);
    const result = parsed.ok ? engine.apply(game, parsed.command) : { ok: false as const, message: parsed.message };
    if (!result.ok) throw new HostError('conflict', `Recorded command ${seq} no longer applies: ${result.message}`);
  }
  return game;
}

/**
 * Whether this engine can replay a session. Same engine version: yes. Older version: re-simulate the
 * whole log and compare every turn's hash; it replays if they all match, and otherwise says at which
 * turn the rules diverge.
 */
export function checkCompatibility(stored: StoredSession): { replayable: boolean; reason: string | null } {
  if (stored.engineVersion === ENGINE_VERSION) return { replayable: true, reason: null };
  const verdict = engine.verifyLog(stored.setup, stored.seed, stored.commands, stored.turns);
  if (verdict.ok) return { replayable: true, reason: null };
  return {
    replayable: false,
    reason:
      `Sesi ini direkam oleh mesin versi ${stored.engineVersion}; versi ${ENGINE_VERSION} memberi hasil berbeda (${verdict.message}). ` +
      `This session was recorded by engine ${stored.engineVersion}; engine ${ENGINE_VERSION} gives different results (${verdict.message}).`,
  };
}
