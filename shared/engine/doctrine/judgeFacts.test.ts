import { describe, it, expect } from 'vitest';
import { produce } from 'immer';
import { createGame, Flag, OFF_FIELD, type Game, type GameEvent, type GameState } from '../index';
import type { PlannedOrder } from '../state';
import { judgeOrder } from './judge';
import { twoGroupSetup } from './fixtures';

/**
 * The crowd group a measure concerns (judge.ts, `concernedGroup`, DOCTRINE-ENGINE.md section 3): the
 * group with most members on the field within reach of the point the order acts on (its area plus
 * 5 m, else 15 m), else the group with the nearest member within 150 m, else none. Table-driven on
 * twoGroupSetup (massa-1, 6 people; massa-2, 4) with every member placed by hand around one point and
 * `judgeOrder` called directly, so each distance is exact; then the guards of `judgeOrder` and the
 * compliance count of a proper stage-3 measure.
 */

function game(): Game {
  const r = createGame(twoGroupSetup(), 5);
  if (!r.ok) throw new Error(r.message);
  return r.game;
}
const G = game();
const [M1, M2] = [G.state.groups[0]!, G.state.groups[1]!];
if (M2.first !== M1.first + M1.count) throw new Error('massa-2 is expected right after massa-1 in the agent arrays');
/** The point the measures act on. */
const P = { x: 100, y: 100 };
/** Far from P and from each other: beyond the 150 m of the nearest-member rule. */
const AWAY = { x: -1000, y: -1000 };

type Judged = Extract<GameEvent, { type: 'measure_judged' }>;
/** A member placed at P + (dx, dy), with extra flags; massa-2's members in the order listed from its first. */
type Member = [dx: number, dy: number, flags?: number];

/**
 * A copy of the game with massa-1's members at `m1`, massa-2's at `m2` (the rest far away, all calm),
 * the units where `units` puts them, then one police order judged at tick 10.
 */
function judgeWith(m1: Member[], m2: Member[], order: Record<string, unknown>, edit: (d: GameState) => void = () => {}): Judged[] {
  const g: Game = { ...G, world: structuredClone(G.world) };
  const a = g.world.agents;
  for (const [grp, members] of [[M1, m1], [M2, m2]] as const) {
    for (let k = 0; k < grp.count; k++) {
      const i = grp.first + k;
      const m = members[k];
      a.x[i] = m ? P.x + m[0] : AWAY.x;
      a.y[i] = m ? P.y + m[1] : AWAY.y;
      a.flags[i] = m?.[2] ?? 0;
    }
  }
  const ev: GameEvent[] = [];
  const po = { orderId: 'o-1', playerId: 'polisi', order } as PlannedOrder;
  g.state = produce(g.state, (d) => {
    d.doctrine.level = 'kuning';
    d.groups[0]!.appeals = 1;
    d.groups[1]!.appeals = 2;
    edit(d as GameState);
    judgeOrder(g, d, po, 10, ev);
  });
  return ev.filter((e): e is Judged => e.type === 'measure_judged');
}

/** An appeal by Dalmas Awal standing at P: the order acts on the unit's own position. */
const appealAtP = { type: 'appeal', unitId: 'awal-1' };
const atP = (d: GameState): void => { const u = d.units.find((x) => x.id === 'awal-1')!; u.x = P.x; u.y = P.y; };

