import { describe, it, expect } from 'vitest';
import { createGame, applyCommand, beginTurnResolution, stepTick, Flag, SegState, type Game, type GameEvent } from './index';
import { smallSetup } from './fixtures';
import { HOSTAGE_GUARD_SECONDS } from './sim/effects';

/**
 * Issue #15 item 2: whoever goes somewhere on purpose (an arrest team's snatch squad, a medic) walks
 * the venue's navigation grid through open or breached doors instead of pressing against a wall on a
 * straight line, so a hostage inside a building can be rescued; a freed hostage is led out under guard
 * and is not taken again at once.
 */

/** The small KPU setup with the arrest team in the east yard and the group inside the building around the Ketua KPU. */
function hostageGame(doorOpen: boolean): Game {
  const setup = smallSetup(30, 6);
  // The hostage hold does not end this game: the rescue is what is tested.
  setup.objectives = { crowd: [{ type: 'hold_hostage', holdSeconds: 3600 }] };
  setup.police = setup.police.map((p) => (p.id === 'tindak-1' ? { ...p, staging: { x: 116, y: 86 }, heading: Math.PI } : p));
  const r = createGame(setup, 3);
  if (!r.ok) throw new Error(r.message);
  const g = r.game;
  const a = g.world.agents;
  const grp = g.state.groups[0]!;
  // An outside force (the test) has brought the group into the pleno hall, around the Ketua KPU (70, 92), and roused them.
  for (let k = 0; k < grp.count; k++) {
    const i = grp.first + k;
    a.x[i] = 60 + (k % 10) * 2.5;
    a.y[i] = 84 + Math.floor(k / 10) * 1.5;
    a.arousal[i] = 1;
    a.threshold[i] = 0;
    a.flags[i] = a.flags[i]! | Flag.active | Flag.inBuilding;
  }
  const door = g.venue.openings.find((o) => o.id === 'main-door')!;
  if (doorOpen) g.world.segments.state[door.segment] = SegState.open;
  return g;
}

function runTurn(g: Game, police: unknown[], crowd: unknown[]): GameEvent[] {
  if (police.length) { const r = applyCommand(g, { type: 'submitOrders', playerId: 'polisi', orders: police } as never); expect(r.ok ? 'ok' : JSON.stringify(r)).toBe('ok'); }
  if (crowd.length) expect(applyCommand(g, { type: 'submitOrders', playerId: 'massa', orders: crowd } as never)).toMatchObject({ ok: true });
  const ev = beginTurnResolution(g);
  while (g.state.phase === 'resolving') ev.push(...stepTick(g));
  return ev;
}

describe('purposeful movers on the navigation grid (hostage rescue)', () => {
  it('an arrest team goes round the building wall through the open door, arrests the hostage-taker and frees the hostage, who is led out and not retaken', () => {
    const g = hostageGame(true);
    const first = runTurn(g, [], [{ type: 'take_hostage', groupId: 'massa-1', personId: 'ketua-kpu' }]);
    const taken = first.find((e) => e.type === 'hostage_taken');
    expect(taken).toBeDefined();
    const captor = (taken as Extract<GameEvent, { type: 'hostage_taken' }>).captor;
    const victim = (taken as Extract<GameEvent, { type: 'hostage_taken' }>).agent;
    // The straight line from the team (116, 86) to the captor crosses the building's east wall, far from the door.
    const ev = runTurn(g, [{ type: 'arrest', unitId: 'tindak-1', target: captor }], []);
    const arrest = ev.find((e) => e.type === 'arrest_made');
    expect(arrest).toMatchObject({ agent: captor, unitId: 'tindak-1' });
    const freed = ev.find((e) => e.type === 'hostage_freed');
    expect(freed).toMatchObject({ agent: victim });
    // The rest of the group still wants the hostage, but the freed person stays free while guarded.
    const after = ev.filter((e) => e.tick > freed!.tick && e.type === 'hostage_taken');
    expect(after).toEqual([]);
    const a = g.world.agents;
    expect(a.flags[victim]! & Flag.hostage).toBe(0);
    expect(a.cooldown[victim]!).toBeGreaterThan(0);
    expect(HOSTAGE_GUARD_SECONDS).toBeGreaterThanOrEqual(g.state.tickSeconds * g.state.ticksPerTurn);
    // Led out of the hall toward the police staging area, north-west of it.
    expect(a.y[victim]!).toBeLessThan(92);
  });

  it('with the door shut the team cannot reach the captor inside (walls block, nobody walks through them)', () => {
    const g = hostageGame(false);
    const first = runTurn(g, [], [{ type: 'take_hostage', groupId: 'massa-1', personId: 'ketua-kpu' }]);
    const taken = first.find((e) => e.type === 'hostage_taken') as Extract<GameEvent, { type: 'hostage_taken' }> | undefined;
    expect(taken).toBeDefined();
    const ev = runTurn(g, [{ type: 'arrest', unitId: 'tindak-1', target: taken!.captor }], []);
    expect(ev.some((e) => e.type === 'arrest_made')).toBe(false);
  });
});
