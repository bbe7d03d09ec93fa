import { describe, expect, it } from 'vitest';
import { smallSetup } from './fixtures';
import { applyCommand, createGame, hashGame, restoreGame, snapshotGame, type Game } from './index';

/** Plans one turn in which both sides move toward a point that changes every turn, then resolves it. */
function playTurn(game: Game, turn: number): void {
  const x = 80 + ((turn * 7) % 11) - 5;
  const y = 65 + ((turn * 5) % 9) - 4;
  expect(applyCommand(game, { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'move', unitId: 'awal-1', waypoints: [{ x, y }] }] }).ok).toBe(true);
  expect(applyCommand(game, { type: 'submitOrders', playerId: 'massa', orders: [{ type: 'march', groupId: 'massa-1', to: { x, y } }] }).ok).toBe(true);
  for (const player of game.state.players) applyCommand(game, { type: 'endPlan', playerId: player.id });
  expect(applyCommand(game, { type: 'resolveTurn' }).ok).toBe(true);
}

describe('restore then continue', () => {
  // Regression: restoreGame did not build the nav raster, and the first tick's planning read flow
  // fields from an empty raster, so a resumed session drifted from the recorded one.
  it('a game restored after a turn with orders evolves exactly like the continuous game', () => {
    const created = createGame(smallSetup(80, 12), 4242);
    if (!created.ok) throw new Error(created.message);
    const continuous = created.game;
    playTurn(continuous, 0);
    const restored = restoreGame(snapshotGame(continuous));
    if (!restored.ok) throw new Error(restored.message);
    for (let turn = 1; turn <= 3; turn += 1) {
      playTurn(continuous, turn);
      playTurn(restored.game, turn);
      expect(hashGame(restored.game)).toBe(hashGame(continuous));
    }
  });
});
