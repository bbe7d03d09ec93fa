import { describe, it, expect } from 'vitest';
import { produce } from 'immer';
import { createGame, setupSchema, Flag, type Game, type GameEvent, type GameState } from '../index';
import { coarseAt } from '../runtime';
import { smallSetup } from '../fixtures';
import { twoGroupSetup } from './fixtures';
import { initDoctrine } from './init';
import { assess, observe, recentIncidents, CALM_SECONDS, EPISODE_SECONDS, type Observation } from './situation';
import type { DoctrineState, IncidentKind } from '../doctrineTypes';

/**
 * The rest of the situation assessment (situation.ts), table-driven: the armed threat (a sajam carrier
 * taking part in an anarchic action in the same 4 m cell as officers), which party a hostage belongs
 * to, and in `assess` the episode of a Protap marker at its boundary, the cause named for a level
 * change, a step down while an instructor override holds the level, and the hold window at the start
 * of a game.
 */

function game(): Game {
  const r = createGame(twoGroupSetup(), 5);
  if (!r.ok) throw new Error(r.message);
  return r.game;
}
const G = game();
const M1 = G.state.groups[0]!;
/** A protester of massa-1, the one given the weapon. */
const CARRIER = M1.first + 2;
const TICK = 1000;

type Task = 'breach' | 'burn_tyres' | 'enter_building' | 'take_hostage' | 'push_line' | 'orasi' | 'idle';

/**
 * Armed threats seen with `agent` given `flags` (and no one else a sajam), massa-1 doing `task`, and
 * `police` officers counted in the agent's 4 m cell. Every group calm otherwise.
 */
function armedThreats(agent: number, flags: number, task: Task, police: number): [IncidentKind, string | null][] {
  const world = structuredClone(G.world);
  const a = world.agents;
  for (let i = 0; i < world.header[0]!; i++) a.flags[i] = a.flags[i]! & ~Flag.sajam;
  a.flags[agent] = flags;
  const runtime = { ...G.runtime, coarsePolice: new Float32Array(G.runtime.coarsePolice.length) };
  runtime.coarsePolice[coarseAt(runtime, a.x[agent]!, a.y[agent]!)] = police;
  const state = produce(G.state, (d) => {
    for (const g of d.groups) { (g.task as { type: string }).type = 'idle'; g.appeals = 0; g.agitation = 0; g.lastActive = 0; }
    (d.groups[0]!.task as { type: string }).type = task;
  });
  const g: Game = { ...G, world, runtime, state };
  const obs = observe(g, [], structuredClone(state.doctrine) as DoctrineState, TICK);
  return obs.sightings.filter((s) => s.kind === 'armed_threat').map((s) => [s.kind, s.groupId]);
}

describe('an armed threat: a sajam carrier in an anarchic action next to officers', () => {
  const armed = Flag.sajam | Flag.active;
  const threat: [IncidentKind, string][] = [['armed_threat', 'massa-1']];
  const rows: [string, number, Task, number, [IncidentKind, string | null][]][] = [
    ['breaching a fence next to an officer', armed, 'breach', 1, threat],
    ['burning tyres next to officers', armed, 'burn_tyres', 3, threat],
    ['entering a building next to an officer', armed, 'enter_building', 1, threat],
    ['taking a hostage next to an officer', armed, 'take_hostage', 1, threat],
    ['pushing a line: not an anarchic action, the weapon stays hidden', armed, 'push_line', 1, []],
    ['at an orasi', armed, 'orasi', 1, []],
    ['idle', armed, 'idle', 1, []],
    ['breaching with no officer in the cell', armed, 'breach', 0, []],
    ['breaching, not rioting', Flag.sajam, 'breach', 1, []],
    ['breaching, arrested', armed | Flag.arrested, 'breach', 1, []],
    ['breaching, down', armed | Flag.down, 'breach', 1, []],
    ['breaching, dispersed', armed | Flag.gone, 'breach', 1, []],
    ['breaching, evacuated', armed | Flag.evacuated, 'breach', 1, []],
    ['breaching without a sajam', Flag.active, 'breach', 1, []],
  ];
  it.each(rows)('%s', (_, flags, task, police, expected) => {
    expect(armedThreats(CARRIER, flags, task, police)).toEqual(expected);
  });

  it('only protesters carry one: an officer flagged with a sajam (its unit\'s index is massa-1\'s) is no threat', () => {
    expect(G.world.agents.team[0]).toBe(0);
    expect(armedThreats(0, Flag.sajam | Flag.active, 'breach', 1)).toEqual([]);
  });
});

describe('which party a hostage belongs to', () => {
  const parties = G.state.protectedParties;
  const next = parties.findIndex((p, k) => k > 0 && p.first === parties[k - 1]!.first + parties[k - 1]!.count);

  /** Parties listed with a hostage, and the groups named, when `hostages` are held by massa-1's first member. */
  function held(hostages: number[]): { parties: string[]; groups: (string | null)[] } {
    const world = structuredClone(G.world);
    const a = world.agents;
    for (const v of hostages) { a.flags[v] = a.flags[v]! | Flag.hostage; a.link[v] = M1.first; }
    const obs = observe({ ...G, world }, [], structuredClone(G.state.doctrine) as DoctrineState, TICK);
    return { parties: obs.hostageParties, groups: obs.sightings.filter((s) => s.kind === 'hostage_taking').map((s) => s.groupId) };
  }

  it('the venue has two parties one after the other in the agent arrays', () => {
    expect(next).toBeGreaterThan(0);
  });

  it('the last member of a party held: that party, and the hostage-taker\'s group', () => {
    const p = parties[next - 1]!;
    expect(held([p.first + p.count - 1])).toEqual({ parties: [p.id], groups: ['massa-1'] });
  });

  it('the first member of the next party held: only the next party', () => {
    const p = parties[next]!;
    expect(held([p.first])).toEqual({ parties: [p.id], groups: ['massa-1'] });
  });
});

