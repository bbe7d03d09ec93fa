import { describe, expect, it } from 'vitest';
import { smallSetup } from '../../../shared/engine/fixtures';
import { incidentKinds, type IncidentKind } from '../../../shared/engine';
import { AgentKind, createGame, Flag, type Game } from './engineFacade';
import { readHud, recentMarkers, scenarioClock } from './hudNumbers';

/** The HUD's numbers (hudNumbers.ts): the Protap marker window, the scenario clock, and what readHud counts. */

function newGame(): Game {
  const created = createGame(smallSetup(40, 4), 3);
  if (!created.ok) throw new Error(created.message);
  return created.game;
}

describe('recentMarkers', () => {
  const never = Object.fromEntries(incidentKinds.map((kind) => [kind, -1])) as Record<IncidentKind, number>;
  const seen = (at: Partial<Record<IncidentKind, number>>) => ({ ...never, ...at });

  it('shows nothing for incidents never seen, nor for incidents without a marker', () => {
    expect(recentMarkers(never, 100, 0.5)).toEqual([]);
    expect(recentMarkers(seen({ pushing: 90, throwing: 95 }), 100, 0.5)).toEqual([]);
  });

  it('keeps a marker for two scenario minutes (240 ticks of half a second), then drops it', () => {
    expect(recentMarkers(seen({ incitement: 10 }), 250, 0.5)).toEqual(['ambang_gangguan']);
    expect(recentMarkers(seen({ incitement: 10 }), 251, 0.5)).toEqual([]);
    expect(recentMarkers(seen({ incitement: 10 }), 130, 1)).toEqual(['ambang_gangguan']);
  });

  it('lists each marker once, threshold before actual disturbance', () => {
    expect(recentMarkers(seen({ arson: 50, damage: 60, weapon_found: 70, incitement: 80 }), 100, 0.5)).toEqual(['ambang_gangguan', 'gangguan_nyata']);
  });
});

describe('scenarioClock', () => {
  it('starts at 14:00:00 and counts scenario seconds', () => {
    expect(scenarioClock(0, 0.5)).toBe('14:00:00');
    expect(scenarioClock(7, 0.5)).toBe('14:00:03');
    expect(scenarioClock(7200, 0.5)).toBe('15:00:00');
  });

  it('wraps past midnight and takes another start', () => {
    expect(scenarioClock(0, 1, 23 * 60 + 59)).toBe('23:59:00');
    expect(scenarioClock(61, 1, 23 * 60 + 59)).toBe('00:00:01');
  });
});

describe('readHud', () => {
  it('reads the turn, the stats and the level off a new game, no score before the first turn', () => {
    const game = newGame();
    const hud = readHud(game);
    expect(hud).toMatchObject({ tick: 0, turn: 0, levelOverridden: false, markers: [], policeScore: null, fires: 0 });
    expect(hud.legitimacy).toBe(game.state.legitimacy);
  });

  it('counts protesters still present (not gone, evacuated or arrested), and the active ones among them', () => {
    const game = newGame();
    const { kind, flags } = game.world.agents;
    const protesters = [...kind.keys()].filter((i) => kind[i] === AgentKind.protester);
    for (const i of protesters) flags[i] = flags[i]! & ~(Flag.gone | Flag.evacuated | Flag.arrested | Flag.active);
    expect(readHud(game)).toMatchObject({ presentProtesters: protesters.length, activeProtesters: 0 });
    flags[protesters[0]!] |= Flag.arrested;
    flags[protesters[1]!] |= Flag.gone;
    flags[protesters[2]!] |= Flag.evacuated | Flag.active;
    flags[protesters[3]!] |= Flag.active;
    expect(readHud(game)).toMatchObject({ presentProtesters: protesters.length - 3, activeProtesters: 1 });
  });
});
