/**
 * Debrief benchmark: the storage bench's 30-turn, 2,800-person session, opened the way the debrief
 * opens it — the host's detail, events and stored turn snapshots, then the renderer's own code path
 * (ReplayClient → ReplayWorkerCore → SessionReplay, frame bytes → ReplayDisplay), run in Node over an
 * in-process channel instead of a Web Worker. `debriefOpenMs` is open message to the last moment on
 * screen; scrubs are random moments right after opening, before any background warming (the worst
 * case: each first visit of a turn simulates from its start), then again once warmed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GameSessions } from '../../main/host/gameSessions';
import { openDatabase } from '../../main/storage/database';
import { SessionStore } from '../../main/storage/sessionStore';
import { ReplayClient, type ReplayFrame } from '../../renderer/src/debrief/replayClient';
import { inProcessWorker } from '../../renderer/src/debrief/testing/inProcessWorker';
import { ReplayDisplay } from '../../renderer/src/debrief/replayDisplay';
import type { BenchCase } from './engine';
import { playScriptedSession } from './scriptedSession';

const r2 = (x: number): number => Math.round(x * 100) / 100;
const percentile = (values: number[], p: number): number => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? NaN;

function runDebriefBench(turns = 30, scrubs = 40): Record<string, unknown> {
  const folder = mkdtempSync(join(tmpdir(), 'sispamkota-bench-debrief-'));
  try {
    const db = openDatabase(join(folder, 'bench.sqlite'));
    const store = new SessionStore(db);
    const id = playScriptedSession(new GameSessions(store), turns);
    const hostStarted = performance.now();
    const detail = new GameSessions(new SessionStore(db)).open(id);
    const events = store.events(id, 0, detail.turns.at(-1)!.endTick).map((event) => event.data);
    const hostOpenMs = performance.now() - hostStarted;
    const snapshots = detail.turns.map((_, k) => store.snapshotAt(id, detail.turns[k]!.turn)!);

    let display: ReplayDisplay | null = null;
    let lastFrame: ReplayFrame | null = null;
    const show = (frame: ReplayFrame) => {
      if (display) display.show(frame.bytes);
      else display = ReplayDisplay.fromSnapshot(frame.bytes);
      lastFrame = frame;
    };
    const worker = inProcessWorker();
    const client = new ReplayClient(worker.port, { frame: show, metrics: () => undefined, failed: (message) => { throw new Error(message); } });
    const source = { setup: detail.setup, seed: detail.seed, commands: detail.commands, turns: detail.turns.map((turn, k) => ({ turn: k + 1, endTick: turn.endTick, stateHash: turn.stateHash })) };
    const openStarted = performance.now();
    const totalTicks = detail.turns.at(-1)!.endTick;
    void client.open({ type: 'open', source, lastTurnSnapshot: snapshots.at(-1)!.slice(), events: events as never });
    client.seek(detail.turns.at(-1)!.endTick);
    const debriefOpenMs = performance.now() - openStarted;
    if (!display || !lastFrame) throw new Error('no frame after open');
    const shownAtEnd = (display as ReplayDisplay).game.state.tick;
    for (let k = snapshots.length - 1; k >= 1; k -= 1) client.giveTurnSnapshot(k, snapshots[k - 1]!.slice());

    const timeScrubs = (seed0: number): number[] => {
      const out: number[] = [];
      let seed = seed0;
      for (let k = 0; k < scrubs; k += 1) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        const tick = seed % (totalTicks + 1);
        const started = performance.now();
        client.seek(tick);
        if ((lastFrame as ReplayFrame | null)?.tick !== tick) throw new Error(`scrub to ${tick} showed ${(lastFrame as ReplayFrame | null)?.tick}`);
        out.push(performance.now() - started);
      }
      return out;
    };
    const cold = timeScrubs(99);
    const warmStarted = performance.now();
    while (worker.idleLeft() > 0) worker.runIdle(1);
    const warmAllMs = performance.now() - warmStarted;
    const warm = timeScrubs(12345);
    db.close();
    return {
      agents: 2800, turns, events: events.length, totalTicks, shownAtEnd, hostOpenMs: r2(hostOpenMs),
      debriefOpenMs: r2(debriefOpenMs), scrubMsMedian: r2(percentile(cold, 50)), scrubMsP95: r2(percentile(cold, 95)), scrubMsMax: r2(Math.max(...cold)),
      warmedScrubMsMedian: r2(percentile(warm, 50)), warmedScrubMsP95: r2(percentile(warm, 95)), backgroundWarmMs: r2(warmAllMs),
      target: 'debriefOpenMs <= 300; scrubMsMedian <= 100, scrubMsP95 <= 150 (scrubs right after opening, nothing warmed)',
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The debrief case for `npm run bench`. */
export const debriefCases: BenchCase[] = [{ name: 'debrief.kpu.2800', run: () => runDebriefBench(30, 40) }];
