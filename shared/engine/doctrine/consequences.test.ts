import { describe, it, expect } from 'vitest';
import { produce, type Draft } from 'immer';
import { createGame, consequence, type Game, type GameEvent, type GameState, type ObjectivesInput, type Verdict } from '../index';
import type { OpenMeasure } from '../doctrineTypes';
import { applyConsequences } from './consequences';
import { twoGroupSetup } from './fixtures';

/**
 * The consequences of police conduct (consequences.ts), table-driven: each case builds a fresh game
 * of two groups (massa-1, massa-2; legitimacy 0.8, agitation 0), sets the open measures and facts a
 * rule reads, applies one tick's hand-made events inside an immer draft as the tick pipeline does,
 * and asserts the exact legitimacy step, each group's agitation step and the tallies, from the
 * documented table: a measure's first effect on people costs L 0 / 0.02 / 0.06 and raises its group's
 * agitation 0 / 0.03 / 0.1 (proper / questionable / violation), once per order; a protester injured
 * by a violation costs 0.005; an arrest of a peaceful person 0.04 (0.06 from the third on) and +0.06
 * agitation to that person's group; a provocateur's (or an armed person's) arrest +0.01 L and -0.08
 * agitation; one of the first three appeals a group hears +0.01; a successful negotiation +0.02; a
 * conduct finding -0.01. L stays in 0..1, agitation in -1..1.
 */

const L0 = 0.8;

function newGame(objectives?: ObjectivesInput): Game {
  const r = createGame(twoGroupSetup(objectives), 7);
  if (!r.ok) throw new Error(r.message);
  return r.game;
}

function prepare(g: Game, fn: (d: Draft<GameState>) => void): void {
  g.state = produce(g.state, fn);
}

/** Applies one tick's events; the game keeps the new state. */
function apply(g: Game, ev: GameEvent[]): { before: GameState; after: GameState } {
  const before = g.state;
  const after = produce(before, (d) => { applyConsequences(g, d, d.doctrine, ev); });
  g.state = after;
  return { before, after };
}

/** The steps a tick made: legitimacy and each group's agitation, rounded off float noise. */
function steps(r: { before: GameState; after: GameState }): { L: number; agitation: number[] } {
  const q = (x: number): number => Math.round(x * 1e9) / 1e9;
  return { L: q(r.after.legitimacy - r.before.legitimacy), agitation: r.after.groups.map((g, k) => q(g.agitation - r.before.groups[k]!.agitation)) };
}

const measure = (verdict: Verdict, group: number, extra: Partial<OpenMeasure> = {}): OpenMeasure =>
  ({ verdict, stage: 4, order: 'tear_gas', group, peacefulTarget: false, felt: false, ...extra });

function open(g: Game, measures: Record<string, OpenMeasure>): void {
  prepare(g, (d) => { Object.assign(d.doctrine.open, measures); });
}

const T = 50;
const ev = {
  gas: (orderId: string | null): GameEvent => ({ tick: T, type: 'gas_fired', unitId: 'awal-1', orderId, cloudId: 1, x: 80, y: 12, r: 6 }),
  push: (orderId: string | null): GameEvent => ({ tick: T, type: 'push_contact', unitId: 'desak-1', orderId, contacts: 5, displaced: 2, x: 80, y: 20 }),
  water: (orderId: string | null, hits = 3): GameEvent => ({ tick: T, type: 'water_cannon_fired', unitId: 'awc-1', orderId, hits, x: 80, y: 12, r: 6, waterLeft: 100 }),
  arrest: (agent: number, role: 'korlap' | 'orator' | 'provocateur' | 'protester' | 'bystander', orderId: string | null, sajam = false): GameEvent =>
    ({ tick: T, type: 'arrest_made', agent, unitId: 'tindak-1', orderId, role, sajam, x: 80, y: 12 }),
  injured: (kind: 'officer' | 'protester' | 'protected', orderId: string | null): GameEvent =>
    ({ tick: T, type: 'agent_injured', agent: 0, kind, cause: 'gas', orderId, x: 80, y: 12 }),
  appeal: (appeals: number[]): GameEvent => ({ tick: T, type: 'appeal_made', unitId: 'awal-1', orderId: 'o-appeal', groupIds: appeals.map((_, k) => `massa-${k + 1}`), appeals }),
  negotiation: (type: 'negotiation_started' | 'negotiation_succeeded' | 'negotiation_failed', groupId: string): GameEvent => ({ tick: T, type, unitId: 'nego-1', groupId, orderId: 'o-nego' }),
  delegation: (groupId: string): GameEvent => ({ tick: T, type: 'delegation_arrived', groupId, orderId: null, x: 70, y: 30 }),
  conduct: (): GameEvent => ({ tick: T, type: 'conduct_judged', unitId: 'awal-1', kind: 'formation_left', verdict: 'questionable', rule: 'formation_discipline', citation: '', officers: 3, seconds: 10, orderId: null, x: 70, y: 30 }),
  hostage: (agent: number): GameEvent => ({ tick: T, type: 'hostage_taken', agent, captor: 0, groupId: 'massa-1', orderId: null, x: 70, y: 90 }),
};

