import { describe, it, expect } from 'vitest';
import { applyCommand } from '../engine/commands';
import { createGame } from '../engine/game';
import { aiScenarioGame } from './testing';
import { decideCrowd } from './commander';
import { AI_CROWD_PLAYER } from './players';
import { intentFromRecord, type AiIntent } from './intent';
import type { GameEvent } from '../engine/events';

/** The AI's intent travels with its orders and is recorded by the engine as an `ai_intent` event. */

describe('the AI intent, recorded', () => {
  it('is sent with the orders, recorded when the turn starts, read back as the same intent, and replayed without the AI', () => {
    const game = aiScenarioGame('pleno-kpu', 5, { crowdSize: 80 });
    const log: unknown[] = [];
    const recorded: GameEvent[] = [];
    const decided: AiIntent[] = [];
    for (let turn = 0; turn < 2; turn++) {
      const d = decideCrowd(game, AI_CROWD_PLAYER.id, 'ahli');
      decided.push(d.intent);
      for (const command of [{ type: 'submitOrders', playerId: AI_CROWD_PLAYER.id, orders: d.orders, intent: d.intent }, { type: 'resolveTurn', force: true }]) {
        const r = applyCommand(game, command);
        expect(r.ok).toBe(true);
        if (r.ok) { log.push(r.command); recorded.push(...r.events.filter((e) => e.type === 'ai_intent')); }
      }
      expect(game.state.intents).toBeUndefined();
    }
    expect(recorded).toHaveLength(2);
    recorded.forEach((e, k) => {
      if (e.type !== 'ai_intent') throw new Error('not an intent');
      expect(e.playerId).toBe(AI_CROWD_PLAYER.id);
      expect(intentFromRecord(e.intent)).toEqual(decided[k]);
    });
    // The command log alone gives the same events: the AI's code is not needed to replay.
    const again = createGame(game.setup, game.seed);
    if (!again.ok) throw new Error(again.message);
    const replayed: GameEvent[] = [];
    for (const command of log) {
      const r = applyCommand(again.game, command);
      if (r.ok) replayed.push(...r.events.filter((e) => e.type === 'ai_intent'));
    }
    expect(replayed).toEqual(recorded);
  });

  it('drops a group line whose codes the AI does not know, and refuses an unknown level', () => {
    const base = { side: 'crowd' as const, level: 'sulit', turn: 1, planId: null, planName: null };
    const line = { groupId: 'g', order: 'march', continuing: false, reason: 'rally', step: null, trigger: null, weakness: null, targetId: null };
    expect(intentFromRecord({ ...base, groups: [line, { ...line, reason: 'made_up' }] })!.groups).toEqual([line]);
    expect(intentFromRecord({ ...base, level: 'impossible', groups: [] })).toBeNull();
  });

  it('a malformed intent refuses the whole command and changes nothing', () => {
    const game = aiScenarioGame('pleno-kpu', 5, { crowdSize: 40 });
    const before = game.state;
    const r = applyCommand(game, { type: 'submitOrders', playerId: AI_CROWD_PLAYER.id, orders: [], intent: { side: 'crowd', groups: 'x' } });
    expect(r).toMatchObject({ ok: false, reason: 'invalid_command' });
    expect(game.state).toBe(before);
  });
});
