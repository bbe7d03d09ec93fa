/**
 * The hot-path data model: every person (and vehicle) is an agent whose state lives in
 * structure-of-arrays typed arrays, and every wall, fence, gate, door and barrier is a segment in
 * typed arrays too. The renderer reads these arrays directly (positions in metres, x = east,
 * y = north, heading in radians counter-clockwise from east).
 */

/** What an agent is. */
export const AgentKind = { officer: 0, protester: 1, protected: 2, vehicle: 3 } as const;
/** One of {@link AgentKind}. */
export type AgentKindCode = (typeof AgentKind)[keyof typeof AgentKind];

/** Role of an agent inside its unit, crowd group or protected party. */
export const Role = {
  officer: 0, danton: 1, negotiator: 2, medic: 3, driver: 4,
  korlap: 10, orator: 11, provocateur: 12, protester: 13, bystander: 14,
  ketuaKpu: 20, kpuStaff: 21, paslon: 22,
} as const;
/** One of {@link Role}. */
export type RoleCode = (typeof Role)[keyof typeof Role];

/** Status bits in `flags` (an agent may carry several). */
export const Flag = {
  /** Protester currently rioting (Epstein "active"). */
  active: 1 << 0,
  injured: 1 << 1,
  arrested: 1 << 2,
  hostage: 1 << 3,
  wet: 1 << 4,
  gassed: 1 << 5,
  inBuilding: 1 << 6,
  /** Carries a sharp weapon (sajam); revealed by an arrest. */
  sajam: 1 << 7,
  /** Left the area (dispersed); no longer simulated. */
  gone: 1 << 8,
  /** Carried off by Dokkes; no longer simulated. */
  evacuated: 1 << 9,
  /** Incapacitated: lies still until evacuated. */
  down: 1 << 10,
  sitting: 1 << 11,
  /** Member of a delegation sent to the police. */
  delegate: 1 << 12,
} as const;

/** Agents with any of these flags take no part in movement or collisions. */
export const OFF_FIELD = Flag.gone | Flag.evacuated;

/** Body radius in metres by kind (vehicles are much larger and handled separately). */
export const RADIUS: Readonly<Record<AgentKindCode, number>> = { 0: 0.28, 1: 0.25, 2: 0.25, 3: 1.6 };

/** Time constant (s) of the sustained density in `crowding`. */
export const CROWDING_SECONDS = 10;

/**
 * Crowd density bands in persons per m² (Fruin's levels of service, G. K. Still; CROWD-AND-AI.md):
 * below `restricted` people walk freely, from `contact` bodies touch involuntarily, from `dangerous`
 * crowd forces build up (crush risk is signalled), from `critical` a standing crowd is crushed.
 */
export const DensityBand = { restricted: 2, contact: 3.5, dangerous: 5.5, critical: 7 } as const;

/** Segment states. */
export const SegState = { closed: 0, open: 1, breached: 2 } as const;

/** All agent arrays, in the fixed order used by hashing and snapshots. */
export interface AgentArrays {
  x: Float32Array;
  y: Float32Array;
  vx: Float32Array;
  vy: Float32Array;
  heading: Float32Array;
  health: Float32Array;
  hardship: Float32Array;
  riskAversion: Float32Array;
  threshold: Float32Array;
  exposure: Float32Array;
  pressure: Float32Array;
  /** Densest square metre (persons per m²) of the 3 x 3 m around the agent when the last tick's grid was built. */
  density: Float32Array;
  /**
   * Sustained local density (persons per m², an exponential average over {@link CROWDING_SECONDS} of
   * the people within the 3 x 3 m around the agent): what crush injuries and the crush-risk signal read.
   */
  crowding: Float32Array;
  /**
   * Epstein arousal 0..1 (protesters): rises while grievance exceeds risk and threshold, falls while it
   * does not, so activity builds up and calms down over tens of seconds; active at 0.5 and above.
   */
  arousal: Float32Array;
  /** External impulse (water jet, gas) in m/s, applied on the next tick's move. */
  ix: Float32Array;
  iy: Float32Array;
  kind: Uint8Array;
  role: Uint8Array;
  /** Unit index (officers, vehicles), group index (protesters) or protected-party index. */
  team: Int16Array;
  /** Slot in the unit's formation (officers) or member number (others). */
  slot: Int16Array;
  flags: Uint16Array;
  /** Ticks until the next throw (protesters); ticks a freed hostage stays guarded and cannot be taken again (protected people). */
  cooldown: Uint16Array;
  /** Related agent: captor of a hostage, patient of a medic, target of an arresting officer; -1 none. */
  link: Int32Array;
}