/** First member of group gi. */
const memberOf = (g: Game, gi: number): number => g.state.groups[gi]!.first;

describe('a measure\'s first effect on people: legitimacy and the agitation of the group it concerned, by verdict', () => {
  const effects: [string, (id: string) => GameEvent][] = [
    ['gas fired', (id) => ev.gas(id)],
    ['a push making contact', (id) => ev.push(id)],
    ['water that hits', (id) => ev.water(id, 3)],
    ['water that hits one person', (id) => ev.water(id, 1)],
  ];
  const table: Record<Verdict, [L: number, agitation: number]> = { proper: [0, 0], questionable: [-0.02, 0.03], violation: [-0.06, 0.1] };
  type Row = [name: string, effect: (id: string) => GameEvent, verdict: Verdict, group: number, L: number, agitation: number[]];
  const rows: Row[] = effects.flatMap(([what, effect]) => (['proper', 'questionable', 'violation'] as const).flatMap((verdict) => [0, 1].map((group): Row => {
    const [L, a] = table[verdict];
    return [`${what}, ${verdict}, concerning massa-${group + 1}: L ${L}, agitation +${a}`, effect, verdict, group, L, group === 0 ? [a, 0] : [0, a]];
  })));
  it.each(rows)('%s', (_, effect, verdict, group, L, agitation) => {
    const g = newGame();
    open(g, { o1: measure(verdict, group) });
    const r = apply(g, [effect('o1')]);
    expect(steps(r)).toEqual({ L, agitation });
    expect(r.after.doctrine.open.o1!.felt).toBe(true);
  });

  it('the constants are the documented ones', () => {
    expect(consequence.legitimacy).toEqual({ proper: 0, questionable: -0.02, violation: -0.06 });
    expect(consequence.agitation).toEqual({ proper: 0, questionable: 0.03, violation: 0.1 });
  });
});

describe('a measure\'s consequence applies once per order, on its first effect on people', () => {
  it('water that hits nobody is not felt; its first hit is', () => {
    const g = newGame();
    open(g, { o1: measure('violation', 0, { order: 'water_cannon' }) });
    const miss = apply(g, [ev.water('o1', 0)]);
    expect(miss.after).toBe(miss.before);
    const hit = apply(g, [ev.water('o1', 2)]);
    expect(steps(hit)).toEqual({ L: -0.06, agitation: [0.1, 0] });
  });

  it('a second effect of the same order, in the same tick or later, changes nothing', () => {
    const g = newGame();
    open(g, { o1: measure('violation', 1) });
    const first = apply(g, [ev.gas('o1'), ev.gas('o1'), ev.push('o1')]);
    expect(steps(first)).toEqual({ L: -0.06, agitation: [0, 0.1] });
    const later = apply(g, [ev.water('o1', 5), ev.gas('o1')]);
    expect(later.after).toBe(later.before);
  });

  it('an order already felt (an arrest made under it) changes nothing', () => {
    const g = newGame();
    open(g, { o1: measure('questionable', 0, { felt: true }) });
    const r = apply(g, [ev.gas('o1')]);
    expect(r.after).toBe(r.before);
  });

  it.each([
    ['an effect nobody ordered', ev.gas(null)],
    ['a push by nobody\'s order', ev.push(null)],
    ['an order no longer open', ev.gas('gone')],
    ['water of an order no longer open', ev.water('gone', 4)],
  ])('%s changes nothing', (_, e) => {
    const g = newGame();
    open(g, { o1: measure('violation', 0) });
    const r = apply(g, [e]);
    expect(r.after).toBe(r.before);
  });

  it('a measure concerning no group costs legitimacy only', () => {
    const g = newGame();
    open(g, { o1: measure('violation', -1) });
    expect(steps(apply(g, [ev.gas('o1')]))).toEqual({ L: -0.06, agitation: [0, 0] });
  });

  it('two orders in one tick: each once', () => {
    const g = newGame();
    open(g, { a: measure('violation', 0), b: measure('questionable', 1, { order: 'push' }) });
    expect(steps(apply(g, [ev.gas('a'), ev.push('b'), ev.gas('a')]))).toEqual({ L: -0.08, agitation: [0.1, 0.03] });
  });
});

