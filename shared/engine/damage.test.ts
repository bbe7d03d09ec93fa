import { describe, it, expect } from 'vitest';
import { produce } from 'immer';
import { createGame, applyCommand, beginTurnResolution, stepTick, Flag, type Game, type GameEvent } from './index';
import { smallSetup } from './fixtures';
import { damageStateOf, propertyDamageTotal, propertyItems, propertyValue } from './damage';

/**
 * Issue #15 item 5: damage states per building, fence panel, gate, door and parked car (intact,
 * damaged, heavily damaged "rusak cukup berat", destroyed), reported when they change, and a property
 * damage figure capped at what each thing is worth instead of a running number.
 */

type Changed = Extract<GameEvent, { type: 'damage_state_changed' }>;

function game(crowd = 60): Game {
  const r = createGame(smallSetup(crowd, 6), 4);
  if (!r.ok) throw new Error(r.message);
  return r.game;
}

function turn(g: Game, crowd: unknown[] = []): GameEvent[] {
  if (crowd.length) expect(applyCommand(g, { type: 'submitOrders', playerId: 'massa', orders: crowd } as never).ok).toBe(true);
  const ev = beginTurnResolution(g);
  while (g.state.phase === 'resolving') ev.push(...stepTick(g));
  return ev;
}

describe('damage states', () => {
  it('by the share lost: under a tenth intact, from a tenth damaged, from half heavily damaged, all of it destroyed', () => {
    expect([0, 0.09, 0.1, 0.49, 0.5, 0.99, 1].map(damageStateOf)).toEqual(['intact', 'intact', 'damaged', 'damaged', 'heavily_damaged', 'heavily_damaged', 'destroyed']);
  });

  it('a new venue is intact everywhere and its damage figure is 0', () => {
    const g = game();
    const items = propertyItems(g.venue, g.world, g.state.property);
    expect(items.filter((i) => i.kind === 'building').map((i) => i.id)).toEqual(['kantor-kpu']);
    expect(items.filter((i) => i.kind === 'car')).toHaveLength(4);
    expect(items.some((i) => i.kind === 'gate') && items.some((i) => i.kind === 'door') && items.some((i) => i.kind === 'fence')).toBe(true);
    expect(items.every((i) => i.state === 'intact')).toBe(true);
    expect(propertyDamageTotal(g.venue, g.world, g.state.property)).toBe(0);
  });

  it('a crowd breaking the main gate takes it through damaged and heavily damaged to destroyed; the figure grows by the gate\'s value, once', () => {
    const setup = smallSetup(200, 10);
    setup.crowd = [{ id: 'massa-1', arrival: 'lot-south', size: 200, agitation: 0.9, hardship: [0.8, 1] }];
    const r = createGame(setup, 3);
    if (!r.ok) throw new Error(r.message);
    const g = r.game;
    const ev: GameEvent[] = [];
    ev.push(...turn(g, [{ type: 'breach', groupId: 'massa-1', gateId: 'main-gate' }]));
    for (let t = 0; t < 5 && !ev.some((e) => e.type === 'gate_breached'); t++) ev.push(...turn(g));
    const states = ev.filter((e): e is Changed => e.type === 'damage_state_changed' && e.target === 'main-gate').map((e) => e.state);
    expect(states).toEqual(['damaged', 'heavily_damaged', 'destroyed']);
    const gate = propertyItems(g.venue, g.world, g.state.property).find((i) => i.id === 'main-gate')!;
    expect(gate).toMatchObject({ kind: 'gate', state: 'destroyed', lost: 1 });
    // Only the gate was damaged: the figure is its value, whatever the pressure after the breach.
    expect(g.state.stats.propertyDamage).toBeCloseTo(propertyDamageTotal(g.venue, g.world, g.state.property), 6);
    expect(g.state.stats.propertyDamage).toBeGreaterThanOrEqual(propertyValue.gate - 1e-9);
  });

  it('a fire next to a parked car sets it burning until it is destroyed; the car counts its value once', () => {
    const g = game(20);
    g.state = produce(g.state, (d) => { d.fires.push({ id: 77, x: 36, y: 54.5, ticksLeft: 1000, groupId: 'massa-1', orderId: null }); });
    const ev = turn(g);
    const car = ev.filter((e): e is Changed => e.type === 'damage_state_changed' && e.kind === 'car');
    expect(car.map((e) => [e.target, e.state, e.cause])).toEqual([['car-0', 'damaged', 'fire'], ['car-0', 'heavily_damaged', 'fire'], ['car-0', 'destroyed', 'fire']]);
    expect(g.state.property!.cars[0]).toBe(propertyValue.car);
    const more = turn(g);
    expect(more.some((e) => e.type === 'damage_state_changed')).toBe(false);
    expect(g.state.property!.cars[0]).toBe(propertyValue.car);
  });

  it('stones on a building already almost destroyed add only what is left of it (capped), and report it destroyed', () => {
    const setup = smallSetup(40, 4);
    setup.police = setup.police.filter((p) => p.id === 'awal-1');
    setup.players[0]!.controls = ['awal-1'];
    const r = createGame(setup, 9);
    if (!r.ok) throw new Error(r.message);
    const g = r.game;
    g.state = produce(g.state, (d) => { d.property = { buildings: [propertyValue.building - 1], cars: [0, 0, 0, 0] }; });
    const a = g.world.agents;
    const grp = g.state.groups[0]!;
    for (let k = 0; k < grp.count; k++) {
      const i = grp.first + k;
      a.x[i] = 70 + (k % 20);
      a.y[i] = 39.3 - Math.floor(k / 20) * 0.8;
      a.arousal[i] = 1;
      a.threshold[i] = 0;
      a.flags[i] = a.flags[i]! | Flag.active;
    }
    const before = g.state.stats.propertyDamage;
    const ev = turn(g, [{ type: 'throw', groupId: 'massa-1', at: { x: 80, y: 74 } }]);
    expect(ev.filter((e) => e.type === 'damage_state_changed')).toEqual([expect.objectContaining({ target: 'kantor-kpu', kind: 'building', state: 'destroyed', cause: 'projectile', groupId: 'massa-1' })]);
    expect(g.state.property!.buildings[0]).toBe(propertyValue.building);
    expect(g.state.stats.propertyDamage - before).toBeCloseTo(1, 6);
  });
});
