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
import { type BenchCase } from './engine';
import { playScriptedSession } from './scriptedSession';

function runImportBench(turns: number, runs: number): Record<string, unknown> {
  const folder = mkdtempSync(join(tmpdir(), 'sispamkota-bench-import-'));
  try {
    const db = openDatabase(join(folder, 'source.sqlite'));
    const store = new SessionStore(db);
    const sessions = new GameSessions(store);
    const id = playScriptedSession(sessions, turns);
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
