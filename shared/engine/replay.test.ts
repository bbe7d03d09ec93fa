import { describe, it, expect } from 'vitest';
import { createGame, applyCommand, beginTurnResolution, stepTick, createReplay, hashGame, canResolve, type Command, type Game, type GameState } from './index';
import { doctrineSetup } from './doctrine/fixtures';

/**
 * Seek semantics (docs/ENGINE.md, Time): seek(t) at a turn boundary t = k x 120 shows the end of the
 * k-th resolved turn (tick 0: the game as created), before the planning commands that followed and
 * before the next turn's orders were applied; inside a turn it shows the turn being resolved. Checked
 * against a live game recorded tick by tick.
 */

const SETUP = doctrineSetup(60, 4);
const SEED = 17;

/** Three turns with planning between them (orders, end of planning, an instructor's override) and planning after the last. */
const LOG: Command[] = [
  { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'appeal', unitId: 'awal-1' }] },
  { type: 'submitOrders', playerId: 'massa', orders: [{ type: 'march', groupId: 'massa-1', to: { x: 79, y: 24 } }] },
  { type: 'endPlan', playerId: 'polisi' },
  { type: 'endPlan', playerId: 'massa' },
  { type: 'resolveTurn' },
  { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'formation', unitId: 'awal-1', formation: 'berbanjar' }, { type: 'appeal', unitId: 'awal-1' }] },
  { type: 'setSituationLevel', playerId: 'dirlat', level: 'kuning', reason: 'uji' },
  { type: 'submitOrders', playerId: 'massa', orders: [{ type: 'orasi', groupId: 'massa-1' }] },
  { type: 'resolveTurn', force: true },
  { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'water_cannon', unitId: 'awc-1', area: { x: 79, y: 26, r: 6 } }] },
  { type: 'submitOrders', playerId: 'massa', orders: [{ type: 'push_line', groupId: 'massa-1', toward: { x: 79, y: 40 } }] },
  { type: 'resolveTurn', force: true },
];

interface Live { hashes: Map<number, string>; states: Map<number, GameState>; final: Game }

/**
 * Plays the log live and records, for every tick t, the hash and state a scrubber at t should show:
 * for a boundary, right after the turn's last tick (tick 0: as created); inside a turn, after t ticks.
 */
function playLive(log: readonly Command[], setup = SETUP): Live {
  const r = createGame(setup, SEED);
  if (!r.ok) throw new Error(r.message);
  const g = r.game;
  const hashes = new Map<number, string>([[0, hashGame(g)]]);
  const states = new Map<number, GameState>([[0, g.state]]);
  for (const c of log) {
    if (canResolve(g, c) !== true) {
      const res = applyCommand(g, c);
      if (!res.ok) throw new Error(`${c.type}: ${res.message}`);
      continue;
    }
    beginTurnResolution(g);
    while (g.state.phase === 'resolving') {
      stepTick(g);
      hashes.set(g.state.tick, hashGame(g));
      states.set(g.state.tick, g.state);
    }
  }
  return { hashes, states, final: g };
}

function replay(log: readonly Command[], snapshotEvery = 25, setup = SETUP) {
  const r = createReplay(setup, SEED, log, { snapshotEvery });
  if (!r.ok) throw new Error(r.message);
  return r.replay;
}

