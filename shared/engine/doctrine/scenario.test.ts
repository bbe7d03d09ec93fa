import { describe, it, expect } from 'vitest';
import { createGame, applyCommand, Role, Flag, type Game, type GameEvent } from '../index';
import { getScenario, scenarioToSetup } from '../../scenario/index';

/**
 * The event chain on scenario (a), Pleno rekapitulasi di Kantor KPU, with the crowd left to the
 * scenario's script (rumour at turn 3, second crowd at 5, first stone at 6, breach and hostage
 * attempt later) and one police player commanding every unit by the book.
 */
function plenoGame(): Game {
  const sc = getScenario('pleno-kpu');
  if (!sc) throw new Error('pleno-kpu scenario missing or invalid');
  const setup = scenarioToSetup(sc, { police: [{ id: 'polri', name: 'Kapolres', unitIds: sc.police.map((u) => u.id) }], crowdPlayer: null });
  const r = createGame(setup, 7);
  if (!r.ok) throw new Error(r.message);
  return r.game;
}

function armedProvocateur(g: Game): number {
  const a = g.world.agents;
  for (const grp of g.state.groups) for (let i = grp.first; i < grp.first + grp.count; i++) if (a.role[i] === Role.provocateur && (a.flags[i]! & Flag.sajam) !== 0) return i;
  throw new Error('no armed provocateur');
}

/**
 * The police plan as steps, each taken at the first turn its condition holds (one a turn): three
 * appeals at once, the lapis ganti once the crowd's conduct makes the level kuning, the water cannon
 * once the Dalmas Lanjut holds the line, then the arrest and the evacuation. The crowd's escalation
 * follows its script and its mood (it no longer riots from the start), so the plan waits for it.
 */
const PLAN: { ready: (g: Game) => boolean; orders: (g: Game) => unknown[] }[] = [
  {
    ready: () => true,
    orders: () => [
      { type: 'appeal', unitId: 'dalmas-awal-1' },
      { type: 'move', unitId: 'awc', waypoints: [{ x: 20, y: 38 }, { x: 60, y: 37 }] },
      { type: 'move', unitId: 'tim-tindak', waypoints: [{ x: 60, y: 44 }] },
    ],
  },
  { ready: () => true, orders: () => [{ type: 'appeal', unitId: 'dalmas-awal-1' }] },
  { ready: () => true, orders: () => [{ type: 'appeal', unitId: 'dalmas-awal-1' }] },
  { ready: (g) => g.state.doctrine.level !== 'hijau', orders: () => [{ type: 'lapis_ganti', unitId: 'dalmas-lanjut-1', relieveUnitId: 'dalmas-awal-1' }] },
  { ready: (g) => g.state.doctrine.control.echelon === 'dalmas_lanjut', orders: () => [{ type: 'water_cannon', unitId: 'awc', area: { x: 79, y: 32, r: 6 } }] },
  { ready: () => true, orders: (g) => [{ type: 'arrest', unitId: 'tim-tindak', target: armedProvocateur(g) }] },
  { ready: () => true, orders: () => [{ type: 'evacuate', unitId: 'dokkes', area: { x: 79, y: 40, r: 15 } }] },
];

describe('the event chain on the Pleno KPU scenario', () => {
  const g = plenoGame();
  const events: GameEvent[] = [];
  let step = 0;
  for (let turn = 0; turn < 16 && g.state.phase === 'planning'; turn++) {
    const next = PLAN[step];
    const orders = next && next.ready(g) ? (step++, next.orders(g)) : [];
    for (const c of [{ type: 'submitOrders', playerId: 'polri', orders }, { type: 'resolveTurn', force: true }]) {
      const res = applyCommand(g, c);
      if (!res.ok) throw new Error(`${res.reason}: ${res.message}`);
      events.push(...res.events);
    }
  }
  const judged = events.flatMap((e) => (e.type === 'measure_judged' && e.order !== 'move' ? [e] : []));

  it('judges the appeals, the lapis ganti, the arrest and the evacuation proper', () => {
    expect(judged.filter((e) => e.order === 'appeal').map((e) => [e.verdict, e.facts.appeals])).toEqual([['proper', 0], ['proper', 1], ['proper', 2]]);
    expect(judged.find((e) => e.order === 'lapis_ganti')).toMatchObject({ level: 'kuning', verdict: 'proper' });
    expect(judged.find((e) => e.order === 'arrest')).toMatchObject({ verdict: 'proper', rule: 'targeted_arrest', facts: { targetRole: 'provocateur' } });
    expect(judged.find((e) => e.order === 'evacuate')).toMatchObject({ verdict: 'proper', rule: 'humanitarian' });
  });

  it('the lapis ganti completes, so the water cannon after three appeals at kuning is ordered by the one in control', () => {
    expect(events).toContainEqual(expect.objectContaining({ type: 'control_passed', control: 'taktis', echelon: 'dalmas_lanjut', cause: 'lapis_ganti' }));
    const wc = judged.find((e) => e.order === 'water_cannon')!;
    expect(wc.level).not.toBe('hijau');
    expect(wc.facts.appeals).toBeGreaterThanOrEqual(3);
    expect(wc).toMatchObject({ verdict: 'proper', issues: [] });
  });

  it('the scripted escalation raises the level and sets the Protap markers', () => {
    const levels = events.flatMap((e) => (e.type === 'situation_level_changed' ? [e.to] : []));
    expect(levels).toContain('kuning');
    expect(levels).toContain('merah');
    expect(events).toContainEqual(expect.objectContaining({ type: 'disturbance_marked', marker: 'ambang_gangguan', incident: 'weapon_found' }));
    expect(events.some((e) => e.type === 'disturbance_marked' && e.marker === 'gangguan_nyata')).toBe(true);
    expect(g.state.doctrine.scores.length).toBe(g.state.turn);
  });
});
