import { describe, it, expect } from 'vitest';
import { produce } from 'immer';
import { createGame, applyCommand, beginTurnResolution, stepTick, snapshotGame, restoreGame, Flag, AgentKind, doctrineRules, type Game, type GameEvent, type UnitTask } from '../index';
import { formationOffset } from '../formation';
import { unitTypes } from '../forces';
import { checkConduct, CHECK_TICKS, STRAY_METRES, PURSUIT_METRES, SUSTAIN_SECONDS } from './conduct';
import type { DoctrineState } from '../doctrineTypes';

/**
 * Formation discipline (conduct.ts, Perkap 9/2008 Art. 28), table-driven: officers are placed exactly
 * on their formation slots (or rope positions), some are moved away, and checkConduct runs on the
 * check ticks. Every threshold is tested from both sides: how many officers (20 % and two), how far
 * (10 m from the slot, 30 m for a snatch squad), how long (15 s = three checks), once per episode,
 * and every exemption.
 */

function setup(): Parameters<typeof createGame>[0] {
  return {
    venueId: 'kpu-office',
    turnLimit: 5,
    players: [
      { id: 'polisi', name: 'Kapolres', side: 'police', controls: ['awal-1', 'kecil-1', 'tindak-1', 'tombak-1', 'awc-1', 'awc-2', 'nego-1', 'dokkes-1'] },
      { id: 'massa', name: 'Massa', side: 'crowd', controls: ['massa-1'] },
    ],
    police: [
      { id: 'awal-1', type: 'dalmas_awal', staging: { x: 60, y: 31 }, heading: -Math.PI / 2 },
      { id: 'kecil-1', type: 'dalmas_awal', strength: 5, staging: { x: 90, y: 31 }, heading: -Math.PI / 2 },
      { id: 'tindak-1', type: 'tim_tindak', staging: { x: 100, y: 31 }, heading: -Math.PI / 2 },
      { id: 'tombak-1', type: 'brimob_tindak', staging: { x: 115, y: 31 }, heading: -Math.PI / 2 },
      { id: 'awc-1', type: 'water_cannon', staging: { x: 40, y: 31 }, heading: -Math.PI / 2 },
      // A vehicle unit given people on foot by the setup's strength override.
      { id: 'awc-2', type: 'water_cannon', strength: 4, staging: { x: 130, y: 31 }, heading: -Math.PI / 2 },
      { id: 'nego-1', type: 'negosiator', staging: { x: 30, y: 31 } },
      { id: 'dokkes-1', type: 'dokkes', staging: { x: 20, y: 31 } },
    ],
    crowd: [{ id: 'massa-1', arrival: 'lot-south', size: 20 }],
  };
}

const SNAP = (() => {
  const r = createGame(setup(), 9);
  if (!r.ok) throw new Error(r.message);
  return snapshotGame(r.game);
})();

const off = new Float32Array(2);

/** Where officer `i` of unit `ui` belongs: its rope position when a rope is strung, else its formation slot. */
function slotOf(g: Game, ui: number, i: number): [number, number] {
  const u = g.state.units[ui]!;
  const a = g.world.agents;
  if (u.rope) {
    const k = u.count > 1 ? a.slot[i]! / (u.count - 1) : 0.5;
    return [u.rope.a.x + (u.rope.b.x - u.rope.a.x) * k, u.rope.a.y + (u.rope.b.y - u.rope.a.y) * k];
  }
  formationOffset(u.formation, a.slot[i]!, u.count, unitTypes[u.type].vehicle, off);
  const c = Math.cos(u.heading);
  const s = Math.sin(u.heading);
  return [u.x + off[0]! * c - off[1]! * s, u.y + off[0]! * s + off[1]! * c];
}

/** The unit's people on foot (officers), by slot. */
function officers(g: Game, ui: number): number[] {
  const u = g.state.units[ui]!;
  const out: number[] = [];
  for (let i = u.first; i < u.first + u.count; i++) if (g.world.agents.kind[i] === AgentKind.officer) out.push(i);
  return out;
}

/** Every agent of every unit on its place. */
function allInPlace(g: Game): void {
  g.state.units.forEach((u, ui) => {
    for (let i = u.first; i < u.first + u.count; i++) {
      const [x, y] = slotOf(g, ui, i);
      g.world.agents.x[i] = x;
      g.world.agents.y[i] = y;
      g.world.agents.link[i] = -1;
    }
  });
}

