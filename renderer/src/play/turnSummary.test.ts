import { describe, expect, it } from 'vitest';
import { smallSetup } from '../../../shared/engine/fixtures';
import { applyCommand, createGame, type GameEvent, type Order } from './engineFacade';
import { doctrineSetup } from '../../../shared/engine/doctrine/fixtures';
import { readTurnLog } from '../../../shared/debrief/commandLog';
import { readHud } from './hudNumbers';
import { failuresOf, summariseTurn } from './turnSummary';
import { summaryInputs } from './turnReplay';
import { SCORE_PARTS, signed } from './panels/SummaryScore';

function freshGame() {
  const created = createGame(doctrineSetup(200, 3), 11);
  if (!created.ok) throw new Error(created.message);
  return created.game;
}

type TestGame = ReturnType<typeof freshGame>;

function resolve(game: TestGame, police: unknown[], log?: unknown[]): GameEvent[] {
  const submit = { type: 'submitOrders', playerId: 'polisi', orders: police };
  expect(applyCommand(game, submit).ok).toBe(true);
  const result = applyCommand(game, { type: 'resolveTurn', force: true });
  if (!result.ok) throw new Error(result.message);
  log?.push(submit, { type: 'resolveTurn', force: true });
  return result.events;
}

const ROUTINE_AND_FORCE: Order[] = [
  { type: 'move', unitId: 'dokkes-1', waypoints: [{ x: 52, y: 30 }] },
  { type: 'face', unitId: 'lanjut-1', toward: { x: 58, y: 20 } },
  { type: 'formation', unitId: 'desak-1', formation: 'bersaf' },
  { type: 'water_cannon', unitId: 'awc-1', area: { x: 95, y: 20, r: 6 } },
  { type: 'negotiate', unitId: 'nego-1', groupId: 'massa-1' },
  { type: 'appeal', unitId: 'awal-1' },
] as Order[];

/** The summary reads a real engine turn the way an Anev does. */
describe('turn summary from a real engine turn', () => {
  it('puts the violation first with its facts, lists the proper measures, and folds routine presence into one count', () => {
    const game = freshGame();
    const log: unknown[] = [];
    const events = resolve(game, ROUTINE_AND_FORCE, log);
    const summary = summariseTurn(0, events, summaryInputs(game, log, 0));
    // One judgement per order, split three ways and none lost.
    expect(summary.concerns.length + summary.proper.length + summary.routine.count).toBe(ROUTINE_AND_FORCE.length);
    const first = summary.concerns[0]!;
    expect(first.verdict).toBe('violation');
    expect(first.event.type === 'measure_judged' && first.event.order).toBe('water_cannon');
    // The facts the verdict rests on travel with it (no appeal had been heard when the cannon fired).
    expect(first.event.type === 'measure_judged' && first.event.facts.appeals).toBe(0);
    expect(first.playerId).toBe('polisi');
    expect(summary.routine).toMatchObject({ count: 3, citation: expect.stringMatching(/^Perkap 1\/2009 Pasal 5/), orders: [{ order: 'move', count: 1 }, { order: 'face', count: 1 }, { order: 'formation', count: 1 }] });
    expect(summary.proper.map((entry) => entry.event.type === 'measure_judged' && entry.event.order).sort()).toEqual(['appeal', 'negotiate']);
    expect(summary.proper.every((entry) => entry.event.type === 'measure_judged' && entry.event.rule !== 'presence')).toBe(true);
    // Incidents are runs, not ticks: the cannon's spraying is one incident with its count and place.
    const spray = summary.lines.filter((entry) => entry.type === 'water_cannon_fired');
    expect(spray.length).toBeGreaterThan(0);
    expect(spray.length).toBeLessThan(events.filter((event) => event.type === 'water_cannon_fired').length);
    expect(spray[0]!.place).not.toBeNull();
    expect(summary.lines.some((entry) => entry.category === 'judgement' || entry.type === 'turn_scored' || entry.type === 'measure_applied')).toBe(false);
    expect(summary.score?.turn).toBe(0);
    expect(summary.previousScore).toBeNull();
  });

  it('keeps the turn before\'s score for the change, and reports why the game ended', () => {
    const game = freshGame();
    const log: unknown[] = [];
    resolve(game, [], log);
    const second = resolve(game, [], log);
    const summary = summariseTurn(1, second, summaryInputs(game, log, 1));
    expect(summary.previousScore?.turn).toBe(0);
    expect(summary.score?.turn).toBe(1);
    const last = summariseTurn(2, resolve(game, [], log));
    expect(last.gameOver).toBe(true);
    expect(last.gameOverReason).toBe('turn_limit');
  });

  it('lists an instructor override under the level changes', () => {
    const game = freshGame();
    expect(applyCommand(game, { type: 'setSituationLevel', playerId: 'dirlat', level: 'kuning', reason: 'latihan' }).ok).toBe(true);
    expect(readHud(game)).toMatchObject({ level: 'kuning', levelOverridden: true });
    const summary = summariseTurn(0, resolve(game, []));
    expect(summary.levelChanges.some((entry) => entry.event.type === 'situation_level_changed' && entry.event.to === 'kuning' && entry.event.cause === 'instructor')).toBe(true);
    expect(summary.controlChanges.every((entry) => entry.type === 'control_passed')).toBe(true);
  });

  it('names each scenario event that fired as an incident, and says when the director injected it', () => {
    const label = { id: 'Uji', en: 'Test' };
    const setup = {
      ...smallSetup(60, 4),
      script: { events: [{ id: 'isu', label, when: [{ type: 'manual' }], effects: [{ type: 'agitate', amount: 0.1 }] }] },
    };
    setup.players = [...setup.players, { id: 'direktur', name: 'Direktur Latihan', side: 'instructor', controls: [] }];
    const created = createGame(setup, 3);
    if (!created.ok) throw new Error(created.message);
    const game = created.game;
    expect(summariseTurn(0, resolve(game, [])).lines.filter((entry) => entry.type === 'script_event')).toEqual([]);
    expect(applyCommand(game, { type: 'injectEvent', playerId: 'direktur', eventId: 'isu' }).ok).toBe(true);
    const injected = summariseTurn(1, resolve(game, [])).lines.filter((entry) => entry.type === 'script_event');
    expect(injected).toHaveLength(1);
    expect(injected[0]).toMatchObject({ fromTick: 120, side: 'instructor', playerId: 'direktur', event: { eventId: 'isu', by: 'instructor' } });
  });
});

