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
import { finishDirector, openDirectorConsole, queueDirectorAction, withdrawDirectorAction } from './directorFlow';
import { addOrder } from './planActions';
import { fakeHost } from './testing/fakeHost';
import { runFrames, stubPage } from './testing/frameQueue';

vi.mock('../host/hostClient', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../host/hostClient')>()),
  host: (await import('./testing/fakeHost')).fakeHost.client,
}));

/**
 * The Direktur Latihan's turn between turns (directorFlow.ts) against the fake host on the real engine:
 * after the summary the device goes to the director's own hand-off, the console's decisions stay a
 * local queue (withdrawable, nothing sent) until "Selesai", which sends them in order and hands over to
 * the players; a refusal keeps what was not sent.
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

/** Plays one turn (both players plan, the playback is skipped) and leaves the summary open. */
async function playTurn(): Promise<void> {
  for (const order of [HOLD, ORASI]) {
    expect(state().phase).toBe('handoff');
    beginPlanning();
    addOrder(order);
    await finishPlan();
    await settle();
  }
  skipPlayback();
  runFrames();
  expect(state().phase).toBe('summary');
}

/** A session played to its first summary, then handed to the director's console. */
async function toConsole(): Promise<string> {
  expect(await startNewSession(newSessionInput())).toBe(true);
  const id = state().sessionId!;
  await playTurn();
  continueAfterSummary();
  expect(state()).toMatchObject({ phase: 'directorHandoff', currentPlayerId: null });
  openDirectorConsole();
  expect(state()).toMatchObject({ phase: 'director', directorQueue: [] });
  return id;
}

const instructorCommands = () => fakeHost.sentCommandTypes().filter((type) => type === 'injectEvent' || type === 'setSituationLevel');

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

describe("the director's turn", () => {
  it('comes after the summary through its own hand-off; the queue is sent only on "Selesai", then the players plan', async () => {
    const id = await toConsole();
    queueDirectorAction({ kind: 'level', level: 'kuning', reason: 'uji' });
    queueDirectorAction({ kind: 'inject', eventId: 'isu' });
    queueDirectorAction({ kind: 'inject', eventId: 'isu' });
    queueDirectorAction({ kind: 'inject', eventId: 'bala' });
    // A level decision replaces the one queued before; an inject is not queued twice.
    queueDirectorAction({ kind: 'level', level: 'merah', reason: '' });
    expect(state().directorQueue).toEqual([
      { kind: 'inject', eventId: 'isu' }, { kind: 'inject', eventId: 'bala' }, { kind: 'level', level: 'merah', reason: '' },
    ]);
    // Withdrawing takes it out of the draft; nothing reached the host.
    withdrawDirectorAction(0);
    expect(state().directorQueue.map((action) => action.kind)).toEqual(['inject', 'level']);
    expect(instructorCommands()).toEqual([]);
    await finishDirector();
    expect(instructorCommands()).toEqual(['injectEvent', 'setSituationLevel']);
    expect(state()).toMatchObject({ phase: 'handoff', currentPlayerId: 'polisi', directorQueue: [], directorSending: false });
    const host = fakeHost.gameOf(id);
    expect(host.state.script?.pending.map((entry) => entry.eventId)).toEqual(['bala']);
    expect(host.state.doctrine.override?.level).toBe('merah');
    expect(hashGame(currentPlay()!.mirror.game)).toBe(hashGame(host));
    expect(state().hud?.level).toBe('merah');
  });

  it('"Selesai" with an empty queue sends nothing and hands over', async () => {
    await toConsole();
    await finishDirector();
    expect(instructorCommands()).toEqual([]);
    expect(state()).toMatchObject({ phase: 'handoff', currentPlayerId: 'polisi' });
  });

  it('a refusal stops the sending with a message in words; what was sent leaves the queue, the rest stays', async () => {
    const id = await toConsole();
    queueDirectorAction({ kind: 'level', level: 'kuning', reason: '' });
    queueDirectorAction({ kind: 'inject', eventId: 'isu' });
    fakeHost.failOnce((call) => call.method === 'sendCommand' && (call.args[1] as { type: string }).type === 'injectEvent', new HostError('storage_busy', 'database is locked'));
    await finishDirector();
    expect(state()).toMatchObject({ phase: 'director', directorQueue: [{ kind: 'inject', eventId: 'isu' }], directorSending: false });
    const notice = state().notice!;
    const text = translate('id', notice.key, Object.fromEntries(Object.entries(notice.keyParams ?? {}).map(([k, key]) => [k, translate('id', key)])));
    expect(text).toMatch(/^Ditolak: .+\. Tindakan yang belum terkirim masih di antrean\.$/);
    expect(text).not.toMatch(/storage_busy|database/);
    expect(fakeHost.gameOf(id).state.doctrine.override?.level).toBe('kuning');
    // Pressing "Selesai" again sends the rest.
    await finishDirector();
    expect(state().phase).toBe('handoff');
    expect(fakeHost.gameOf(id).state.script?.pending.map((entry) => entry.eventId)).toEqual(['isu']);
  });

  it('a session without a director goes from the summary straight to the players', async () => {
    const input = newSessionInput();
    input.players = input.players.filter((player) => player.role !== 'instructor');
    (input.setup as { players: { side: string }[] }).players = (input.setup as { players: { side: string }[] }).players.filter((p) => p.side !== 'instructor');
    expect(await startNewSession(input)).toBe(true);
    await playTurn();
    continueAfterSummary();
    expect(state()).toMatchObject({ phase: 'handoff', currentPlayerId: 'polisi' });
  });
});