describe('legitimacy stays in 0..1 and agitation in -1..1', () => {
  it('a violation at L 0.03 leaves 0, not -0.03', () => {
    const g = newGame();
    prepare(g, (d) => { d.legitimacy = 0.03; });
    open(g, { o1: measure('violation', 0) });
    expect(apply(g, [ev.gas('o1')]).after.legitimacy).toBe(0);
  });

  it('a provocateur\'s arrest at L 0.995 leaves 1, not 1.005', () => {
    const g = newGame();
    prepare(g, (d) => { d.legitimacy = 0.995; });
    expect(apply(g, [ev.arrest(memberOf(g, 0), 'provocateur', null)]).after.legitimacy).toBe(1);
  });

  it('a violation against a group at agitation 0.95 leaves 1, not 1.05', () => {
    const g = newGame();
    prepare(g, (d) => { d.groups[1]!.agitation = 0.95; });
    open(g, { o1: measure('violation', 1) });
    expect(apply(g, [ev.gas('o1')]).after.groups.map((x) => x.agitation)).toEqual([0, 1]);
  });

  it('a provocateur\'s arrest in a group at agitation -0.95 leaves -1, not -1.03', () => {
    const g = newGame();
    prepare(g, (d) => { d.groups[0]!.agitation = -0.95; });
    expect(apply(g, [ev.arrest(memberOf(g, 0), 'provocateur', null)]).after.groups.map((x) => x.agitation)).toEqual([-1, 0]);
  });

  it('within the range nothing is cut: agitation -0.5 - 0.08 = -0.58, L 0.5 - 0.06 = 0.44', () => {
    const g = newGame();
    prepare(g, (d) => { d.groups[0]!.agitation = -0.5; d.legitimacy = 0.5; });
    open(g, { o1: measure('violation', 1) });
    const r = apply(g, [ev.arrest(memberOf(g, 0), 'provocateur', null), ev.gas('o1')]);
    expect(r.after.groups[0]!.agitation).toBeCloseTo(-0.58, 12);
    expect(r.after.legitimacy).toBeCloseTo(0.5 + 0.01 - 0.06, 12);
  });
});

