/**
 * What the host adds to the engine: parsing a stored setup with a short reason, the per-turn records
 * it stores (summary, events, result), and re-checking a recorded log against its turn hashes through
 * the engine's one `rebuildGame`. Everything else the host calls on the engine directly
 * (`applyCommand`, the engine's only command parser, `hashGame`, `snapshotGame` …).
 */
import { rebuildGame, setupSchema, snapshotGame, hashGame, type Command, type Game, type GameEvent, type RebuildStart, type Setup } from '../../shared/engine';
import { formatIssues } from '../../shared/schema/issues';
import type { StoredCommand, StoredEvent, TurnCommit } from '../storage/sessionStore';

/** A stored setup parsed by the engine's schema, or the first few reasons it is not one. */
export function parseSetup(raw: unknown): { ok: true; setup: Setup } | { ok: false; message: string } {
  const parsed = setupSchema.safeParse(raw);
  return parsed.success ? { ok: true, setup: parsed.data } : { ok: false, message: formatIssues(parsed.error.issues, 5).join('; ') };
}

/** The compact per-turn summary stored with each turn for the library and HUD (its numbers copied). */
export function turnSummary(game: Game, events: readonly GameEvent[]): { stats: unknown; legitimacy: number; eventCounts: Record<string, number> } {
  const eventCounts: Record<string, number> = {};
  for (const event of events) eventCounts[event.type] = (eventCounts[event.type] ?? 0) + 1;
  return { stats: structuredClone(game.state.stats), legitimacy: game.state.legitimacy, eventCounts };
}

/** The result stored with a finished session. */
export function finalResult(game: Game): { stats: unknown; legitimacy: number } {
  return { stats: structuredClone(game.state.stats), legitimacy: game.state.legitimacy };
}

/** An engine event as a stored event row of `turn`. */
export function toStoredEvent(turn: number, event: GameEvent): StoredEvent {
  return { turn, tick: event.tick, type: event.type, data: event };
}

/** The player whose draft a command settles (their plan was submitted or ended), if any. */
export function submittingPlayer(command: Command): string | null {
  return command.type === 'submitOrders' || command.type === 'endPlan' ? command.playerId : null;
}

/** Everything a resolved turn commits, built from the game right after the resolution. */
export function turnCommitOf(game: Game, command: StoredCommand, events: readonly GameEvent[], committedAt: string): TurnCommit {
  const over = game.state.phase === 'over';
  return {
    command,
    turn: command.turn,
    lastSeq: command.seq,
    endTick: game.state.tick,
    stateHash: hashGame(game),
    snapshot: snapshotGame(game),
    summary: turnSummary(game, events),
    events: events.map((event) => toStoredEvent(command.turn, event)),
    status: over ? 'finished' : 'planning',
    result: over ? finalResult(game) : null,
    committedAt,
  };
}

/** A recorded turn as the checks need it. */
export type RecordedTurn = { turn: number; lastSeq: number; endTick: number; stateHash: string; summary: unknown };

/** Why a recorded log does not re-simulate: what the import tells the user, with the place it broke. */
export type ReSimulationFailure =
  | { kind: 'setup'; reason: string }
  | { kind: 'sequence'; seq: number }
  | { kind: 'command'; seq: number; reason: string }
  | { kind: 'hash'; turn: number }
  | { kind: 'turns'; reason: string };

/** A turn rebuilt by re-simulation: the commands planned before it, then its commit. */
export type ReplayedTurn = TurnCommit & { preceding: StoredCommand[] };

/** What a re-simulation rebuilt: the turn commits, the commands after the last turn, and the end state. */
export interface ReSimulation {
  ok: true;
  commits: ReplayedTurn[];
  pending: StoredCommand[];
  /** Whether the game is over after the last command (the session is then finished). */
  over: boolean;
  /** The engine's result when over, else null (what a live session stores at its end). */
  result: unknown;
  /** The game after the whole log. */
  game: Game;
}

