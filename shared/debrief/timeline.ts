import type { GameEvent, GameEventType, Verdict } from '../engine/index';
import type { TurnLog } from './commandLog';

/**
 * The debrief's timeline model: a session's events read as an event log (repeated per-tick events of
 * one subject merged into one incident), filtered by kind, side, player, unit and verdict, and the key
 * moments drawn on the timeline as markers. Pure data: the page draws it, the worker builds it.
 */

/** The kinds of log entry the filters offer. */
export const logCategories = [
  'level', 'judgement', 'injury', 'arrest', 'breach', 'fire', 'hostage', 'instructor', 'objective', 'police_action', 'crowd_action', 'score',
] as const;
/** A log entry's kind. */
export type LogCategory = (typeof logCategories)[number];

/** The kinds of marker on the timeline (key moments), in the order the legend lists them. */
export const markerKinds = [
  'level', 'violation', 'questionable', 'proper', 'injury', 'arrest', 'breach', 'fire', 'hostage', 'override', 'inject', 'objective', 'note', 'bookmark',
] as const;
/** A marker's kind. */
export type MarkerKind = (typeof markerKinds)[number];

/** Who an entry belongs to. */
export type LogSide = 'police' | 'crowd' | 'instructor' | 'none';

/** One entry of the event log: an event, or a run of the same event for the same subject merged. */
export interface LogEntry {
  /** Position in the log (stable for one session). */
  index: number;
  type: GameEventType;
  category: LogCategory;
  side: LogSide;
  /** First and last tick of the run. */
  fromTick: number;
  toTick: number;
  /** Events merged into this entry. */
  count: number;
  /** Where it happened (the mean of the merged events' places), when the events have a place. */
  place: { x: number; y: number } | null;
  unitId: string | null;
  groupId: string | null;
  orderId: string | null;
  /** The player whose order caused it, traced through the command log. */
  playerId: string | null;
  /** A judgement's verdict. */
  verdict: Verdict | null;
  /** The first event of the run (the judgement with its rule, citation and facts). */
  event: GameEvent;
  /** Sum of the run's sizes where events carry one (people injured, hit, gassed, thrown ...). */
  amount: number;
}

/** A key moment on the timeline. */
export interface Marker {
  tick: number;
  kind: MarkerKind;
  /** The log entry it stands for (null for notes and bookmarks). */
  entry: number | null;
  /** Events it stands for (a run of injuries counts each). */
  count: number;
}

/** Events that never make a log entry: turn bookkeeping and per-tick mood readings (the charts show those). */
const UNLOGGED = new Set<GameEventType>(['turn_started', 'turn_resolved', 'crowd_mood', 'disturbance_marked']);

/** Ticks between two events of one subject that still belong to one run (10 s at 0.5 s per tick). */
export const RUN_GAP_TICKS = 20;

/** Reads the kind, side and subject of an event. */
export function classify(event: GameEvent): { category: LogCategory; side: LogSide; marker: MarkerKind | null } {
  switch (event.type) {
    case 'situation_level_changed':
      return { category: 'level', side: event.cause === 'instructor' ? 'instructor' : 'none', marker: 'level' };
    case 'situation_level_overridden':
      return { category: 'instructor', side: 'instructor', marker: 'override' };
    case 'script_event':
      return event.by === 'instructor' ? { category: 'instructor', side: 'instructor', marker: 'inject' } : { category: 'crowd_action', side: 'none', marker: null };
    case 'measure_judged':
    case 'conduct_judged':
      return { category: 'judgement', side: 'police', marker: event.verdict };
    case 'agent_injured':
      return { category: 'injury', side: event.kind === 'officer' ? 'police' : event.kind === 'protester' ? 'crowd' : 'none', marker: 'injury' };
    case 'agent_down':
      return { category: 'injury', side: 'none', marker: null };
    case 'arrest_made':
      return { category: 'arrest', side: 'police', marker: 'arrest' };
    case 'gate_breached':
    case 'fence_breached':
    case 'building_entered':
      return { category: 'breach', side: 'crowd', marker: 'breach' };
    case 'gate_damaged':
      return { category: 'breach', side: 'crowd', marker: null };
    case 'fire_started':
      return { category: 'fire', side: 'crowd', marker: 'fire' };
    case 'fire_out':
    case 'property_damaged':
      return { category: 'fire', side: 'none', marker: null };
    case 'hostage_taken':
    case 'hostage_freed':
      return { category: 'hostage', side: event.type === 'hostage_taken' ? 'crowd' : 'police', marker: 'hostage' };
    case 'objective_met':
      return { category: 'objective', side: 'crowd', marker: 'objective' };
    case 'turn_scored':
      return { category: 'score', side: 'none', marker: null };
    case 'crowd_action':
    case 'projectiles_thrown':
    case 'delegation_arrived':
    case 'vehicle_climbed':
    case 'vehicle_freed':
    case 'dispersed':
    case 'line_pressure':
      return { category: 'crowd_action', side: 'crowd', marker: null };
    case 'reinforcements_arrived':
      return { category: event.side === 'police' ? 'police_action' : 'crowd_action', side: event.side, marker: null };
    default:
      return { category: 'police_action', side: 'police', marker: null };
  }
}

