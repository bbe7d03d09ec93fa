import type { MessageKey } from '../../../shared/i18n/messages';
import type { GameEvent } from './engineFacade';

/**
 * What a resolved turn amounted to, for the summary screen: events grouped by type and counted, and
 * the police measures (the engine's `measure_applied` events) listed with their Perkap 1/2009 stage.
 */

/** One grouped line: an event type, how often, and a total where the type carries one. */
export interface SummaryLine {
  type: string;
  labelKey: MessageKey;
  count: number;
  /** Total of the type's quantity (people affected, damage...) when it has one. */
  amount: number | null;
}

/** One use-of-force item. */
export interface MeasureLine {
  unitId: string;
  orderKey: MessageKey;
  forceStage: number;
  tick: number;
}

/** A turn's summary. */
export interface TurnSummary {
  turn: number;
  lines: SummaryLine[];
  measures: MeasureLine[];
  gameOver: boolean;
}

/** Routine bookkeeping that would drown the interesting lines. */
const HIDDEN = new Set(['turn_started', 'turn_resolved', 'measure_applied', 'crowd_mood', 'line_pressure', 'unit_arrived', 'gate_damaged']);

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

/** Groups a turn's events into summary lines (in order of first appearance) and measures. */
export function summariseTurn(turn: number, events: readonly GameEvent[]): TurnSummary {
  const lines = new Map<string, SummaryLine>();
  const measures: MeasureLine[] = [];
  let gameOver = false;
  for (const event of events) {
    if (event.type === 'game_over') gameOver = true;
    if (event.type === 'measure_applied') {
      measures.push({ unitId: event.unitId, orderKey: `order.${event.order}` as MessageKey, forceStage: event.forceStage, tick: event.tick });
      continue;
    }
    if (HIDDEN.has(event.type)) continue;
    const line = lines.get(event.type) ?? { type: event.type, labelKey: `event.${event.type}` as MessageKey, count: 0, amount: null };
    line.count++;
    const amount = amountOf(event);
    if (amount !== null) line.amount = Math.round(((line.amount ?? 0) + amount) * 10) / 10;
    lines.set(event.type, line);
  }
  return { turn, lines: [...lines.values()], measures, gameOver };
}