/** A measure judgement as the engine writes one (only what the failures read matters). */
function judged(tick: number, orderId: string, order: 'arrest' | 'evacuate' | 'negotiate', unitId: string): GameEvent {
  return {
    tick, type: 'measure_judged', orderId, unitId, playerId: 'polisi', order, stage: 3, level: 'kuning', verdict: 'proper', rule: 'targeted_arrest',
    citation: 'Perkap 1/2009', issues: [],
    facts: {
      groupId: null, appeals: 3, negotiationTried: false, negotiationSucceeded: false, rightUnit: true, controlUnitId: null, controlEchelon: null,
      controlPlayerId: null, orderedByControl: true, targetRole: null, peacefulTarget: null, peacefulArrests: 0, recentIncidents: [],
    },
  };
}

describe('orders that did not come off', () => {
  it('reports an arrest without an arrest, an evacuation without a casualty moved, a failed negotiation and a blocked order once', () => {
    const events: GameEvent[] = [
      judged(0, 't0.polisi.0', 'arrest', 'tindak-1'),
      judged(0, 't0.polisi.1', 'arrest', 'tindak-2'),
      judged(0, 't0.polisi.2', 'evacuate', 'dokkes-1'),
      judged(0, 't0.polisi.3', 'evacuate', 'dokkes-2'),
      judged(0, 't0.polisi.4', 'negotiate', 'nego-1'),
      judged(0, 't0.polisi.5', 'arrest', 'tindak-3'),
      { tick: 30, type: 'arrest_made', agent: 7, unitId: 'tindak-2', orderId: 't0.polisi.1', role: 'provocateur', sajam: false, x: 1, y: 2 },
      { tick: 40, type: 'casualty_evacuated', agent: 9, unitId: 'dokkes-2', orderId: 't0.polisi.3' },
      { tick: 50, type: 'negotiation_failed', unitId: 'nego-1', groupId: 'massa-1', orderId: 't0.polisi.4' },
      { tick: 60, type: 'order_blocked', unitId: 'tindak-3', orderId: 't0.polisi.5', reason: 'out_of_reach' },
      { tick: 61, type: 'order_blocked', unitId: 'tindak-3', orderId: 't0.polisi.5', reason: 'out_of_reach' },
    ];
    const commands = [{ type: 'submitOrders', playerId: 'polisi', orders: [] }, { type: 'resolveTurn' }];
    const lines = failuresOf(events, readTurnLog(commands).byOrderId);
    expect(lines.map((line) => [line.kind, line.unitId])).toEqual([
      ['no_arrest', 'tindak-1'], ['no_evacuation', 'dokkes-1'], ['negotiation_failed', 'nego-1'], ['order_blocked', 'tindak-3'],
    ]);
    expect(lines.find((line) => line.kind === 'order_blocked')).toMatchObject({ order: 'arrest', reason: 'out_of_reach', playerId: 'polisi' });
    expect(lines.find((line) => line.kind === 'negotiation_failed')).toMatchObject({ groupId: 'massa-1', order: 'negotiate' });
  });

  it('is part of the summary, apart from the incidents', () => {
    const summary = summariseTurn(0, [judged(0, 'a', 'arrest', 'tindak-1'), { tick: 5, type: 'order_blocked', unitId: 'awc-1', orderId: 'b', reason: 'no_supplies' }]);
    expect(summary.failures.map((line) => line.kind)).toEqual(['no_arrest', 'order_blocked']);
    expect(summary.lines.some((entry) => entry.type === 'order_blocked')).toBe(false);
    expect(summary.proper).toHaveLength(1);
  });
});

describe('score parts', () => {
  it('have the maxima the engine scores against (100 in all), and a fresh game is at or below each', () => {
    expect(SCORE_PARTS.reduce((sum, part) => sum + part.max, 0)).toBe(100);
    const game = freshGame();
    const score = summariseTurn(0, resolve(game, [])).score!;
    for (const { part, max } of SCORE_PARTS) expect(score.police[part]).toBeLessThanOrEqual(max);
    expect(SCORE_PARTS.reduce((sum, { part }) => sum + score.police[part], 0)).toBeCloseTo(score.police.total, 5);
  });

  it('word a change with its sign', () => {
    expect([signed(3.4), signed(-2.6), signed(0.2)]).toEqual(['+3', '−3', '±0']);
  });
});