describe('the group a measure concerns: members within reach, else the nearest member', () => {
  const rows: [string, Member[], Member[], string | null][] = [
    ['most members within 15 m, though the other group has the nearest one', [[10, 0], [0, 10]], [[3, 0]], 'massa-1'],
    ['the other way round', [[3, 0]], [[10, 0], [0, -10]], 'massa-2'],
    ['one member each within reach: the group listed first', [[5, 0]], [[0, 5]], 'massa-1'],
    ['a member exactly 15 m away is not within reach', [[15, 0]], [[0, 14]], 'massa-2'],
    ['a member 10 m straight ahead (no sideways offset) is within reach', [[0, 10]], [[1, 40]], 'massa-1'],
    ['a member 10 m to the side (no offset ahead) is within reach', [[10, 0]], [[40, 1]], 'massa-1'],
    ['nobody within reach: the group of the nearest member, measured in both axes', [[0, 40]], [[30, 0]], 'massa-2'],
    ['nobody within reach, the nearest is massa-1', [[40, 0]], [[0, 60]], 'massa-1'],
    ['nobody within reach, two members equally near: the group listed first', [[0, 40]], [[40, 0]], 'massa-1'],
    ['only massa-2\'s first member, within reach', [], [[5, 0]], 'massa-2'],
    ['only massa-2\'s first member, 30 m away', [], [[30, 0]], 'massa-2'],
    ['the nearest member 149 m away', [[149, 0]], [], 'massa-1'],
    ['the nearest member 150 m away: no group', [[150, 0]], [[0, -151]], null],
    ['arrested and departed members count for nothing', [[5, 0, Flag.arrested], [0, 5, Flag.gone], [0, -5, Flag.evacuated]], [[0, 30]], 'massa-2'],
  ];
  it.each(rows)('%s', (_, m1, m2, group) => {
    const [j] = judgeWith(m1, m2, appealAtP, atP);
    expect(j!.facts.groupId).toBe(group);
    expect(j!.facts.appeals).toBe(group === 'massa-1' ? 1 : group === 'massa-2' ? 2 : 0);
  });

  it('with no group concerned there are no negotiation facts either', () => {
    const [j] = judgeWith([], [], appealAtP, (d) => {
      atP(d);
      for (const gd of d.doctrine.groups) { gd.negotiations = 2; gd.settledTick = 0; }
    });
    expect(j!.facts).toMatchObject({ groupId: null, appeals: 0, negotiationTried: false, negotiationSucceeded: false });
  });

  it('a negotiation settled at any tick after the start counts as succeeded; one never settled (settledTick -1) does not', () => {
    const withSettled = (settledTick: number) => judgeWith([[0, 5]], [], appealAtP, (d) => {
      atP(d);
      d.doctrine.groups[0]!.negotiations = 1;
      d.doctrine.groups[0]!.settledTick = settledTick;
    })[0]!.facts;
    expect(withSettled(40)).toMatchObject({ groupId: 'massa-1', negotiationTried: true, negotiationSucceeded: true });
    expect(withSettled(-1)).toMatchObject({ groupId: 'massa-1', negotiationTried: true, negotiationSucceeded: false });
  });
});

describe('the reach of an order with an area: its radius plus 5 m', () => {
  const water = (r: number) => ({ type: 'water_cannon', unitId: 'awc-1', area: { ...P, r } });
  const rows: [string, number, Member[], Member[], string][] = [
    ['radius 20: two members 20 m out are within reach, more than one 10 m out', 20, [[20, 0], [0, -20]], [[0, 10]], 'massa-1'],
    ['radius 20: members 24.9 m out too', 20, [[24.5, 0], [0, -24.5]], [[0, 10]], 'massa-1'],
    ['radius 20: not 25 m out', 20, [[25, 0], [0, -25]], [[0, 10]], 'massa-2'],
    ['radius 1: only within 6 m', 1, [[5, 0]], [[10, 0], [0, 10]], 'massa-1'],
  ];
  it.each(rows)('%s', (_, r, m1, m2, group) => {
    expect(judgeWith(m1, m2, water(r))[0]!.facts.groupId).toBe(group);
  });
});

describe('the point an order acts on', () => {
  // massa-1 around P, massa-2 around the ordering unit 100 m south of it.
  const unitAt = (id: string) => (d: GameState): void => { const u = d.units.find((x) => x.id === id)!; u.x = P.x; u.y = P.y + 100; };
  const m1: Member[] = [[2, 0], [0, 2]];
  const m2: Member[] = [[2, 100], [0, 102]];
  const area = { ...P, r: 3 };
  const rows: [string, string, Record<string, unknown>, string][] = [
    ['water cannon: its area', 'awc-1', { type: 'water_cannon', unitId: 'awc-1', area }, 'massa-1'],
    ['tear gas: its area', 'desak-1', { type: 'tear_gas', unitId: 'desak-1', area }, 'massa-1'],
    ['evacuation: its area', 'awal-1', { type: 'evacuate', unitId: 'awal-1', area }, 'massa-1'],
    ['push: the point pushed toward', 'desak-1', { type: 'push', unitId: 'desak-1', toward: P }, 'massa-1'],
    ['move: the last waypoint', 'awal-1', { type: 'move', unitId: 'awal-1', waypoints: [{ x: P.x, y: P.y + 100 }, P] }, 'massa-1'],
    ['appeal: the unit itself', 'awal-1', { type: 'appeal', unitId: 'awal-1' }, 'massa-2'],
    ['hold: the unit itself', 'desak-1', { type: 'hold', unitId: 'desak-1' }, 'massa-2'],
  ];
  it.each(rows)('%s', (_, unit, order, group) => {
    expect(judgeWith(m1, m2, order, unitAt(unit))[0]!.facts.groupId).toBe(group);
  });

  it('an arrest concerns the target\'s own crowd group, wherever the unit is; a target in no crowd group concerns none', () => {
    const arrest = (target: number) => ({ type: 'arrest', unitId: 'tindak-1', target });
    expect(judgeWith(m1, m2, arrest(M2.first + 1), unitAt('tindak-1'))[0]!.facts.groupId).toBe('massa-2');
    expect(judgeWith(m1, m2, arrest(M1.first), unitAt('tindak-1'))[0]!.facts.groupId).toBe('massa-1');
    // A member of a protected party (its team is the party's index) and an officer (its unit's).
    const party = G.state.protectedParties[0]!;
    for (const target of [party.first, G.state.units[1]!.first]) {
      const [j] = judgeWith(m1, m2, arrest(target), unitAt('tindak-1'));
      expect(j!.facts).toMatchObject({ groupId: null, appeals: 0 });
    }
  });
});