/** The subject that keeps runs apart: the unit, group, cloud or cause an event is about. */
function subjectOf(event: GameEvent): string {
  const e = event as unknown as Record<string, unknown>;
  if (event.type === 'agent_injured') return `${event.kind}:${event.cause}`;
  if (event.type === 'measure_judged' || event.type === 'conduct_judged') return `${e.unitId}:${e.orderId ?? ''}:${event.type === 'conduct_judged' ? event.kind : event.order}`;
  return String(e.unitId ?? e.groupId ?? e.gateId ?? e.wallId ?? e.cloudId ?? e.target ?? e.eventId ?? '');
}

/** Events whose repeats within {@link RUN_GAP_TICKS} merge into one entry. */
const MERGED = new Set<GameEventType>([
  'agent_injured', 'agent_down', 'line_pressure', 'push_contact', 'gate_damaged', 'projectiles_thrown', 'water_cannon_fired', 'gassed', 'property_damaged',
  'area_cleared', 'order_blocked', 'conduct_judged', 'vehicle_climbed',
]);

/** How many people or things one event stands for, for the run's total. */
function amountOf(event: GameEvent): number {
  switch (event.type) {
    case 'projectiles_thrown': return event.count;
    case 'water_cannon_fired': return event.hits;
    case 'gassed': return event.count;
    case 'dispersed': return event.count;
    case 'property_damaged': return event.amount;
    case 'push_contact': return event.displaced;
    case 'reinforcements_arrived': return event.count;
    default: return 1;
  }
}

/** Builds the event log from a session's events (in tick order), tracing orders to players through `log`. */
export function buildEventLog(events: readonly GameEvent[], log: Pick<TurnLog, 'byOrderId'>): LogEntry[] {
  const entries: LogEntry[] = [];
  const open = new Map<string, { entry: LogEntry; sumX: number; sumY: number; places: number }>();
  for (const event of events) {
    if (UNLOGGED.has(event.type)) continue;
    const e = event as unknown as Record<string, unknown>;
    const subject = `${event.type}|${subjectOf(event)}`;
    const place = typeof e.x === 'number' && typeof e.y === 'number' ? { x: e.x, y: e.y } : null;
    const run = MERGED.has(event.type) ? open.get(subject) : undefined;
    if (run && event.tick - run.entry.toTick <= RUN_GAP_TICKS) {
      run.entry.toTick = event.tick;
      run.entry.count += 1;
      run.entry.amount += amountOf(event);
      if (place) {
        run.sumX += place.x;
        run.sumY += place.y;
        run.places += 1;
        run.entry.place = { x: run.sumX / run.places, y: run.sumY / run.places };
      }
      continue;
    }
    const { category, side } = classify(event);
    const orderId = typeof e.orderId === 'string' ? e.orderId : null;
    const given = orderId ? log.byOrderId.get(orderId) : undefined;
    const playerId = typeof e.playerId === 'string' ? e.playerId : (given?.playerId ?? null);
    const entry: LogEntry = {
      index: entries.length, type: event.type, category, side, fromTick: event.tick, toTick: event.tick, count: 1, place,
      unitId: typeof e.unitId === 'string' ? e.unitId : null,
      groupId: typeof e.groupId === 'string' ? e.groupId : null,
      orderId, playerId,
      verdict: event.type === 'measure_judged' || event.type === 'conduct_judged' ? event.verdict : null,
      event, amount: amountOf(event),
    };
    entries.push(entry);
    if (MERGED.has(event.type)) open.set(subject, { entry, sumX: place?.x ?? 0, sumY: place?.y ?? 0, places: place ? 1 : 0 });
  }
  return entries;
}

