import { describe, it, expect } from 'vitest';
import { createGame, applyCommand, type GameEvent, type SetupInput } from '../index';
import { smallSetup } from '../fixtures';

/** Plays crowd orders turn by turn (police idle) until the game ends; returns the events. */
function playCrowd(setup: SetupInput, turns: unknown[][]): GameEvent[] {
  const r = createGame(setup, 3);
  if (!r.ok) throw new Error(r.message);
  const g = r.game;
  const events: GameEvent[] = [];
  for (const orders of turns) {
    if (g.state.phase !== 'planning') break;
    applyCommand(g, { type: 'submitOrders', playerId: 'massa', orders });
    const res = applyCommand(g, { type: 'resolveTurn', force: true });
    if (!res.ok) throw new Error(res.message);
    events.push(...res.events);
  }
  return events;
}

const over = (events: GameEvent[]) => events.find((e) => e.type === 'game_over');

describe('end conditions', () => {
  it('the crowd dispersed', () => {
    const events = playCrowd(smallSetup(60, 10), [[{ type: 'disperse', groupId: 'massa-1' }], [], [], [], []]);
    expect(over(events)).toMatchObject({ type: 'game_over', reason: 'crowd_dispersed' });
  });

  it('the crowd met a game-ending objective (the main gate breached)', () => {
    const setup = smallSetup(200, 10);
    setup.crowd = [{ id: 'massa-1', arrival: 'lot-south', size: 200, agitation: 0.9, hardship: [0.8, 1] }];
    setup.objectives = { crowd: [{ type: 'breach', gateId: 'main-gate', endsGame: true }] };
    const events = playCrowd(setup, [[{ type: 'breach', groupId: 'massa-1', gateId: 'main-gate' }], [], [], [], [], [], []]);
    expect(events).toContainEqual(expect.objectContaining({ type: 'objective_met', index: 0, objective: 'breach', groupId: 'massa-1' }));
    expect(over(events)).toMatchObject({ reason: 'crowd_objectives_met' });
    // It ends at the end of the turn in which the objective was met.
    const met = events.find((e) => e.type === 'objective_met')!;
    expect(over(events)!.tick).toBeLessThan(met.tick + 120);
  });

  it('the protest ended peacefully: a delegation was received, the crowd stayed calm and then went home', () => {
    const setup = smallSetup(60, 10);
    setup.objectives = { police: { peacefulCalmSeconds: 60 } };
    const events = playCrowd(setup, [[{ type: 'delegation', groupId: 'massa-1', to: { x: 70, y: 30 } }], [{ type: 'disperse', groupId: 'massa-1' }], [], [], []]);
    expect(events.some((e) => e.type === 'delegation_arrived')).toBe(true);
    expect(over(events)).toMatchObject({ reason: 'protest_ended_peacefully' });
  });

  it('heard and calm but still there is no ending: the game goes on to the turn limit (issue #15 item 4)', () => {
    const setup = smallSetup(60, 4);
    setup.objectives = { police: { peacefulCalmSeconds: 60 } };
    const events = playCrowd(setup, [[{ type: 'delegation', groupId: 'massa-1', to: { x: 70, y: 30 } }], [], [], []]);
    expect(events.some((e) => e.type === 'delegation_arrived')).toBe(true);
    expect(over(events)).toMatchObject({ reason: 'turn_limit' });
  });

  it('entering the building ends the game only when the scenario says so (issue #15 item 4)', () => {
    const quiet = smallSetup(60, 3);
    quiet.objectives = { crowd: [{ type: 'enter_building' }, { type: 'reach_room', count: 1 }] };
    expect(quiet.objectives.crowd!.map((o) => o.endsGame)).toEqual([undefined, undefined]);
    const r = createGame(quiet, 3);
    if (!r.ok) throw new Error(r.message);
    expect(r.game.setup.objectives!.crowd.map((o) => o.endsGame)).toEqual([false, false]);
  });

  it('otherwise the turn limit', () => {
    const events = playCrowd(smallSetup(30, 2), [[], []]);
    expect(over(events)).toMatchObject({ reason: 'turn_limit' });
  });
});
