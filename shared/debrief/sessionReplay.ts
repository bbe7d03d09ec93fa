import {
  applyCommand, beginTurnResolution, canResolve, createGame, hashGame, restoreGame, snapshotGame, stepTick, type Game,
} from '../engine/index';
import { readTurnLog, type TurnLog } from './commandLog';
import { MetricSeries } from './metrics';
import { TrackStore } from './tracks';

/**
 * Seek for the debrief: any tick of a recorded session, quickly, starting from the snapshots storage
 * keeps at the end of every turn instead of re-simulating the whole log. What a tick shows is the
 * engine's own definition (docs/ENGINE.md, Time; shared/engine/replay.ts): at a turn's end tick, the
 * end of that turn; inside a turn, the turn after its orders were applied and that many ticks run.
 *
 * A turn's end comes from its stored snapshot when the caller has given it (`addTurnSnapshot`), or is
 * simulated from the nearest earlier one. Inside a turn the replay keeps a keyframe every
 * `keyframeEvery` ticks as it passes, so a seek runs at most that many ticks once a turn was visited,
 * and playing forward only steps. Every tick it passes is sampled into `metrics` (the charts), and
 * every turn end it simulates is checked against the recorded hash (`mismatchedTurns`).
 */

/** What a replay is built from: the session as storage recorded it. */
export interface ReplaySource {
  setup: unknown;
  seed: number;
  commands: readonly unknown[];
  /** Resolved turns in order (turn 1 first) with the tick each ended at and its recorded hash. */
  turns: readonly { turn: number; endTick: number; stateHash: string }[];
}

/** Options of {@link SessionReplay.create}. */
export interface SessionReplayOptions {
  /** Ticks between keyframes inside a turn (default 20). */
  keyframeEvery?: number;
  /** Snapshot of the end of the last turn (the one the host sends with the session), when known. */
  lastTurnSnapshot?: Uint8Array | null;
}

/** Result of {@link SessionReplay.create}. */
export type SessionReplayResult = { ok: true; replay: SessionReplay } | { ok: false; message: string };

/** Where the cursor stands: at the end of a turn, or inside a turn being resolved. */
type CursorPlace = { atEndOf: number } | { inTurn: number };

/** A recorded session that can be shown at any tick. */
export class SessionReplay {
  /** The log read by turn (orders by id, where each turn resolves). */
  readonly log: TurnLog;
  /** Ticks of the whole recorded session. */
  readonly totalTicks: number;
  /** `turnEnds[k]`: the tick turn k ended at (`turnEnds[0]` = 0, the game as created). */
  readonly turnEnds: readonly number[];
  /** Per-tick numbers for the charts, filled as ticks are visited. */
  readonly metrics: MetricSeries;
  /** Per-tick centres of every unit and group for the trails, filled like `metrics`. */
  readonly tracks: TrackStore;
  /** Turns whose simulated end did not match the recorded hash. */
  readonly mismatchedTurns: number[] = [];
  private readonly endSnapshots: (Uint8Array | undefined)[];
  private readonly keyframes: Map<number, Uint8Array>[];
  private readonly keyframeEvery: number;
  private cursor: Game;
  private place: CursorPlace;

  private constructor(private readonly source: ReplaySource, first: Game, firstTurn: number, log: TurnLog, options: SessionReplayOptions) {
    this.log = log;
    this.keyframeEvery = Math.max(1, Math.floor(options.keyframeEvery ?? 20));
    this.turnEnds = [0, ...source.turns.map((turn) => turn.endTick)];
    this.totalTicks = this.turnEnds.at(-1)!;
    this.endSnapshots = new Array(this.turnEnds.length);
    this.endSnapshots[firstTurn] = snapshotGame(first);
    this.keyframes = this.turnEnds.map(() => new Map());
    this.metrics = new MetricSeries(this.totalTicks);
    this.tracks = new TrackStore(first, this.totalTicks);
    this.cursor = first;
    this.place = { atEndOf: firstTurn };
    this.sample(first);
  }

