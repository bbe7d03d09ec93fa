import { describe, it, expect } from 'vitest';
import { createGame, applyCommand, hashGame, createReplay, type Game, type SetupInput } from '../index';
import { smallSetup } from '../fixtures';

/** smallSetup with an instructor (Direktur Latihan) who controls nothing. */
function withInstructor(): SetupInput {
  const s = smallSetup(60, 6);
  return { ...s, players: [...s.players, { id: 'dirlat', name: 'Direktur Latihan', side: 'instructor', controls: [] }] };
}

function make(setup: SetupInput = withInstructor()): Game {
  const r = createGame(setup, 5);
  if (!r.ok) throw new Error(r.message);
  return r.game;
}

const ready = [{ type: 'endPlan', playerId: 'polisi' }, { type: 'endPlan', playerId: 'massa' }];

describe('instructor side', () => {
  it('controls nothing, and a turn resolves without waiting for the instructor', () => {
    const s = withInstructor();
    expect(createGame({ ...s, players: [...s.players.slice(0, 2), { id: 'dirlat', name: 'D', side: 'instructor', controls: ['awal-1'] }] }, 1))
      .toMatchObject({ ok: false, reason: 'invalid_setup' });
    const g = make();
    for (const c of ready) expect(applyCommand(g, c).ok).toBe(true);
    expect(applyCommand(g, { type: 'resolveTurn' })).toMatchObject({ ok: true });
    expect(g.state.turn).toBe(1);
  });

  it('only the instructor may override the situation level; others are refused with the game untouched', () => {
    const g = make();
    const before = hashGame(g);
    expect(applyCommand(g, { type: 'setSituationLevel', playerId: 'polisi', level: 'merah' })).toMatchObject({ ok: false, reason: 'not_instructor' });
    expect(applyCommand(g, { type: 'setSituationLevel', playerId: 'massa', level: 'merah' })).toMatchObject({ ok: false, reason: 'not_instructor' });
    expect(applyCommand(g, { type: 'setSituationLevel', playerId: 'ghost', level: 'merah' })).toMatchObject({ ok: false, reason: 'unknown_player' });
    expect(applyCommand(g, { type: 'setSituationLevel', playerId: 'dirlat', level: 'ungu' })).toMatchObject({ ok: false, reason: 'invalid_command' });
    expect(hashGame(g)).toBe(before);
    expect(g.state.doctrine.level).toBe('hijau');
  });

  it('an override is logged when the turn resolves, moves the level and kendali umum, and replays identically', () => {
    const commands = [
      { type: 'setSituationLevel', playerId: 'dirlat', level: 'merah', reason: 'inject: sandera' },
      { type: 'resolveTurn', force: true },
      { type: 'setSituationLevel', playerId: 'dirlat', level: null },
      { type: 'resolveTurn', force: true },
    ];
    const g = make();
    const r0 = applyCommand(g, commands[0]);
    expect(r0).toMatchObject({ ok: true, events: [] });
    expect(g.state.doctrine.override).toMatchObject({ level: 'merah', playerId: 'dirlat', reason: 'inject: sandera' });
    const r1 = applyCommand(g, commands[1]);
    if (!r1.ok) throw new Error(r1.message);
    const start = g.state.ticksPerTurn * 0;
    expect(r1.events).toContainEqual({ tick: start, type: 'situation_level_overridden', playerId: 'dirlat', level: 'merah', previous: 'hijau', reason: 'inject: sandera' });
    expect(r1.events).toContainEqual(expect.objectContaining({ type: 'situation_level_changed', from: 'hijau', to: 'merah', cause: 'instructor', overridden: true }));
    expect(r1.events).toContainEqual(expect.objectContaining({ type: 'control_passed', control: 'umum', from: 'kapolres', to: 'kapolda' }));
    // The assessment keeps running underneath but the override holds the level for the whole turn.
    expect(r1.events.filter((e) => e.type === 'situation_level_changed')).toHaveLength(1);
    expect(g.state.doctrine.level).toBe('merah');
    applyCommand(g, commands[2]);
    const r3 = applyCommand(g, commands[3]);
    if (!r3.ok) throw new Error(r3.message);
    expect(r3.events).toContainEqual(expect.objectContaining({ type: 'situation_level_overridden', level: null, previous: 'merah' }));
    expect(g.state.doctrine.level).toBe(g.state.doctrine.assessed);
    const rep = createReplay(withInstructor(), 5, commands);
    if (!rep.ok) throw new Error(rep.message);
    expect(rep.replay.turnHashes[1]).toBe(hashGame(g));
    expect(rep.replay.events.filter((e) => e.type === 'situation_level_overridden')).toHaveLength(2);
  });
});
