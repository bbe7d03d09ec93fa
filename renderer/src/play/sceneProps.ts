import type { Translate } from '../i18n/useT';
import type { GameSceneProps, PlanOverlay, SceneEffects } from '../scene/table/sceneContract';
import { sceneUnitsFor } from './unitViews';
import { SegState, isReachable, routeThrough, type Game, type Order } from './engineFacade';
import { orderSubject, overlaysOf, positionAfter } from './orderPlanning';
import { reachRings } from './planCheck';

/**
 * Builds the low-rate parts of the game scene's props from the mirror (units, overlays, effects,
 * gates, placed barriers). Called when the phase, the plan or the selection changes, and a few times a
 * second during playback — never per frame.
 */

/** Units for the scene, labelled in the UI language; only `playerId`'s units are selectable. */
export function sceneUnits(game: Game, playerId: string | null, t: Translate): GameSceneProps['units'] {
  return sceneUnitsFor(game, playerId, (type, name) => `${name} · ${t(`unit.${type}`)}`, (role) => t(`protected.${role}`));
}

/**
 * Overlays of the planning player's orders, each from where its unit will be when it starts (orders of
 * a unit run in sequence), moves drawn along the route the unit will walk on the navigation grid.
 */
export function planOverlays(game: Game, plan: readonly Order[], units: GameSceneProps['units']): PlanOverlay[] {
  const at = new Map(units.map((u) => [u.id, u.centre]));
  const agents = game.world.agents;
  const route = (from: [number, number], waypoints: readonly [number, number][]): [number, number][] =>
    routeThrough(game, { x: from[0], y: from[1] }, waypoints.map(([x, y]) => ({ x, y }))).map((p) => [p.x, p.y]);
  return plan.flatMap((order) => {
    const subject = orderSubject(order);
    const centre = at.get(subject) ?? [0, 0];
    const arrestAt: [number, number] | undefined = order.type === 'arrest' ? [agents.x[order.target] ?? 0, agents.y[order.target] ?? 0] : undefined;
    at.set(subject, positionAfter(order, centre));
    const drawn = overlaysOf(order, centre, arrestAt, route);
    // A move with no way through now (a closed gate, a wall) is drawn red: the unit would be held at the fence.
    if (order.type === 'move' && !moveReachable(game, centre, order.waypoints)) return drawn.map((o) => ({ ...o, color: UNREACHABLE_COLOUR }));
    return drawn;
  });
}

const UNREACHABLE_COLOUR = '#e53935';

/** Whether every leg of a move can be walked now, from `from`. */
export function moveReachable(game: Game, from: [number, number], waypoints: readonly { x: number; y: number }[]): boolean {
  let at = { x: from[0], y: from[1] };
  for (const wp of waypoints) {
    if (!isReachable(game, at, wp)) return false;
    at = wp;
  }
  return true;
}

const RING_COLOUR = '#ffe14a';
const RING_SEGMENTS = 72;

/**
 * The reach rings of the selected unit's tool, drawn before the click (planCheck.ts `reachRings`): a
 * ring of short ground lines around the unit and around the end of its planned move. Empty without a
 * reach-limited tool.
 */
export function reachOverlays(game: Game, unitId: string | null, toolId: string | null, plan: readonly Order[]): PlanOverlay[] {
  if (!unitId || !toolId) return [];
  return reachRings(game, unitId, toolId, plan).flatMap(({ centre: [cx, cy], radius }) =>
    Array.from({ length: RING_SEGMENTS }, (_, k): PlanOverlay => {
      const a0 = (k / RING_SEGMENTS) * Math.PI * 2;
      const a1 = ((k + 0.6) / RING_SEGMENTS) * Math.PI * 2;
      return { kind: 'line', unitId, from: [cx + Math.cos(a0) * radius, cy + Math.sin(a0) * radius], to: [cx + Math.cos(a1) * radius, cy + Math.sin(a1) * radius], color: RING_COLOUR };
    }));
}

/** Gas clouds and fires as the scene draws them. */
export function sceneEffects(game: Game): SceneEffects {
  return {
    hazards: game.state.clouds.map((c) => ({ id: c.id, kind: 'gas' as const, x: c.x, y: c.y, radius: c.r })),
    fires: game.state.fires.map((f) => ({ id: f.id, x: f.x, y: f.y, intensity: Math.min(1, f.ticksLeft / 240) })),
    projectiles: [],
  };
}

/** Each gate's state by id. */
export function gateStates(game: Game): GameSceneProps['gateStates'] {
  const out: Record<string, 'open' | 'closed' | 'breached'> = {};
  for (const opening of game.venue.openings) {
    if (opening.kind !== 'gate') continue;
    const s = game.world.segments.state[opening.segment];
    out[opening.id] = s === SegState.breached ? 'breached' : s === SegState.open ? 'open' : 'closed';
  }
  return out;
}

/** Barriers placed during play (segments after the venue's own). */
export function placedBarriers(game: Game): GameSceneProps['placedBarriers'] {
  const seg = game.world.segments;
  const out: { from: [number, number]; to: [number, number] }[] = [];
  for (let i = game.state.staticSegments; i < game.world.header[1]!; i++) out.push({ from: [seg.ax[i]!, seg.ay[i]!], to: [seg.bx[i]!, seg.by[i]!] });
  return out;
}
