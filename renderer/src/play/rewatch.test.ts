import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CreateSessionInput } from '../../../shared/contract/sessions';
import { smallSetup } from '../../../shared/engine/fixtures';
import { useUiStore } from '../state/uiStore';
import { hashGame, type Order } from './engineFacade';
import { beginPlanning, continueAfterSummary, finishPlan, leaveGame, resumeSession, skipPlayback, startNewSession } from './gameFlow';
import { initialGameState, useGameStore } from './gameStore';
import { addOrder } from './planActions';
import { currentPlay } from './playSession';
import { backToHandoff, openSummary, replayTurn, showSummaries, stopReplay } from './rewatch';
import { fakeHost } from './testing/fakeHost';
import { runFrames, stubPage } from './testing/frameQueue';
import { readWatchMark } from './watchMarks';

vi.mock('../host/hostClient', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../host/hostClient')>()),
  host: (await import('./testing/fakeHost')).fakeHost.client,
}));

/**
 * Watching turns again during play (rewatch.ts) against the fake host: a replay plays on a copy and
 * leaves the mirror as it was, every turn's summary can be reopened (kept, or made from the host's
 * stored events after a reload), and a session entered again after a reload during a playback shows
 * that playback and then its summary before the next planning.
 */

const HOLD: Order = { type: 'hold', unitId: 'awal-1' };
const APPEAL: Order = { type: 'appeal', unitId: 'awal-1' };
const ORASI: Order = { type: 'orasi', groupId: 'massa-1' };
const MARCH: Order = { type: 'march', groupId: 'massa-1', to: { x: 80, y: 24 } };

function newSessionInput(): CreateSessionInput {
  return {
    name: 'Uji tonton ulang', scenarioId: 'uji', setup: smallSetup(40, 4), seed: 7, crowdController: 'person',
    players: [{ id: 'polisi', name: 'Kapolres', role: 'police' }, { id: 'massa', name: 'Korlap', role: 'crowd' }],
  };
}

async function settle(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
}

const state = () => useGameStore.getState();

/** Both players plan (police first, then the crowd) and the turn resolves: the playback starts. */
async function playTurn(police: Order[], crowd: Order[]): Promise<void> {
  for (const orders of [police, crowd]) {
    expect(state().phase).toBe('handoff');
    beginPlanning();
    for (const order of orders) addOrder(order);
    await finishPlan();
    await settle();
  }
  expect(state().phase).toBe('playback');
}

/** The skip button, and the frames the rest of the turn is run in. */
function skipToEnd(): void {
  skipPlayback();
  runFrames();
}

/** Leaves the game and enters the session again from the library, as after a reload. */
async function reload(id: string): Promise<void> {
  leaveGame();
  await resumeSession(id);
  await settle();
}

