import { describe, expect, it } from 'vitest';
import { smallSetup } from '../../../shared/engine/fixtures';
import { translate } from '../../../shared/i18n/messages';
import { createGame, type Game, type Order } from './engineFacade';
import { asRejectReason, checkPlanOn, reachOf, reachRings, refusalText } from './planCheck';
import { compassOf, orderLine } from './planListing';

/**
 * Refusals at placement (planCheck.ts) with the engine's own check, in both languages, the reach rings,
 * and the plan list's words for an order (planListing.ts), on a real game from a small setup.
 */

function game(): Game {
  const created = createGame(smallSetup(40, 4), 3);
  if (!created.ok) throw new Error(created.message);
  return created.game;
}

const id = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('id', key, params);
const en = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('en', key, params);
const MOVE: Order = { type: 'move', unitId: 'awc-1', waypoints: [{ x: 120, y: 52 }] };
const SPRAY: Order = { type: 'water_cannon', unitId: 'awc-1', area: { x: 150, y: 52, r: 6 } };

describe('the engine\'s check at placement', () => {
  it('accepts what submitOrders would accept, measuring reach from the unit or the end of its planned move', () => {
    const g = game();
    expect(checkPlanOn(g, 'polisi', [])).toBeNull();
    expect(checkPlanOn(g, 'polisi', [MOVE, SPRAY])).toBeNull();
    expect(checkPlanOn(g, 'polisi', [SPRAY, MOVE])).toMatchObject({ unitId: 'awc-1', orderType: 'water_cannon', reason: 'out_of_reach', params: { reach: 45 } });
  });

  it('names the order at fault: another player\'s unit, an order the unit cannot take, a point outside the venue, empty supplies', () => {
    const g = game();
    expect(checkPlanOn(g, 'polisi', [{ type: 'march', groupId: 'massa-1', to: { x: 1, y: 1 } }])).toMatchObject({ unitId: 'massa-1', reason: 'not_your_unit' });
    expect(checkPlanOn(g, 'polisi', [{ type: 'hold', unitId: 'awal-1' }, { type: 'tear_gas', unitId: 'awal-1', area: { x: 1, y: 1, r: 8 } }]))
      .toMatchObject({ unitId: 'awal-1', orderType: 'tear_gas', reason: 'order_not_allowed' });
    expect(checkPlanOn(g, 'polisi', [{ type: 'move', unitId: 'awal-1', waypoints: [{ x: -40, y: 10 }] }])).toMatchObject({ reason: 'invalid_target', detailKey: 'refusal.outside' });
    const u = g.state.units.find((unit) => unit.id === 'awc-1')!;
    g.state = { ...g.state, units: g.state.units.map((unit) => (unit === u ? { ...u, water: 0 } : unit)) };
    expect(checkPlanOn(g, 'polisi', [{ ...SPRAY, area: { x: 80, y: 52, r: 6 } }])).toMatchObject({ reason: 'no_supplies', detailKey: 'refusal.noWater' });
  });

  it('words a refusal with the unit, the order and the reason in either language, never an engine code', () => {
    const refusal = checkPlanOn(game(), 'polisi', [SPRAY])!;
    const indonesian = refusalText(id, refusal, 'AWC Gajah');
    expect(indonesian).toBe('Perintah ditolak — AWC Gajah, Semprot air (AWC): sasaran di luar jangkauan, paling jauh 45 m dari satuan atau dari tujuan geraknya.');
    expect(refusalText(en, refusal, 'AWC Gajah')).toBe('Order refused — AWC Gajah, Water cannon: the target is out of reach, at most 45 m from the unit or from where its move ends.');
    const generic = refusalText(id, { unitId: 'x', orderType: 'hold', reason: asRejectReason('something_new') }, 'X');
    expect(generic).toBe('Perintah ditolak — X, Bertahan: Perintah tidak sah.');
    expect(indonesian).not.toMatch(/out_of_reach|water_cannon|farther/);
  });
});

