import { describe, it, expect } from 'vitest';
import { produce } from 'immer';
import { createGame, Flag, type Game, type GameEvent, type GameState } from '../index';
import { smallSetup } from '../fixtures';
import { assess, observe, recentIncidents, HOLD_SECONDS, INCITEMENT_AGITATION, IGNORING_AGITATION, ASSAULT_WINDOW_SECONDS, type Observation } from './situation';
import type { DoctrineState, IncidentKind } from '../doctrineTypes';

/**
 * How a tick's events and the crowd groups' activities are read as incidents (situation.ts,
 * `observe`), table-driven, each threshold from both sides; then the hold window of recent incidents.
 */

function game(): Game {
  const setup = smallSetup(40, 6);
  setup.crowd = [...setup.crowd, { id: 'massa-2', arrival: 'street-east', size: 10 }];
  setup.players = setup.players.map((p) => (p.side === 'crowd' ? { ...p, controls: [...p.controls, 'massa-2'] } : p));
  const r = createGame(setup, 3);
  if (!r.ok) throw new Error(r.message);
  return r.game;
}
const G = game();
const TICK = 1000;

/** A copy of the game with the state edited, its doctrine state and the sightings of `events` at TICK. */
function see(events: Record<string, unknown>[], edit: (s: GameState) => void = () => {}, docEdit: (d: DoctrineState) => void = () => {}): { obs: Observation; doc: DoctrineState } {
  const g: Game = { ...G, state: produce(G.state, (d) => edit(d as GameState)) };
  const doc = structuredClone(g.state.doctrine) as DoctrineState;
  docEdit(doc);
  const obs = observe(g, events as unknown as GameEvent[], doc, TICK);
  return { obs, doc };
}
const kinds = (obs: Observation) => obs.sightings.map((s) => [s.kind, s.groupId]);

describe('events read as incidents', () => {
  const rows: [string, Record<string, unknown>, [IncidentKind, string | null][]][] = [
    ['stones thrown', { type: 'projectiles_thrown', groupId: 'massa-1' }, [['throwing', 'massa-1']]],
    ['a fire started', { type: 'fire_started', groupId: 'massa-2' }, [['arson', 'massa-2']]],
    ['a gate breached', { type: 'gate_breached', groupId: 'massa-1' }, [['damage', 'massa-1']]],
    ['a fence breached', { type: 'fence_breached', groupId: 'massa-2' }, [['damage', 'massa-2']]],
    ['property damaged', { type: 'property_damaged', cause: 'fire' }, [['damage', null]]],
    ['property damaged by intrusion: looting', { type: 'property_damaged', cause: 'intrusion' }, [['looting', null]]],
    ['a building entered', { type: 'building_entered', groupId: 'massa-1' }, [['looting', 'massa-1']]],
    ['a hostage taken', { type: 'hostage_taken', groupId: 'massa-1' }, [['hostage_taking', 'massa-1']]],
    ['pressure on a police line', { type: 'line_pressure', groupId: 'massa-1' }, [['pushing', null]]],
    ['a gate damaged', { type: 'gate_damaged', groupId: 'massa-2' }, [['pushing', 'massa-2']]],
    ['an arrest that found a weapon', { type: 'arrest_made', sajam: true, agent: 'FIRST_OF_2' }, [['weapon_found', 'massa-2']]],
    ['an arrest that found none', { type: 'arrest_made', sajam: false, agent: 0 }, []],
    ['an injured protester', { type: 'agent_injured', kind: 'protester', cause: 'projectile' }, []],
    ['an officer hurt by a stone (the first)', { type: 'agent_injured', kind: 'officer', cause: 'projectile' }, []],
    ['an officer hurt in a crush', { type: 'agent_injured', kind: 'officer', cause: 'crush' }, []],
    ['something else', { type: 'turn_started', turn: 3 }, []],
  ];
  it.each(rows)('%s', (_, event, expected) => {
    const e: Record<string, unknown> = { tick: TICK, ...event };
    if (e.agent === 'FIRST_OF_2') e.agent = G.state.groups[1]!.first;
    expect(kinds(see([e]).obs)).toEqual(expected);
  });
});

