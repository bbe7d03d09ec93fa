import { host } from '../host/hostClient';
import { useGameStore } from './gameStore';
import type { Order } from './engineFacade';
import { withOrder, type XY } from './orderPlanning';
import { planContextFor, planUnitsFor } from './unitViews';
import { currentPlay } from './playSession';
import { defaultToolFor, toolById, type OrderTool } from './orderTools';

/**
 * What the planning player does: select units, pick a tool, click or drag the ground, undo. Every
 * change to the plan is saved as a draft on the host (debounced), so a crash loses nothing. The pending
 * save belongs to the play session, so leaving the game drops it.
 */

const DRAFT_DELAY_MS = 400;

function scheduleDraft(): void {
  const play = currentPlay();
  if (play?.draftTimer) clearTimeout(play.draftTimer);
  useGameStore.setState({ draftSaved: false });
  // Without a game there is no session to save to.
  if (!play) return;
  play.draftTimer = setTimeout(() => {
    play.draftTimer = null;
    const { sessionId, currentPlayerId, plan, phase } = useGameStore.getState();
    if (!sessionId || !currentPlayerId || phase !== 'planning') return;
    host.saveDraft(sessionId, currentPlayerId, plan).then(
      () => useGameStore.setState({ draftSaved: true }),
      () => useGameStore.setState({ draftSaved: false }),
    );
  }, DRAFT_DELAY_MS);
}

/** Adds an order to the current plan (replacing the one in the same slot). */
export function addOrder(order: Order): void {
  const { plan, history } = useGameStore.getState();
  useGameStore.setState({ plan: withOrder(plan, order), history: [...history, plan], notice: null });
  scheduleDraft();
}

/** Undoes the last change to the plan. */
export function undoOrder(): void {
  const { history } = useGameStore.getState();
  const previous = history.at(-1);
  if (!previous) return;
  useGameStore.setState({ plan: previous, history: history.slice(0, -1) });
  scheduleDraft();
}

/** Selects one of the player's units (others are ignored), or clears the selection. */
export function selectUnit(unitId: string | null): void {
  const { currentPlayerId } = useGameStore.getState();
  const game = currentPlay()?.mirror.game;
  if (unitId !== null && (!game || !currentPlayerId || !planUnitsFor(game, currentPlayerId).some((u) => u.id === unitId))) return;
  useGameStore.setState({ selectedUnitId: unitId, toolId: null });
}

function selectedPlanUnit() {
  const { currentPlayerId, selectedUnitId } = useGameStore.getState();
  const game = currentPlay()?.mirror.game;
  if (!game || !currentPlayerId || !selectedUnitId) return null;
  return planUnitsFor(game, currentPlayerId).find((u) => u.id === selectedUnitId) ?? null;
}

/** Uses a tool on the selected unit: tools without input give the order at once, others wait for a click. */
export function chooseTool(tool: OrderTool): void {
  const unit = selectedPlanUnit();
  const game = currentPlay()?.mirror.game;
  if (!unit || !game || !tool.appliesTo(unit)) return;
  if (tool.input === 'none') {
    const order = tool.build(unit, planContextFor(game), unit.centre);
    if (order) addOrder(order);
    return;
  }
  useGameStore.setState({ toolId: tool.id });
}

/** A click or drag on the ground: the selected unit's tool (default move / march) at that point. */
export function groundPointer(point: XY, dragTo: XY | undefined, button: 'primary' | 'secondary'): void {
  const unit = selectedPlanUnit();
  const game = currentPlay()?.mirror.game;
  if (!unit || !game) return;
  const { toolId } = useGameStore.getState();
  let tool = button === 'secondary' ? toolById('face') : toolId ? toolById(toolId) : defaultToolFor(unit);
  if (!tool || !tool.appliesTo(unit)) tool = defaultToolFor(unit);
  if (!tool) return;
  const order = tool.input === 'drag' ? tool.build(unit, planContextFor(game), point, dragTo ?? undefined) : tool.build(unit, planContextFor(game), point);
  if (!order) return;
  addOrder(order);
  // A move dragged out also sets the facing at the destination.
  if (dragTo && tool.id === 'move') {
    const face = toolById('face')?.build(unit, planContextFor(game), dragTo);
    if (face) addOrder(face);
  }
  useGameStore.setState({ toolId: null });
}
