/**
 * Storage benchmark cases: committing a turn at the engine benchmark's scale (800 officers, 2,000
 * protesters), the database size of a 30-turn session, and opening that session to its last state.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BenchCase } from './engine';
import { playScriptedSession } from './scriptedSession';
import { GameSessions } from '../../main/host/gameSessions';
import { checkpointWal, openDatabase } from '../../main/storage/database';
import { SessionStore, type EncodedTurn, type TurnCommit } from '../../main/storage/sessionStore';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Runs the storage measurements once and returns one result object per reported case. */
function runStorageBench(turns = 30): Record<string, unknown>[] {
  const folder = mkdtempSync(join(tmpdir(), 'sispamkota-bench-'));
  try {
    const path = join(folder, 'bench.sqlite');
    const db = openDatabase(path);
    const commitMs: number[] = [];
    const encodeMs: number[] = [];
    const snapshotBytes: number[] = [];
    const storedSnapshotBytes: number[] = [];
    const eventCounts: number[] = [];
    class TimedStore extends SessionStore {
      override encodeTurn(commit: TurnCommit): EncodedTurn {
        const started = performance.now();
        const encoded = super.encodeTurn(commit);
        encodeMs.push(performance.now() - started);
        snapshotBytes.push(commit.snapshot.byteLength);
        storedSnapshotBytes.push(encoded.snapshot.byteLength);
        eventCounts.push(commit.events.length);
        return encoded;
      }
      override writeTurn(sessionId: string, encoded: EncodedTurn): void {
        const started = performance.now();
        super.writeTurn(sessionId, encoded);
        commitMs.push(performance.now() - started);
      }
    }
    const checkpointMs: number[] = [];
    const sessions = new GameSessions(new TimedStore(db), () => {
      const started = performance.now();
      checkpointWal(db);
      checkpointMs.push(performance.now() - started);
    });
    const id = playScriptedSession(sessions, turns);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const dbBytes = statSync(path).size;
    const openMs: number[] = [];
    for (let run = 0; run < 7; run += 1) {
      const started = performance.now();
      const fresh = new GameSessions(new SessionStore(db));
      fresh.open(id);
      openMs.push(performance.now() - started);
    }
    db.close();
    return [
      {
        agents: 2800,
        turns,
        commitMsP95: Number(percentile(commitMs, 95).toFixed(3)),
        commitMsMedian: Number(percentile(commitMs, 50).toFixed(3)),
        encodeMsP95: Number(percentile(encodeMs, 95).toFixed(3)),
        encodeMsMedian: Number(percentile(encodeMs, 50).toFixed(3)),
        checkpointMsMedian: Number(percentile(checkpointMs, 50).toFixed(3)),
        checkpointMsP95: Number(percentile(checkpointMs, 95).toFixed(3)),
        snapshotBytes: percentile(snapshotBytes, 50),
        storedSnapshotBytes: percentile(storedSnapshotBytes, 50),
        eventsPerTurnMedian: percentile(eventCounts, 50),
        target: 'commitMsP95 <= 5 (the write transaction; encodeMs is the compression before it)',
      },
      { agents: 2800, turns, dbBytesPer30Turns: dbBytes, dbTarget: 'dbBytesPer30Turns <= 3000000', openMsMedian: Number(percentile(openMs, 50).toFixed(2)) },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The storage cases for `npm run bench` (one measurement run, printed as one JSON line). */
export const storageCases: BenchCase[] = [
  {
    name: 'storage.kpu.2800',
    run: () => {
      const [commit, session] = runStorageBench(30);
      return { ...commit, ...session };
    },
  },
];
