import { describe, it, expect } from 'vitest';
import { produce } from 'immer';
import { createGame, applyCommand, beginTurnResolution, snapshotGame, restoreGame, unitTypes, ordersOfUnitType, type Game, type GameEvent, type SetupInput } from '../index';
import { isPartnerUnit, partnerUnitTypes } from '../forces';
import { unitSuitsLevel } from './authority';
import { doctrineRules } from './rules';
import type { SituationLevel } from '../doctrineTypes';

/**
 * Issue #15 item 7: the partner agencies of a joint drill (DOCTRINE.md section 1: TNI, Satpol PP, the
 * regency) support the police and use no force against the crowd (section 5: force only by the unit
 * allowed to use it). Rule `partner_support`.
 */

type Judged = Extract<GameEvent, { type: 'measure_judged' }>;

function setup(): SetupInput {
  const at = (x: number): { x: number; y: number } => ({ x, y: 30 });
  const police: SetupInput['police'] = [
    { id: 'awal-1', type: 'dalmas_awal', staging: at(70), heading: -Math.PI / 2 },
    { id: 'tni-1', type: 'tni_support', staging: at(90), heading: -Math.PI / 2 },
    { id: 'satpol-1', type: 'satpol_pp', staging: at(50), heading: -Math.PI / 2 },
    { id: 'pemda-1', type: 'pemda_liaison', staging: at(80), heading: -Math.PI / 2 },
  ];
  return {
    venueId: 'kpu-office', turnLimit: 10,
    players: [
      { id: 'polisi', name: 'Kapolres', side: 'police', controls: police.map((u) => u.id) },
      { id: 'massa', name: 'Massa', side: 'crowd', controls: ['massa-1'] },
    ],
    police,
    crowd: [{ id: 'massa-1', arrival: 'lot-south', size: 60, provocateurs: 0, sajam: 0 }],
  };
}

const SNAP = ((): Uint8Array => {
  const r = createGame(setup(), 5);
  if (!r.ok) throw new Error(r.message);
  expect(applyCommand(r.game, { type: 'resolveTurn', force: true }).ok).toBe(true);
  return snapshotGame(r.game);
})();

function game(level: SituationLevel): Game {
  const r = restoreGame(SNAP);
  if (!r.ok) throw new Error(r.message);
  const g = r.game;
  g.state = produce(g.state, (d) => {
    d.doctrine.level = level;
    d.doctrine.assessed = level;
    d.groups[0]!.appeals = 3;
  });
  return g;
}

function submit(g: Game, orders: Record<string, unknown>[]): ReturnType<typeof applyCommand> {
  return applyCommand(g, { type: 'submitOrders', playerId: 'polisi', orders } as never);
}

describe('partner units (DOCTRINE.md sections 1, 3, 5)', () => {
  it('are in the catalogue with strength, speed, mass, equipment and supplies, and no force equipment', () => {
    expect([...partnerUnitTypes]).toEqual(['tni_support', 'satpol_pp', 'pemda_liaison']);
    for (const t of partnerUnitTypes) {
      const u = unitTypes[t];
      expect(u.strength).toBeGreaterThan(0);
      expect(u.speed).toBeGreaterThan(0);
      expect(u.mass).toBeGreaterThan(0);
      expect(u.supplies.gas).toBe(0);
      expect(u.supplies.water).toBe(0);
      expect(u.equipment.some((e) => ['baton', 'gas_launcher', 'flash_ball', 'handcuffs', 'water_tank', 'shield', 'tameng_desak'].includes(e))).toBe(false);
      expect(isPartnerUnit(t)).toBe(true);
    }
    expect(isPartnerUnit('dalmas_awal')).toBe(false);
  });

  it('the registry: TNI holds, guards a gate, escorts and places barriers; Satpol PP appeals and guards; the liaison only talks; none gasses, sprays or arrests', () => {
    const tni = ordersOfUnitType('tni_support');
    const satpol = ordersOfUnitType('satpol_pp');
    const pemda = ordersOfUnitType('pemda_liaison');
    for (const o of ['move', 'hold', 'gate', 'escort', 'place_barrier'] as const) expect(tni).toContain(o);
    for (const o of ['move', 'hold', 'gate', 'appeal'] as const) expect(satpol).toContain(o);
    for (const o of ['move', 'appeal', 'negotiate'] as const) expect(pemda).toContain(o);
    for (const list of [tni, satpol, pemda]) {
      for (const o of ['tear_gas', 'water_cannon', 'arrest', 'lapis_ganti', 'lintas_ganti', 'rope_line', 'evacuate'] as const) expect(list).not.toContain(o);
    }
    expect(tni).not.toContain('appeal');
    expect(tni).not.toContain('negotiate');
    expect(satpol).not.toContain('negotiate');
    expect(satpol).not.toContain('place_barrier');
    for (const o of ['push', 'gate', 'escort', 'place_barrier', 'formation'] as const) expect(pemda).not.toContain(o);
  });

  it('an arrest or gas ordered to a partner is refused (order_not_allowed)', () => {
    const g = game('kuning');
    const target = g.state.groups[0]!.first;
    const arrest = submit(g, [{ type: 'arrest', unitId: 'tni-1', target }]);
    expect(arrest.ok).toBe(false);
    if (!arrest.ok) expect(arrest.reason).toBe('order_not_allowed');
    const gas = submit(game('merah'), [{ type: 'tear_gas', unitId: 'satpol-1', area: { x: 79, y: 50, r: 5 } }]);
    expect(gas.ok).toBe(false);
  });

  it('rule partner_support: a TNI or Satpol PP line pushed into the crowd is a violation citing Perkap 1/2009, at every level', () => {
    for (const level of ['kuning', 'merah'] as const) {
      for (const unitId of ['tni-1', 'satpol-1']) {
        const g = game(level);
        expect(submit(g, [{ type: 'push', unitId, toward: { x: 79, y: 60 } }]).ok).toBe(true);
        const j = beginTurnResolution(g).find((e): e is Judged => e.type === 'measure_judged' && e.unitId === unitId)!;
        expect(j).toMatchObject({ verdict: 'violation', rule: 'partner_support', citation: doctrineRules.partner_support.citation });
        expect(j.issues).toContain('unit_for_level');
        expect(j.citation).toContain('Perkap 1/2009');
      }
    }
  });

  it('partner support is judged proper: TNI closing a gate, Satpol PP appealing, the liaison negotiating', () => {
    const g = game('kuning');
    const gateId = g.venue.openings[0]!.id;
    const ok = submit(g, [
      { type: 'gate', unitId: 'tni-1', gateId, action: 'close' },
      { type: 'appeal', unitId: 'satpol-1' },
      { type: 'negotiate', unitId: 'pemda-1', groupId: 'massa-1' },
    ]);
    expect(ok.ok).toBe(true);
    const judged = beginTurnResolution(g).filter((e): e is Judged => e.type === 'measure_judged');
    expect(judged).toHaveLength(3);
    for (const j of judged) expect(j.verdict).toBe('proper');
  });

  it('no partner is ever the right unit for force', () => {
    for (const t of partnerUnitTypes) for (const level of ['hijau', 'kuning', 'merah'] as const) expect(unitSuitsLevel(t, level)).toBe(false);
  });
});
