import type { Game, GroupState } from '../state';
import type { GameEvent } from '../events';
import { AgentKind, Flag, OFF_FIELD } from '../model';
import { coarseAt } from '../runtime';
import { changeLevel } from './authority';
import { incidentKinds, incidentLevel, incidentMarker, levelRank, situationLevels, type DoctrineState, type IncidentKind, type SituationLevel } from '../doctrineTypes';
import { isHeld } from '../reserves';

/**
 * The situation level (Perkap 16/2006) assessed every tick from what the crowd does, and the Protap
 * 1/X/2010 markers. Each tick the events and the crowd groups' activities are read as incidents
 * (hijau: nothing; kuning: ignoring appeals, pushing, blocking, throwing, incitement, a weapon found;
 * merah: arson, damage, hostage-taking, looting, attacks on officers, an armed threat). An incident
 * keeps the raw level up for HOLD_SECONDS. Hysteresis: the level escalates at once, and steps down one
 * level only after CALM_SECONDS with the raw level below it, so a crowd that pushes every minute
 * stays kuning instead of flickering. Cost: O(events + groups + sajam carriers) per tick.
 */

/** Seconds an incident keeps the raw level up after it was last seen. */
export const HOLD_SECONDS = 30;
/** Seconds of sustained calm before the level steps down one. */
export const CALM_SECONDS = 120;
/** A marker is reported again for the same incident kind only after this long without it. */
export const EPISODE_SECONDS = 120;
/** Group agitation at which orasi counts as incitement (penghasutan). */
export const INCITEMENT_AGITATION = 0.25;
/** Agitation still present after three appeals that counts as ignoring them. */
export const IGNORING_AGITATION = 0.2;
/** Two officers injured by stones or assault within this many seconds make an attack on officers (one is 'throwing' or 'pushing'). */
export const ASSAULT_WINDOW_SECONDS = 60;

/** One incident seen this tick. */
export interface Sighting {
  kind: IncidentKind;
  groupId: string | null;
}

/** What the doctrine layer saw this tick. */
export interface Observation {
  sightings: Sighting[];
  /** Protected parties (ids) with a member held hostage now. */
  hostageParties: string[];
}

const sajamCarriers = new WeakMap<object, Int32Array>();

/** Group activities in which a weapon comes out. */
const violentTasks: ReadonlySet<string> = new Set(['breach', 'burn_tyres', 'enter_building', 'take_hostage']);

/** Agents carrying a sajam (set at spawn only), cached per world. */
function carriersOf(game: Game): Int32Array {
  let c = sajamCarriers.get(game.world);
  if (!c) {
    const a = game.world.agents;
    const list: number[] = [];
    for (let i = 0; i < game.world.header[0]!; i++) if ((a.flags[i]! & Flag.sajam) !== 0 && a.kind[i] === AgentKind.protester) list.push(i);
    c = Int32Array.from(list);
    sajamCarriers.set(game.world, c);
  }
  return c;
}

const groupIdOf = (game: Game, agent: number): string | null => game.state.groups[game.world.agents.team[agent]!]?.id ?? null;

/** Reads this tick's events and the groups' activities as incidents. */
export function observe(game: Game, ev: readonly GameEvent[], doc: DoctrineState, tick: number): Observation {
  const seen: Sighting[] = [];
  const see = (kind: IncidentKind, groupId: string | null): void => { seen.push({ kind, groupId }); };
  const assaultWindow = ASSAULT_WINDOW_SECONDS / game.state.tickSeconds;
  for (const e of ev) {
    switch (e.type) {
      case 'projectiles_thrown': see('throwing', e.groupId); break;
      case 'agent_injured':
        if (e.kind !== 'officer') break;
        if (e.cause !== 'projectile' && e.cause !== 'assault') break;
        if (doc.lastAssault >= 0 && tick - doc.lastAssault <= assaultWindow) see('attack_on_officers', null);
        doc.lastAssault = tick;
        break;
      case 'fire_started': see('arson', e.groupId); break;
      case 'gate_breached': case 'fence_breached': see('damage', e.groupId); break;
      case 'property_damaged': see(e.cause === 'intrusion' ? 'looting' : 'damage', null); break;
      case 'building_entered': see('looting', e.groupId); break;
      case 'hostage_taken': see('hostage_taking', e.groupId); break;
      case 'line_pressure': see('pushing', null); break;
      case 'gate_damaged': see('pushing', e.groupId); break;
      case 'arrest_made': if (e.sajam) see('weapon_found', groupIdOf(game, e.agent)); break;
      default: break;
    }
  }
  const s = game.state;
  if (s.fires.length > 0) see('arson', s.fires[0]!.groupId);
  for (const g of s.groups) if (!isHeld(s, g.id)) observeGroup(g, see);
  // Protesters on a police vehicle (the scenario script's climb, which runs after the tick): an
  // attack on police equipment, seen from the persistent climb state so the next tick counts it.
  for (const climb of s.script?.climbs ?? []) if (climb.on) see('damage', climb.groupId);
  const a = game.world.agents;
  const hostageParties: string[] = [];
  for (const p of s.protectedParties) {
    for (let v = p.first; v < p.first + p.count; v++) {
      if ((a.flags[v]! & Flag.hostage) === 0) continue;
      hostageParties.push(p.id);
      see('hostage_taking', groupIdOf(game, a.link[v]! >= 0 ? a.link[v]! : v));
      break;
    }
  }
  // A sajam carrier taking part in an anarchic action (breach, arson, intrusion, hostage-taking) next to
  // officers (same 4 m cell) is an armed threat; otherwise the weapon stays hidden until an arrest finds it.
  const carriers = carriersOf(game);
  const rt = game.runtime;
  for (let k = 0; k < carriers.length; k++) {
    const i = carriers[k]!;
    const f = a.flags[i]!;
    if ((f & Flag.active) === 0 || (f & (OFF_FIELD | Flag.arrested | Flag.down)) !== 0) continue;
    if (!violentTasks.has(s.groups[a.team[i]!]?.task.type ?? 'idle')) continue;
    if (rt.coarsePolice[coarseAt(rt, a.x[i]!, a.y[i]!)]! > 0) see('armed_threat', groupIdOf(game, i));
  }
  return { sightings: seen, hostageParties };
}

