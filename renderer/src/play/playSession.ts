import { AgentFrames } from './agentFrames';
import type { Game } from './engineFacade';
import type { GameMirror } from './gameMirror';
import type { PlaybackLoop } from './playbackLoop';
import type { SessionRecord } from './sessionRecord';
import { TurnCache } from './turnReplay';

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
  /**
   * A copy of the game shown instead of the mirror while a resolved turn is watched again (its own
   * frames too), else null (owned by rewatch.ts). The mirror never changes for a replay.
   */
  display: { game: Game; frames: AgentFrames } | null = null;
  /** Kept starts and summaries of resolved turns, for replays and the summaries reopened. */
  readonly turns = new TurnCache();

  /**
   * @param mirror the session's engine mirror, freshly rebuilt from the host's detail
   * @param record the session's record (grows with every accepted command); null where only the mirror is played
   */
  constructor(readonly mirror: GameMirror, readonly record: SessionRecord | null = null) {
    this.frames = new AgentFrames(mirror.game);
  }

  /** The game the map and the HUD show: the replay's copy while one plays, else the mirror's. */
  shownGame(): Game {
    return this.display?.game ?? this.mirror.game;
  }

  /** The frame source of the game shown. */
  shownFrames(): AgentFrames {
    return this.display?.frames ?? this.frames;
  }

  /** Stops the animation and drops the pending draft save; the mirror stays as it is. */
  dispose(): void {
    this.playback?.dispose();
    this.playback = null;
    this.display = null;
    if (this.draftTimer) clearTimeout(this.draftTimer);
    this.draftTimer = null;
  }
}

let current: PlaySession | null = null;

/** The game being played, or null on every other screen. */
export function currentPlay(): PlaySession | null {
  return current;
}

/** Starts playing `mirror`'s game (recorded in `record`), disposing the one before (if any). */
export function beginPlay(mirror: GameMirror, record: SessionRecord | null = null): PlaySession {
  endPlay();
  current = new PlaySession(mirror, record);
  return current;
}

/** Disposes the game being played (leaving the game screen); nothing is played afterwards. */
export function endPlay(): void {
  current?.dispose();
  current = null;
}
