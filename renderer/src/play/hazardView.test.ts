import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { smallSetup } from '../../../shared/engine/fixtures';
import { createGame, Flag, type Game } from './engineFacade';
import { packedPeople, sceneDamage } from './hazardView';
import { readHud } from './hudNumbers';

/** What the HUD and the scene show of crush danger and damage (issue #15 items 1 and 5). */

function newGame(): Game {
  const created = createGame(smallSetup(40, 4), 3);
  if (!created.ok) throw new Error(created.message);
  return created.game;
}

describe('the HUD crush warning', () => {
  it('counts the people held past 5.5/m² (sustained), not those merely close or gone', () => {
    const g = newGame();
    expect(readHud(g).crushRisk).toBe(0);
    const a = g.world.agents;
    const first = g.state.groups[0]!.first;
    for (let k = 0; k < 6; k++) a.crowding[first + k] = k < 3 ? 6.2 : 5.4;
    a.flags[first + 2] = a.flags[first + 2]! | Flag.gone;
    expect(packedPeople(g)).toBe(2);
    expect(readHud(g).crushRisk).toBe(2);
  });
});

describe('the scene\'s damage marks', () => {
  it('leave out what is intact and give each damaged thing its state', () => {
    const g = newGame();
    expect(sceneDamage(g)).toEqual([]);
    g.state = produce(g.state, (d) => { d.property = { buildings: [60], cars: [10, 0, 2, 0] }; });
    const gate = g.venue.openings.find((o) => o.id === 'main-gate')!;
    g.world.segments.strength[gate.segment] = g.world.segments.maxStrength[gate.segment]! * 0.8;
    expect(sceneDamage(g).map((d) => [d.id, d.kind, d.state])).toEqual([
      ['kantor-kpu', 'building', 'heavily_damaged'], ['car-0', 'car', 'destroyed'], ['car-2', 'car', 'damaged'], ['main-gate', 'gate', 'damaged'],
    ]);
  });
});