/**
 * Rebuilds a recorded log with this engine (from the setup, or from `start`: a snapshot holding the
 * first `start.after` commands) and checks every turn resolved on the way against its recorded hash.
 * With `collect`, it also returns every turn's commit (rebuilt snapshot, events, summary) for the
 * import to write. Fails at the first broken sequence number, refused command or differing hash.
 */
export function reSimulate(
  rawSetup: unknown,
  seed: number,
  commands: readonly StoredCommand[],
  turns: readonly RecordedTurn[],
  options: { start?: RebuildStart | null; collect?: boolean } = {},
): ReSimulation | { ok: false; message: string; failure: ReSimulationFailure } {
  const fail = (failure: ReSimulationFailure, message: string) => ({ ok: false as const, message, failure });
  const setup = parseSetup(rawSetup);
  if (!setup.ok) return fail({ kind: 'setup', reason: setup.message }, `setup: ${setup.message}`);
  const expected = new Map(turns.map((turn) => [turn.lastSeq, turn]));
  if (expected.size !== turns.length) return fail({ kind: 'turns', reason: 'two turns end at the same command' }, 'two recorded turns end at the same command');
  const broken = commands.findIndex((stored, index) => stored.seq !== index + 1);
  if (broken >= 0) return fail({ kind: 'sequence', seq: commands[broken]!.seq }, `command sequence broken at ${commands[broken]!.seq}`);
  const after = options.start?.after ?? 0;
  const commits: ReplayedTurn[] = [];
  let pending: StoredCommand[] = [];
  let resolved = turns.filter((turn) => turn.lastSeq <= after).length;
  let hashFailure: ReSimulationFailure | null = null;
  const rebuilt = rebuildGame(setup.setup, seed, commands.map((stored) => stored.command), options.start ?? null, {
    afterCommand(index, command, events, game) {
      const stored = commands[index]!;
      if (command.type !== 'resolveTurn') {
        pending.push(stored);
        return;
      }
      resolved += 1;
      const record = expected.get(stored.seq);
      if (!record) {
        hashFailure = { kind: 'turns', reason: `turn ${stored.turn} resolved at command ${stored.seq} has no recorded hash` };
        return hashFailure.reason;
      }
      const hash = hashGame(game);
      if (record.stateHash !== hash) {
        hashFailure = { kind: 'hash', turn: record.turn };
        return `turn ${record.turn}: hash ${hash} differs from the recorded ${record.stateHash}`;
      }
      if (options.collect) commits.push({ preceding: pending, ...turnCommitOf(game, { ...stored, turn: record.turn }, events, new Date(0).toISOString()) });
      pending = [];
    },
  });
  if (!rebuilt.ok) {
    if (rebuilt.commandIndex < 0) return fail({ kind: 'setup', reason: rebuilt.message }, `setup: ${rebuilt.message}`);
    if (hashFailure) return fail(hashFailure, rebuilt.message);
    const seq = commands[rebuilt.commandIndex]!.seq;
    return fail({ kind: 'command', seq, reason: `${rebuilt.reason}: ${rebuilt.message}` }, `command ${seq} refused (${rebuilt.reason}): ${rebuilt.message}`);
  }
  if (resolved !== turns.length) {
    const reason = `${turns.length} turns recorded but ${resolved} resolved by the commands`;
    return fail({ kind: 'turns', reason }, reason);
  }
  const over = rebuilt.game.state.phase === 'over';
  return { ok: true, commits, pending, over, result: over ? finalResult(rebuilt.game) : null, game: rebuilt.game };
}

/** Whole-log check used for sessions recorded by another engine version and by the tests. */
export function verifyLog(setup: unknown, seed: number, commands: readonly StoredCommand[], turns: readonly RecordedTurn[]): { ok: true } | { ok: false; message: string } {
  const verdict = reSimulate(setup, seed, commands, turns);
  return verdict.ok ? { ok: true } : { ok: false, message: verdict.message };
}