/** Moves the first `n` officers of a unit `metres` east of their places. */
function stray(g: Game, unitId: string, n: number, metres: number): number[] {
  const ui = g.state.units.findIndex((u) => u.id === unitId);
  const moved = officers(g, ui).slice(0, n);
  for (const i of moved) {
    const [x, y] = slotOf(g, ui, i);
    g.world.agents.x[i] = x + metres;
    g.world.agents.y[i] = y;
  }
  return moved;
}

/** Links the first officer of a unit to a target and puts him `metres` from the unit's anchor. */
function pursue(g: Game, unitId: string, metres: number): number {
  const u = g.state.units.find((x) => x.id === unitId)!;
  const i = officers(g, g.state.units.indexOf(u))[0]!;
  g.world.agents.link[i] = 0;
  g.world.agents.x[i] = u.x;
  g.world.agents.y[i] = u.y - metres;
  return i;
}

interface Harness { g: Game; doc: DoctrineState }

function fresh(change?: (g: Game) => void): Harness {
  const r = restoreGame(SNAP);
  if (!r.ok) throw new Error(r.message);
  const g = r.game;
  g.state = produce(g.state, (d) => {
    for (const u of d.units) { u.moveOrderId = `t0.polisi.move-${u.id}`; u.taskOrderId = `t0.polisi.task-${u.id}`; }
  });
  allInPlace(g);
  change?.(g);
  return { g, doc: structuredClone(g.state.doctrine) as DoctrineState };
}

/** Runs the check on `checks` consecutive check ticks (from tick `from`); the events with the check index they came at. */
function run(h: Harness, checks: number, from = 0): [number, Extract<GameEvent, { type: 'conduct_judged' }>][] {
  const out: [number, Extract<GameEvent, { type: 'conduct_judged' }>][] = [];
  for (let k = 0; k < checks; k++) {
    const ev: GameEvent[] = [];
    checkConduct(h.g, h.doc, from + k * CHECK_TICKS, ev);
    for (const e of ev) if (e.type === 'conduct_judged') out.push([k, e]);
  }
  return out;
}

const setUnit = (unitId: string, change: (u: Game['state']['units'][number]) => void) => (g: Game): void => {
  g.state = produce(g.state, (d) => { change(d.units.find((u) => u.id === unitId)! as Game['state']['units'][number]); });
  allInPlace(g);
};
const withTask = (unitId: string, task: UnitTask) => setUnit(unitId, (u) => { u.task = task; });

describe('formation discipline: the constants are those of DOCTRINE-ENGINE.md', () => {
  it('checks every 10 ticks; 10 m from the place; 30 m for a snatch squad; 15 s', () => {
    expect([CHECK_TICKS, STRAY_METRES, PURSUIT_METRES, SUSTAIN_SECONDS]).toEqual([10, 10, 30, 15]);
  });
});

