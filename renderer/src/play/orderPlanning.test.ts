import { describe, expect, it } from 'vitest';
import type { Order } from './engineFacade';
import { orderSubject, overlaysOf, positionAfter, withOrder, type XY } from './orderPlanning';

/** How a new order joins a plan (in sequence, or as a waypoint), and the overlays that draw each order. */

const at = (x: number, y: number) => ({ x, y });
const MOVE: Order = { type: 'move', unitId: 'awal-1', waypoints: [at(10, 20), at(30, 40)] };
const PUSH: Order = { type: 'push', unitId: 'awal-1', toward: at(50, 50) };
const FACE: Order = { type: 'face', unitId: 'awal-1', toward: at(0, 0) };
const FORMATION: Order = { type: 'formation', unitId: 'awal-1', formation: 'bersaf' };
const GATE_A: Order = { type: 'gate', unitId: 'awal-1', gateId: 'gate-a', action: 'close' };
const GATE_B: Order = { type: 'gate', unitId: 'awal-1', gateId: 'gate-b', action: 'open' };
const BARRIER_1: Order = { type: 'place_barrier', unitId: 'desak-1', a: at(1, 2), b: at(5, 2) };
const BARRIER_2: Order = { type: 'place_barrier', unitId: 'desak-1', a: at(8, 2), b: at(12, 2) };
const MARCH: Order = { type: 'march', groupId: 'massa-1', to: at(60, 70) };
const ORASI: Order = { type: 'orasi', groupId: 'massa-1' };

describe('how a new order joins the plan', () => {
  it('an order is for its unit or its crowd group', () => {
    expect(orderSubject(MOVE)).toBe('awal-1');
    expect(orderSubject(MARCH)).toBe('massa-1');
  });

  it('orders of a unit queue in sequence: move, face, formation, push, appeal stay, in the order given', () => {
    const appeal: Order = { type: 'appeal', unitId: 'awal-1' };
    const plan = [MOVE, FACE, FORMATION, PUSH, appeal].reduce<Order[]>((p, o) => withOrder(p, o), []);
    expect(plan).toEqual([MOVE, FACE, FORMATION, PUSH, appeal]);
    expect(withOrder([MARCH], ORASI)).toEqual([MARCH, ORASI]);
    expect(withOrder([GATE_A, GATE_B], GATE_A)).toEqual([GATE_A, GATE_B, GATE_A]);
    expect(withOrder([BARRIER_1], BARRIER_2)).toEqual([BARRIER_1, BARRIER_2]);
  });

  it('a plain move right after the unit\'s move changes its destination; a waypoint click adds a point', () => {
    const again: Order = { type: 'move', unitId: 'awal-1', waypoints: [at(99, 1)] };
    expect(withOrder([MOVE], again)).toEqual([{ ...MOVE, waypoints: [at(10, 20), at(99, 1)] }]);
    expect(withOrder([MOVE], again, 'waypoint')).toEqual([{ ...MOVE, waypoints: [at(10, 20), at(30, 40), at(99, 1)] }]);
    // After another order of the unit, a move is a new leg of the queue.
    expect(withOrder([MOVE, FACE], again)).toEqual([MOVE, FACE, again]);
    // Sixteen waypoints at most (the engine's limit).
    const many: Order = { type: 'move', unitId: 'awal-1', waypoints: Array.from({ length: 16 }, (_, i) => at(i, i)) };
    expect((withOrder([many], again, 'waypoint')[0] as Extract<Order, { type: 'move' }>).waypoints).toHaveLength(16);
  });

  it('orders of different units never change each other, and the plan passed in is not changed', () => {
    const plan: Order[] = [MOVE];
    const other: Order = { type: 'move', unitId: 'awal-2', waypoints: [at(1, 1)] };
    expect(withOrder(plan, other)).toEqual([MOVE, other]);
    expect(withOrder(plan, other, 'waypoint')).toEqual([MOVE, other]);
    expect(plan).toEqual([MOVE]);
  });

  it('a unit stands at the end of its move, in the middle of its rope line, or where it was', () => {
    expect(positionAfter(MOVE, [0, 0])).toEqual([30, 40]);
    expect(positionAfter({ type: 'rope_line', unitId: 'awal-1', a: at(0, 0), b: at(10, 0) }, [5, 5])).toEqual([5, 0]);
    expect(positionAfter(FACE, [5, 5])).toEqual([5, 5]);
    expect(positionAfter(MARCH, [0, 0])).toEqual([60, 70]);
  });
});

