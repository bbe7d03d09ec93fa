import { beginTurnResolution, stepTick, type Game, type GameEvent } from './engineFacade';
import type { AgentFrames } from './agentFrames';

/** Ticks per second at 1× speed (a tick is half a scenario second, so 1× is five times real time). */
export const BASE_TICKS_PER_SECOND = 10;
/** Longest frame step counted (a stalled tab must not run a whole turn in one frame). */
export const MAX_FRAME_SECONDS = 0.25;
/**
 * Milliseconds of simulation a frame may spend while skipping: the rest of the turn runs in slices of
 * this much, one per animation frame, so the page keeps drawing and never blocks for a long task.
 */
export const SKIP_BUDGET_MS = 12;

/** Callbacks of a playback run. */
export interface PlaybackHooks {
  /** Speed multiplier, read every frame (so the speed buttons act at once). */
  speed(): number;
  paused(): boolean;
  /** Called at most every `progressEveryMs` with the game as it stands. */
  onProgress(): void;
  onDone(events: GameEvent[]): void;
}

/** Where a playback gets its time and frames from: the page's own, or a test's. */
export interface FrameClock {
  now(): number;
  requestFrame(callback: (now: number) => void): number;
  cancelFrame(handle: number): void;
}

/** The page's animation frames and clock. */
export const pageClock: FrameClock = {
  now: () => performance.now(),
  requestFrame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (handle) => cancelAnimationFrame(handle),
};

/** The scene's frame source as the loop drives it. */
type FrameSink = Pick<AgentFrames, 'beforeTick' | 'afterTick' | 'settle' | 'alpha'>;

/**
 * Animates one turn's resolution on a game, tick by tick, from animation frames: each frame advances as
 * many ticks as the speed asks and sets the interpolation factor for the scene. Skipping runs the rest
 * in slices of at most `SKIP_BUDGET_MS` per frame. No React state is touched per frame; progress is
 * reported a few times a second.
 */
export class PlaybackLoop {
  private frameHandle = 0;
  private carry = 0;
  private lastTime = 0;
  private lastProgress = 0;
  private readonly events: GameEvent[] = [];
  private finished = false;
  private done = false;
  private skipping = false;
  /** The longest tick seen while skipping, the estimate of what the next one costs. */
  private tickCost = 0;

  /**
   * @param game a game in planning with every plan ended (the mirror, or a display copy for a replay)
   * @param frames the scene's frame source over `game`
   */
  constructor(
    private readonly game: Game,
    private readonly frames: FrameSink,
    private readonly hooks: PlaybackHooks,
    private readonly progressEveryMs = 250,
    private readonly clock: FrameClock = pageClock,
    private readonly skipBudgetMs = SKIP_BUDGET_MS,
  ) {}

  /** Starts the turn's resolution and the animation. */
  start(): void {
    if (this.game.state.phase !== 'planning') throw new Error(`cannot resolve in phase ${this.game.state.phase}`);
    this.events.push(...beginTurnResolution(this.game));
    this.lastTime = this.clock.now();
    this.frameHandle = this.clock.requestFrame(this.onFrame);
  }

  /** The skip button: from the next frame on, runs the rest of the turn in time-boxed slices. */
  skip(): void {
    this.skipping = true;
  }

  /** Whether a skip is running. */
  get isSkipping(): boolean {
    return this.skipping && !this.done;
  }

  /** Stops animating (leaving the screen); the game stays where it is and `onDone` is never called. */
  dispose(): void {
    this.clock.cancelFrame(this.frameHandle);
    this.finished = true;
    this.done = true;
  }

  private readonly onFrame = (now: number): void => {
    if (this.done) return;
    if (this.skipping) this.runSlice();
    else this.animate(now);
    if (now - this.lastProgress >= this.progressEveryMs) {
      this.lastProgress = now;
      this.hooks.onProgress();
    }
    if (this.finished) this.finish();
    else this.frameHandle = this.clock.requestFrame(this.onFrame);
  };

  /** A normal frame: the ticks the elapsed time asks for at the current speed. */
  private animate(now: number): void {
    const seconds = Math.min(MAX_FRAME_SECONDS, (now - this.lastTime) / 1000);
    this.lastTime = now;
    if (this.hooks.paused()) return;
    this.carry += seconds * BASE_TICKS_PER_SECOND * this.hooks.speed();
    while (this.carry >= 1 && !this.finished) {
      this.carry -= 1;
      this.advanceOneTick();
    }
    this.frames.alpha = this.finished ? 1 : this.carry;
  }

  /**
   * A skipping frame: ticks while the next one is expected to fit in the budget (at least one, so a
   * slow machine still gets to the end), then the scene shows the last tick without blending.
   */
  private runSlice(): void {
    const start = this.clock.now();
    do {
      const before = this.clock.now();
      this.advanceOneTick();
      this.tickCost = Math.max(this.tickCost, this.clock.now() - before);
    } while (!this.finished && this.clock.now() - start + this.tickCost <= this.skipBudgetMs);
    this.frames.settle();
    this.lastTime = this.clock.now();
  }

  private advanceOneTick(): void {
    this.frames.beforeTick();
    this.events.push(...stepTick(this.game));
    this.frames.afterTick();
    if (this.game.state.phase !== 'resolving') this.finished = true;
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.clock.cancelFrame(this.frameHandle);
    this.hooks.onProgress();
    this.hooks.onDone(this.events);
  }
}