describe('judgeOrder judges police orders of known units, when the doctrine layer is on', () => {
  it('a crowd order, an order of a unit not in the game and a game without the doctrine layer are not judged', () => {
    expect(judgeWith([], [], { type: 'orasi', groupId: 'massa-1' })).toEqual([]);
    expect(judgeWith([], [], { type: 'appeal', unitId: 'nobody' })).toEqual([]);
    expect(judgeWith([], [], appealAtP, (d) => { delete (d as { doctrine?: unknown }).doctrine; })).toEqual([]);
  });
});

describe('a stage-3 measure', () => {
  it('a push by Dalmas Awal (bare hands and rope; at kuning the wrong unit) counts for compliance and stays open for its consequences', () => {
    // Toward massa-1's first member, where the lot's six stand together.
    const order = { type: 'push', unitId: 'awal-1', toward: { x: G.world.agents.x[M1.first]!, y: G.world.agents.y[M1.first]! } };
    const g: Game = { ...G, world: structuredClone(G.world) };
    const ev: GameEvent[] = [];
    const doc = produce(G.state, (d) => {
      d.doctrine.level = 'kuning';
      for (const grp of d.groups) grp.appeals = 1;
      judgeOrder(g, d, { orderId: 'p-1', playerId: 'polisi', order } as PlannedOrder, 10, ev);
    }).doctrine;
    const j = ev.find((e): e is Judged => e.type === 'measure_judged')!;
    expect([j.stage, j.verdict, j.rule]).toEqual([3, 'questionable', 'unit_for_level']);
    expect([doc.tally.counted, doc.tally.countedProper, doc.tally.questionable]).toEqual([1, 0, 1]);
    // Not an arrest: no peaceful arrest counted.
    expect(doc.tally.peacefulArrestOrders).toBe(0);
    expect(doc.open['p-1']).toEqual({ verdict: 'questionable', stage: 3, order: 'push', group: 0, peacefulTarget: false, felt: false });
  });
});

describe('tactical control: every Brimob platoon type waits for the lintas ganti', () => {
  // Dalmas Lanjut holds the line and a Brimob platoon could relieve it: force by Brimob (stage 4+) before
  // the lintas ganti is questionable (tactical_control), whichever of the three platoon types it is.
  function brimobGame(): Game {
    const setup = twoGroupSetup();
    setup.police = [
      { id: 'lanjut-1', type: 'dalmas_lanjut', staging: { x: 90, y: 30 }, heading: -Math.PI / 2 },
      { id: 'sekat-1', type: 'brimob_sekat', staging: { x: 60, y: 30 }, heading: -Math.PI / 2 },
      { id: 'desak-1', type: 'brimob_desak', staging: { x: 80, y: 34 }, heading: -Math.PI / 2 },
      { id: 'tombak-1', type: 'brimob_tindak', staging: { x: 100, y: 30 }, heading: -Math.PI / 2 },
    ];
    setup.players = setup.players.map((p) => (p.side === 'police' ? { ...p, controls: setup.police.map((u) => u.id) } : p));
    const r = createGame(setup, 5);
    if (!r.ok) throw new Error(r.message);
    return r.game;
  }
  const B = brimobGame();
  it.each([
    ['Benteng (brimob_sekat)', 'sekat-1', 'dalmas_lanjut', ['tactical_control']],
    ['Perisai (brimob_desak)', 'desak-1', 'dalmas_lanjut', ['tactical_control']],
    ['Tombak (brimob_tindak)', 'tombak-1', 'dalmas_lanjut', ['tactical_control']],
    ['Benteng, holding the line itself', 'sekat-1', 'brimob_phh', []],
    ['Dalmas Lanjut, not Brimob', 'lanjut-1', 'dalmas_lanjut', []],
  ] as const)('a push by %s at merah', (_, unitId, echelon, issues) => {
    const ev: GameEvent[] = [];
    const g: Game = { ...B, world: structuredClone(B.world) };
    produce(B.state, (d) => {
      d.doctrine.level = 'merah';
      for (const grp of d.groups) grp.appeals = 3;
      d.doctrine.control = { ...d.doctrine.control, echelon, leadUnitId: echelon === 'brimob_phh' ? 'sekat-1' : 'lanjut-1', playerId: 'polisi' };
      judgeOrder(g, d, { orderId: 'b-1', playerId: 'polisi', order: { type: 'push', unitId, toward: P } } as PlannedOrder, 10, ev);
    });
    const j = ev.find((e): e is Judged => e.type === 'measure_judged')!;
    expect([j.stage, j.issues]).toEqual([4, issues]);
  });
});
