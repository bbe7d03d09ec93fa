import { describe, expect, it } from 'vitest';
import { formations } from './engineFacade';
import { ACTION_TOOLS, ALL_TOOLS, FORMATION_TOOLS, defaultToolFor, toolById, type PlanContext, type PlanUnit } from './orderTools';

/** The order tools (orderTools.ts): which units may use them, the orders they build, the lookups they need. */

const police = (allowed: string[]): PlanUnit => ({ id: 'awal-1', type: 'dalmas_awal', side: 'police', centre: [5, 5], allowed });
const crowd = (allowed: string[]): PlanUnit => ({ id: 'massa-1', type: 'crowd_group', side: 'crowd', centre: [50, 50], allowed });
const everything = ALL_TOOLS.map((tool) => tool.id.replace(/^formation:.*/, 'formation'));

const found: PlanContext = {
  nearestGroup: () => 'massa-1',
  nearestGate: () => ({ id: 'gate-a', open: true }),
  nearestPoliceUnit: (_point, _except, types) => (types.includes('dalmas_awal') ? 'awal-2' : 'lanjut-1'),
  nearestProtected: () => 'kpu',
  nearestProtester: () => 17,
  buildingId: () => 'gedung',
};
const nothing: PlanContext = {
  nearestGroup: () => null, nearestGate: () => null, nearestPoliceUnit: () => null, nearestProtected: () => null, nearestProtester: () => null, buildingId: () => null,
};

describe('the tool registry', () => {
  it('has one tool per id, formations first with keys 1..n', () => {
    expect(new Set(ALL_TOOLS.map((tool) => tool.id)).size).toBe(ALL_TOOLS.length);
    expect(ALL_TOOLS.slice(0, FORMATION_TOOLS.length)).toEqual(FORMATION_TOOLS);
    expect(FORMATION_TOOLS.map((tool) => [tool.id, tool.key])).toEqual(formations.map((f, i) => [`formation:${f}`, String(i + 1)]));
    expect(toolById('hold')?.id).toBe('hold');
    expect(toolById('nope')).toBeUndefined();
  });

  it('no two tools of one side share a keyboard key', () => {
    for (const unit of [police(everything), crowd(everything)]) {
      const keys = ALL_TOOLS.filter((tool) => tool.appliesTo(unit) && tool.key).map((tool) => tool.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('a tool applies only to its side and only when the unit may take the order', () => {
    expect(toolById('hold')!.appliesTo(police(['hold']))).toBe(true);
    expect(toolById('hold')!.appliesTo(police(['move']))).toBe(false);
    expect(toolById('hold')!.appliesTo(crowd(['hold']))).toBe(false);
    expect(toolById('march')!.appliesTo(crowd(['march']))).toBe(true);
    expect(toolById('march')!.appliesTo(police(['march']))).toBe(false);
    expect(toolById(`formation:${formations[0]}`)!.appliesTo(police(['formation']))).toBe(true);
  });

  it('the default ground tool is move for police and march for the crowd, none without either', () => {
    expect(defaultToolFor(police(['move', 'hold']))?.id).toBe('move');
    expect(defaultToolFor(crowd(['march']))?.id).toBe('march');
    expect(defaultToolFor(police(['hold']))).toBeUndefined();
  });
});

describe('orders built', () => {
  const unit = police(everything);
  const group = crowd(everything);

  it('rounds ground points to a tenth of a metre and sizes the areas', () => {
    expect(toolById('move')!.build(unit, found, [1.04, 2.06])).toEqual({ type: 'move', unitId: 'awal-1', waypoints: [{ x: 1, y: 2.1 }] });
    expect(toolById('water_cannon')!.build(unit, found, [3, 4])).toEqual({ type: 'water_cannon', unitId: 'awal-1', area: { x: 3, y: 4, r: 6 } });
    expect(toolById('tear_gas')!.build(unit, found, [3, 4])).toEqual({ type: 'tear_gas', unitId: 'awal-1', area: { x: 3, y: 4, r: 8 } });
    expect(toolById('evacuate')!.build(unit, found, [3, 4])).toEqual({ type: 'evacuate', unitId: 'awal-1', area: { x: 3, y: 4, r: 10 } });
    expect(toolById('march')!.build(group, found, [7.77, 8])).toEqual({ type: 'march', groupId: 'massa-1', to: { x: 7.8, y: 8 } });
  });

  it('drag tools need the drag end', () => {
    expect(toolById('rope_line')!.build(unit, found, [0, 0])).toBeNull();
    expect(toolById('place_barrier')!.build(unit, found, [0, 0], [4, 0])).toEqual({ type: 'place_barrier', unitId: 'awal-1', a: { x: 0, y: 0 }, b: { x: 4, y: 0 } });
  });

  it('look-up tools use what the field has, and give nothing when it has nothing', () => {
    expect(toolById('negotiate')!.build(unit, found, [0, 0])).toEqual({ type: 'negotiate', unitId: 'awal-1', groupId: 'massa-1' });
    expect(toolById('lapis_ganti')!.build(unit, found, [0, 0])).toEqual({ type: 'lapis_ganti', unitId: 'awal-1', relieveUnitId: 'awal-2' });
    expect(toolById('lintas_ganti')!.build(unit, found, [0, 0])).toEqual({ type: 'lintas_ganti', unitId: 'awal-1', relieveUnitId: 'lanjut-1' });
    expect(toolById('arrest')!.build(unit, found, [0, 0])).toEqual({ type: 'arrest', unitId: 'awal-1', target: 17 });
    expect(toolById('gate')!.build(unit, found, [0, 0])).toEqual({ type: 'gate', unitId: 'awal-1', gateId: 'gate-a', action: 'close' });
    expect(toolById('gate')!.build(unit, { ...found, nearestGate: () => ({ id: 'gate-b', open: false }) }, [0, 0])).toMatchObject({ action: 'open' });
    expect(toolById('escort')!.build(unit, found, [9, 9])).toEqual({ type: 'escort', unitId: 'awal-1', personId: 'kpu', to: { x: 9, y: 9 } });
    expect(toolById('enter_building')!.build(group, found, [0, 0])).toEqual({ type: 'enter_building', groupId: 'massa-1', buildingId: 'gedung' });
    expect(toolById('take_hostage')!.build(group, found, [0, 0])).toEqual({ type: 'take_hostage', groupId: 'massa-1', personId: 'kpu' });
    for (const id of ['negotiate', 'lapis_ganti', 'lintas_ganti', 'arrest', 'gate', 'escort']) expect(toolById(id)!.build(unit, nothing, [0, 0])).toBeNull();
    for (const id of ['enter_building', 'take_hostage']) expect(toolById(id)!.build(group, nothing, [0, 0])).toBeNull();
  });

  it('every tool of a side builds an order of that side for its unit', () => {
    for (const tool of ACTION_TOOLS) {
      const subject = tool.appliesTo(unit) ? unit : group;
      const order = tool.build(subject, found, [1, 1], [2, 2]);
      expect(order, tool.id).not.toBeNull();
      expect(order!.type).toBe(tool.id);
      expect('unitId' in order! ? order.unitId : (order as { groupId: string }).groupId).toBe(subject.id);
    }
  });
});
