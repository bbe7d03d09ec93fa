import { host } from '../host/hostClient';
import { useGameStore } from './gameStore';
import type { Order } from './engineFacade';
import { orderSubject, withOrder, type AddMode, type XY } from './orderPlanning';
import type { ScenePick } from '../scene/table/sceneContract';
import { planContextFor, planUnitsFor } from './unitViews';
import { currentPlay } from './playSession';
import { defaultToolFor, toolById, type OrderTool, type PlanUnit } from './orderTools';
import { checkPlanOn } from './planCheck';
import { moveReachable } from './sceneProps';
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

/**
 * Adds an order to the current plan, after the unit's earlier orders (or, with `waypoint`, as one more
 * waypoint of its last move), unless the engine refuses it.
 */
export function addOrder(order: Order, mode: AddMode = 'append'): boolean {
  return commitPlan(withOrder(useGameStore.getState().plan, order, mode));
}

/** When an order starts and how long a standing one lasts, as the plan list sets them. */
export interface OrderTiming {
  /** Second of the turn it starts at; null: the default (at once for a unit's first order, else after the previous). */
  atSecond: number | null;
  /** For a unit's first order: wait for the orders it still carries from earlier turns instead of replacing them. */
  afterQueue: boolean;
  /** Seconds a standing order lasts; null: until stopped. */
  seconds: number | null;
}

/** Sets the start (and a standing order's duration) of the order at `index`; refused like any change. */
export function setOrderTiming(index: number, timing: OrderTiming): boolean {
  const { plan } = useGameStore.getState();
  const order = plan[index];
  if (!order) return false;
  const { start: _start, ...rest } = order as Order & { seconds?: number };
  delete (rest as { seconds?: number }).seconds;
  const start = timing.atSecond !== null ? { atSecond: Math.round(timing.atSecond) } : timing.afterQueue ? ('after_previous' as const) : undefined;
  const standing = order.type === 'water_cannon' || order.type === 'push' || order.type === 'rope_line';
  const next = { ...rest, ...(start !== undefined ? { start } : {}), ...(standing && timing.seconds !== null ? { seconds: Math.round(timing.seconds) } : {}) } as Order;
  return commitPlan(plan.map((o, i) => (i === index ? next : o)));
}

/** Adds a stop order (Hentikan) for a unit: first in its plan, so it ends what the unit still does from earlier turns. */
export function stopUnit(unitId: string): boolean {
  const { plan } = useGameStore.getState();
  const stop: Order = { type: 'stop', unitId };
  const firstOfUnit = plan.findIndex((o) => orderSubject(o) === unitId);
  return commitPlan(firstOfUnit < 0 ? [...plan, stop] : [...plan.slice(0, firstOfUnit), stop, ...plan.slice(firstOfUnit)]);
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

/** Whether the last map click was taken by a tool as its target (so it must not also select what was clicked). */
let pickTaken = false;

/**
 * Whether a tool took the thing under the current click as its target: then the click neither selects
 * it nor counts as a ground click. (Every click reports its pick first, which resets this.)
 */
export function pickWasTaken(): boolean {
  return pickTaken;
}

/**
 * A click on something on the map while a tool that aims at such a thing waits for its target (the
 * platoon to relieve, the group to negotiate with, the person to arrest, escort or take): the order
 * is given with it. Returns whether the click was taken.
 */
export function mapPick(pick: ScenePick | null, button: 'primary' | 'secondary'): boolean {
  pickTaken = false;
  if (!pick || button !== 'primary') return false;
  const unit = selectedPlanUnit();
  const game = currentPlay()?.mirror.game;
  const { toolId } = useGameStore.getState();
  const tool = toolId ? toolById(toolId) : undefined;
  if (!unit || !game || !tool || !tool.appliesTo(unit) || !aimsAt(tool, pick.side) || pick.unitId === unit.id) return false;
  pickTaken = true;
  const order = tool.build(unit, planContextFor(game), pick.point, undefined, pick);
  if (!order) {
    refuseEmpty(unit, tool);
    return true;
  }
  if (addOrder(order)) useGameStore.setState({ toolId: null });
  return true;
}

/** Whether a tool takes a thing of this side as its target. */
function aimsAt(tool: OrderTool, side: ScenePick['side']): boolean {
  switch (tool.targeting) {
    case 'unit': return side === 'police';
    case 'group': case 'protester': return side === 'crowd';
    case 'person': return side === 'protected';
    default: return false;
  }
}

/**
 * A click or drag on the ground: the selected unit's tool (default move / march) at that point. A
 * Shift+click with the move tool adds a waypoint to the unit's last move.
 */
export function groundPointer(point: XY, dragTo: XY | undefined, button: 'primary' | 'secondary', shift = false, pick: ScenePick | null = null): void {
  const unit = selectedPlanUnit();
  const game = currentPlay()?.mirror.game;
  if (!unit || !game) return;
  const { toolId } = useGameStore.getState();
  let tool = button === 'secondary' ? toolById('face') : toolId ? toolById(toolId) : defaultToolFor(unit);
  if (!tool || !tool.appliesTo(unit)) tool = defaultToolFor(unit);
  if (!tool) return;
  const order = tool.input === 'drag' ? tool.build(unit, planContextFor(game), point, dragTo ?? undefined, pick) : tool.build(unit, planContextFor(game), point, undefined, pick);
  if (!order) {
    // A refused click keeps the tool, so the player can click again within reach.
    refuseEmpty(unit, tool);
    return;
  }
  const waypoint = shift && !dragTo && order.type === 'move';
  if (!addOrder(order, waypoint ? 'waypoint' : 'append')) return;
  // A destination with no way there now is accepted (a gate may be opened first) but said so.
  if (order.type === 'move' && !moveReachable(game, unit.centre, order.waypoints)) {
    useGameStore.setState({ notice: { key: 'plan.unreachable', params: { unit: unitLabel(game, unit.id) } } });
  }
  // A move dragged out also sets the facing at the destination (after the move: orders run in sequence).
  if (dragTo && tool.id === 'move') {
    const face = toolById('face')?.build(unit, planContextFor(game), dragTo);
    if (face) addOrder(face);
  }
  // Shift keeps the move tool for the next waypoint.
  if (!waypoint) useGameStore.setState({ toolId: null });
}

/** A unit's or group's name as the game calls it. */
function unitLabel(game: NonNullable<ReturnType<typeof currentPlay>>['mirror']['game'], id: string): string {
  return game.state.units.find((u) => u.id === id)?.name ?? game.state.groups.find((g) => g.id === id)?.name ?? id;
}
