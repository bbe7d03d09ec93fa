import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createGame, applyCommand, hashGame, beginTurnResolution, stepTick, SegState, type Game, type GameEvent } from './index';
import { doctrineSetup } from './doctrine/fixtures';
import { policeOrderDef, ordersOfUnitType } from './orderDefs/registry';
import { routeThrough } from './orderDefs/route';

/** Order queues (queue.ts): sequence within the minute and across minutes, start times, standing orders, stop. */

function fresh(seed = 3): Game {
  const r = createGame(doctrineSetup(120, 12), seed);
  if (!r.ok) throw new Error(r.message);
  return r.game;
}

/** Submits the police plan (and nothing for the crowd) and resolves the turn; returns its events. */
function turn(g: Game, orders: unknown[]): GameEvent[] {
  const sub = applyCommand(g, { type: 'submitOrders', playerId: 'polisi', orders });
  if (!sub.ok) throw new Error(`${sub.reason}: ${sub.message}`);
  const r = applyCommand(g, { type: 'resolveTurn', force: true });
  if (!r.ok) throw new Error(r.message);
  return r.events;
}

const applied = (ev: GameEvent[], unitId: string) => ev.flatMap((e) => (e.type === 'measure_applied' && e.unitId === unitId ? [[e.order, e.tick] as const] : []));

describe('a unit runs its orders in sequence', () => {
  it('move, then appeal: the appeal is made where the move ends, after arrival, not at tick 0 from the start', () => {
    const g = fresh();
    const start = g.state.tick;
    const u0 = g.state.units.find((u) => u.id === 'awal-1')!;
    const to = { x: u0.x - 10, y: u0.y };
    const ev = turn(g, [{ type: 'move', unitId: 'awal-1', waypoints: [to] }, { type: 'appeal', unitId: 'awal-1' }]);
    const arrived = ev.find((e) => e.type === 'unit_arrived' && e.unitId === 'awal-1')!;
    const appeal = ev.find((e) => e.type === 'appeal_made' && e.unitId === 'awal-1');
    expect(arrived.tick).toBeGreaterThan(start);
    expect(appeal, 'the appeal is made in the same minute').toBeDefined();
    expect(appeal!.tick).toBeGreaterThanOrEqual(arrived.tick);
    expect(applied(ev, 'awal-1').map(([o]) => o)).toEqual(['move', 'appeal']);
  });

  it('each order is judged when it takes effect, at that moment', () => {
    const g = fresh();
    const u0 = g.state.units.find((u) => u.id === 'awal-1')!;
    const ev = turn(g, [{ type: 'move', unitId: 'awal-1', waypoints: [{ x: u0.x - 10, y: u0.y }] }, { type: 'appeal', unitId: 'awal-1' }]);
    const judged = ev.filter((e) => e.type === 'measure_judged' && e.unitId === 'awal-1');
    const appliedTicks = applied(ev, 'awal-1').map(([, t]) => t);
    expect(judged.map((e) => e.tick)).toEqual(appliedTicks);
    expect(appliedTicks[1]).toBeGreaterThan(appliedTicks[0]!);
  });

  it('an order with atSecond starts at that second of the turn, whatever the one before is doing', () => {
    const g = fresh();
    const start = g.state.tick;
    const u0 = g.state.units.find((u) => u.id === 'awal-1')!;
    const ev = turn(g, [
      { type: 'move', unitId: 'awal-1', waypoints: [{ x: u0.x - 60, y: u0.y }] },
      { type: 'face', unitId: 'awal-1', toward: { x: u0.x, y: u0.y - 20 }, start: { atSecond: 20 } },
    ]);
    const face = applied(ev, 'awal-1').find(([o]) => o === 'face')!;
    expect(face[1] - start).toBe(Math.round(20 / g.state.tickSeconds));
  });

  it('a queue longer than the minute carries over into the next turn; a new first order replaces what is left', () => {
    const g = fresh();
    const u0 = g.state.units.find((u) => u.id === 'awal-1')!;
    // 180 m of walking does not fit in one minute at 1.3 m/s.
    const far = [{ x: u0.x - 60, y: u0.y }, { x: u0.x, y: u0.y }, { x: u0.x - 60, y: u0.y }];
    turn(g, [{ type: 'move', unitId: 'awal-1', waypoints: far }, { type: 'appeal', unitId: 'awal-1' }]);
    expect(g.state.queues['awal-1']?.pending.map((q) => q.order.type)).toEqual(['appeal']);
    const next = turn(g, [{ type: 'hold', unitId: 'awal-1' }]);
    expect(next).toContainEqual(expect.objectContaining({ type: 'orders_replaced', actorId: 'awal-1' }));
    expect(next.some((e) => e.type === 'appeal_made' && e.unitId === 'awal-1')).toBe(false);
  });

  it('after_previous on a first order joins the queue carried over instead of replacing it', () => {
    const g = fresh();
    const u0 = g.state.units.find((u) => u.id === 'awal-1')!;
    turn(g, [{ type: 'move', unitId: 'awal-1', waypoints: [{ x: u0.x - 60, y: u0.y }, { x: u0.x, y: u0.y }] }]);
    expect(g.state.queues['awal-1']?.running?.order.type).toBe('move');
    const ev = turn(g, [{ type: 'appeal', unitId: 'awal-1', start: 'after_previous' }]);
    // Later minutes with no new orders: the queue goes on by itself.
    for (let k = 0; k < 4 && !ev.some((e) => e.type === 'appeal_made'); k++) ev.push(...turn(g, []));
    const arrived = ev.find((e) => e.type === 'unit_arrived' && e.unitId === 'awal-1');
    const appeal = ev.find((e) => e.type === 'appeal_made' && e.unitId === 'awal-1');
    expect(arrived).toBeDefined();
    expect(appeal!.tick).toBeGreaterThanOrEqual(arrived!.tick);
  });

  it('a queued order is checked again when it starts: a gate broken by then blocks it, with the reason', () => {
    const g = fresh();
    const sub = applyCommand(g, { type: 'submitOrders', playerId: 'polisi', orders: [
      { type: 'appeal', unitId: 'awal-1' }, { type: 'gate', unitId: 'awal-1', gateId: 'main-gate', action: 'open', start: { atSecond: 10 } },
    ] });
    expect(sub.ok).toBe(true);
    const events = beginTurnResolution(g);
    const op = g.venue.openings.find((o) => o.id === 'main-gate')!;
    g.world.segments.state[op.segment] = SegState.breached;
    while (g.state.phase === 'resolving') events.push(...stepTick(g));
    expect(events).toContainEqual(expect.objectContaining({ type: 'order_blocked', unitId: 'awal-1', reason: 'gate_broken' }));
    expect(events.some((e) => e.type === 'measure_applied' && e.order === 'gate')).toBe(false);
  });
});

