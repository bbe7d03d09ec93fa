import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HostError } from '../../../shared/contract/rpc';
import type { CreateSessionInput } from '../../../shared/contract/sessions';
import { smallSetup } from '../../../shared/engine/fixtures';
import { translate } from '../../../shared/i18n/messages';
import { initialGameState, useGameStore } from './gameStore';
import { useUiStore } from '../state/uiStore';
import { currentPlay } from './playSession';
import { hashGame, type Order } from './engineFacade';
import { beginPlanning, finishPlan, leaveGame, resumeSession, retryResolve, sendInstructorCommand, skipPlayback, startNewSession, continueAfterSummary } from './gameFlow';
import { addOrder } from './planActions';
import { fakeHost } from './testing/fakeHost';
import { runFrames, stubPage } from './testing/frameQueue';

vi.mock('../host/hostClient', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../host/hostClient')>()),
  host: (await import('./testing/fakeHost')).fakeHost.client,
}));

/**
 * The hot-seat flow (gameFlow.ts) against a fake host that plays the host contract on the real engine:
 * plans reach the host in order, the mirror and the host agree turn by turn, a hash mismatch stops the
 * game with a message, drafts come back on resume, and a finish the host fails half-way leaves host,
 * mirror and screen consistent with a clear message.
 */

const HOLD: Order = { type: 'hold', unitId: 'awal-1' };
const APPEAL: Order = { type: 'appeal', unitId: 'awal-1' };
const ORASI: Order = { type: 'orasi', groupId: 'massa-1' };

function newSessionInput(): CreateSessionInput {
  const setup = smallSetup(40, 4);
  return {
    name: 'Uji alur', scenarioId: 'uji', setup, seed: 5, crowdController: 'person',
    players: [{ id: 'polisi', name: 'Kapolres', role: 'police' }, { id: 'massa', name: 'Korlap', role: 'crowd' }],
  };
}

/** Lets the fake host's answers (promises only, no timers) and what they set off settle. */
async function settle(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
}

/** The fake host's hash of its own game of session `id` (the authoritative state). */
const hashOnHost = (id: string) => hashGame(fakeHost.gameOf(id));

const state = () => useGameStore.getState();
const shown = (notice: { key: Parameters<typeof translate>[1]; params?: Record<string, string | number> } | null) =>
  notice ? translate('id', notice.key, notice.params) : null;

/** The player at the device plans `orders` and presses "Selesai merencanakan". */
async function planAndFinish(orders: Order[]): Promise<void> {
  expect(state().phase).toBe('handoff');
  beginPlanning();
  for (const order of orders) addOrder(order);
  await finishPlan();
  await settle();
}

/** The skip button, and the frames the rest of the turn is run in. */
function skipToEnd(): void {
  skipPlayback();
  runFrames();
}

async function startSession(): Promise<string> {
  expect(await startNewSession(newSessionInput())).toBe(true);
  return state().sessionId!;
}

