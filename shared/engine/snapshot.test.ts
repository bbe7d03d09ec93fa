import { describe, expect, it } from 'vitest';
import { smallSetup } from './fixtures';
import { applyCommand, createGame, createReplay, hashGame, restoreGame, snapshotGame, worldArrays, type Game } from './index';

/**
 * Snapshot bytes: the layout restoreGame reads, every way a damaged or foreign byte array is refused
 * (never a half-restored game), and the runtime a restore shares only when it fits. Then the ways a
 * replay of a stored log is refused, and where.
 */

function game(seed = 9, setup = smallSetup(40, 6)): Game {
  const r = createGame(setup, seed);
  if (!r.ok) throw new Error(r.message);
  return r.game;
}

function playedGame(): Game {
  const g = game();
  expect(applyCommand(g, { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'move', unitId: 'awal-1', waypoints: [{ x: 82, y: 60 }] }] }).ok).toBe(true);
  expect(applyCommand(g, { type: 'resolveTurn', force: true }).ok).toBe(true);
  return g;
}

const u32 = (bytes: Uint8Array, at: number) => new DataView(bytes.buffer, bytes.byteOffset).getUint32(at, true);

function refusal(bytes: Uint8Array): string {
  const r = restoreGame(bytes);
  if (r.ok) throw new Error('restored');
  expect(r.reason).toBe('invalid_snapshot');
  return r.message;
}

/** The snapshot's JSON part rewritten (same layout, new text). */
function withJson(g: Game, edit: (v: { setup: Record<string, unknown>; seed: number; state: unknown }) => unknown): Uint8Array {
  const original = snapshotGame(g);
  const len = u32(original, 8);
  const pad = (n: number) => (n + 3) & ~3;
  const text = JSON.stringify(edit(JSON.parse(String.fromCharCode(...new Uint16Array(original.buffer, 20, len)))));
  const head = new Uint8Array(20 + pad(text.length * 2));
  head.set(original.subarray(0, 20));
  new DataView(head.buffer).setUint32(8, text.length, true);
  const chars = new Uint16Array(head.buffer, 20, text.length);
  for (let i = 0; i < text.length; i++) chars[i] = text.charCodeAt(i);
  const rest = original.subarray(20 + pad(len * 2));
  const out = new Uint8Array(head.byteLength + rest.byteLength);
  out.set(head);
  out.set(rest, head.byteLength);
  return out;
}

