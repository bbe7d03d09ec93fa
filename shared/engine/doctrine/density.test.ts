import { describe, it, expect } from 'vitest';
import { produce } from 'immer';
import { createGame, type Game, type GameEvent } from '../index';
import { smallSetup } from '../fixtures';
import { doctrineTick } from './tick';
import { WARN_EPISODE_SECONDS } from './density';

/**
 * Rule density_risk (issue #15 item 1): the doctrine warns when a police action drives a crowd into a
 * dangerous density: a crush-risk report naming a police unit (a push in contact, a water jet or gas
 * there) is a questionable conduct finding against that unit, once per episode.
 */

function game(): Game {
  const r = createGame(smallSetup(40, 4), 2);
  if (!r.ok) throw new Error(r.message);
  return r.game;
}

const risk = (tick: number, unitId: string | null): GameEvent => ({ tick, type: 'crowd_crush_risk', groupId: 'massa-1', people: 30, critical: 4, peak: 7.4, x: 80, y: 20, unitId });

/** Runs the doctrine's tick hook over these events; returns the findings it added. */
function tickWith(g: Game, tick: number, ev: GameEvent[]): Extract<GameEvent, { type: 'conduct_judged' }>[] {
  const before = ev.length;
  g.state = produce(g.state, (d) => { doctrineTick(g, d, tick, ev); });
  return ev.slice(before).filter((e): e is Extract<GameEvent, { type: 'conduct_judged' }> => e.type === 'conduct_judged' && e.kind === 'crowd_crush');
}

describe('rule density_risk: police driving a crowd into a crush', () => {
  it('a crush-risk spot driven by the water cannon is one questionable finding against it, citing Perkap 8/2009', () => {
    const g = game();
    const found = tickWith(g, 100, [risk(100, 'awc-1')]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ unitId: 'awc-1', verdict: 'questionable', rule: 'density_risk', x: 80, y: 20 });
    expect(found[0]!.citation).toContain('Perkap 8/2009');
    expect(g.state.doctrine.tally.conduct).toBe(1);
  });

  it('a crowd packed by nobody in particular (no unit named) is no finding against the police', () => {
    const g = game();
    expect(tickWith(g, 100, [risk(100, null)])).toEqual([]);
    expect(g.state.doctrine.tally.conduct).toBe(0);
  });

  it('one finding per episode: reports every 5 s do not repeat it; after a quiet episode the next one is new', () => {
    const g = game();
    const episode = WARN_EPISODE_SECONDS / g.state.tickSeconds;
    let n = 0;
    for (let t = 100; t <= 400; t += 10) n += tickWith(g, t, [risk(t, 'desak-1')]).length;
    expect(n).toBe(1);
    expect(tickWith(g, 400 + episode + 1, [risk(400 + episode + 1, 'desak-1')])).toHaveLength(1);
    expect(g.state.doctrine.tally.conduct).toBe(2);
  });
});