  /**
   * Builds a replay; fails when the setup does not create a game or the log and the turns disagree.
   * Given the last turn's stored snapshot (checked against its hash), it starts there and creates the
   * game from the setup only when an earlier moment needs it, so the end shows at once.
   */
  static create(source: ReplaySource, options: SessionReplayOptions = {}): SessionReplayResult {
    const log = readTurnLog(source.commands);
    if (log.resolvedTurns < source.turns.length) return { ok: false, message: `the log resolves ${log.resolvedTurns} turns, storage recorded ${source.turns.length}` };
    const last = source.turns.length;
    if (options.lastTurnSnapshot && last > 0) {
      const restored = restoreGame(options.lastTurnSnapshot);
      if (restored.ok && hashGame(restored.game) === source.turns[last - 1]!.stateHash) {
        return { ok: true, replay: new SessionReplay(source, restored.game, last, log, options) };
      }
    }
    const created = createGame(source.setup, source.seed);
    if (!created.ok) return { ok: false, message: `${created.reason}: ${created.message}` };
    return { ok: true, replay: new SessionReplay(source, created.game, 0, log, options) };
  }

  /** Turns the session resolved. */
  get resolvedTurns(): number {
    return this.turnEnds.length - 1;
  }

  /** Ticks per turn of this game. */
  get ticksPerTurn(): number {
    return this.cursor.state.ticksPerTurn;
  }

  /** Seconds of scenario time per tick. */
  get tickSeconds(): number {
    return this.cursor.state.tickSeconds;
  }

  /**
   * Takes the stored snapshot of the end of `turn` after checking it restores to the turn's recorded
   * hash; returns false (and keeps nothing) when it does not.
   */
  addTurnSnapshot(turn: number, bytes: Uint8Array): boolean {
    if (turn < 1 || turn >= this.turnEnds.length || this.endSnapshots[turn]) return this.endSnapshots[turn] !== undefined;
    const restored = restoreGame(bytes, this.cursor.runtime);
    if (!restored.ok || hashGame(restored.game) !== this.source.turns[turn - 1]!.stateHash) return false;
    this.endSnapshots[turn] = bytes;
    this.sample(restored.game);
    return true;
  }

  /** True when the end of `turn` is known without simulating (stored or already simulated). */
  hasTurnEnd(turn: number): boolean {
    return this.endSnapshots[turn] !== undefined;
  }

  /** The turn being resolved at `tick` (1-based), or the turn that ends there; 0 for tick 0. */
  turnAt(tick: number): number {
    const t = this.clamp(tick);
    if (t === 0) return 0;
    for (let k = 1; k < this.turnEnds.length; k += 1) if (t <= this.turnEnds[k]!) return k;
    return this.turnEnds.length - 1;
  }

  /**
   * The game at `tick` (clamped, rounded down). The returned game is the replay's cursor: read it,
   * snapshot it, never change it; the next seek moves it.
   */
  seek(tick: number): Game {
    const t = this.clamp(tick);
    const end = this.turnEnds.indexOf(t);
    if (end >= 0) return this.toTurnEnd(end);
    const turn = this.turnAt(t);
    const here = this.place;
    const canStep = 'inTurn' in here && here.inTurn === turn && this.cursor.state.tick <= t && t - this.cursor.state.tick <= 2 * this.keyframeEvery;
    if (!canStep) this.restoreInTurn(turn, t);
    this.stepTo(t);
    return this.cursor;
  }

  /**
   * Simulates up to `ticks` ticks not yet visited, from the start, so the charts fill in and every later
   * seek is short; returns true while something is left. The caller spreads it over idle time.
   */
  warm(ticks: number): boolean {
    const next = this.metrics.firstUnknown();
    if (next < 0) return false;
    const turn = this.turnAt(next);
    let target = Math.min(this.turnEnds[turn]!, next + Math.max(1, Math.floor(ticks)) - 1);
    // A stored turn end is restored, not stepped to: stop one tick short so the ticks before it are run.
    if (target === this.turnEnds[turn] && this.endSnapshots[turn] && target - 1 > this.turnEnds[turn - 1]!) target -= 1;
    this.seek(target);
    return this.metrics.firstUnknown() >= 0;
  }

