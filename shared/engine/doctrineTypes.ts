import type { ForceStage, PoliceOrderType } from './forces';

/**
 * Codes and state shapes of the doctrine layer (DOCTRINE.md sections 2-5): situation levels,
 * incidents and the Protap 1/X/2010 disturbance markers, verdicts and the rules they cite, who holds
 * control, and the per-turn score. Plain data only: this file imports no engine module that could
 * import it back (state.ts embeds {@link DoctrineState}).
 */

/** Situation levels of Perkap 16/2006, lowest first. */
export const situationLevels = ['hijau', 'kuning', 'merah'] as const;
/** One of {@link situationLevels}. */
export type SituationLevel = (typeof situationLevels)[number];

/** Rank of a level (hijau 0, kuning 1, merah 2), for comparisons. */
export function levelRank(level: SituationLevel): number {
  return level === 'hijau' ? 0 : level === 'kuning' ? 1 : 2;
}

/** What the crowd was seen doing; each kind raises the situation to a level and may carry a Protap marker. */
export const incidentKinds = [
  'ignoring_appeals', 'pushing', 'blocking', 'throwing', 'incitement', 'weapon_found',
  'arson', 'damage', 'hostage_taking', 'looting', 'attack_on_officers', 'armed_threat',
] as const;
/** One of {@link incidentKinds}. */
export type IncidentKind = (typeof incidentKinds)[number];

/** Protap 1/X/2010 markers: threshold disturbance (ambang gangguan) and actual disturbance (gangguan nyata). */
export type DisturbanceMarker = 'ambang_gangguan' | 'gangguan_nyata';

/** The level each incident kind calls for (DOCTRINE.md section 2). */
export const incidentLevel: Readonly<Record<IncidentKind, SituationLevel>> = {
  ignoring_appeals: 'kuning', pushing: 'kuning', blocking: 'kuning', throwing: 'kuning', incitement: 'kuning', weapon_found: 'kuning',
  arson: 'merah', damage: 'merah', hostage_taking: 'merah', looting: 'merah', attack_on_officers: 'merah', armed_threat: 'merah',
};

/** The Protap 1/X/2010 marker an incident kind sets, if any. */
export const incidentMarker: Readonly<Record<IncidentKind, DisturbanceMarker | null>> = {
  ignoring_appeals: null, pushing: null, blocking: null, throwing: null,
  incitement: 'ambang_gangguan', weapon_found: 'ambang_gangguan', armed_threat: 'ambang_gangguan',
  arson: 'gangguan_nyata', damage: 'gangguan_nyata', hostage_taking: 'gangguan_nyata', looting: 'gangguan_nyata', attack_on_officers: 'gangguan_nyata',
};

/** Judgement of one measure or conduct. */
export const verdicts = ['proper', 'questionable', 'violation'] as const;
/** One of {@link verdicts}. */
export type Verdict = (typeof verdicts)[number];

/** The rules judgements cite (see rules.ts for regulation, article and principle). */
export const ruleIds = [
  'presence', 'preventive', 'humanitarian', 'handover', 'proportionate_force', 'anarchy_response', 'targeted_arrest',
  'necessity', 'proportionality', 'three_appeals', 'unit_for_level', 'tactical_control', 'arbitrary_conduct', 'formation_discipline',
  'fire_suppression', 'density_risk', 'partner_support',
] as const;
/** One of {@link ruleIds}. */
export type RuleId = (typeof ruleIds)[number];

/** Conduct findings not tied to one order. */
export const conductKinds = ['formation_left', 'pursuit', 'crowd_crush'] as const;
/** One of {@link conductKinds}. */
export type ConductKind = (typeof conductKinds)[number];

/** The force holding the line, and with it kendali taktis on the ground. */
export const echelons = ['dalmas_awal', 'dalmas_lanjut', 'brimob_phh'] as const;
/** One of {@link echelons}. */
export type Echelon = (typeof echelons)[number];

