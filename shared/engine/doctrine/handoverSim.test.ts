import { describe, it, expect } from 'vitest';
import { createGame, applyCommand, hashGame, snapshotGame, restoreGame, type Game, type GameEvent, type SetupInput } from '../index';

/**
 * Issue #15 item 6, rule tactical_control: Dalmas Lanjut's lapis ganti on a Dalmas Awal line in contact
 * with a crowd completes in the simulation (handover_completed, kendali taktis passes), also when the
 * relief is given gas on its way to the line, so the water cannon and gas ordered afterwards are not
 * judged "questionable (tactical control)" (DOCTRINE.md sections 2-4).
 */

type Judged = Extract<GameEvent, { type: 'measure_judged' }>;

/** Dalmas Awal in front of the KPU gate facing the lot, Dalmas Lanjut `lanjutAt`, an AWC on the street; one pushing crowd. */
function setup(lanjutAt: SetupInput['police'][number]['staging']): SetupInput {
  const police: SetupInput['police'] = [
    { id: 'awal-1', type: 'dalmas_awal', staging: { x: 79, y: 27 }, heading: -Math.PI / 2 },
    { id: 'lanjut-1', type: 'dalmas_lanjut', staging: lanjutAt, heading: -Math.PI / 2 },
    { id: 'awc-1', type: 'water_cannon', staging: { x: 95, y: 32 }, heading: -Math.PI / 2 },
  ];
  return {
    venueId: 'kpu-office', turnLimit: 12,
    players: [
      { id: 'polisi', name: 'Kapolres', side: 'police', controls: police.map((u) => u.id) },
      { id: 'massa', name: 'Massa', side: 'crowd', controls: ['massa-1'] },
    ],
    police,
    crowd: [{ id: 'massa-1', arrival: 'lot-south', size: 200, provocateurs: 2, sajam: 0 }],
  };
}

function run(g: Game, player: string, orders: unknown[]): void {
  const r = applyCommand(g, { type: 'submitOrders', playerId: player, orders } as never);
  if (!r.ok) throw new Error(`${r.reason} ${r.message}`);
}
function resolve(g: Game): GameEvent[] {
  const r = applyCommand(g, { type: 'resolveTurn', force: true });
  if (!r.ok) throw new Error(`${r.reason} ${r.message}`);
  return r.events;
}

function membersNear(g: Game, x: number, y: number, r: number): number {
  const a = g.world.agents;
  const grp = g.state.groups[0]!;
  let n = 0;
  for (let i = grp.first; i < grp.first + grp.count; i++) if ((a.x[i]! - x) ** 2 + (a.y[i]! - y) ** 2 < r * r) n++;
  return n;
}

const STAGINGS = [['just behind the line', { x: 79, y: 37 }], ['40 m down the street', { x: 40, y: 30 }], ['inside the compound, behind the fence', 'yard-west']] as const;
const SEEDS = [1, 2, 3, 4, 5];

/** Contact (the crowd pushing on the Awal line, three appeals heard), then the lapis ganti while the crowd throws. Returns the order's tick. */
function contactThenLapisGanti(g: Game): number {
  run(g, 'massa', [{ type: 'push_line', groupId: 'massa-1', toward: { x: 79, y: 27 } }]);
  run(g, 'polisi', [{ type: 'appeal', unitId: 'awal-1' }, { type: 'appeal', unitId: 'awal-1' }, { type: 'appeal', unitId: 'awal-1' }]);
  resolve(g);
  expect(membersNear(g, 79, 27, 8)).toBeGreaterThanOrEqual(5);
  const t0 = g.state.tick;
  run(g, 'polisi', [{ type: 'lapis_ganti', unitId: 'lanjut-1', relieveUnitId: 'awal-1' }]);
  run(g, 'massa', [{ type: 'throw', groupId: 'massa-1', at: { x: 79, y: 27 } }]);
  return t0;
}