describe('formation discipline: who has left the formation, and for how long', () => {
  // [case, unit, officers moved, metres, the check the finding comes at (null: none in six checks)]
  const rows: [string, string, number, number, number | null][] = [
    ['8 of 38 officers (20 %) 12 m out', 'awal-1', 8, 12, 2],
    ['7 of 38 officers 12 m out: under 20 %', 'awal-1', 7, 12, null],
    ['8 of 38 officers 10.2 m out', 'awal-1', 8, 10.2, 2],
    ['8 of 38 officers 9.8 m out: still in place', 'awal-1', 8, 9.8, null],
    ['all 38 officers 30 m out', 'awal-1', 38, 30, 2],
    ['2 of 5 officers out: two is the minimum', 'kecil-1', 2, 12, 2],
    ['1 of 5 officers out: one is not enough, though 20 %', 'kecil-1', 1, 12, null],
    ['the arrest team standing 12 m off its places: only pursuit counts for it', 'tindak-1', 10, 12, null],
    ['Brimob Tombak standing off its places: an arrest team too', 'tombak-1', 30, 12, null],
    ['the water cannon (a vehicle unit)', 'awc-1', 1, 50, null],
    ['a water cannon with four people on foot, all 50 m out (a vehicle unit)', 'awc-2', 4, 50, null],
    ['the negotiators', 'nego-1', 3, 50, null],
    ['Dokkes', 'dokkes-1', 6, 50, null],
  ];
  it.each(rows)('%s', (_, unitId, n, metres, at) => {
    const h = fresh((g) => stray(g, unitId, n, metres));
    const found = run(h, 6);
    if (at === null) {
      expect(found).toEqual([]);
      expect(h.doc.tally.conduct).toBe(0);
    } else {
      expect(found.map(([k, e]) => [k, e.unitId, e.kind, e.officers])).toEqual([[at, unitId, 'formation_left', n]]);
      expect(h.doc.tally.conduct).toBe(1);
      expect(h.doc.turnTally.conduct).toBe(1);
    }
  });

  it('a finding cites Perkap 9/2008 Art. 28, as questionable, with the time, the place of the strays and the movement order', () => {
    const h = fresh();
    const moved = stray(h.g, 'awal-1', 8, 12);
    const [[, e]] = run(h, 3) as [[number, Extract<GameEvent, { type: 'conduct_judged' }>]];
    const a = h.g.world.agents;
    expect(e).toMatchObject({
      tick: 20, verdict: 'questionable', rule: 'formation_discipline', citation: doctrineRules.formation_discipline.citation,
      seconds: 15, orderId: 't0.polisi.move-awal-1',
    });
    expect(e.citation).toContain('Perkap 9/2008');
    expect(e.x).toBeCloseTo(moved.reduce((s, i) => s + a.x[i]!, 0) / 8, 3);
    expect(e.y).toBeCloseTo(moved.reduce((s, i) => s + a.y[i]!, 0) / 8, 3);
  });

  it('two checks out of place are not enough; once per episode; back in place starts a new episode', () => {
    const h = fresh((g) => stray(g, 'awal-1', 8, 12));
    expect(run(h, 2, 0)).toEqual([]);
    expect(run(h, 1, 20).map(([, e]) => e.tick)).toEqual([20]);
    expect(run(h, 5, 30)).toEqual([]);
    allInPlace(h.g);
    expect(run(h, 1, 80)).toEqual([]);
    expect(h.doc.units[0]).toEqual({ stray: 0, reported: false });
    stray(h.g, 'awal-1', 8, 12);
    expect(run(h, 3, 90).map(([k, e]) => [k, e.tick])).toEqual([[2, 110]]);
    expect(h.doc.tally.conduct).toBe(2);
  });

  it('an interruption resets the count', () => {
    const h = fresh((g) => stray(g, 'awal-1', 8, 12));
    expect(run(h, 2, 0)).toEqual([]);
    allInPlace(h.g);
    expect(run(h, 1, 20)).toEqual([]);
    stray(h.g, 'awal-1', 8, 12);
    expect(run(h, 2, 30)).toEqual([]);
    expect(run(h, 1, 50)).toHaveLength(1);
  });

  it('between check ticks nothing is counted', () => {
    const h = fresh((g) => stray(g, 'awal-1', 38, 12));
    for (let t = 1; t < 10; t++) checkConduct(h.g, h.doc, t, []);
    expect(h.doc.units[0]).toEqual({ stray: 0, reported: false });
  });

  it('officers down or off the field are not counted as out of formation', () => {
    const flag = (g: Game, i: number, f: number): void => { g.world.agents.flags[i] = g.world.agents.flags[i]! | f; };
    const down = fresh((g) => flag(g, stray(g, 'awal-1', 8, 12)[0]!, Flag.down));
    expect(run(down, 6)).toEqual([]);
    const gone = fresh((g) => flag(g, stray(g, 'awal-1', 8, 12)[0]!, Flag.evacuated));
    expect(run(gone, 6)).toEqual([]);
  });

  it('a rope line is the place: officers along the rope are in place, 12 m off it they are not', () => {
    const rope = setUnit('awal-1', (u) => { u.rope = { a: { x: 45, y: 28 }, b: { x: 75, y: 28 } }; });
    const along = fresh(rope);
    const a = along.g.world.agents;
    const first = along.g.state.units[0]!.first;
    expect(Math.hypot(a.x[first]! - 45, a.y[first]! - 28)).toBeLessThan(1e-3);
    expect(run(along, 6)).toEqual([]);
    const off = fresh((g) => { rope(g); stray(g, 'awal-1', 8, 12); });
    expect(run(off, 3)).toHaveLength(1);
  });
});

