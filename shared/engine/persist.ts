import { setupSchema, type GameState, type Setup } from './state';
import { worldArrays, allocWorld, type World } from './model';
import { getVenue } from '../venue/index';
import { createRuntime, ensureNav, type Runtime } from './runtime';
import type { Game } from './state';

/**
 * Hashing and snapshots. The hash is FNV-1a (two 32-bit lanes with different offsets, so 64 bits)
 * over the bytes of every world array in a fixed order, then over the canonical JSON (sorted keys) of
 * the game-level state. A snapshot is a self-contained byte array: header, setup + seed + state as
 * JSON (UTF-16 code units), then every world array.
 */

/** JSON with object keys sorted, so equal states always serialise to the same text. */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o).sort().filter((k) => o[k] !== undefined).map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
}

/** Canonical hash of the whole game (world arrays + game-level state), as 16 hex digits. */
export function hashGame(game: Game): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (const [, arr] of worldArrays(game.world)) {
    const bytes = new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength);
    const words = bytes.byteLength >> 2;
    const w32 = new Uint32Array(arr.buffer, arr.byteOffset, words);
    for (let i = 0; i < words; i++) {
      const w = w32[i]!;
      h1 = Math.imul(h1 ^ w, 0x01000193);
      h2 = Math.imul(h2 ^ w, 0x01000193) ^ (h2 >>> 15);
    }
    for (let i = words << 2; i < bytes.byteLength; i++) {
      h1 = Math.imul(h1 ^ bytes[i]!, 0x01000193);
      h2 = Math.imul(h2 ^ bytes[i]!, 0x01000193) ^ (h2 >>> 15);
    }
  }
  const json = canonicalJson(game.state);
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h2 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

const MAGIC = 0x544b5353; // "SSKT"
const FORMAT = 1;

/** Serialises a game into a self-contained byte array. */
export function snapshotGame(game: Game): Uint8Array {
  const json = JSON.stringify({ setup: game.setup, seed: game.seed, state: game.state });
  const arrays = worldArrays(game.world);
  const pad = (n: number): number => (n + 3) & ~3;
  let size = 20 + pad(json.length * 2);
  for (const [, a] of arrays) size += 4 + pad(a.byteLength);
  const out = new Uint8Array(size);
  const head = new Uint32Array(out.buffer, 0, 5);
  head[0] = MAGIC;
  head[1] = FORMAT;
  head[2] = json.length;
  head[3] = game.world.header[0]!;
  head[4] = game.world.header[2]!;
  const text = new Uint16Array(out.buffer, 20, json.length);
  for (let i = 0; i < json.length; i++) text[i] = json.charCodeAt(i);
  let off = 20 + pad(json.length * 2);
  const view = new DataView(out.buffer);
  for (const [, a] of arrays) {
    view.setUint32(off, a.byteLength, true);
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), off + 4);
    off += 4 + pad(a.byteLength);
  }
  return out;
}

/** Result of {@link restoreGame}. */
export type RestoreResult = { ok: true; game: Game } | { ok: false; reason: 'invalid_snapshot'; message: string };

/**
 * Rebuilds a game from snapshot bytes. `reuse` lets callers that restore often (seek) share one
 * runtime (nav raster, flow-field cache, scratch) for the same venue and sizes; games sharing a
 * runtime must not be stepped concurrently.
 */
export function restoreGame(bytes: Uint8Array, reuse?: Runtime): RestoreResult {
  const fail = (message: string): RestoreResult => ({ ok: false, reason: 'invalid_snapshot', message });
  if (bytes.byteLength < 20) return fail('too short');
  const buf = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== FORMAT) return fail('not a snapshot of this format');
  const len = view.getUint32(8, true);
  const agents = view.getUint32(12, true);
  const segCap = view.getUint32(16, true);
  const pad = (n: number): number => (n + 3) & ~3;
  if (20 + pad(len * 2) > buf.byteLength) return fail('truncated');
  let json = '';
  for (let i = 0; i < len; i += 8192) json += String.fromCharCode(...new Uint16Array(buf.buffer, buf.byteOffset + 20 + i * 2, Math.min(8192, len - i)));
  let parsed: { setup: unknown; seed: number; state: GameState };
  try {
    parsed = JSON.parse(json) as typeof parsed;
  } catch {
    return fail('bad JSON');
  }
  const setup = setupSchema.safeParse(parsed.setup);
  if (!setup.success) return fail('bad setup');
  const venue = getVenue(setup.data.venueId);
  if (!venue) return fail('unknown venue');
  const world: World = allocWorld(agents, segCap);
  let off = 20 + pad(len * 2);
  for (const [name, a] of worldArrays(world)) {
    if (off + 4 > buf.byteLength) return fail(`truncated at ${name}`);
    const n = view.getUint32(off, true);
    if (n !== a.byteLength || off + 4 + n > buf.byteLength) return fail(`size mismatch at ${name}`);
    new Uint8Array(a.buffer, a.byteOffset, a.byteLength).set(new Uint8Array(buf.buffer, buf.byteOffset + off + 4, n));
    off += 4 + pad(n);
  }
  const runtime = reuse && reuse.venue === venue && reuse.cellOf.length === agents && reuse.segPush.length === segCap ? reuse : createRuntime(venue, agents, segCap);
  // The nav raster must match the restored segments before the first tick plans (planTick reads flow
  // fields before tick.ts refreshes the raster); without this a restored game diverged from a continuous one.
  ensureNav(runtime, world);
  const game: Game = { setup: setup.data as Setup, seed: parsed.seed >>> 0, venue, state: parsed.state, world, runtime };
  return { ok: true, game };
}
