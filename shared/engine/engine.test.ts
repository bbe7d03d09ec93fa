import { describe, it, expect } from 'vitest';
import { createGame, applyCommand, hashGame, snapshotGame, restoreGame, createReplay, stepTick, beginTurnResolution, unitTypes, AgentKind, type Game } from './index';
import { smallSetup } from './fixtures';

function game(seed = 7, crowd = 80, turns = 4): Game {
  const r = createGame(smallSetup(crowd, turns), seed);
  if (!r.ok) throw new Error(r.message);
  return r.game;
}

const turn = (police: unknown[], crowd: unknown[]): unknown[] => [
  { type: 'submitOrders', playerId: 'polisi', orders: police },
  { type: 'submitOrders', playerId: 'massa', orders: crowd },
  { type: 'resolveTurn', force: true },
];

const LOG: unknown[] = [
  ...turn([{ type: 'formation', unitId: 'desak-1', formation: 'anak_panah' }, { type: 'appeal', unitId: 'awal-1' }], [{ type: 'march', groupId: 'massa-1', to: { x: 80, y: 22 } }]),
  ...turn([{ type: 'push', unitId: 'desak-1', toward: { x: 80, y: 12 } }], [{ type: 'orasi', groupId: 'massa-1' }]),
];

describe('setup', () => {
  it('rejects bad setups with a typed reason', () => {
    expect(createGame({ nonsense: true }, 1)).toMatchObject({ ok: false, reason: 'invalid_setup' });
    expect(createGame({ ...smallSetup(), venueId: 'mars' }, 1)).toMatchObject({ ok: false, reason: 'unknown_venue' });
  });
  it('spawns every agent inside the bounds with its kind and team', () => {
    const g = game();
    const a = g.world.agents;
    const b = g.venue.file.bounds;
    const n = g.world.header[0]!;
    expect(n).toBe(38 + 30 + 1 + 10 + 3 + 7 + 80 + 11);
    const wrong: string[] = [];
    for (let i = 0; i < n; i++) {
      if (!(a.x[i]! > b.minX && a.x[i]! < b.maxX && a.y[i]! > b.minY && a.y[i]! < b.maxY)) wrong.push(`agent ${i} at ${a.x[i]},${a.y[i]}`);
    }
    g.state.units.forEach((u, ui) => {
      for (let i = u.first; i < u.first + u.count; i++) {
        const vehicle = unitTypes[u.type].vehicle && i === u.first;
        if (a.kind[i] !== (vehicle ? AgentKind.vehicle : AgentKind.officer) || a.team[i] !== ui) wrong.push(`${u.id} agent ${i}: kind ${a.kind[i]} team ${a.team[i]}`);
      }
    });
    g.state.groups.forEach((grp, gi) => {
      for (let i = grp.first; i < grp.first + grp.count; i++) if (a.kind[i] !== AgentKind.protester || a.team[i] !== gi) wrong.push(`${grp.id} agent ${i}`);
    });
    g.state.protectedParties.forEach((p, pi) => {
      for (let i = p.first; i < p.first + p.count; i++) if (a.kind[i] !== AgentKind.protected || a.team[i] !== pi) wrong.push(`${p.id} agent ${i}`);
    });
    expect(wrong).toEqual([]);
    const covered = g.state.units.reduce((k, u) => k + u.count, 0) + g.state.groups.reduce((k, grp) => k + grp.count, 0) + g.state.protectedParties.reduce((k, p) => k + p.count, 0);
    expect(covered).toBe(n);
  });
});

