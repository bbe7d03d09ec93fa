import { describe, expect, it } from 'vitest';
import type { GivenOrder } from '../../../../shared/debrief/commandLog';
import type { LogEntry, Marker } from '../../../../shared/debrief/timeline';
import type { DebriefAnnotation } from '../debriefStore';
import type { KeyNumbers } from './keyNumbers';
import { buildReportModel, ordersPerTurn, reportBlocks, reportSections, sparklinePoints, unitsByPlayer } from './reportModel';
import { turnOfTick } from '../../../../shared/debrief/timeline';

const players = [
  { id: 'polisi-1', name: 'Danton Alfa', role: 'police' as const },
  { id: 'massa', name: 'Korlap', role: 'crowd' as const },
  { id: 'dirlat', name: 'Kompol Rina', role: 'instructor' as const },
];
const setup = { players: [{ id: 'polisi-1', controls: ['awal-1', 'awc'] }, { id: 'massa', controls: ['massa-1'] }, { id: 'dirlat', controls: [] }] };

function order(playerId: string, turn: number, index: number): GivenOrder {
  return { orderId: `t${turn - 1}.${playerId}.${index}`, playerId, turn, index, order: { type: 'hold', unitId: 'awal-1' } as GivenOrder['order'] };
}

function entry(index: number, patch: Partial<LogEntry>): LogEntry {
  return {
    index, type: 'measure_judged', category: 'judgement', side: 'police', fromTick: index * 10, toTick: index * 10, count: 1, place: null,
    unitId: 'awal-1', groupId: null, orderId: null, playerId: 'polisi-1', verdict: 'proper', event: {} as LogEntry['event'], amount: 1, ...patch,
  };
}

function numbers(turn: number, policeScore: number | null, crowdScore: number | null): KeyNumbers {
  return { turn, endTick: turn * 120, level: 'hijau', legitimacy: 0.7, injuredOfficers: 0, injuredProtesters: 0, injuredProtected: 0, arrests: 0, damage: 0, policeScore, crowdScore, proper: 0, questionable: 0, violation: 0 };
}

const note = (id: number, tick: number, kind: 'note' | 'bookmark'): DebriefAnnotation => ({ id, tick, kind, author: 'Instruktur', text: `n${id}`, createdAt: '2025-01-01' });

describe('the report model', () => {
  it('reads players with their units, orders per turn, judgements by verdict and the side score', () => {
    const entries = [entry(0, {}), entry(1, { verdict: 'violation' }), entry(2, { category: 'injury', verdict: null, type: 'agent_injured' }), entry(3, { verdict: 'proper', playerId: null })];
    const markers: Marker[] = [{ tick: 0, kind: 'proper', entry: 0, count: 1 }, { tick: 50, kind: 'note', entry: null, count: 1 }, { tick: 10, kind: 'violation', entry: 1, count: 1 }];
    const model = buildReportModel({
      players, setup, markers, entries,
      orders: [order('polisi-1', 1, 0), order('polisi-1', 1, 1), order('polisi-1', 3, 0), order('massa', 2, 0)],
      annotations: [note(2, 90, 'bookmark'), note(1, 40, 'note'), note(3, 30, 'bookmark')],
      numbers: [numbers(1, 60, 5), numbers(2, 55, 10), numbers(3, null, null)],
    });
    expect(model.players.map((p) => p.units)).toEqual([['awal-1', 'awc'], ['massa-1'], []]);
    expect(model.moments.map((m) => m.entry)).toEqual([0, 1]);
    expect(model.judgements.map((e) => e.index)).toEqual([0, 1, 3]);
    const [police, crowd, director] = model.summaries;
    expect(police!.ordersPerTurn).toEqual([2, 0, 1]);
    expect(police!.ordersTotal).toBe(3);
    expect(police!.verdicts).toEqual({ proper: 1, questionable: 0, violation: 1 });
    expect(police!.score).toBe(55);
    expect(crowd!.ordersPerTurn).toEqual([0, 1, 0]);
    expect(crowd!.score).toBe(10);
    expect(director!.score).toBeNull();
    expect(model.notes.map((n) => n.id)).toEqual([1]);
    expect(model.bookmarks.map((n) => n.id)).toEqual([3, 2]);
  });

  it('reads no units from a setup without players, and counts only orders of played turns', () => {
    expect(unitsByPlayer(null).size).toBe(0);
    expect(unitsByPlayer({ players: [{ id: 'a' }, { controls: ['x'] }] })).toEqual(new Map([['a', []]]));
    expect(ordersPerTurn([order('a', 1, 0), order('a', 4, 0)], 'a', 2)).toEqual([1, 0]);
    expect(ordersPerTurn([order('a', 1, 0)], 'a', 0)).toEqual([]);
  });

  it('finds the turn of a tick as the replay clock does', () => {
    const ends = [0, 120, 240, 360];
    expect(turnOfTick(0, ends)).toBe(1);
    expect(turnOfTick(1, ends)).toBe(1);
    expect(turnOfTick(120, ends)).toBe(1);
    expect(turnOfTick(121, ends)).toBe(2);
    expect(turnOfTick(360, ends)).toBe(3);
    expect(turnOfTick(999, ends)).toBe(3);
  });

  it('cuts every section into blocks, the first of each carrying the heading', () => {
    const entries = Array.from({ length: 60 }, (_, i) => entry(i, {}));
    const model = buildReportModel({ players, setup, markers: [], entries, orders: [], annotations: [note(1, 5, 'bookmark')], numbers: [] });
    const blocks = reportBlocks(model);
    expect([...new Set(blocks.map((b) => b.section))]).toEqual([...reportSections]);
    const judgements = blocks.filter((b) => b.section === 'judgements');
    expect(judgements.map((b) => [b.from, b.to, b.first])).toEqual([[0, 25, true], [25, 50, false], [50, 60, false]]);
    expect(blocks.filter((b) => b.section === 'moments')).toEqual([{ section: 'moments', from: 0, to: 0, first: true }]);
    expect(blocks.filter((b) => b.first)).toHaveLength(reportSections.length);
  });

  it('draws a sparkline across its box, skipping unknown values', () => {
    expect(sparklinePoints([0, 5, 10], 100, 20)).toBe('0,20 50,10 100,0');
    expect(sparklinePoints([3, 3], 100, 20)).toBe('0,10 100,10');
    expect(sparklinePoints([null, 1, Number.NaN, 2], 30, 10)).toBe('10,10 30,0');
    expect(sparklinePoints([7], 40, 10)).toBe('20,5');
    expect(sparklinePoints([], 40, 10)).toBe('');
  });
});