describe('arrests: who was arrested decides the consequence', () => {
  type Order = 'none' | 'peaceful' | 'not peaceful' | 'closed';
  type Row = [name: string, role: 'korlap' | 'orator' | 'provocateur' | 'protester' | 'bystander', sajam: boolean, order: Order, group: number,
    tally: [provocateur: number, peaceful: number, other: number], L: number, agitation: number[]];
  const rows: Row[] = [
    ['a provocateur in massa-1: L +0.01, massa-1 agitation -0.08', 'provocateur', false, 'not peaceful', 0, [1, 0, 0], 0.01, [-0.08, 0]],
    ['a provocateur in massa-2: the arrested person\'s group calms', 'provocateur', false, 'not peaceful', 1, [1, 0, 0], 0.01, [0, -0.08]],
    ['a provocateur taken without an order', 'provocateur', false, 'none', 0, [1, 0, 0], 0.01, [-0.08, 0]],
    ['an armed protester (sajam) counts as a provocateur', 'protester', true, 'not peaceful', 1, [1, 0, 0], 0.01, [0, -0.08]],
    ['an armed korlap counts as a provocateur', 'korlap', true, 'none', 0, [1, 0, 0], 0.01, [-0.08, 0]],
    ['a provocateur arrested under an order judged against a peaceful target is still a provocateur', 'provocateur', false, 'peaceful', 0, [1, 0, 0], 0.01, [-0.08, 0]],
    ['a peaceful protester in massa-1: L -0.04, massa-1 agitation +0.06', 'protester', false, 'peaceful', 0, [0, 1, 0], -0.04, [0.06, 0]],
    ['a peaceful bystander in massa-2', 'bystander', false, 'peaceful', 1, [0, 1, 0], -0.04, [0, 0.06]],
    ['a peaceful orator', 'orator', false, 'peaceful', 0, [0, 1, 0], -0.04, [0.06, 0]],
    ['a rioting korlap (the order judged no peaceful target): counted, nothing else', 'korlap', false, 'not peaceful', 0, [0, 0, 1], 0, [0, 0]],
    ['a protester taken without an order: counted, nothing else', 'protester', false, 'none', 1, [0, 0, 1], 0, [0, 0]],
    ['a protester under an order no longer open: counted, nothing else', 'protester', false, 'closed', 0, [0, 0, 1], 0, [0, 0]],
  ];
  it.each(rows)('%s', (_, role, sajam, order, group, [provocateur, peaceful, other], L, agitation) => {
    const g = newGame();
    if (order === 'peaceful' || order === 'not peaceful') open(g, { o1: measure('proper', 1 - group, { order: 'arrest', peacefulTarget: order === 'peaceful' }) });
    const orderId = order === 'none' ? null : order === 'closed' ? 'gone' : 'o1';
    const r = apply(g, [ev.arrest(memberOf(g, group), role, orderId, sajam)]);
    expect(steps(r)).toEqual({ L, agitation });
    expect(r.after.doctrine.tally).toMatchObject({ provocateurArrests: provocateur, peacefulArrests: peaceful, otherArrests: other });
    if (orderId === 'o1') expect(r.after.doctrine.open.o1!.felt).toBe(true);
  });

  it('an arrest marks its order felt, so a later effect of that order changes nothing', () => {
    const g = newGame();
    open(g, { o1: measure('violation', 0, { order: 'arrest', peacefulTarget: true }) });
    const arrest = apply(g, [ev.arrest(memberOf(g, 0), 'protester', 'o1')]);
    expect(arrest.after.doctrine.open.o1!.felt).toBe(true);
    // The verdict's own step is not added on top of the arrest's: -0.04 only, not -0.04 - 0.06.
    expect(steps(arrest)).toEqual({ L: -0.04, agitation: [0.06, 0] });
    const later = apply(g, [ev.push('o1')]);
    expect(later.after).toBe(later.before);
  });

  it('from the third peaceful person on it is a mass arrest: -0.04, -0.04, -0.06, -0.06', () => {
    const g = newGame();
    const ids = ['p1', 'p2', 'p3', 'p4'];
    open(g, Object.fromEntries(ids.map((id) => [id, measure('violation', 0, { order: 'arrest', peacefulTarget: true })])));
    const members = [0, 1, 2, 3].map((k) => memberOf(g, 0) + k);
    const got = ids.map((id, k) => steps(apply(g, [ev.arrest(members[k]!, 'protester', id)])));
    expect(got).toEqual([
      { L: -0.04, agitation: [0.06, 0] }, { L: -0.04, agitation: [0.06, 0] }, { L: -0.06, agitation: [0.06, 0] }, { L: -0.06, agitation: [0.06, 0] },
    ]);
    expect(g.state.doctrine.tally.peacefulArrests).toBe(4);
    expect(g.state.legitimacy).toBeCloseTo(L0 - 0.2, 12);
    expect(g.state.groups[0]!.agitation).toBeCloseTo(0.24, 12);
  });

  it('the mass-arrest count includes the peaceful arrests of earlier turns: after two, the next costs 0.06', () => {
    const g = newGame();
    prepare(g, (d) => { d.doctrine.tally.peacefulArrests = 2; });
    open(g, { o1: measure('violation', 1, { order: 'arrest', peacefulTarget: true }) });
    const r = apply(g, [ev.arrest(memberOf(g, 1), 'protester', 'o1')]);
    expect(steps(r)).toEqual({ L: -0.06, agitation: [0, 0.06] });
    expect(r.after.doctrine.tally.peacefulArrests).toBe(3);
  });

  it('a second peaceful arrest in the same tick is still the second: -0.04 twice', () => {
    const g = newGame();
    open(g, { a: measure('violation', 0, { order: 'arrest', peacefulTarget: true }), b: measure('violation', 1, { order: 'arrest', peacefulTarget: true }) });
    const r = apply(g, [ev.arrest(memberOf(g, 0), 'protester', 'a'), ev.arrest(memberOf(g, 1), 'bystander', 'b')]);
    expect(steps(r)).toEqual({ L: -0.08, agitation: [0.06, 0.06] });
  });
});

