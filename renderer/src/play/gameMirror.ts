import type { SessionDetail } from '../../../shared/contract/sessions';
import { base64ToBytes } from '../host/base64';
import { applyCommand, hashGame, rebuildGame, type Command, type Game, type GameEvent } from './engineFacade';

/**
 * The renderer's local mirror of a session's game: rebuilt from the host's newest snapshot (or the setup
 * and seed) and the commands after it, then kept in step by applying each command the host accepted.
 * Kept outside React (a module object), because its typed arrays change every tick during playback.
 */
export class GameMirror {
  private constructor(readonly game: Game) {}

  /**
   * Rebuilds the mirror from a session's detail with the engine's one `rebuildGame`: from the newest
   * snapshot the host sends (verified there against its turn hash) plus the commands after it, or from
   * the setup when there is none. Throws with the engine's message when it cannot.
   */
  static fromDetail(detail: SessionDetail): GameMirror {
    const start = detail.lastSnapshot ? { snapshot: base64ToBytes(detail.lastSnapshot.base64), after: detail.lastSnapshot.afterSeq } : null;
    const rebuilt = rebuildGame(detail.setup, detail.seed, detail.commands, start);
    if (!rebuilt.ok) throw new Error(rebuilt.commandIndex < 0 ? `${rebuilt.reason}: ${rebuilt.message}` : `command ${rebuilt.commandIndex + 1}: ${rebuilt.message}`);
    return new GameMirror(rebuilt.game);
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
