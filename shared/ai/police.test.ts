import { describe, expect, it } from 'vitest';
import { createGame } from '../engine/game';
import { applyCommand } from '../engine/commands';
import { createReplay } from '../engine/replay';
import { hashGame } from '../engine/persist';
import type { Command } from '../engine/orders';
import type { GameEvent } from '../engine/events';
import { getScenario, scenarioToSetup } from '../scenario/index';
import { decideCrowd } from './commander';
import { decidePolice } from './police';
import { AI_CROWD_PLAYER, AI_POLICE_PLAYER } from './players';

/** The police AI against the AI crowd on the KPU scenario, with the command log as the host records it. */
function selfPlay(seed: number, turns: number) {
  const sc = getScenario('pleno-kpu')!;
  const setup = scenarioToSetup(sc, { police: [{ ...AI_POLICE_PLAYER, unitIds: sc.police.map((u) => u.id) }], crowdPlayer: AI_CROWD_PLAYER, crowdSize: 120 });
  const created = createGame(setup, seed);
  if (!created.ok) throw new Error(created.message);
  const game = created.game;
  const log: Command[] = [];
  const events: GameEvent[] = [];
  const send = (command: Command) => {
    const r = applyCommand(game, command);
    expect(r.ok, JSON.stringify(command).slice(0, 200)).toBe(true);
    if (r.ok) { log.push(r.command); events.push(...r.events); }
  };
  for (let t = 0; t < turns && game.state.phase === 'planning'; t++) {
    send({ type: 'submitOrders', playerId: AI_POLICE_PLAYER.id, orders: decidePolice(game, AI_POLICE_PLAYER.id).orders });
    send({ type: 'submitOrders', playerId: AI_CROWD_PLAYER.id, orders: decideCrowd(game, AI_CROWD_PLAYER.id, 'ahli').orders });
    send({ type: 'resolveTurn', force: true });
  }
  return { setup, game, log, events };
}

describe('police AI', () => {
  it('follows the basic doctrine: appeals first, negotiates, and no measure is judged questionable or a violation', () => {
    const { events } = selfPlay(2, 5);
    const judged = events.filter((e): e is Extract<GameEvent, { type: 'measure_judged' }> => e.type === 'measure_judged');
    expect(judged.length).toBeGreaterThan(0);
    expect(judged.filter((e) => e.verdict !== 'proper')).toEqual([]);
    const firstAppeal = judged.findIndex((e) => e.order === 'appeal');
    const firstForce = judged.findIndex((e) => ['water_cannon', 'tear_gas', 'arrest', 'push'].includes(e.order));
    expect(firstAppeal).toBeGreaterThanOrEqual(0);
    if (firstForce >= 0) expect(firstAppeal).toBeLessThan(firstForce);
    expect(judged.some((e) => e.order === 'negotiate')).toBe(true);
  });

  it('AI games replay from setup, seed and the recorded commands alone, without the AI', () => {
    const { setup, game, log } = selfPlay(4, 3);
    const replay = createReplay(setup, 4, log);
    expect(replay.ok).toBe(true);
    if (!replay.ok) return;
    expect(replay.replay.turnHashes.at(-1)).toBe(hashGame(game));
  });
});
