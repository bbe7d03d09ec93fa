import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createGame, applyCommand, hashGame, beginTurnResolution, stepTick, AgentKind, SegState, OFF_FIELD, type Game } from './index';
import { segmentsIntersect } from '../venue/index';
import { smallSetup } from './fixtures';

const pt = fc.record({ x: fc.integer({ min: -20, max: 180 }), y: fc.integer({ min: -20, max: 150 }) });
const area = fc.record({ x: fc.integer({ min: 0, max: 160 }), y: fc.integer({ min: 0, max: 130 }), r: fc.integer({ min: 1, max: 12 }) });
const unit = fc.constantFrom('awal-1', 'desak-1', 'awc-1', 'tindak-1', 'nego-1', 'dokkes-1', 'nobody');
const policeOrder = fc.oneof(
  fc.record({ type: fc.constant('move'), unitId: unit, waypoints: fc.array(pt, { minLength: 1, maxLength: 3 }) }),
  fc.record({ type: fc.constant('push'), unitId: unit, toward: pt }),
  fc.record({ type: fc.constant('formation'), unitId: unit, formation: fc.constantFrom('bersaf', 'berbanjar', 'anak_panah', 'berlindung') }),
  fc.record({ type: fc.constantFrom('hold', 'appeal'), unitId: unit }),
  fc.record({ type: fc.constantFrom('water_cannon', 'tear_gas', 'evacuate'), unitId: unit, area }),
  fc.record({ type: fc.constant('arrest'), unitId: unit, target: fc.integer({ min: 0, max: 300 }) }),
  fc.record({ type: fc.constant('gate'), unitId: unit, gateId: fc.constantFrom('main-gate', 'side-gate', 'main-door', 'nope'), action: fc.constantFrom('open', 'close') }),
  fc.record({ type: fc.constant('place_barrier'), unitId: unit, a: pt, b: pt }),
  fc.record({ type: fc.constant('escort'), unitId: unit, personId: fc.constantFrom('ketua-kpu', 'paslon') }),
  fc.record({ type: fc.constant('negotiate'), unitId: unit, groupId: fc.constant('massa-1') }),
);
const crowdOrder = fc.oneof(
  fc.record({ type: fc.constantFrom('march', 'retreat', 'delegation'), groupId: fc.constant('massa-1'), to: pt }),
  fc.record({ type: fc.constantFrom('throw', 'burn_tyres'), groupId: fc.constant('massa-1'), at: pt }),
  fc.record({ type: fc.constant('push_line'), groupId: fc.constant('massa-1'), toward: pt }),
  fc.record({ type: fc.constant('breach'), groupId: fc.constant('massa-1'), gateId: fc.constantFrom('main-gate', 'side-gate', 'main-door') }),
  fc.record({ type: fc.constant('enter_building'), groupId: fc.constant('massa-1'), buildingId: fc.constantFrom('kantor-kpu', 'x') }),
  fc.record({ type: fc.constant('take_hostage'), groupId: fc.constant('massa-1'), personId: fc.constantFrom('ketua-kpu', 'kpu-staff') }),
  fc.record({ type: fc.constantFrom('orasi', 'sit_in', 'disperse'), groupId: fc.constant('massa-1') }),
);

function fresh(seed: number): Game {
  const r = createGame(smallSetup(40, 3), seed);
  if (!r.ok) throw new Error(r.message);
  return r.game;
}

/** Bounds, walls and head counts, checked after every tick. */
function checkInvariants(g: Game, prevX: Float32Array, prevY: Float32Array, total: number): void {
  const a = g.world.agents;
  const s = g.world.segments;
  const b = g.venue.file.bounds;
  const n = g.world.header[0]!;
  expect(n).toBe(total);
  let protesters = 0;
  for (let i = 0; i < n; i++) {
    if (a.kind[i] === AgentKind.protester) protesters++;
    if ((a.flags[i]! & OFF_FIELD) !== 0) continue;
    const x = a.x[i]!;
    const y = a.y[i]!;
    expect(x >= b.minX && x <= b.maxX && y >= b.minY && y <= b.maxY).toBe(true);
    for (let k = 0; k < g.world.header[1]!; k++) {
      if (s.state[k] !== SegState.closed) continue;
      // Nobody's move this tick crossed a wall that was closed at its end.
      if (segmentsIntersect(prevX[i]!, prevY[i]!, x, y, s.ax[k]!, s.ay[k]!, s.bx[k]!, s.by[k]!)) {
        expect.fail(`agent ${i} crossed segment ${k}`);
      }
    }
  }
  expect(protesters).toBe(40);
}

describe('properties', () => {
  it('random order sequences never throw and invariants hold every tick', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.array(fc.tuple(fc.array(policeOrder, { maxLength: 4 }), fc.array(crowdOrder, { maxLength: 2 })), { minLength: 1, maxLength: 2 }), (seed, turns) => {
        const g = fresh(seed);
        const total = g.world.header[0]!;
        for (const [police, crowd] of turns) {
          applyCommand(g, { type: 'submitOrders', playerId: 'polisi', orders: police });
          applyCommand(g, { type: 'submitOrders', playerId: 'massa', orders: crowd });
          if (g.state.phase !== 'planning') break;
          beginTurnResolution(g);
          // Gates may close while someone stands next to them; check crossings only for moves made while closed.
          while ((g.state.phase as string) === 'resolving') {
            const px = g.world.agents.x.slice();
            const py = g.world.agents.y.slice();
            const before = g.world.segments.state.slice();
            stepTick(g);
            const changed = before.some((v, k) => v !== g.world.segments.state[k]);
            if (!changed) checkInvariants(g, px, py, total);
          }
        }
      }),
      { numRuns: 6 },
    );
  });

  it('a rejected command leaves the game exactly as it was', () => {
    const g = fresh(9);
    fc.assert(
      fc.property(fc.array(fc.oneof(policeOrder, crowdOrder), { minLength: 1, maxLength: 5 }), fc.constantFrom('polisi', 'massa', 'ghost'), (orders, playerId) => {
        const before = hashGame(g);
        const r = applyCommand(g, { type: 'submitOrders', playerId, orders });
        if (!r.ok) expect(hashGame(g)).toBe(before);
        applyCommand(g, { type: 'submitOrders', playerId: 'polisi', orders: [] });
        applyCommand(g, { type: 'submitOrders', playerId: 'massa', orders: [] });
      }),
      { numRuns: 150 },
    );
  });
});
