import { createGame } from './game';
import { applyCommand, beginTurnResolution, canResolve, stepTick, type RejectReason } from './commands';
import { restoreGame } from './persist';
import type { Command } from './orders';
import type { Game, SetupInput } from './state';
import type { GameEvent } from './events';

/**
 * The one way to rebuild a game from its record: the setup and seed (or a snapshot that already holds
 * the first commands of the log), then every later command through `applyCommand`, the engine's only
 * command parser. The host resuming a session, the import checking a file, the replay behind seek and
 * the renderer's mirror all call it; each adds its own checks through the hooks instead of keeping a
 * loop of its own.
 */

/** Where a rebuild starts instead of the setup: snapshot bytes that include the log's first `after` commands. */
export interface RebuildStart {
  snapshot: Uint8Array;
  after: number;
}

/** What callers watch while a game is rebuilt. */
export interface RebuildHooks {
  /**
   * Called after each command of the log was applied, with its index in the log and the events it
   * produced. Returning a string stops the rebuild with that message (a recorded hash that differs).
   */
  afterCommand?(index: number, command: Command, events: readonly GameEvent[], game: Game): string | void;
  /**
   * When given, a turn resolution is run tick by tick and this is called once its orders are applied
   * and after every tick (the replay keeps snapshots there). The result is the same as without it.
   */
  duringResolution?(game: Game): void;
}

/** Result of {@link rebuildGame}: the game after the whole log, or why and at which command it stopped. */
export type RebuildResult =
  | { ok: true; game: Game }
  | { ok: false; reason: RejectReason | 'invalid_setup' | 'unknown_venue' | 'invalid_snapshot' | 'check_failed'; message: string; commandIndex: number };

/**
 * Rebuilds a game from `setup` + `seed` + `log`, or from `start` (a snapshot holding the first
 * `start.after` commands) + the rest of the log. A command the engine refuses makes it fail: a stored
 * log that no longer applies is never half-replayed.
 */
export function rebuildGame(setup: SetupInput | unknown, seed: number, log: readonly unknown[], start?: RebuildStart | null, hooks: RebuildHooks = {}): RebuildResult {
  let game: Game;
  if (start) {
    if (start.after < 0 || start.after > log.length) return { ok: false, reason: 'invalid_snapshot', message: `snapshot after command ${start.after} of ${log.length}`, commandIndex: -1 };
    const restored = restoreGame(start.snapshot);
    if (!restored.ok) return { ok: false, reason: 'invalid_snapshot', message: restored.message, commandIndex: -1 };
    game = restored.game;
  } else {
    const created = createGame(setup, seed);
    if (!created.ok) return { ok: false, reason: created.reason, message: created.message, commandIndex: -1 };
    game = created.game;
  }
  for (let index = start?.after ?? 0; index < log.length; index += 1) {
    const input = log[index];
    const applied = hooks.duringResolution ? applyTickByTick(game, input, hooks.duringResolution) : applyCommand(game, input);
    if (!applied.ok) return { ok: false, reason: applied.reason, message: applied.message, commandIndex: index };
    const stop = hooks.afterCommand?.(index, input as Command, applied.events, game);
    if (typeof stop === 'string') return { ok: false, reason: 'check_failed', message: stop, commandIndex: index };
  }
  return { ok: true, game };
}

/** `applyCommand`, except that a turn resolution runs one tick at a time with `onTick` in between. */
function applyTickByTick(game: Game, input: unknown, onTick: (game: Game) => void): { ok: true; events: GameEvent[] } | { ok: false; reason: RejectReason; message: string } {
  const check = canResolve(game, input);
  if (check === null) {
    const result = applyCommand(game, input);
    return result.ok ? { ok: true, events: result.events } : { ok: false, reason: result.reason, message: result.message };
  }
  if (check !== true) return { ok: false, reason: check.reason, message: check.message };
  const events = beginTurnResolution(game);
  onTick(game);
  while (game.state.phase === 'resolving') {
    events.push(...stepTick(game));
    onTick(game);
  }
  return { ok: true, events };
}
