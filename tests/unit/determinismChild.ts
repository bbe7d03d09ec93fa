/**
 * Child process for the cross-process determinism test: plays a fixed setup, seed and command log in
 * a fresh Node process and prints the hash at the end of every turn as JSON.
 */
import { createGame, applyCommand, hashGame } from '../../shared/engine/index';
import { smallSetup } from '../../shared/engine/fixtures';

const seed = Number(process.argv[2] ?? 1);
const created = createGame(smallSetup(150, 4), seed);
if (!created.ok) throw new Error(created.message);
const g = created.game;
const turns: [unknown[], unknown[]][] = [
  [[{ type: 'appeal', unitId: 'awal-1' }], [{ type: 'march', groupId: 'massa-1', to: { x: 79, y: 30 } }]],
  [[{ type: 'formation', unitId: 'desak-1', formation: 'anak_panah' }], [{ type: 'orasi', groupId: 'massa-1' }]],
  [[{ type: 'water_cannon', unitId: 'awc-1', area: { x: 79, y: 30, r: 8 } }], [{ type: 'breach', groupId: 'massa-1', gateId: 'main-gate' }]],
  [[{ type: 'push', unitId: 'desak-1', toward: { x: 79, y: 20 } }], [{ type: 'throw', groupId: 'massa-1', at: { x: 79, y: 40 } }]],
];
const hashes: string[] = [];
for (const [police, crowd] of turns) {
  applyCommand(g, { type: 'submitOrders', playerId: 'polisi', orders: police });
  applyCommand(g, { type: 'submitOrders', playerId: 'massa', orders: crowd });
  const r = applyCommand(g, { type: 'resolveTurn', force: true });
  if (!r.ok) throw new Error(r.message);
  hashes.push(hashGame(g));
}
process.stdout.write(JSON.stringify(hashes));
