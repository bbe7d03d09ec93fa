import { describe, it, expect } from 'vitest';
import { createGame, applyCommand, Role, Flag, OFF_FIELD, AgentKind, type Game, type GameEvent } from '../index';
import { doctrineSetup } from './fixtures';

/**
 * The scripted event chain of issue #4 played twice against the same crowd: once by the book
 * (appeals x3, negotiation, lapis ganti, water cannon by the AWC after the third appeal, arrest of
 * the armed provocateur, evacuation) and once heavy-handed (gas and water at hijau, no appeals,
 * arrests of peaceful people). Both games see the same crowd orders.
 */

type PoliceTurn = (g: Game) => unknown[];

const CROWD: unknown[][] = [
  [{ type: 'march', groupId: 'massa-1', to: { x: 79, y: 26 } }],
  [{ type: 'orasi', groupId: 'massa-1' }],
  [{ type: 'push_line', groupId: 'massa-1', toward: { x: 79, y: 40 } }],
  [{ type: 'throw', groupId: 'massa-1', at: { x: 79, y: 36 } }],
  [], [], [], [],
];

/** The sajam-carrying provocateur. */
function armedProvocateur(g: Game): number {
  const a = g.world.agents;
  const grp = g.state.groups[0]!;
  for (let i = grp.first; i < grp.first + grp.count; i++) if (a.role[i] === Role.provocateur && (a.flags[i]! & Flag.sajam) !== 0) return i;
  throw new Error('no armed provocateur');
}

/** The peaceful person nearest the arrest team: anyone but a provocateur at hijau, else someone not rioting. */
function peacefulNearTeam(g: Game): number {
  const a = g.world.agents;
  const u = g.state.units.find((x) => x.id === 'tindak-1')!;
  const rioting = g.state.doctrine.level === 'hijau' ? 0 : Flag.active;
  let best = -1;
  let bestD = 55 * 55;
  for (let i = 0; i < g.world.header[0]!; i++) {
    if (a.kind[i] !== AgentKind.protester || (a.role[i] !== Role.protester && a.role[i] !== Role.bystander)) continue;
    if ((a.flags[i]! & (OFF_FIELD | Flag.arrested | Flag.sajam | Flag.down | rioting)) !== 0) continue;
    const d = (a.x[i]! - u.x) * (a.x[i]! - u.x) + (a.y[i]! - u.y) * (a.y[i]! - u.y);
    if (d < bestD) { bestD = d; best = i; }
  }
  if (best < 0) throw new Error('no peaceful protester in reach');
  return best;
}

const wcArea = { x: 79, y: 27, r: 6 };

const BY_THE_BOOK: PoliceTurn[] = [
  () => [{ type: 'appeal', unitId: 'awal-1' }],
  () => [{ type: 'appeal', unitId: 'awal-1' }, { type: 'negotiate', unitId: 'nego-1', groupId: 'massa-1' }],
  () => [{ type: 'appeal', unitId: 'awal-1' }],
  () => [{ type: 'lapis_ganti', unitId: 'lanjut-1', relieveUnitId: 'awal-1' }],
  () => [{ type: 'water_cannon', unitId: 'awc-1', area: wcArea }],
  (g) => [{ type: 'arrest', unitId: 'tindak-1', target: armedProvocateur(g) }],
  () => [{ type: 'evacuate', unitId: 'dokkes-1', area: { x: 79, y: 33, r: 12 } }],
  () => [],
];

const HEAVY_HANDED: PoliceTurn[] = [
  (g) => [{ type: 'tear_gas', unitId: 'lanjut-1', area: { x: 79, y: 18, r: 8 } }, { type: 'arrest', unitId: 'tindak-1', target: peacefulNearTeam(g) }],
  (g) => [{ type: 'water_cannon', unitId: 'awc-1', area: wcArea }, { type: 'arrest', unitId: 'tindak-1', target: peacefulNearTeam(g) }],
  (g) => [{ type: 'push', unitId: 'desak-1', toward: { x: 79, y: 24 } }, { type: 'arrest', unitId: 'tindak-1', target: peacefulNearTeam(g) }],
  (g) => [{ type: 'tear_gas', unitId: 'lanjut-1', area: { x: 79, y: 22, r: 8 } }, { type: 'arrest', unitId: 'tindak-1', target: peacefulNearTeam(g) }],
  () => [{ type: 'water_cannon', unitId: 'awc-1', area: wcArea }],
  () => [],
  () => [{ type: 'evacuate', unitId: 'dokkes-1', area: { x: 79, y: 33, r: 12 } }],
  () => [],
];

