import { describe, expect, it, vi } from 'vitest';
import { smallSetup } from '../../../shared/engine/fixtures';
import { AgentFrames } from './agentFrames';
import { AgentKind, createGame, SegState, stepTick, beginTurnResolution, type Game } from './engineFacade';
import type { GameMirror } from './gameMirror';
import type { PlaybackLoop } from './playbackLoop';
import { beginPlay, currentPlay, endPlay, PlaySession } from './playSession';
import { gateStates, placedBarriers, planOverlays, sceneEffects, sceneUnits } from './sceneProps';

/**
 * What the scene is given from the mirror: the agent frames (agentFrames.ts), the low-rate props
 * (sceneProps.ts), and the play session that holds them (playSession.ts).
 */

function newGame(): Game {
  const created = createGame(smallSetup(40, 4), 3);
  if (!created.ok) throw new Error(created.message);
  return created.game;
}
const mirrorOf = (game: Game) => ({ game }) as unknown as GameMirror;

describe('AgentFrames', () => {
  it('maps each agent to its scene unit: police units, then crowd groups, then protected parties', () => {
    const game = newGame();
    const frame = new AgentFrames(game).frame();
    const { kind, team } = game.world.agents;
    const units = game.state.units.length;
    const groups = game.state.groups.length;
    for (let i = 0; i < kind.length; i++) {
      const expected = kind[i] === AgentKind.protester ? units + team[i]! : kind[i] === AgentKind.protected ? units + groups + team[i]! : team[i]!;
      expect(frame.unit[i]).toBe(expected);
    }
  });

  it('remembers the positions before a tick and bumps the version after it; settle blends from where everyone is', () => {
    const game = newGame();
    beginTurnResolution(game);
    const frames = new AgentFrames(game);
    const v0 = frames.frame().version;
    frames.beforeTick();
    const before = Float32Array.from(game.world.agents.x);
    for (let i = 0; i < 20; i++) stepTick(game);
    frames.afterTick();
    const frame = frames.frame();
    expect(frame.version).toBe(v0 + 1);
    expect(frame.prevX).toEqual(before);
    expect(frame.x).toBe(game.world.agents.x);
    frames.alpha = 0.3;
    frames.settle();
    expect(frames.frame()).toMatchObject({ alpha: 1, version: v0 + 2 });
    expect(frames.frame().prevX).toEqual(Float32Array.from(game.world.agents.x));
  });
});

describe('scene props', () => {
  it('labels units in the UI language, only the planning player\'s own selectable', () => {
    const game = newGame();
    const t = ((key: string) => `<${key}>`) as Parameters<typeof sceneUnits>[2];
    const units = sceneUnits(game, 'polisi', t);
    const awal = units.find((u) => u.id === 'awal-1')!;
    expect(awal).toMatchObject({ side: 'police', selectable: true });
    expect(awal.label).toBe(`${game.state.units.find((u) => u.id === 'awal-1')!.name} · <unit.${awal.type}>`);
    expect(units.find((u) => u.id === 'massa-1')).toMatchObject({ side: 'crowd', selectable: false });
    expect(sceneUnits(game, null, t).some((u) => u.selectable)).toBe(false);
  });

  it('draws a planned order from its unit\'s centre, an arrest to its target', () => {
    const game = newGame();
    const units = sceneUnits(game, 'polisi', ((key: string) => key) as Parameters<typeof sceneUnits>[2]);
    const centre = units.find((u) => u.id === 'awal-1')!.centre;
    const [move] = planOverlays(game, [{ type: 'move', unitId: 'awal-1', waypoints: [{ x: 30, y: 40 }] }], units);
    expect(move).toMatchObject({ kind: 'path' });
    expect((move as { points: [number, number][] }).points[0]).toEqual(centre);
    const target = 0;
    const arrest = planOverlays(game, [{ type: 'arrest', unitId: 'awal-1', target }], units);
    expect(JSON.stringify(arrest)).toContain(JSON.stringify([game.world.agents.x[target], game.world.agents.y[target]]));
  });

  it('reads gates, placed barriers and effects off the world', () => {
    const game = newGame();
    const gates = game.venue.openings.filter((o) => o.kind === 'gate');
    expect(Object.keys(gateStates(game)).sort()).toEqual(gates.map((g) => g.id).sort());
    if (gates[0]) {
      game.world.segments.state[gates[0].segment] = SegState.breached;
      expect(gateStates(game)[gates[0].id]).toBe('breached');
    }
    expect(placedBarriers(game)).toEqual([]);
    expect(sceneEffects(game)).toEqual({ hazards: [], fires: [], projectiles: [] });
    game.state.fires.push({ id: 'f1', x: 1, y: 2, ticksLeft: 480 } as Game['state']['fires'][number]);
    expect(sceneEffects(game).fires).toEqual([{ id: 'f1', x: 1, y: 2, intensity: 1 }]);
  });
});

describe('the play session', () => {
  it('is one per game: beginning another disposes the one before (its animation and pending draft save)', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const first = beginPlay(mirrorOf(newGame()));
      expect(currentPlay()).toBe(first);
      const playback = { dispose: vi.fn() } as unknown as PlaybackLoop;
      const saved = vi.fn();
      first.playback = playback;
      first.draftTimer = setTimeout(saved, 400);
      const second = beginPlay(mirrorOf(newGame()));
      expect(currentPlay()).toBe(second);
      expect(playback.dispose).toHaveBeenCalledOnce();
      expect(first).toMatchObject({ playback: null, draftTimer: null });
      vi.advanceTimersByTime(1000);
      expect(saved).not.toHaveBeenCalled();
      endPlay();
      expect(currentPlay()).toBeNull();
    } finally {
      endPlay();
      vi.useRealTimers();
    }
  });

  it('can be built on its own, with frames over its mirror\'s game', () => {
    const game = newGame();
    const play = new PlaySession(mirrorOf(game));
    expect(play.frames.count).toBe(game.world.agents.x.length);
    expect(currentPlay()).toBeNull();
  });
});
