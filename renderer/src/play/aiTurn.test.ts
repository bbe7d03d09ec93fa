import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CreateSessionInput } from '../../../shared/contract/sessions';
import { smallSetup } from '../../../shared/engine/fixtures';
import { AI_CROWD_PLAYER } from '../../../shared/ai/players';
import { initialGameState, useGameStore } from './gameStore';
import { useUiStore } from '../state/uiStore';
import { currentPlay } from './playSession';
import { hashGame } from './engineFacade';
import { beginPlanning, finishPlan, leaveGame, skipPlayback, startNewSession } from './gameFlow';
import { aiIntentsOf } from './aiTurn';
import { fakeHost } from './testing/fakeHost';
import { runFrames, stubPage } from './testing/frameQueue';

vi.mock('../host/hostClient', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../host/hostClient')>()),
  host: (await import('./testing/fakeHost')).fakeHost.client,
}));

/**
 * The AI crowd at the hot seat (aiTurn.ts through gameFlow.ts): once the police player finished, the
 * AI's plan goes to the host as the AI player's own submitOrders and endPlan (recorded like anyone's),
 * the turn resolves with host and mirror agreeing, and the turn's intent is there for the summary.
 */

function aiSessionInput(): CreateSessionInput {
  const setup = smallSetup(60, 4);
  setup.players = setup.players.map((p) => (p.side === 'crowd' ? { ...p, id: AI_CROWD_PLAYER.id, name: AI_CROWD_PLAYER.name } : p));
  return {
    name: 'Uji AI', scenarioId: 'uji', setup, seed: 5, crowdController: 'ai', aiLevel: 'ahli',
    players: [{ id: 'polisi', name: 'Kapolres', role: 'police' }, { id: AI_CROWD_PLAYER.id, name: AI_CROWD_PLAYER.name, role: 'crowd' }],
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));
const state = () => useGameStore.getState();

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

describe('the AI crowd at the hot seat', () => {
  it('plans without a hand-off, through the recorded command path, and keeps its intent for the summary', async () => {
    expect(await startNewSession(aiSessionInput())).toBe(true);
    const id = state().sessionId!;
    expect(state()).toMatchObject({ phase: 'handoff', currentPlayerId: 'polisi' });
    beginPlanning();
    await finishPlan();
    for (let k = 0; k < 5; k++) await settle();
    expect(fakeHost.sentCommandTypes()).toEqual(['submitOrders', 'endPlan', 'submitOrders', 'endPlan', 'resolveTurn']);
    const aiCommand = (await fakeHost.client.openSession(id)).commands[2] as { type: string; playerId: string; orders: unknown[] };
    expect(aiCommand).toMatchObject({ type: 'submitOrders', playerId: AI_CROWD_PLAYER.id });
    expect(aiCommand.orders.length).toBeGreaterThan(0);
    expect(state().phase).toBe('playback');
    skipPlayback();
    runFrames();
    expect(state()).toMatchObject({ phase: 'summary', turn: 1, failure: null });
    expect(currentPlay()!.mirror.hash()).toBe(hashGame(fakeHost.gameOf(id)));
    const intent = aiIntentsOf(0).find((i) => i.side === 'crowd');
    expect(intent).toMatchObject({ level: 'ahli', turn: 0 });
    expect(intent!.groups.map((g) => g.groupId)).toEqual(['massa-1']);
    // The next turn starts at the police player's hand-off again.
    expect(aiIntentsOf(1)).toEqual([]);
  });
});
