import { beginTurnResolution, stepTick, type Game, type GameEvent } from './engineFacade';
import type { AgentFrames } from './agentFrames';

/** Ticks per second at 1× speed (a tick is half a scenario second, so 1× is five times real time). */
export const BASE_TICKS_PER_SECOND = 10;
/** Longest frame step counted (a stalled tab must not run a whole turn in one frame). */
const MAX_FRAME_SECONDS = 0.25;

/** Callbacks of a playback run. */
export interface PlaybackHooks {
  /** Speed multiplier, read every frame (so the speed buttons act at once). */
  speed(): number;
  paused(): boolean;
  /** Called at most every `progressEveryMs` with the game as it stands. */
  onProgress(): void;
  onDone(events: GameEvent[]): void;
}

/**
 * Animates one turn's resolution on the mirror, tick by tick, from requestAnimationFrame: each frame
 * advances as many ticks as the speed asks and sets the interpolation factor for the scene. No React
 * state is touched per frame; progress is reported a few times a second.
 */
export class PlaybackLoop {
  private frameHandle = 0;
  private carry = 0;
  private lastTime = 0;
  private lastProgress = 0;
  private readonly events: GameEvent[] = [];
  private finished = false;

  /** @param game the mirror's game, in planning with every plan ended; @param frames the scene's frame source */
  constructor(
    private readonly game: Game,
    private readonly frames: AgentFrames,
    private readonly hooks: PlaybackHooks,
    private readonly progressEveryMs = 250,
  ) {}

  /** Starts the turn's resolution and the animation. */
  start(): void {
    if (this.game.state.phase !== 'planning') throw new Error(`cannot resolve in phase ${this.game.state.phase}`);
    this.events.push(...beginTurnResolution(this.game));
    this.lastTime = performance.now();
    this.frameHandle = requestAnimationFrame(this.onFrame);
  }

  /** Runs the rest of the turn at once (the skip button). */
  skip(): void {
    while (!this.finished) this.advanceOneTick();
    this.frames.settle();
    this.finish();
  }

  /** Stops animating (leaving the screen); the mirror stays where it is. */
  dispose(): void {
    cancelAnimationFrame(this.frameHandle);
    this.finished = true;
  }

  private readonly onFrame = (now: number): void => {
    const seconds = Math.min(MAX_FRAME_SECONDS, (now - this.lastTime) / 1000);
    this.lastTime = now;
    if (!this.hooks.paused()) {
      this.carry += seconds * BASE_TICKS_PER_SECOND * this.hooks.speed();
      while (this.carry >= 1 && !this.finished) {
        this.carry -= 1;
        this.advanceOneTick();
      }
      this.frames.alpha = this.finished ? 1 : this.carry;
    }
    if (now - this.lastProgress >= this.progressEveryMs) {
      this.lastProgress = now;
      this.hooks.onProgress();
    }
    if (this.finished) this.finish();
    else this.frameHandle = requestAnimationFrame(this.onFrame);
  };

  private advanceOneTick(): void {
    this.frames.beforeTick();
    this.events.push(...stepTick(this.game));
    this.frames.afterTick();
    if (this.game.state.phase !== 'resolving') this.finished = true;
  }

  private done = false;
  private finish(): void {
    if (this.done) return;
    this.done = true;
    cancelAnimationFrame(this.frameHandle);
    this.hooks.onProgress();
    this.hooks.onDone(this.events);
  }
}