describe('injuries caused by a measure judged a violation', () => {
  type Row = [name: string, kind: 'officer' | 'protester' | 'protected', verdict: Verdict | 'none' | 'closed', L: number];
  const rows: Row[] = [
    ['a protester, by a violation: -0.005', 'protester', 'violation', -0.005],
    ['a protester, by a questionable measure: nothing', 'protester', 'questionable', 0],
    ['a protester, by a proper measure: nothing', 'protester', 'proper', 0],
    ['a protester, by nobody\'s order: nothing', 'protester', 'none', 0],
    ['a protester, by an order no longer open: nothing', 'protester', 'closed', 0],
    ['an officer, by a violation: nothing', 'officer', 'violation', 0],
    ['a protected person, by a violation: nothing', 'protected', 'violation', 0],
  ];
  it.each(rows)('%s', (_, kind, verdict, L) => {
    const g = newGame();
    if (verdict !== 'none' && verdict !== 'closed') open(g, { o1: measure(verdict, 0, { felt: true }) });
    const orderId = verdict === 'none' ? null : verdict === 'closed' ? 'gone' : 'o1';
    const r = apply(g, [ev.injured(kind, orderId)]);
    expect(steps(r)).toEqual({ L, agitation: [0, 0] });
  });

  it('every injury counts, not once per order: three protesters -0.015', () => {
    const g = newGame();
    open(g, { o1: measure('violation', 0, { felt: true }) });
    expect(steps(apply(g, [ev.injured('protester', 'o1'), ev.injured('protester', 'o1'), ev.injured('protester', 'o1')])).L).toBe(-0.015);
  });
});

describe('appeals: +0.01 when the appeal is one of the first three a group hears', () => {
  it.each([
    ['the first appeal', [1], 0.01],
    ['the third', [3], 0.01],
    ['the fourth', [4], 0],
    ['heard by two groups, the first appeal for both: still +0.01 once', [1, 2], 0.01],
    ['the fifth for one group, the second for another', [5, 2], 0.01],
    ['the fourth and the sixth', [4, 6], 0],
    ['heard by nobody', [], 0],
  ])('%s', (_, appeals, L) => {
    const g = newGame();
    expect(steps(apply(g, [ev.appeal(appeals)]))).toEqual({ L, agitation: [0, 0] });
  });
});

