import type { GameState } from './state';

/**
 * Reserves: crowd groups and police units a scenario script keeps off the field until an `arrive`
 * effect brings them in (`state.script.held`). The reducer refuses orders to them, the simulation
 * leaves them out of plans, the doctrine neither sees nor scores them, and the renderer hides them;
 * all ask this one question.
 */

/** Whether a group or unit is a reserve still off the field (orders to it are refused). */
export function isHeld(state: GameState, id: string): boolean {
  return state.script?.held.includes(id) ?? false;
}