describe('attacks on officers: two injuries by stones or assault within a minute', () => {
  const window = ASSAULT_WINDOW_SECONDS / G.state.tickSeconds;
  const hurt = (cause: string) => ({ type: 'agent_injured', tick: TICK, kind: 'officer', cause });
  it.each([
    ['stone, after an assault just inside the window', 'projectile', TICK - window, true],
    ['assault, after a stone a tick outside it', 'assault', TICK - window - 1, false],
    ['stone, with no earlier injury', 'projectile', -1, false],
    ['assault, a second after another', 'assault', TICK - 2, true],
  ] as const)('%s', (_, cause, last, attack) => {
    const { obs, doc } = see([hurt(cause)], () => {}, (d) => { d.lastAssault = last; });
    expect(kinds(obs)).toEqual(attack ? [['attack_on_officers', null]] : []);
    expect(doc.lastAssault).toBe(TICK);
  });

  it('an injury by other causes neither counts nor starts the window', () => {
    const { obs, doc } = see([hurt('crush'), hurt('gas')], () => {}, (d) => { d.lastAssault = TICK - 1; });
    expect(kinds(obs)).toEqual([]);
    expect(doc.lastAssault).toBe(TICK - 1);
    const protester = see([{ type: 'agent_injured', tick: TICK, kind: 'protester', cause: 'assault' }], () => {}, (d) => { d.lastAssault = 5; });
    expect(protester.doc.lastAssault).toBe(5);
  });

  it('two injuries in the same tick make an attack', () => {
    expect(kinds(see([hurt('projectile'), hurt('assault')]).obs)).toEqual([['attack_on_officers', null]]);
  });
});

describe('what the groups are doing', () => {
  type Edit = (g: GameState['groups'][number]) => void;
  const task = (type: string): Edit => (g) => { (g.task as { type: string }).type = type; };
  const both = (...edits: Edit[]): Edit => (g) => { for (const e of edits) e(g); };
  const rows: [string, Edit, IncidentKind[]][] = [
    ['pushing a line while active', both(task('push_line'), (g) => { g.lastActive = 5; }), ['pushing']],
    ['breaching while active', both(task('breach'), (g) => { g.lastActive = 1; }), ['pushing']],
    ['at a line, not active yet', both(task('push_line'), (g) => { g.lastActive = 0; }), []],
    ['sitting in after three appeals', both(task('sit_in'), (g) => { g.appeals = 3; }), ['blocking']],
    ['sitting in after two', both(task('sit_in'), (g) => { g.appeals = 2; }), []],
    ['orasi at the incitement agitation', both(task('orasi'), (g) => { g.agitation = INCITEMENT_AGITATION; }), ['incitement']],
    ['orasi just below it', both(task('orasi'), (g) => { g.agitation = INCITEMENT_AGITATION - 0.01; }), []],
    ['agitated after three appeals: ignoring them', both(task('idle'), (g) => { g.appeals = 3; g.agitation = IGNORING_AGITATION; }), ['ignoring_appeals']],
    ['agitated after two appeals', both(task('idle'), (g) => { g.appeals = 2; g.agitation = 0.9; }), []],
    ['three appeals, calm enough', both(task('idle'), (g) => { g.appeals = 3; g.agitation = IGNORING_AGITATION - 0.01; }), []],
    ['agitated after appeals but dispersing', both(task('disperse'), (g) => { g.appeals = 5; g.agitation = 0.9; }), []],
    ['agitated after appeals but retreating', both(task('retreat'), (g) => { g.appeals = 5; g.agitation = 0.9; }), []],
    ['agitated after appeals but sending a delegation', both(task('delegation'), (g) => { g.appeals = 5; g.agitation = 0.9; }), []],
    ['sitting in, agitated after appeals: blocking and ignoring', both(task('sit_in'), (g) => { g.appeals = 3; g.agitation = 0.5; }), ['blocking', 'ignoring_appeals']],
  ];
  it.each(rows)('%s', (_, edit, expected) => {
    const { obs } = see([], (s) => {
      for (const g of s.groups) { (g.task as { type: string }).type = 'idle'; g.appeals = 0; g.agitation = 0; g.lastActive = 0; }
      edit(s.groups[1]!);
    });
    expect(kinds(obs)).toEqual(expected.map((k) => [k, 'massa-2']));
  });

  it('a group the script holds back is not read', () => {
    const edit = (held: string[]) => (s: GameState) => {
      for (const g of s.groups) { (g.task as { type: string }).type = 'idle'; g.appeals = 0; g.agitation = 0; }
      (s.groups[1]!.task as { type: string }).type = 'orasi';
      s.groups[1]!.agitation = 1;
      s.script = { held, climbs: [] } as never;
    };
    expect(kinds(see([], edit([])).obs)).toEqual([['incitement', 'massa-2']]);
    expect(kinds(see([], edit(['massa-2'])).obs)).toEqual([]);
  });
});

