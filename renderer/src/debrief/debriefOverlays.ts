import type { GivenOrder } from '../../../shared/debrief/commandLog';
import type { Game } from '../../../shared/engine/state';
import { orderSubject, overlaysOf } from '../play/orderPlanning';
import type { PlanOverlay, SceneUnit } from '../scene/table/sceneContract';

/**
 * What the debrief draws on the ground besides the people: the orders one player gave for the turn
 * shown, as they were given (paths, areas, targets), from where the unit stood at the moment shown.
 */

/** The overlays of `playerId`'s orders for `turn` (1-based resolved turn). */
export function playerOrderOverlays(game: Game, orders: readonly GivenOrder[], playerId: string | null, turn: number, units: readonly SceneUnit[]): PlanOverlay[] {
  if (!playerId) return [];
  const centres = new Map(units.map((unit) => [unit.id, unit.centre]));
  const agents = game.world.agents;
  return orders
    .filter((given) => given.playerId === playerId && given.turn === turn)
    .flatMap((given) => {
      const order = given.order;
      const centre = centres.get(orderSubject(order)) ?? [0, 0];
      const arrestAt: [number, number] | undefined = order.type === 'arrest' ? [agents.x[order.target] ?? 0, agents.y[order.target] ?? 0] : undefined;
      return overlaysOf(order, centre, arrestAt);
    });
}
