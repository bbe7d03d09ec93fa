import { describe, expect, it } from 'vitest';
import { createReplay, snapshotGame, type Command, type Game } from '../engine/index';
import { doctrineSetup } from '../engine/doctrine/fixtures';
import { SessionReplay, type ReplaySource } from './sessionReplay';
import { trackCentres, TRAIL_SECONDS, TrackStore } from './tracks';

/**
 * The trails the debrief draws must be where the engine's own replay puts every unit and group at
 * those ticks, however the debrief's replay got there (stepping, warming, stored turn ends).
 */

const SETUP = doctrineSetup(60, 4);
const SEED = 23;
const LOG: Command[] = [
  { type: 'submitOrders', playerId: 'massa', orders: [{ type: 'march', groupId: 'massa-1', to: { x: 79, y: 24 } }] },
  { type: 'resolveTurn', force: true },
  { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'formation', unitId: 'awal-1', formation: 'berbanjar' }] },
  { type: 'submitOrders', playerId: 'massa', orders: [{ type: 'push_line', groupId: 'massa-1', toward: { x: 79, y: 40 } }] },
  { type: 'resolveTurn', force: true },
];

function recorded() {
  const made = createReplay(SETUP, SEED, LOG, { snapshotEvery: 11 });
  if (!made.ok) throw new Error(made.message);
  const reference = made.replay;
  const ticksPerTurn = reference.final.state.ticksPerTurn;
  const turns = reference.turnHashes.map((stateHash, k) => ({ turn: k + 1, endTick: (k + 1) * ticksPerTurn, stateHash }));
  const source: ReplaySource = { setup: SETUP, seed: SEED, commands: LOG, turns };
  return { reference, source, ticksPerTurn };
}

function centresOf(game: Game): { x: Float32Array; y: Float32Array } {
  const n = game.state.units.length + game.state.groups.length;
  const x = new Float32Array(n);
  const y = new Float32Array(n);
  trackCentres(game, x, y);
  return { x, y };
}

describe('TrackStore', () => {
  const { reference, source, ticksPerTurn } = recorded();

  it('gives, after a warm, trails equal to the centres of the engine replay at every tick of the window', () => {
    const made = SessionReplay.create(source, { lastTurnSnapshot: snapshotGame(reference.seek(2 * ticksPerTurn)) });
    if (!made.ok) throw new Error(made.message);
    const replay = made.replay;
    while (replay.warm(30));
    const span = Math.round(TRAIL_SECONDS / replay.tickSeconds);
    for (const tick of [ticksPerTurn - 1, ticksPerTurn, ticksPerTurn + 37, 2 * ticksPerTurn]) {
      const trail = replay.tracks.trail(tick, span);
      expect(trail.from).toBe(tick - span);
      expect(trail.length).toBe(span + 1);
      expect(trail.tracks).toBe(reference.final.state.units.length + reference.final.state.groups.length);
      for (let i = 0; i < trail.length; i += 7) {
        const want = centresOf(reference.seek(trail.from + i));
        for (let k = 0; k < trail.tracks; k++) {
          expect(trail.x[k * trail.length + i], `tick ${trail.from + i} track ${k}`).toBe(want.x[k]);
          expect(trail.y[k * trail.length + i]).toBe(want.y[k]);
        }
      }
    }
  });

  it('knows only the ticks a seek passed through; the rest of the window is NaN', () => {
    const made = SessionReplay.create(source, { lastTurnSnapshot: snapshotGame(reference.seek(2 * ticksPerTurn)) });
    if (!made.ok) throw new Error(made.message);
    const replay = made.replay;
    expect(replay.addTurnSnapshot(1, snapshotGame(reference.seek(ticksPerTurn)))).toBe(true);
    const tick = ticksPerTurn + 50;
    replay.seek(tick);
    const trail = replay.tracks.trail(tick, 60);
    const last = trail.length - 1;
    const moved = centresOf(reference.seek(tick));
    expect(trail.x[last]).toBe(moved.x[0]);
    // The seek started from turn 1's stored end: the ticks inside turn 1 were never visited.
    expect(Number.isNaN(trail.x[0]!)).toBe(true);
    // A crowd group really moves over the window once warmed, so the trail is a path, not a point.
    while (replay.warm(40));
    const warmed = replay.tracks.trail(tick, 60);
    const group = trail.tracks - 1;
    const dx = warmed.x[group * warmed.length + last]! - warmed.x[group * warmed.length]!;
    const dy = warmed.y[group * warmed.length + last]! - warmed.y[group * warmed.length]!;
    expect(Math.hypot(dx, dy)).toBeGreaterThan(1);
  });

  it('clamps the window to the session and ignores ticks outside it', () => {
    const created = reference.seek(0);
    const store = new TrackStore(created, 10);
    store.record(created);
    const trail = store.trail(-5, 60);
    expect(trail.from).toBe(0);
    expect(trail.length).toBe(1);
    expect(trail.x[0]).toBe(centresOf(created).x[0]);
    const late = reference.seek(ticksPerTurn);
    store.record(late);
    expect(store.known.reduce((a, b) => a + b, 0)).toBe(1);
    expect(store.trail(99, 3).from).toBe(7);
  });
});
