/**
 * Child process for the cross-process determinism test: plays the fixed game (determinismScript.ts)
 * in a fresh Node process and prints the hash at the end of every turn as JSON.
 */
import { playFixedGame } from './determinismScript';

process.stdout.write(JSON.stringify(playFixedGame(Number(process.argv[2] ?? 1))));
