import type { GivenOrder } from '../../../shared/debrief/commandLog';
import { buildEventLog, type LogEntry } from '../../../shared/debrief/timeline';
import type { GameEvent, GameOverReason, PoliceOrderType, TurnScore } from './engineFacade';
import type { AiIntentRecord } from '../../../shared/engine/orders';

/**
 * What a resolved turn amounted to, read the way an Anev reads it: the judgements that need discussing
 * first (violations, then questionable measures), then the proper ones, with the routine presence
 * measures (moves, faces, formations judged "Kehadiran petugas") folded into one count; the orders that
 * did not achieve what they were given for; the turn's events as incidents (the debrief's event-log
 * runs: one entry per subject and stretch of time, with time, place, who and cause); level changes
 * apart from changes of control; and the score with the turn before's, so the change shows. Pure data,
 * built on the debrief's own `buildEventLog`, so the summary and the debrief tell the same story.
 */

/** Routine presence measures folded into one line: how many, and of which orders. */
export interface RoutineMeasures {
  count: number;
  /** The citation they were judged under (the presence rule's), null when there are none. */
  citation: string | null;
  orders: { order: PoliceOrderType; count: number }[];
}

/** Why an order did not do what it was given for. */
export type FailureKind = 'negotiation_failed' | 'order_blocked' | 'no_arrest' | 'no_evacuation';

/** An order that failed or did not come off this turn. */
export interface FailureLine {
  kind: FailureKind;
  tick: number;
  unitId: string;
  orderId: string | null;
  /** The order's type, where the events or the command log name it. */
  order: PoliceOrderType | null;
  /** The crowd group of a failed negotiation. */
  groupId: string | null;
  /** Why an order was blocked (`order_blocked`'s reason). */
  reason: Extract<GameEvent, { type: 'order_blocked' }>['reason'] | null;
  playerId: string | null;
}

/** A turn's summary. */
export interface TurnSummary {
  turn: number;
  /** Judgements to discuss: violations first, then questionable ones, each in time order. */
  concerns: LogEntry[];
  /** Proper judgements other than routine presence, in time order. */
  proper: LogEntry[];
  routine: RoutineMeasures;
  failures: FailureLine[];
  /** The turn's incidents (event-log runs), in time order. */
  lines: LogEntry[];
  /** Changes of the situation level and the director's overrides. */
  levelChanges: LogEntry[];
  /** Handovers of tactical control and changes of overall control. */
  controlChanges: LogEntry[];
  /** The score at the end of the turn (null if the engine sent none), and at the end of the turn before. */
  score: TurnScore | null;
  previousScore: TurnScore | null;
  gameOver: boolean;
  gameOverReason: GameOverReason | null;
  /** What the computer players meant this turn, as recorded (`ai_intent` events). */
  aiIntents: AiIntentRecord[];
}

/** What the summary needs besides the turn's events. */
export interface SummaryInputs {
  /** The orders of the command log by engine order id (traces an event to its player and order). */
  byOrderId?: ReadonlyMap<string, GivenOrder>;
  /** The score at the end of the turn before (null for the first turn). */
  previousScore?: TurnScore | null;
}

/** Event types that are no incident: bookkeeping, the judgements and changes listed apart, failures. */
const NOT_INCIDENTS = new Set<GameEvent['type']>([
  'measure_applied', 'measure_judged', 'conduct_judged', 'unit_arrived', 'turn_scored', 'game_over', 'situation_level_changed',
  'situation_level_overridden', 'control_passed', 'negotiation_failed', 'order_blocked', 'orders_replaced', 'ai_intent',
]);

const verdictOrder = { violation: 0, questionable: 1, proper: 2 } as const;

/** A routine presence measure: judged proper under the presence rule (moves, faces, formations, holds). */
export function isRoutine(entry: LogEntry): boolean {
  return entry.event.type === 'measure_judged' && entry.event.verdict === 'proper' && entry.event.rule === 'presence';
}