/** Segment arrays (static venue segments first, then barriers placed during play). */
export interface SegmentArrays {
  ax: Float32Array;
  ay: Float32Array;
  bx: Float32Array;
  by: Float32Array;
  strength: Float32Array;
  maxStrength: Float32Array;
  kind: Uint8Array;
  state: Uint8Array;
  breachable: Uint8Array;
  /** Index into the venue's openings, or -1. */
  opening: Int16Array;
}

/** Everything per-agent and per-segment, plus the generator state. Mutable; hashed and snapshotted. */
export interface World {
  /** [agentCount, segmentCount, segmentCapacity]. */
  header: Int32Array;
  agents: AgentArrays;
  segments: SegmentArrays;
  rng: Uint32Array;
}

/** Allocates an empty world. */
export function allocWorld(agentCount: number, segmentCapacity: number): World {
  const n = agentCount;
  const m = segmentCapacity;
  return {
    header: Int32Array.of(n, 0, m),
    agents: {
      x: new Float32Array(n), y: new Float32Array(n), vx: new Float32Array(n), vy: new Float32Array(n),
      heading: new Float32Array(n), health: new Float32Array(n).fill(1), hardship: new Float32Array(n),
      riskAversion: new Float32Array(n), threshold: new Float32Array(n), exposure: new Float32Array(n),
      pressure: new Float32Array(n), density: new Float32Array(n), crowding: new Float32Array(n), arousal: new Float32Array(n), ix: new Float32Array(n), iy: new Float32Array(n), kind: new Uint8Array(n), role: new Uint8Array(n), team: new Int16Array(n),
      slot: new Int16Array(n), flags: new Uint16Array(n), cooldown: new Uint16Array(n), link: new Int32Array(n).fill(-1),
    },
    segments: {
      ax: new Float32Array(m), ay: new Float32Array(m), bx: new Float32Array(m), by: new Float32Array(m),
      strength: new Float32Array(m), maxStrength: new Float32Array(m), kind: new Uint8Array(m),
      state: new Uint8Array(m), breachable: new Uint8Array(m), opening: new Int16Array(m).fill(-1),
    },
    rng: new Uint32Array(4),
  };
}

/** A typed array of one of the kinds the world uses. */
export type WorldArray = Float32Array | Int32Array | Int16Array | Uint32Array | Uint16Array | Uint8Array;

/** The world's arrays as [name, array] pairs in a fixed order (hashing, snapshots). */
export function worldArrays(w: World): [string, WorldArray][] {
  const out: [string, WorldArray][] = [['header', w.header], ['rng', w.rng]];
  for (const [k, v] of Object.entries(w.agents)) out.push([`agents.${k}`, v as WorldArray]);
  for (const [k, v] of Object.entries(w.segments)) out.push([`segments.${k}`, v as WorldArray]);
  return out;
}

/** Deep copy of a world. */
export function cloneWorld(w: World): World {
  const c = allocWorld(w.header[0]!, w.header[2]!);
  const src = worldArrays(w);
  const dst = worldArrays(c);
  for (let i = 0; i < src.length; i++) (dst[i]![1] as Uint8Array).set(src[i]![1] as Uint8Array);
  return c;
}
