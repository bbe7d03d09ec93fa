import type { UnitTypeId } from '../forces';
import type { Setup, UnitState, GroupState } from '../state';
import { incidentKinds, type DoctrineState, type Echelon, type IncidentKind } from '../doctrineTypes';
import { defaultObjectives, type Objectives } from '../objectives';

/**
 * The doctrine state of a new game: hijau, nobody has seen anything yet, tactical control with the
 * first line (Dalmas Awal if the setup has one), kendali umum with the area chief (Kapolres).
 */

/** The echelon a unit type belongs to when it holds the line, or null for support units. */
export function echelonOf(type: UnitTypeId): Echelon | null {
  if (type === 'dalmas_awal') return 'dalmas_awal';
  if (type === 'dalmas_lanjut') return 'dalmas_lanjut';
  if (type === 'brimob_sekat' || type === 'brimob_desak' || type === 'brimob_tindak') return 'brimob_phh';
  return null;
}

const defaults = new WeakMap<Setup, Objectives>();

/** The objectives a setup plays with (its own section or the defaults, parsed once per setup). */
export function objectivesOf(setup: Setup): Objectives {
  if (setup.objectives) return setup.objectives;
  let o = defaults.get(setup);
  if (!o) {
    o = defaultObjectives();
    defaults.set(setup, o);
  }
  return o;
}

/** The player commanding a unit, or null. */
export function commanderOf(players: readonly { id: string; controls: readonly string[] }[], unitId: string | null): string | null {
  if (unitId === null) return null;
  return players.find((p) => p.controls.includes(unitId))?.id ?? null;
}

/** Builds the initial doctrine state. */
export function initDoctrine(setup: Setup, units: readonly UnitState[], groups: readonly GroupState[]): DoctrineState {
  // The line is first held by the lowest echelon on the field (a scenario's reserves arrive later).
  const reserves = setup.script.reserves;
  const onField = units.filter((u) => !reserves.includes(u.id));
  const lead = (['dalmas_awal', 'dalmas_lanjut', 'brimob_phh'] as const).map((e) => onField.find((u) => echelonOf(u.type) === e)).find((u) => u !== undefined) ?? null;
  const lastSeen = {} as Record<IncidentKind, number>;
  for (const k of incidentKinds) lastSeen[k] = -1;
  return {
    level: 'hijau', assessed: 'hijau', override: null, notices: [], calmTicks: 0, lastSeen, lastAssault: -1,
    control: {
      leadUnitId: lead ? lead.id : null,
      echelon: lead ? echelonOf(lead.type) : null,
      playerId: commanderOf(setup.players, lead ? lead.id : null),
      overall: 'kapolres',
    },
    groups: groups.map(() => ({ negotiations: 0, settledTick: -1 })),
    units: units.map(() => ({ stray: 0, reported: false })),
    open: {},
    tally: { proper: 0, questionable: 0, violation: 0, conduct: 0, counted: 0, countedProper: 0, provocateurArrests: 0, peacefulArrests: 0, otherArrests: 0, peacefulArrestOrders: 0, protectedHostages: 0 },
    turnTally: { proper: 0, questionable: 0, violation: 0, conduct: 0 },
    objectives: objectivesOf(setup).crowd.map(() => ({ met: false, tick: -1, progress: 0 })),
    hostageTicks: 0,
    scores: [],
  };
}
