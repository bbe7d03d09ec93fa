/**
 * The benchmark session the storage and import cases share: the engine bench's KPU setup (800
 * officers, 2,000 protesters) played through the host's GameSessions with the engine bench's scripted
 * orders, so every turn has realistic events.
 */
import type { GameSessions } from '../../main/host/gameSessions';
import { applyCommand, createGame, setupSchema, type Command } from '../../shared/engine';
import { playersOf } from '../../tests/support/samplePlay';
import { kpuSetup, scriptedOrders } from './engine';

/** Creates the bench session in `sessions`, plays `turns` turns, and returns its id. */
export function playScriptedSession(sessions: GameSessions, turns: number): string {
  const setup = setupSchema.parse(kpuSetup(1, turns + 1));
  const id = sessions.create({ name: 'bench', scenarioId: 'bench', setup, seed: 1, players: playersOf(setup), crowdController: 'person' }).summary.id;
  // A mirror game gives the scripted orders of the engine bench for each turn's state.
  const mirror = createGame(setup, 1);
  if (!mirror.ok) throw new Error(mirror.message);
  for (let turn = 0; turn < turns; turn += 1) {
    const orders = scriptedOrders(mirror.game, turn);
    const commands: Command[] = [
      { type: 'submitOrders', playerId: 'kapolres', orders: orders.police },
      { type: 'submitOrders', playerId: 'massa', orders: orders.crowd },
      { type: 'endPlan', playerId: 'kapolres' },
      { type: 'endPlan', playerId: 'massa' },
      { type: 'resolveTurn' },
    ];
    for (const command of commands) {
      const outcome = sessions.send(id, command);
      if (!outcome.ok) throw new Error(`bench command refused: ${outcome.reason} ${outcome.message}`);
      applyCommand(mirror.game, command);
    }
  }
  return id;
}
