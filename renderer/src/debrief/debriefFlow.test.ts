import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HostError } from '../../../shared/contract/rpc';
import { smallSetup } from '../../../shared/engine/fixtures';
import { createReplay, hashGame, type Command } from '../../../shared/engine';
import { fakeHost } from '../play/testing/fakeHost';
import { useUiStore } from '../state/uiStore';
import { addAnnotation, closeDebrief, deleteAnnotation, openDebrief, play, seekTo, selectEntry, setSpeed, toggleAutoPause, updateAnnotation, setReplayWorkerFactory } from './debriefFlow';
import { useDebriefStore } from './debriefStore';
import { currentDebrief } from './debriefSession';
import { inProcessWorker, type InProcessWorker } from './testing/inProcessWorker';

vi.mock('../host/hostClient', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../host/hostClient')>()),
  host: (await import('../play/testing/fakeHost')).fakeHost.client,
}));

/**
 * The debrief's flow against the fake host and the replay worker run in-process: it opens a session at
 * its end from the stored last snapshot, hands the worker the earlier turn ends, shows any moment
 * exactly as the engine's own replay does, plays and stops at chosen key moments, and keeps notes.
 */

const setup = smallSetup(40, 4);
const LOG: Command[] = [
  { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'appeal', unitId: 'awal-1' }] },
  { type: 'submitOrders', playerId: 'massa', orders: [{ type: 'march', groupId: 'massa-1', to: { x: 60, y: 30 } }] },
  { type: 'resolveTurn', force: true },
  { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'hold', unitId: 'awal-1' }, { type: 'appeal', unitId: 'awal-1' }] },
  { type: 'resolveTurn', force: true },
  { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'appeal', unitId: 'awal-1' }] },
  { type: 'resolveTurn', force: true },
];

let worker: InProcessWorker;
let clock = 0;
let frames: ((now: number) => void)[] = [];

/** Runs animation frames 100 ms apart until none is queued (or `limit`). */
function runFrames(limit = 1000): void {
  for (let k = 0; k < limit && frames.length > 0; k += 1) {
    clock += 100;
    frames.shift()!(clock);
  }
}

async function settle(): Promise<void> {
  for (let k = 0; k < 5; k += 1) await new Promise((resolve) => setImmediate(resolve));
}

/** Records LOG as a session on the fake host; returns its id. */
async function recorded(): Promise<string> {
  const detail = await fakeHost.client.createSession({
    name: 'Anev uji', scenarioId: 'uji', setup, seed: 9, crowdController: 'person',
    players: [{ id: 'polisi', name: 'Kapolres', role: 'police' }, { id: 'massa', name: 'Korlap', role: 'crowd' }],
  });
  for (const command of LOG) {
    const outcome = await fakeHost.client.sendCommand(detail.summary.id, command);
    if (!outcome.ok) throw new Error(outcome.message);
  }
  return detail.summary.id;
}

const reference = () => {
  const made = createReplay(setup, 9, LOG);
  if (!made.ok) throw new Error(made.message);
  return made.replay;
};

beforeEach(() => {
  fakeHost.reset();
  worker = inProcessWorker();
  setReplayWorkerFactory(() => worker.port);
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: (now: number) => void) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
});

