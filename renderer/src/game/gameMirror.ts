import type { SessionDetail } from '../../../shared/contract/sessions';
import { applyCommand, createGame, hashGame, type Command, type Game, type GameEvent } from './engineFacade';

/**
 * The renderer's local mirror of a session's game: built from the setup and seed, brought up to date
 * by re-applying the recorded commands, then kept in step by applying each command the host accepted.
 * Kept outside React (a module object), because its typed arrays change every tick during playback.
 */
export class GameMirror {
  private constructor(readonly game: Game) {}

  /** Rebuilds the mirror from a session's detail; throws with the engine's message when it cannot. */
  static fromDetail(detail: SessionDetail): GameMirror {
    const created = createGame(detail.setup, detail.seed);
    if (!created.ok) throw new Error(`${created.reason}: ${created.message}`);
    const mirror = new GameMirror(created.game);
    detail.commands.forEach((command, index) => {
      const result = mirror.apply(command as Command);
      if (!result.ok) throw new Error(`command ${index + 1}: ${result.message}`);
    });
    return mirror;
  }

  /** Applies a command the host accepted. */
  apply(command: Command): { ok: true; events: GameEvent[] } | { ok: false; message: string } {
    const result = applyCommand(this.game, command);
    return result.ok ? { ok: true, events: result.events as GameEvent[] } : { ok: false, message: result.message };
  }

  /** The mirror's state hash, compared with the host's after every resolved turn. */
  hash(): string {
    return hashGame(this.game);
  }

  /** The player who plans next: the first player with units who has not ended planning, or null. */
  nextPlanner(): string | null {
    const { state } = this.game;
    if (state.phase !== 'planning') return null;
    return state.players.find((player) => player.controls.length > 0 && !player.endedPlan)?.id ?? null;
  }
}