/** Incidents a group's current activity amounts to. */
function observeGroup(g: GroupState, see: (kind: IncidentKind, groupId: string | null) => void): void {
  const t = g.task.type;
  if ((t === 'push_line' || t === 'breach') && g.lastActive > 0) see('pushing', g.id);
  // Active people forcing their way into a building (pressing its door, in the hall) or to the people
  // they mean to seize are an anarchic act (perusakan, gangguan nyata): the level holds merah meanwhile.
  if ((t === 'enter_building' || t === 'take_hostage') && g.lastActive > 0) see('damage', g.id);
  if (t === 'sit_in' && g.appeals >= 3) see('blocking', g.id);
  if (t === 'orasi' && g.agitation >= INCITEMENT_AGITATION) see('incitement', g.id);
  if (g.appeals >= 3 && g.agitation >= IGNORING_AGITATION && t !== 'disperse' && t !== 'retreat' && t !== 'delegation') see('ignoring_appeals', g.id);
}

/** Incident kinds seen within the hold window (the facts behind the current raw level). */
export function recentIncidents(doc: DoctrineState, tick: number, tickSeconds: number): IncidentKind[] {
  const hold = HOLD_SECONDS / tickSeconds;
  return incidentKinds.filter((k) => doc.lastSeen[k] >= 0 && tick - doc.lastSeen[k] <= hold);
}

/**
 * Records the sightings (reporting Protap markers at the start of each episode) and moves the
 * assessed level with hysteresis; the effective level follows unless an instructor override holds it.
 */
export function assess(doc: DoctrineState, obs: Observation, tick: number, tickSeconds: number, ev: GameEvent[]): void {
  const episode = EPISODE_SECONDS / tickSeconds;
  let top: Sighting | null = null;
  for (const s of obs.sightings) {
    const last = doc.lastSeen[s.kind];
    const marker = incidentMarker[s.kind];
    if (marker && (last < 0 || tick - last > episode) && last !== tick) ev.push({ tick, type: 'disturbance_marked', marker, incident: s.kind, groupId: s.groupId });
    if (last !== tick) doc.lastSeen[s.kind] = tick;
    if (!top || levelRank(incidentLevel[s.kind]) > levelRank(incidentLevel[top.kind])) top = s;
  }
  // Raw level: the highest level among the incidents still held (no allocation: this runs every tick).
  const hold = HOLD_SECONDS / tickSeconds;
  const lastSeen = doc.lastSeen;
  let rank = 0;
  for (const k of incidentKinds) {
    const last = lastSeen[k];
    if (last >= 0 && tick - last <= hold) rank = Math.max(rank, levelRank(incidentLevel[k]));
  }
  const raw: SituationLevel = situationLevels[rank]!;
  const current = levelRank(doc.assessed);
  if (rank > current) {
    doc.assessed = raw;
    doc.calmTicks = 0;
    const cause = top && incidentLevel[top.kind] === raw ? top : null;
    if (!doc.override) changeLevel(doc, raw, cause ? cause.kind : strongestRecent(doc, tick, tickSeconds, raw), cause ? cause.groupId : null, tick, ev);
  } else if (rank < current) {
    doc.calmTicks++;
    if (doc.calmTicks >= CALM_SECONDS / tickSeconds) {
      doc.assessed = situationLevels[current - 1]!;
      doc.calmTicks = 0;
      if (!doc.override) changeLevel(doc, doc.assessed, 'calm', null, tick, ev);
    }
  } else if (doc.calmTicks !== 0) doc.calmTicks = 0;
}

function strongestRecent(doc: DoctrineState, tick: number, tickSeconds: number, level: SituationLevel): IncidentKind {
  return recentIncidents(doc, tick, tickSeconds).find((k) => incidentLevel[k] === level) ?? 'pushing';
}
