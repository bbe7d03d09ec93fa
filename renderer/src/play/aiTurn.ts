import type { SessionDetail } from '../../../shared/contract/sessions';
import { decideFor, isAiPlayer, parseAiLevel, type AiIntent, type AiLevelId } from '../../../shared/ai/index';
import type { Game, Order } from './engineFacade';

/**
 * The AI players at the hot seat: when the next player to plan is an AI player ('ai-crowd', or
 * 'ai-polri' for units no person commands), the game flow asks here for its orders, computed on the
 * mirror from what that side can see (shared/ai), and sends them as that player's `submitOrders` and
 * `endPlan`, so they are recorded like anyone's. The intent of each AI turn is kept for the turn
 * summary (SummaryAi.tsx) while the session is open.
 */

let current: { sessionId: string; level: AiLevelId } | null = null;
const intents = new Map<number, AiIntent[]>();

/** Remembers the AI level of the session being entered (and forgets the intents of the one before). */
export function beginAiSession(detail: SessionDetail): void {
  if (current?.sessionId !== detail.summary.id) intents.clear();
  current = { sessionId: detail.summary.id, level: parseAiLevel(detail.aiLevel) };
}

/** Whether `playerId` is played by the computer. */
export function playedByAi(playerId: string): boolean {
  return isAiPlayer(playerId);
}

/**
 * The AI player's orders for the turn being planned and what it meant by them (sent with the orders,
 * so the engine records it as an `ai_intent` event); the intent is also kept for this sitting's summary.
 */
export function aiOrders(game: Game, playerId: string): { orders: Order[]; intent: AiIntent } {
  const decision = decideFor(game, playerId, current?.level ?? 'sedang');
  const turn = game.state.turn;
  intents.set(turn, [...(intents.get(turn) ?? []).filter((i) => i.side !== decision.intent.side), decision.intent]);
  return { orders: decision.orders, intent: decision.intent };
}

/** The AI intents of a turn of the open session (empty when the AI did not play it in this sitting). */
export function aiIntentsOf(turn: number): AiIntent[] {
  return intents.get(turn) ?? [];
}
