import { describe, it, expect } from 'vitest';
import { produce } from 'immer';
import { createGame, applyCommand, beginTurnResolution, snapshotGame, restoreGame, Role, type Game, type GameEvent, type GameState } from '../index';
import { personRole, pruneOpenMeasures } from './judge';
import type { DoctrineState } from '../doctrineTypes';
import { doctrineSetup } from './fixtures';

/**
 * What a judgement records besides its verdict: the role named for an arrest target, the crowd group
 * a measure concerns (from the point it acts on), the negotiation facts, the turn's tally and the
 * measures kept open for their consequences, and the pruning of measures no one carries out any more.
 */

/** doctrineSetup's game one idle turn in, with a second crowd group in the east street (and no Brimob with `noBrimob`). */
function base(noBrimob = false): Uint8Array {
  const setup = doctrineSetup(60, 6);
  if (noBrimob) {
    setup.police = setup.police.filter((u) => !u.type.startsWith('brimob'));
    setup.players = setup.players.map((p) => ({ ...p, controls: p.controls.filter((id) => setup.police.some((u) => u.id === id) || p.side !== 'police') }));
  }
  setup.crowd = [...setup.crowd, { id: 'massa-2', arrival: 'street-east', size: 20, provocateurs: 0, sajam: 0 }];
  setup.players = setup.players.map((p) => (p.side === 'crowd' ? { ...p, controls: [...p.controls, 'massa-2'] } : p));
  const r = createGame(setup, 8);
  if (!r.ok) throw new Error(r.message);
  const res = applyCommand(r.game, { type: 'resolveTurn', force: true });
  if (!res.ok) throw new Error(res.message);
  return snapshotGame(r.game);
}
const SNAP = base();
const SNAP_NO_BRIMOB = base(true);

function fresh(level: 'hijau' | 'kuning' | 'merah' = 'kuning', edit: (d: GameState) => void = () => {}, snap = SNAP): Game {
  const r = restoreGame(snap);
  if (!r.ok) throw new Error(r.message);
  r.game.state = produce(r.game.state, (d) => {
    d.doctrine.level = level;
    d.doctrine.assessed = level;
    edit(d as GameState);
  });
  return r.game;
}

type Judged = Extract<GameEvent, { type: 'measure_judged' }>;

function run(g: Game, orders: Record<string, unknown>[]): Judged[] {
  const sub = applyCommand(g, { type: 'submitOrders', playerId: 'polisi', orders });
  if (!sub.ok) throw new Error(`${sub.reason}: ${sub.message}`);
  return beginTurnResolution(g).filter((e): e is Judged => e.type === 'measure_judged');
}

/** Centre of a group's members on the field. */
function centre(g: Game, gi: number): { x: number; y: number } {
  const a = g.world.agents;
  const grp = g.state.groups[gi]!;
  let x = 0;
  let y = 0;
  for (let i = grp.first; i < grp.first + grp.count; i++) { x += a.x[i]!; y += a.y[i]!; }
  return { x: x / grp.count, y: y / grp.count };
}

const unitOf = (g: Game, type: string): string => g.state.units.find((u) => u.type === type)!.id;

describe('personRole', () => {
  it('names every role, anything else a protester', () => {
    expect(personRole(Role.korlap)).toBe('korlap');
    expect(personRole(Role.orator)).toBe('orator');
    expect(personRole(Role.provocateur)).toBe('provocateur');
    expect(personRole(Role.bystander)).toBe('bystander');
    expect(personRole(Role.protester)).toBe('protester');
    expect(personRole(250)).toBe('protester');
  });
});

