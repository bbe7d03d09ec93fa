import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createGame, applyCommand, type GameEvent } from '../index';
import { smallSetup } from '../fixtures';

const pt = fc.record({ x: fc.integer({ min: 0, max: 160 }), y: fc.integer({ min: 0, max: 130 }) });
const area = fc.record({ x: fc.integer({ min: 10, max: 150 }), y: fc.integer({ min: 5, max: 60 }), r: fc.integer({ min: 2, max: 12 }) });
const unit = fc.constantFrom('awal-1', 'desak-1', 'awc-1', 'tindak-1', 'nego-1', 'dokkes-1');
const policeOrder = fc.oneof(
  fc.record({ type: fc.constant('move'), unitId: unit, waypoints: fc.array(pt, { minLength: 1, maxLength: 2 }) }),
  fc.record({ type: fc.constant('push'), unitId: unit, toward: pt }),
  fc.record({ type: fc.constantFrom('hold', 'appeal'), unitId: unit }),
  fc.record({ type: fc.constant('formation'), unitId: unit, formation: fc.constantFrom('bersaf', 'anak_panah', 'berlindung') }),
  fc.record({ type: fc.constantFrom('water_cannon', 'tear_gas', 'evacuate'), unitId: unit, area }),
  fc.record({ type: fc.constant('arrest'), unitId: unit, target: fc.integer({ min: 0, max: 140 }) }),
  fc.record({ type: fc.constant('negotiate'), unitId: unit, groupId: fc.constant('massa-1') }),
  fc.record({ type: fc.constant('escort'), unitId: unit, personId: fc.constantFrom('ketua-kpu', 'paslon') }),
);
const crowdOrder = fc.oneof(
  fc.record({ type: fc.constant('march'), groupId: fc.constant('massa-1'), to: pt }),
  fc.record({ type: fc.constant('throw'), groupId: fc.constant('massa-1'), at: pt }),
  fc.record({ type: fc.constant('push_line'), groupId: fc.constant('massa-1'), toward: pt }),
  fc.record({ type: fc.constantFrom('orasi', 'sit_in'), groupId: fc.constant('massa-1') }),
);

describe('use-of-force assessment (property)', () => {
  it('every police measure gets exactly one judgement when applied, right after it (a standing one again at each level change), for random order sequences', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.array(fc.tuple(fc.array(policeOrder, { maxLength: 6 }), fc.array(crowdOrder, { maxLength: 1 })), { minLength: 1, maxLength: 3 }), (seed, turns) => {
        const r = createGame(smallSetup(40, 3), seed);
        if (!r.ok) throw new Error(r.message);
        const g = r.game;
        const events: GameEvent[] = [];
        for (const [police, crowd] of turns) {
          // Keep only the orders the engine accepts, one at a time, so every turn has some measures.
          const accepted: unknown[] = [];
          for (const o of police) if (applyCommand(g, { type: 'submitOrders', playerId: 'polisi', orders: [...accepted, o] }).ok) accepted.push(o);
          applyCommand(g, { type: 'submitOrders', playerId: 'polisi', orders: accepted });
          applyCommand(g, { type: 'submitOrders', playerId: 'massa', orders: crowd });
          const res = applyCommand(g, { type: 'resolveTurn', force: true });
          if (!res.ok) break;
          events.push(...res.events);
        }
        // A stop is no measure (never judged); a standing measure still kept up is judged again when
        // the level changes (`standing: true`), always for an order judged before.
        const applied = events.flatMap((e, k) => (e.type === 'measure_applied' && e.order !== 'stop' ? [[k, e.orderId] as const] : []));
        const judgements = events.flatMap((e) => (e.type === 'measure_judged' ? [e] : []));
        const judged = judgements.filter((e) => !e.standing).map((e) => e.orderId);
        expect(judged).toEqual(applied.map(([, id]) => id));
        for (const [k, id] of applied) expect(events[k + 1]).toMatchObject({ type: 'measure_judged', orderId: id });
        expect(new Set(judged).size).toBe(judged.length);
        for (const again of judgements.filter((e) => e.standing)) expect(judged).toContain(again.orderId);
        const t = g.state.doctrine.tally;
        expect(t.proper + t.questionable + t.violation).toBe(judgements.length);
      }),
      { numRuns: 8 },
    );
  });
});
