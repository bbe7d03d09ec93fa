import { describe, expect, it } from 'vitest';
import { applyCommand } from '../engine/commands';
import type { Game, GameState } from '../engine/state';
import { perceive } from './perception';
import { decideCrowd } from './commander';
import { AI_CROWD_PLAYER } from './players';
import { aiScenarioGame, TEST_POLICE } from './testing';

/** Keys of the game state the crowd must never read: the police's plans, destinations, supplies and the doctrine's books. */
const HIDDEN = new Set(['planned', 'waypoints', 'pushTo', 'water', 'gas', 'barriers', 'moveOrderId', 'taskOrderId', 'tally', 'open', 'turnTally', 'scores']);

/** A read-only view of `value` that throws when a hidden key is read, at any depth. */
function guarded<T>(value: T, path: string[] = []): T {
  if (typeof value !== 'object' || value === null) return value;
  return new Proxy(value as object, {
    get(target, key, receiver) {
      if (typeof key === 'string' && HIDDEN.has(key)) throw new Error(`the crowd read ${[...path, key].join('.')}`);
      return guarded(Reflect.get(target, key, receiver), typeof key === 'string' ? [...path, key] : path);
    },
  }) as T;
}

/** The game with a guarded copy of its state (immer freezes the state itself, which a proxy may not disguise). */
function withGuard(game: Game): Game {
  return { ...game, state: guarded(structuredClone(game.state) as GameState) } as Game;
}

describe('AI perception', () => {
  it('reads nothing hidden: not the police plans, destinations, supplies or judgements', () => {
    const game = aiScenarioGame('pleno-kpu', 3, { crowdSize: 120 });
    // The police plan a move and a water cannon for the coming turn.
    const planned = applyCommand(game, { type: 'submitOrders', playerId: TEST_POLICE, orders: [
      { type: 'move', unitId: 'dalmas-awal-1', waypoints: [{ x: 79, y: 45 }] },
      { type: 'appeal', unitId: 'dalmas-awal-2' },
    ] });
    expect(planned.ok).toBe(true);
    expect(Object.keys(game.state.planned)).toContain(TEST_POLICE);
    expect(() => perceive(withGuard(game), ['massa-utama', 'massa-susulan'])).not.toThrow();
    expect(() => decideCrowd(withGuard(game), AI_CROWD_PLAYER.id, 'ahli')).not.toThrow();
    expect(decideCrowd(withGuard(game), AI_CROWD_PLAYER.id, 'ahli').orders.length).toBeGreaterThan(0);
    // The guard does bite.
    expect(() => withGuard(game).state.planned).toThrow(/planned/);
  });

  it('decides the same with or without the police plan of the turn on the table', () => {
    const a = aiScenarioGame('pleno-kpu', 5, { crowdSize: 120 });
    const b = aiScenarioGame('pleno-kpu', 5, { crowdSize: 120 });
    const r = applyCommand(b, { type: 'submitOrders', playerId: TEST_POLICE, orders: [
      { type: 'move', unitId: 'brimob-sekat', waypoints: [{ x: 79, y: 42 }] },
      { type: 'move', unitId: 'dalmas-awal-1', waypoints: [{ x: 79, y: 44 }] },
    ] });
    expect(r.ok).toBe(true);
    expect(perceive(b, a.state.players.find((p) => p.id === AI_CROWD_PLAYER.id)!.controls)).toEqual(perceive(a, a.state.players.find((p) => p.id === AI_CROWD_PLAYER.id)!.controls));
    expect(decideCrowd(b, AI_CROWD_PLAYER.id, 'ahli')).toEqual(decideCrowd(a, AI_CROWD_PLAYER.id, 'ahli'));
  });

  it('sees the police units on the field with their standing officers, and not the reserves held back', () => {
    const game = aiScenarioGame('simulasi-agathis', 2, { crowdSize: 120 });
    const p = perceive(game, ['massa-lapangan', 'massa-jalan']);
    expect(p.units.map((u) => u.id)).not.toContain('brimob-cadangan');
    expect(p.units.find((u) => u.id === 'dalmas-awal-1')!.officers).toBeGreaterThan(10);
    // The reserve crowd group is not on the field yet either.
    expect(p.groups.map((g) => g.id)).toEqual(['massa-lapangan']);
    expect(p.openings.find((o) => o.id === 'mock-gate')).toMatchObject({ closed: true, breachable: true, breached: false });
    expect(p.panels.length).toBeGreaterThan(5);
  });
});
