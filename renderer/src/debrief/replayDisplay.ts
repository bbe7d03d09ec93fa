import { restoreGame } from '../../../shared/engine/persist';
import type { Game } from '../../../shared/engine/state';
import { agentFrame, sceneUnitOfAgents } from '../play/agentFrames';
import type { AgentFrameSource } from '../scene/table/sceneContract';

/**
 * The moment the debrief shows: the game restored from the worker's snapshot bytes (reusing the derived
 * caches of the first one, so a restore costs about a millisecond at 2,800 people), and the scene's
 * per-frame view of its agents. When the new moment is the next tick (playback), positions blend from
 * the previous one; after a jump they do not.
 */
export class ReplayDisplay implements AgentFrameSource {
  readonly count: number;
  alpha = 1;
  private version = 0;
  private current: Game;
  private readonly prevX: Float32Array;
  private readonly prevY: Float32Array;
  private readonly sceneUnit: Int32Array;

  private constructor(first: Game) {
    this.current = first;
    const agents = first.world.agents;
    this.count = agents.x.length;
    this.prevX = Float32Array.from(agents.x);
    this.prevY = Float32Array.from(agents.y);
    this.sceneUnit = sceneUnitOfAgents(first);
  }

  /** A display of the moment in `bytes`; throws when they are not a snapshot. */
  static fromSnapshot(bytes: Uint8Array): ReplayDisplay {
    const restored = restoreGame(bytes);
    if (!restored.ok) throw new Error(restored.message);
    return new ReplayDisplay(restored.game);
  }

  /** The game at the moment shown (read only). */
  get game(): Game {
    return this.current;
  }

  /** Shows the moment in `bytes`; blends from the previous one when it is exactly one tick later. */
  show(bytes: Uint8Array): void {
    const restored = restoreGame(bytes, this.current.runtime);
    if (!restored.ok) throw new Error(restored.message);
    const next = restored.game;
    const step = next.state.tick - this.current.state.tick;
    this.prevX.set(step > 0 && step <= 2 ? this.current.world.agents.x : next.world.agents.x);
    this.prevY.set(step > 0 && step <= 2 ? this.current.world.agents.y : next.world.agents.y);
    this.current = next;
    this.version++;
  }

  /** {@inheritDoc AgentFrameSource.frame} */
  frame() {
    return agentFrame(this.current, this.prevX, this.prevY, this.sceneUnit, this.alpha, this.version);
  }

}
