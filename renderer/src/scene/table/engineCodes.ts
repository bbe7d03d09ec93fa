import { unitTypes } from '../../../../shared/engine/forces';
import { Flag, Role } from '../../../../shared/engine/model';

/**
 * The only place the scene reads the engine's codes: agent roles, status flags and the unit catalogue,
 * turned into what drawing needs. When the engine renames something, this file changes, nothing else.
 */

/** Role codes the scene distinguishes (engine `Role`). */
export const R = {
  /** Police roles are below this code (officer, danton, negotiator, medic, driver). */
  policeEnd: 10,
  driver: Role.driver,
  korlap: Role.korlap,
  orator: Role.orator,
  bystander: Role.bystander,
  ketuaKpu: Role.ketuaKpu,
  kpuStaff: Role.kpuStaff,
  paslon: Role.paslon,
  /** Protected people have this code or above. */
  protectedStart: Role.ketuaKpu,
} as const;

/** Status flags the scene draws (engine `Flag`). */
export const F = {
  active: Flag.active,
  injured: Flag.injured | Flag.down,
  arrested: Flag.arrested,
  hostage: Flag.hostage,
  wet: Flag.wet,
  gassed: Flag.gassed,
  inBuilding: Flag.inBuilding,
  sitting: Flag.sitting,
  /** Not on the table any more (dispersed and gone, or evacuated). */
  hidden: Flag.gone | Flag.evacuated,
} as const;

/** Vehicle kinds drawn, in code order (code = index + 1; 0 = no vehicle). */
export const VEHICLE_KINDS = ['awc', 'ambulance', 'mobilKomando', 'rantis'] as const;
/** A vehicle kind drawn by the scene. */
export type VehicleKind = (typeof VEHICLE_KINDS)[number];

const VEHICLE_OF_TYPE: Record<string, VehicleKind> = { water_cannon: 'awc', dokkes: 'ambulance', mobil_komando: 'mobilKomando' };
const SHIELDS = new Set(['shield', 'tameng_sekat', 'tameng_desak']);

/** Facts about a police unit type the scene needs (unknown types: none). */
export function unitTypeTraits(type: string): { shield: boolean; vehicle: number } {
  const t = (unitTypes as Record<string, { vehicle: boolean; equipment: readonly string[] } | undefined>)[type];
  if (!t) return { shield: false, vehicle: 0 };
  const kind = t.vehicle ? (VEHICLE_OF_TYPE[type] ?? 'rantis') : null;
  return { shield: t.equipment.some((e) => SHIELDS.has(e)), vehicle: kind ? VEHICLE_KINDS.indexOf(kind) + 1 : 0 };
}
