import type { Game } from '../engine/state';
import type { Order } from '../engine/orders';
import type { AiLevelId } from './levels';
import { decideCrowd } from './commander';
import { decidePolice } from './police';
import type { AiIntent } from './intent';

/**
 * The AI players of a setup: 'ai-crowd' commands the crowd groups when the AI plays the crowd,
 * 'ai-polri' the police units no person commands. They are ordinary engine players whose orders are
 * computed; the renderer and the tournament submit them like anyone's.
 */

/** The AI crowd player's id and name. */
export const AI_CROWD_PLAYER = { id: 'ai-crowd', name: 'AI Massa' } as const;
/** The police AI player's id and name. */
export const AI_POLICE_PLAYER = { id: 'ai-polri', name: 'AI Polri' } as const;

/** Whether a player id is one of the AI players. */
export function isAiPlayer(playerId: string): boolean {
  return playerId === AI_CROWD_PLAYER.id || playerId === AI_POLICE_PLAYER.id;
}

/** The orders and intent of the AI player `playerId` this turn (crowd or police by the player's side). */
export function decideFor(game: Game, playerId: string, level: AiLevelId): { orders: Order[]; intent: AiIntent } {
  const side = game.state.players.find((p) => p.id === playerId)?.side;
  return side === 'police' ? decidePolice(game, playerId) : decideCrowd(game, playerId, level);
}
