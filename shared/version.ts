/**
 * Version of the simulation rules. Every stored session records it; bump it whenever a change can
 * alter the outcome of the same scenario, seed and orders (and say so in the commit), so a replay of an
 * older session can tell whether its hashes are expected to match.
 */
export const ENGINE_VERSION = '0.5.0';
