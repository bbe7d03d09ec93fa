import { original, type Draft } from 'immer';
import { unitTypes } from '../forces';
import { Flag, OFF_FIELD } from '../model';
import type { GameState, UnitState, GroupState } from '../state';
import type { TickCtx } from './context';
import { detHypot } from '../../math/deterministic';
import { formedShare, moveAnchorToward } from '../orderDefs/anchor';
import { unitTaskRunners } from '../orderDefs/registry';
import { runGroupTask } from '../orderDefs/crowd';

/**
 * The game-level half of a tick, run inside an immer draft: unit anchors walk their waypoints down the
 * flow field, pushes advance, each unit's task runs (its order module's runner: appeal, negotiation,
 * gas, gate, barrier, handover, escort, evacuation), crowd-group tasks progress, fires and gas clouds age.
 */
export function planTick(d: Draft<GameState>, ctx: TickCtx): void {
  // Decide from the base state which units and groups have anything to do, and draft only those:
  // every draft touched costs a proxy and a copy, and most units stand idle most ticks.
  const base = original(d)!;
  const a = ctx.game.world.agents;
  base.units.forEach((u, ui) => {
    if (u.waypoints.length > 0 || (u.stance === 'push' && u.pushTo) || u.task) planUnit(d, d.units[ui]!, ctx);
  });
  base.groups.forEach((g, gi) => {
    const korlapLost = g.korlap >= 0 && (a.flags[g.korlap]! & (Flag.arrested | OFF_FIELD | Flag.down)) !== 0;
    const t = g.task.type;
    if (korlapLost || t === 'orasi' || (t === 'burn_tyres' && !g.task.lit) || t === 'delegation') planGroup(d, d.groups[gi]!, ctx);
  });
  // On the draft: a cloud or fire made this tick ages this tick too.
  if (d.fires.length > 0 || d.clouds.length > 0) ageHazards(d, ctx);
}

function planUnit(d: Draft<GameState>, u: Draft<UnitState>, ctx: TickCtx): void {
  const type = unitTypes[u.type];
  // The anchor slows down while fewer than half the members are near their places.
  const keepingUp = formedShare(ctx, u, 4) >= 0.5;
  const speed = keepingUp ? type.speed : type.speed * 0.3;
  if (u.waypoints.length > 0) {
    const wp = u.waypoints[0]!;
    const keepHeading = u.heading;
    if (moveAnchorToward(ctx, u, wp.x, wp.y, speed)) {
      u.waypoints.shift();
      if (u.waypoints.length === 0) {
        ctx.ev.push({ tick: ctx.tick, type: 'unit_arrived', unitId: u.id, x: u.x, y: u.y });
        if (u.task?.type === 'handover') u.heading = keepHeading;
      }
    }
  } else if (u.stance === 'push' && u.pushTo) {
    // Dorong maju: advance slowly, and only while the line is in place (so a blocked push stalls and presses).
    if (formedShare(ctx, u, 1.5) >= 0.5) {
      const t = u.pushTo;
      if (detHypot(t.x - u.x, t.y - u.y) < 0.5) u.stance = 'hold';
      else {
        const h = u.heading;
        moveAnchorToward(ctx, u, t.x, t.y, 0.5);
        u.heading = h;
      }
    }
  }
  const task = u.task;
  if (task) unitTaskRunners[task.type](d, u, ctx, speed);
}

function planGroup(d: Draft<GameState>, g: Draft<GroupState>, ctx: TickCtx): void {
  const a = ctx.game.world.agents;
  if (g.korlap >= 0 && (a.flags[g.korlap]! & (Flag.arrested | OFF_FIELD | Flag.down)) !== 0) g.korlap = -1;
  runGroupTask(d, g, ctx);
}

function ageHazards(d: Draft<GameState>, ctx: TickCtx): void {
  let burntOut = false;
  for (const f of d.fires) {
    f.ticksLeft--;
    if (f.ticksLeft <= 0) burntOut = true;
  }
  for (const f of d.fires) if (f.ticksLeft <= 0) ctx.ev.push({ tick: ctx.tick, type: 'fire_out', fireId: f.id, by: 'burnt_out' });
  if (burntOut) d.fires = d.fires.filter((f) => f.ticksLeft > 0);
  let cleared = false;
  for (const c of d.clouds) {
    c.density -= 1 / 240;
    if (c.density <= 0) cleared = true;
  }
  if (cleared) d.clouds = d.clouds.filter((c) => c.density > 0);
}
