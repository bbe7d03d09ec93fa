import { describe, expect, it } from 'vitest';
import { beginTurnResolution, createGame, stepTick } from '../engine/index';
import { smallSetup } from '../engine/fixtures';
import type { Game } from '../engine/state';
import { crowdScoreOf } from './crowdScore';

/** The crowd's live score: the engine's turn-end rule applied to the objectives' progress now. */

function game(objectives?: unknown): Game {
  const setup = smallSetup(40, 6);
  if (objectives) (setup as { objectives?: unknown }).objectives = objectives;
  const created = createGame(setup, 11);
  if (!created.ok) throw new Error(created.message);
  return created.game;
}

function playTurn(g: Game): void {
  beginTurnResolution(g);
  while (g.state.phase === 'resolving') stepTick(g);
}

describe('crowdScoreOf', () => {
  it('shares 100 points among the objectives: full when met, half the progress before', () => {
    const g = game({ crowd: [{ type: 'hold_hostage', holdSeconds: 120 }, { type: 'reach_room', count: 10 }, { type: 'breach' }] });
    const doc = g.state.doctrine;
    doc.objectives[0] = { met: false, tick: -1, progress: 0.5 };
    doc.objectives[2] = { met: true, tick: 40, progress: 1 };
    const now = crowdScoreOf(g);
    expect(now.objectives.map((o) => [o.objective.type, o.met, o.progress])).toEqual([['hold_hostage', false, 0.5], ['reach_room', false, 0], ['breach', true, 1]]);
    expect(now.objectives[0]!.worth).toBeCloseTo(100 / 3);
    expect(now.objectives[0]!.earned).toBeCloseTo(100 / 12);
    expect(now.objectives[2]).toMatchObject({ earned: 100 / 3, metTick: 40, endsGame: false });
    expect(now.total).toBe(Math.round((100 / 3 + 100 / 12) * 10) / 10);
    expect(now.lastTurnTotal).toBeNull();
    expect(now.winsWhen).toBe('any');
  });

  it('uses the default objectives when the setup names none, and scores nothing at the start', () => {
    const now = crowdScoreOf(game());
    expect(now.objectives.map((o) => o.objective.type)).toEqual(['hold_hostage', 'reach_room']);
    expect(now.total).toBe(0);
  });

  it('equals the engine\'s own crowd score at a turn end', () => {
    // Breach and delegation keep their progress until met, so a progress set before the turn is scored by the engine as it stands.
    const g = game({ crowd: [{ type: 'breach', gateId: 'main-gate' }, { type: 'delegation_received' }, { type: 'enter_building' }] });
    g.state.doctrine.objectives[0] = { met: false, tick: -1, progress: 0.4 };
    playTurn(g);
    const engine = g.state.doctrine.scores.at(-1)!.crowd.total;
    expect(engine).toBeGreaterThan(0);
    expect(crowdScoreOf(g).lastTurnTotal).toBe(engine);
    expect(crowdScoreOf(g).total).toBe(engine);
  });
});
