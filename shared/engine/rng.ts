/**
 * Seeded pseudo-random generator (sfc32). Its four 32-bit words live in the world's typed arrays, so
 * they are hashed, snapshotted and restored with everything else: the same seed and the same command
 * log always draw the same numbers. Never use Math.random in the engine.
 */

/** Seeds a 4-word state from a 32-bit integer seed (splitmix32 scrambling, then 12 warm-up draws). */
export function seedRng(state: Uint32Array, seed: number): void {
  let s = seed >>> 0;
  for (let i = 0; i < 4; i++) {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    state[i] = (z ^ (z >>> 16)) >>> 0;
  }
  for (let i = 0; i < 12; i++) nextU32(state);
}

/** Next 32-bit unsigned integer. */
export function nextU32(s: Uint32Array): number {
  const a = s[0]!;
  const b = s[1]!;
  const c = s[2]!;
  const d = s[3]!;
  const t = (((a + b) >>> 0) + d) >>> 0;
  s[3] = (d + 1) >>> 0;
  s[0] = b ^ (b >>> 9);
  s[1] = (c + (c << 3)) >>> 0;
  const c2 = ((c << 21) | (c >>> 11)) >>> 0;
  s[2] = (c2 + t) >>> 0;
  return t;
}

/** Uniform float in [0, 1). */
export function nextFloat(s: Uint32Array): number {
  return nextU32(s) / 4294967296;
}

/** Uniform float in [lo, hi). */
export function nextRange(s: Uint32Array, lo: number, hi: number): number {
  return lo + (hi - lo) * nextFloat(s);
}

/** Uniform integer in [0, n). */
export function nextInt(s: Uint32Array, n: number): number {
  return Math.floor(nextFloat(s) * n);
}
