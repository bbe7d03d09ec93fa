import type { MessageKey } from '../../../shared/i18n/messages';
import type { ConductKind, Echelon, GameEvent, GameOverReason, IncidentKind, OverallControl, PoliceOrderType, RuleId, SituationLevel, TurnScore, Verdict } from './engineFacade';

/**
 * What a resolved turn amounted to, for the summary screen: events grouped by type and counted, the
 * use-of-force judgements (one per police measure, each citing its rule), the changes of situation
 * level and control, the turn's score and, at the end, why the exercise ended.
 */

/** One grouped line: an event type, how often, and a total where the type carries one. */
export interface SummaryLine {
  type: string;
  labelKey: MessageKey;
  count: number;
  /** Total of the type's quantity (people affected, damage...) when it has one. */
  amount: number | null;
}

/** One use-of-force judgement (a measure or an officer-conduct finding) with the rule it cites. */
export interface JudgementLine {
  tick: number;
  unitId: string;
  /** The order judged (`order.*` key), or the conduct finding's kind. */
  what: { order: PoliceOrderType } | { conduct: ConductKind; officers: number; seconds: number };
  verdict: Verdict;
  rule: RuleId;
  citation: string;
  /** Other rules the judgement noted. */
  issues: RuleId[];
  level: SituationLevel | null;
  stage: number | null;
}

/** A change of the situation level or of who is in control. */
export type ControlLine =
  | { kind: 'level'; tick: number; from: SituationLevel; to: SituationLevel; cause: IncidentKind | 'calm' | 'instructor' }
  | { kind: 'taktis'; tick: number; unitId: string; echelon: Echelon | null }
  | { kind: 'umum'; tick: number; to: OverallControl };

/** A scenario event that fired in the turn: by the scenario's script or injected by the Direktur Latihan. */
export interface ScriptEventLine {
  tick: number;
  eventId: string;
  by: 'script' | 'instructor';
}

/** A turn's summary. */
export interface TurnSummary {
  turn: number;
  lines: SummaryLine[];
  /** Scenario events that fired, by name (the room must see which one, not only how many). */
  scriptEvents: ScriptEventLine[];
  judgements: JudgementLine[];
  changes: ControlLine[];
  /** The score at the end of the turn (null if the engine sent none). */
  score: TurnScore | null;
  gameOver: boolean;
  gameOverReason: GameOverReason | null;
}

/** Routine bookkeeping that would drown the interesting lines. */
const HIDDEN = new Set([
  'turn_started', 'turn_resolved', 'measure_applied', 'crowd_mood', 'line_pressure', 'unit_arrived', 'gate_damaged',
  'measure_judged', 'conduct_judged', 'situation_level_changed', 'control_passed', 'turn_scored', 'game_over', 'script_event',
]);

function amountOf(event: GameEvent): number | null {
  switch (event.type) {
    case 'projectiles_thrown':
      return event.count;
    case 'dispersed':
      return event.count;
    case 'property_damaged':
      return event.amount;
    case 'water_cannon_fired':
      return event.hits;
    case 'gassed':
      return event.count;
    case 'push_contact':
      return event.displaced;
    default:
      return null;
  }
}

/** Groups a turn's events into summary lines (in order of first appearance), judgements, changes and the score. */
export function summariseTurn(turn: number, events: readonly GameEvent[]): TurnSummary {
  const lines = new Map<string, SummaryLine>();
  const judgements: JudgementLine[] = [];
  const changes: ControlLine[] = [];
  const scriptEvents: ScriptEventLine[] = [];
  let score: TurnScore | null = null;
  let gameOver = false;
  let gameOverReason: GameOverReason | null = null;
  for (const event of events) {
    switch (event.type) {
      case 'game_over':
        gameOver = true;
        gameOverReason = event.reason;
        break;
      case 'measure_judged':
        judgements.push({
          tick: event.tick, unitId: event.unitId, what: { order: event.order }, verdict: event.verdict, rule: event.rule,
          citation: event.citation, issues: event.issues, level: event.level, stage: event.stage,
        });
        break;
      case 'conduct_judged':
        judgements.push({
          tick: event.tick, unitId: event.unitId, what: { conduct: event.kind, officers: event.officers, seconds: event.seconds },
          verdict: event.verdict, rule: event.rule, citation: event.citation, issues: [], level: null, stage: null,
        });
        break;
      case 'situation_level_changed':
        changes.push({ kind: 'level', tick: event.tick, from: event.from, to: event.to, cause: event.cause });
        break;
      case 'control_passed':
        changes.push(event.control === 'taktis'
          ? { kind: 'taktis', tick: event.tick, unitId: event.toUnitId, echelon: event.echelon }
          : { kind: 'umum', tick: event.tick, to: event.to });
        break;
      case 'turn_scored':
        score = event.score;
        break;
      case 'script_event':
        scriptEvents.push({ tick: event.tick, eventId: event.eventId, by: event.by });
        break;
      default:
        break;
    }
    if (HIDDEN.has(event.type)) continue;
    const line = lines.get(event.type) ?? { type: event.type, labelKey: `event.${event.type}`, count: 0, amount: null };
    line.count++;
    const amount = amountOf(event);
    if (amount !== null) line.amount = Math.round(((line.amount ?? 0) + amount) * 10) / 10;
    lines.set(event.type, line);
  }
  return { turn, lines: [...lines.values()], scriptEvents, judgements, changes, score, gameOver, gameOverReason };
}
