/**
 * The police unit catalogue, as data (DOCTRINE.md section 3). Each type says how many agents it
 * fields, what it carries and how fast it moves. Which orders each type may take, and the Perkap
 * 1/2009 Art. 5 stage each order represents, are declared by the order modules (orderDefs/).
 */

/** Police unit type ids. */
export const unitTypeIds = [
  'dalmas_awal', 'dalmas_lanjut', 'brimob_sekat', 'brimob_desak', 'brimob_tindak', 'water_cannon',
  'raimas', 'tim_tindak', 'negosiator', 'dokkes', 'mobil_komando', 'tni_support', 'satpol_pp', 'pemda_liaison',
] as const;
/** One of {@link unitTypeIds}. */
export type UnitTypeId = (typeof unitTypeIds)[number];

/**
 * Partner agencies of a joint Sispamkota drill (DOCTRINE.md section 1: Polres OKU 2018 fielded 30 TNI
 * and 60 Satpol PP beside 250 Polri; Kukar 2023 drew on TNI/Kodim, Satpol PP and the regency). They
 * support the police; the use of force against a crowd belongs to the Polri unit allowed to use it
 * (DOCTRINE.md section 5, Perkap 1/2009), so the order registry gives them no force and the Anev judges
 * a partner line pushed into a crowd as a violation (rule `partner_support`).
 */
export const partnerUnitTypes = ['tni_support', 'satpol_pp', 'pemda_liaison'] as const satisfies readonly UnitTypeId[];

/** Whether a unit type belongs to a partner agency rather than to Polri. */
export function isPartnerUnit(type: UnitTypeId): boolean {
  return (partnerUnitTypes as readonly UnitTypeId[]).includes(type);
}

/** Police order types (see orders.ts for their parameters). */
export const policeOrderTypes = [
  'move', 'face', 'formation', 'hold', 'push', 'appeal', 'negotiate', 'rope_line', 'lapis_ganti', 'lintas_ganti',
  'water_cannon', 'tear_gas', 'arrest', 'evacuate', 'escort', 'gate', 'place_barrier', 'stop',
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
  /** Supplies: litres of water, gas rounds, portable barriers. */
  supplies: { water: number; gas: number; barriers: number };
}

/** The catalogue, by id. */
export const unitTypes: Readonly<Record<UnitTypeId, UnitType>> = {
  dalmas_awal: {
    id: 'dalmas_awal', strength: 38, vehicle: false, crew: 0, equipment: ['tali_dalmas', 'loudspeaker'], speed: 1.3, mass: 2, supplies: { water: 0, gas: 0, barriers: 0 },
  },
  dalmas_lanjut: {
    id: 'dalmas_lanjut', strength: 39, vehicle: false, crew: 0,
    equipment: ['shield', 'baton', 'gas_launcher', 'gas_mask', 'flash_ball', 'apar', 'loudspeaker', 'barrier'], speed: 1.3, mass: 3, supplies: { water: 0, gas: 6, barriers: 4 },
  },
  brimob_sekat: {
    id: 'brimob_sekat', callSign: 'Benteng', strength: 30, vehicle: false, crew: 0, equipment: ['tameng_sekat', 'baton', 'gas_mask', 'barrier'],
    speed: 1.5, mass: 4, supplies: { water: 0, gas: 0, barriers: 4 },
  },
  brimob_desak: {
    id: 'brimob_desak', callSign: 'Perisai', strength: 30, vehicle: false, crew: 0, equipment: ['tameng_desak', 'baton', 'gas_launcher', 'gas_mask'],
    speed: 1.5, mass: 4, supplies: { water: 0, gas: 8, barriers: 0 },
  },
  brimob_tindak: {
    id: 'brimob_tindak', callSign: 'Tombak', strength: 30, vehicle: false, crew: 0, equipment: ['baton', 'handcuffs', 'gas_mask'],
    speed: 1.6, mass: 3, supplies: { water: 0, gas: 0, barriers: 0 },
  },
  water_cannon: {
    id: 'water_cannon', callSign: 'Gajah', strength: 0, vehicle: true, crew: 3, equipment: ['water_tank', 'loudspeaker'], speed: 2.5, mass: 50, supplies: { water: 10000, gas: 0, barriers: 0 },
  },
  raimas: {
    id: 'raimas', strength: 20, vehicle: false, crew: 0, equipment: ['motorcycle', 'baton'], speed: 4, mass: 3, supplies: { water: 0, gas: 0, barriers: 0 },
  },
  tim_tindak: {
    id: 'tim_tindak', strength: 10, vehicle: false, crew: 0, equipment: ['handcuffs', 'baton'], speed: 1.8, mass: 2, supplies: { water: 0, gas: 0, barriers: 0 },
  },
  negosiator: {
    id: 'negosiator', strength: 3, vehicle: false, crew: 0, equipment: ['loudspeaker'], speed: 1.3, mass: 1, supplies: { water: 0, gas: 0, barriers: 0 },
  },
  dokkes: {
    id: 'dokkes', strength: 6, vehicle: true, crew: 2, equipment: ['ambulance', 'stretcher'], speed: 1.5, mass: 1, supplies: { water: 0, gas: 0, barriers: 0 },
  },
  mobil_komando: {
    id: 'mobil_komando', strength: 0, vehicle: true, crew: 4, equipment: ['loudspeaker'], speed: 2.5, mass: 50, supplies: { water: 0, gas: 0, barriers: 0 },
  },
  // Partner agencies (DOCTRINE.md section 1, sizes from the OKU 2018 drill: 30 TNI, 60 Satpol PP in two platoons).
  tni_support: {
    id: 'tni_support', strength: 30, vehicle: false, crew: 0, equipment: ['barrier'], speed: 1.4, mass: 3, supplies: { water: 0, gas: 0, barriers: 4 },
  },
  satpol_pp: {
    id: 'satpol_pp', strength: 30, vehicle: false, crew: 0, equipment: ['loudspeaker'], speed: 1.3, mass: 2, supplies: { water: 0, gas: 0, barriers: 0 },
  },
  pemda_liaison: {
    id: 'pemda_liaison', strength: 2, vehicle: false, crew: 0, equipment: ['loudspeaker'], speed: 1.3, mass: 1, supplies: { water: 0, gas: 0, barriers: 0 },
  },
};

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
