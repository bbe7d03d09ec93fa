import type { SessionDetail } from '../../../../shared/contract/sessions';
import type { SituationLevel, TurnScore } from '../../play/engineFacade';

/**
 * A session's key numbers at the end of each resolved turn, read from what the host stores (the turn
 * records' summaries and the `turn_scored` events), not from a replay: the report's table and the
 * comparison of a branch with its original both use them, for sessions that are not open.
 */

/** The key numbers at the end of one resolved turn. */
export interface KeyNumbers {
  /** 1-based resolved turn. */
  turn: number;
  endTick: number;
  level: SituationLevel | null;
  /** 0..1. */
  legitimacy: number;
  injuredOfficers: number;
  injuredProtesters: number;
  injuredProtected: number;
  arrests: number;
  damage: number;
  policeScore: number | null;
  crowdScore: number | null;
  /** Judgements so far, by verdict. */
  proper: number;
  questionable: number;
  violation: number;
}

/** A stored event row as `listEvents` returns it. */
export interface EventRow {
  turn: number;
  tick: number;
  type: string;
  data: unknown;
}

/** The stored turn summary (main/host/engineAdapter.ts `turnSummary`), read defensively. */
interface StoredTurnSummary {
  stats?: Partial<Record<'injuredOfficers' | 'injuredProtesters' | 'injuredProtected' | 'arrests' | 'propertyDamage', number>>;
  legitimacy?: number;
}

function num(value: unknown, fallback = 0): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/**
 * The key numbers per resolved turn. A turn's score is the `turn_scored` event stored with that turn
 * (the engine's turn number, `turns[k].turn`); the injuries, arrests and damage come from the turn's
 * stored summary, with the score's facts as the fallback.
 */
export function keyNumbersByTurn(turns: SessionDetail['turns'], events: readonly EventRow[]): KeyNumbers[] {
  const scores = new Map<number, TurnScore>();
  const verdicts = new Map<number, { proper: number; questionable: number; violation: number }>();
  for (const row of events) {
    if (row.type === 'turn_scored') scores.set(row.turn, (row.data as { score: TurnScore }).score);
    if (row.type === 'measure_judged' || row.type === 'conduct_judged') {
      const verdict = (row.data as { verdict?: string }).verdict;
      const counts = verdicts.get(row.turn) ?? { proper: 0, questionable: 0, violation: 0 };
      if (verdict === 'proper' || verdict === 'questionable' || verdict === 'violation') counts[verdict] += 1;
      verdicts.set(row.turn, counts);
    }
  }
  const out: KeyNumbers[] = [];
  const running = { proper: 0, questionable: 0, violation: 0 };
  turns.forEach((record, k) => {
    const summary = (record.summary ?? {}) as StoredTurnSummary;
    const stats = summary.stats ?? {};
    const score = scores.get(record.turn);
    const judged = verdicts.get(record.turn);
    if (judged) {
      running.proper += judged.proper;
      running.questionable += judged.questionable;
      running.violation += judged.violation;
    }
    out.push({
      turn: k + 1,
      endTick: record.endTick,
      level: score?.level ?? null,
      legitimacy: num(summary.legitimacy, num(score?.legitimacy)),
      injuredOfficers: num(stats.injuredOfficers, num(score?.facts.injuredOfficers)),
      injuredProtesters: num(stats.injuredProtesters, num(score?.facts.injuredProtesters)),
      injuredProtected: num(stats.injuredProtected, num(score?.facts.injuredProtected)),
      arrests: num(stats.arrests),
      damage: num(stats.propertyDamage, num(score?.facts.propertyDamage)),
      policeScore: score ? score.police.total : null,
      crowdScore: score ? score.crowd.total : null,
      ...running,
    });
  });
  return out;
}
