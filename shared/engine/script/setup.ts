import { Flag, type World } from '../model';
import { unitTypes } from '../forces';
import type { GameState, Setup } from '../state';
import type { CompiledVenue } from '../../venue/index';
import type { ScriptState } from '../scriptSchema';
import type { CrowdOrder } from '../orders';

/**
 * The script at game creation: its reference checks, its initial state and the reserves taken off
 * the field. game.ts calls these; nothing here imports the game or the reducer.
 */

/** The script state a new game starts with, or undefined for a setup without a script (its hash is then unchanged). */
export function initialScriptState(setup: Setup): ScriptState | undefined {
  const s = setup.script;
  if (s.events.length === 0 && s.crowd.length === 0 && s.reserves.length === 0) return undefined;
  return { fired: {}, held: [...s.reserves], holdUntil: {}, climbs: [], pending: [] };
}

/** Takes the reserves off the field before the first turn (game.ts calls it once the agents are spawned). */
export function holdReserves(state: GameState, world: World): void {
  for (const id of state.script?.held ?? []) {
    const r = state.groups.find((g) => g.id === id) ?? state.units.find((u) => u.id === id);
    if (!r) continue;
    for (let i = r.first; i < r.first + r.count; i++) world.agents.flags[i] = world.agents.flags[i]! | Flag.gone;
  }
}

/** What is wrong with the gate, building or person a scripted crowd order names, or null. */
function orderTargetProblem(order: CrowdOrder, venue: CompiledVenue): string | null {
  if (order.type === 'breach' && order.gateId && !venue.openings.some((o) => o.id === order.gateId)) return `unknown gate ${order.gateId}`;
  if (order.type === 'enter_building' && !venue.file.buildings.some((b) => b.id === order.buildingId)) return `unknown building ${order.buildingId}`;
  if (order.type === 'take_hostage' && !venue.file.protectedPeople.some((p) => p.id === order.personId)) return `unknown protected person ${order.personId}`;
  return null;
}

/** Checks that the script names only groups, units, gates and people that exist. Null when it does. */
export function checkScript(setup: Setup, venue: CompiledVenue): string | null {
  const s = setup.script;
  const groups = new Set(setup.crowd.map((g) => g.id));
  const units = new Set(setup.police.map((u) => u.id));
  const gates = new Set(venue.openings.map((o) => o.id));
  const events = new Set<string>();
  for (const id of s.reserves) if (!groups.has(id) && !units.has(id)) return `script reserve ${id} is neither a crowd group nor a police unit`;
  for (const b of s.crowd) {
    if (!groups.has(b.groupId)) return `script behaviour for unknown group ${b.groupId}`;
    if (b.breachGateId && !gates.has(b.breachGateId)) return `script behaviour of ${b.groupId}: unknown gate ${b.breachGateId}`;
  }
  for (const e of s.events) {
    if (events.has(e.id)) return `duplicate script event ${e.id}`;
    events.add(e.id);
  }
  for (const e of s.events) {
    const where = `script event ${e.id}`;
    for (const c of e.when) {
      if ('groupId' in c && c.groupId !== undefined && !groups.has(c.groupId)) return `${where}: unknown group ${c.groupId}`;
      if (c.type === 'gate_breached' && !gates.has(c.gateId)) return `${where}: unknown gate ${c.gateId}`;
      if (c.type === 'event_fired' && !events.has(c.eventId)) return `${where}: unknown event ${c.eventId}`;
      if (c.type === 'manual' && e.when.length > 1) return `${where}: a manual event has no other condition`;
    }
    for (const f of e.effects) {
      const ids = f.type === 'arrive' ? [...f.groupIds, ...f.unitIds] : [];
      for (const id of ids) if (!groups.has(id) && !units.has(id)) return `${where}: unknown group or unit ${id}`;
      const groupIds = f.type === 'agitate' ? f.groupIds : f.type === 'order' ? [f.order.groupId] : f.type === 'climb_vehicle' ? [f.groupId] : [];
      for (const id of groupIds) if (!groups.has(id)) return `${where}: unknown crowd group ${id}`;
      if (f.type === 'order') {
        const target = orderTargetProblem(f.order, venue);
        if (target) return `${where}: ${target}`;
      }
      if (f.type === 'arrive') for (const id of [...f.groupIds, ...f.unitIds]) if (!s.reserves.includes(id)) return `${where}: ${id} is not a reserve`;
      if (f.type === 'climb_vehicle' && !setup.police.some((u) => u.id === f.unitId && unitTypes[u.type].vehicle)) return `${where}: ${f.unitId} is not a vehicle`;
    }
  }
  return null;
}
