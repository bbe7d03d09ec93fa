/**
 * One tournament game (issue #16, item 7): a shipped scenario with the AI crowd at a level (or the
 * scenario's script) against a scripted police policy, summed up. The policies are the calibration
 * harness's (scripts/calibrate/harness.ts) with the gates guarded first, the way a Danki posts a
 * platoon inside each gate before the crowd arrives:
 * - `by_the_book`: every gate guarded, then the harness's by-the-book sequence;
 * - `passive`: nobody moves;
 * - `heavy_handed`: every gate guarded, then the harness's heavy-handed policy;
 * - `gate_unguarded`: by the book, but the first gate of the venue is left without a guard.
 */
import { detHypot } from '../../shared/math/deterministic';
import { isHeld, type Game, type Order, type UnitState } from '../../shared/engine/index';
import { aiScenarioGame, playAiTurn } from '../../shared/ai/testing';
import { compoundBox } from '../../shared/ai/perception';
import type { AiLevelId } from '../../shared/ai/levels';
import { policyOrders } from '../calibrate/harness';

/** The police policies of the tournament. */
export const tournamentPolicies = ['by_the_book', 'passive', 'heavy_handed', 'gate_unguarded'] as const;
/** One of {@link tournamentPolicies}. */
export type TournamentPolicy = (typeof tournamentPolicies)[number];
/** Who plays the crowd: an AI level, or the scenario's script (the baseline). */
export type CrowdSide = AiLevelId | 'script';

/** What one game came to. */
export interface GameResult {
  crowd: CrowdSide;
  policy: TournamentPolicy;
  seed: number;
  /** Crowd objectives met (count) and whether any was. */
  objectivesMet: number;
  policeScore: number;
  injuredOfficers: number;
  injuredProtesters: number;
  endReason: string;
  /** AI decision time per turn, ms. */
  decisionMs: number[];
}

const GUARDS = new Set(['dalmas_awal', 'dalmas_lanjut', 'brimob_sekat']);

/** Orders posting the nearest free line unit 6 m inside each gate (all but the first when `skipFirst`), for units not there yet. */
export function gateGuardOrders(game: Game, skipFirst: boolean): Order[] {
  const box = compoundBox(game);
  if (!box) return [];
  const cx = (box.minX + box.maxX) / 2;
  const cy = (box.minY + box.maxY) / 2;
  const used = new Set<string>();
  const out: Order[] = [];
  const gates = game.venue.openings.filter((o) => o.kind === 'gate');
  gates.forEach((gate, k) => {
    if (skipFirst && k === 0) return;
    const d = detHypot(cx - gate.cx, cy - gate.cy) || 1;
    const post = { x: gate.cx + ((cx - gate.cx) / d) * 6, y: gate.cy + ((cy - gate.cy) / d) * 6 };
    let best: UnitState | null = null;
    let bestD = Infinity;
    for (const u of game.state.units) {
      if (!GUARDS.has(u.type) || used.has(u.id) || isHeld(game.state, u.id)) continue;
      const du = detHypot(u.x - post.x, u.y - post.y);
      if (du < bestD) { bestD = du; best = u; }
    }
    if (!best) return;
    used.add(best.id);
    if (bestD > 3) out.push({ type: 'move', unitId: best.id, waypoints: [post] }, { type: 'face', unitId: best.id, toward: { x: gate.cx, y: gate.cy } });
  });
  return out;
}

/** The police orders of a policy this turn. */
export function tournamentOrders(game: Game, policy: TournamentPolicy): Order[] {
  switch (policy) {
    case 'passive': return [];
    case 'by_the_book': return [...gateGuardOrders(game, false), ...policyOrders(game, 'by_the_book')];
    case 'heavy_handed': return [...gateGuardOrders(game, false), ...policyOrders(game, 'heavy_handed')];
    case 'gate_unguarded': return [...gateGuardOrders(game, true), ...policyOrders(game, 'by_the_book')];
  }
}

/** Plays one game for `turns` turns (or to its end). */
export function playGame(scenarioId: string, crowd: CrowdSide, policy: TournamentPolicy, seed: number, turns: number, crowdSize: number, clock: () => number): GameResult {
  const game = aiScenarioGame(scenarioId, seed, { crowdSize, crowd: crowd === 'script' ? 'script' : 'ai' });
  const level: AiLevelId = crowd === 'script' ? 'sedang' : crowd;
  const decisionMs: number[] = [];
  let endReason = 'turn_limit_of_run';
  for (let t = 0; t < turns && game.state.phase === 'planning'; t++) {
    const r = playAiTurn(game, tournamentOrders(game, policy), level, clock);
    if (crowd !== 'script') decisionMs.push(r.ms);
    for (const e of r.events) if (e.type === 'game_over') endReason = e.reason;
  }
  const s = game.state;
  return {
    crowd, policy, seed,
    objectivesMet: s.doctrine.objectives.filter((o) => o.met).length,
    policeScore: s.doctrine.scores.at(-1)?.police.total ?? 0,
    injuredOfficers: s.stats.injuredOfficers,
    injuredProtesters: s.stats.injuredProtesters,
    endReason,
    decisionMs,
  };
}