describe('seek', () => {
  const live = playLive(LOG);
  const rep = replay(LOG);

  it('the log resolves three turns', () => {
    expect(rep.totalTicks).toBe(360);
    expect(rep.turnHashes).toHaveLength(3);
  });

  it('tick 0 is the game as created, before any order', () => {
    const g = rep.seek(0);
    expect(hashGame(g)).toBe(live.hashes.get(0));
    expect(g.state).toEqual(live.states.get(0));
    expect([g.state.tick, g.state.turn, g.state.phase, g.state.planned]).toEqual([0, 0, 'planning', {}]);
  });

  it('tick 120 is the end of the first turn: its turn hash, planning, no orders of the second turn, no override yet', () => {
    const g = rep.seek(120);
    expect(hashGame(g)).toBe(rep.turnHashes[0]);
    expect(hashGame(g)).toBe(live.hashes.get(120));
    expect(g.state).toEqual(live.states.get(120));
    expect([g.state.tick, g.state.turn, g.state.phase, g.state.planned, g.state.doctrine.override]).toEqual([120, 1, 'planning', {}, null]);
    expect(g.state.units[0]!.formation).toBe('bersaf');
  });

  it('tick 240 is the end of the second turn, tick 360 the end of the last', () => {
    expect(hashGame(rep.seek(240))).toBe(rep.turnHashes[1]);
    expect(rep.seek(240).state).toEqual(live.states.get(240));
    expect(hashGame(rep.seek(360))).toBe(rep.turnHashes[2]);
    expect(rep.seek(360).state.phase).toBe('planning');
  });

  it('a tick inside a turn shows that turn resolving, its orders applied', () => {
    const g = rep.seek(121);
    expect([g.state.tick, g.state.turn, g.state.phase]).toEqual([121, 1, 'resolving']);
    expect(g.state.units[0]!.formation).toBe('berbanjar');
    expect(g.state.doctrine.level).toBe('kuning');
    expect(hashGame(g)).toBe(live.hashes.get(121));
  });

  it('seek(t) equals the live game at every tick, hash and state, 0 to 360', () => {
    const wrong: number[] = [];
    for (let t = 0; t <= 360; t++) {
      const g = rep.seek(t);
      if (g.state.tick !== t || hashGame(g) !== live.hashes.get(t)) wrong.push(t);
    }
    expect(wrong).toEqual([]);
    for (const t of [1, 60, 119, 125, 239, 241, 359]) expect(rep.seek(t).state, `tick ${t}`).toEqual(live.states.get(t));
  });

  it('any snapshot spacing gives the same answers', () => {
    const dense = replay(LOG, 1);
    const sparse = replay(LOG, 1000);
    for (const t of [0, 1, 119, 120, 121, 200, 240, 241, 360]) {
      expect(hashGame(dense.seek(t)), `tick ${t}`).toBe(live.hashes.get(t));
      expect(hashGame(sparse.seek(t)), `tick ${t}`).toBe(live.hashes.get(t));
    }
  });

  it('ticks outside the replay are clamped, fractions rounded down', () => {
    expect(hashGame(rep.seek(-5))).toBe(live.hashes.get(0));
    expect(hashGame(rep.seek(Number.NaN))).toBe(live.hashes.get(0));
    expect(hashGame(rep.seek(1e9))).toBe(rep.turnHashes[2]);
    expect(hashGame(rep.seek(Number.POSITIVE_INFINITY))).toBe(rep.turnHashes[2]);
    expect(hashGame(rep.seek(120.9))).toBe(rep.turnHashes[0]);
  });

  it('seek returns independent games: stepping one changes neither the replay nor a later seek', () => {
    const a = rep.seek(130);
    for (let k = 0; k < 20; k++) stepTick(a);
    expect(a.state.tick).toBe(150);
    expect(hashGame(a)).toBe(live.hashes.get(150));
    expect(hashGame(rep.seek(130))).toBe(live.hashes.get(130));
  });

  it('final keeps planning after the last turn; seek of the last tick does not', () => {
    const more = replay([...LOG, { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'hold', unitId: 'awal-1' }] }]);
    expect(more.final.state.planned['polisi']).toHaveLength(1);
    expect(hashGame(more.final)).not.toBe(more.turnHashes[2]);
    expect(more.seek(360).state.planned).toEqual({});
    expect(hashGame(more.seek(360))).toBe(more.turnHashes[2]);
  });

  it('a replay with no resolved turn seeks to the game as created', () => {
    const none = replay(LOG.slice(0, 2));
    expect(none.totalTicks).toBe(0);
    expect(hashGame(none.seek(0))).toBe(live.hashes.get(0));
    expect(hashGame(none.seek(50))).toBe(live.hashes.get(0));
    expect(none.final.state.planned['polisi']).toHaveLength(1);
  });

  it('the last tick of a game that is over shows it over', () => {
    const short = { ...SETUP, turnLimit: 2 };
    const log = LOG.slice(0, 9);
    const rp = replay(log, 25, short);
    const lv = playLive(log, short);
    expect(rp.seek(240).state.phase).toBe('over');
    expect(hashGame(rp.seek(240))).toBe(lv.hashes.get(240));
    expect(hashGame(rp.seek(120))).toBe(lv.hashes.get(120));
  });
});

describe('what a replay keeps', () => {
  it('keeps every event of the log, in order, exactly as the live game produced them', () => {
    const r = createGame(SETUP, SEED);
    if (!r.ok) throw new Error(r.message);
    const liveEvents: unknown[] = [];
    for (const command of LOG) {
      const result = applyCommand(r.game, command);
      if (!result.ok) throw new Error(result.message);
      liveEvents.push(...result.events);
    }
    expect(liveEvents.length).toBeGreaterThan(0);
    expect(replay(LOG).events).toEqual(liveEvents);
  });

  it.each([1, 7, 25, 30, 120, 500])('keeps a keyframe at each turn start and every %i ticks inside it, so no seek steps further', (every) => {
    const r = replay(LOG, every);
    const expected: number[] = [];
    for (let start = 0; start < r.totalTicks; start += 120) {
      for (let tick = start; tick < start + 120; tick += 1) if (tick === start || tick % every === 0) expected.push(tick);
    }
    expect(r.keyframeTicks).toEqual(expected);
  });

  it('refuses a log the engine refuses, naming the command', () => {
    const broken = createReplay(SETUP, SEED, [LOG[0], { type: 'resolveTurn' }]);
    expect(broken).toMatchObject({ ok: false, reason: 'players_not_ready', commandIndex: 1 });
    const badSetup = createReplay({ venueId: 'nowhere' }, SEED, []);
    expect(badSetup).toMatchObject({ ok: false, commandIndex: -1 });
  });

  it('takes the default spacing of 30 ticks, and never less than one', () => {
    const standard = createReplay(SETUP, SEED, LOG);
    if (!standard.ok) throw new Error(standard.message);
    expect(standard.replay.keyframeTicks).toEqual(createReplayTicks(30));
    const zero = createReplay(SETUP, SEED, LOG, { snapshotEvery: 0 });
    if (!zero.ok) throw new Error(zero.message);
    expect(zero.replay.keyframeTicks).toEqual(createReplayTicks(1));
  });
});

/** The keyframe ticks of LOG's three turns at a spacing of `every`. */
function createReplayTicks(every: number): number[] {
  const ticks: number[] = [];
  for (let start = 0; start < 360; start += 120) for (let tick = start; tick < start + 120; tick += 1) if (tick === start || tick % every === 0) ticks.push(tick);
  return ticks;
}
