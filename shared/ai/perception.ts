import { AgentKind, Flag, OFF_FIELD, Role, SegState } from '../engine/model';
import type { Game, GameState } from '../engine/state';
import type { Formation, UnitTypeId } from '../engine/forces';
import { isHeld } from '../engine/reserves';

/**
 * What the crowd can see, and nothing else: the police units on the field (where they stand, their
 * formation and what they are visibly doing, how many officers are still standing), the gates, doors
 * and fence panels and their state, its own groups, gas in the air, wet or gassed people, arrests and
 * injuries, and its own perceived legitimacy of the authorities. It never reads the police's plans for
 * the coming turn (`state.planned`), where units are headed (`waypoints`), their supplies, the reserves
 * still off the field, or the doctrine's judgements; a test runs it on a state whose hidden parts throw
 * when touched. Every AI decision starts from one of these.
 */

/** A police unit as seen from the crowd. */
export interface SeenUnit {
  id: string;
  type: UnitTypeId;
  x: number;
  y: number;
  formation: Formation;
  stance: 'ready' | 'hold' | 'push';
  /** Officers standing (not injured, down or gone). */
  officers: number;
  /** What it is visibly doing. */
  activity: 'idle' | 'appeal' | 'negotiate' | 'water_cannon' | 'tear_gas' | 'arrest' | 'other';
}

/** A gate or door (an opening of the venue). */
export interface SeenOpening {
  id: string;
  kind: 'gate' | 'door';
  ownerId: string;
  x: number;
  y: number;
  closed: boolean;
  breached: boolean;
  breachable: boolean;
}

/** A closed breachable fence panel (not a gate). */
export interface SeenPanel {
  segment: number;
  x: number;
  y: number;
}

/** One of the AI's own crowd groups. */
export interface OwnGroup {
  id: string;
  /** Index in the state's group list. */
  index: number;
  /** Where it stands: its Korlap, else the centre of those present. */
  x: number;
  y: number;
  present: number;
  active: number;
  agitation: number;
  appeals: number;
  task: string;
  hasKorlap: boolean;
  orators: number;
  provocateurs: number;
  wet: number;
  gassed: number;
  /** Members inside the compound a gate or fence panel closes (0 when the venue has none). */
  inside: number;
}

/** Everything an AI decision may use. */
export interface Perception {
  turn: number;
  turnLimit: number;
  legitimacy: number;
  units: SeenUnit[];
  openings: SeenOpening[];
  panels: SeenPanel[];
  groups: OwnGroup[];
  clouds: { x: number; y: number; r: number }[];
  /** A water cannon spraying now. */
  spraying: boolean;
  arrests: number;
  injuredProtesters: number;
  breaches: number;
  hostageHeld: boolean;
  /** Whether each crowd objective (setup order) has been met: the crowd knows what it achieved. */
  objectivesMet: boolean[];
}

const activityOf = (task: GameState['units'][number]['task']): SeenUnit['activity'] => {
  if (!task) return 'idle';
  switch (task.type) {
    case 'appeal': case 'negotiate': case 'water_cannon': case 'tear_gas': case 'arrest': return task.type;
    default: return 'other';
  }
};

/** What the crowd sees now; `own` are the group ids the AI commands. */
export function perceive(game: Game, own: readonly string[]): Perception {
  const s = game.state;
  const a = game.world.agents;
  const sg = game.world.segments;
  const units: SeenUnit[] = [];
  for (const u of s.units) {
    if (isHeld(s, u.id)) continue;
    let officers = 0;
    for (let i = u.first; i < u.first + u.count; i++) {
      if (a.kind[i] !== AgentKind.officer) continue;
      if ((a.flags[i]! & (OFF_FIELD | Flag.injured | Flag.down)) === 0) officers++;
    }
    units.push({ id: u.id, type: u.type, x: u.x, y: u.y, formation: u.formation, stance: u.stance, officers, activity: activityOf(u.task) });
  }
  const openings: SeenOpening[] = game.venue.openings.map((o) => ({
    id: o.id, kind: o.kind, ownerId: o.ownerId, x: o.cx, y: o.cy,
    closed: sg.state[o.segment] === SegState.closed, breached: sg.state[o.segment] === SegState.breached, breachable: sg.breachable[o.segment] === 1,
  }));
  const panels: SeenPanel[] = [];
  for (let k = 0; k < s.staticSegments; k++) {
    if (game.venue.segments[k]!.opening >= 0 || sg.breachable[k] !== 1 || sg.state[k] !== SegState.closed) continue;
    panels.push({ segment: k, x: (sg.ax[k]! + sg.bx[k]!) / 2, y: (sg.ay[k]! + sg.by[k]!) / 2 });
  }
  const compound = compoundBox(game);
  const groups: OwnGroup[] = [];
  s.groups.forEach((g, index) => {
    if (!own.includes(g.id) || isHeld(s, g.id)) return;
    let x = 0, y = 0, present = 0, active = 0, orators = 0, provocateurs = 0, wet = 0, gassed = 0, inside = 0;
    for (let i = g.first; i < g.first + g.count; i++) {
      const f = a.flags[i]!;
      if ((f & (OFF_FIELD | Flag.arrested)) !== 0) continue;
      present++;
      x += a.x[i]!;
      y += a.y[i]!;
      if ((f & Flag.active) !== 0) active++;
      if ((f & Flag.wet) !== 0) wet++;
      if ((f & Flag.gassed) !== 0) gassed++;
      if (a.role[i] === Role.orator) orators++;
      else if (a.role[i] === Role.provocateur) provocateurs++;
      if (compound && a.x[i]! > compound.minX && a.x[i]! < compound.maxX && a.y[i]! > compound.minY && a.y[i]! < compound.maxY) inside++;
    }
    if (present === 0) return;
    const k = g.korlap;
    const hasKorlap = k >= 0 && (a.flags[k]! & (OFF_FIELD | Flag.arrested | Flag.down)) === 0;
    groups.push({
      id: g.id, index, x: hasKorlap ? a.x[k]! : x / present, y: hasKorlap ? a.y[k]! : y / present, present, active,
      agitation: g.agitation, appeals: g.appeals, task: g.task.type, hasKorlap, orators, provocateurs, wet, gassed, inside,
    });
  });
  let hostageHeld = false;
  for (const p of s.protectedParties) for (let i = p.first; i < p.first + p.count; i++) if ((a.flags[i]! & Flag.hostage) !== 0) hostageHeld = true;
  return {
    turn: s.turn, turnLimit: s.turnLimit, legitimacy: s.legitimacy, units, openings, panels, groups,
    clouds: s.clouds.map((c) => ({ x: c.x, y: c.y, r: c.r })),
    spraying: s.units.some((u) => !isHeld(s, u.id) && u.task?.type === 'water_cannon'),
    arrests: s.stats.arrests, injuredProtesters: s.stats.injuredProtesters, breaches: s.stats.breaches, hostageHeld,
    objectivesMet: s.doctrine.objectives.map((o) => o.met),
  };
}

/** The box around the venue's breachable fences (the compound the crowd tries to get into), or null. */
export function compoundBox(game: Game): { minX: number; minY: number; maxX: number; maxY: number } | null {
  const walls = game.venue.file.walls;
  if (walls.length === 0) return null;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const w of walls) for (const [x, y] of w.points) {
    minX = Math.min(minX, x); minY = Math.min(minY, y); maxX = Math.max(maxX, x); maxY = Math.max(maxY, y);
  }
  return maxX - minX > 1 && maxY - minY > 1 ? { minX, minY, maxX, maxY } : null;
}