/** Who holds kendali umum (overall control): the area chief, or the Kapolda at merah. */
export type OverallControl = 'kapolres' | 'kapolda';

/** Why a game ended. */
export const gameOverReasons = ['turn_limit', 'crowd_dispersed', 'protest_ended_peacefully', 'crowd_objectives_met'] as const;
/** One of {@link gameOverReasons}. */
export type GameOverReason = (typeof gameOverReasons)[number];

/** Role of an arrested or targeted person, as events report it. */
export type PersonRole = 'korlap' | 'orator' | 'provocateur' | 'protester' | 'bystander';

/** The facts a measure judgement used; all plain values so the debrief can show them as they were. */
export interface MeasureFacts {
  /** The crowd group the measure concerned (nearest to its target), or null when there is none. */
  groupId: string | null;
  /** Appeals (himbauan) that group had heard when the order took effect (three before dispersal). */
  appeals: number;
  /** Whether a negotiation with that group's Korlap had been started / had succeeded. */
  negotiationTried: boolean;
  negotiationSucceeded: boolean;
  /** Whether the unit's type fits the situation level (Dalmas Awal hijau, Dalmas Lanjut kuning, Brimob PHH merah). */
  rightUnit: boolean;
  /** The unit holding the line (kendali taktis on the ground), its echelon and commanding player. */
  controlUnitId: string | null;
  controlEchelon: Echelon | null;
  controlPlayerId: string | null;
  /** Whether the ordering player commands the unit in tactical control. */
  orderedByControl: boolean;
  /** Arrests: the target's role and whether it was a peaceful person (not a provocateur, armed or rioting). */
  targetRole: PersonRole | null;
  peacefulTarget: boolean | null;
  /** Arrests of peaceful people ordered so far in the game, this one included. */
  peacefulArrests: number;
  /** Incidents seen within the last half minute. */
  recentIncidents: IncidentKind[];
}

/** An instructor's override of the situation level. */
export interface LevelOverride {
  level: SituationLevel;
  playerId: string;
  reason: string;
  tick: number;
}

/** An override (or its withdrawal) waiting to be announced as an event when the next turn resolves. */
export interface OverrideNotice {
  playerId: string;
  level: SituationLevel | null;
  previous: SituationLevel;
  reason: string;
}

/** A judged order whose effects are still to come (consequences are applied on its first effect). */
export interface OpenMeasure {
  verdict: Verdict;
  stage: ForceStage;
  order: PoliceOrderType;
  /** Group index the measure concerned, -1 for none. */
  group: number;
  peacefulTarget: boolean;
  /** Set once the legitimacy consequence of its first effect was applied. */
  felt: boolean;
}

/** Who is in control. */
export interface ControlState {
  /** Unit holding the line; changes with each completed lapis / lintas ganti. */
  leadUnitId: string | null;
  echelon: Echelon | null;
  /** Player commanding the lead unit: the one whose order gas and water cannon need. */
  playerId: string | null;
  overall: OverallControl;
}

/** Per crowd group doctrine facts. */
export interface GroupDoctrine {
  negotiations: number;
  /** Tick of the last successful negotiation or delegation received, -1 if none. */
  settledTick: number;
}

/** Per unit formation-discipline tracking. */
export interface UnitDoctrine {
  /** Consecutive checks with officers far from their places. */
  stray: number;
  /** Whether the current straying episode was already judged. */
  reported: boolean;
  /** Tick this unit was last named as driving a crush-risk spot (doctrine/density.ts), absent if never. */
  crushSeen?: number;
}

/** Running judgement and arrest counts. */
export interface Tally {
  proper: number;
  questionable: number;
  violation: number;
  /** Conduct findings (leaving formation, pursuit). */
  conduct: number;
  /** Measures of stage 3 and above, handovers and measures not judged proper: the base of the compliance share. */
  counted: number;
  countedProper: number;
  provocateurArrests: number;
  peacefulArrests: number;
  otherArrests: number;
  /** Peaceful people ordered arrested (judged), each counted once however often the order is given: the mass-arrest rule. */
  peacefulArrestOrders: number;
  /** Hostages taken from the parties the police must protect (objectives.police.protect). */
  protectedHostages: number;
}

