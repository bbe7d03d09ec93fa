import { describe, it, expect } from 'vitest';
import { createGame, applyCommand, createReplay, hashGame, stepTick, Flag, type Game, type GameEvent, type SetupInput, type Command } from '../index';
import { smallSetup } from '../fixtures';
import type { ScriptInput } from '../scriptSchema';

/** The small KPU fixture with a script, an instructor and (optionally) the crowd left to the script. */
function scripted(script: ScriptInput, crowdPlayer = true): SetupInput {
  const base = smallSetup(60, 4);
  const players = base.players.filter((p) => crowdPlayer || p.side !== 'crowd');
  return { ...base, players: [...players, { id: 'direktur', name: 'Direktur Latihan', side: 'instructor', controls: [] }], script };
}

function make(setup: SetupInput, seed = 3): Game {
  const r = createGame(setup, seed);
  if (!r.ok) throw new Error(r.message);
  return r.game;
}

/** Runs commands, failing on any refusal; returns every event. */
function run(g: Game, commands: Command[], log: Command[] = []): GameEvent[] {
  const events: GameEvent[] = [];
  for (const c of commands) {
    const r = applyCommand(g, c);
    if (!r.ok) throw new Error(`${c.type}: ${r.reason}: ${r.message}`);
    log.push(c);
    events.push(...r.events);
  }
  return events;
}

const resolve: Command = { type: 'resolveTurn', force: true };
const label = { id: 'Uji', en: 'Test' };

