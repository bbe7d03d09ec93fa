import { Color } from 'three';
import { unitTypeTraits } from '../engineCodes';
import type { SceneUnit } from '../sceneContract';

/**
 * How each kind of unit looks from above: uniform (body), helmet or hair (head) and the miniature's
 * base ring (side colour). Police bases are blue, crowd bases red, protected people gold, like painted
 * wargame miniatures. Colours are kept in linear space as the GPU reads them.
 */

/** Uniform, head and base colours of a police unit type. */
interface Look {
  body: string;
  head: string;
  base: string;
}

const POLICE_LOOK: Record<string, Look> = {
  dalmas_awal: { body: '#b58f55', head: '#3a2c1c', base: '#3a78c8' },
  dalmas_lanjut: { body: '#8c6a3a', head: '#161616', base: '#2f64b0' },
  brimob_sekat: { body: '#3a4150', head: '#0f1218', base: '#1f4fa0' },
  brimob_desak: { body: '#404a3c', head: '#0f1218', base: '#1f4fa0' },
  brimob_tindak: { body: '#2c3340', head: '#3a3f48', base: '#1f4fa0' },
  water_cannon: { body: '#3a4150', head: '#0f1218', base: '#1f4fa0' },
  raimas: { body: '#6a5a3a', head: '#f2f2f2', base: '#3a78c8' },
  tim_tindak: { body: '#4b4b4b', head: '#f07a1a', base: '#3a78c8' },
  negosiator: { body: '#ededed', head: '#2a2a2a', base: '#38a0d8' },
  dokkes: { body: '#f4f4f4', head: '#d22a2a', base: '#38a0d8' },
  mobil_komando: { body: '#8c6a3a', head: '#161616', base: '#2f64b0' },
  // Partner agencies: TNI green, Satpol PP khaki with a dark cap, the regency's civil-service khaki.
  tni_support: { body: '#4a5a32', head: '#2f3a22', base: '#5a8ab8' },
  satpol_pp: { body: '#9a8a5a', head: '#1c1c1c', base: '#5a8ab8' },
  pemda_liaison: { body: '#c2a878', head: '#1c1612', base: '#5a8ab8' },
};

/** Shirt colours of protesters: bright and varied so the crowd reads as many people. */
const SHIRTS = ['#d84a3a', '#e8e2d0', '#2a2a2a', '#e0a526', '#3f7fbf', '#7a3b8f', '#2f8f5b', '#c8c8c8', '#b03050', '#f0f0f0', '#5a6b2f', '#e86f2a'];
const HAIR = ['#1c1612', '#2a1e16', '#111111', '#3b2a1e', '#f0f0f0', '#d9d2c0'];

/** Base ring colours; `own` and `other` mark police units of the player planning and of another police player. */
export const BASE_COLORS = { police: '#2f64b0', crowd: '#c23a30', protected: '#e7b52c', unknown: '#777777', own: '#22c8ff', other: '#5a6275' } as const;

/** Status tints and marker colours. */
export const STATUS_COLORS = {
  active: '#e0281c',
  wet: '#3f7fd0',
  gassed: '#b7c43a',
  dispersed: '#9a9a9a',
  injured: '#ff2a2a',
  arrested: '#30d0e0',
  hostage: '#b040e0',
  korlap: '#ffd21a',
  orator: '#ff8a1a',
  protectedPerson: '#ffe066',
  shield: '#a8bfd2',
} as const;

const scratch = new Color();

/** Linear RGB of a CSS colour, written into `out` at `offset`. */
export function writeColor(out: Float32Array, offset: number, css: string): void {
  scratch.set(css);
  out[offset] = scratch.r;
  out[offset + 1] = scratch.g;
  out[offset + 2] = scratch.b;
}

/** Per-unit-index lookups the hot loop needs, rebuilt when the unit list changes (not per frame). */
export interface UnitTable {
  /** Length = highest unit index + 1. */
  size: number;
  /** 0 police, 1 crowd, 2 protected, 255 unknown. */
  side: Uint8Array;
  hasShield: Uint8Array;
  /** Vehicle kind code (`VEHICLE_KINDS` index + 1), 0 none. */
  vehicle: Uint8Array;
  /** Linear RGB per unit: body, head, base (police only; crowds vary per agent). */
  body: Float32Array;
  head: Float32Array;
  base: Float32Array;
  /** Unit id per index (for picking), '' when unknown. */
  ids: string[];
  selectable: Uint8Array;
}

/** Builds the unit table from the scene's unit list. */
export function buildUnitTable(units: readonly SceneUnit[]): UnitTable {
  const size = units.reduce((m, u) => Math.max(m, u.index + 1), 1);
  const t: UnitTable = {
    size,
    side: new Uint8Array(size).fill(255),
    hasShield: new Uint8Array(size),
    vehicle: new Uint8Array(size),
    body: new Float32Array(size * 3),
    head: new Float32Array(size * 3),
    base: new Float32Array(size * 3),
    ids: new Array<string>(size).fill(''),
    selectable: new Uint8Array(size),
  };
  for (const u of units) {
    const i = u.index;
    t.ids[i] = u.id;
    t.selectable[i] = u.selectable ? 1 : 0;
    t.side[i] = u.side === 'police' ? 0 : u.side === 'crowd' ? 1 : 2;
    const traits = unitTypeTraits(u.type);
    t.hasShield[i] = traits.shield ? 1 : 0;
    t.vehicle[i] = traits.vehicle;
    const look = POLICE_LOOK[u.type] ?? { body: '#8c6a3a', head: '#161616', base: BASE_COLORS.police };
    writeColor(t.body, i * 3, u.side === 'protected' ? '#f4f1e8' : look.body);
    writeColor(t.head, i * 3, u.side === 'protected' ? '#1c1612' : look.head);
    writeColor(t.base, i * 3, u.side === 'police' ? policeBase(u, look.base) : u.side === 'crowd' ? BASE_COLORS.crowd : BASE_COLORS.protected);
  }
  return t;
}

/** A police unit's base ring: bright for the planning player's own, dim for another player's, else by type. */
export function policeBase(unit: Pick<SceneUnit, 'relation'>, typeBase: string): string {
  return unit.relation === 'own' ? BASE_COLORS.own : unit.relation === 'other' ? BASE_COLORS.other : typeBase;
}

/** Linear RGB tables of the varied crowd colours (built once). */
export const CROWD_PALETTE = {
  shirts: packColors(SHIRTS),
  hair: packColors(HAIR),
  active: packColors([STATUS_COLORS.active]),
  wet: packColors([STATUS_COLORS.wet]),
  gassed: packColors([STATUS_COLORS.gassed]),
  dispersed: packColors([STATUS_COLORS.dispersed]),
  crowdBase: packColors([BASE_COLORS.crowd]),
  protectedBase: packColors([BASE_COLORS.protected]),
  unknownBase: packColors([BASE_COLORS.unknown]),
  korlapVest: packColors(['#f5d010']),
  kpuStaff: packColors(['#7a1f2a']),
  protectedShirt: packColors(['#f4f1e8']),
};

/** Several CSS colours packed as linear RGB triples. */
export function packColors(list: readonly string[]): Float32Array {
  const out = new Float32Array(list.length * 3);
  list.forEach((c, i) => writeColor(out, i * 3, c));
  return out;
}

/** A cheap deterministic hash of an agent index to 0..n-1 (stable colours across frames). */
export function pick(i: number, n: number): number {
  return (((i * 2654435761) >>> 0) % n) | 0;
}
