import { crowdPresence } from '../../../shared/debrief/metrics';
import { packedPeople } from './hazardView';
import { incidentMarker, levelAsSeen, type DisturbanceMarker, type Echelon, type Game, type IncidentKind, type SituationLevel } from './engineFacade';

/** The numbers the HUD shows; recomputed a few times a second at most, never per frame. */
export interface HudNumbers {
  tick: number;
  turn: number;
  legitimacy: number;
  injuredProtesters: number;
  injuredOfficers: number;
  arrests: number;
  damage: number;
  fires: number;
  breaches: number;
  hostages: number;
  activeProtesters: number;
  presentProtesters: number;
  /** Effective situation level (the instructor's override if any) and whether it is overridden. */
  level: SituationLevel;
  levelOverridden: boolean;
  /** Protap 1/X/2010 markers seen in the last two minutes of scenario time. */
  markers: DisturbanceMarker[];
  /** The echelon of the unit holding the line, null before anyone holds it. */
  controlEchelon: Echelon | null;
  /** Police score (0..100) at the end of the last resolved turn, null before the first. */
  policeScore: number | null;
  /**
   * People standing packed past the dangerous density (5.5 persons/m², sustained; CROWD-AND-AI.md):
   * the HUD's crush warning, shown only while it is above 0.
   */
  crushRisk: number;
  /** Crowd score (0..100) at the end of the last resolved turn, null before the first. */
  crowdScore: number | null;
  /**
   * Why legitimacy stands where it does: its value when the turn shown began (the turn being resolved,
   * or between turns the last one resolved) and the police measures judged in that turn by verdict.
   */
  legitimacyTrend: { turn: number; from: number; proper: number; questionable: number; violation: number };
}

/** Legitimacy at the start of the turn being resolved (or, between turns, of the turn just resolved) and that turn's verdicts. */
export function legitimacyTrend(game: Game): HudNumbers['legitimacyTrend'] {
  const { state } = game;
  const scores = state.doctrine.scores;
  const resolving = state.phase === 'resolving';
  const start = resolving ? scores.at(-1) : scores.at(-2);
  const tally = resolving ? state.doctrine.turnTally : (scores.at(-1)?.thisTurn ?? { proper: 0, questionable: 0, violation: 0 });
  const turn = resolving || scores.length === 0 ? state.turn : scores.at(-1)!.turn;
  return { turn, from: start?.legitimacy ?? game.setup.legitimacy, proper: tally.proper, questionable: tally.questionable, violation: tally.violation };
}

/** Scenario seconds within which an incident still sets its Protap marker on the HUD. */
const MARKER_WINDOW_SECONDS = 120;

/** The Protap markers of the incidents seen within the window before `tick`. */
export function recentMarkers(lastSeen: Readonly<Record<IncidentKind, number>>, tick: number, tickSeconds: number): DisturbanceMarker[] {
  const window = MARKER_WINDOW_SECONDS / tickSeconds;
  const found = new Set<DisturbanceMarker>();
  for (const [kind, seen] of Object.entries(lastSeen) as [IncidentKind, number][]) {
    const marker = incidentMarker[kind];
    if (marker && seen >= 0 && tick - seen <= window) found.add(marker);
  }
  return (['ambang_gangguan', 'gangguan_nyata'] as const).filter((marker) => found.has(marker));
}

/** Reads the HUD numbers off the game (one pass over the agents for the active count). */
export function readHud(game: Game): HudNumbers {
  const { state } = game;
  const { active, present } = crowdPresence(game);
  return {
    tick: state.tick,
    turn: state.turn,
    legitimacy: state.legitimacy,
    injuredProtesters: state.stats.injuredProtesters,
    injuredOfficers: state.stats.injuredOfficers,
    arrests: state.stats.arrests,
    damage: state.stats.propertyDamage,
    fires: state.fires.length,
    breaches: state.stats.breaches,
    hostages: state.stats.hostages,
    activeProtesters: active,
    presentProtesters: present,
    level: levelAsSeen(state.doctrine),
    levelOverridden: state.doctrine.override !== null,
    markers: recentMarkers(state.doctrine.lastSeen, state.tick, state.tickSeconds),
    controlEchelon: state.doctrine.control.echelon,
    policeScore: state.doctrine.scores.at(-1)?.police.total ?? null,
    crushRisk: packedPeople(game),
    crowdScore: state.doctrine.scores.at(-1)?.crowd.total ?? null,
    legitimacyTrend: legitimacyTrend(game),
  };
}

/** Scenario clock (one definition, in the debrief's timeline model). */
export { scenarioClock } from '../../../shared/debrief/timeline';