  /** Records a visited moment for the charts and the trails. */
  private sample(game: Game): void {
    this.metrics.sample(game);
    this.tracks.record(game);
  }

  private clamp(tick: number): number {
    return Math.max(0, Math.min(this.totalTicks, Number.isFinite(tick) ? Math.floor(tick) : 0));
  }

  private restore(bytes: Uint8Array): Game {
    const restored = restoreGame(bytes, this.cursor.runtime);
    if (!restored.ok) throw new Error(`replay snapshot does not restore: ${restored.message}`);
    return restored.game;
  }

  /** Moves the cursor to the end of `turn`: stored, or simulated from its start. */
  private toTurnEnd(turn: number): Game {
    const here = this.place;
    if ('atEndOf' in here && here.atEndOf === turn) return this.cursor;
    const stored = this.endSnapshots[turn] ?? (turn === 0 ? this.createdSnapshot() : undefined);
    if (stored) {
      this.cursor = this.restore(stored);
      this.place = { atEndOf: turn };
      return this.cursor;
    }
    if (!('inTurn' in here && here.inTurn === turn)) this.restoreInTurn(turn, this.turnEnds[turn]!);
    this.stepTo(this.turnEnds[turn]!);
    return this.cursor;
  }

  /** The game as created from the setup (needed only when a moment before the first stored turn end is shown). */
  private createdSnapshot(): Uint8Array {
    const created = createGame(this.source.setup, this.source.seed);
    if (!created.ok) throw new Error(`${created.reason}: ${created.message}`);
    this.endSnapshots[0] = snapshotGame(created.game);
    this.sample(created.game);
    return this.endSnapshots[0];
  }

  /** Puts the cursor at the latest keyframe of `turn` at or before `tick`, building the turn's start if needed. */
  private restoreInTurn(turn: number, tick: number): void {
    const frames = this.keyframes[turn]!;
    let best = -1;
    for (const key of frames.keys()) if (key <= tick && key > best) best = key;
    if (best >= 0) {
      this.cursor = this.restore(frames.get(best)!);
      this.place = { inTurn: turn };
      return;
    }
    const game = this.toTurnEnd(turn - 1);
    this.place = { inTurn: turn };
    const from = this.log.resolveAt[turn - 1]! + 1;
    const resolveIndex = this.log.resolveAt[turn]!;
    for (let index = from; index < resolveIndex; index += 1) {
      const applied = applyCommand(game, this.source.commands[index]);
      if (!applied.ok) throw new Error(`command ${index + 1} no longer applies: ${applied.message}`);
    }
    const check = canResolve(game, this.source.commands[resolveIndex]);
    if (check !== true) throw new Error(`turn ${turn} cannot be resolved: ${check === null ? 'not a resolveTurn' : check.message}`);
    beginTurnResolution(game);
    frames.set(game.state.tick, snapshotGame(game));
  }

  /** Steps the cursor (inside a turn) up to `tick` or the turn's end, keeping keyframes, metrics and the end. */
  private stepTo(tick: number): void {
    const place = this.place;
    if (!('inTurn' in place)) return;
    const turn = place.inTurn;
    const game = this.cursor;
    const start = this.turnEnds[turn - 1]!;
    const frames = this.keyframes[turn]!;
    while (game.state.tick < tick && game.state.phase === 'resolving') {
      stepTick(game);
      const now = game.state.tick;
      if (game.state.phase !== 'resolving') {
        this.finishTurn(turn, game);
        return;
      }
      this.sample(game);
      if ((now - start) % this.keyframeEvery === 0 && !frames.has(now)) frames.set(now, snapshotGame(game));
    }
  }

  /** The cursor just finished `turn`: check its hash, keep its end. */
  private finishTurn(turn: number, game: Game): void {
    this.place = { atEndOf: turn };
    this.sample(game);
    if (this.endSnapshots[turn]) return;
    if (hashGame(game) !== this.source.turns[turn - 1]!.stateHash) this.mismatchedTurns.push(turn);
    this.endSnapshots[turn] = snapshotGame(game);
  }
}
