import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GameSessions } from '../../main/host/gameSessions';
import { openDatabase } from '../../main/storage/database';
import { SessionStore } from '../../main/storage/sessionStore';
import { samplePlanCommands } from '../support/samplePlay';
import { reSimulate } from '../../main/host/engineAdapter';

/**
 * Crash safety: a child process commits turns as fast as it can and dies by SIGKILL, many times over.
 * Most kills are aimed: the child kills itself from a trigger inside the transaction of one particular
 * write (the command, the turn row, its events, the session's progress, the drafts), so every part of
 * the commit window is hit; a few more land at random moments. After each kill the database must pass
 * integrity_check, commands and turns must be contiguous, every committed turn must replay to its
 * stored hash, and the session must resume and accept the next turn.
 */
const folder = mkdtempSync(join(tmpdir(), 'sispamkota-crash-'));
const databasePath = join(folder, 'crash.sqlite');
const childScript = join(folder, 'crashChild.cjs');
/** The bundle lives outside the repository, so it is told where the native module is. */
const childEnv = { ...process.env, NODE_PATH: join(__dirname, '..', '..', 'node_modules') };

beforeAll(async () => {
  // Bundled once, so each child starts in a fraction of a second instead of compiling TypeScript.
  await build({
    entryPoints: [join(__dirname, 'crashChild.ts')],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['better-sqlite3'],
    logLevel: 'warning',
  });
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Where aimed kills land: after this write, inside its transaction. */
const KILL_POINTS = ['INSERT ON commands', 'INSERT ON turns', 'INSERT ON turn_events', 'UPDATE ON sessions', 'DELETE ON drafts'];
/** How many such writes the child makes before the kill (varies how far into the session it dies). */
const KILL_AFTER = [1, 3, 7];
/** Random kills for the part no trigger sees: SQLite writing and syncing the WAL at COMMIT. */
const RANDOM_KILL_DELAYS_MS = [40, 95, 170, 260];

function runChild(args: string[], killAfterMs: number | null): Promise<{ output: string; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, databasePath, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: childEnv });
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    let timer: NodeJS.Timeout | null = null;
    if (killAfterMs !== null) {
      // Only once it has started committing, so the kill really interrupts writes.
      const started = setInterval(() => {
        if (output.includes('resumed')) {
          clearInterval(started);
          timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        }
      }, 5);
      child.on('exit', () => clearInterval(started));
    }
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal === 'SIGKILL') resolve({ output, signal });
      else reject(new Error(`child ended without being killed (${code}): ${errors}`));
    });
  });
}

/** Checks the database after a kill and plays one more turn in it; returns the turns committed. */
function checkAfterKill(): number {
  const db = openDatabase(databasePath);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const store = new SessionStore(db);
    let committed = 0;
    for (const { id } of db.prepare<[], { id: string }>('SELECT id FROM sessions').all()) {
      const stored = store.load(id);
      if (!stored) throw new Error('session vanished');
      expect(stored.commands.map((c) => c.seq)).toEqual(stored.commands.map((_, index) => index + 1));
      expect(stored.turns.map((t) => t.turn)).toEqual(stored.turns.map((_, index) => index));
      expect(stored.turn).toBe(stored.turns.length);
      expect(stored.drafts.every((draft) => draft.turn >= stored.turn)).toBe(true);
      const verdict = reSimulate(stored.setup, stored.seed, stored.commands, stored.turns);
      expect(verdict.ok ? 'ok' : verdict.message).toBe('ok');
      committed = Math.max(committed, stored.turns.length);
      const sessions = new GameSessions(store);
      const detail = sessions.open(id);
      expect(detail.compatibility.replayable).toBe(true);
      expect(detail.recovery).toBeNull();
      if (detail.summary.status !== 'finished') {
        for (const command of samplePlanCommands(detail)) expect(sessions.send(id, command).ok).toBe(true);
      }
    }
    return committed;
  } finally {
    db.close();
  }
}

describe('crash safety of turn commits', () => {
  it('survives SIGKILL inside every write of a commit, and at random moments', async () => {
    let committedTurns = 0;
    for (const point of KILL_POINTS) {
      for (const after of KILL_AFTER) {
        const { signal } = await runChild([point, String(after)], null);
        expect(signal).toBe('SIGKILL');
        committedTurns = Math.max(committedTurns, checkAfterKill());
      }
    }
    for (const delay of RANDOM_KILL_DELAYS_MS) {
      await runChild([], delay);
      committedTurns = Math.max(committedTurns, checkAfterKill());
    }
    expect(committedTurns).toBeGreaterThan(10);
  }, 300_000);
});
