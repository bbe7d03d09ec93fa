import type { HostApi } from '../../../shared/contract/methods';
import { base64ToBytes } from '../host/base64';
import { rebuildGame, restoreGame, snapshotGame, type Game, type GameEvent } from './engineFacade';
import type { SessionRecord } from './sessionRecord';
import { readTurnLog } from '../../../shared/debrief/commandLog';
import { summariseTurn, type SummaryInputs, type TurnSummary } from './turnSummary';

/**
 * What re-watching a resolved turn needs from the record: the game just before the turn's resolution
 * began (every plan in, nothing run yet) as a copy of its own, and the turn's summary from the events
 * the host stored. Both are kept per turn once made, so replaying or reopening again costs nothing.
 */

/** Snapshots of the game just before each turn's resolution, and the turns' summaries, by engine turn. */
export class TurnCache {
  private readonly starts = new Map<number, Uint8Array>();
  private readonly summaries = new Map<number, TurnSummary>();

  /** Keeps the game before `turn`'s resolution (taken from the mirror as the turn is resolved). */
  keepStart(turn: number, game: Game): void {
    this.starts.set(turn, snapshotGame(game));
  }

  /** The snapshot kept for `turn`, if any. */
  start(turn: number): Uint8Array | null {
    return this.starts.get(turn) ?? null;
  }

  /** Keeps a turn's summary. */
  keepSummary(summary: TurnSummary): void {
    this.summaries.set(summary.turn, summary);
  }

  /** The summary kept for `turn`, if any. */
  summary(turn: number): TurnSummary | null {
    return this.summaries.get(turn) ?? null;
  }
}

/**
 * A copy of the game just before engine turn `turn`'s resolution: from the kept snapshot, or rebuilt
 * from the host's snapshot of the turn before's end (the setup for the first turn) and the commands
 * up to the turn's `resolveTurn`. `runtime` is a game whose compiled venue the copy may share.
 */
export async function gameBeforeTurn(
  host: Pick<HostApi, 'getTurnSnapshot'>, sessionId: string, record: SessionRecord, cache: TurnCache, turn: number, runtime: Game,
): Promise<Game> {
  const kept = cache.start(turn);
  if (kept) return restored(kept, runtime);
  const index = record.turns.findIndex((entry) => entry.turn === turn);
  if (index < 0) throw new Error(`turn ${turn + 1} was not resolved`);
  const stored = index === 0 ? null : await host.getTurnSnapshot(sessionId, index);
  if (index > 0 && !stored) throw new Error(`the host has no snapshot of turn ${index}`);
  const start = stored ? { snapshot: base64ToBytes(stored.base64), after: stored.afterSeq } : null;
  const rebuilt = rebuildGame(record.setup, record.seed, record.commands.slice(0, record.turns[index]!.lastSeq - 1), start);
  if (!rebuilt.ok) throw new Error(`${rebuilt.reason}: ${rebuilt.message}`);
  if (rebuilt.game.state.phase !== 'planning') throw new Error(`turn ${turn + 1} does not start in planning`);
  cache.keepStart(turn, rebuilt.game);
  return rebuilt.game;
}

function restored(bytes: Uint8Array, runtime: Game): Game {
  const result = restoreGame(bytes, runtime.runtime);
  if (!result.ok) throw new Error(`${result.reason}: ${result.message}`);
  return result.game;
}

/**
 * What a summary of engine turn `turn` needs besides its events: the command log's orders by id (who
 * gave what) and the score at the end of the turn before, from `game` (the mirror, which holds every
 * resolved turn's score).
 */
export function summaryInputs(game: Game, commands: readonly unknown[], turn: number): SummaryInputs {
  return { byOrderId: readTurnLog(commands).byOrderId, previousScore: game.state.doctrine.scores.find((score) => score.turn === turn - 1) ?? null };
}

/** A turn's summary: kept, or made from the events the host stored for it (`game`: the mirror, for its inputs). */
export async function summaryOfTurn(
  host: Pick<HostApi, 'listEvents'>, sessionId: string, record: SessionRecord, cache: TurnCache, turn: number, game: Game,
): Promise<TurnSummary> {
  const kept = cache.summary(turn);
  if (kept) return kept;
  const range = record.tickRange(turn);
  if (!range) throw new Error(`turn ${turn + 1} was not resolved`);
  const stored = await host.listEvents(sessionId, range[0], range[1]);
  const events = stored.filter((event) => event.turn === turn).map((event) => event.data as GameEvent);
  const summary = summariseTurn(turn, events, summaryInputs(game, record.commands, turn));
  cache.keepSummary(summary);
  return summary;
}