describe('standing orders and stop', () => {
  const spray = { type: 'water_cannon', unitId: 'awc-1', area: { x: 80, y: 22, r: 6 } };

  it('the water cannon keeps spraying into the next minute and is shown as standing', () => {
    const g = fresh();
    turn(g, [spray]);
    const awc = g.state.units.find((x) => x.id === 'awc-1')!;
    expect(awc.task?.type).toBe('water_cannon');
    expect(awc.standing?.order.type).toBe('water_cannon');
    expect(awc.standing?.untilTick).toBeNull();
  });

  it('stop ends the spraying (and says so); hold alone does not', () => {
    const g = fresh();
    turn(g, [spray]);
    turn(g, [{ type: 'hold', unitId: 'awc-1' }]);
    expect(g.state.units.find((x) => x.id === 'awc-1')!.task?.type).toBe('water_cannon');
    const ev = turn(g, [{ type: 'stop', unitId: 'awc-1' }]);
    const awc = g.state.units.find((x) => x.id === 'awc-1')!;
    expect(awc.task).toBeNull();
    expect(awc.standing).toBeNull();
    expect(ev).toContainEqual(expect.objectContaining({ type: 'order_ended', unitId: 'awc-1', reason: 'stopped', order: 'water_cannon' }));
    expect(ev.some((e) => e.type === 'water_cannon_fired' && e.unitId === 'awc-1' && e.tick > ev[0]!.tick)).toBe(false);
    // A stop is no measure: it is not judged.
    expect(ev.some((e) => e.type === 'measure_judged' && e.order === 'stop')).toBe(false);
  });

  it('a set duration ends the standing order by itself, then the next queued order starts', () => {
    const g = fresh();
    const start = g.state.tick;
    const ev = turn(g, [{ ...spray, seconds: 15 }, { type: 'appeal', unitId: 'awc-1', start: { atSecond: 50 } }]);
    const ended = ev.find((e) => e.type === 'order_ended' && e.unitId === 'awc-1');
    expect(ended).toMatchObject({ reason: 'duration', order: 'water_cannon' });
    const sprayStart = applied(ev, 'awc-1')[0]![1];
    expect(ended!.tick - sprayStart).toBe(Math.round(15 / g.state.tickSeconds));
    expect(ev.filter((e) => e.type === 'water_cannon_fired' && e.unitId === 'awc-1').every((e) => e.tick <= ended!.tick)).toBe(true);
    expect(applied(ev, 'awc-1').map(([o, t]) => [o, t - start])).toEqual([['water_cannon', 0], ['appeal', Math.round(50 / g.state.tickSeconds)]]);
  });

  it('a standing order replaced by another order of the unit ends as replaced', () => {
    const g = fresh();
    turn(g, [spray]);
    const ev = turn(g, [{ type: 'appeal', unitId: 'awc-1' }]);
    expect(ev).toContainEqual(expect.objectContaining({ type: 'order_ended', unitId: 'awc-1', reason: 'replaced', order: 'water_cannon' }));
  });
});