/** The markers of an event log in tick order: one per key entry (a merged run of injuries is one marker with its count). */
export function markersOf(entries: readonly LogEntry[]): Marker[] {
  const out: Marker[] = [];
  for (const entry of entries) {
    const { marker } = classify(entry.event);
    if (marker) out.push({ tick: entry.fromTick, kind: marker, entry: entry.index, count: entry.count });
  }
  return out.sort((a, b) => a.tick - b.tick);
}

/** A filter over the event log; an empty list or null means "any". */
export interface LogFilter {
  categories?: readonly LogCategory[];
  sides?: readonly LogSide[];
  playerId?: string | null;
  unitId?: string | null;
  verdicts?: readonly Verdict[];
  /** Only entries overlapping this tick window. */
  fromTick?: number | null;
  toTick?: number | null;
}

/** True when `entry` passes `filter`. */
export function entryMatches(entry: LogEntry, filter: LogFilter): boolean {
  if (filter.categories?.length && !filter.categories.includes(entry.category)) return false;
  if (filter.sides?.length && !filter.sides.includes(entry.side)) return false;
  if (filter.playerId && entry.playerId !== filter.playerId) return false;
  if (filter.unitId && entry.unitId !== filter.unitId) return false;
  if (filter.verdicts?.length && (entry.verdict === null || !filter.verdicts.includes(entry.verdict))) return false;
  if (filter.fromTick != null && entry.toTick < filter.fromTick) return false;
  if (filter.toTick != null && entry.fromTick > filter.toTick) return false;
  return true;
}

/** The entries passing `filter`, in log order. */
export function filterLog(entries: readonly LogEntry[], filter: LogFilter): LogEntry[] {
  return entries.filter((entry) => entryMatches(entry, filter));
}

/** The index of the last entry that started at or before `tick` (the one the log highlights), or -1. */
export function entryAtTick(entries: readonly LogEntry[], tick: number): number {
  let lo = 0;
  let hi = entries.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid]!.fromTick <= tick) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The first marker strictly after `tick` of one of `kinds` (auto-pause during playback), or null. */
export function nextMarkerAfter(markers: readonly Marker[], tick: number, kinds: readonly MarkerKind[]): Marker | null {
  let best: Marker | null = null;
  for (const marker of markers) {
    if (marker.tick > tick && kinds.includes(marker.kind) && (!best || marker.tick < best.tick)) best = marker;
  }
  return best;
}

/** Scenario clock of the exercise: it starts at 14:00; `tick` × seconds per tick later, as HH:MM:SS. */
export function scenarioClock(tick: number, tickSeconds: number, startMinutes = 14 * 60): string {
  const seconds = startMinutes * 60 + Math.floor(tick * tickSeconds);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.floor(seconds / 3600) % 24)}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}

/** The turn (1-based) being resolved at `tick`, or the one that ends there (`turnEnds[k]`: tick turn k ended at); 1 for tick 0. */
export function turnOfTick(tick: number, turnEnds: readonly number[]): number {
  const found = turnEnds.findIndex((end) => tick <= end);
  return found < 0 ? Math.max(1, turnEnds.length - 1) : Math.max(1, found);
}

/** The tick at a fraction 0..1 of the timeline (the scrub bar), rounded to a whole tick. */
export function tickAtFraction(fraction: number, totalTicks: number): number {
  const f = Number.isFinite(fraction) ? Math.max(0, Math.min(1, fraction)) : 0;
  return Math.round(f * totalTicks);
}

/** Where `tick` sits on the timeline, 0..1. */
export function fractionAtTick(tick: number, totalTicks: number): number {
  return totalTicks <= 0 ? 0 : Math.max(0, Math.min(1, tick / totalTicks));
}
