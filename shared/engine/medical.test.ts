import { describe, it, expect } from 'vitest';
import { createGame, applyCommand, beginTurnResolution, stepTick, Flag, type Game, type GameEvent } from './index';
import { smallSetup } from './fixtures';
import { FIRST_AID_HEALTH } from './sim/effects';

/**
 * Issue #15 item 7: Dokkes care is a standing order with triage: the walking injured get first aid on
 * the spot and stay, the down are carried off, and with nobody (left) to care for the team waits at the
 * area for casualties instead of the order lapsing.
 */

function game(): Game {
  const setup = smallSetup(20, 6);
  setup.police = setup.police.map((p) => (p.id === 'dokkes-1' ? { ...p, staging: { x: 60, y: 30 } } : p));
  const r = createGame(setup, 5);
  if (!r.ok) throw new Error(r.message);
  return r.game;
}

function turn(g: Game, orders: unknown[]): GameEvent[] {
  if (orders.length) expect(applyCommand(g, { type: 'submitOrders', playerId: 'polisi', orders } as never).ok).toBe(true);
  const ev = beginTurnResolution(g);
  while (g.state.phase === 'resolving') ev.push(...stepTick(g));
  return ev;
}

describe('Dokkes: first aid on the spot, triage, a standing order', () => {
  it('treats the walking injured where they are, carries off the down, then waits at the area', () => {
    const g = game();
    const a = g.world.agents;
    const grp = g.state.groups[0]!;
    const walking = grp.first;
    const down = grp.first + 1;
    for (const [i, x, health, flags] of [[walking, 64, 0.6, Flag.injured], [down, 66, 0.3, Flag.injured | Flag.down]] as const) {
      a.x[i] = x;
      a.y[i] = 22;
      a.health[i] = health;
      a.flags[i] = flags;
    }
    const ev = turn(g, [{ type: 'evacuate', unitId: 'dokkes-1', area: { x: 65, y: 22, r: 10 } }]);
    expect(ev.filter((e) => e.type === 'first_aid_given').map((e) => (e as { agent: number }).agent)).toEqual([walking]);
    expect(ev.filter((e) => e.type === 'casualty_evacuated').map((e) => (e as { agent: number }).agent)).toEqual([down]);
    expect(a.flags[walking]! & (Flag.injured | Flag.evacuated)).toBe(0);
    expect(a.health[walking]).toBeCloseTo(FIRST_AID_HEALTH, 5);
    // Nobody left to care for: the order stands, ready for the next casualty.
    expect(g.state.units.find((u) => u.id === 'dokkes-1')!.task).toMatchObject({ type: 'evacuate' });
    const next = grp.first + 2;
    a.x[next] = 63;
    a.y[next] = 21;
    a.health[next] = 0.3;
    a.flags[next] = Flag.injured | Flag.down;
    const later = turn(g, []);
    expect(later.filter((e) => e.type === 'casualty_evacuated').map((e) => (e as { agent: number }).agent)).toEqual([next]);
  });
});