describe('snapshot layout', () => {
  it('header: magic, format, JSON length, agents, segment capacity; then the JSON as UTF-16; then each world array with its length, 4-byte aligned', () => {
    const g = playedGame();
    const bytes = snapshotGame(g);
    expect(u32(bytes, 0)).toBe(0x544b5353);
    expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe('SSKT');
    expect(u32(bytes, 4)).toBe(1);
    const len = u32(bytes, 8);
    expect(u32(bytes, 12)).toBe(g.world.header[0]);
    expect(u32(bytes, 16)).toBe(g.world.header[2]);
    const json = String.fromCharCode(...new Uint16Array(bytes.buffer, 20, len));
    expect(JSON.parse(json)).toEqual({ setup: g.setup, seed: g.seed, state: g.state });
    let off = 20 + ((len * 2 + 3) & ~3);
    for (const [, a] of worldArrays(g.world)) {
      expect(off % 4).toBe(0);
      expect(u32(bytes, off)).toBe(a.byteLength);
      expect(bytes.subarray(off + 4, off + 4 + a.byteLength)).toEqual(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
      off += 4 + ((a.byteLength + 3) & ~3);
    }
    expect(off).toBe(bytes.byteLength);
  });

  it('restores to the same hash, state, seed and setup, and is independent of the original', () => {
    const g = playedGame();
    const r = restoreGame(snapshotGame(g));
    if (!r.ok) throw new Error(r.message);
    expect(hashGame(r.game)).toBe(hashGame(g));
    expect(r.game.state).toEqual(g.state);
    expect(r.game.seed).toBe(g.seed);
    expect(r.game.setup).toEqual(g.setup);
    expect(r.game.venue).toBe(g.venue);
    expect(r.game.world.agents.x).not.toBe(g.world.agents.x);
    expect(r.game.runtime).not.toBe(g.runtime);
  });

  it('restores from bytes that do not start on a 4-byte boundary (a slice of a larger buffer)', () => {
    const g = playedGame();
    const bytes = snapshotGame(g);
    const shifted = new Uint8Array(bytes.byteLength + 3);
    shifted.set(bytes, 3);
    const view = shifted.subarray(3);
    expect(view.byteOffset % 4).toBe(3);
    const r = restoreGame(view);
    if (!r.ok) throw new Error(r.message);
    expect(hashGame(r.game)).toBe(hashGame(g));
  });

  it('a seed stored above 2^31 comes back as the same unsigned 32-bit number', () => {
    const g = game(0xfffffff0);
    expect(g.seed).toBe(0xfffffff0);
    const r = restoreGame(withJson(g, (v) => ({ ...v, seed: -16 })));
    if (!r.ok) throw new Error(r.message);
    expect(r.game.seed).toBe(0xfffffff0);
  });
});

describe('a damaged or foreign byte array is refused', () => {
  const g = playedGame();
  const good = snapshotGame(g);
  const edited = (at: number, value: number) => {
    const b = good.slice();
    new DataView(b.buffer).setUint32(at, value, true);
    return b;
  };

  it('shorter than the header', () => {
    expect(refusal(good.subarray(0, 19))).toBe('too short');
    expect(refusal(new Uint8Array(0))).toBe('too short');
  });

  it('another magic or another format', () => {
    expect(refusal(edited(0, 0x544b5354))).toBe('not a snapshot of this format');
    expect(refusal(edited(4, 2))).toBe('not a snapshot of this format');
    expect(refusal(edited(4, 0))).toBe('not a snapshot of this format');
  });

  it('a header alone, or a JSON length past the end', () => {
    expect(refusal(good.subarray(0, 20))).toBe('truncated');
    expect(refusal(edited(8, good.byteLength))).toBe('truncated');
    // Exactly as long as the JSON says: no world arrays follow.
    const len = u32(good, 8);
    expect(refusal(good.subarray(0, 20 + ((len * 2 + 3) & ~3)))).toBe('truncated at header');
  });

  it('text that is not JSON', () => {
    const b = good.slice();
    new Uint16Array(b.buffer, 20, 1)[0] = '<'.charCodeAt(0);
    expect(refusal(b)).toBe('bad JSON');
  });

  it('a setup the engine does not accept, or an unknown venue', () => {
    expect(refusal(withJson(g, (v) => ({ ...v, setup: { ...v.setup, turnLimit: 'many' } })))).toBe('bad setup');
    expect(refusal(withJson(g, (v) => ({ ...v, setup: undefined })))).toBe('bad setup');
    expect(refusal(withJson(g, (v) => ({ ...v, setup: { ...v.setup, venueId: 'atlantis' } })))).toBe('unknown venue');
  });

  it('world arrays cut short or of another size', () => {
    expect(refusal(good.subarray(0, good.byteLength - 1))).toMatch(/^size mismatch at segments\./);
    expect(refusal(edited(12, u32(good, 12) + 1))).toMatch(/^size mismatch at /);
    expect(refusal(edited(16, u32(good, 16) - 1))).toMatch(/^size mismatch at /);
    const [name] = worldArrays(g.world)[0]!;
    const len = u32(good, 8);
    const first = 20 + ((len * 2 + 3) & ~3);
    expect(refusal(edited(first, u32(good, first) + 4))).toBe(`size mismatch at ${name}`);
    expect(refusal(good.subarray(0, first + 2))).toBe(`truncated at ${name}`);
    // Cut right after the length word: the array itself is missing.
    expect(refusal(good.subarray(0, first + 4))).toBe(`size mismatch at ${name}`);
    // The header's length word is present but the array itself is cut.
    expect(refusal(good.subarray(0, first + 4 + 3))).toBe(`size mismatch at ${name}`);
  });

  it('every byte array shorter than the snapshot is refused, never half restored', () => {
    for (let cut = 0; cut < good.byteLength; cut += Math.max(1, Math.floor(good.byteLength / 97))) {
      expect(restoreGame(good.subarray(0, cut)).ok).toBe(false);
    }
  });
});

describe('the runtime a restore reuses', () => {
  it('is shared when venue and sizes match, and a fresh one otherwise', () => {
    const a = playedGame();
    const bytes = snapshotGame(a);
    const reused = restoreGame(bytes, a.runtime);
    if (!reused.ok) throw new Error(reused.message);
    expect(reused.game.runtime).toBe(a.runtime);
    expect(hashGame(reused.game)).toBe(hashGame(a));

    const bigger = game(9, smallSetup(60, 6));
    const other = restoreGame(bytes, bigger.runtime);
    if (!other.ok) throw new Error(other.message);
    expect(other.game.runtime).not.toBe(bigger.runtime);
    expect(other.game.runtime.cellOf.length).toBe(a.world.header[0]);
  });
});

describe('a stored log that cannot be replayed says why and where', () => {
  it('an invalid setup fails before the first command', () => {
    const r = createReplay({ venueId: 'kpu-office' }, 1, []);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('invalid_setup');
    expect(r.commandIndex).toBe(-1);
    expect(r.message.length).toBeGreaterThan(0);
    const venue = createReplay({ ...smallSetup(40, 6), venueId: 'atlantis' }, 1, []);
    expect(venue.ok ? null : [venue.reason, venue.commandIndex]).toEqual(['unknown_venue', -1]);
  });

  it('a command the engine refuses fails at its index, with the engine\'s reason', () => {
    const log = [
      { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'hold', unitId: 'awal-1' }] },
      { type: 'submitOrders', playerId: 'nobody', orders: [] },
    ];
    const r = createReplay(smallSetup(40, 6), 3, log);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.commandIndex).toBe(1);
    expect(r.reason).not.toBe('invalid_setup');
    expect(r.message.length).toBeGreaterThan(0);
  });

  it('a resolveTurn that may not run yet fails at its index (players not ready), one that may, resolves', () => {
    const notReady = createReplay(smallSetup(40, 6), 3, [{ type: 'resolveTurn' }]);
    expect(notReady.ok ? null : [notReady.reason, notReady.commandIndex]).toEqual(['players_not_ready', 0]);
    const forced = createReplay(smallSetup(40, 6), 3, [{ type: 'resolveTurn', force: true }]);
    if (!forced.ok) throw new Error(forced.message);
    expect(forced.replay.turnHashes).toHaveLength(1);
    expect(forced.replay.totalTicks).toBe(forced.replay.final.state.tick);
    expect(forced.replay.totalTicks).toBeGreaterThan(0);
  });

  it('after the last turn the game is over: another resolveTurn fails as game_over', () => {
    const log = Array.from({ length: 3 }, () => ({ type: 'resolveTurn', force: true }));
    const r = createReplay(smallSetup(40, 2), 3, log);
    expect(r.ok ? null : [r.reason, r.commandIndex]).toEqual(['game_over', 2]);
  });

  it('a snapshot spacing of zero or less is read as one tick, and seeks still agree', () => {
    const log = [{ type: 'resolveTurn', force: true }];
    const reference = createReplay(smallSetup(40, 6), 3, log, { snapshotEvery: 30 });
    if (!reference.ok) throw new Error(reference.message);
    for (const every of [0, -5, 1]) {
      const r = createReplay(smallSetup(40, 6), 3, log, { snapshotEvery: every });
      if (!r.ok) throw new Error(r.message);
      for (const t of [1, 37, 119]) expect(hashGame(r.replay.seek(t))).toBe(hashGame(reference.replay.seek(t)));
    }
  });
});