/** Groups a turn's events into the Anev's parts (see the file comment). */
export function summariseTurn(turn: number, events: readonly GameEvent[], inputs: SummaryInputs = {}): TurnSummary {
  const byOrderId = inputs.byOrderId ?? new Map<string, GivenOrder>();
  const entries = buildEventLog(events, { byOrderId });
  const judgements = entries.filter((entry) => entry.category === 'judgement');
  const concerns = judgements
    .filter((entry) => entry.verdict !== 'proper')
    .sort((a, b) => verdictOrder[a.verdict!] - verdictOrder[b.verdict!] || a.fromTick - b.fromTick || a.index - b.index);
  const routineEntries = judgements.filter(isRoutine);
  const proper = judgements.filter((entry) => entry.verdict === 'proper' && !isRoutine(entry));
  let score: TurnScore | null = null;
  let gameOverReason: GameOverReason | null = null;
  let gameOver = false;
  for (const event of events) {
    if (event.type === 'turn_scored') score = event.score;
    if (event.type === 'game_over') {
      gameOver = true;
      gameOverReason = event.reason;
    }
  }
  return {
    turn,
    concerns,
    proper,
    routine: routineOf(routineEntries),
    failures: failuresOf(events, byOrderId),
    lines: entries.filter((entry) => !NOT_INCIDENTS.has(entry.type)),
    levelChanges: entries.filter((entry) => entry.type === 'situation_level_changed' || entry.type === 'situation_level_overridden'),
    controlChanges: entries.filter((entry) => entry.type === 'control_passed'),
    score,
    previousScore: inputs.previousScore ?? null,
    gameOver,
    gameOverReason,
    aiIntents: events.flatMap((event) => (event.type === 'ai_intent' ? [event.intent] : [])),
  };
}

function routineOf(entries: readonly LogEntry[]): RoutineMeasures {
  const counts = new Map<PoliceOrderType, number>();
  for (const entry of entries) {
    if (entry.event.type === 'measure_judged') counts.set(entry.event.order, (counts.get(entry.event.order) ?? 0) + 1);
  }
  const first = entries[0]?.event;
  return { count: entries.length, citation: first?.type === 'measure_judged' ? first.citation : null, orders: [...counts].map(([order, count]) => ({ order, count })) };
}

/**
 * The orders that did not come off: failed negotiations, blocked orders (no supplies, out of reach ...),
 * and arrests and evacuations ordered this turn that arrested or evacuated nobody by its end.
 */
export function failuresOf(events: readonly GameEvent[], byOrderId: ReadonlyMap<string, GivenOrder> = new Map()): FailureLine[] {
  const judged = new Map<string, Extract<GameEvent, { type: 'measure_judged' }>>();
  const achieved = new Set<string>();
  const blocked = new Set<string>();
  for (const event of events) {
    if (event.type === 'measure_judged') judged.set(event.orderId, event);
    if ((event.type === 'arrest_made' || event.type === 'casualty_evacuated' || event.type === 'first_aid_given') && event.orderId) achieved.add(event.orderId);
    if (event.type === 'order_blocked') blocked.add(event.orderId);
  }
  const orderOf = (orderId: string | null): PoliceOrderType | null => {
    if (!orderId) return null;
    const given = byOrderId.get(orderId)?.order;
    if (given && 'unitId' in given) return given.type as PoliceOrderType;
    return judged.get(orderId)?.order ?? null;
  };
  const playerOf = (orderId: string | null) => (orderId ? (byOrderId.get(orderId)?.playerId ?? judged.get(orderId)?.playerId ?? null) : null);
  const out: FailureLine[] = [];
  const seenBlocked = new Set<string>();
  for (const event of events) {
    if (event.type === 'negotiation_failed') {
      out.push({ kind: 'negotiation_failed', tick: event.tick, unitId: event.unitId, orderId: event.orderId, order: 'negotiate', groupId: event.groupId, reason: null, playerId: playerOf(event.orderId) });
    } else if (event.type === 'order_blocked' && !seenBlocked.has(event.orderId)) {
      seenBlocked.add(event.orderId);
      out.push({ kind: 'order_blocked', tick: event.tick, unitId: event.unitId, orderId: event.orderId, order: orderOf(event.orderId), groupId: null, reason: event.reason, playerId: playerOf(event.orderId) });
    } else if (event.type === 'measure_judged' && (event.order === 'arrest' || event.order === 'evacuate') && !achieved.has(event.orderId) && !blocked.has(event.orderId)) {
      out.push({
        kind: event.order === 'arrest' ? 'no_arrest' : 'no_evacuation', tick: event.tick, unitId: event.unitId, orderId: event.orderId, order: event.order,
        groupId: null, reason: null, playerId: event.playerId,
      });
    }
  }
  return out.sort((a, b) => a.tick - b.tick);
}
