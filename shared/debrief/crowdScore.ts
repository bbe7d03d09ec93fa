import { objectivesOf } from '../engine/doctrine/init';
import type { CrowdObjective } from '../engine/objectives';
import type { Game } from '../engine/state';

/**
 * The crowd side's score as its player sees it: each of the scenario's crowd objectives, what it is
 * worth, how far it has come and the points it has earned so far. The engine scores the crowd at each
 * turn end (doctrine/score.ts `scoreTurn`: 100 × the mean over the objectives of 1 when met, else half
 * the progress); this reads the same progress live, between turn ends, with the same rule, so that the
 * crowd's screen can say what earns it points. Pure.
 */

/** One crowd objective's standing. */
export interface CrowdObjectiveStanding {
  index: number;
  objective: CrowdObjective;
  met: boolean;
  /** Tick it was met, -1 before. */
  metTick: number;
  /** 0..1 towards it (hostage hold time, people in the room); 1 once met. */
  progress: number;
  /** Points it is worth when met (100 shared equally among the objectives). */
  worth: number;
  /** Points earned so far: the full worth when met, else half the worth times the progress. */
  earned: number;
  /** Meeting it ends the exercise (alone, or with the others when all must be met). */
  endsGame: boolean;
}

/** The crowd's score now and at the last turn end. */
export interface CrowdScoreNow {
  objectives: CrowdObjectiveStanding[];
  /** 0..100, live (the sum of `earned`). */
  total: number;
  /** The engine's crowd score at the last resolved turn's end, null before the first. */
  lastTurnTotal: number | null;
  /** Whether any or all game-ending objectives end the game. */
  winsWhen: 'any' | 'all';
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** The crowd's objectives and score in `game` now. */
export function crowdScoreOf(game: Game): CrowdScoreNow {
  const objectives = objectivesOf(game.setup);
  const doc = game.state.doctrine;
  const n = objectives.crowd.length;
  const worth = n === 0 ? 0 : 100 / n;
  const standings = objectives.crowd.map((objective, index): CrowdObjectiveStanding => {
    const p = doc.objectives[index];
    const met = p?.met ?? false;
    const progress = met ? 1 : round1(p?.progress ?? 0);
    return { index, objective, met, metTick: p?.tick ?? -1, progress, worth, earned: met ? worth : (worth * progress) / 2, endsGame: objective.endsGame };
  });
  return {
    objectives: standings,
    total: round1(standings.reduce((s, o) => s + o.earned, 0)),
    lastTurnTotal: doc.scores.at(-1)?.crowd.total ?? null,
    winsWhen: objectives.crowdWinsWhen,
  };
}
