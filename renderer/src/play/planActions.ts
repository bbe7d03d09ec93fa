import { host } from '../host/hostClient';
import { useGameStore } from './gameStore';
import type { Order } from './engineFacade';
import { withOrder, type XY } from './orderPlanning';
import { planContextFor, planUnitsFor } from './unitViews';
import { currentPlay } from './playSession';
import { defaultToolFor, toolById, type OrderTool, type PlanUnit } from './orderTools';
import { checkPlanOn } from './planCheck';
import type { MessageKey } from '../../../shared/i18n/messages';

/**
 * What the planning player does: select units, pick a tool, click or drag the ground, remove or
 * reorder an order, undo. Every change is checked with the engine's own validation on the mirror
 * first, so an impossible order is refused when it is given (planCheck.ts). Every
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

/**
 * Takes `next` as the plan when the engine's own check on the mirror accepts it; otherwise keeps the
 * plan and shows the refusal (unit, order, reason). Returns whether it was taken.
 */
function commitPlan(next: Order[]): boolean {
  const { plan, history, currentPlayerId } = useGameStore.getState();
  const game = currentPlay()?.mirror.game;
  const refusal = game && currentPlayerId ? checkPlanOn(game, currentPlayerId, next) : null;
  if (refusal) {
    useGameStore.setState({ refusal });
    return false;
  }
  useGameStore.setState({ plan: next, history: [...history, plan], notice: null, refusal: null });
  scheduleDraft();
  return true;
}

/** Adds an order to the current plan (replacing the one in the same slot), unless the engine refuses it. */
export function addOrder(order: Order): boolean {
  return commitPlan(withOrder(useGameStore.getState().plan, order));
}

/** Removes the order at `index` from the plan (refused when a later order then falls out of reach). */
export function removeOrder(index: number): boolean {
  const { plan } = useGameStore.getState();
  if (index < 0 || index >= plan.length) return false;
  return commitPlan(plan.filter((_, i) => i !== index));
}

/** Moves the order at `index` one place up (-1) or down (+1); orders run in the listed sequence. */
export function moveOrder(index: number, delta: -1 | 1): boolean {
  const { plan } = useGameStore.getState();
  const to = index + delta;
  if (index < 0 || index >= plan.length || to < 0 || to >= plan.length) return false;
  const next = [...plan];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return commitPlan(next);
}

/** Undoes the last change to the plan. */
export function undoOrder(): void {
  const { history } = useGameStore.getState();
  const previous = history.at(-1);
  if (!previous) return;
  useGameStore.setState({ plan: previous, history: history.slice(0, -1), refusal: null });
  scheduleDraft();
}

/** A tool that found nothing to aim at: refused with the words of what was missing. */
function refuseEmpty(unit: PlanUnit, tool: OrderTool): void {
  const orderType = (tool.id.startsWith('formation:') ? 'formation' : tool.id) as Order['type'];
  const detailKey = EMPTY_TOOL[tool.id];
  useGameStore.setState({ refusal: { unitId: unit.id, orderType, reason: 'invalid_target', ...(detailKey ? { detailKey } : {}) } });
}

/** What a tool missed when it found nothing at the point. */
const EMPTY_TOOL: Partial<Record<string, MessageKey>> = {
  arrest: 'refusal.noProtester', negotiate: 'refusal.noGroup', lapis_ganti: 'refusal.lapisGanti', lintas_ganti: 'refusal.lintasGanti',
  escort: 'refusal.noProtected', take_hostage: 'refusal.noProtected', gate: 'refusal.noGate', enter_building: 'refusal.noBuilding',
  rope_line: 'refusal.needsDrag', place_barrier: 'refusal.needsDrag',
};

/** Selects one of the player's units (others are ignored), or clears the selection. */
export function selectUnit(unitId: string | null): void {
  const { currentPlayerId } = useGameStore.getState();
  const game = currentPlay()?.mirror.game;
  if (unitId !== null && (!game || !currentPlayerId || !planUnitsFor(game, currentPlayerId).some((u) => u.id === unitId))) return;
  useGameStore.setState({ selectedUnitId: unitId, toolId: null, refusal: null });
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
    else refuseEmpty(unit, tool);
    return;
  }
  useGameStore.setState({ toolId: tool.id, refusal: null });
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
  if (!order) {
    // A refused click keeps the tool, so the player can click again within reach.
    refuseEmpty(unit, tool);
    return;
  }
  if (!addOrder(order)) return;
  // A move dragged out also sets the facing at the destination.
  if (dragTo && tool.id === 'move') {
    const face = toolById('face')?.build(unit, planContextFor(game), dragTo);
    if (face) addOrder(face);
  }
  useGameStore.setState({ toolId: null });
}
