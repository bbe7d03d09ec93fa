import { describe, it, expect } from 'vitest';
import { createGame, applyCommand, type Game, type GameEvent } from './index';
import { doctrineSetup } from './doctrine/fixtures';
import { isReachable } from './orderDefs/route';

/** A unit goes only where it can walk: a closed gate makes it wait, and it goes on once the gate opens. */

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

  it('a platoon outside the closed fence waits instead of walking its anchor through it', () => {
    const g = fresh();
    const u0 = g.state.units.find((u) => u.id === 'awal-1')!;
    expect(u0.y).toBeLessThan(40);
    expect(isReachable(g, u0, yard)).toBe(false);
    const ev = turn(g, [{ type: 'move', unitId: 'awal-1', waypoints: [yard] }]);
    const u1 = g.state.units.find((u) => u.id === 'awal-1')!;
    expect(u1.y, 'the anchor stays on the street side of the fence').toBeLessThan(40);
    expect(ev.some((e) => e.type === 'unit_arrived' && e.unitId === 'awal-1')).toBe(false);
    expect(u1.waypoints).toHaveLength(1);
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
