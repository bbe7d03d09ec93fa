import { createGame } from '../engine/game';
import { applyCommand } from '../engine/commands';
import type { Game } from '../engine/state';
import type { Order } from '../engine/orders';
import { getScenario, scenarioToSetup } from '../scenario/index';
import { AI_CROWD_PLAYER } from './players';
import { decideCrowd } from './commander';
import type { AiLevelId } from './levels';

/**
 * Games for the AI's tests and the tournament: a shipped scenario with one police player ('polri')
 * commanding every unit and the crowd played by the AI player (or left to the script).
 */

/** The police player's id in these games. */
export const TEST_POLICE = 'polri';

/** A shipped scenario's game with the AI crowd (or the script when `crowd` is 'script'). */
export function aiScenarioGame(scenarioId: string, seed: number, opts: { crowdSize?: number; crowd?: 'ai' | 'script'; aiPlanId?: string } = {}): Game {
  const sc = getScenario(scenarioId);
  if (!sc) throw new Error(`unknown scenario ${scenarioId}`);
  const setup = scenarioToSetup(sc, {
    police: [{ id: TEST_POLICE, name: 'Kapolres', unitIds: sc.police.map((u) => u.id) }],
    crowdPlayer: opts.crowd === 'script' ? null : AI_CROWD_PLAYER,
    crowdSize: opts.crowdSize,
    aiPlanId: opts.aiPlanId ?? null,
  });
  const r = createGame(setup, seed);
  if (!r.ok) throw new Error(r.message);
  return r.game;
}

/**
 * Plays one turn: the police orders (refused ones dropped), the AI crowd's decision when the game has
 * the AI player, then the resolution. Returns the AI's decision time in ms (0 without the AI).
 */
export function playAiTurn(game: Game, police: Order[], level: AiLevelId, clock: () => number = () => 0): { ms: number; events: ReturnType<typeof resolve> } {
  let left = police;
  for (let tries = 0; tries <= police.length; tries++) {
    const r = applyCommand(game, { type: 'submitOrders', playerId: TEST_POLICE, orders: left });
    if (r.ok) break;
    left = r.orderIndex === undefined ? [] : left.filter((_, k) => k !== r.orderIndex);
  }
  let ms = 0;
  if (game.state.players.some((p) => p.id === AI_CROWD_PLAYER.id)) {
    const t0 = clock();
    const d = decideCrowd(game, AI_CROWD_PLAYER.id, level);
    ms = clock() - t0;
    const r = applyCommand(game, { type: 'submitOrders', playerId: AI_CROWD_PLAYER.id, orders: d.orders, intent: d.intent });
    if (!r.ok) throw new Error(`AI orders refused: ${r.reason} ${r.message}`);
  }
  return { ms, events: resolve(game) };
}

function resolve(game: Game) {
  const r = applyCommand(game, { type: 'resolveTurn', force: true });
  if (!r.ok) throw new Error(`${r.reason}: ${r.message}`);
  return r.events;
}
