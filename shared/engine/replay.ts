import { createGame } from './game';
import { stepTick } from './commands';
import { rebuildGame, type RebuildResult } from './rebuild';

type RebuildFailure = Extract<RebuildResult, { ok: false }>;
import { hashGame, snapshotGame, restoreGame } from './persist';
import type { Command } from './orders';
import type { Game, SetupInput } from './state';
import type { GameEvent } from './events';

/**
 * Replay and seek: re-simulates setup + seed + command log, keeps a snapshot at the end of every turn
 * (and of the game as created), one at every turn start after that turn's orders were applied and one
 * every `snapshotEvery` ticks inside a turn, records the hash at the end of every turn, and seeks to
 * any tick by restoring the nearest earlier snapshot of the same turn and stepping forward.
 *
 * What a tick shows (docs/ENGINE.md, Time): `seek(t)` at a turn boundary, t = k x ticksPerTurn, is the
 * end of the k-th resolved turn (k = 0: the game as created) - the state whose hash is turnHashes[k-1]
 * and which storage keeps as the turn's snapshot, before any command of the planning that followed
 * and before the next turn's orders were applied. Inside a turn it is the game after that turn's orders
 * were applied and t - k x ticksPerTurn of its ticks were run.
 */
export interface Replay {
  /** Ticks simulated in all. */
  readonly totalTicks: number;
  /** Hash at the end of each resolved turn, in turn order. */
  readonly turnHashes: readonly string[];
  /** Every event of the replayed game, in order. */
  readonly events: readonly GameEvent[];
  /**
   * The game as it stood after `tick` ticks (clamped to [0, totalTicks], rounded down, NaN read as
   * 0); a fresh, independent game. At a turn boundary that is the end of the turn just resolved
   * (phase planning or over, none of the next turn's orders applied); inside a turn, the turn being
   * resolved.
   */
  seek(tick: number): Game;
  /** The final game: the live game after the whole log, including any planning commands after the last resolved turn. */
  readonly final: Game;
  /**
   * The in-turn ticks a snapshot is kept at, ascending: each turn's start (its orders applied) and every
   * `snapshotEvery`-th tick inside it. A seek steps forward from the nearest one, so it never runs more
   * than `snapshotEvery` ticks; the debrief's scrubber relies on that bound.
   */
  readonly keyframeTicks: readonly number[];
}

/** Result of {@link createReplay}. */
export type ReplayResult =
  | { ok: true; replay: Replay }
  | { ok: false; reason: RebuildFailure['reason']; message: string; commandIndex: number };

/** Options of {@link createReplay}. */
export interface ReplayOptions {
  /** Ticks between in-turn snapshots (default 30); smaller seeks faster and costs memory. */
  snapshotEvery?: number;
}

/** Replays a command log. A command the log holds but the engine refuses makes the replay fail. */
export function createReplay(setup: SetupInput | unknown, seed: number, commands: readonly (Command | unknown)[], options: ReplayOptions = {}): ReplayResult {
  const every = Math.max(1, options.snapshotEvery ?? 30);
  // Turn boundaries and in-turn ticks share tick numbers (a turn starts at the tick the previous one
  // ended at), so they are kept apart: `ends` holds the end of each turn, `inTurn` the rest.
  const ends = new Map<number, Uint8Array>();
  const inTurn = new Map<number, Uint8Array>();
  const hashes: string[] = [];
  const events: GameEvent[] = [];
  let turnStarted = -1;
  const created = createGame(setup, seed);
  if (!created.ok) return { ok: false, reason: created.reason, message: created.message, commandIndex: -1 };
  ends.set(0, snapshotGame(created.game));
  const rebuilt = rebuildGame(setup, seed, commands, { snapshot: ends.get(0)!, after: 0 }, {
    duringResolution(game) {
      if (game.state.phase !== 'resolving') return;
      // The turn's start (its orders applied) always, then every `every` ticks.
      if (game.state.turn !== turnStarted || game.state.tick % every === 0) inTurn.set(game.state.tick, snapshotGame(game));
      turnStarted = game.state.turn;
    },
    afterCommand(_index, command, commandEvents, game) {
      events.push(...commandEvents);
      if (command.type !== 'resolveTurn') return;
      hashes.push(hashGame(game));
      ends.set(game.state.tick, snapshotGame(game));
    },
  });
  if (!rebuilt.ok) return rebuilt;
  const game = rebuilt.game;
  const totalTicks = game.state.tick;
  // Ticks only grow while the log is replayed, so the keys are already in ascending order.
  const keys = [...inTurn.keys()];
  const runtime = game.runtime;
  return {
    ok: true,
    replay: {
      totalTicks, turnHashes: hashes, events, final: game, keyframeTicks: keys,
      seek(tick: number): Game {
        const t = Math.max(0, Math.min(totalTicks, Number.isNaN(tick) ? 0 : Math.floor(tick)));
        const end = ends.get(t);
        if (end) return (restoreGame(end, runtime) as { ok: true; game: Game }).game;
        // Inside a turn: its start (orders applied) is in `inTurn`, so the best key is of the same turn.
        let best = 0;
        for (const key of keys) if (key <= t) best = key;
        const g = (restoreGame(inTurn.get(best)!, runtime) as { ok: true; game: Game }).game;
        while (g.state.tick < t && g.state.phase === 'resolving') stepTick(g);
        return g;
      },
    },
  };
}
