import { describe, it, expect } from 'vitest';
import { produce } from 'immer';
import { createGame, type GameEvent, type SetupInput } from '../index';
import { smallSetup } from '../fixtures';
import { propertyValue } from '../damage';
import { updateClimbs, type EffectCtx } from './effects';

/**
 * Issue #15 item 5: protesters on a police vehicle damage it every 10 s, and like every other damaged
 * thing (damage.ts) the damage figure is capped: a wrecked vehicle adds at most what it is worth.
 */

function setup(): SetupInput {
  const base = smallSetup(20, 4);
  return { ...base, players: base.players.filter((p) => p.side !== 'crowd'), script: { events: [{ id: 'naik', label: { id: 'Uji', en: 'Test' }, when: [{ type: 'manual' }], effects: [{ type: 'agitate', amount: 0.1 }] }] } };
}

describe('vehicle climb damage (rule: damage capped at the thing\'s value)', () => {
  it('people held on the AWC for half an hour add the vehicle\'s worth and no more; the damage stops once it is wrecked', () => {
    const r = createGame(setup(), 1);
    if (!r.ok) throw new Error(r.message);
    const g = r.game;
    const a = g.world.agents;
    const awc = g.state.units.find((u) => u.id === 'awc-1')!;
    const grp = g.state.groups[0]!;
    g.state = produce(g.state, (d) => {
      d.script!.climbs.push({ groupId: grp.id, unitId: awc.id, climbers: 5, on: false, ticksOn: 0, blockedOrders: [] });
    });
    const ev: GameEvent[] = [];
    const startDamage = g.state.stats.propertyDamage;
    const api = { validate: () => null, apply: () => undefined };
    for (let t = 0; t < 3600; t++) {
      // The group stands on the vehicle the whole time.
      for (let i = grp.first; i < grp.first + grp.count; i++) { a.x[i] = a.x[awc.first]!; a.y[i] = a.y[awc.first]!; }
      g.state = produce(g.state, (d) => { updateClimbs({ game: g, d, tick: t, ev, api } as EffectCtx); });
    }
    const hits = ev.filter((e): e is Extract<GameEvent, { type: 'property_damaged' }> => e.type === 'property_damaged');
    expect(ev.some((e) => e.type === 'vehicle_climbed')).toBe(true);
    expect(hits.length).toBe(20);
    expect(a.health[awc.first]).toBe(0);
    const added = g.state.stats.propertyDamage - startDamage;
    expect(added).toBeCloseTo(propertyValue.car, 6);
    expect(hits.reduce((s, e) => s + e.amount, 0)).toBeCloseTo(propertyValue.car, 6);
  });
});