describe('lapis ganti in the simulation (rule tactical_control)', () => {
  for (const [where, at] of STAGINGS) {
    it(`completes within two minutes with Dalmas Lanjut ${where}, across seeds, even with gas ordered on the way; later water and gas are not questioned for tactical control`, () => {
      for (const seed of SEEDS) {
        const r = createGame(setup(at), seed);
        if (!r.ok) throw new Error(r.message);
        const g = r.game;
        const t0 = contactThenLapisGanti(g);
        const events = resolve(g);
        // The next turn: gas from the relief (wherever it is by now) and water from the AWC.
        run(g, 'polisi', [
          { type: 'tear_gas', unitId: 'lanjut-1', area: { x: 79, y: 15, r: 6 } },
          { type: 'water_cannon', unitId: 'awc-1', area: { x: 85, y: 20, r: 6 } },
        ]);
        events.push(...resolve(g), ...resolve(g));
        // Long after the 180 s grace of an ordered handover: water again.
        run(g, 'polisi', [{ type: 'water_cannon', unitId: 'awc-1', area: { x: 80, y: 18, r: 6 } }]);
        events.push(...resolve(g));
        const done = events.find((e) => e.type === 'handover_completed');
        expect(done, `seed ${seed}`).toMatchObject({ unitId: 'lanjut-1', relievedUnitId: 'awal-1', kind: 'lapis_ganti' });
        expect((done!.tick - t0) * g.state.tickSeconds, `seed ${seed}`).toBeLessThanOrEqual(120);
        expect(events.filter((e) => e.type === 'handover_completed')).toHaveLength(1);
        expect(g.state.doctrine.control).toMatchObject({ leadUnitId: 'lanjut-1', echelon: 'dalmas_lanjut' });
        const force = events.filter((e): e is Judged => e.type === 'measure_judged' && (e.order === 'tear_gas' || e.order === 'water_cannon'));
        expect(force.length, `seed ${seed}`).toBeGreaterThanOrEqual(3);
        for (const j of force) expect(j.issues, `seed ${seed} ${j.order} at ${j.tick}`).not.toContain('tactical_control');
      }
    });
  }

  it('a relief sent elsewhere before it reaches the line has abandoned the lapis ganti: no handover, control stays with Dalmas Awal', () => {
    const r = createGame(setup('yard-west'), 2);
    if (!r.ok) throw new Error(r.message);
    const g = r.game;
    contactThenLapisGanti(g);
    const events = resolve(g);
    expect(events.some((e) => e.type === 'handover_completed')).toBe(false);
    run(g, 'polisi', [{ type: 'move', unitId: 'lanjut-1', waypoints: [{ x: 30, y: 32 }] }]);
    events.push(...resolve(g), ...resolve(g));
    expect(events.some((e) => e.type === 'handover_completed')).toBe(false);
    expect(g.state.doctrine.control.echelon).toBe('dalmas_awal');
  });

  it('a handover under way survives a snapshot: the restored game completes it at the same tick with the same hash', () => {
    const r = createGame(setup('yard-west'), 3);
    if (!r.ok) throw new Error(r.message);
    const g = r.game;
    contactThenLapisGanti(g);
    resolve(g);
    expect(g.state.doctrine.handover).toMatchObject({ unitId: 'lanjut-1', relievedUnitId: 'awal-1', kind: 'lapis_ganti' });
    const copy = restoreGame(snapshotGame(g));
    if (!copy.ok) throw new Error(copy.message);
    const gas = [{ type: 'tear_gas', unitId: 'lanjut-1', area: { x: 79, y: 15, r: 6 } }];
    run(g, 'polisi', gas);
    run(copy.game, 'polisi', gas);
    const a = [...resolve(g), ...resolve(g)].find((e) => e.type === 'handover_completed');
    const b = [...resolve(copy.game), ...resolve(copy.game)].find((e) => e.type === 'handover_completed');
    expect(a).toBeDefined();
    expect(b).toEqual(a);
    expect(hashGame(copy.game)).toBe(hashGame(g));
  });
});