describe('the group a measure concerns', () => {
  it('is the one around the point the order acts on: a push\'s direction, a move\'s last waypoint, a water cannon\'s area', () => {
    const g0 = fresh();
    const [c1, c2] = [centre(g0, 0), centre(g0, 1)];
    expect(Math.hypot(c1.x - c2.x, c1.y - c2.y)).toBeGreaterThan(30);
    const awc = unitOf(g0, 'water_cannon');
    const lanjut = unitOf(g0, 'dalmas_lanjut');
    const awal = unitOf(g0, 'dalmas_awal');
    const cases: [Record<string, unknown>, string][] = [
      [{ type: 'water_cannon', unitId: awc, area: { ...c1, r: 4 } }, 'massa-1'],
      [{ type: 'push', unitId: lanjut, toward: c2 }, 'massa-2'],
      [{ type: 'push', unitId: lanjut, toward: c1 }, 'massa-1'],
      [{ type: 'move', unitId: awal, waypoints: [c1, c2] }, 'massa-2'],
      [{ type: 'move', unitId: awal, waypoints: [c2, c1] }, 'massa-1'],
      [{ type: 'negotiate', unitId: unitOf(g0, 'negosiator'), groupId: 'massa-2' }, 'massa-2'],
    ];
    for (const [order, group] of cases) {
      const [j] = run(fresh('kuning', (d) => { d.groups[0]!.appeals = 3; d.groups[1]!.appeals = 1; }), [order]);
      expect(j!.facts.groupId, JSON.stringify(order)).toBe(group);
      expect(j!.facts.appeals).toBe(group === 'massa-1' ? 3 : 1);
    }
  });

  it('far from every member it is the nearest group within 150 m, and none beyond', () => {
    const g0 = fresh();
    const c2 = centre(g0, 1);
    const awal = unitOf(g0, 'dalmas_awal');
    // 40 m from massa-2's centre, farther from massa-1: nobody within 15 m, so the nearest member decides.
    const near = { x: c2.x, y: c2.y + 40 };
    const [j] = run(fresh(), [{ type: 'move', unitId: awal, waypoints: [near] }]);
    const d1 = Math.hypot(centre(g0, 0).x - near.x, centre(g0, 0).y - near.y);
    expect(d1).toBeGreaterThan(45);
    expect(j!.facts.groupId).toBe('massa-2');
  });

  it('the negotiation facts: tried and settled for the group concerned', () => {
    const nego = unitOf(fresh(), 'negosiator');
    const order = { type: 'negotiate', unitId: nego, groupId: 'massa-1' };
    const none = run(fresh(), [order])[0]!;
    expect([none.facts.negotiationTried, none.facts.negotiationSucceeded]).toEqual([false, false]);
    const tried = run(fresh('kuning', (d) => { d.doctrine.groups[0]!.negotiations = 1; }), [order])[0]!;
    expect([tried.facts.negotiationTried, tried.facts.negotiationSucceeded]).toEqual([true, false]);
    const settled = run(fresh('kuning', (d) => { d.doctrine.groups[0]!.negotiations = 2; d.doctrine.groups[0]!.settledTick = 0; }), [order])[0]!;
    expect([settled.facts.negotiationTried, settled.facts.negotiationSucceeded]).toEqual([true, true]);
    const other = run(fresh('kuning', (d) => { d.doctrine.groups[0]!.negotiations = 2; d.doctrine.groups[0]!.settledTick = 0; }), [{ ...order, groupId: 'massa-2' }])[0]!;
    expect([other.facts.negotiationTried, other.facts.negotiationSucceeded]).toEqual([false, false]);
  });
});

describe('what a judgement records', () => {
  it('counts the verdict in the turn\'s tally too, and keeps measures of force (stage 3+) open, not an appeal (stage 2), for their consequences', () => {
    const g = fresh('kuning', (d) => { d.groups[0]!.appeals = 3; });
    const c1 = centre(g, 0);
    const judged = run(g, [
      { type: 'appeal', unitId: unitOf(g, 'dalmas_awal') },
      { type: 'water_cannon', unitId: unitOf(g, 'water_cannon'), area: { ...c1, r: 5 } },
    ]);
    expect(judged.map((j) => [j.order, j.stage])).toEqual([['appeal', 2], ['water_cannon', 5]]);
    const doc = g.state.doctrine;
    const total = (t: { proper: number; questionable: number; violation: number }) => t.proper + t.questionable + t.violation;
    expect(total(doc.turnTally)).toBe(2);
    expect(doc.turnTally[judged[1]!.verdict]).toBeGreaterThanOrEqual(1);
    const water = judged[1]!;
    expect(doc.open[water.orderId]).toEqual({ verdict: water.verdict, stage: 5, order: 'water_cannon', group: 0, peacefulTarget: false, felt: false });
    expect(doc.open[judged[0]!.orderId]).toBeUndefined();
  });

  it('an arrest of a peaceful person is counted as one and kept open as such', () => {
    const g = fresh('kuning');
    const a = g.world.agents;
    const grp = g.state.groups[0]!;
    let target = -1;
    for (let i = grp.first; i < grp.first + grp.count && target < 0; i++) if (a.role[i] === Role.protester) target = i;
    a.flags[target] = 0;
    const [j] = run(g, [{ type: 'arrest', unitId: unitOf(g, 'tim_tindak'), target }]);
    expect(j!.facts.peacefulTarget).toBe(true);
    expect(g.state.doctrine.tally.peacefulArrestOrders).toBe(1);
    expect(g.state.doctrine.open[j!.orderId]).toMatchObject({ order: 'arrest', peacefulTarget: true, felt: false });
  });
});