beforeEach(() => {
  fakeHost.reset();
  useGameStore.setState({ ...initialGameState });
  useUiStore.setState({ lastError: null });
  // Playback runs on animation frames; the tests skip and run the frames the skip takes.
  stubPage();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  leaveGame();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('a hot-seat turn', () => {
  it('sends each plan in turn, resolves on the host, and shows the summary when mirror and host agree', async () => {
    const id = await startSession();
    expect(state()).toMatchObject({ phase: 'handoff', currentPlayerId: 'polisi', turn: 0, plan: [] });
    await planAndFinish([HOLD]);
    expect(state()).toMatchObject({ phase: 'handoff', currentPlayerId: 'massa', plan: [] });
    await planAndFinish([ORASI]);
    expect(fakeHost.sentCommandTypes()).toEqual(['submitOrders', 'endPlan', 'submitOrders', 'endPlan', 'resolveTurn']);
    expect(state().phase).toBe('playback');
    skipToEnd();
    expect(state()).toMatchObject({ phase: 'summary', turn: 1, failure: null });
    expect(state().summary?.turn).toBe(0);
    expect(currentPlay()!.mirror.hash()).toBe(hashOnHost(id));
    expect((await fakeHost.client.openSession(id)).stateHash).toBe(hashOnHost(id));
    continueAfterSummary();
    expect(state()).toMatchObject({ phase: 'handoff', currentPlayerId: 'polisi', turn: 1, plan: [] });
  });

  it('a plan the engine refuses stays on screen, names the unit and the order, and nothing is sent or ended', async () => {
    await startSession();
    beginPlanning();
    // An order placement would refuse (a stale draft, say), put straight into the plan.
    useGameStore.setState({ plan: [HOLD, { type: 'tear_gas', unitId: 'awal-1', area: { x: 0, y: 0, r: 8 } } as Order] });
    await finishPlan();
    await settle();
    expect(state().phase).toBe('planning');
    expect(state().refusal).toMatchObject({ unitId: 'awal-1', orderType: 'tear_gas', reason: 'order_not_allowed' });
    expect(fakeHost.sentCommandTypes()).toEqual([]);
    expect(currentPlay()!.mirror.game.state.players.every((player) => !player.endedPlan)).toBe(true);
  });

  it('an order the engine refuses is refused when it is placed, and the plan stays as it was', async () => {
    await startSession();
    beginPlanning();
    addOrder(HOLD);
    expect(addOrder({ type: 'hold', unitId: 'massa-1' } as unknown as Order)).toBe(false);
    expect(state().plan).toEqual([HOLD]);
    expect(state().refusal).toMatchObject({ unitId: 'massa-1', orderType: 'hold' });
  });
});

describe('hash checks', () => {
  it('a host hash that differs from the mirror after a resolved turn stops the game with a message', async () => {
    await startSession();
    await planAndFinish([HOLD]);
    fakeHost.tamperHashes = true;
    await planAndFinish([ORASI]);
    skipToEnd();
    expect(state().phase).toBe('failed');
    expect(state().summary).toBeNull();
    expect(shown(state().failure)).toBe('Hasil simulasi lokal berbeda dari rekaman host (giliran 1). Muat ulang sesi.');
  });

  it('a stored session whose hash differs from the rebuilt mirror is not played on', async () => {
    const id = await startSession();
    await planAndFinish([HOLD]);
    leaveGame();
    fakeHost.tamperHashes = true;
    await resumeSession(id);
    expect(state()).toMatchObject({ phase: 'failed', currentPlayerId: null });
    expect(shown(state().failure)).toBe('Hasil simulasi lokal berbeda dari rekaman host (giliran 1). Muat ulang sesi.');
  });

  it('a command the host accepts but the mirror refuses stops the game instead of playing on', async () => {
    await startSession();
    // Plans are checked on the mirror before they are sent; an exercise-director command is not.
    fakeHost.acceptBlindly = (command) => command.type === 'injectEvent';
    beginPlanning();
    await sendInstructorCommand({ type: 'injectEvent', playerId: 'polisi', eventId: 'nothing' });
    await settle();
    expect(state().phase).toBe('failed');
    expect(state().failure?.key).toBe('game.hashMismatch');
    expect(fakeHost.sentCommandTypes()).toEqual(['injectEvent']);
  });
});

describe('drafts and resume', () => {
  it('the plan saved as a draft comes back for the player whose turn it was', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const id = await startSession();
    await planAndFinish([HOLD]);
    beginPlanning();
    addOrder(ORASI);
    expect(state().draftSaved).toBe(false);
    await vi.advanceTimersByTimeAsync(500);
    await settle();
    expect(state().draftSaved).toBe(true);
    expect(fakeHost.calls.filter((call) => call.method === 'saveDraft').map((call) => call.args)).toEqual([[id, 'massa', [ORASI]]]);
    leaveGame();

    await resumeSession(id);
    expect(state()).toMatchObject({ phase: 'handoff', currentPlayerId: 'massa', turn: 0, plan: [ORASI], draftSaved: true });
  });

  it('a draft of an earlier turn is not restored', async () => {
    const id = await startSession();
    await planAndFinish([HOLD]);
    await planAndFinish([ORASI]);
    skipToEnd();
    // The room went on past the summary (a reload during the summary would show it again, rewatch.test).
    continueAfterSummary();
    fakeHost.storeDraft(id, { playerId: 'polisi', turn: 0, orders: [APPEAL] });
    leaveGame();
    await resumeSession(id);
    expect(state()).toMatchObject({ phase: 'handoff', currentPlayerId: 'polisi', turn: 1, plan: [] });
  });
});

describe('a finish the host fails half-way', () => {
  const storageBusy = () => new HostError('storage_busy', 'database is locked');

  it('orders stored but the end of planning not: back to planning with the plan, a clear message, host and mirror agreeing', async () => {
    const id = await startSession();
    fakeHost.failOnce((call) => call.method === 'sendCommand' && (call.args[1] as { type: string }).type === 'endPlan', storageBusy());
    beginPlanning();
    addOrder(HOLD);
    await finishPlan();
    await settle();
    expect(state()).toMatchObject({ phase: 'planning', currentPlayerId: 'polisi', plan: [HOLD] });
    expect(shown(state().notice)).toBe('Rencana belum terkirim seluruhnya. Perintah Anda masih di sini; tekan "Selesai merencanakan" lagi.');
    expect(useUiStore.getState().lastError?.messageKey).toBe('error.storage_busy');
    expect(currentPlay()!.mirror.hash()).toBe(hashOnHost(id));
    expect(fakeHost.gameOf(id).state.planned.polisi?.map((planned) => planned.order)).toEqual([HOLD]);

    // Pressing finish again completes it.
    await finishPlan();
    await settle();
    expect(state()).toMatchObject({ phase: 'handoff', currentPlayerId: 'massa' });
    expect(currentPlay()!.mirror.hash()).toBe(hashOnHost(id));
  });

  it('after that, a reload shows the orders the host holds (the host dropped the draft when it stored them)', async () => {
    const id = await startSession();
    fakeHost.failOnce((call) => call.method === 'sendCommand' && (call.args[1] as { type: string }).type === 'endPlan', storageBusy());
    beginPlanning();
    addOrder(HOLD);
    await finishPlan();
    await settle();
    leaveGame();
    await resumeSession(id);
    expect(state()).toMatchObject({ phase: 'handoff', currentPlayerId: 'polisi', plan: [HOLD] });
  });

  it('nothing stored: the plan stays, the host and the mirror still have no orders', async () => {
    const id = await startSession();
    fakeHost.failOnce((call) => call.method === 'sendCommand', storageBusy());
    beginPlanning();
    addOrder(HOLD);
    await finishPlan();
    await settle();
    expect(state()).toMatchObject({ phase: 'planning', plan: [HOLD] });
    expect(state().notice?.key).toBe('plan.sendFailed');
    expect(fakeHost.gameOf(id).state.planned.polisi ?? []).toEqual([]);
    expect(currentPlay()!.mirror.game.state.planned.polisi ?? []).toEqual([]);
  });

  it('the resolution the host could not store fails with a retry, and the retry plays the same turn', async () => {
    const id = await startSession();
    await planAndFinish([HOLD]);
    fakeHost.failOnce((call) => call.method === 'sendCommand' && (call.args[1] as { type: string }).type === 'resolveTurn', storageBusy());
    await planAndFinish([ORASI]);
    expect(state()).toMatchObject({ phase: 'failed', failure: { key: 'error.storage_busy', retry: 'resolve' } });
    expect(fakeHost.gameOf(id).state.turn).toBe(0);
    expect(currentPlay()!.mirror.hash()).toBe(hashOnHost(id));
    retryResolve();
    await settle();
    expect(state().phase).toBe('playback');
    skipToEnd();
    expect(state()).toMatchObject({ phase: 'summary', turn: 1, failure: null });
  });
});