describe('reach rings', () => {
  it('come from the engine\'s table, around the unit and the end of its planned move; none for a tool without a limit', () => {
    const g = game();
    expect(reachOf('arrest')).toBe(60);
    expect(reachOf('move')).toBeNull();
    const u = g.state.units.find((unit) => unit.id === 'awc-1')!;
    expect(reachRings(g, 'awc-1', 'water_cannon', [])).toEqual([{ centre: [u.x, u.y], radius: 45 }]);
    expect(reachRings(g, 'awc-1', 'water_cannon', [MOVE])).toEqual([{ centre: [u.x, u.y], radius: 45 }, { centre: [120, 52], radius: 45 }]);
    expect(reachRings(g, 'awc-1', 'move', [])).toEqual([]);
  });
});

describe('the plan list\'s words', () => {
  it('gives each order its destination or target and its start', () => {
    const g = game();
    const u = g.state.units.find((unit) => unit.id === 'awc-1')!;
    const one = (o: Order, t = id) => orderLine(g, [o], 0, t);
    const line = one({ type: 'move', unitId: 'awc-1', waypoints: [{ x: u.x + 30, y: u.y + 40 }] });
    expect(line).toEqual({ unit: u.name, order: 'Bergerak', detail: '50 m ke timur laut', start: 'segera (14:00:00)', firstOfUnit: true, standing: false });
    expect(one({ type: 'gate', unitId: 'awal-1', gateId: 'main-gate', action: 'open' }).detail).toBe('buka Gerbang utama');
    expect(one({ type: 'negotiate', unitId: 'nego-1', groupId: 'massa-1' }, en).detail).toMatch(/^with /);
    expect(one({ type: 'formation', unitId: 'awal-1', formation: 'bersaf' }).detail).toBe('Bersaf');
    expect(one({ type: 'hold', unitId: 'awal-1' }).detail).toBe('');
    expect(one({ ...SPRAY, area: { x: u.x, y: u.y - 20, r: 6 } }, en).detail).toBe('area r 6 m, 20 m to the south');
  });

  it('says when each order of a queue starts, seen from where the unit will be, and how long a standing order lasts', () => {
    const g = game();
    const u = g.state.units.find((unit) => unit.id === 'awc-1')!;
    const plan: Order[] = [
      { type: 'move', unitId: 'awc-1', waypoints: [{ x: u.x + 30, y: u.y }] },
      { type: 'water_cannon', unitId: 'awc-1', area: { x: u.x + 30, y: u.y - 20, r: 6 } },
      { type: 'appeal', unitId: 'awc-1', start: { atSecond: 30 } },
      { type: 'water_cannon', unitId: 'awc-1', area: { x: u.x + 30, y: u.y - 20, r: 6 }, seconds: 20 },
    ];
    const lines = plan.map((_, i) => orderLine(g, plan, i, id));
    expect(lines.map((l) => l.firstOfUnit)).toEqual([true, false, false, false]);
    // The spray is 20 m south of where the move ends, not of where the AWC stands now.
    expect(lines[1]!.detail).toBe('area r 6 m, 20 m ke selatan');
    expect(lines[1]!.start).toBe('setelah perintah sebelumnya, terus sampai dihentikan');
    expect(lines[2]!.start).toBe('detik ke-30 (14:00:30)');
    expect(lines[3]!.start).toBe('setelah perintah sebelumnya, selama 20 detik');
    expect(orderLine(g, [{ type: 'hold', unitId: 'awc-1', start: 'after_previous' }], 0, en).start).toBe("after last turn's queue");
  });

  it('names the eight compass directions with y to the north', () => {
    const o = { x: 0, y: 0 };
    expect([[0, 1], [1, 1], [1, 0], [1, -1], [0, -1], [-1, -1], [-1, 0], [-1, 1]].map(([x, y]) => compassOf(o, { x: x!, y: y! })))
      .toEqual(['compass.n', 'compass.ne', 'compass.e', 'compass.se', 'compass.s', 'compass.sw', 'compass.w', 'compass.nw']);
  });
});