afterEach(() => {
  closeDebrief();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('openDebrief', () => {
  it('shows the last moment from the stored snapshot, then hands the worker the earlier turn ends', async () => {
    const id = await recorded();
    await openDebrief(id);
    await settle();
    const state = useDebriefStore.getState();
    expect(useUiStore.getState().screen).toBe('debrief');
    expect(state.status).toBe('ready');
    expect(state.totalTicks).toBe(3 * 120);
    expect(state.tick).toBe(360);
    expect(hashGame(currentDebrief()!.display!.game)).toBe(hashGame(fakeHost.gameOf(id)));
    const open = worker.received.find((m) => m.type === 'open')!;
    expect(open.type === 'open' && open.lastTurnSnapshot !== null).toBe(true);
    expect(worker.received.filter((m) => m.type === 'turnSnapshot').map((m) => m.type === 'turnSnapshot' && m.turn)).toEqual([2, 1]);
    expect(state.entries.some((entry) => entry.type === 'measure_judged' && entry.playerId === 'polisi')).toBe(true);
    expect(state.markers.length).toBeGreaterThan(0);
  });

  it('shows any moment exactly as the engine replay does, jumping back and forth', async () => {
    const id = await recorded();
    await openDebrief(id, { tick: 0 });
    await settle();
    const replay = reference();
    for (const tick of [200, 5, 359, 120, 121, 0, 360]) {
      seekTo(tick);
      expect(useDebriefStore.getState().tick).toBe(tick);
      expect(hashGame(currentDebrief()!.display!.game), `tick ${tick}`).toBe(hashGame(replay.seek(tick)));
      expect(useDebriefStore.getState().hud?.tick).toBe(tick);
    }
  });

  it('plays forward and stops at the next key moment of a chosen kind', async () => {
    const id = await recorded();
    await openDebrief(id, { tick: 1 });
    await settle();
    const judged = useDebriefStore.getState().markers.find((m) => m.kind === 'proper' && m.tick > 1)!;
    expect(judged).toBeDefined();
    toggleAutoPause('proper');
    setSpeed(16);
    play();
    runFrames();
    const state = useDebriefStore.getState();
    expect(state.playing).toBe(false);
    expect(state.tick).toBe(judged.tick);
    expect(currentDebrief()!.display!.game.state.tick).toBe(judged.tick);
    expect(state.selectedEntry).toBe(judged.entry);
  });

  it('picking a log entry shows its moment and frames its place', async () => {
    const id = await recorded();
    await openDebrief(id);
    await settle();
    const entries = useDebriefStore.getState().entries;
    const picks = [entries.findIndex((entry) => entry.place !== null && entry.fromTick > 0), entries.findIndex((entry) => entry.place === null && entry.fromTick > 0)];
    expect(picks.filter((index) => index >= 0).length).toBeGreaterThan(0);
    for (const index of picks.filter((k) => k >= 0)) {
      const entry = entries[index]!;
      selectEntry(index);
      const state = useDebriefStore.getState();
      expect(state.tick).toBe(entry.fromTick);
      expect(state.selectedEntry).toBe(index);
      expect(state.cameraCommand).toEqual(entry.place ? { kind: 'focus', point: [entry.place.x, entry.place.y] } : null);
      expect(currentDebrief()!.display!.game.state.tick).toBe(entry.fromTick);
    }
  });

  it('keeps notes and bookmarks: add at the moment shown, edit, delete', async () => {
    const id = await recorded();
    await openDebrief(id);
    await settle();
    seekTo(130);
    expect(await addAnnotation('bookmark', 'Himbauan kedua', 'Instruktur')).toBe(true);
    expect(await addAnnotation('note', 'Catatan', 'Instruktur', 10)).toBe(true);
    let notes = useDebriefStore.getState().annotations;
    expect(notes.map((n) => [n.tick, n.kind, n.text])).toEqual([[10, 'note', 'Catatan'], [130, 'bookmark', 'Himbauan kedua']]);
    expect(await updateAnnotation(notes[1]!.id, { text: 'Himbauan kedua, terlambat' })).toBe(true);
    expect(await deleteAnnotation(notes[0]!.id)).toBe(true);
    notes = useDebriefStore.getState().annotations;
    expect(notes.map((n) => n.text)).toEqual(['Himbauan kedua, terlambat']);
  });

  it('a host that cannot open the session leaves a clear failure and no worker', async () => {
    const id = await recorded();
    fakeHost.failOnce((call) => call.method === 'openSession', new HostError('storage_busy', 'database is locked'));
    await openDebrief(id);
    const state = useDebriefStore.getState();
    expect(state.status).toBe('failed');
    expect(state.failure?.key).toBe('debrief.loadFailed');
    expect(currentDebrief()).toBeNull();
  });
});
