import { seedRng } from '../engine/rng';
/** The engine generator's draws, used on the AI's own stream. */
export { nextFloat, nextInt } from '../engine/rng';

/**
 * The AI's own random stream: derived from the game's seed, the turn and a purpose, so AI decisions
 * are a pure function of the game and never draw from the game's generator (a game without the AI
 * draws exactly the same numbers as before).
 */

/** A fresh generator state for `seed`, `turn` and `salt`. */
export function aiRng(seed: number, turn: number, salt: string): Uint32Array {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let k = 0; k < salt.length; k++) h = Math.imul(h ^ salt.charCodeAt(k), 0x01000193) >>> 0;
  h = Math.imul(h ^ (turn + 0x9e37), 0x01000193) >>> 0;
  const s = new Uint32Array(4);
  seedRng(s, h);
  return s;
}