describe('attacks on officers at the start of a game', () => {
  // The first officer hurt by a stone or an assault starts the one-minute window (lastAssault is -1
  // until then); a second within it is an attack on officers, also when the first was at tick 0.
  const hurt = { type: 'agent_injured', kind: 'officer', cause: 'assault' };
  it.each([
    ['the first injury, 25 s into the game', -1, 50, false],
    ['the first injury, at tick 0', -1, 0, false],
    ['a second, 5 s after one at tick 0', 0, 10, true],
    ['a second, 5 s after one at tick 1', 1, 11, true],
  ] as const)('%s', (_, last, tick, attack) => {
    const doc = structuredClone(G.state.doctrine) as DoctrineState;
    doc.lastAssault = last;
    const obs = observe(G, [{ ...hurt, tick } as unknown as GameEvent], doc, tick);
    expect(obs.sightings.filter((s) => s.kind === 'attack_on_officers')).toHaveLength(attack ? 1 : 0);
    expect(doc.lastAssault).toBe(tick);
  });
});

const TICK_SECONDS = 0.5;
const fresh = (): DoctrineState => initDoctrine(setupSchema.parse(smallSetup()), [], []);
const sight = (...s: [IncidentKind, string | null][]): Observation => ({ sightings: s.map(([kind, groupId]) => ({ kind, groupId })), hostageParties: [] });
const none: Observation = { sightings: [], hostageParties: [] };
const levelChanges = (ev: GameEvent[]) => ev.flatMap((e) => (e.type === 'situation_level_changed' ? [[e.from, e.to, e.cause, e.groupId]] : []));

describe('assess: a Protap marker once per episode, at its boundary', () => {
  const episode = EPISODE_SECONDS / TICK_SECONDS;
  it.each([
    ['seen again exactly one episode later: the same episode', episode, 1],
    ['seen again a tick after that: a new episode', episode + 1, 2],
    ['seen again a minute later: the same episode', 60 / TICK_SECONDS, 1],
  ] as const)('%s', (_, gap, markers) => {
    const doc = fresh();
    const ev: GameEvent[] = [];
    assess(doc, sight(['arson', 'massa-1']), 10, TICK_SECONDS, ev);
    assess(doc, sight(['arson', 'massa-1']), 10 + gap, TICK_SECONDS, ev);
    expect(ev.filter((e) => e.type === 'disturbance_marked')).toHaveLength(markers);
    expect(doc.lastSeen.arson).toBe(10 + gap);
  });
});

describe('assess: the cause named for a rise in level', () => {
  const rows: [string, (d: DoctrineState) => void, Observation, (string | null)[][]][] = [
    ['of two incidents at the new level seen in one tick, the first', () => {}, sight(['arson', 'massa-1'], ['looting', 'massa-2']), [['hijau', 'merah', 'arson', 'massa-1']]],
    ['the same two the other way round', () => {}, sight(['looting', 'massa-2'], ['arson', 'massa-1']), [['hijau', 'merah', 'looting', 'massa-2']]],
    ['a lower incident after the higher one', () => {}, sight(['arson', 'massa-2'], ['throwing', 'massa-1']), [['hijau', 'merah', 'arson', 'massa-2']]],
    // Incidents recorded (lastSeen) but not yet assessed: the level rises to the highest held, and the
    // cause is the strongest of them at that level (no group: not seen this tick).
    ['nothing seen this tick, stones and arson still held: arson', (d) => { d.lastSeen.throwing = 95; d.lastSeen.arson = 90; }, none, [['hijau', 'merah', 'arson', null]]],
    ['pushing seen this tick, arson still held: arson, not the pushing', (d) => { d.lastSeen.arson = 90; }, sight(['pushing', 'massa-1']), [['hijau', 'merah', 'arson', null]]],
    ['pushing seen this tick, stones still held: the pushing and its group', (d) => { d.lastSeen.throwing = 90; }, sight(['pushing', 'massa-1']), [['hijau', 'kuning', 'pushing', 'massa-1']]],
  ];
  it.each(rows)('%s', (_, edit, obs, changes) => {
    const doc = fresh();
    edit(doc);
    const ev: GameEvent[] = [];
    assess(doc, obs, 100, TICK_SECONDS, ev);
    expect(levelChanges(ev)).toEqual(changes);
  });
});

describe('assess: stepping down under an instructor override', () => {
  it('the assessed level steps down after sustained calm; the effective level stays where the instructor holds it, and no change is reported', () => {
    const doc = fresh();
    doc.level = 'merah';
    doc.assessed = 'merah';
    doc.override = { level: 'merah', playerId: 'dirlat', reason: '', tick: 0 };
    const ev: GameEvent[] = [];
    for (let t = 1; t <= CALM_SECONDS / TICK_SECONDS; t++) assess(doc, none, t, TICK_SECONDS, ev);
    expect(doc).toMatchObject({ assessed: 'kuning', level: 'merah', calmTicks: 0 });
    expect(ev).toEqual([]);
  });
});

describe('recentIncidents at the start of a game', () => {
  it('an incident seen at tick 0 is held; one never seen (lastSeen -1) is not, even within the first 30 s', () => {
    const doc = fresh();
    doc.lastSeen.pushing = 0;
    expect(recentIncidents(doc, 10, TICK_SECONDS)).toEqual(['pushing']);
    expect(recentIncidents(fresh(), 10, TICK_SECONDS)).toEqual([]);
  });
});