describe('negotiations and delegations', () => {
  it.each([
    ['with massa-1', 'massa-1', [1, 0]],
    ['with massa-2', 'massa-2', [0, 1]],
    ['with a group that is not in the game', 'massa-9', [0, 0]],
  ])('a negotiation started %s is counted for that group, nothing else moves', (_, groupId, counts) => {
    const g = newGame();
    const r = apply(g, [ev.negotiation('negotiation_started', groupId)]);
    expect(r.after.doctrine.groups.map((x) => x.negotiations)).toEqual(counts);
    expect(steps(r)).toEqual({ L: 0, agitation: [0, 0] });
  });

  it('two negotiations started with massa-1 count two', () => {
    const g = newGame();
    apply(g, [ev.negotiation('negotiation_started', 'massa-1')]);
    apply(g, [ev.negotiation('negotiation_started', 'massa-1')]);
    expect(g.state.doctrine.groups.map((x) => x.negotiations)).toEqual([2, 0]);
  });

  type Row = [name: string, e: GameEvent, settled: number[], L: number];
  const rows: Row[] = [
    ['a negotiation concluded with massa-1: settled now, L +0.02', ev.negotiation('negotiation_succeeded', 'massa-1'), [T, -1], 0.02],
    ['a negotiation concluded with massa-2', ev.negotiation('negotiation_succeeded', 'massa-2'), [-1, T], 0.02],
    ['a negotiation concluded with a group not in the game: L +0.02 only', ev.negotiation('negotiation_succeeded', 'massa-9'), [-1, -1], 0.02],
    ['a delegation of massa-2 received: settled, no extra L (the engine gives its own)', ev.delegation('massa-2'), [-1, T], 0],
    ['a delegation of massa-1 received', ev.delegation('massa-1'), [T, -1], 0],
    ['a negotiation failed: nothing here (the engine raises agitation itself)', ev.negotiation('negotiation_failed', 'massa-1'), [-1, -1], 0],
  ];
  it.each(rows)('%s', (_, e, settled, L) => {
    const g = newGame();
    const r = apply(g, [e]);
    expect(r.after.doctrine.groups.map((x) => x.settledTick)).toEqual(settled);
    expect(steps(r)).toEqual({ L, agitation: [0, 0] });
  });
});

describe('conduct findings and events without a consequence', () => {
  it('each conduct finding costs 0.01', () => {
    const g = newGame();
    expect(steps(apply(g, [ev.conduct()])).L).toBe(-0.01);
    expect(steps(apply(g, [ev.conduct(), ev.conduct()])).L).toBe(-0.02);
  });

  it('other events leave the state as it was', () => {
    const g = newGame();
    open(g, { o1: measure('violation', 0) });
    const r = apply(g, [
      { tick: T, type: 'unit_arrived', unitId: 'awal-1', x: 70, y: 30 },
      { tick: T, type: 'measure_applied', orderId: 'o1', unitId: 'awal-1', order: 'tear_gas', forceStage: 4 },
      { tick: T, type: 'negotiation_failed', unitId: 'nego-1', groupId: 'massa-1', orderId: null },
    ]);
    expect(r.after).toBe(r.before);
  });
});

describe('hostages taken from the parties the police must protect', () => {
  // Parties of the KPU venue, in order: ketua-kpu, kpu-staff, paslon.
  type Row = [name: string, protect: string[] | undefined, party: number, counted: number];
  const rows: Row[] = [
    ['no list (all of the venue\'s): the Ketua KPU', undefined, 0, 1],
    ['no list: a member of staff', undefined, 1, 1],
    ['no list: a paslon', undefined, 2, 1],
    ['only the Ketua KPU protected: the Ketua KPU', ['ketua-kpu'], 0, 1],
    ['only the Ketua KPU protected: a member of staff', ['ketua-kpu'], 1, 0],
    ['only the Ketua KPU protected: a paslon', ['ketua-kpu'], 2, 0],
    ['staff and paslon protected: a member of staff', ['kpu-staff', 'paslon'], 1, 1],
    ['staff and paslon protected: the Ketua KPU', ['kpu-staff', 'paslon'], 0, 0],
  ];
  it.each(rows)('%s', (_, protect, party, counted) => {
    const g = newGame(protect ? { police: { protect } } : undefined);
    const p = g.state.protectedParties[party]!;
    const r = apply(g, [ev.hostage(p.first + p.count - 1)]);
    expect(r.after.doctrine.tally.protectedHostages).toBe(counted);
    expect(steps(r)).toEqual({ L: 0, agitation: [0, 0] });
  });

  it('two hostages in one tick count two', () => {
    const g = newGame();
    const [k, s] = g.state.protectedParties;
    expect(apply(g, [ev.hostage(k!.first), ev.hostage(s!.first + 1)]).after.doctrine.tally.protectedHostages).toBe(2);
  });
});