describe('formation discipline: exemptions', () => {
  const allOut = (g: Game): void => void stray(g, 'awal-1', 38, 12);
  // [case, change, exempt]
  const rows: [string, (g: Game) => void, boolean][] = [
    ['a unit on the move (waypoints left)', setUnit('awal-1', (u) => { u.waypoints = [{ x: 60, y: 20 }]; }), true],
    ['a unit handing over (lapis ganti)', withTask('awal-1', { type: 'handover', kind: 'lapis_ganti', relievedUnitId: 'kecil-1', x: 90, y: 31, settled: 0 }), true],
    ['a unit escorting', withTask('awal-1', { type: 'escort', personId: 'ketua-kpu', to: null }), true],
    ['a unit evacuating', withTask('awal-1', { type: 'evacuate', area: { x: 60, y: 20, r: 5 } }), true],
    ['a unit making an appeal', withTask('awal-1', { type: 'appeal', ticksLeft: 30 }), false],
    ['a unit opening a gate', withTask('awal-1', { type: 'gate', gateId: 'main-gate', action: 'open' }), false],
    ['a unit holding', setUnit('awal-1', (u) => { u.stance = 'hold'; }), false],
  ];
  it.each(rows)('%s', (_, change, exempt) => {
    const h = fresh((g) => { change(g); allOut(g); });
    expect(run(h, 6).length).toBe(exempt ? 0 : 1);
  });
});

describe('formation discipline: pursuing individuals', () => {
  // [case, unit, metres from the anchor, finding expected]
  const rows: [string, string, number, boolean][] = [
    ['an arrest team officer 31 m from his unit', 'tindak-1', 31, true],
    ['an arrest team officer 29 m from his unit', 'tindak-1', 29, false],
    ['a Brimob Tombak officer 31 m from his unit', 'tombak-1', 31, true],
    ['a Brimob Tombak officer 29 m from his unit', 'tombak-1', 29, false],
    ['a Dalmas officer with a target 31 m from his line', 'awal-1', 31, true],
  ];
  it.each(rows)('%s', (_, unitId, metres, found) => {
    const h = fresh((g) => void pursue(g, unitId, metres));
    const events = run(h, 6);
    if (!found) return void expect(events).toEqual([]);
    expect(events.map(([k, e]) => [k, e.unitId, e.kind, e.officers, e.orderId])).toEqual([[2, unitId, 'pursuit', 1, `t0.polisi.task-${unitId}`]]);
  });

  it('pursuit is reported rather than the strays when both happen', () => {
    const h = fresh((g) => { stray(g, 'awal-1', 10, 12); pursue(g, 'awal-1', 40); });
    expect(run(h, 3).map(([, e]) => [e.kind, e.officers])).toEqual([['pursuit', 1]]);
  });
});

describe('formation discipline in the running game', () => {
  it('officers kept out of their line for 15 s are judged once, in the tick events and the tally', () => {
    const r = restoreGame(SNAP);
    if (!r.ok) throw new Error(r.message);
    const g = r.game;
    const ok = applyCommand(g, { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'hold', unitId: 'awal-1' }] });
    if (!ok.ok) throw new Error(ok.message);
    beginTurnResolution(g);
    const found: GameEvent[] = [];
    while (g.state.tick < 60) {
      // Eight officers who will not return: put them back out before every tick.
      stray(g, 'awal-1', 8, 14);
      for (const e of stepTick(g)) if (e.type === 'conduct_judged') found.push(e);
    }
    expect(found.map((e) => e.type === 'conduct_judged' && [e.tick, e.unitId, e.kind, e.orderId])).toEqual([[20, 'awal-1', 'formation_left', 't0.polisi.0']]);
    expect(g.state.doctrine.tally.conduct).toBe(1);
  });
});

describe('formation discipline: where a pursuit is reported', () => {
  it('at the pursuing officer, with his unit\'s task order', () => {
    let chaser = -1;
    const h = fresh((g) => { chaser = pursue(g, 'tindak-1', 45); });
    const found = run(h, 6);
    expect(found.map(([, e]) => [e.unitId, e.kind, e.officers])).toEqual([['tindak-1', 'pursuit', 1]]);
    const e = found[0]![1];
    expect(e.x).toBeCloseTo(h.g.world.agents.x[chaser]!, 3);
    expect(e.y).toBeCloseTo(h.g.world.agents.y[chaser]!, 3);
    expect(e.orderId).toBe('t0.polisi.task-tindak-1');
  });
});
