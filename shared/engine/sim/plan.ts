import { original, type Draft } from 'immer';
import { flowAt, UNREACHABLE, distSqToSegment, SegmentKind } from '../../venue/index';
import { nextFloat } from '../rng';
import { unitTypes } from '../forces';
import { AgentKind, Flag, SegState, OFF_FIELD, Role } from '../model';
import type { GameState, UnitState, GroupState } from '../state';
import { flowToPoint } from '../runtime';
import type { TickCtx } from './context';
import { detAtan2, detCos, detHypot, detSin, detSquare } from '../../math/deterministic';
import { formationOffset } from '../formation';
import { isHeld } from '../reserves';

/**
 * The game-level half of a tick, run inside an immer draft: unit anchors walk their waypoints down the
 * flow field, pushes advance, tasks progress (appeal, negotiation, gas, gate, barrier, handover,
 * escort, evacuation assignments), crowd-group tasks progress, fires and gas clouds age.
 */
export function planTick(d: Draft<GameState>, ctx: TickCtx): void {
  // Decide from the base state which units and groups have anything to do, and draft only those:
  // every draft touched costs a proxy and a copy, and most units stand idle most ticks.
  const base = original(d)!;
  const a = ctx.game.world.agents;
  base.units.forEach((u, ui) => {
    if (u.waypoints.length > 0 || (u.stance === 'push' && u.pushTo) || u.task) planUnit(d, d.units[ui]!, ui, ctx);
  });
  base.groups.forEach((g, gi) => {
    const korlapLost = g.korlap >= 0 && (a.flags[g.korlap]! & (Flag.arrested | OFF_FIELD | Flag.down)) !== 0;
    const t = g.task.type;
    if (korlapLost || t === 'orasi' || (t === 'burn_tyres' && !g.task.lit) || t === 'delegation') planGroup(d, d.groups[gi]!, gi, ctx);
  });
  // On the draft: a cloud or fire made this tick ages this tick too.
  if (d.fires.length > 0 || d.clouds.length > 0) ageHazards(d, ctx);
}

const SNATCH = 4;

const slotOffset = new Float32Array(2);

/**
 * Share of a unit's standing members within `radius` metres of their formation slots (1 for a rope
 * line or a unit with nobody standing). This is how the engine tells whether a formation keeps up
 * with its anchor. (It used to measure one member's distance from the anchor, which counted a wide
 * line's half-width as lag: a big line then crawled at the lag speed and never completed a lapis or
 * lintas ganti.)
 */
function formedShare(ctx: TickCtx, u: UnitState, radius: number): number {
  if (u.rope) return 1;
  const a = ctx.game.world.agents;
  const hasVehicle = unitTypes[u.type].vehicle;
  const c = detCos(u.heading);
  const s = detSin(u.heading);
  const r2 = radius * radius;
  let standing = 0;
  let formed = 0;
  for (let i = u.first; i < u.first + u.count; i++) {
    if ((a.flags[i]! & (OFF_FIELD | Flag.down | Flag.arrested)) !== 0) continue;
    formationOffset(u.formation, a.slot[i]!, u.count, hasVehicle, slotOffset);
    const dx = u.x + slotOffset[0]! * c - slotOffset[1]! * s - a.x[i]!;
    const dy = u.y + slotOffset[0]! * s + slotOffset[1]! * c - a.y[i]!;
    standing++;
    if (dx * dx + dy * dy <= r2) formed++;
  }
  return standing === 0 ? 1 : formed / standing;
}

/** Position of the unit's first agent: the vehicle of a vehicle unit (the AWC aims from there). */
function firstAgentPosition(ctx: TickCtx, u: UnitState): [number, number] {
  const a = ctx.game.world.agents;
  return [a.x[u.first]!, a.y[u.first]!];
}

/** Triage handicap (squared metres) of an injured person who can still walk, against one who is down. */
const WALKING_INJURED_PENALTY = 400;

