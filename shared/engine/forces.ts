/**
 * The police unit catalogue, as data (DOCTRINE.md section 3). Each type says how many agents it
 * fields, what it carries, how fast it moves and which orders it may take; `forceStage` gives the
 * Perkap 1/2009 Art. 5 stage each order represents, by which the doctrine (doctrine/judge.ts) judges every measure.
 */

/** Police unit type ids. */
export const unitTypeIds = [
  'dalmas_awal', 'dalmas_lanjut', 'brimob_sekat', 'brimob_desak', 'brimob_tindak', 'water_cannon',
  'raimas', 'tim_tindak', 'negosiator', 'dokkes', 'mobil_komando',
] as const;
/** One of {@link unitTypeIds}. */
export type UnitTypeId = (typeof unitTypeIds)[number];

/** Police order types (see orders.ts for their parameters). */
export const policeOrderTypes = [
  'move', 'face', 'formation', 'hold', 'push', 'appeal', 'negotiate', 'rope_line', 'lapis_ganti', 'lintas_ganti',
  'water_cannon', 'tear_gas', 'arrest', 'evacuate', 'escort', 'gate', 'place_barrier',
] as const;
/** One of {@link policeOrderTypes}. */
export type PoliceOrderType = (typeof policeOrderTypes)[number];

/** Equipment codes. */
export const equipmentIds = [
  'tali_dalmas', 'shield', 'baton', 'gas_launcher', 'gas_mask', 'flash_ball', 'apar', 'loudspeaker', 'water_tank',
  'barrier', 'tameng_sekat', 'tameng_desak', 'handcuffs', 'motorcycle', 'ambulance', 'stretcher',
] as const;
/** One of {@link equipmentIds}. */
export type EquipmentId = (typeof equipmentIds)[number];

/** Perkap 1/2009 Art. 5 stage: 0 = no force (humanitarian), 1 presence ... 6 firearms. */
export type ForceStage = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** One unit type. */
export interface UnitType {
  id: UnitTypeId;
  /** Brimob call-sign where one exists. */
  callSign?: string;
  /** People on foot (agents); vehicles add one vehicle agent. */
  strength: number;
  vehicle: boolean;
  /** Crew inside the vehicle (not simulated as separate agents). */
  crew: number;
  equipment: readonly EquipmentId[];
  /** Walking (or driving) speed in m/s. */
  speed: number;
  /** Mass in the pushing model relative to a protester (shields and training hold a line). */
  mass: number;
  orders: readonly PoliceOrderType[];
  /** Supplies: litres of water, gas rounds, portable barriers. */
  supplies: { water: number; gas: number; barriers: number };
}

const MOVE: readonly PoliceOrderType[] = ['move', 'face', 'formation', 'hold'];

