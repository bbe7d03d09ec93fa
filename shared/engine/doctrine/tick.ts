import type { Draft } from 'immer';
import type { Game, GameState } from '../state';
import type { GameEvent } from '../events';
import { observe, assess } from './situation';
import { completeDisplacedHandover, passTacticalControl } from './authority';
import { checkConduct } from './conduct';
import { warnDensity } from './density';
import { applyConsequences } from './consequences';
import { trackObjectives, trackForce, scoreTurn } from './score';
import type { DoctrineState, GameOverReason } from '../doctrineTypes';

/**
 * The doctrine layer's per-tick and per-turn hooks, called by the tick pipeline (tick.ts) inside the tick's last
 * immer draft (after the simulation's outcome is applied): situation level and markers, control
 * handovers, formation discipline, consequences, objectives; then at a turn's end, the score and the
 * end conditions. Reads the world arrays and `game.state` (the state before this draft), writes only
 * the draft. O(events + groups + units) per tick, O(officers) every tenth tick.
 */
export function doctrineTick(game: Game, d: Draft<GameState>, tick: number, ev: GameEvent[]): void {
  const doc = d.doctrine as DoctrineState | undefined;
  if (!doc) return;
  const obs = observe(game, ev, doc, tick);
  assess(doc, obs, tick, game.state.tickSeconds, ev);
  completeDisplacedHandover(doc, d.units as GameState['units'], tick, ev);
  for (const e of ev) if (e.type === 'handover_completed') passTacticalControl(doc, game.state.players, game.state.units, e, ev);
  checkConduct(game, doc, tick, ev);
  warnDensity(game, doc, tick, ev);
  applyConsequences(game, d, doc, ev);
  trackForce(doc, ev);
  trackObjectives(game, doc, obs, tick, ev);
}

/** Scores the turn that just ended; returns why the game ends now, or null. */
export function doctrineTurnEnd(game: Game, d: Draft<GameState>, tick: number, ev: GameEvent[]): GameOverReason | null {
  const doc = d.doctrine as DoctrineState | undefined;
  if (!doc) return null;
  return scoreTurn(game, d, doc, tick, ev);
}
