/**
 * The fixed game of the determinism tests: a small KPU setup, a seed and eight turns of orders that
 * touch every kind of sim work (marching, orasi, a breach, stones, water cannon, gas, a push,
 * arrests, evacuation, dispersal). Returns the hash at the end of every turn. Runs unchanged in a Node
 * child process and, bundled by esbuild, inside Chromium.
 */
import { createGame, applyCommand, hashGame } from '../../shared/engine/index';
import { smallSetup } from '../../shared/engine/fixtures';

const TURNS: [unknown[], unknown[]][] = [
  [[{ type: 'appeal', unitId: 'awal-1' }], [{ type: 'march', groupId: 'massa-1', to: { x: 79, y: 30 } }]],
  [[{ type: 'formation', unitId: 'desak-1', formation: 'anak_panah' }], [{ type: 'orasi', groupId: 'massa-1' }]],
  [[{ type: 'water_cannon', unitId: 'awc-1', area: { x: 79, y: 30, r: 8 } }], [{ type: 'breach', groupId: 'massa-1', gateId: 'main-gate' }]],
  [[{ type: 'push', unitId: 'desak-1', toward: { x: 79, y: 20 } }], [{ type: 'throw', groupId: 'massa-1', at: { x: 79, y: 40 } }]],
  [[{ type: 'tear_gas', unitId: 'desak-1', area: { x: 79, y: 26, r: 6 } }], [{ type: 'push_line', groupId: 'massa-1', toward: { x: 79, y: 45 } }]],
  [[{ type: 'arrest', unitId: 'tindak-1', target: 200 }], [{ type: 'burn_tyres', groupId: 'massa-1', at: { x: 70, y: 28 } }]],
  [[{ type: 'evacuate', unitId: 'dokkes-1', area: { x: 79, y: 32, r: 10 } }], [{ type: 'retreat', groupId: 'massa-1', to: { x: 60, y: 5 } }]],
  [[{ type: 'move', unitId: 'awal-1', waypoints: [{ x: 70, y: 35 }, { x: 85, y: 35 }] }], [{ type: 'disperse', groupId: 'massa-1' }]],
];

/** Plays the fixed game with `seed` for `turns` turns (at most 8); the hash after each turn. */
export function playFixedGame(seed: number, turns = TURNS.length): string[] {
  const created = createGame(smallSetup(150, turns + 1), seed);
  if (!created.ok) throw new Error(created.message);
  const game = created.game;
  const hashes: string[] = [];
  for (const [police, crowd] of TURNS.slice(0, turns)) {
    // Every order must be accepted: a refused batch would leave the turn without orders and the
    // hashes would still agree between runtimes, testing far less than the script claims.
    for (const command of [
      { type: 'submitOrders', playerId: 'polisi', orders: police },
      { type: 'submitOrders', playerId: 'massa', orders: crowd },
      { type: 'resolveTurn', force: true },
    ]) {
      const result = applyCommand(game, command);
      if (!result.ok) throw new Error(`turn ${game.state.turn} ${command.type} refused: ${result.reason} ${result.message}`);
    }
    hashes.push(hashGame(game));
  }
  return hashes;
}

/** A recorded session log: setup, seed and the accepted commands in order. */
export interface RecordedLog {
  setup: unknown;
  seed: number;
  commands: unknown[];
}

/** Replays a recorded log; the hash after each resolved turn. */
export function replayLog(log: RecordedLog): string[] {
  const created = createGame(log.setup, log.seed);
  if (!created.ok) throw new Error(created.message);
  const hashes: string[] = [];
  for (const command of log.commands) {
    const result = applyCommand(created.game, command);
    if (!result.ok) throw new Error(result.message);
    if ((command as { type?: string }).type === 'resolveTurn') hashes.push(hashGame(created.game));
  }
  return hashes;
}