/** The catalogue, by id. */
export const unitTypes: Readonly<Record<UnitTypeId, UnitType>> = {
  dalmas_awal: {
    id: 'dalmas_awal', strength: 38, vehicle: false, crew: 0, equipment: ['tali_dalmas', 'loudspeaker'], speed: 1.3, mass: 2,
    orders: [...MOVE, 'push', 'appeal', 'rope_line', 'escort', 'gate'], supplies: { water: 0, gas: 0, barriers: 0 },
  },
  dalmas_lanjut: {
    id: 'dalmas_lanjut', strength: 39, vehicle: false, crew: 0,
    equipment: ['shield', 'baton', 'gas_launcher', 'gas_mask', 'flash_ball', 'apar', 'loudspeaker', 'barrier'], speed: 1.3, mass: 3,
    orders: [...MOVE, 'push', 'appeal', 'lapis_ganti', 'tear_gas', 'escort', 'gate', 'place_barrier'], supplies: { water: 0, gas: 6, barriers: 4 },
  },
  brimob_sekat: {
    id: 'brimob_sekat', callSign: 'Benteng', strength: 30, vehicle: false, crew: 0, equipment: ['tameng_sekat', 'baton', 'gas_mask', 'barrier'],
    speed: 1.5, mass: 4, orders: [...MOVE, 'push', 'lintas_ganti', 'escort', 'gate', 'place_barrier'], supplies: { water: 0, gas: 0, barriers: 4 },
  },
  brimob_desak: {
    id: 'brimob_desak', callSign: 'Perisai', strength: 30, vehicle: false, crew: 0, equipment: ['tameng_desak', 'baton', 'gas_launcher', 'gas_mask'],
    speed: 1.5, mass: 4, orders: [...MOVE, 'push', 'lintas_ganti', 'tear_gas', 'escort', 'gate'], supplies: { water: 0, gas: 8, barriers: 0 },
  },
  brimob_tindak: {
    id: 'brimob_tindak', callSign: 'Tombak', strength: 30, vehicle: false, crew: 0, equipment: ['baton', 'handcuffs', 'gas_mask'],
    speed: 1.6, mass: 3, orders: [...MOVE, 'push', 'lintas_ganti', 'arrest', 'escort', 'gate'], supplies: { water: 0, gas: 0, barriers: 0 },
  },
  water_cannon: {
    id: 'water_cannon', callSign: 'Gajah', strength: 0, vehicle: true, crew: 3, equipment: ['water_tank', 'loudspeaker'], speed: 2.5, mass: 50,
    orders: ['move', 'face', 'hold', 'water_cannon', 'appeal'], supplies: { water: 10000, gas: 0, barriers: 0 },
  },
  raimas: {
    id: 'raimas', strength: 20, vehicle: false, crew: 0, equipment: ['motorcycle', 'baton'], speed: 4, mass: 3,
    orders: [...MOVE, 'push'], supplies: { water: 0, gas: 0, barriers: 0 },
  },
  tim_tindak: {
    id: 'tim_tindak', strength: 10, vehicle: false, crew: 0, equipment: ['handcuffs', 'baton'], speed: 1.8, mass: 2,
    orders: [...MOVE, 'arrest', 'escort'], supplies: { water: 0, gas: 0, barriers: 0 },
  },
  negosiator: {
    id: 'negosiator', strength: 3, vehicle: false, crew: 0, equipment: ['loudspeaker'], speed: 1.3, mass: 1,
    orders: ['move', 'face', 'hold', 'negotiate', 'appeal'], supplies: { water: 0, gas: 0, barriers: 0 },
  },
  dokkes: {
    id: 'dokkes', strength: 6, vehicle: true, crew: 2, equipment: ['ambulance', 'stretcher'], speed: 1.5, mass: 1,
    orders: ['move', 'face', 'hold', 'evacuate'], supplies: { water: 0, gas: 0, barriers: 0 },
  },
  mobil_komando: {
    id: 'mobil_komando', strength: 0, vehicle: true, crew: 4, equipment: ['loudspeaker'], speed: 2.5, mass: 50,
    orders: ['move', 'face', 'hold', 'appeal'], supplies: { water: 0, gas: 0, barriers: 0 },
  },
};

/** Default Perkap 1/2009 stage of each police order. */
const baseStage: Readonly<Record<PoliceOrderType, ForceStage>> = {
  move: 1, face: 1, formation: 1, hold: 1, rope_line: 1, lapis_ganti: 1, lintas_ganti: 1, gate: 1, place_barrier: 1,
  escort: 1, evacuate: 0, appeal: 2, negotiate: 2, push: 3, arrest: 4, water_cannon: 5, tear_gas: 5,
};

/**
 * The force stage a unit of this type applies when carrying out this order: pushing with shields and
 * batons is hard empty-hand control (4), pushing with bare hands or a rope soft control (3).
 */
export function forceStageOf(type: UnitTypeId, order: PoliceOrderType): ForceStage {
  if (order === 'push' && unitTypes[type].equipment.some((e) => e === 'shield' || e === 'tameng_desak' || e === 'tameng_sekat' || e === 'baton')) return 4;
  return baseStage[order];
}

/** Agents a unit of this type fields (people on foot plus one vehicle agent if any). */
export function agentsPerUnit(type: UnitTypeId, strength?: number): number {
  const t = unitTypes[type];
  return (strength ?? t.strength) + (t.vehicle ? 1 : 0);
}

/** Crowd order types. */
export const crowdOrderTypes = [
  'march', 'orasi', 'push_line', 'throw', 'burn_tyres', 'breach', 'enter_building', 'take_hostage', 'sit_in',
  'delegation', 'retreat', 'disperse',
] as const;
/** One of {@link crowdOrderTypes}. */
export type CrowdOrderType = (typeof crowdOrderTypes)[number];

/** Formations (DOCTRINE.md section 4). */
export const formations = ['bersaf', 'berbanjar', 'anak_panah', 'berlindung'] as const;
/** One of {@link formations}. */
export type Formation = (typeof formations)[number];