/** Progress of one crowd objective. */
export interface ObjectiveProgress {
  met: boolean;
  tick: number;
  /** 0..1 towards the objective (hostage hold time, people in the room). */
  progress: number;
}

/** The score of one side at the end of a turn. */
export interface TurnScore {
  turn: number;
  tick: number;
  level: SituationLevel;
  legitimacy: number;
  activeProtesters: number;
  presentProtesters: number;
  police: {
    /** 0..100: protection 30 + property 15 + injuries 20 + arrests 10 + compliance 25. */
    total: number;
    protection: number;
    property: number;
    injuries: number;
    arrests: number;
    compliance: number;
  };
  /** The numbers behind the points (cumulative up to this turn). */
  facts: {
    injuredOfficers: number;
    injuredProtesters: number;
    injuredProtected: number;
    propertyDamage: number;
    hostagesTaken: number;
    buildingsEntered: number;
    provocateurArrests: number;
    peacefulArrests: number;
    proper: number;
    questionable: number;
    violation: number;
    conduct: number;
    /** Share of proper judgements among counted measures and conduct findings (1 when none). */
    complianceShare: number;
  };
  /** Judgements made during this turn only. */
  thisTurn: { proper: number; questionable: number; violation: number; conduct: number };
  crowd: {
    /** 0..100: share of the crowd's objectives met (partial progress counts half). */
    total: number;
    objectives: { type: string; met: boolean; progress: number }[];
  };
}

/** The doctrine part of the game state (GameState.doctrine). */
export interface DoctrineState {
  /** Effective level: the instructor's override if any, else the assessed level. */
  level: SituationLevel;
  /** Level assessed from what the crowd does, with hysteresis. */
  assessed: SituationLevel;
  override: LevelOverride | null;
  notices: OverrideNotice[];
  /** Consecutive ticks the raw assessment stayed below `assessed`. */
  calmTicks: number;
  /** Tick each incident kind was last seen, -1 if never. */
  lastSeen: Record<IncidentKind, number>;
  /** Tick of the last officer injured by a stone or an assault (two within a minute make an attack on officers). */
  lastAssault: number;
  control: ControlState;
  groups: GroupDoctrine[];
  units: UnitDoctrine[];
  /** Judged orders whose effects may still come, by order id (pruned at every turn start). */
  open: Record<string, OpenMeasure>;
  tally: Tally;
  /** Judgement counts of the turn being resolved. */
  turnTally: { proper: number; questionable: number; violation: number; conduct: number };
  objectives: ObjectiveProgress[];
  /** Consecutive ticks a hostage has been held. */
  hostageTicks: number;
  /**
   * Agents who took a hostage: never a peaceful arrest target afterwards, even once they are down or
   * calm (absent in states saved before it existed).
   */
  hostageTakers?: number[];
  /** Peaceful people whose arrest was ordered, each once (the mass-arrest count; absent in older states). */
  peacefulTargets?: number[];
  /** Tick of the last force used against the crowd (water that hit people, gas fired, a push in contact), -1 or absent if none. */
  lastForce?: number;
  /**
   * A lapis / lintas ganti ordered and not yet completed: the relief is taking over the line (absent in
   * older states). `orderId`, `relievedUnitId` and the line's point (x, y) let the handover complete
   * when the relief reaches the line after another task replaced its handover task (absent in older states).
   */
  handover?: { unitId: string; kind: 'lapis_ganti' | 'lintas_ganti'; tick: number; orderId?: string; relievedUnitId?: string; x?: number; y?: number } | null;
  /** Score at the end of every resolved turn, in turn order. */
  scores: TurnScore[];
}
