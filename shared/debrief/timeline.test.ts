import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../engine/index';
import { readTurnLog } from './commandLog';
import {
  buildEventLog, entryAtTick, filterLog, fractionAtTick, markersOf, nextMarkerAfter, RUN_GAP_TICKS, scenarioClock, tickAtFraction,
} from './timeline';

/** The timeline model: which events become log entries and markers, how runs merge, the filters, the clock. */

const LOG = readTurnLog([
  { type: 'submitOrders', playerId: 'danton', orders: [{ type: 'appeal', unitId: 'awal-1' }, { type: 'tear_gas', unitId: 'lanjut-1', area: { x: 10, y: 10, r: 5 } }] },
  { type: 'submitOrders', playerId: 'korlap', orders: [{ type: 'orasi', groupId: 'massa-1' }] },
  { type: 'resolveTurn', force: true },
]);

const judged = (tick: number, verdict: 'proper' | 'questionable' | 'violation', orderId: string, unitId: string): GameEvent => ({
  tick, type: 'measure_judged', orderId, unitId, playerId: 'danton', order: 'tear_gas', stage: 5, level: 'kuning', verdict, rule: 'proportionality', citation: 'Perkap 1/2009 Pasal 5', issues: [], facts: {} as never,
});
const injured = (tick: number, cause: 'crush' | 'gas', x: number): GameEvent => ({ tick, type: 'agent_injured', agent: tick, kind: 'protester', cause, orderId: null, x, y: 0 });

const EVENTS: GameEvent[] = [
  { tick: 0, type: 'turn_started', turn: 0 },
  { tick: 0, type: 'measure_applied', orderId: 't0.danton.0', unitId: 'awal-1', order: 'appeal', forceStage: 1 },
  judged(0, 'proper', 't0.danton.0', 'awal-1'),
  { tick: 0, type: 'crowd_action', orderId: 't0.korlap.0', groupId: 'massa-1', order: 'orasi' },
  { tick: 3, type: 'crowd_mood', groupId: 'massa-1', active: 3, present: 10 },
  injured(10, 'crush', 0),
  injured(12, 'crush', 4),
  injured(12 + RUN_GAP_TICKS, 'crush', 8),
  injured(13, 'gas', 2),
  injured(12 + 3 * RUN_GAP_TICKS, 'crush', 100),
  judged(40, 'violation', 't0.danton.1', 'lanjut-1'),
  { tick: 50, type: 'situation_level_changed', from: 'hijau', to: 'kuning', cause: 'stone_throwing' as never, groupId: 'massa-1', assessed: 'kuning', overridden: false },
  { tick: 60, type: 'script_event', eventId: 'rumour', by: 'instructor', playerId: 'dirlat' },
  { tick: 60, type: 'turn_resolved', turn: 1 },
];

describe('buildEventLog', () => {
  const entries = buildEventLog(EVENTS, LOG);

  it('leaves out turn bookkeeping and mood readings, and merges a run of one subject within the gap', () => {
    expect(entries.map((e) => e.type)).toEqual([
      'measure_applied', 'measure_judged', 'crowd_action', 'agent_injured', 'agent_injured', 'agent_injured', 'measure_judged', 'situation_level_changed', 'script_event',
    ]);
    const crush = entries.filter((e) => e.type === 'agent_injured' && (e.event as { cause: string }).cause === 'crush');
    expect(crush.map((e) => [e.fromTick, e.toTick, e.count])).toEqual([[10, 32, 3], [72, 72, 1]]);
    expect(crush[0]!.place).toEqual({ x: 4, y: 0 });
    expect(entries.map((e) => e.index)).toEqual(entries.map((_, i) => i));
  });

  it('traces each order to the player who gave it, through the command log', () => {
    expect(entries.find((e) => e.type === 'crowd_action')!.playerId).toBe('korlap');
    expect(entries.find((e) => e.type === 'measure_applied')!.playerId).toBe('danton');
    expect(entries.find((e) => e.type === 'script_event')!.playerId).toBe('dirlat');
    expect(entries.find((e) => e.type === 'agent_injured')!.playerId).toBeNull();
  });

  it('gives judgements their verdict and a side', () => {
    const verdicts = entries.filter((e) => e.category === 'judgement').map((e) => [e.verdict, e.side, e.unitId]);
    expect(verdicts).toEqual([['proper', 'police', 'awal-1'], ['violation', 'police', 'lanjut-1']]);
  });
});

describe('markers and filters', () => {
  const entries = buildEventLog(EVENTS, LOG);
  const markers = markersOf(entries);

  it('mark key moments by kind, a merged run as one marker with its count', () => {
    expect(markers.map((m) => [m.tick, m.kind, m.count])).toEqual([
      [0, 'proper', 1], [10, 'injury', 3], [13, 'injury', 1], [40, 'violation', 1], [50, 'level', 1], [60, 'inject', 1], [72, 'injury', 1],
    ]);
  });

  it('filter by kind, side, player, unit, verdict and time window', () => {
    expect(filterLog(entries, { categories: ['judgement'] })).toHaveLength(2);
    expect(filterLog(entries, { verdicts: ['violation'] }).map((e) => e.unitId)).toEqual(['lanjut-1']);
    expect(filterLog(entries, { sides: ['crowd'] }).map((e) => e.type)).toEqual(['crowd_action', 'agent_injured', 'agent_injured', 'agent_injured']);
    expect(filterLog(entries, { playerId: 'korlap' })).toHaveLength(1);
    expect(filterLog(entries, { unitId: 'awal-1' })).toHaveLength(2);
    expect(filterLog(entries, { fromTick: 30, toTick: 45 }).map((e) => e.fromTick)).toEqual([10, 40]);
    expect(filterLog(entries, {})).toHaveLength(entries.length);
  });

  it('find the entry at a tick and the next marker of chosen kinds (auto-pause)', () => {
    expect(entryAtTick(entries, -1)).toBe(-1);
    expect(entries[entryAtTick(entries, 45)]!.type).toBe('measure_judged');
    expect(nextMarkerAfter(markers, 0, ['violation', 'level'])!.tick).toBe(40);
    expect(nextMarkerAfter(markers, 40, ['violation'])).toBeNull();
  });
});

describe('tick and time', () => {
  it('reads a tick as the scenario clock and as a place on the scrub bar, both ways', () => {
    expect(scenarioClock(0, 0.5)).toBe('14:00:00');
    expect(scenarioClock(125, 0.5)).toBe('14:01:02');
    expect(tickAtFraction(0.5, 3600)).toBe(1800);
    expect(tickAtFraction(2, 3600)).toBe(3600);
    expect(tickAtFraction(Number.NaN, 3600)).toBe(0);
    expect(fractionAtTick(900, 3600)).toBe(0.25);
    expect(fractionAtTick(5, 0)).toBe(0);
    for (const tick of [0, 1, 1799, 3600]) expect(tickAtFraction(fractionAtTick(tick, 3600), 3600)).toBe(tick);
  });
});
