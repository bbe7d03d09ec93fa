import { createGame, type Game } from './game';
import { applyCommand, beginTurnResolution, stepTick, canResolve, type RejectReason } from './commands';
import { hashGame, snapshotGame, restoreGame } from './persist';
import type { Command } from './orders';
import type { SetupInput } from './state';
import type { GameEvent } from './events';

/**
 * Replay and seek: re-simulates setup + seed + command log, keeps snapshots at every turn start and
 * every `snapshotEvery` ticks inside a turn, records the hash at the end of every turn, and seeks to
 * any tick by restoring the nearest earlier snapshot and stepping forward.
 */
export interface Replay {
  /** Ticks simulated in all. */
  readonly totalTicks: number;
  /** Hash at the end of each resolved turn, in turn order. */
  readonly turnHashes: readonly string[];
  /** Every event of the replayed game, in order. */
  readonly events: readonly GameEvent[];
  /** The game as it stands after `tick` ticks (clamped to [0, totalTicks]); a fresh, independent game. */
  seek(tick: number): Game;
  /** The final game. */
  readonly final: Game;
}

/** Result of {@link createReplay}. */
export type ReplayResult =
  | { ok: true; replay: Replay }
  | { ok: false; reason: RejectReason | 'invalid_setup' | 'unknown_venue'; message: string; commandIndex: number };

/** Options of {@link createReplay}. */
export interface ReplayOptions {
  /** Ticks between in-turn snapshots (default 30); smaller seeks faster and costs memory. */
  snapshotEvery?: number;
}

/** Replays a command log. A command the log holds but the engine refuses makes the replay fail. */
export function createReplay(setup: SetupInput | unknown, seed: number, commands: readonly (Command | unknown)[], options: ReplayOptions = {}): ReplayResult {
  const every = Math.max(1, options.snapshotEvery ?? 30);
  const created = createGame(setup, seed);
  if (!created.ok) return { ok: false, reason: created.reason, message: created.message, commandIndex: -1 };
  const game = created.game;
  const snaps = new Map<number, Uint8Array>();
  snaps.set(0, snapshotGame(game));
  const hashes: string[] = [];
  const events: GameEvent[] = [];
  for (let k = 0; k < commands.length; k++) {
    const cmd = commands[k];
    const check = canResolve(game, cmd);
    if (check === null) {
      const r = applyCommand(game, cmd);
      if (!r.ok) return { ok: false, reason: r.reason, message: r.message, commandIndex: k };
      continue;
    }
    if (check !== true) return { ok: false, reason: check.reason, message: check.message, commandIndex: k };
    events.push(...beginTurnResolution(game));
    snaps.set(game.state.tick, snapshotGame(game));
    while (game.state.phase === 'resolving') {
      events.push(...stepTick(game));
      if (game.state.phase === 'resolving' && game.state.tick % every === 0) snaps.set(game.state.tick, snapshotGame(game));
    }
    hashes.push(hashGame(game));
  }
  const totalTicks = game.state.tick;
  const finalSnap = snapshotGame(game);
  const keys = [...snaps.keys()].sort((x, y) => x - y);
  const runtime = game.runtime;
  return {
    ok: true,
    replay: {
      totalTicks, turnHashes: hashes, events, final: game,
      seek(tick: number): Game {
        const t = Math.max(0, Math.min(totalTicks, Math.floor(tick)));
        if (t === totalTicks) return (restoreGame(finalSnap, runtime) as { ok: true; game: Game }).game;
        let best = 0;
        for (const key of keys) if (key <= t) best = key;
        const g = (restoreGame(snaps.get(best)!, runtime) as { ok: true; game: Game }).game;
        while (g.state.tick < t && g.state.phase === 'resolving') stepTick(g);
        return g;
      },
    },
  };
}
