import type { AgentFrameSource } from '../scene/table/sceneContract';
import { AgentKind, type Game } from './engineFacade';

/**
 * The scene's per-frame view of a game's agents: the engine's own position arrays plus a copy of the
 * previous tick's positions for interpolation. Nothing here is React state; the playback loop calls
 * `beforeTick`/`afterTick` and sets `alpha`, the scene pulls `frame()` inside useFrame.
 */
export class AgentFrames implements AgentFrameSource {
  readonly count: number;
  /** Blend factor 0..1 between the previous and the current tick. */
  alpha = 1;
  private version = 0;
  private readonly prevX: Float32Array;
  private readonly prevY: Float32Array;
  /** Scene unit index per agent: police units, then crowd groups, then protected parties. */
  private readonly sceneUnit: Int32Array;

  /** @param game the mirror's game; its arrays are read in place */
  constructor(private readonly game: Game) {
    const agents = game.world.agents;
    this.count = agents.x.length;
    this.prevX = Float32Array.from(agents.x);
    this.prevY = Float32Array.from(agents.y);
    this.sceneUnit = sceneUnitOfAgents(game);
  }

  /** Call before the engine advances one tick: remembers where everyone was. */
  beforeTick(): void {
    this.prevX.set(this.game.world.agents.x);
    this.prevY.set(this.game.world.agents.y);
  }

  /** Call after the engine advanced (or after any jump, e.g. skip): the arrays changed. */
  afterTick(): void {
    this.version++;
  }

  /** After a skip there is nothing to blend from: previous = current. */
  settle(): void {
    this.beforeTick();
    this.alpha = 1;
    this.version++;
  }

  /** {@inheritDoc AgentFrameSource.frame} */
  frame() {
    return agentFrame(this.game, this.prevX, this.prevY, this.sceneUnit, this.alpha, this.version);
  }

}

/** The scene unit index of every agent: police units first, then crowd groups, then protected parties. */
export function sceneUnitOfAgents(game: Game): Int32Array {
  const agents = game.world.agents;
  const out = new Int32Array(agents.x.length);
  const units = game.state.units.length;
  const groups = game.state.groups.length;
  for (let i = 0; i < out.length; i++) {
    const kind = agents.kind[i];
    const team = agents.team[i]!;
    out[i] = kind === AgentKind.protester ? units + team : kind === AgentKind.protected ? units + groups + team : team;
  }
  return out;
}

/** The scene's frame of a game's agents: its own arrays, the previous positions, the blend and version. */
export function agentFrame(game: Game, prevX: Float32Array, prevY: Float32Array, unit: Int32Array, alpha: number, version: number): ReturnType<AgentFrameSource['frame']> {
  const agents = game.world.agents;
  return { prevX, prevY, x: agents.x, y: agents.y, heading: agents.heading, kind: agents.role, flags: agents.flags, unit, alpha, version };
}
