import { describe, it, expect } from 'vitest';
import { createGame, applyCommand, beginTurnResolution, stepTick, Flag, type Game, type GameEvent } from './index';
import { smallSetup } from './fixtures';
import { crushHazard } from './sim/effects';
import { DensityBand } from './model';

/**
 * Issue #15 items 1 and 3: crush comes from sustained local density (the density bands of
 * CROWD-AND-AI.md), never from pushing as such; activity builds up with provocation instead of
 * switching on at once.
 */

function game(size = 160): Game {
  const r = createGame(smallSetup(size, 4), 5);
  if (!r.ok) throw new Error(r.message);
  return r.game;
}

/**
 * Resolves `ticks` ticks while an outside force (the test) holds the first `count` protesters on a
 * square lattice of `spacing` metres in the open lot south of the street, before every tick.
 */
function holdPacked(g: Game, count: number, spacing: number, ticks: number): { events: GameEvent[]; crushAt: number[] } {
  const a = g.world.agents;
  const first = g.state.groups[0]!.first;
  const side = Math.ceil(Math.sqrt(count));
  const events: GameEvent[] = [];
  const crushAt: number[] = [];
  expect(applyCommand(g, { type: 'resolveTurn', force: true }).ok).toBe(true);
  // Step the next turn tick by tick, re-packing before each one.
  applyCommand(g, { type: 'submitOrders', playerId: 'massa', orders: [{ type: 'sit_in', groupId: 'massa-1' }] });
  events.push(...beginTurnResolution(g));
  for (let t = 0; t < ticks && g.state.phase === 'resolving'; t++) {
    for (let k = 0; k < count; k++) {
      a.x[first + k] = 60 + (k % side) * spacing;
      a.y[first + k] = 10 + Math.floor(k / side) * spacing;
    }
    const ev = stepTick(g);
    for (const e of ev) if (e.type === 'agent_injured' && e.cause === 'crush') crushAt.push(a.crowding[e.agent]!);
    events.push(...ev);
  }
  return { events, crushAt };
}

describe('density-based crush', () => {
  it('has no hazard up to the dangerous band and a steep one past the critical density', () => {
    expect(crushHazard(2)).toBe(0);
    expect(crushHazard(DensityBand.dangerous)).toBe(0);
    expect(crushHazard(6)).toBeGreaterThan(0);
    expect(crushHazard(8)).toBeGreaterThan(20 * crushHazard(6));
  });

  it('a crowd held at about 9/m² for a minute is reported as a crush risk and suffers crush injuries, each past the dangerous band', () => {
    const g = game();
    const { events, crushAt } = holdPacked(g, 144, 0.33, 120);
    const risk = events.filter((e) => e.type === 'crowd_crush_risk');
    expect(risk.length).toBeGreaterThan(5);
    expect(risk.at(-1)).toMatchObject({ groupId: 'massa-1', unitId: null });
    expect((risk.at(-1) as { peak: number }).peak).toBeGreaterThan(DensityBand.critical);
    expect(crushAt.length).toBeGreaterThan(0);
    for (const rho of crushAt) expect(rho).toBeGreaterThan(DensityBand.dangerous);
    // The first report comes only after the density was sustained (the 10 s average must climb past 5.5).
    expect(risk[0]!.tick - g.state.ticksPerTurn).toBeGreaterThanOrEqual(10);
  });

  it('the same crowd held at 2/m² (restricted, not dangerous) is never crushed nor reported', () => {
    const g = game();
    const { events, crushAt } = holdPacked(g, 144, 0.71, 120);
    expect(events.some((e) => e.type === 'crowd_crush_risk')).toBe(false);
    expect(crushAt).toEqual([]);
    const a = g.world.agents;
    const first = g.state.groups[0]!.first;
    expect(a.crowding[first + 70]!).toBeGreaterThan(1.2);
    expect(a.crowding[first + 70]!).toBeLessThan(DensityBand.contact);
  });
});

describe('calibrated activation', () => {
  it('a rumour raises activity over tens of seconds, and only in part of a calm crowd', () => {
    const g = game(200);
    const a = g.world.agents;
    g.state = { ...g.state, legitimacy: 0.8, groups: g.state.groups.map((x) => ({ ...x, agitation: 0 })) };
    expect(applyCommand(g, { type: 'resolveTurn', force: true }).ok).toBe(true);
    const activeShare = (): number => {
      let n = 0, act = 0;
      for (let i = g.state.groups[0]!.first; i < g.state.groups[0]!.first + g.state.groups[0]!.count; i++) {
        if ((a.flags[i]! & (Flag.gone | Flag.arrested)) !== 0) continue;
        n++;
        if ((a.flags[i]! & Flag.active) !== 0) act++;
      }
      return act / n;
    };
    const calm = activeShare();
    g.state = { ...g.state, groups: g.state.groups.map((x) => ({ ...x, agitation: x.agitation + 0.15 })) };
    beginTurnResolution(g);
    for (let t = 0; t < 20; t++) stepTick(g);
    const after10s = activeShare();
    while (g.state.phase === 'resolving') stepTick(g);
    const afterTurn = activeShare();
    expect(calm).toBeLessThan(0.1);
    expect(after10s).toBeLessThan(calm + 0.1);
    expect(afterTurn).toBeGreaterThan(calm + 0.05);
    expect(afterTurn).toBeLessThan(0.6);
  });
});
