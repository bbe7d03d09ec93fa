import { produce } from 'immer';
import type { Game } from '../game';
import type { GameEvent } from '../events';
import { Flag } from '../model';
import { newOutcome, type TickCtx } from './context';
import { planTick } from './plan';
import { steerAgents } from './move';
import { buildGrid, separate, vehicleShove, wallsAndBounds, coarseCounts } from './collide';
import { runEffects } from './effects';
import { decide } from './behaviour';
import { ensureNav, unitContactScratch } from './runtime';
import { doctrineTick, doctrineTurnEnd } from '../doctrine/tick';

/**
 * One tick of a turn being resolved. Order matters and is fixed: game-level planning (immer), nav
 * refresh, steering, neighbour grid, separation, vehicles, walls, effects, decisions, then the
 * game-level outcome (immer) and the turn bookkeeping. Returns the tick's events.
 */
export function runTick(game: Game): GameEvent[] {
  const ev: GameEvent[] = [];
  const s0 = game.state;
  const ctx: TickCtx = { game, ev, tick: s0.tick, dt: s0.tickSeconds, out: newOutcome(s0.groups.length) };
  game.state = produce(s0, (d) => planTick(d, ctx));
  ensureNav(game.runtime, game.world);
  coarseCounts(ctx);
  steerAgents(ctx);
  buildGrid(ctx);
  const { contacts, displaced } = unitContactScratch(game.runtime, game.state.units.length);
  separate(ctx, contacts, displaced);
  vehicleShove(ctx);
  wallsAndBounds(ctx, pressingMask(game));
  runEffects(ctx, contacts, displaced);
  decide(ctx);
  applyOutcome(game, ctx);
  return ev;
}

/** Marks the active protesters whose group is pushing on something (they load gates and fences). */
function pressingMask(game: Game): Uint8Array {
  const a = game.world.agents;
  const m = game.runtime.pressing;
  m.fill(0);
  for (const g of game.state.groups) {
    const t = g.task.type;
    if (t !== 'breach' && t !== 'push_line' && t !== 'enter_building' && t !== 'take_hostage') continue;
    for (let i = g.first; i < g.first + g.count; i++) if ((a.flags[i]! & Flag.active) !== 0) m[i] = 1;
  }
  return m;
}

function applyOutcome(game: Game, ctx: TickCtx): void {
  const out = ctx.out;
  game.state = produce(game.state, (d) => {
    for (const k of Object.keys(out.stats) as (keyof typeof out.stats)[]) if (out.stats[k] !== 0) d.stats[k] += out.stats[k];
    d.legitimacy = Math.min(1, Math.max(0, d.legitimacy + out.legitimacy));
    for (const ui of out.taskDone) d.units[ui]!.task = null;
    for (const ui of out.hadHits) {
      const t = d.units[ui]!.task;
      if (t?.type === 'water_cannon') t.hadHits = true;
    }
    for (const ui of out.cleared) {
      const t = d.units[ui]!.task;
      if (t?.type === 'water_cannon') t.hadHits = false;
    }
    for (const [ui, used] of out.waterUsed) d.units[ui]!.water = Math.max(0, d.units[ui]!.water - used);
    if (out.firesOut.length > 0) d.fires = d.fires.filter((f) => !out.firesOut.includes(f.id));
    out.groupActive.forEach((n, gi) => { if (n >= 0) d.groups[gi]!.lastActive = n; });
    for (const [gi, b] of out.entered) d.groups[gi]!.entered.push(b);
    // Doctrine (situation level, control, conduct, consequences, objectives), then the turn's score and end conditions.
    doctrineTick(game, d, ctx);
    d.tick++;
    if (d.tick % d.ticksPerTurn === 0) {
      ctx.ev.push({ tick: ctx.tick, type: 'turn_resolved', turn: d.turn });
      const ended = doctrineTurnEnd(game, d, ctx);
      d.turn++;
      if (d.turn >= d.turnLimit || ended) {
        d.phase = 'over';
        ctx.ev.push({ tick: ctx.tick, type: 'game_over', reason: ended ?? 'turn_limit' });
      } else d.phase = 'planning';
    }
  });
}
