import { describe, expect, it } from 'vitest';
import { smallSetup } from '../../../shared/engine/fixtures';
import { applyCommand, createGame, hashGame, type Game } from '../../../shared/engine';
import { PlaybackLoop, type FrameClock } from './playbackLoop';

/**
 * The playback loop's skip (playbackLoop.ts) on a fake clock where every tick costs a fixed time: the
 * rest of the turn runs in slices across frames, none longer than the budget, and ends where the
 * engine's own resolution ends.
 */

function plannedGame(): Game {
  const created = createGame(smallSetup(40, 4), 5);
  if (!created.ok) throw new Error(created.message);
  for (const player of created.game.state.players) {
    const ended = applyCommand(created.game, { type: 'endPlan', playerId: player.id });
    if (!ended.ok) throw new Error(ended.message);
  }
  return created.game;
}

/** A clock that moves only when told, and frames that run when the test says. */
function fakeClock(): FrameClock & { time: number; queue: ((now: number) => void)[] } {
  const clock = {
    time: 0,
    queue: [] as ((now: number) => void)[],
    now: () => clock.time,
    requestFrame: (callback: (now: number) => void) => clock.queue.push(callback),
    cancelFrame: () => undefined,
  };
  return clock;
}

function loopOn(game: Game, clock: ReturnType<typeof fakeClock>, tickMs: number, budgetMs: number) {
  const done: { events: number | null } = { events: null };
  const frames = { alpha: 1, beforeTick: () => undefined, afterTick: () => void (clock.time += tickMs), settle: () => undefined };
  const loop = new PlaybackLoop(game, frames, {
    speed: () => 1, paused: () => false, onProgress: () => undefined, onDone: (events) => void (done.events = events.length),
  }, 250, clock, budgetMs);
  return { loop, done };
}

describe('skipping a playback', () => {
  it('runs the rest of the turn in slices no longer than the budget, one per frame, to the same end as the engine', () => {
    const game = plannedGame();
    const reference = plannedGame();
    expect(applyCommand(reference, { type: 'resolveTurn' }).ok).toBe(true);

    const clock = fakeClock();
    const { loop, done } = loopOn(game, clock, 3, 12);
    loop.start();
    loop.skip();
    const slices: { ms: number; ticks: number }[] = [];
    while (clock.queue.length > 0) {
      const frame = clock.queue.shift()!;
      const startTime = clock.time;
      const startTick = game.state.tick;
      frame(clock.time);
      slices.push({ ms: clock.time - startTime, ticks: game.state.tick - startTick });
      clock.time += 16; // the browser draws between frames
    }
    expect(done.events).not.toBeNull();
    expect(Math.max(...slices.map((slice) => slice.ms))).toBeLessThanOrEqual(12);
    expect(slices.length).toBe(Math.ceil(game.state.ticksPerTurn / 4));
    expect(slices.every((slice) => slice.ticks >= 1 && slice.ticks <= 4)).toBe(true);
    expect(game.state.phase).toBe('planning');
    expect(hashGame(game)).toBe(hashGame(reference));
  });

  it('still moves on by one tick a frame when a single tick is longer than the budget', () => {
    const game = plannedGame();
    const clock = fakeClock();
    const { loop, done } = loopOn(game, clock, 20, 12);
    loop.start();
    loop.skip();
    let frames = 0;
    while (clock.queue.length > 0) {
      clock.queue.shift()!(clock.time);
      frames += 1;
    }
    expect(done.events).not.toBeNull();
    expect(frames).toBe(game.state.ticksPerTurn);
  });

  it('a disposed playback never finishes', () => {
    const game = plannedGame();
    const clock = fakeClock();
    const { loop, done } = loopOn(game, clock, 1, 12);
    loop.start();
    loop.skip();
    clock.queue.shift()!(clock.time);
    loop.dispose();
    while (clock.queue.length > 0) clock.queue.shift()!(clock.time);
    expect(done.events).toBeNull();
    expect(game.state.phase).toBe('resolving');
  });
});
