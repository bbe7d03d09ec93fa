/**
 * AI benchmark (issue #16): the engine bench's KPU setup (800 officers, 2,000 protesters) with the
 * crowd played by the AI commander at the expert level (it weighs every option) against the engine
 * bench's scripted police, and the same setup with every police unit given to the police AI.
 * `aiDecisionMsMedian` is one turn's decision for all crowd groups (target ≤ 50 ms); the turn times
 * show a turn still resolves within budget with the AI's orders.
 */
import { createGame, applyCommand, type Order, type SetupInput } from '../../shared/engine/index';
import { AI_CROWD_PLAYER, AI_POLICE_PLAYER, decideCrowd, decidePolice } from '../../shared/ai/index';
import { kpuSetup, scriptedOrders, type BenchCase } from './engine';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const r2 = (x: number): number => Math.round(x * 100) / 100;

/** The bench setup with the crowd player replaced by the AI crowd player (and the police by the police AI when `policeAi`). */
function aiSetup(turns: number, policeAi: boolean): SetupInput {
  const setup = kpuSetup(1, turns);
  const players = setup.players.map((p) => {
    if (p.side === 'crowd') return { ...p, id: AI_CROWD_PLAYER.id, name: AI_CROWD_PLAYER.name };
    if (p.side === 'police' && policeAi) return { ...p, id: AI_POLICE_PLAYER.id, name: AI_POLICE_PLAYER.name };
    return p;
  });
  return { ...setup, players };
}

function runAi(turns: number): Record<string, unknown> {
  const created = createGame(aiSetup(turns, false), 42);
  if (!created.ok) throw new Error(created.message);
  const game = created.game;
  const decisionMs: number[] = [];
  const turnMs: number[] = [];
  let orders = 0;
  for (let t = 0; t < turns && game.state.phase === 'planning'; t++) {
    const police: Order[] = scriptedOrders(game, t).police;
    const sub = applyCommand(game, { type: 'submitOrders', playerId: 'kapolres', orders: police });
    if (!sub.ok) throw new Error(`police refused: ${sub.message}`);
    const a = performance.now();
    const d = decideCrowd(game, AI_CROWD_PLAYER.id, 'ahli');
    decisionMs.push(performance.now() - a);
    orders += d.orders.length;
    const ai = applyCommand(game, { type: 'submitOrders', playerId: AI_CROWD_PLAYER.id, orders: d.orders });
    if (!ai.ok) throw new Error(`AI refused: ${ai.message}`);
    const b = performance.now();
    const r = applyCommand(game, { type: 'resolveTurn', force: true });
    if (!r.ok) throw new Error(r.message);
    turnMs.push(performance.now() - b);
  }
  return {
    agents: game.world.header[0], turns: decisionMs.length, level: 'ahli', aiOrders: orders,
    aiDecisionMsMedian: r2(median(decisionMs)), aiDecisionMsMax: r2(Math.max(...decisionMs)),
    turnMsMedian: r2(median(turnMs)), turnMsMax: r2(Math.max(...turnMs)),
  };
}

function runPoliceAi(turns: number): Record<string, unknown> {
  const created = createGame(aiSetup(turns, true), 42);
  if (!created.ok) throw new Error(created.message);
  const game = created.game;
  const decisionMs: number[] = [];
  for (let t = 0; t < turns && game.state.phase === 'planning'; t++) {
    const a = performance.now();
    const d = decidePolice(game, AI_POLICE_PLAYER.id);
    decisionMs.push(performance.now() - a);
    const sub = applyCommand(game, { type: 'submitOrders', playerId: AI_POLICE_PLAYER.id, orders: d.orders });
    if (!sub.ok) throw new Error(`police AI refused: ${sub.message}`);
    const crowd = scriptedOrders(game, t).crowd;
    applyCommand(game, { type: 'submitOrders', playerId: 'massa', orders: crowd });
    const r = applyCommand(game, { type: 'resolveTurn', force: true });
    if (!r.ok) throw new Error(r.message);
  }
  return { agents: game.world.header[0], turns: decisionMs.length, policeAiDecisionMsMedian: r2(median(decisionMs)), policeAiDecisionMsMax: r2(Math.max(...decisionMs)) };
}

/** The AI bench cases. */
export const aiCases: BenchCase[] = [
  { name: 'ai.crowd.kpu.2800', run: () => runAi(12) },
  { name: 'ai.police.kpu.2800', run: () => runPoliceAi(6) },
];