/** Ticks a relieving unit waits at the relieved line for its members to form up before the handover counts as done. */
const HANDOVER_SETTLE_TICKS = 60;

function moveAnchorToward(ctx: TickCtx, u: Draft<UnitState>, tx: number, ty: number, speed: number): boolean {
  const dx = tx - u.x;
  const dy = ty - u.y;
  const dist = detHypot(dx, dy);
  const step = speed * ctx.dt;
  if (dist <= step) {
    u.x = tx;
    u.y = ty;
    return true;
  }
  // Follow the flow field so the anchor goes round buildings and through open gates.
  const rt = ctx.game.runtime;
  const field = flowToPoint(rt, tx, ty);
  const r = flowAt(rt.nav, field, u.x, u.y, rt.dir);
  let ux = dx / dist;
  let uy = dy / dist;
  if (r < UNREACHABLE && (rt.dir[0] !== 0 || rt.dir[1] !== 0) && dist > 2) {
    ux = rt.dir[0]!;
    uy = rt.dir[1]!;
  }
  u.x += ux * step;
  u.y += uy * step;
  u.heading = detAtan2(uy, ux);
  return false;
}

function planUnit(d: Draft<GameState>, u: Draft<UnitState>, ui: number, ctx: TickCtx): void {
  const type = unitTypes[u.type];
  const a = ctx.game.world.agents;
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
  if (!task) return;
  switch (task.type) {
    case 'appeal': {
      if (task.ticksLeft === 60) appeal(d, u, ctx);
      task.ticksLeft--;
      if (task.ticksLeft <= 0) u.task = null;
      return;
    }
    case 'negotiate':
      return negotiate(d, u, ctx);
    case 'water_cannon': {
      const [lx, ly] = firstAgentPosition(ctx, u);
      const dist = detHypot(task.area.x - lx, task.area.y - ly);
      if (dist > 40 && u.waypoints.length === 0) moveAnchorToward(ctx, u, task.area.x, task.area.y, speed);
      u.heading = detAtan2(task.area.y - ly, task.area.x - lx);
      if (u.water <= 0) {
        ctx.ev.push({ tick: ctx.tick, type: 'order_blocked', unitId: u.id, orderId: u.taskOrderId ?? '', reason: 'no_supplies' });
        u.task = null;
      }
      return;
    }
    case 'tear_gas': {
      if (detHypot(task.area.x - u.x, task.area.y - u.y) > 80) return void moveAnchorToward(ctx, u, task.area.x, task.area.y, speed);
      if (u.gas <= 0) {
        ctx.ev.push({ tick: ctx.tick, type: 'order_blocked', unitId: u.id, orderId: u.taskOrderId ?? '', reason: 'no_supplies' });
      } else {
        u.gas--;
        const id = d.nextId++;
        d.clouds.push({ id, x: task.area.x, y: task.area.y, r: task.area.r, density: 1, unitId: u.id, orderId: u.taskOrderId });
        ctx.ev.push({ tick: ctx.tick, type: 'gas_fired', unitId: u.id, orderId: u.taskOrderId, cloudId: id, x: task.area.x, y: task.area.y, r: task.area.r });
      }
      u.task = null;
      return;
    }
    case 'arrest': {
      const t = task.target;
      const gone = (a.flags[t]! & (Flag.arrested | OFF_FIELD)) !== 0;
      const start = type.vehicle ? u.first + 1 : u.first;
      const end = Math.min(u.first + u.count, start + SNATCH);
      for (let i = start; i < end; i++) a.link[i] = gone ? -1 : t;
      if (gone) u.task = null;
      return;
    }
    case 'evacuate':
      return assignPatients(u, ctx);
    case 'escort': {
      const party = d.protectedParties.find((p) => p.id === task.personId);
      if (!party) return void (u.task = null);
      const vx = a.x[party.first]!;
      const vy = a.y[party.first]!;
      u.x = vx;
      u.y = vy;
      u.formation = 'berlindung';
      if (task.to) {
        party.home = { x: task.to.x, y: task.to.y };
        if (detHypot(task.to.x - vx, task.to.y - vy) < 2) {
          ctx.ev.push({ tick: ctx.tick, type: 'escort_arrived', unitId: u.id, personId: party.id, orderId: u.taskOrderId });
          task.to = null;
        }
      }
      return;
    }
    case 'gate':
      return operateGate(u, ctx);
    case 'place_barrier':
      return placeBarrier(d, u, ctx);
    case 'handover': {
      if (u.waypoints.length > 0 || detHypot(task.x - u.x, task.y - u.y) >= 1.5) return;
      // In place: done once most members stand in the new line, or after the settle time if the
      // ground (a fence, the relieved line, the crowd) keeps some from their places.
      task.settled++;
      if (formedShare(ctx, u, 3) >= 0.6 || task.settled >= HANDOVER_SETTLE_TICKS) {
        ctx.ev.push({ tick: ctx.tick, type: 'handover_completed', unitId: u.id, relievedUnitId: task.relievedUnitId, kind: task.kind, orderId: u.taskOrderId });
        u.task = null;
        u.stance = 'hold';
      }
      return;
    }
  }
  void ui;
}