describe('the facts and the tally, edge cases', () => {
  const control = (echelon: 'dalmas_awal' | 'dalmas_lanjut' | 'brimob_phh', playerId: string | null, leadUnitId: string) => (d: GameState) => {
    d.groups[0]!.appeals = 3;
    d.doctrine.control = { ...d.doctrine.control, echelon, playerId, leadUnitId };
  };

  it('no player holding tactical control means any player\'s order is ordered by control; only an arrest names a target role', () => {
    const g = fresh('kuning', control('dalmas_lanjut', null, 'lanjut-1'));
    const [j] = run(g, [{ type: 'water_cannon', unitId: unitOf(g, 'water_cannon'), area: { ...centre(g, 0), r: 5 } }]);
    expect(j!.facts.orderedByControl).toBe(true);
    expect(j!.facts.targetRole).toBeNull();
    expect(j!.facts.peacefulTarget).toBeNull();
    expect([j!.verdict, j!.rule]).toEqual(['proper', 'proportionate_force']);
  });

  it('a proper use of force (stage 5) and a proper lintas ganti both count for compliance, as proper', () => {
    const g = fresh('kuning', control('dalmas_lanjut', 'polisi', 'lanjut-1'));
    const [water] = run(g, [{ type: 'water_cannon', unitId: unitOf(g, 'water_cannon'), area: { ...centre(g, 0), r: 5 } }]);
    expect(water!.verdict).toBe('proper');
    expect([g.state.doctrine.tally.counted, g.state.doctrine.tally.countedProper]).toEqual([1, 1]);
    const h = fresh('merah', control('dalmas_lanjut', 'polisi', 'lanjut-1'));
    const [lintas] = run(h, [{ type: 'lintas_ganti', unitId: unitOf(h, 'brimob_desak'), relieveUnitId: 'lanjut-1' }]);
    expect([lintas!.verdict, lintas!.stage]).toEqual(['proper', 1]);
    expect([h.state.doctrine.tally.counted, h.state.doctrine.tally.countedProper]).toEqual([1, 1]);
  });

  it('with no Brimob on the field, Dalmas Awal holding the line still calls for the lapis ganti before the water cannon', () => {
    const g = fresh('kuning', control('dalmas_awal', 'polisi', 'awal-1'), SNAP_NO_BRIMOB);
    expect(g.state.units.some((u) => u.type.startsWith('brimob'))).toBe(false);
    const [j] = run(g, [{ type: 'water_cannon', unitId: unitOf(g, 'water_cannon'), area: { ...centre(g, 0), r: 5 } }]);
    expect([j!.verdict, j!.rule, j!.issues]).toEqual(['questionable', 'tactical_control', ['tactical_control']]);
  });
});

describe('pruneOpenMeasures', () => {
  const open = (order: string) => ({ verdict: 'proper', stage: 5, order, group: 0, peacefulTarget: false, felt: false });

  it('keeps the measures a unit (as its task or its move) or a gas cloud still carries out, drops the rest', () => {
    const d = {
      doctrine: { open: { task: open('push'), move: open('move'), cloud: open('tear_gas'), done: open('water_cannon'), gone: open('arrest') } },
      units: [{ taskOrderId: 'task', moveOrderId: null }, { taskOrderId: null, moveOrderId: 'move' }, { taskOrderId: null, moveOrderId: null }],
      clouds: [{ orderId: 'cloud' }, { orderId: null }],
    };
    pruneOpenMeasures(d as never);
    expect(Object.keys((d.doctrine as unknown as DoctrineState).open).sort()).toEqual(['cloud', 'move', 'task']);
  });

  it('does nothing without the doctrine layer', () => {
    const d = { units: [{ taskOrderId: 'x', moveOrderId: null }], clouds: [] };
    expect(() => pruneOpenMeasures(d as never)).not.toThrow();
  });
});
