/**
 * Import benchmark: a 30-turn session at the storage benchmark's scale (800 officers, 2,000
 * protesters) exported to a file and imported into an empty database by the import worker's own code
 * (decode, validate, re-simulate every turn against its hash, write in one transaction), run on this
 * thread so the number is the work itself, not the thread's start-up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GameSessions } from '../../main/host/gameSessions';
import { runImport, type ImportWorkerMessage } from '../../main/host/importWorker';
import { SessionTransfer } from '../../main/host/sessionTransfer';
import { openDatabase } from '../../main/storage/database';
import { SessionStore } from '../../main/storage/sessionStore';
import { applyCommand, createGame, setupSchema, type Command } from '../../shared/engine';
import { kpuSetup, scriptedOrders, type BenchCase } from './engine';
import { playersOf } from '../../tests/support/samplePlay';

function runImportBench(turns: number, runs: number): Record<string, unknown> {
  const folder = mkdtempSync(join(tmpdir(), 'sispamkota-bench-import-'));
  try {
    const db = openDatabase(join(folder, 'source.sqlite'));
    const store = new SessionStore(db);
    const sessions = new GameSessions(store);
    const setup = setupSchema.parse(kpuSetup(1, turns + 1));
    const created = sessions.create({ name: 'bench', scenarioId: 'bench', setup, seed: 1, players: playersOf(setup), crowdController: 'person' });
    const id = created.summary.id;
    const mirror = createGame(setup, 1);
    if (!mirror.ok) throw new Error(mirror.message);
    for (let turn = 0; turn < turns; turn += 1) {
      const orders = scriptedOrders(mirror.game, turn);
      const commands: Command[] = [
        { type: 'submitOrders', playerId: 'kapolres', orders: orders.police },
        { type: 'submitOrders', playerId: 'massa', orders: orders.crowd },
        { type: 'endPlan', playerId: 'kapolres' },
        { type: 'endPlan', playerId: 'massa' },
        { type: 'resolveTurn' },
      ];
      for (const command of commands) {
        const outcome = sessions.send(id, command);
        if (!outcome.ok) throw new Error(`bench command refused: ${outcome.reason} ${outcome.message}`);
        applyCommand(mirror.game, command);
      }
    }
    const file = new SessionTransfer(store, 'bench').exportSessions([id], new Date());
    db.close();
    const bytes = Buffer.from(file.base64, 'base64');
    const importMs: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const databasePath = join(folder, `import-${run}.sqlite`);
      openDatabase(databasePath).close();
      let result: Extract<ImportWorkerMessage, { type: 'result' }>['result'] | null = null;
      const started = performance.now();
      runImport({ bytes: new Uint8Array(bytes), now: new Date().toISOString(), databasePath }, (message) => {
        if (message.type === 'result') result = message.result;
      });
      importMs.push(performance.now() - started);
      const outcome = result as Extract<ImportWorkerMessage, { type: 'result' }>['result'] | null;
      if (!outcome?.ok) throw new Error(`bench import refused: ${JSON.stringify(outcome)}`);
    }
    const median = [...importMs].sort((a, b) => a - b)[Math.floor(runs / 2)]!;
    return { agents: 2800, turns, fileBytes: bytes.byteLength, importMsMedian: Number(median.toFixed(1)), importMsPerTurn: Number((median / turns).toFixed(2)) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The import cases for `npm run bench`. */
export const importCases: BenchCase[] = [{ name: 'import.kpu.2800', run: () => runImportBench(30, 3) }];
