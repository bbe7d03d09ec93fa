import { describe, expect, it } from 'vitest';
import { smallSetup } from '../../../shared/engine/fixtures';
import { applyCommand, createGame, type GameEvent } from './engineFacade';
import { doctrineSetup } from '../../../shared/engine/doctrine/fixtures';
import { readHud } from './hudNumbers';
import { summariseTurn } from './turnSummary';

function freshGame() {
  const created = createGame(doctrineSetup(200, 3), 11);
  if (!created.ok) throw new Error(created.message);
  return created.game;
}

function resolve(game: ReturnType<typeof freshGame>, police: unknown[]): GameEvent[] {
  expect(applyCommand(game, { type: 'submitOrders', playerId: 'polisi', orders: police }).ok).toBe(true);
  const result = applyCommand(game, { type: 'resolveTurn', force: true });
  if (!result.ok) throw new Error(result.message);
  return result.events;
}

/** The summary shows one judgement per police measure, the score and, at the end, why it ended. */
describe('turn summary from a real engine turn', () => {
  it('lists a judgement for every measure, with its rule, and the turn score', () => {
    const game = freshGame();
    const events = resolve(game, [{ type: 'appeal', unitId: 'awal-1' }, { type: 'negotiate', unitId: 'nego-1', groupId: 'massa-1' }]);
    const summary = summariseTurn(0, events);
    const measures = events.filter((event) => event.type === 'measure_applied').length;
    expect(measures).toBe(2);
    expect(summary.judgements.filter((line) => 'order' in line.what)).toHaveLength(measures);
    for (const line of summary.judgements) expect(line.citation).toMatch(/Perkap|Protap|KUHP/);
    expect(summary.score?.turn).toBe(0);
    expect(summary.lines.some((line) => line.type === 'measure_judged' || line.type === 'turn_scored')).toBe(false);
    expect(summary.gameOverReason).toBeNull();
  });

  it('reports an instructor override on the HUD and the reason the game ended', () => {
    const game = freshGame();
    expect(readHud(game).level).toBe('hijau');
    expect(applyCommand(game, { type: 'setSituationLevel', playerId: 'dirlat', level: 'kuning', reason: 'latihan' }).ok).toBe(true);
    const hud = readHud(game);
    expect(hud.level).toBe('kuning');
    expect(hud.levelOverridden).toBe(true);
    const turns = [resolve(game, []), resolve(game, []), resolve(game, [])];
    const last = summariseTurn(2, turns[2]!);
    expect(last.gameOver).toBe(true);
    expect(last.gameOverReason).toBe('turn_limit');
    expect(summariseTurn(0, turns[0]!).changes.some((change) => change.kind === 'level' && change.to === 'kuning' && change.cause === 'instructor')).toBe(true);
    expect(readHud(game).policeScore).not.toBeNull();
  });

  it('names each scenario event that fired and says when the director injected it', () => {
    const label = { id: 'Uji', en: 'Test' };
    const setup = {
      ...smallSetup(60, 4),
      script: { events: [{ id: 'isu', label, when: [{ type: 'manual' }], effects: [{ type: 'agitate', amount: 0.1 }] }] },
    };
    setup.players = [...setup.players, { id: 'direktur', name: 'Direktur Latihan', side: 'instructor', controls: [] }];
    const created = createGame(setup, 3);
    if (!created.ok) throw new Error(created.message);
    const game = created.game;
    expect(summariseTurn(0, resolve(game, [])).scriptEvents).toEqual([]);
    expect(applyCommand(game, { type: 'injectEvent', playerId: 'direktur', eventId: 'isu' }).ok).toBe(true);
    const summary = summariseTurn(1, resolve(game, []));
    expect(summary.scriptEvents).toEqual([{ tick: 120, eventId: 'isu', by: 'instructor' }]);
    expect(summary.lines.map((line) => line.type)).not.toContain('script_event');
  });
});
