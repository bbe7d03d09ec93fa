import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { engine } from '../../main/host/engineAdapter';
import { GameSessions } from '../../main/host/gameSessions';
import { openDatabase } from '../../main/storage/database';
import { SessionStore } from '../../main/storage/sessionStore';

/**
 * Crash safety: a child process commits turns as fast as it can and is killed with SIGKILL at random
 * moments, dozens of times. After each kill the database must pass integrity_check, every committed
 * turn must replay to its stored hash, and the session must resume and accept the next turn.
 */
const KILLS = Number(process.env.CRASH_KILLS ?? 24);
const folder = mkdtempSync(join(tmpdir(), 'sispamkota-crash-'));
const databasePath = join(folder, 'crash.sqlite');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A small deterministic generator for the kill delays (the test itself must be repeatable). */
function delays(count: number, seed: number): number[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) >>> 0;
    return 150 + (state % 900);
  });
}

function runAndKill(delayMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'crashChild.ts'), databasePath], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    // Kill only once it has started committing, so every run really interrupts writes.
    const started = setInterval(() => {
      if (output.includes('resumed')) {
        clearInterval(started);
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    }, 10);
    child.on('exit', (code, signal) => {
      clearInterval(started);
      if (signal === 'SIGKILL' || code === 0) resolve(output);
      else reject(new Error(`child failed (${code}): ${errors}`));
    });
  });
}

describe('crash safety of turn commits', () => {
  it(`survives ${KILLS} SIGKILLs with every committed turn intact and replayable`, async () => {
    let committedTurns = 0;
    for (const delay of delays(KILLS, 7)) {
      await runAndKill(delay);
      const db = openDatabase(databasePath);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const store = new SessionStore(db);
        for (const { id } of db.prepare<[], { id: string }>('SELECT id FROM sessions').all()) {
          const stored = store.load(id);
          if (!stored) throw new Error('session vanished');
          const verdict = engine.reSimulate(stored.setup, stored.seed, stored.commands, stored.turns);
          expect(verdict.ok ? 'ok' : verdict.message).toBe('ok');
          expect(stored.turn).toBe(stored.turns.length);
          committedTurns = Math.max(committedTurns, stored.turns.length);
          // Resume: the rebuilt game accepts the next turn's commands.
          const sessions = new GameSessions(store);
          const detail = sessions.open(id);
          expect(detail.compatibility.replayable).toBe(true);
          if (detail.summary.status !== 'finished') {
            for (const command of engine.samplePlanCommands(detail)) {
              const outcome = sessions.send(id, command);
              expect(outcome.ok).toBe(true);
            }
          }
        }
      } finally {
        db.close();
      }
    }
    expect(committedTurns).toBeGreaterThan(3);
  }, 300_000);
});
