/**
 * The host's one window onto the engine: everything main/ needs from shared/engine, in the shape the
 * game host and the session transfer use. Keeping it in one file means an engine API change touches
 * one place on the host side.
 */
import {
  applyCommand,
  commandSchema,
  createGame,
  hashGame,
  restoreGame,
  setupSchema,
  snapshotGame,
  type Command,
  type Game,
  type GameEvent,
  type Setup,
} from '../../shared/engine';
import { HostError } from '../../shared/contract/rpc';
import { getVenue } from '../../shared/venue';
import type { SessionDetail, SessionPlayer } from '../../shared/contract/sessions';
import type { StoredCommand, StoredEvent, TurnCommit } from '../storage/sessionStore';

/** The engine's game object as the host holds it. */
export type EngineGame = Game;

type Parsed<T, K extends string> = ({ ok: true } & Record<K, T>) | { ok: false; message: string };

function describeIssues(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

function parseSetup(raw: unknown): Parsed<Setup, 'setup'> {
  const parsed = setupSchema.safeParse(raw);
  return parsed.success ? { ok: true, setup: parsed.data } : { ok: false, message: describeIssues(parsed.error.issues) };
}

function parseCommand(raw: unknown): Parsed<Command, 'command'> {
  const parsed = commandSchema.safeParse(raw);
  return parsed.success ? { ok: true, command: parsed.data } : { ok: false, message: describeIssues(parsed.error.issues) };
}

/** Counts events by type: the compact per-turn summary stored with each turn for the library and HUD. */
function turnSummary(game: Game, events: readonly GameEvent[]): { stats: unknown; legitimacy: number; eventCounts: Record<string, number> } {
  const eventCounts: Record<string, number> = {};
  for (const event of events) eventCounts[event.type] = (eventCounts[event.type] ?? 0) + 1;
  return { stats: game.state.stats, legitimacy: game.state.legitimacy, eventCounts };
}

/** Why a recorded log does not re-simulate: what the import tells the user, with the place it broke. */
export type ReSimulationFailure =
  | { kind: 'setup'; reason: string }
  | { kind: 'sequence'; seq: number }
  | { kind: 'command'; seq: number; reason: string }
  | { kind: 'hash'; turn: number }
  | { kind: 'turns'; reason: string };

/** What a re-simulation rebuilt: the turn commits, the commands after the last turn, and the end state. */
export interface ReSimulation {
  ok: true;
  commits: ReplayedTurn[];
  pending: StoredCommand[];
  /** Whether the game is over after the last command (the session is then finished). */
  over: boolean;
  /** The engine's result when over, else null (what a live session stores at its end). */
  result: unknown;
}

/**
 * Re-plays a recorded log from the start with this engine, checking every resolved turn against its
 * recorded hash. Returns the turn commits (with rebuilt snapshots and events), the commands after the
 * last resolved turn and whether the game is over, or the first divergence.
 */
function reSimulate(
  rawSetup: unknown,
  seed: number,
  commands: readonly StoredCommand[],
  turns: ReadonlyArray<{ turn: number; lastSeq: number; endTick: number; stateHash: string; summary: unknown }>,
): ReSimulation | { ok: false; message: string; failure: ReSimulationFailure } {
  const fail = (failure: ReSimulationFailure, message: string) => ({ ok: false as const, message, failure });
  const setup = parseSetup(rawSetup);
  if (!setup.ok) return fail({ kind: 'setup', reason: setup.message }, `setup: ${setup.message}`);
  const created = createGame(setup.setup, seed);
  if (!created.ok) return fail({ kind: 'setup', reason: created.message }, `setup: ${created.message}`);
  const game = created.game;
  const expected = new Map(turns.map((turn) => [turn.lastSeq, turn]));
  if (expected.size !== turns.length) return fail({ kind: 'turns', reason: 'two turns end at the same command' }, 'two recorded turns end at the same command');
  const commits: ReplayedTurn[] = [];
  let pending: StoredCommand[] = [];
  let previousSeq = 0;
  for (const stored of commands) {
    if (stored.seq !== previousSeq + 1) return fail({ kind: 'sequence', seq: stored.seq }, `command sequence broken at ${stored.seq}`);
    previousSeq = stored.seq;
    const command = parseCommand(stored.command);
    if (!command.ok) return fail({ kind: 'command', seq: stored.seq, reason: command.message }, `command ${stored.seq}: ${command.message}`);
    const turnBefore = game.state.turn;
    const result = applyCommand(game, command.command);
    if (!result.ok) {
      return fail({ kind: 'command', seq: stored.seq, reason: `${result.reason}: ${result.message}` }, `command ${stored.seq} refused (${result.reason}): ${result.message}`);
    }
    if (command.command.type !== 'resolveTurn') {
      pending.push(stored);
      continue;
    }
    const record = expected.get(stored.seq);
    const hash = hashGame(game);
    if (!record) {
      return fail({ kind: 'turns', reason: `turn ${turnBefore} resolved at command ${stored.seq} has no recorded hash` }, `turn ${turnBefore} resolved at command ${stored.seq} has no recorded hash`);
    }
    if (record.stateHash !== hash) return fail({ kind: 'hash', turn: record.turn }, `turn ${record.turn}: hash ${hash} differs from the recorded ${record.stateHash}`);
    commits.push({
      preceding: pending,
      command: stored,
      turn: turnBefore,
      lastSeq: stored.seq,
      endTick: game.state.tick,
      stateHash: hash,
      snapshot: snapshotGame(game),
      // Copied: the engine keeps updating its stats object, and the commits are written after the whole log.
      summary: { ...turnSummary(game, result.events), stats: structuredClone(game.state.stats) },
      events: result.events.map((event) => toStoredEvent(turnBefore, event)),
      status: game.state.phase === 'over' ? 'finished' : 'planning',
      result: game.state.phase === 'over' ? finalResult(game) : null,
      committedAt: new Date(0).toISOString(),
    });
    pending = [];
  }
  if (commits.length !== turns.length) {
    const reason = `${turns.length} turns recorded but ${commits.length} resolved by the commands`;
    return fail({ kind: 'turns', reason }, reason);
  }
  const over = game.state.phase === 'over';
  return { ok: true, commits, pending, over, result: over ? finalResult(game) : null };
}

/** The result stored with a finished session (as `engine.result`, copied). */
function finalResult(game: Game): { stats: unknown; legitimacy: number } {
  return { stats: structuredClone(game.state.stats), legitimacy: game.state.legitimacy };
}

/** A turn rebuilt by re-simulation: the commands planned before it, then its commit. */
export type ReplayedTurn = TurnCommit & { preceding: StoredCommand[] };

function toStoredEvent(turn: number, event: GameEvent): StoredEvent {
  return { turn, tick: event.tick, type: event.type, data: event };
}

/** A small order for `samplePlanCommands`, aimed near the venue's centre so it is always in bounds. */
function sampleOrder(venueId: string, side: 'police' | 'crowd' | 'instructor', unitId: string, turn: number): unknown {
  const bounds = getVenue(venueId)?.file.bounds;
  if (!bounds) return null;
  const cx = (bounds.minX + bounds.maxX) / 2 + ((turn * 7) % 11) - 5;
  const cy = (bounds.minY + bounds.maxY) / 2 + ((turn * 5) % 9) - 4;
  if (side === 'instructor') return null;
  return side === 'police' ? { type: 'move', unitId, waypoints: [{ x: cx, y: cy }] } : { type: 'march', groupId: unitId, to: { x: cx, y: cy } };
}

/** The engine operations the host uses. */
export const engine = {
  parseSetup,
  parseCommand,
  create: (setup: Setup, seed: number): Game => {
    const created = createGame(setup, seed);
    if (!created.ok) throw new HostError('invalid_arguments', `Invalid game setup: ${created.message}`);
    return created.game;
  },
  apply: (game: Game, command: Command) => applyCommand(game, command),
  hash: (game: Game) => hashGame(game),
  snapshot: (game: Game) => snapshotGame(game),
  /** Restores snapshot bytes, or null when they are not a readable snapshot. */
  tryRestore: (bytes: Uint8Array): Game | null => {
    try {
      const restored = restoreGame(bytes);
      return restored.ok ? restored.game : null;
    } catch {
      return null;
    }
  },
  venueId: (setup: Setup) => setup.venueId,
  turn: (game: Game) => game.state.turn,
  tick: (game: Game) => game.state.tick,
  isOver: (game: Game) => game.state.phase === 'over',
  isTurnResolution: (command: Command) => command.type === 'resolveTurn',
  submittingPlayer: (command: Command): string | null => (command.type === 'submitOrders' || command.type === 'endPlan' ? command.playerId : null),
  result: (game: Game) => ({ stats: game.state.stats, legitimacy: game.state.legitimacy }),
  turnSummary,
  toStoredEvent,
  reSimulate,
  /** Whole-log check used for sessions recorded by another engine version. */
  verifyLog: (setup: unknown, seed: number, commands: readonly StoredCommand[], turns: Parameters<typeof reSimulate>[3]) => {
    const verdict = reSimulate(setup, seed, commands, turns);
    return verdict.ok ? { ok: true as const } : verdict;
  },
  /** Host players (names for the hand-off screen) derived from a setup's players. */
  playersOf: (setup: Setup): SessionPlayer[] => setup.players.map((player) => ({ id: player.id, name: player.name, role: player.side })),
  /**
   * A plausible plan for every player for the current turn: each player orders their first unit to
   * move a few metres (police) or march (crowd), then ends the plan; then the turn is resolved. Tests,
   * the crash test and the storage bench play with it.
   */
  samplePlanCommands: (detail: SessionDetail): Command[] => {
    const setup = parseSetup(detail.setup);
    if (!setup.ok) return [];
    const commands: Command[] = [];
    for (const player of setup.setup.players) {
      const unitId = player.controls[0];
      const turn = detail.summary.turn;
      if (unitId) {
        const order = sampleOrder(setup.setup.venueId, player.side, unitId, turn);
        if (order) commands.push({ type: 'submitOrders', playerId: player.id, orders: [order] } as Command);
      }
      commands.push({ type: 'endPlan', playerId: player.id });
    }
    commands.push({ type: 'resolveTurn' });
    return commands;
  },
};
