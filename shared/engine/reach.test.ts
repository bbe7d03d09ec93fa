import { describe, it, expect } from 'vitest';
import { createGame, applyCommand, type Game, type GameEvent } from './index';
import { doctrineSetup } from './doctrine/fixtures';
import { isReachable } from './orderDefs/route';

/** Reachability on the navigation grid: a closed gate cuts the yard off from the street until it is opened. */

function fresh(): Game {
  const r = createGame(doctrineSetup(60, 12), 4);
  if (!r.ok) throw new Error(r.message);
  return r.game;
}

function turn(g: Game, orders: unknown[]): GameEvent[] {
  const sub = applyCommand(g, { type: 'submitOrders', playerId: 'polisi', orders });
  if (!sub.ok) throw new Error(`${sub.reason}: ${sub.message}`);
  const r = applyCommand(g, { type: 'resolveTurn', force: true });
  if (!r.ok) throw new Error(r.message);
  return r.events;
}

describe('moves through closed gates', () => {
  const yard = { x: 79, y: 50 };

  it('the yard cannot be reached from the street while the gates are shut (the planning screen warns)', () => {
    const g = fresh();
    const u0 = g.state.units.find((u) => u.id === 'awal-1')!;
    expect(u0.y).toBeLessThan(40);
    expect(isReachable(g, u0, yard)).toBe(false);
    expect(isReachable(g, u0, { x: 60, y: 30 })).toBe(true);
  });

  it('opening the gate first lets the queued move through', () => {
    const g = fresh();
    const ev = turn(g, [
      { type: 'gate', unitId: 'awal-1', gateId: 'main-gate', action: 'open' },
      { type: 'move', unitId: 'awal-1', waypoints: [yard] },
    ]);
    const more = ev.some((e) => e.type === 'unit_arrived' && e.unitId === 'awal-1') ? [] : turn(g, []);
    expect([...ev, ...more].some((e) => e.type === 'gate_opened')).toBe(true);
    expect([...ev, ...more].some((e) => e.type === 'unit_arrived' && e.unitId === 'awal-1')).toBe(true);
    expect(g.state.units.find((u) => u.id === 'awal-1')!.y).toBeGreaterThan(40);
  });
});