function groupCentre(ctx: TickCtx, g: GroupState): [number, number] {
  const a = ctx.game.world.agents;
  const k = g.korlap >= 0 ? g.korlap : g.first;
  return [a.x[k]!, a.y[k]!];
}

function appeal(d: Draft<GameState>, u: Draft<UnitState>, ctx: TickCtx): void {
  const ids: string[] = [];
  const counts: number[] = [];
  for (const g of d.groups) {
    // A reserve the scenario has not brought in yet is not there to hear it.
    if (isHeld(d, g.id)) continue;
    const [gx, gy] = groupCentre(ctx, g);
    if (detHypot(gx - u.x, gy - u.y) > 100) continue;
    g.appeals++;
    g.agitation = Math.max(-1, g.agitation - 0.05);
    ids.push(g.id);
    counts.push(g.appeals);
  }
  if (ids.length > 0) d.legitimacy = Math.min(1, d.legitimacy + 0.005);
  ctx.ev.push({ tick: ctx.tick, type: 'appeal_made', unitId: u.id, orderId: u.taskOrderId, groupIds: ids, appeals: counts });
}

function negotiate(d: Draft<GameState>, u: Draft<UnitState>, ctx: TickCtx): void {
  const task = u.task;
  if (task?.type !== 'negotiate') return;
  const g = d.groups.find((x) => x.id === task.groupId);
  if (!g || g.korlap < 0) {
    ctx.ev.push({ tick: ctx.tick, type: 'negotiation_failed', unitId: u.id, groupId: task.groupId, orderId: u.taskOrderId });
    u.task = null;
    return;
  }
  const a = ctx.game.world.agents;
  const kx = a.x[g.korlap]!;
  const ky = a.y[g.korlap]!;
  const dist = detHypot(kx - u.x, ky - u.y);
  if (dist > 4) {
    moveAnchorToward(ctx, u, kx, ky, unitTypes[u.type].speed);
    return;
  }
  if (!task.started) {
    task.started = true;
    ctx.ev.push({ tick: ctx.tick, type: 'negotiation_started', unitId: u.id, groupId: g.id, orderId: u.taskOrderId });
  }
  task.progress += 1 / 60;
  if (task.progress < 1) return;
  const chance = Math.min(0.9, Math.max(0.05, 0.2 + 0.6 * d.legitimacy - g.agitation));
  const ok = nextFloat(ctx.game.world.rng) < chance;
  if (ok) {
    g.agitation = Math.max(-1, g.agitation - 0.3);
    d.legitimacy = Math.min(1, d.legitimacy + 0.05);
  } else g.agitation = Math.min(1, g.agitation + 0.05);
  ctx.ev.push({ tick: ctx.tick, type: ok ? 'negotiation_succeeded' : 'negotiation_failed', unitId: u.id, groupId: g.id, orderId: u.taskOrderId });
  u.task = null;
}