describe('plan overlays', () => {
  const centre: XY = [5, 6];
  const blue = '#4fc3f7';
  const red = '#ff7043';
  const green = '#81c784';
  const orange = '#ffb74d';
  const grey = '#e0e0e0';

  it.each<[string, Order, unknown[]]>([
    ['move: a path from the unit through every waypoint', MOVE, [{ kind: 'path', unitId: 'awal-1', points: [centre, [10, 20], [30, 40]], color: blue }]],
    ['face: a line to the point faced', FACE, [{ kind: 'line', unitId: 'awal-1', from: centre, to: [0, 0], color: blue }]],
    ['push: a path to where it pushes', PUSH, [{ kind: 'path', unitId: 'awal-1', points: [centre, [50, 50]], color: red }]],
    ['water cannon: its area', { type: 'water_cannon', unitId: 'awc-1', area: { x: 3, y: 4, r: 6 } }, [{ kind: 'area', unitId: 'awc-1', centre: [3, 4], radius: 6, color: red }]],
    ['tear gas: its area', { type: 'tear_gas', unitId: 'desak-1', area: { x: 7, y: 8, r: 8 } }, [{ kind: 'area', unitId: 'desak-1', centre: [7, 8], radius: 8, color: red }]],
    ['evacuate: its area', { type: 'evacuate', unitId: 'dokkes-1', area: { x: 1, y: 1, r: 10 } }, [{ kind: 'area', unitId: 'dokkes-1', centre: [1, 1], radius: 10, color: green }]],
    ['rope line: the line', { type: 'rope_line', unitId: 'awal-1', a: at(1, 1), b: at(4, 1) }, [{ kind: 'line', unitId: 'awal-1', from: [1, 1], to: [4, 1], color: green }]],
    ['barrier: the line', BARRIER_1, [{ kind: 'line', unitId: 'desak-1', from: [1, 2], to: [5, 2], color: green }]],
    ['escort with a destination: a path', { type: 'escort', unitId: 'awal-1', personId: 'paslon', to: at(9, 9) }, [{ kind: 'path', unitId: 'awal-1', points: [centre, [9, 9]], color: green }]],
    ['escort without one: nothing', { type: 'escort', unitId: 'awal-1', personId: 'paslon' }, []],
    ['formation: a ring at the unit', FORMATION, [{ kind: 'area', unitId: 'awal-1', centre, radius: 4, color: grey }]],
    ['hold: a ring at the unit', { type: 'hold', unitId: 'awal-1' }, [{ kind: 'area', unitId: 'awal-1', centre, radius: 4, color: green }]],
    ['march: a path to the destination', MARCH, [{ kind: 'path', unitId: 'massa-1', points: [centre, [60, 70]], color: orange }]],
    ['throw: the target area', { type: 'throw', groupId: 'massa-1', at: at(2, 3) }, [{ kind: 'area', unitId: 'massa-1', centre: [2, 3], radius: 6, color: orange }]],
    ['burning tyres: a small area', { type: 'burn_tyres', groupId: 'massa-1', at: at(2, 3) }, [{ kind: 'area', unitId: 'massa-1', centre: [2, 3], radius: 3, color: orange }]],
    ['breach at a point', { type: 'breach', groupId: 'massa-1', at: at(4, 4) }, [{ kind: 'area', unitId: 'massa-1', centre: [4, 4], radius: 3, color: orange }]],
    ['breach without a point: nothing', { type: 'breach', groupId: 'massa-1' }, []],
    ['orasi: a ring at the crowd', ORASI, [{ kind: 'area', unitId: 'massa-1', centre, radius: 4, color: orange }]],
  ])('%s', (_name, order, overlays) => {
    expect(overlaysOf(order, centre)).toEqual(overlays);
  });

  it('an arrest is drawn at its target only when the target is known', () => {
    const arrest: Order = { type: 'arrest', unitId: 'tindak-1', target: 17 };
    expect(overlaysOf(arrest, centre)).toEqual([]);
    expect(overlaysOf(arrest, centre, [11, 12])).toEqual([{ kind: 'area', unitId: 'tindak-1', centre: [11, 12], radius: 1.5, color: red }]);
  });
});
