import { produce } from 'immer';
import type { Game } from './state';
import type { GameEvent } from './events';
import { ensureNav, unitContactScratch } from './runtime';
import { applyOutcome, newOutcome, type TickCtx } from './sim/context';
import { planTick } from './sim/plan';
import { steerAgents } from './sim/move';
import { buildGrid, crowdDensity, separate, vehicleShove, wallsAndBounds, coarseCounts, pressingMask } from './sim/collide';
import { runEffects } from './sim/effects';
import { decide } from './sim/behaviour';
import { doctrineTick, doctrineTurnEnd } from './doctrine/tick';
import { runQueues, rejudgeStanding } from './queue';

/**
 * The tick pipeline: the one place where the simulation (sim/) and the doctrine (doctrine/) meet.
 * Neither layer imports the other; this module runs them in a fixed order. The reducer (commands.ts)
 * calls it for every tick of a turn being resolved, then the scenario script's hook (script/).
 */

/**
 * One tick of a turn being resolved. Order matters and is fixed: order queues and game-level planning (immer), nav
 * refresh, steering, neighbour grid, separation, vehicles, walls, effects, decisions, then in one last
 * immer draft the simulation's outcome, the doctrine's tick (standing measures are judged again when
 * it changes the situation level) and the turn bookkeeping (the doctrine
 * scores a turn that ends and may end the game). Returns the tick's events.
 */
export function runTick(game: Game): GameEvent[] {
  const ev: GameEvent[] = [];
  const s0 = game.state;
  const ctx: TickCtx = { game, ev, tick: s0.tick, dt: s0.tickSeconds, out: newOutcome(s0.groups.length, game.venue.file.buildings.length, game.venue.file.cars.length) };
  game.state = produce(s0, (d) => {
    runQueues(game, d, ctx.tick, ev);
    planTick(d, ctx);
  });
  ensureNav(game.runtime, game.world);
  coarseCounts(ctx);
  steerAgents(ctx);
  buildGrid(ctx);
  crowdDensity(ctx);
  const { contacts, displaced } = unitContactScratch(game.runtime, game.state.units.length);
  separate(ctx, contacts, displaced);
  vehicleShove(ctx);
  wallsAndBounds(ctx, pressingMask(game));
  runEffects(ctx, contacts, displaced);
  decide(ctx);
  game.state = produce(game.state, (d) => {
    applyOutcome(d, ctx.out);
    // Doctrine (situation level, control, conduct, consequences, objectives), then the turn's score and end conditions.
    const levelBefore = d.doctrine.level;
    doctrineTick(game, d, ctx.tick, ev);
    if (d.doctrine.level !== levelBefore) rejudgeStanding(game, d, ctx.tick, ev);
    d.tick++;
    if (d.tick % d.ticksPerTurn === 0) {
      ev.push({ tick: ctx.tick, type: 'turn_resolved', turn: d.turn });
      const ended = doctrineTurnEnd(game, d, ctx.tick, ev);
      d.turn++;
      if (d.turn >= d.turnLimit || ended) {
        d.phase = 'over';
        ev.push({ tick: ctx.tick, type: 'game_over', reason: ended ?? 'turn_limit' });
      } else d.phase = 'planning';
    }
  });
  return ev;
}