describe('fires, climbs, hostages', () => {
  it('protesters on a police vehicle are damage by their group, seen from the climb state', () => {
    const { obs } = see([], (s) => { s.script = { held: [], climbs: [{ on: true, groupId: 'massa-1' }, { on: false, groupId: 'massa-2' }] } as never; });
    expect(kinds(obs)).toEqual([['damage', 'massa-1']]);
  });

  it('a burning fire is arson by the group that set it', () => {
    const { obs } = see([], (s) => { s.fires = [{ groupId: 'massa-2' } as never, { groupId: 'massa-1' } as never]; });
    expect(kinds(obs)).toEqual([['arson', 'massa-2']]);
  });

  it('a protected person held hostage names the party, once per party, and the hostage-taker\'s group', () => {
    const g: Game = { ...G, world: structuredClone(G.world) };
    const p = G.state.protectedParties.find((party) => party.count >= 2)!;
    const a = g.world.agents;
    a.flags[p.first] = a.flags[p.first]! | Flag.hostage;
    a.flags[p.first + 1] = a.flags[p.first + 1]! | Flag.hostage;
    a.link[p.first] = G.state.groups[1]!.first;
    const obs = observe(g, [], structuredClone(G.state.doctrine) as DoctrineState, TICK);
    expect(obs.hostageParties).toEqual([p.id]);
    expect(kinds(obs)).toEqual([['hostage_taking', 'massa-2']]);
  });
});

describe('recentIncidents: the hold window', () => {
  const hold = HOLD_SECONDS / 0.5;
  it('an incident counts for HOLD_SECONDS after it was last seen, not a tick longer; never seen, never', () => {
    const doc = structuredClone(G.state.doctrine) as DoctrineState;
    doc.lastSeen.throwing = TICK - hold;
    doc.lastSeen.arson = TICK - hold - 1;
    doc.lastSeen.pushing = TICK;
    expect(recentIncidents(doc, TICK, 0.5).sort()).toEqual(['pushing', 'throwing']);
    expect(recentIncidents(doc, TICK + 1, 0.5)).toEqual(['pushing']);
  });

  it('assess raises the level to the highest incident still held, then holds it for the window', () => {
    const doc = structuredClone(G.state.doctrine) as DoctrineState;
    const ev: GameEvent[] = [];
    assess(doc, { sightings: [{ kind: 'pushing', groupId: 'massa-1' }, { kind: 'arson', groupId: 'massa-2' }, { kind: 'throwing', groupId: null }], hostageParties: [] }, 10, 0.5, ev);
    expect(doc.level).toBe('merah');
    const change = ev.find((e) => e.type === 'situation_level_changed') as Extract<GameEvent, { type: 'situation_level_changed' }>;
    expect(change).toMatchObject({ from: 'hijau', to: 'merah', cause: 'arson', groupId: 'massa-2' });
    expect(doc.lastSeen).toMatchObject({ pushing: 10, arson: 10, throwing: 10 });
  });
});
