import { AgentFrames } from './agentFrames';
import type { GameMirror } from './gameMirror';
import type { PlaybackLoop } from './playbackLoop';

/**
 * One game being played on this device: the engine mirror, the scene's frame source over it, the turn
 * animation while one runs and the pending draft save. It lives outside React because its typed arrays
 * change every tick. gameFlow.ts creates it when a session is entered (`beginPlay`) and disposes it when
 * the player leaves (`endPlay`); everything else reads it through `currentPlay()`, the one place the
 * renderer keeps it. Tests start each case from `endPlay()` or build a `PlaySession` of their own.
 */
export class PlaySession {
  /** The scene's per-frame view of the mirror's agents. */
  readonly frames: AgentFrames;
  /** The turn animation while a resolution plays back, else null (owned by gameFlow.ts). */
  playback: PlaybackLoop | null = null;
  /** The debounced draft save while one is pending, else null (owned by planActions.ts). */
  draftTimer: ReturnType<typeof setTimeout> | null = null;

  /** @param mirror the session's engine mirror, freshly rebuilt from the host's detail */
  constructor(readonly mirror: GameMirror) {
    this.frames = new AgentFrames(mirror.game);
  }

  /** Stops the animation and drops the pending draft save; the mirror stays as it is. */
  dispose(): void {
    this.playback?.dispose();
    this.playback = null;
    if (this.draftTimer) clearTimeout(this.draftTimer);
    this.draftTimer = null;
  }
}

let current: PlaySession | null = null;

/** The game being played, or null on every other screen. */
export function currentPlay(): PlaySession | null {
  return current;
}

/** Starts playing `mirror`'s game, disposing the one before (if any). */
export function beginPlay(mirror: GameMirror): PlaySession {
  endPlay();
  current = new PlaySession(mirror);
  return current;
}

/** Disposes the game being played (leaving the game screen); nothing is played afterwards. */
export function endPlay(): void {
  current?.dispose();
  current = null;
}