describe('scenario script', () => {
  it('a timed event fires once, at its tick, and its effect applies', () => {
    const g = make(scripted({ events: [{ id: 'isu', label, when: [{ type: 'at', turn: 1, second: 10 }], effects: [{ type: 'agitate', amount: 0.2 }] }] }));
    const events = run(g, [resolve, resolve, resolve]);
    const fired = events.filter((e) => e.type === 'script_event');
    expect(fired).toEqual([{ tick: 140, type: 'script_event', eventId: 'isu', by: 'script', playerId: null }]);
    expect(g.state.script?.fired).toEqual({ isu: 140 });
    expect(g.state.groups[0]!.agitation).toBeCloseTo(0.2, 5);
  });

  it('event ids that are Object.prototype names ("constructor", "toString") behave like any other id', () => {
    const g = make(scripted({ events: [
      { id: 'constructor', label, when: [{ type: 'at', turn: 1 }], effects: [{ type: 'agitate', amount: 0.1 }] },
      { id: 'toString', label, when: [{ type: 'manual' }], effects: [{ type: 'agitate', amount: 0.1 }] },
    ] }));
    run(g, [resolve, { type: 'injectEvent', playerId: 'direktur', eventId: 'toString' }, resolve]);
    expect(g.state.script?.fired).toEqual({ constructor: 120, toString: 120 });
    expect(applyCommand(g, { type: 'injectEvent', playerId: 'direktur', eventId: 'toString' }).ok).toBe(false);
  });

  it('a triggered event fires once, at the start of the tick after its condition came true', () => {
    const g = make(scripted({ events: [{ id: 'jebol', label, when: [{ type: 'gate_breached', gateId: 'main-gate' }], effects: [{ type: 'legitimacy', delta: -0.1 }] }] }));
    const events = run(g, [
      { type: 'submitOrders', playerId: 'massa', orders: [{ type: 'breach', groupId: 'massa-1', gateId: 'main-gate' }] },
      resolve, resolve, resolve, resolve,
    ]);
    const breach = events.find((e) => e.type === 'gate_breached' && e.gateId === 'main-gate');
    expect(breach).toBeDefined();
    const fired = events.filter((e) => e.type === 'script_event');
    expect(fired).toHaveLength(1);
    expect(fired[0]!.tick).toBe(breach!.tick + 1);
  });

  it('a reserve stays off the field and refuses orders until an event brings it in', () => {
    const setup = scripted({
      reserves: ['massa-1'],
      events: [{ id: 'tiba', label, when: [{ type: 'at', turn: 1 }], effects: [{ type: 'arrive', groupIds: ['massa-1'] }] }],
    });
    const g = make(setup);
    const g0 = g.state.groups[0]!;
    expect(g.world.agents.flags[g0.first]! & Flag.gone).toBe(Flag.gone);
    const refused = applyCommand(g, { type: 'submitOrders', playerId: 'massa', orders: [{ type: 'orasi', groupId: 'massa-1' }] });
    expect(refused.ok).toBe(false);
    const events = run(g, [resolve]);
    const arrived = events.filter((e) => e.type === 'reinforcements_arrived');
    expect(arrived).toHaveLength(1);
    expect(arrived[0]!.tick).toBe(120);
    expect(g.world.agents.flags[g0.first]! & Flag.gone).toBe(0);
    expect(g.state.groups[0]!.korlap).toBe(g0.first);
    expect(applyCommand(g, { type: 'submitOrders', playerId: 'massa', orders: [{ type: 'orasi', groupId: 'massa-1' }] }).ok).toBe(true);
  });

  it('an order effect reaches only a group no player commands; `override` never takes a player\'s group away', () => {
    const order = { type: 'sit_in', groupId: 'massa-1' } as const;
    const events = (override: boolean, crowdPlayer: boolean) =>
      run(make(scripted({ events: [{ id: 'duduk', label, when: [{ type: 'at', turn: 0 }], effects: [{ type: 'order', order, override }] }] }, crowdPlayer)), [resolve]);
    const actions = (ev: GameEvent[]) => ev.filter((e) => e.type === 'crowd_action' && e.order === 'sit_in');
    expect(actions(events(false, true))).toHaveLength(0);
    expect(actions(events(true, true))).toHaveLength(0);
    expect(actions(events(false, false))).toHaveLength(1);
    expect(actions(events(true, false))).toHaveLength(1);
  });

  it('rule: a scripted override leaves the crowd player\'s own order running, and the event is in the log for the player to see', () => {
    const g = make(scripted({ events: [{ id: 'lempar', label, when: [{ type: 'at', turn: 1 }], effects: [{ type: 'order', order: { type: 'throw', groupId: 'massa-1', at: { x: 79, y: 42 } }, override: true, holdSeconds: 60 }] }] }));
    const ev = run(g, [{ type: 'submitOrders', playerId: 'massa', orders: [{ type: 'orasi', groupId: 'massa-1' }] }, resolve, resolve]);
    expect(ev.some((e) => e.type === 'script_event' && e.eventId === 'lempar')).toBe(true);
    expect(ev.some((e) => e.type === 'crowd_action' && e.order === 'throw')).toBe(false);
    expect(g.state.groups[0]!.task?.type).toBe('orasi');
    expect(g.state.script?.holdUntil['massa-1']).toBeUndefined();
  });

  it('a scripted vehicle climb with override rushes only a group no player commands', () => {
    const rushes = (crowdPlayer: boolean): number => {
      const g = make(scripted({ events: [{ id: 'naik', label, when: [{ type: 'at', turn: 0 }], effects: [{ type: 'climb_vehicle', groupId: 'massa-1', unitId: 'awc-1', override: true }] }] }, crowdPlayer));
      return run(g, [resolve]).filter((e) => e.type === 'crowd_action' && e.order === 'push_line').length;
    };
    expect(rushes(true)).toBe(0);
    expect(rushes(false)).toBeGreaterThan(0);
  });

  it('the instructor injects an event; nobody else may, and a one-off event happens once', () => {
    const setup = scripted({
      events: [
        { id: 'isu', label, when: [{ type: 'manual' }], effects: [{ type: 'agitate', amount: 0.1 }] },
        { id: 'ulang', label, when: [{ type: 'manual' }], effects: [{ type: 'legitimacy', delta: -0.01 }], repeatable: true },
      ],
    });
    const g = make(setup);
    const log: Command[] = [];
    const police = applyCommand(g, { type: 'injectEvent', playerId: 'polisi', eventId: 'isu' });
    expect(police).toMatchObject({ ok: false, reason: 'not_instructor' });
    expect(applyCommand(g, { type: 'injectEvent', playerId: 'direktur', eventId: 'nope' })).toMatchObject({ ok: false, reason: 'unknown_event' });
    // Manual events never fire by themselves.
    expect(run(g, [resolve], log).some((e) => e.type === 'script_event')).toBe(false);
    // Accepted now, it happens as the next turn starts, among that turn's (stored) events.
    expect(run(g, [{ type: 'injectEvent', playerId: 'direktur', eventId: 'isu' }], log)).toEqual([]);
    expect(applyCommand(g, { type: 'injectEvent', playerId: 'direktur', eventId: 'isu' })).toMatchObject({ ok: false, reason: 'invalid_target' });
    const turn = run(g, [resolve], log);
    expect(turn.filter((e) => e.type === 'script_event')).toEqual([{ tick: 120, type: 'script_event', eventId: 'isu', by: 'instructor', playerId: 'direktur' }]);
    expect(g.state.groups[0]!.agitation).toBeGreaterThanOrEqual(0.1);
    expect(applyCommand(g, { type: 'injectEvent', playerId: 'direktur', eventId: 'isu' })).toMatchObject({ ok: false, reason: 'invalid_target' });
    const before = g.state.legitimacy;
    const twice = run(g, [{ type: 'injectEvent', playerId: 'direktur', eventId: 'ulang' }, { type: 'injectEvent', playerId: 'direktur', eventId: 'ulang' }, resolve], log);
    expect(twice.filter((e) => e.type === 'script_event' && e.eventId === 'ulang')).toHaveLength(2);
    expect(g.state.legitimacy).toBeLessThan(before);
    // The log replays to the same state.
    const replay = createReplay(setup, 3, log);
    if (!replay.ok) throw new Error(replay.message);
    expect(hashGame(replay.replay.final)).toBe(hashGame(g));
  });

  it('the scripted crowd gets its orders through the reducer, and a restore mid-turn continues identically', () => {
    const setup = scripted({ crowd: [{ groupId: 'massa-1', temper: 'hostile', rally: { x: 79, y: 30 }, breachGateId: 'main-gate' }] }, false);
    const g = make(setup);
    const events = run(g, [resolve, resolve]);
    const scriptedActions = events.filter((e) => e.type === 'crowd_action' && e.orderId.includes('.script.'));
    expect(scriptedActions.length).toBeGreaterThan(0);
    const replay = createReplay(setup, 3, [resolve, resolve]);
    if (!replay.ok) throw new Error(replay.message);
    expect(replay.replay.turnHashes.at(-1)).toBe(hashGame(g));
    const mid = replay.replay.seek(180);
    expect(mid.state.phase).toBe('resolving');
    while (mid.state.phase === 'resolving') stepTick(mid);
    expect(hashGame(mid)).toBe(replay.replay.turnHashes[1]);
  });

  it('a setup naming an unknown group or gate in its script is refused with a clear message', () => {
    const bad = createGame(scripted({ events: [{ id: 'x', label, when: [{ type: 'gate_breached', gateId: 'no-gate' }], effects: [{ type: 'agitate', amount: 0.1 }] }] }), 1);
    expect(bad).toMatchObject({ ok: false, reason: 'invalid_setup' });
    if (!bad.ok) expect(bad.message).toContain('unknown gate no-gate');
    const badGroup = createGame(scripted({ crowd: [{ groupId: 'ghost', temper: 'peaceful', rally: { x: 1, y: 1 } }] }), 1);
    if (!badGroup.ok) expect(badGroup.message).toContain('unknown group ghost');
    else throw new Error('accepted');
  });

  it('a script or objectives naming a police unit as a crowd group, or a target the venue lacks, is refused', () => {
    const refused = (setup: SetupInput, text: string) => {
      const r = createGame(setup, 1);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain(text);
    };
    refused(scripted({ events: [{ id: 'x', label, when: [{ type: 'at', turn: 1 }], effects: [{ type: 'agitate', groupIds: ['awal-1'], amount: 0.1 }] }] }), 'unknown crowd group awal-1');
    refused(scripted({ events: [{ id: 'x', label, when: [{ type: 'at', turn: 1 }], effects: [{ type: 'order', order: { type: 'enter_building', groupId: 'massa-1', buildingId: 'gedung-x' } }] }] }), 'unknown building gedung-x');
    refused(scripted({ events: [{ id: 'x', label, when: [{ type: 'at', turn: 1 }], effects: [{ type: 'order', order: { type: 'take_hostage', groupId: 'massa-1', personId: 'orang-x' } }] }] }), 'unknown protected person orang-x');
    refused({ ...scripted({ events: [] }), objectives: { crowd: [{ type: 'hold_hostage', personId: 'ketua-kpu-typo' }] } }, 'objectives.crowd.0: unknown protected person ketua-kpu-typo');
    refused({ ...scripted({ events: [] }), objectives: { police: { protect: ['nobody'] } } }, 'objectives.police.protect: unknown protected person nobody');
  });
});