describe('commands', () => {
  it('rejects illegal orders with a typed reason and leaves the game unchanged', () => {
    const g = game();
    const before = hashGame(g);
    const cases: [unknown, string][] = [
      [{ type: 'submitOrders', playerId: 'massa', orders: [{ type: 'hold', unitId: 'awal-1' }] }, 'not_your_unit'],
      [{ type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'water_cannon', unitId: 'awal-1', area: { x: 79, y: 30, r: 5 } }] }, 'order_not_allowed'],
      [{ type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'water_cannon', unitId: 'awc-1', area: { x: 150, y: 120, r: 5 } }] }, 'out_of_reach'],
      [{ type: 'submitOrders', playerId: 'ghost', orders: [] }, 'unknown_player'],
      [{ type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'fly' }] }, 'invalid_command'],
      [{ type: 'resolveTurn' }, 'players_not_ready'],
      ['garbage', 'invalid_command'],
    ];
    for (const [cmd, reason] of cases) {
      const r = applyCommand(g, cmd);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toBe(reason);
      expect(hashGame(g)).toBe(before);
    }
  });

  it('refuses everything once the game is over', () => {
    const g = game(3, 20, 1);
    expect(applyCommand(g, { type: 'resolveTurn', force: true }).ok).toBe(true);
    expect(g.state.phase).toBe('over');
    const h = hashGame(g);
    expect(applyCommand(g, { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'hold', unitId: 'awal-1' }] })).toMatchObject({ ok: false, reason: 'game_over' });
    expect(hashGame(g)).toBe(h);
  });

  it('every police order becomes a measure event with its force stage', () => {
    const g = game();
    applyCommand(g, { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'push', unitId: 'desak-1', toward: { x: 80, y: 20 } }, { type: 'appeal', unitId: 'awal-1' }] });
    const r = applyCommand(g, { type: 'resolveTurn', force: true });
    if (!r.ok) throw new Error(r.message);
    const measures = r.events.filter((e) => e.type === 'measure_applied');
    expect(measures.map((e) => (e.type === 'measure_applied' ? [e.order, e.forceStage] : []))).toEqual([['push', 4], ['appeal', 2]]);
  });
});

describe('determinism, snapshots and seek', () => {
  it('the same setup, seed and commands give the same hashes; another seed differs', () => {
    const run = (seed: number): string[] => {
      const g = game(seed);
      return LOG.map((c) => { applyCommand(g, c); return hashGame(g); });
    };
    expect(run(5)).toEqual(run(5));
    expect(run(5)).not.toEqual(run(6));
  });

  it('snapshot and restore give an identical game that evolves identically', () => {
    const g = game();
    applyCommand(g, LOG[0]);
    applyCommand(g, LOG[1]);
    beginTurnResolution(g);
    for (let k = 0; k < 17; k++) stepTick(g);
    const snap = snapshotGame(g);
    const r = restoreGame(snap);
    if (!r.ok) throw new Error(r.message);
    expect(hashGame(r.game)).toBe(hashGame(g));
    for (let k = 0; k < 30; k++) { stepTick(g); stepTick(r.game); }
    expect(hashGame(r.game)).toBe(hashGame(g));
    expect(restoreGame(new Uint8Array(10)).ok).toBe(false);
  });

  it('seek(tick) matches a straight run at that tick (a turn boundary: the end of the turn just resolved)', () => {
    const rep = createReplay(smallSetup(80, 4), 7, LOG, { snapshotEvery: 25 });
    if (!rep.ok) throw new Error(rep.message);
    const straight = game();
    const hashes = new Map<number, string>([[0, hashGame(straight)]]);
    for (const c of LOG) {
      if ((c as { type: string }).type === 'resolveTurn') {
        beginTurnResolution(straight);
        while (straight.state.phase === 'resolving') { stepTick(straight); hashes.set(straight.state.tick, hashGame(straight)); }
      } else applyCommand(straight, c);
    }
    for (const t of [0, 1, 24, 25, 60, 119, 120, 121, 200, 240]) expect(hashGame(rep.replay.seek(t)), `tick ${t}`).toBe(hashes.get(t));
    expect(hashGame(rep.replay.seek(120))).toBe(rep.replay.turnHashes[0]);
    expect(rep.replay.turnHashes[1]).toBe(hashGame(straight));
  });
});
