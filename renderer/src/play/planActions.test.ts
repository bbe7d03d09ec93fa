import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HostError } from '../../../shared/contract/rpc';
import { smallSetup } from '../../../shared/engine/fixtures';
import { initialGameState, useGameStore } from './gameStore';
import type { Order } from './engineFacade';
import { beginPlanning, finishPlan, leaveGame, startNewSession } from './gameFlow';
import { toolById, type OrderTool } from './orderTools';
import { addOrder, chooseTool, groundPointer, mapPick, moveOrder, pickWasTaken, removeOrder, selectUnit, setOrderTiming, stopUnit, undoOrder } from './planActions';
import { refusalText } from './planCheck';
import { translate } from '../../../shared/i18n/messages';
import { fakeHost } from './testing/fakeHost';

vi.mock('../host/hostClient', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../host/hostClient')>()),
  host: (await import('./testing/fakeHost')).fakeHost.client,
}));

/**
 * What the planning player does (planActions.ts) on a real session from the fake host: selecting
 * only their own units, the tools, ground clicks and drags, undo, and the debounced draft.
 */

const state = () => useGameStore.getState();
const tool = (id: string): OrderTool => toolById(id)!;

/** A new session at `player`'s planning (for the crowd player, after the police player finished). */
async function planningAs(player: 'polisi' | 'massa'): Promise<void> {
  const setup = smallSetup(40, 4);
  const ok = await startNewSession({
    name: 'Uji rencana', scenarioId: 'uji', setup, seed: 9, crowdController: 'person',
    players: [{ id: 'polisi', name: 'Kapolres', role: 'police' }, { id: 'massa', name: 'Korlap', role: 'crowd' }],
  });
  expect(ok).toBe(true);
  if (player === 'massa') {
    beginPlanning();
    await finishPlan();
  }
  expect(state().currentPlayerId).toBe(player);
  beginPlanning();
}