function play(police: PoliceTurn[]): { g: Game; events: GameEvent[] } {
  const r = createGame(doctrineSetup(300, 12), 11);
  if (!r.ok) throw new Error(r.message);
  const g = r.game;
  const events: GameEvent[] = [];
  police.forEach((turn, k) => {
    for (const c of [
      { type: 'submitOrders', playerId: 'polisi', orders: turn(g) },
      { type: 'submitOrders', playerId: 'massa', orders: CROWD[k] },
      { type: 'resolveTurn', force: true },
    ]) {
      const res = applyCommand(g, c);
      if (!res.ok) throw new Error(`turn ${k}: ${res.reason}: ${res.message}`);
      events.push(...res.events);
    }
  });
  return { g, events };
}

const judged = (events: GameEvent[]) => events.flatMap((e) => (e.type === 'measure_judged' ? [e] : []));

describe('the event chain, by the book', () => {
  const { g, events } = play(BY_THE_BOOK);
  const judgement = (order: string) => judged(events).find((e) => e.order === order)!;

  it('judges every measure proper, citing its rule and the facts it used', () => {
    const all = judged(events).filter((e) => !e.standing);
    expect(all.map((e) => e.order)).toEqual(['appeal', 'appeal', 'negotiate', 'appeal', 'lapis_ganti', 'water_cannon', 'arrest', 'evacuate']);
    for (const e of all) expect(e, `${e.order}: ${e.issues.join(', ')}`).toMatchObject({ verdict: 'proper', issues: [] });
    expect(judgement('negotiate')).toMatchObject({ rule: 'preventive', citation: 'Perkap 1/2009 Pasal 3 (preventif)', stage: 2 });
    expect(judgement('evacuate')).toMatchObject({ rule: 'humanitarian', stage: 0 });
    expect(g.state.doctrine.tally).toMatchObject({ questionable: 0, violation: 0 });
  });

  it('judges the water cannon, still spraying, again when the level changes, at the new level', () => {
    const first = judgement('water_cannon');
    const again = judged(events).filter((e) => e.standing && e.order === 'water_cannon');
    expect(again.length).toBeGreaterThan(0);
    for (const e of again) {
      expect(e.orderId).toBe(first.orderId);
      expect(e.tick).toBeGreaterThan(first.tick);
      const change = events.find((c) => c.type === 'situation_level_changed' && c.tick === e.tick);
      expect(change, 'judged again on the tick the level changed').toBeDefined();
      expect(e.level).toBe(change!.type === 'situation_level_changed' ? change!.to : null);
    }
  });

  it('three appeals, then the negotiation', () => {
    expect(events.filter((e) => e.type === 'appeal_made').map((e) => (e.type === 'appeal_made' ? e.appeals : []))).toEqual([[1], [2], [3]]);
    expect(events.some((e) => e.type === 'negotiation_started')).toBe(true);
    expect(events.some((e) => e.type === 'negotiation_succeeded' || e.type === 'negotiation_failed')).toBe(true);
  });

  it('the push raises the level to kuning; the lapis ganti at kuning hands kendali taktis to Dalmas Lanjut', () => {
    const first = events.find((e) => e.type === 'situation_level_changed');
    expect(first).toMatchObject({ from: 'hijau', to: 'kuning', cause: 'pushing', groupId: 'massa-1' });
    expect(judgement('lapis_ganti')).toMatchObject({ level: 'kuning', verdict: 'proper', rule: 'handover' });
    expect(events).toContainEqual(expect.objectContaining({ type: 'control_passed', control: 'taktis', fromUnitId: 'awal-1', toUnitId: 'lanjut-1', echelon: 'dalmas_lanjut', cause: 'lapis_ganti' }));
  });

  it('stones, then water cannon by the AWC after three appeals, ordered by the one in tactical control', () => {
    expect(events.some((e) => e.type === 'projectiles_thrown')).toBe(true);
    const wc = judgement('water_cannon');
    expect(['kuning', 'merah']).toContain(wc.level);
    expect(wc.facts).toMatchObject({ groupId: 'massa-1', appeals: 3, negotiationTried: true, rightUnit: true, controlEchelon: 'dalmas_lanjut', orderedByControl: true });
    expect(events.some((e) => e.type === 'water_cannon_fired' && e.hits > 0)).toBe(true);
  });

  it('the armed provocateur is arrested (weapon found) and casualties are cared for (first aid on the spot or evacuated)', () => {
    expect(judgement('arrest')).toMatchObject({ verdict: 'proper', rule: 'targeted_arrest', facts: { targetRole: 'provocateur', peacefulTarget: false } });
    expect(events).toContainEqual(expect.objectContaining({ type: 'arrest_made', role: 'provocateur', sajam: true }));
    expect(events).toContainEqual(expect.objectContaining({ type: 'disturbance_marked', marker: 'ambang_gangguan', incident: 'weapon_found' }));
    expect(events.some((e) => e.type === 'casualty_evacuated' || e.type === 'first_aid_given')).toBe(true);
  });

  it('scores every turn, with full compliance', () => {
    const scored = events.filter((e) => e.type === 'turn_scored');
    expect(scored.map((e) => (e.type === 'turn_scored' ? e.turn : -1))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(g.state.doctrine.scores).toHaveLength(8);
    const last = g.state.doctrine.scores[7]!;
    expect(last.facts).toMatchObject({ complianceShare: 1, provocateurArrests: 1, peacefulArrests: 0, violation: 0 });
    expect(last.police.compliance).toBe(25);
  });
});

describe('the same game, heavy-handed', () => {
  const proper = play(BY_THE_BOOK);
  const heavy = play(HEAVY_HANDED);

  it('cites the violations: gas at hijau, no appeals before dispersal, arrests of peaceful people', () => {
    const all = judged(heavy.events);
    const gas = all.find((e) => e.order === 'tear_gas')!;
    expect(gas).toMatchObject({ level: 'hijau', verdict: 'violation', rule: 'proportionality', citation: 'Perkap 1/2009 Pasal 3 (proporsionalitas)' });
    expect(gas.issues).toContain('three_appeals');
    expect(gas.facts.appeals).toBe(0);
    const arrests = all.filter((e) => e.order === 'arrest');
    expect(arrests.length).toBeGreaterThanOrEqual(4);
    for (const e of arrests) expect(e).toMatchObject({ verdict: 'violation', rule: 'arbitrary_conduct', facts: { peacefulTarget: true } });
    // Brimob pushing at kuning with no appeal made and before any lintas ganti: questionable on three counts.
    const push = all.find((e) => e.order === 'push')!;
    expect(push).toMatchObject({ level: 'kuning', verdict: 'questionable', stage: 4 });
    expect(push.issues).toEqual(expect.arrayContaining(['preventive', 'unit_for_level', 'tactical_control']));
    expect(heavy.g.state.doctrine.tally.violation).toBeGreaterThanOrEqual(6);
  });

  it('ends with lower legitimacy, more active protesters and a lower police score', () => {
    const p = proper.g.state.doctrine.scores.at(-1)!;
    const h = heavy.g.state.doctrine.scores.at(-1)!;
    expect(h.legitimacy).toBeLessThan(p.legitimacy - 0.2);
    expect(h.activeProtesters).toBeGreaterThan(p.activeProtesters + 50);
    expect(h.police.total).toBeLessThan(p.police.total - 20);
    expect(h.facts.peacefulArrests).toBeGreaterThanOrEqual(3);
    // Printed for the report: the numbers behind the comparison.
    console.info(`by the book: L=${p.legitimacy} active=${p.activeProtesters}/${p.presentProtesters} police=${p.police.total}; heavy-handed: L=${h.legitimacy} active=${h.activeProtesters}/${h.presentProtesters} police=${h.police.total} violations=${h.facts.violation} questionable=${h.facts.questionable} peacefulArrests=${h.facts.peacefulArrests}`);
  });
});
