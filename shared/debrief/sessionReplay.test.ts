import { describe, expect, it } from 'vitest';
import { createReplay, hashGame, snapshotGame, type Command } from '../engine/index';
import { doctrineSetup } from '../engine/doctrine/fixtures';
import { SessionReplay, type ReplaySource } from './sessionReplay';
import { readTurnLog } from './commandLog';

/**
 * The debrief's seek must show exactly what the engine's own replay shows at every tick (docs/ENGINE.md,
 * Time), whichever way it gets there: from stored turn snapshots, by simulating from the setup, by
 * stepping forward during playback or jumping backwards while scrubbing.
 */

const SETUP = doctrineSetup(60, 4);
const SEED = 17;
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
  { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'hold', unitId: 'awal-1' }] },
];

/** The engine's own replay of LOG (the reference) and the source storage would hold for it. */
function recorded() {
  const made = createReplay(SETUP, SEED, LOG, { snapshotEvery: 7 });
  if (!made.ok) throw new Error(made.message);
  const reference = made.replay;
  const ticksPerTurn = reference.final.state.ticksPerTurn;
  const turns = reference.turnHashes.map((stateHash, k) => ({ turn: k + 1, endTick: (k + 1) * ticksPerTurn, stateHash }));
  const source: ReplaySource = { setup: SETUP, seed: SEED, commands: LOG, turns };
  return { reference, source, ticksPerTurn };
}

/** A deterministic shuffle of 0..n. */
function scrambled(n: number, seed: number): number[] {
  const out = Array.from({ length: n + 1 }, (_, i) => i);
  let s = seed;
  for (let i = out.length - 1; i > 0; i -= 1) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('SessionReplay.seek', () => {
  const { reference, source, ticksPerTurn } = recorded();

  it('shows at every tick, in any order, what the engine replay shows there (no stored snapshots)', () => {
    const made = SessionReplay.create(source, { keyframeEvery: 9 });
    if (!made.ok) throw new Error(made.message);
    const replay = made.replay;
    expect(replay.totalTicks).toBe(reference.totalTicks);
    for (const tick of scrambled(reference.totalTicks, 5)) {
      const game = replay.seek(tick);
      expect({ tick, hash: hashGame(game), phase: game.state.phase }).toEqual({ tick, hash: hashGame(reference.seek(tick)), phase: reference.seek(tick).state.phase });
    }
    expect(replay.mismatchedTurns).toEqual([]);
  });

  it('starting from stored turn snapshots gives the same moments, and playing forward only steps', () => {
    const made = SessionReplay.create(source, { lastTurnSnapshot: snapshotGame(reference.seek(3 * ticksPerTurn)) });
    if (!made.ok) throw new Error(made.message);
    const replay = made.replay;
    expect(replay.addTurnSnapshot(1, snapshotGame(reference.seek(ticksPerTurn)))).toBe(true);
    expect(hashGame(replay.seek(replay.totalTicks))).toBe(reference.turnHashes[2]);
    for (let tick = 0; tick <= reference.totalTicks; tick += 1) expect(hashGame(replay.seek(tick)), `tick ${tick}`).toBe(hashGame(reference.seek(tick)));
    for (let tick = reference.totalTicks; tick >= 0; tick -= 13) expect(hashGame(replay.seek(tick)), `back to ${tick}`).toBe(hashGame(reference.seek(tick)));
  });

  it('refuses a stored snapshot that does not restore to the turn recorded hash', () => {
    const made = SessionReplay.create(source);
    if (!made.ok) throw new Error(made.message);
    expect(made.replay.addTurnSnapshot(2, snapshotGame(reference.seek(ticksPerTurn)))).toBe(false);
    expect(made.replay.hasTurnEnd(2)).toBe(false);
    expect(made.replay.addTurnSnapshot(2, new Uint8Array([1, 2, 3]))).toBe(false);
    expect(hashGame(made.replay.seek(2 * ticksPerTurn))).toBe(reference.turnHashes[1]);
  });

  it('reports a turn whose simulated end differs from the recorded hash', () => {
    const tampered = { ...source, turns: source.turns.map((turn, k) => (k === 1 ? { ...turn, stateHash: '0000000000000000' } : turn)) };
    const made = SessionReplay.create(tampered);
    if (!made.ok) throw new Error(made.message);
    made.replay.seek(made.replay.totalTicks);
    expect(made.replay.mismatchedTurns).toEqual([2]);
  });

  it('refuses a log that resolves fewer turns than storage recorded', () => {
    const made = SessionReplay.create({ ...source, commands: LOG.slice(0, 5) });
    expect(made.ok).toBe(false);
  });

  it('warm fills every tick of the charts, a few ticks at a time, matching the metrics at each moment', () => {
    const made = SessionReplay.create(source, { lastTurnSnapshot: snapshotGame(reference.seek(3 * ticksPerTurn)) });
    if (!made.ok) throw new Error(made.message);
    const replay = made.replay;
    let rounds = 0;
    while (replay.warm(25)) rounds += 1;
    expect(replay.metrics.firstUnknown()).toBe(-1);
    expect(replay.metrics.knownCount()).toBe(reference.totalTicks + 1);
    expect(rounds).toBeGreaterThanOrEqual(Math.floor(reference.totalTicks / 25) - 1);
    for (const tick of [0, 1, ticksPerTurn, ticksPerTurn + 40, reference.totalTicks]) {
      const state = reference.seek(tick).state;
      expect(replay.metrics.at('legitimacy', tick)).toBeCloseTo(state.legitimacy, 5);
      expect(replay.metrics.at('injuredProtesters', tick)).toBe(state.stats.injuredProtesters);
    }
  });
});

describe('readTurnLog', () => {
  it('names every order with the id the engine gave it, traced to its player and turn', () => {
    const { reference } = recorded();
    const log = readTurnLog(LOG);
    expect(log.resolvedTurns).toBe(3);
    expect(log.resolveAt).toEqual([-1, 4, 8, 11]);
    const applied = reference.events.filter((event) => event.type === 'measure_applied' || event.type === 'crowd_action');
    expect(applied.length).toBeGreaterThan(0);
    for (const event of applied) {
      const given = log.byOrderId.get((event as { orderId: string }).orderId);
      expect(given, (event as { orderId: string }).orderId).toBeDefined();
      expect(given!.turn).toBe(Math.floor(event.tick / 120) + 1);
    }
    expect(log.instructorCommands).toEqual([{ turn: 2, playerId: 'dirlat', command: LOG[6] }]);
    // The unresolved plan after the last turn is not an order that took effect.
    expect(log.orders.some((order) => order.turn > 3)).toBe(false);
  });
});
