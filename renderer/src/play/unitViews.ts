import { membersCentre } from '../../../shared/debrief/tracks';
import type { SceneUnit } from '../scene/table/sceneContract';
import { AgentKind, Flag, Role, crowdOrderTypes, isHeld, ordersOfUnitType, type Game, type UnitTypeId } from './engineFacade';
import type { PlayerState, ProtectedParty } from '../../../shared/engine';
import type { XY } from './orderPlanning';
import type { PlanContext, PlanUnit } from './orderTools';

/**
 * What the screens and the planning tools see of the mirror's game: the units as the scene shows them,
 * the units a player may order, and the look-ups the order tools need. Pure functions of the game.
 */

/** The centre of a unit's members on the ground (its first member's place when none is). */
function centreOf(game: Game, first: number, count: number): XY {
  const { x, y } = game.world.agents;
  return membersCentre(game, first, count) ?? [x[first] ?? 0, y[first] ?? 0];
}

/**
 * The units, crowd groups and protected parties as the scene shows them for `playerId` (null: nobody):
 * labels from `label`, call-signs (unit and group names; `protectedName` of a party's role), and whose
 * each is — the planning player's own, or another player's of the same side with that player's name.
 */
export function sceneUnitsFor(
  game: Game,
  playerId: string | null,
  label: (type: UnitTypeId | 'crowd_group' | 'protected_persons', name: string) => string,
  protectedName: (role: ProtectedParty['role']) => string = (role) => role,
): SceneUnit[] {
  const { state } = game;
  const me = state.players.find((player) => player.id === playerId);
  const controls = new Set(me?.controls ?? []);
  const ownerOf = new Map<string, PlayerState>();
  for (const player of state.players) for (const id of player.controls) ownerOf.set(id, player);
  const whose = (id: string): Pick<SceneUnit, 'relation' | 'owner'> => {
    const owner = ownerOf.get(id);
    if (!me || !owner) return {};
    if (owner.id === me.id) return { relation: 'own', owner: owner.name };
    return owner.side === me.side ? { relation: 'other', owner: owner.name } : { owner: owner.name };
  };
  const units: SceneUnit[] = state.units.map((unit, index) => ({
    id: unit.id, index, type: unit.type, side: 'police', label: label(unit.type, unit.name), centre: centreOf(game, unit.first, unit.count), selectable: controls.has(unit.id),
    callSign: unit.name, ...whose(unit.id),
  }));
  state.groups.forEach((group, index) => {
    units.push({
      id: group.id, index: state.units.length + index, type: 'crowd_group', side: 'crowd', label: label('crowd_group', group.name),
      centre: centreOf(game, group.first, group.count), selectable: controls.has(group.id), callSign: group.name, ...whose(group.id),
    });
  });
  state.protectedParties.forEach((party, index) => {
    const name = protectedName(party.role);
    units.push({
      id: party.id, index: state.units.length + state.groups.length + index, type: 'protected_persons', side: 'protected',
      label: label('protected_persons', name), centre: centreOf(game, party.first, party.count), selectable: false, callSign: name,
    });
  });
  return units;
}

/** The units `playerId` commands, as the planning tools see them. */
export function planUnitsFor(game: Game, playerId: string): PlanUnit[] {
  const player = game.state.players.find((p) => p.id === playerId);
  if (!player) return [];
  const out: PlanUnit[] = [];
  for (const id of player.controls) {
    // Reserves the scenario has not brought in yet cannot take orders.
    if (isHeld(game.state, id)) continue;
    const unit = game.state.units.find((u) => u.id === id);
    if (unit) out.push({ id, type: unit.type, side: 'police', centre: centreOf(game, unit.first, unit.count), allowed: ordersOfUnitType(unit.type) });
    const group = game.state.groups.find((g) => g.id === id);
    if (group) out.push({ id, type: 'crowd_group', side: 'crowd', centre: centreOf(game, group.first, group.count), allowed: crowdOrderTypes });
  }
  return out;
}

const dist2 = (a: XY, b: XY) => (a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]);

function nearest<T>(items: readonly T[], point: XY, at: (item: T) => XY): T | null {
  let best: T | null = null;
  let bestD = Infinity;
  for (const item of items) {
    const d = dist2(at(item), point);
    if (d < bestD) {
      bestD = d;
      best = item;
    }
  }
  return best;
}

/** Look-ups the order tools need, answered from the mirror. */
export function planContextFor(game: Game): PlanContext {
  const { state, venue } = game;
  const agents = game.world.agents;
  return {
    nearestGroup: (point) => nearest(state.groups, point, (g) => centreOf(game, g.first, g.count))?.id ?? null,
    nearestGate: (point) => {
      const gate = nearest(venue.openings.filter((o) => o.kind === 'gate'), point, (o) => [o.cx, o.cy]);
      return gate ? { id: gate.id, open: game.world.segments.state[gate.segment] !== 0 } : null;
    },
    nearestPoliceUnit: (point, exceptId, types) =>
      nearest(state.units.filter((u) => u.id !== exceptId && types.includes(u.type)), point, (u) => centreOf(game, u.first, u.count))?.id ?? null,
    nearestProtected: (point) => nearest(state.protectedParties, point, (p) => centreOf(game, p.first, p.count))?.id ?? null,
    nearestProtester: (point) => {
      let best: number | null = null;
      let bestD = 100; // within 10 m of the click
      for (let i = 0; i < agents.kind.length; i++) {
        if (agents.kind[i] !== AgentKind.protester || agents.flags[i]! & (Flag.arrested | Flag.gone)) continue;
        // Provocateurs and active protesters first: a click picks the nearest of them before anyone else.
        const weight = agents.role[i] === Role.provocateur || agents.flags[i]! & Flag.active ? 0.25 : 1;
        const d = dist2([agents.x[i]!, agents.y[i]!], point) * weight;
        if (d < bestD) {
          bestD = d;
          best = i;
        }
      }
      return best;
    },
    buildingId: () => venue.file.buildings[0]?.id ?? null,
  };
}
