import { describe, expect, it } from 'vitest';
import { doctrineSetup } from '../../../../shared/engine/doctrine/fixtures';
import { applyCommand, createGame, type Game } from '../../play/engineFacade';
import { keyNumbersByTurn, type EventRow } from './keyNumbers';

/** Plays `turns` turns of a small doctrine game (appeals, then a water cannon) and stores them the way the host does. */
function recorded(turns: number): { game: Game; records: { turn: number; lastSeq: number; endTick: number; stateHash: string; summary: unknown }[]; rows: EventRow[] } {
  const created = createGame(doctrineSetup(200, 3), 11);
  if (!created.ok) throw new Error(created.message);
  const game = created.game;
  const records: { turn: number; lastSeq: number; endTick: number; stateHash: string; summary: unknown }[] = [];
  const rows: EventRow[] = [];
  for (let k = 0; k < turns; k++) {
    const turn = game.state.turn;
    const orders = k === 0 ? [{ type: 'appeal', unitId: 'awal-1' }] : [{ type: 'hold', unitId: 'awal-1' }];
    applyCommand(game, { type: 'submitOrders', playerId: 'polisi', orders });
    const result = applyCommand(game, { type: 'resolveTurn', force: true });
    if (!result.ok) throw new Error(result.message);
    for (const event of result.events) rows.push({ turn, tick: event.tick, type: event.type, data: event });
    records.push({ turn, lastSeq: k + 1, endTick: game.state.tick, stateHash: '', summary: { stats: structuredClone(game.state.stats), legitimacy: game.state.legitimacy } });
  }
  return { game, records, rows };
}

describe('keyNumbersByTurn', () => {
  it('reads each turn from its summary and its own turn_scored event, judgements counted up to that turn', () => {
    const { game, records, rows } = recorded(3);
    const numbers = keyNumbersByTurn(records, rows);
    expect(numbers.map((n) => n.turn)).toEqual([1, 2, 3]);
    expect(numbers.map((n) => n.endTick)).toEqual(records.map((r) => r.endTick));
    const last = numbers.at(-1)!;
    const score = game.state.doctrine.scores.at(-1)!;
    expect(last.policeScore).toBe(score.police.total);
    expect(last.crowdScore).toBe(score.crowd.total);
    expect(last.level).toBe(score.level);
    expect(last.legitimacy).toBe(game.state.legitimacy);
    expect(last.arrests).toBe(game.state.stats.arrests);
    expect(last.injuredProtesters).toBe(game.state.stats.injuredProtesters);
    const judged = rows.filter((r) => r.type === 'measure_judged' || r.type === 'conduct_judged');
    expect(last.proper + last.questionable + last.violation).toBe(judged.length);
    expect(numbers[0]!.proper + numbers[0]!.questionable + numbers[0]!.violation).toBe(judged.filter((r) => r.turn === records[0]!.turn).length);
    expect(numbers[0]!.proper).toBeGreaterThan(0);
    for (let k = 1; k < numbers.length; k++) expect(numbers[k]!.proper).toBeGreaterThanOrEqual(numbers[k - 1]!.proper);
  });

  it('falls back to the score facts when a summary is missing, and to nulls without a score', () => {
    const { records, rows } = recorded(2);
    const bare = records.map((r) => ({ ...r, summary: null }));
    const numbers = keyNumbersByTurn(bare, rows);
    const score = (rows.filter((r) => r.type === 'turn_scored').at(-1)!.data as { score: { legitimacy: number; facts: { injuredOfficers: number } } }).score;
    expect(numbers[1]!.legitimacy).toBe(score.legitimacy);
    expect(numbers[1]!.injuredOfficers).toBe(score.facts.injuredOfficers);
    const unscored = keyNumbersByTurn(records, rows.filter((r) => r.type !== 'turn_scored'));
    expect(unscored[0]!.policeScore).toBeNull();
    expect(unscored[0]!.level).toBeNull();
    expect(keyNumbersByTurn([], rows)).toEqual([]);
  });
});
