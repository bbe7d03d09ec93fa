import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HostError } from '../../../shared/contract/rpc';
import type { CreateSessionInput } from '../../../shared/contract/sessions';
import { smallSetup } from '../../../shared/engine/fixtures';
import { translate } from '../../../shared/i18n/messages';
import { initialGameState, useGameStore } from './gameStore';
import { useUiStore } from '../state/uiStore';
import { currentPlay } from './playSession';
import { hashGame, type Order } from './engineFacade';
import { beginPlanning, continueAfterSummary, finishPlan, leaveGame, skipPlayback, startNewSession } from './gameFlow';
import { finishDirector, openDirectorConsole, pauseForDirector, queueDirectorAction, resumeFromDirector, withdrawDirectorAction } from './directorFlow';
import { addOrder } from './planActions';
import { fakeHost } from './testing/fakeHost';
import { runFrames, stubPage } from './testing/frameQueue';

vi.mock('../host/hostClient', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../host/hostClient')>()),
  host: (await import('./testing/fakeHost')).fakeHost.client,
}));

/**
 * The Direktur Latihan pausing the playback mid-turn (directorFlow.ts pauseForDirector) against the fake
 * host on the real engine: the turn being played is untouched, the injects queued in the pause wait in
 * the director's queue, reach the console after the turn, and fire as the next turn starts.
 */

const HOLD: Order = { type: 'hold', unitId: 'awal-1' };
const ORASI: Order = { type: 'orasi', groupId: 'massa-1' };
const label = (id: string) => ({ id: `Kejadian ${id}`, en: `Event ${id}` });

function newSessionInput(): CreateSessionInput {
  const setup = {
    ...smallSetup(40, 4),
    script: {
      events: [
        { id: 'isu', label: label('isu'), when: [{ type: 'manual' }], effects: [{ type: 'agitate', amount: 0.1 }] },
        { id: 'bala', label: label('bala'), when: [{ type: 'manual' }], effects: [{ type: 'agitate', amount: 0.05 }] },
      ],
    },
  };
  setup.players = [...setup.players, { id: 'dirlat', name: 'Kompol Rina', side: 'instructor', controls: [] }];
  return {
    name: 'Uji direktur', scenarioId: 'uji', setup, seed: 5, crowdController: 'person',
    players: [
      { id: 'polisi', name: 'Kapolres', role: 'police' }, { id: 'massa', name: 'Korlap', role: 'crowd' },
      { id: 'dirlat', name: 'Kompol Rina', role: 'instructor' },
    ],
  };
}

async function settle(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
}

const state = () => useGameStore.getState();

const instructorCommands = () => fakeHost.sentCommandTypes().filter((type) => type === 'injectEvent' || type === 'setSituationLevel');

/** Both players plan; the playback starts (not skipped). */
async function toPlayback(): Promise<void> {
  for (const order of [HOLD, ORASI]) {
    expect(state().phase).toBe('handoff');
    beginPlanning();
    addOrder(order);
    await finishPlan();
    await settle();
  }
  expect(state().phase).toBe('playback');
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

describe('the director pausing the playback', () => {
  it('pauses at any moment; injects queued then leave the turn alone and fire as the next turn starts', async () => {
    expect(await startNewSession(newSessionInput())).toBe(true);
    const id = state().sessionId!;
    await toPlayback();
    runFrames(3);
    pauseForDirector();
    expect(state()).toMatchObject({ paused: true, directorPause: true });
    const mirror = currentPlay()!.mirror.game;
    const tickAtPause = mirror.state.tick;
    const hashAtPause = hashGame(mirror);
    queueDirectorAction({ kind: 'inject', eventId: 'isu' });
    queueDirectorAction({ kind: 'inject', eventId: 'bala' });
    withdrawDirectorAction(0);
    expect(state().directorQueue).toEqual([{ kind: 'inject', eventId: 'bala' }]);
    // Paused: frames pass, the turn does not move and nothing reaches the host.
    runFrames(5);
    expect(currentPlay()!.mirror.game.state.tick).toBe(tickAtPause);
    expect(hashGame(currentPlay()!.mirror.game)).toBe(hashAtPause);
    expect(instructorCommands()).toEqual([]);
    resumeFromDirector();
    expect(state()).toMatchObject({ paused: false, directorPause: false });
    skipPlayback();
    runFrames();
    expect(state().phase).toBe('summary');
    // The turn played out exactly as the host resolved it.
    expect(hashGame(currentPlay()!.mirror.game)).toBe(hashGame(fakeHost.gameOf(id)));
    continueAfterSummary();
    openDirectorConsole();
    expect(state()).toMatchObject({ phase: 'director', directorQueue: [{ kind: 'inject', eventId: 'bala' }] });
    await finishDirector();
    expect(instructorCommands()).toEqual(['injectEvent']);
    const host = fakeHost.gameOf(id);
    expect(host.state.script?.pending.map((entry) => entry.eventId)).toEqual(['bala']);
    // The next turn: the inject fires as it starts.
    await toPlayback();
    skipPlayback();
    runFrames();
    const fired = fakeHost.gameOf(id).state.script!.fired;
    expect(fired.bala).toBe(host.state.ticksPerTurn);
    expect(fired.isu).toBeUndefined();
  });

  it('is offered only during a playback with a director: nothing can be queued otherwise', async () => {
    expect(await startNewSession(newSessionInput())).toBe(true);
    pauseForDirector();
    expect(state().directorPause).toBe(false);
    queueDirectorAction({ kind: 'inject', eventId: 'isu' });
    expect(state().directorQueue).toEqual([]);
  });
});
