/**
 * Test and benchmark helpers that play sessions through the host: a plausible plan for every player,
 * and the host's player list of a setup. Not used by the app itself.
 */
import type { SessionDetail, SessionPlayer } from '../../shared/contract/sessions';
import { setupSchema, type Command, type Setup } from '../../shared/engine';
import { getVenue } from '../../shared/venue';

/** Host players (names for the hand-off screen) derived from a setup's players. */
export function playersOf(setup: Setup): SessionPlayer[] {
  return setup.players.map((player) => ({ id: player.id, name: player.name, role: player.side }));
}

/** A small order aimed near the venue's centre, so it is always in bounds. */
function sampleOrder(venueId: string, side: 'police' | 'crowd' | 'instructor', unitId: string, turn: number): unknown {
  const bounds = getVenue(venueId)?.file.bounds;
  if (!bounds || side === 'instructor') return null;
  const cx = (bounds.minX + bounds.maxX) / 2 + ((turn * 7) % 11) - 5;
  const cy = (bounds.minY + bounds.maxY) / 2 + ((turn * 5) % 9) - 4;
  return side === 'police' ? { type: 'move', unitId, waypoints: [{ x: cx, y: cy }] } : { type: 'march', groupId: unitId, to: { x: cx, y: cy } };
}

/**
 * A plausible plan for every player for the current turn: each player orders their first unit to move
 * a few metres (police) or march (crowd), then ends the plan; then the turn is resolved.
 */
export function samplePlanCommands(detail: SessionDetail): Command[] {
  const setup = setupSchema.safeParse(detail.setup);
  if (!setup.success) return [];
  const commands: Command[] = [];
  for (const player of setup.data.players) {
    const unitId = player.controls[0];
    if (unitId) {
      const order = sampleOrder(setup.data.venueId, player.side, unitId, detail.summary.turn);
      if (order) commands.push({ type: 'submitOrders', playerId: player.id, orders: [order] } as Command);
    }
    commands.push({ type: 'endPlan', playerId: player.id });
  }
  commands.push({ type: 'resolveTurn' });
  return commands;
}