beforeEach(() => {
  fakeHost.reset();
  useGameStore.setState({ ...initialGameState });
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  leaveGame();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('selection', () => {
  it('selects only the player\'s own units; null clears; a new selection drops the chosen tool', async () => {
    await planningAs('polisi');
    selectUnit('awal-1');
    expect(state().selectedUnitId).toBe('awal-1');
    selectUnit('massa-1');
    expect(state().selectedUnitId).toBe('awal-1');
    selectUnit('nobody');
    expect(state().selectedUnitId).toBe('awal-1');
    chooseTool(tool('push'));
    expect(state().toolId).toBe('push');
    selectUnit('desak-1');
    expect(state()).toMatchObject({ selectedUnitId: 'desak-1', toolId: null });
    selectUnit(null);
    expect(state().selectedUnitId).toBeNull();
  });
});

describe('tools and the ground', () => {
  it('a ground click moves the selected police unit there (to a tenth of a metre); nothing without a selection', async () => {
    await planningAs('polisi');
    groundPointer([40.04, 30.06], undefined, 'primary');
    expect(state().plan).toEqual([]);
    selectUnit('awal-1');
    groundPointer([40.04, 30.06], undefined, 'primary');
    expect(state().plan).toEqual([{ type: 'move', unitId: 'awal-1', waypoints: [{ x: 40, y: 30.1 }] }]);
  });

  it('a right click makes the unit face the point', async () => {
    await planningAs('polisi');
    selectUnit('awal-1');
    groundPointer([12, 34], undefined, 'secondary');
    expect(state().plan).toEqual([{ type: 'face', unitId: 'awal-1', toward: { x: 12, y: 34 } }]);
  });

  it('a move dragged out also sets the facing at its end', async () => {
    await planningAs('polisi');
    selectUnit('awal-1');
    groundPointer([40, 30], [45, 30], 'primary');
    expect(state().plan).toEqual([
      { type: 'move', unitId: 'awal-1', waypoints: [{ x: 40, y: 30 }] },
      { type: 'face', unitId: 'awal-1', toward: { x: 45, y: 30 } },
    ]);
  });

  it('a tool without input gives its order at once; one that needs a point waits for the click, then clears', async () => {
    await planningAs('polisi');
    selectUnit('awal-1');
    chooseTool(tool('hold'));
    expect(state().plan).toEqual([{ type: 'hold', unitId: 'awal-1' }]);
    expect(state().toolId).toBeNull();
    chooseTool(tool('push'));
    expect(state().toolId).toBe('push');
    expect(state().plan).toHaveLength(1);
    groundPointer([50, 50], undefined, 'primary');
    // The unit's orders run in sequence: hold, then push.
    expect(state().plan).toEqual([{ type: 'hold', unitId: 'awal-1' }, { type: 'push', unitId: 'awal-1', toward: { x: 50, y: 50 } }]);
    expect(state().toolId).toBeNull();
  });

  it('a tool the unit may not use does nothing', async () => {
    await planningAs('polisi');
    selectUnit('awal-1');
    chooseTool(tool('water_cannon'));
    expect(state()).toMatchObject({ toolId: null, plan: [] });
    selectUnit('awc-1');
    chooseTool(tool('water_cannon'));
    groundPointer([60, 40], undefined, 'primary');
    expect(state().plan).toEqual([{ type: 'water_cannon', unitId: 'awc-1', area: { x: 60, y: 40, r: 6 } }]);
  });

  it('a tool that finds nothing at the point gives no order', async () => {
    await planningAs('polisi');
    selectUnit('tindak-1');
    chooseTool(tool('arrest'));
    // Far outside the site: no protester within 10 m.
    groundPointer([-500, -500], undefined, 'primary');
    expect(state().plan).toEqual([]);
  });

  it('the crowd group marches to a click; a right click, which it cannot face, marches too', async () => {
    await planningAs('massa');
    selectUnit('massa-1');
    groundPointer([70, 80], undefined, 'primary');
    expect(state().plan).toEqual([{ type: 'march', groupId: 'massa-1', to: { x: 70, y: 80 } }]);
    groundPointer([71, 81], undefined, 'secondary');
    expect(state().plan).toEqual([{ type: 'march', groupId: 'massa-1', to: { x: 70, y: 80 } }, { type: 'march', groupId: 'massa-1', to: { x: 71, y: 81 } }]);
    chooseTool(tool('orasi'));
    expect(state().plan.map((o) => o.type)).toEqual(['march', 'march', 'orasi']);
  });

  it('formations queue with the unit\'s other orders; a second click moves the destination, Shift+click adds a waypoint', async () => {
    await planningAs('polisi');
    selectUnit('awal-1');
    groundPointer([40, 30], undefined, 'primary');
    groundPointer([42, 30], undefined, 'primary');
    expect(state().plan).toEqual([{ type: 'move', unitId: 'awal-1', waypoints: [{ x: 42, y: 30 }] }]);
    groundPointer([42, 20], undefined, 'primary', true);
    expect(state().plan).toEqual([{ type: 'move', unitId: 'awal-1', waypoints: [{ x: 42, y: 30 }, { x: 42, y: 20 }] }]);
    chooseTool(tool('formation:bersaf'));
    chooseTool(tool('formation:berbanjar'));
    expect(state().plan.map((order) => order.type)).toEqual(['move', 'formation', 'formation']);
  });

  it('a move with no way there now (the gates are shut) is taken, drawn red and said so', async () => {
    await planningAs('polisi');
    selectUnit('awal-1');
    // From the yard to the street outside the closed front fence.
    groundPointer([79, 30], undefined, 'primary');
    expect(state().plan).toEqual([{ type: 'move', unitId: 'awal-1', waypoints: [{ x: 79, y: 30 }] }]);
    expect(state().notice).toMatchObject({ key: 'plan.unreachable' });
    groundPointer([60, 50], undefined, 'primary');
    expect(state().notice).toBeNull();
  });

  it('a start second and a standing order\'s duration are set on the order; stop goes first for its unit', async () => {
    await planningAs('polisi');
    selectUnit('awc-1');
    groundPointer([60, 40], undefined, 'primary');
    chooseTool(tool('water_cannon'));
    groundPointer([60, 30], undefined, 'primary');
    expect(setOrderTiming(1, { atSecond: 20, afterQueue: false, seconds: 15 })).toBe(true);
    expect(state().plan[1]).toEqual({ type: 'water_cannon', unitId: 'awc-1', area: { x: 60, y: 30, r: 6 }, start: { atSecond: 20 }, seconds: 15 });
    expect(setOrderTiming(1, { atSecond: null, afterQueue: false, seconds: null })).toBe(true);
    expect(state().plan[1]).toEqual({ type: 'water_cannon', unitId: 'awc-1', area: { x: 60, y: 30, r: 6 } });
    expect(stopUnit('awc-1')).toBe(true);
    expect(state().plan.map((o) => o.type)).toEqual(['stop', 'move', 'water_cannon']);
  });

  it('with a targeting tool, a click on the map takes the thing clicked as the target', async () => {
    await planningAs('polisi');
    selectUnit('nego-1');
    chooseTool(tool('negotiate'));
    // A police unit is not what a negotiation aims at: the click stays a plain click.
    expect(mapPick({ unitId: 'awal-1', side: 'police', agent: 0, point: [0, 0] }, 'primary')).toBe(false);
    expect(mapPick({ unitId: 'massa-1', side: 'crowd', agent: 0, point: [0, 0] }, 'primary')).toBe(true);
    expect(pickWasTaken()).toBe(true);
    expect(state().plan).toEqual([{ type: 'negotiate', unitId: 'nego-1', groupId: 'massa-1' }]);
    expect(state().toolId).toBeNull();
    // Without a waiting tool, a click is a plain click.
    expect(mapPick({ unitId: 'massa-1', side: 'crowd', agent: 0, point: [0, 0] }, 'primary')).toBe(false);
    expect(pickWasTaken()).toBe(false);
  });
});

describe('refusals at placement', () => {
  const shown = () => refusalText((key, params) => translate('id', key, params), state().refusal!, 'AWC 1');

  it('an out-of-range order is refused when clicked, in Indonesian with the unit, the order and the reach; the tool stays for another click', async () => {
    await planningAs('polisi');
    selectUnit('awc-1');
    chooseTool(tool('water_cannon'));
    // The AWC stands at (79, 52): 61 m is beyond its 45 m.
    groundPointer([140, 52], undefined, 'primary');
    expect(state().plan).toEqual([]);
    expect(state().refusal).toMatchObject({ unitId: 'awc-1', orderType: 'water_cannon', reason: 'out_of_reach', params: { reach: 45 } });
    expect(shown()).toBe('Perintah ditolak — AWC 1, Semprot air (AWC): sasaran di luar jangkauan, paling jauh 45 m dari satuan atau dari tujuan geraknya.');
    expect(shown()).not.toMatch(/out_of_reach|farther|range/);
    expect(state().toolId).toBe('water_cannon');
    groundPointer([100, 52], undefined, 'primary');
    expect(state().plan).toEqual([{ type: 'water_cannon', unitId: 'awc-1', area: { x: 100, y: 52, r: 6 } }]);
    expect(state()).toMatchObject({ refusal: null, toolId: null });
  });

  it('a tool that finds nothing at the point says what it missed', async () => {
    await planningAs('polisi');
    selectUnit('tindak-1');
    chooseTool(tool('arrest'));
    groundPointer([-500, -500], undefined, 'primary');
    expect(state().refusal).toMatchObject({ unitId: 'tindak-1', orderType: 'arrest', detailKey: 'refusal.noProtester' });
  });
});

describe('the plan list', () => {
  const HOLD: Order = { type: 'hold', unitId: 'awal-1' };
  const MOVE: Order = { type: 'move', unitId: 'awc-1', waypoints: [{ x: 120, y: 52 }] };
  const SPRAY: Order = { type: 'water_cannon', unitId: 'awc-1', area: { x: 150, y: 52, r: 6 } };

  it('removes one order, and undo brings it back', async () => {
    await planningAs('polisi');
    addOrder(HOLD);
    addOrder(MOVE);
    expect(removeOrder(0)).toBe(true);
    expect(state().plan).toEqual([MOVE]);
    undoOrder();
    expect(state().plan).toEqual([HOLD, MOVE]);
    expect(removeOrder(5)).toBe(false);
  });

  it('moves an order up or down; nothing past either end', async () => {
    await planningAs('polisi');
    addOrder(HOLD);
    addOrder(MOVE);
    expect(moveOrder(1, -1)).toBe(true);
    expect(state().plan).toEqual([MOVE, HOLD]);
    expect(moveOrder(1, 1)).toBe(false);
    expect(moveOrder(0, -1)).toBe(false);
    expect(moveOrder(0, 1)).toBe(true);
    expect(state().plan).toEqual([HOLD, MOVE]);
  });

  it('refuses a removal or a move that would leave an order out of reach, with the reason, and keeps the plan', async () => {
    await planningAs('polisi');
    // A plan from a draft (or a later queue): the spray reaches only from where the move ends.
    useGameStore.setState({ plan: [MOVE, SPRAY] });
    expect(removeOrder(0)).toBe(false);
    expect(state().plan).toEqual([MOVE, SPRAY]);
    expect(state().refusal).toMatchObject({ unitId: 'awc-1', orderType: 'water_cannon', reason: 'out_of_reach' });
    // Sprayed before the move, the area is measured from where the AWC stands.
    expect(moveOrder(1, -1)).toBe(false);
    expect(state().plan).toEqual([MOVE, SPRAY]);
    expect(removeOrder(1)).toBe(true);
    expect(state()).toMatchObject({ plan: [MOVE], refusal: null });
  });
});

describe('undo', () => {
  it('steps back through every change of the plan and stops at the empty plan', async () => {
    await planningAs('polisi');
    const first: Order = { type: 'hold', unitId: 'awal-1' };
    const second: Order = { type: 'appeal', unitId: 'awal-1' };
    const third: Order = { type: 'hold', unitId: 'desak-1' };
    addOrder(first);
    addOrder(second);
    addOrder(third);
    expect(state().plan).toEqual([first, second, third]);
    undoOrder();
    expect(state().plan).toEqual([first, second]);
    undoOrder();
    expect(state().plan).toEqual([first]);
    undoOrder();
    expect(state().plan).toEqual([]);
    undoOrder();
    expect(state()).toMatchObject({ plan: [], history: [] });
  });
});

describe('drafts', () => {
  const draftCalls = () => fakeHost.calls.filter((call) => call.method === 'saveDraft').map((call) => call.args.slice(1));

  it('are saved once, 400 ms after the last change, with the plan as it is then', async () => {
    await planningAs('polisi');
    addOrder({ type: 'hold', unitId: 'awal-1' });
    await vi.advanceTimersByTimeAsync(300);
    addOrder({ type: 'hold', unitId: 'desak-1' });
    expect(state().draftSaved).toBe(false);
    await vi.advanceTimersByTimeAsync(399);
    expect(draftCalls()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(draftCalls()).toEqual([['polisi', state().plan]]);
    expect(state().plan).toHaveLength(2);
    expect(state().draftSaved).toBe(true);
    undoOrder();
    expect(state().draftSaved).toBe(false);
    await vi.advanceTimersByTimeAsync(400);
    expect(draftCalls()).toHaveLength(2);
    expect(draftCalls()[1]).toEqual(['polisi', [{ type: 'hold', unitId: 'awal-1' }]]);
  });

  it('are not saved once planning is over, and a failed save is not shown as saved', async () => {
    await planningAs('polisi');
    addOrder({ type: 'hold', unitId: 'awal-1' });
    useGameStore.setState({ phase: 'sending' });
    await vi.advanceTimersByTimeAsync(500);
    expect(draftCalls()).toEqual([]);

    useGameStore.setState({ phase: 'planning' });
    fakeHost.failOnce((call) => call.method === 'saveDraft', new HostError('storage_full', 'disk full'));
    addOrder({ type: 'appeal', unitId: 'awal-1' });
    await vi.advanceTimersByTimeAsync(500);
    expect(draftCalls()).toHaveLength(1);
    expect(state().draftSaved).toBe(false);
  });
});