describe('the registry', () => {
  it('every order a unit type may take has a definition with its reach, targeting and stage', () => {
    for (const type of ['dalmas_awal', 'dalmas_lanjut', 'water_cannon', 'tim_tindak', 'dokkes'] as const) {
      for (const o of ordersOfUnitType(type)) {
        const def = policeOrderDef(o)!;
        expect(def.units).toContain(type);
        expect(def.stage).toBeGreaterThanOrEqual(0);
      }
      expect(ordersOfUnitType(type)).toContain('stop');
    }
  });
});

/** Random queues for every police unit, with random start times, durations and stops. */
const queueArb = fc.array(
  fc.record({ unit: fc.nat({ max: 6 }), kind: fc.nat({ max: 5 }), at: fc.option(fc.nat({ max: 80 }), { nil: undefined }), dx: fc.integer({ min: -30, max: 30 }), secs: fc.option(fc.integer({ min: 1, max: 90 }), { nil: undefined }) }),
  { minLength: 1, maxLength: 14 },
);

function buildQueue(g: Game, picks: { unit: number; kind: number; at?: number; dx: number; secs?: number }[]): unknown[] {
  const units = g.state.units;
  return picks.map((p) => {
    const u = units[p.unit % units.length]!;
    const start = p.at === undefined ? {} : { start: { atSecond: p.at } };
    const pt = { x: u.x + p.dx, y: u.y + p.dx / 2 };
    const allowed = ordersOfUnitType(u.type);
    const want = (['move', 'face', 'appeal', 'water_cannon', 'push', 'stop'] as const)[p.kind]!;
    const type = allowed.includes(want) ? want : 'hold';
    switch (type) {
      case 'move': return { type, unitId: u.id, waypoints: [pt], ...start };
      case 'face': return { type, unitId: u.id, toward: pt, ...start };
      case 'water_cannon': return { type, unitId: u.id, area: { x: 80, y: 22, r: 6 }, ...(p.secs ? { seconds: p.secs } : {}), ...start };
      case 'push': return { type, unitId: u.id, toward: pt, ...(p.secs ? { seconds: p.secs } : {}), ...start };
      default: return { type, unitId: u.id, ...start };
    }
  });
}

describe('property: random queues', () => {
  it('are deterministic, keep the queue invariants, and a stop always ends the task it meets', () => {
    fc.assert(
      fc.property(queueArb, queueArb, (first, second) => {
        const play = (): { g: Game; events: GameEvent[] } => {
          const g = fresh(11);
          const events: GameEvent[] = [];
          for (const picks of [first, second]) {
            const sub = applyCommand(g, { type: 'submitOrders', playerId: 'polisi', orders: buildQueue(g, picks) });
            if (!sub.ok) continue;
            const r = applyCommand(g, { type: 'resolveTurn', force: true });
            if (r.ok) events.push(...r.events);
          }
          return { g, events };
        };
        const a = play();
        const b = play();
        expect(hashGame(a.g)).toBe(hashGame(b.g));
        // Invariants: queues hold only waiting orders of known units; a standing record cites an order that was applied.
        const appliedIds = new Set(a.events.flatMap((e) => (e.type === 'measure_applied' ? [e.orderId] : [])));
        for (const [actor, q] of Object.entries(a.g.state.queues)) {
          expect(a.g.state.units.some((u) => u.id === actor) || a.g.state.groups.some((x) => x.id === actor)).toBe(true);
          for (const p of q.pending) expect(appliedIds.has(p.orderId)).toBe(false);
        }
        for (const u of a.g.state.units) if (u.standing) expect(appliedIds.has(u.standing.orderId)).toBe(true);
        // Every stop that took effect left its unit with no task and no standing measure on that tick.
        for (const e of a.events) {
          if (e.type !== 'measure_applied' || e.order !== 'stop') continue;
          const sameTick = a.events.filter((x) => x.tick === e.tick && x.type === 'measure_applied' && x.unitId === e.unitId);
          const last = sameTick[sameTick.length - 1]!;
          if (last.type === 'measure_applied' && last.orderId === e.orderId) {
            const later = a.events.filter((x) => x.tick === e.tick && (x.type === 'water_cannon_fired') && x.unitId === e.unitId && a.events.indexOf(x) > a.events.indexOf(e));
            expect(later).toEqual([]);
          }
        }
      }),
      { numRuns: 12 },
    );
  });
});

describe('routed paths', () => {
  it('go round the KPU building instead of through it, and end at the target', () => {
    const g = fresh();
    const b = g.venue.file.buildings[0]!;
    const xs = b.footprint.map((p) => p[0]);
    const ys = b.footprint.map((p) => p[1]);
    const minX = Math.min(...xs); const maxX = Math.max(...xs); const minY = Math.min(...ys); const maxY = Math.max(...ys);
    const midY = (minY + maxY) / 2;
    const from = { x: minX - 4, y: midY };
    const to = { x: maxX + 4, y: midY };
    const path = routeThrough(g, from, [to]);
    expect(path[0]).toEqual(from);
    expect(path.at(-1)).toEqual(to);
    expect(path.length).toBeGreaterThan(2);
    // No corner lies inside the footprint.
    for (const p of path.slice(1, -1)) expect(p.x > minX && p.x < maxX && p.y > minY && p.y < maxY).toBe(false);
  });
});