function assignPatients(u: Draft<UnitState>, ctx: TickCtx): void {
  const task = u.task;
  if (task?.type !== 'evacuate') return;
  const a = ctx.game.world.agents;
  const n = ctx.game.world.header[0]!;
  const r2 = detSquare(task.area.r + 10);
  // Plain copies: every read of a draft's field goes through an immer proxy, and these loops are long.
  const first = u.first;
  const end = u.first + u.count;
  const areaX = task.area.x;
  const areaY = task.area.y;
  let busy = 0;
  for (let m = first; m < end; m++) {
    if (a.kind[m] === AgentKind.vehicle) continue;
    const p = a.link[m]!;
    if (p >= 0 && (a.flags[p]! & OFF_FIELD) === 0) { busy++; continue; }
    a.link[m] = -1;
    let best = -1;
    let bestD = r2;
    for (let i = 0; i < n; i++) {
      const f = a.flags[i]!;
      if ((f & (Flag.down | Flag.injured)) === 0 || (f & (OFF_FIELD | Flag.arrested)) !== 0) continue;
      const dx = a.x[i]! - areaX;
      const dy = a.y[i]! - areaY;
      // Triage: the incapacitated first; the walking injured count as if 20 m farther away.
      const dd = dx * dx + dy * dy + ((f & Flag.down) !== 0 ? 0 : WALKING_INJURED_PENALTY);
      if (dd >= bestD) continue;
      let claimed = false;
      for (let o = first; o < end; o++) if (a.link[o] === i) claimed = true;
      if (!claimed) { best = i; bestD = dd; }
    }
    if (best >= 0) { a.link[m] = best; busy++; }
  }
  if (busy === 0 && ctx.tick % 20 === 0) u.task = null;
}

function operateGate(u: Draft<UnitState>, ctx: TickCtx): void {
  const task = u.task;
  if (task?.type !== 'gate') return;
  const venue = ctx.game.venue;
  const oi = venue.openings.findIndex((o) => o.id === task.gateId);
  const o = venue.openings[oi]!;
  const s = ctx.game.world.segments;
  const a = ctx.game.world.agents;
  let near = false;
  for (let m = u.first; m < u.first + u.count && !near; m++) near = detHypot(a.x[m]! - o.cx, a.y[m]! - o.cy) < 4;
  if (!near) return;
  if (s.state[o.segment] === SegState.breached) return void (u.task = null);
  if (task.action === 'open') {
    s.state[o.segment] = SegState.open;
  } else {
    // A gate only shuts when nobody stands in it.
    const n = ctx.game.world.header[0]!;
    for (let i = 0; i < n; i++) {
      if ((a.flags[i]! & OFF_FIELD) !== 0) continue;
      if (distSqToSegment(a.x[i]!, a.y[i]!, s.ax[o.segment]!, s.ay[o.segment]!, s.bx[o.segment]!, s.by[o.segment]!) < 0.36) return;
    }
    s.state[o.segment] = SegState.closed;
  }
  ctx.ev.push({ tick: ctx.tick, type: task.action === 'open' ? 'gate_opened' : 'gate_closed', gateId: o.id, unitId: u.id, orderId: u.taskOrderId });
  u.task = null;
}