beforeEach(() => {
  fakeHost.reset();
  useGameStore.setState({ ...initialGameState });
  useUiStore.setState({ lastError: null });
  stubPage();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  leaveGame();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('replaying a turn from its summary', () => {
  it('plays the turn again on a copy with the playback controls; the mirror keeps its hash and the summary comes back', async () => {
    expect(await startNewSession(newSessionInput())).toBe(true);
    const id = state().sessionId!;
    await playTurn([APPEAL], [ORASI]);
    skipToEnd();
    const summary = state().summary!;
    const play = currentPlay()!;
    const mirrorHash = play.mirror.hash();
    expect(mirrorHash).toBe(hashGame(fakeHost.gameOf(id)));

    for (let time = 0; time < 2; time++) {
      await replayTurn(0);
      expect(state()).toMatchObject({ phase: 'replay', replayTurn: 0 });
      expect(play.shownGame()).not.toBe(play.mirror.game);
      expect(play.shownGame().state.phase).toBe('resolving');
      expect(play.mirror.hash()).toBe(mirrorHash);
      skipToEnd();
      expect(state()).toMatchObject({ phase: 'summary', replayTurn: null, notice: null, turn: 1 });
      expect(state().summary).toEqual(summary);
      expect(play.shownGame()).toBe(play.mirror.game);
      expect(play.mirror.hash()).toBe(mirrorHash);
    }
    expect(fakeHost.calls.map((call) => call.method)).not.toContain('getTurnSnapshot');
    continueAfterSummary();
    expect(state()).toMatchObject({ phase: 'handoff', currentPlayerId: 'polisi', turn: 1 });
  });

  it('a replay closed half-way shows the summary and the mirror as they were', async () => {
    await startNewSession(newSessionInput());
    await playTurn([HOLD], [ORASI]);
    skipToEnd();
    const mirrorHash = currentPlay()!.mirror.hash();
    const hud = state().hud;
    await replayTurn(0);
    runFrames(3);
    stopReplay();
    expect(state()).toMatchObject({ phase: 'summary', replayTurn: null });
    expect(state().hud).toEqual(hud);
    expect(currentPlay()!.display).toBeNull();
    expect(currentPlay()!.mirror.hash()).toBe(mirrorHash);
    runFrames();
    expect(state().phase).toBe('summary');
  });

  it('an earlier turn after a reload is rebuilt from the host\'s snapshot and ends on the recorded hash', async () => {
    await startNewSession(newSessionInput());
    const id = state().sessionId!;
    await playTurn([APPEAL], [ORASI]);
    skipToEnd();
    continueAfterSummary();
    await playTurn([HOLD], [MARCH]);
    skipToEnd();
    const second = state().summary!;
    continueAfterSummary();

    await reload(id);
    expect(state()).toMatchObject({ phase: 'handoff', turn: 2, resolvedTurns: 2 });
    const mirrorHash = currentPlay()!.mirror.hash();
    showSummaries();
    await settle();
    expect(state()).toMatchObject({ phase: 'summary', summaryFrom: 'handoff', summaryLoading: null });
    expect(state().summary).toEqual(second);
    await replayTurn(1);
    expect(fakeHost.calls.filter((call) => call.method === 'getTurnSnapshot').map((call) => call.args)).toEqual([[id, 1]]);
    skipToEnd();
    expect(state()).toMatchObject({ phase: 'summary', summaryFrom: 'handoff', notice: null });
    expect(state().summary).toEqual(second);
    expect(currentPlay()!.mirror.hash()).toBe(mirrorHash);
    backToHandoff();
    expect(state()).toMatchObject({ phase: 'handoff', currentPlayerId: 'polisi', turn: 2 });
  });
});

describe('reopening summaries', () => {
  it('every turn\'s summary reopens from the summary, kept or made from the host\'s stored events, the same as when it was played', async () => {
    await startNewSession(newSessionInput());
    const id = state().sessionId!;
    await playTurn([APPEAL], [ORASI]);
    skipToEnd();
    const first = state().summary!;
    continueAfterSummary();
    await playTurn([HOLD], [MARCH]);
    skipToEnd();
    const second = state().summary!;
    expect(state()).toMatchObject({ resolvedTurns: 2, summaryFrom: 'turnEnd' });

    await openSummary(0);
    expect(state()).toMatchObject({ phase: 'summary', summaryLoading: null });
    expect(state().summary).toBe(first);
    expect(fakeHost.calls.map((call) => call.method)).not.toContain('listEvents');

    // After a reload nothing is kept: the summaries come from the events the host stored.
    continueAfterSummary();
    await reload(id);
    showSummaries();
    await settle();
    expect(state().summary).toEqual(second);
    await openSummary(0);
    expect(state().summary).toEqual(first);
    expect(fakeHost.calls.filter((call) => call.method === 'listEvents')).toHaveLength(2);
    expect(state()).toMatchObject({ phase: 'summary', summaryFrom: 'handoff' });
  });

  it('a summary the host cannot give says so and leaves the game as it was', async () => {
    await startNewSession(newSessionInput());
    const id = state().sessionId!;
    await playTurn([APPEAL], [ORASI]);
    skipToEnd();
    continueAfterSummary();
    await reload(id);
    fakeHost.failOnce((call) => call.method === 'listEvents', new (await import('../../../shared/contract/rpc')).HostError('storage_io', 'disk I/O error'));
    showSummaries();
    await settle();
    expect(state()).toMatchObject({ phase: 'summary', summaryLoading: null, notice: { key: 'rewatch.summaryFailed', params: { turn: 1 } } });
    backToHandoff();
    expect(state()).toMatchObject({ phase: 'handoff', currentPlayerId: 'polisi', notice: null });
  });
});

describe('a reload during a playback', () => {
  it('brings the room back to that turn\'s playback, then its summary, then the next planning', async () => {
    await startNewSession(newSessionInput());
    const id = state().sessionId!;
    await playTurn([APPEAL], [ORASI]);
    runFrames(2);
    expect(readWatchMark(id)).toEqual({ turn: 0, watched: false });

    await reload(id);
    const play = currentPlay()!;
    expect(state()).toMatchObject({ phase: 'playback', turn: 0, summary: null });
    expect(play.mirror.hash()).toBe(hashGame(fakeHost.gameOf(id)));
    expect(play.shownGame()).not.toBe(play.mirror.game);
    expect(play.shownGame().state.tick).toBeLessThan(play.mirror.game.state.tick);
    skipToEnd();
    expect(state()).toMatchObject({ phase: 'summary', turn: 1, notice: null, summaryFrom: 'turnEnd' });
    expect(state().summary?.turn).toBe(0);
    const shown = state().summary!;
    expect(shown.concerns.length + shown.proper.length + shown.routine.count).toBeGreaterThan(0);
    expect(readWatchMark(id)).toEqual({ turn: 0, watched: true });
    const summary = state().summary;

    // A reload during the summary shows the summary again, not the playback.
    await reload(id);
    expect(state()).toMatchObject({ phase: 'summary', turn: 1 });
    expect(state().summary).toEqual(summary);

    continueAfterSummary();
    expect(readWatchMark(id)).toBeNull();
    await reload(id);
    expect(state()).toMatchObject({ phase: 'handoff', currentPlayerId: 'polisi', turn: 1 });
  });

  it('a mark the session has moved past is dropped, and a resolution the host never stored is not shown', async () => {
    await startNewSession(newSessionInput());
    const id = state().sessionId!;
    await playTurn([APPEAL], [ORASI]);
    skipToEnd();
    // The room went on and the next player planned; a mark left behind no longer fits the session.
    continueAfterSummary();
    localStorage.setItem(`sispamkota.watch.${id}`, JSON.stringify({ turn: 0, watched: false }));
    beginPlanning();
    addOrder(HOLD);
    await finishPlan();
    await settle();
    await reload(id);
    expect(state()).toMatchObject({ phase: 'handoff', currentPlayerId: 'massa', turn: 1 });
    expect(readWatchMark(id)).toBeNull();

    // A mark of a turn the host did not resolve (the resolution failed) is dropped as well.
    localStorage.setItem(`sispamkota.watch.${id}`, JSON.stringify({ turn: 1, watched: false }));
    await reload(id);
    expect(state()).toMatchObject({ phase: 'handoff', currentPlayerId: 'massa', turn: 1 });
    expect(readWatchMark(id)).toBeNull();
  });
});