function placeBarrier(d: Draft<GameState>, u: Draft<UnitState>, ctx: TickCtx): void {
  const task = u.task;
  if (task?.type !== 'place_barrier') return;
  const w = ctx.game.world;
  const a = w.agents;
  const mx = (task.a.x + task.b.x) / 2;
  const my = (task.a.y + task.b.y) / 2;
  let near = false;
  for (let m = u.first; m < u.first + u.count && !near; m++) near = detHypot(a.x[m]! - mx, a.y[m]! - my) < 5;
  if (!near) return;
  const n = w.header[0]!;
  for (let i = 0; i < n; i++) {
    if ((a.flags[i]! & OFF_FIELD) !== 0) continue;
    if (distSqToSegment(a.x[i]!, a.y[i]!, task.a.x, task.a.y, task.b.x, task.b.y) < 0.36) return;
  }
  const k = w.header[1]!;
  if (k >= w.header[2]! || u.barriers <= 0) {
    ctx.ev.push({ tick: ctx.tick, type: 'order_blocked', unitId: u.id, orderId: u.taskOrderId ?? '', reason: 'no_supplies' });
    u.task = null;
    return;
  }
  const s = w.segments;
  s.ax[k] = task.a.x; s.ay[k] = task.a.y; s.bx[k] = task.b.x; s.by[k] = task.b.y;
  s.kind[k] = SegmentKind.barrier;
  s.state[k] = SegState.closed;
  s.breachable[k] = 1;
  s.strength[k] = 150;
  s.maxStrength[k] = 150;
  s.opening[k] = -1;
  w.header[1] = k + 1;
  u.barriers--;
  ctx.ev.push({ tick: ctx.tick, type: 'barrier_placed', unitId: u.id, orderId: u.taskOrderId, segment: k, x: mx, y: my });
  u.task = null;
  void d;
}

function planGroup(d: Draft<GameState>, g: Draft<GroupState>, gi: number, ctx: TickCtx): void {
  const a = ctx.game.world.agents;
  if (g.korlap >= 0 && (a.flags[g.korlap]! & (Flag.arrested | OFF_FIELD | Flag.down)) !== 0) g.korlap = -1;
  const task = g.task;
  // Plain copies: every read of a draft's field goes through an immer proxy, and these loops are long.
  const first = g.first;
  const end = g.first + g.count;
  switch (task.type) {
    case 'orasi': {
      let speaking = 0;
      for (let i = first; i < end; i++) if (a.role[i] === Role.orator && (a.flags[i]! & (Flag.arrested | OFF_FIELD | Flag.down)) === 0) speaking++;
      g.agitation = Math.min(1, g.agitation + 0.0006 * Math.min(speaking, 3));
      return;
    }
    case 'burn_tyres': {
      if (task.lit) return;
      const atX = task.at.x;
      const atY = task.at.y;
      for (let i = first; i < end; i++) {
        if ((a.flags[i]! & Flag.active) === 0 || detHypot(a.x[i]! - atX, a.y[i]! - atY) > 3) continue;
        const id = d.nextId++;
        d.fires.push({ id, x: task.at.x, y: task.at.y, ticksLeft: 1200, groupId: g.id, orderId: g.orderId });
        d.stats.fires++;
        ctx.ev.push({ tick: ctx.tick, type: 'fire_started', fireId: id, groupId: g.id, orderId: g.orderId, x: task.at.x, y: task.at.y });
        task.lit = true;
        return;
      }
      return;
    }
    case 'delegation': {
      if (g.korlap < 0) return void (g.task = { type: 'idle' });
      if (detHypot(a.x[g.korlap]! - task.to.x, a.y[g.korlap]! - task.to.y) < 3) {
        ctx.ev.push({ tick: ctx.tick, type: 'delegation_arrived', groupId: g.id, orderId: g.orderId, x: task.to.x, y: task.to.y });
        d.legitimacy = Math.min(1, d.legitimacy + 0.01);
        g.agitation = Math.max(-1, g.agitation - 0.05);
        for (let i = first; i < end; i++) a.flags[i] = a.flags[i]! & ~Flag.delegate;
        g.task = { type: 'idle' };
      }
      return;
    }
    default:
      void gi;
  }
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
