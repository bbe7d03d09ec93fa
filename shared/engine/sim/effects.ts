import { distSqToSegment, cellIndex, flowAt } from '../../venue/index';
import { unitTypes } from '../forces';
import { AgentKind, DensityBand, Flag, OFF_FIELD, Role, SegState } from '../model';
import { nextFloat, nextRange, nextInt } from '../rng';
import { GRID, flowToZones, type Runtime } from '../runtime';
import { hurt, type TickCtx } from './context';
import { detHypot, detSquare } from '../../math/deterministic';
import { damageStateOf, propertyValue, segmentPropertyId, segmentPropertyKind } from '../damage';

/**
 * Outcomes with causes: water cannon and gas act on areas, fires burn, stones fly, arrests, hostage
 * taking and evacuation happen on contact, pressure wears gates and fences down to a breach, crowds
 * disperse through the exits, crushes injure. Each outcome is an event citing the order behind it.
 */

/** Calls fn for every colliding agent whose cell lies within R (+ one cell of slack) of (x, y). */
export function forEachNear(rt: Runtime, x: number, y: number, R: number, fn: (j: number) => void): void {
  const b = rt.venue.file.bounds;
  const x0 = Math.max(0, Math.floor((x - R - b.minX) / GRID) - 1);
  const x1 = Math.min(rt.gridCols - 1, Math.floor((x + R - b.minX) / GRID) + 1);
  const y0 = Math.max(0, Math.floor((y - R - b.minY) / GRID) - 1);
  const y1 = Math.min(rt.gridRows - 1, Math.floor((y + R - b.minY) / GRID) + 1);
  if (x0 > x1 || y0 > y1) return;
  for (let cy = y0; cy <= y1; cy++) {
    for (let q = rt.cellStart[cy * rt.gridCols + x0]!, e = rt.cellStart[cy * rt.gridCols + x1 + 1]!; q < e; q++) fn(rt.cellItems[q]!);
  }
}

/** Runs every effect of the tick. */
export function runEffects(ctx: TickCtx, contacts: Int32Array, displaced: Float32Array): void {
  waterCannon(ctx);
  gas(ctx);
  fires(ctx);
  throwing(ctx);
  contactsOnArrival(ctx);
  hostages(ctx);
  gatePressure(ctx);
  crowdFlow(ctx);
  crush(ctx, contacts);
  pressureReports(ctx, contacts, displaced);
}

function waterCannon(ctx: TickCtx): void {
  const { game } = ctx;
  const a = game.world.agents;
  const rt = game.runtime;
  game.state.units.forEach((u, ui) => {
    const t = u.task;
    if (t?.type !== 'water_cannon' || u.water <= 0) return;
    const vx = a.x[u.first]!;
    const vy = a.y[u.first]!;
    if (detHypot(t.area.x - vx, t.area.y - vy) > 45) return;
    const used = Math.min(u.water - (ctx.out.waterUsed.get(ui) ?? 0), 1000 / 60 * ctx.dt);
    ctx.out.waterUsed.set(ui, (ctx.out.waterUsed.get(ui) ?? 0) + used);
    let hits = 0;
    const r2 = t.area.r * t.area.r;
    forEachNear(rt, t.area.x, t.area.y, t.area.r, (j) => {
      const k = a.kind[j]!;
      if (k === AgentKind.officer || k === AgentKind.vehicle) return;
      const dx = a.x[j]! - t.area.x;
      const dy = a.y[j]! - t.area.y;
      if (dx * dx + dy * dy > r2) return;
      hits++;
      // The jet drives people away from the nozzle.
      const ex = a.x[j]! - vx;
      const ey = a.y[j]! - vy;
      const d = Math.sqrt(ex * ex + ey * ey) || 1;
      a.ix[j] = a.ix[j]! + (ex / d) * 3.2;
      a.iy[j] = a.iy[j]! + (ey / d) * 3.2;
      a.flags[j] = a.flags[j]! | Flag.wet;
      // Soaked people stop advancing for a while (exposure decays ~3 % a tick).
      a.exposure[j] = Math.min(2, a.exposure[j]! + 0.25);
      if (d < 12 && nextFloat(game.world.rng) < 0.003) hurt(ctx, j, 0.35, 'water', u.taskOrderId);
    });
    for (const f of game.state.fires) if (detHypot(f.x - t.area.x, f.y - t.area.y) < t.area.r && !ctx.out.firesOut.includes(f.id)) {
      ctx.out.firesOut.push(f.id);
      ctx.ev.push({ tick: ctx.tick, type: 'fire_out', fireId: f.id, by: 'water' });
    }
    const left = u.water - (ctx.out.waterUsed.get(ui) ?? 0);
    ctx.ev.push({ tick: ctx.tick, type: 'water_cannon_fired', unitId: u.id, orderId: u.taskOrderId, hits, x: t.area.x, y: t.area.y, r: t.area.r, waterLeft: Math.round(left) });
    if (hits > 0) ctx.out.hadHits.push(ui);
    else if (t.hadHits) {
      ctx.ev.push({ tick: ctx.tick, type: 'area_cleared', unitId: u.id, orderId: u.taskOrderId, x: t.area.x, y: t.area.y, r: t.area.r });
      ctx.out.cleared.push(ui);
    }
  });
}

function gas(ctx: TickCtx): void {
  const { game } = ctx;
  const a = game.world.agents;
  const rt = game.runtime;
  const units = game.state.units;
  for (const c of game.state.clouds) {
    let count = 0;
    const r2 = c.r * c.r;
    forEachNear(rt, c.x, c.y, c.r, (j) => {
      const k = a.kind[j]!;
      if (k === AgentKind.vehicle) return;
      if (k === AgentKind.officer && unitTypes[units[a.team[j]!]!.type].equipment.includes('gas_mask')) return;
      const dx = a.x[j]! - c.x;
      const dy = a.y[j]! - c.y;
      const d2 = dx * dx + dy * dy;
      if (d2 > r2) return;
      count++;
      a.exposure[j] = a.exposure[j]! + 0.15 * c.density;
      if (a.exposure[j]! > 0.3) a.flags[j] = a.flags[j]! | Flag.gassed;
      const d = Math.sqrt(d2) || 1;
      a.ix[j] = a.ix[j]! + (dx / d) * 2.2 * c.density;
      a.iy[j] = a.iy[j]! + (dy / d) * 2.2 * c.density;
      if (nextFloat(game.world.rng) < 0.001 * c.density) hurt(ctx, j, 0.35, 'gas', c.orderId);
    });
    if (count > 0 && ctx.tick % 4 === 0) ctx.ev.push({ tick: ctx.tick, type: 'gassed', cloudId: c.id, count });
  }
}

function fires(ctx: TickCtx): void {
  const { game } = ctx;
  const a = game.world.agents;
  const rt = game.runtime;
  for (const f of game.state.fires) {
    if (ctx.out.firesOut.includes(f.id)) continue;
    let apar = false;
    forEachNear(rt, f.x, f.y, 4, (j) => {
      const dx = a.x[j]! - f.x;
      const dy = a.y[j]! - f.y;
      const d2 = dx * dx + dy * dy;
      if (a.kind[j] === AgentKind.officer && d2 < 16 && unitTypes[game.state.units[a.team[j]!]!.type].equipment.includes('apar')) apar = true;
      if (d2 < 9 && d2 > 1e-6) {
        // People keep clear of the flames.
        const d = Math.sqrt(d2);
        a.ix[j] = a.ix[j]! + (dx / d) * 1.5;
        a.iy[j] = a.iy[j]! + (dy / d) * 1.5;
      }
      if (d2 < 1 && nextFloat(game.world.rng) < 0.002) hurt(ctx, j, 0.3, 'fire', f.orderId);
    });
    if (apar) {
      ctx.out.firesOut.push(f.id);
      ctx.ev.push({ tick: ctx.tick, type: 'fire_out', fireId: f.id, by: 'apar' });
      continue;
    }
    // A fire next to a building damages it.
    const bc = rt.buildingCell;
    const nav = rt.nav;
    let near = -1;
    for (let dy = -6; dy <= 6 && near < 0; dy += 2) for (let dx = -6; dx <= 6; dx += 2) {
      const k = bc[cellIndex(nav, f.x + dx, f.y + dy)]!;
      if (k > 0) { near = k - 1; break; }
    }
    if (near >= 0) {
      const added = damageProperty(ctx, 'building', near, 0.2, 'fire', f.groupId, f.orderId);
      if (added > 0 && ctx.tick % 20 === 0) ctx.ev.push({ tick: ctx.tick, type: 'property_damaged', target: game.venue.file.buildings[near]!.id, amount: 4, cause: 'fire', orderId: f.orderId });
    }
    // A parked car next to the flames catches fire and burns out (CAR_BURN points a tick).
    game.venue.file.cars.forEach((c, k) => {
      if (detSquare(c.x - f.x) + detSquare(c.y - f.y) > CAR_FIRE_REACH * CAR_FIRE_REACH) return;
      const added = damageProperty(ctx, 'car', k, CAR_BURN, 'fire', f.groupId, f.orderId);
      if (added > 0 && ctx.tick % 20 === 0) ctx.ev.push({ tick: ctx.tick, type: 'property_damaged', target: `car-${k}`, amount: CAR_BURN * 20, cause: 'fire', orderId: f.orderId });
    });
  }
}

/** Metres from a fire within which a parked car catches fire, and the damage points a burning car loses a tick (a car is worth propertyValue.car). */
export const CAR_FIRE_REACH = 4;
export const CAR_BURN = 0.1;

/** Centre of a building's footprint. */
function buildingCentre(ctx: TickCtx, k: number): [number, number] {
  const fp = ctx.game.venue.file.buildings[k]!.footprint;
  let x = 0;
  let y = 0;
  for (const p of fp) { x += p[0]; y += p[1]; }
  return [x / fp.length, y / fp.length];
}

/**
 * Adds damage points to a building or a parked car, capped at what it is worth (damage.ts
 * propertyValue), to this tick's outcome and the property damage figure; reports a change of its
 * damage state. Returns the points actually added (0 once it is destroyed).
 */
function damageProperty(ctx: TickCtx, kind: 'building' | 'car', k: number, amount: number, cause: 'projectile' | 'fire' | 'intrusion', groupId: string | null, orderId: string | null): number {
  const p = ctx.game.state.property;
  const delta = kind === 'building' ? ctx.out.buildingDamage : ctx.out.carDamage;
  const value = propertyValue[kind];
  const before = ((kind === 'building' ? p?.buildings[k] : p?.cars[k]) ?? 0) + delta[k]!;
  const add = Math.min(amount, value - before);
  if (add <= 0) return 0;
  delta[k] = delta[k]! + add;
  ctx.out.stats.propertyDamage += add;
  const to = damageStateOf((before + add) / value);
  if (to !== damageStateOf(before / value)) {
    const car = ctx.game.venue.file.cars[k];
    const [x, y] = kind === 'building' ? buildingCentre(ctx, k) : [car!.x, car!.y];
    const target = kind === 'building' ? ctx.game.venue.file.buildings[k]!.id : `car-${k}`;
    ctx.ev.push({ tick: ctx.tick, type: 'damage_state_changed', target, kind, state: to, cause, groupId, orderId, x, y });
  }
  return add;
}

/** The parked car whose body covers (x, y), or -1. */
function carAt(ctx: TickCtx, x: number, y: number): number {
  const cars = ctx.game.venue.file.cars;
  for (let k = 0; k < cars.length; k++) {
    const c = cars[k]!;
    const r = Math.max(c.length, c.width) / 2;
    if (detSquare(c.x - x) + detSquare(c.y - y) <= r * r) return k;
  }
  return -1;
}

/**
 * Metres a stone or a bottle carries: a protester throws only at a target this close, so a crowd on the
 * street reaches a building front near it (the KPU office stands 33 m behind the kerb) but not beyond.
 */
export const THROW_RANGE = 35;

/** Stones and bottles: officers hit by chance (shields and the berlindung formation protect), a building where they land is damaged. */
function throwing(ctx: TickCtx): void {
  const { game } = ctx;
  const a = game.world.agents;
  const rt = game.runtime;
  const rng = game.world.rng;
  game.state.groups.forEach((g) => {
    const t = g.task;
    if (t.type !== 'throw') return;
    let count = 0;
    let hits = 0;
    let damage = 0;
    let building = -1;
    let carHits = 0;
    for (let i = g.first; i < g.first + g.count; i++) {
      const f = a.flags[i]!;
      if ((f & Flag.active) === 0 || (f & (OFF_FIELD | Flag.arrested | Flag.down)) !== 0) continue;
      if (a.cooldown[i]! > 0) { a.cooldown[i] = a.cooldown[i]! - 1; continue; }
      if (detHypot(a.x[i]! - t.at.x, a.y[i]! - t.at.y) > THROW_RANGE) continue;
      count++;
      a.cooldown[i] = 8 + nextInt(rng, 12);
      const lx = t.at.x + nextRange(rng, -3, 3);
      const ly = t.at.y + nextRange(rng, -3, 3);
      let victim = -1;
      forEachNear(rt, lx, ly, 1, (j) => {
        if (victim < 0 && a.kind[j] === AgentKind.officer && detSquare(a.x[j]! - lx) + detSquare(a.y[j]! - ly) < 1) victim = j;
      });
      if (victim >= 0) {
        const u = game.state.units[a.team[victim]!]!;
        const eq = unitTypes[u.type].equipment;
        const shielded = eq.includes('shield') || eq.includes('tameng_sekat') || eq.includes('tameng_desak');
        const p = u.formation === 'berlindung' && shielded ? 0.05 : shielded ? 0.25 : 0.6;
        if (nextFloat(rng) < p) {
          hits++;
          hurt(ctx, victim, nextRange(rng, 0.2, 0.45), 'projectile', g.orderId);
        }
      } else if (rt.buildingCell[cellIndex(rt.nav, lx, ly)]! > 0) {
        building = rt.buildingCell[cellIndex(rt.nav, lx, ly)]! - 1;
        damage += damageProperty(ctx, 'building', building, 0.5, 'projectile', g.id, g.orderId);
      } else {
        const car = carAt(ctx, lx, ly);
        if (car >= 0 && damageProperty(ctx, 'car', car, 0.5, 'projectile', g.id, g.orderId) > 0) carHits++;
      }
    }
    if (count > 0) ctx.ev.push({ tick: ctx.tick, type: 'projectiles_thrown', groupId: g.id, orderId: g.orderId, count, hits, x: t.at.x, y: t.at.y });
    if (carHits > 0) ctx.ev.push({ tick: ctx.tick, type: 'property_damaged', target: 'car', amount: carHits * 0.5, cause: 'projectile', orderId: g.orderId });
    if (damage > 0) {
      ctx.ev.push({ tick: ctx.tick, type: 'property_damaged', target: game.venue.file.buildings[building]!.id, amount: damage, cause: 'projectile', orderId: g.orderId });
    }
  });
}

const roleName = (r: number): 'korlap' | 'orator' | 'provocateur' | 'protester' | 'bystander' =>
  r === Role.korlap ? 'korlap' : r === Role.orator ? 'orator' : r === Role.provocateur ? 'provocateur' : r === Role.bystander ? 'bystander' : 'protester';

/** Health a walking injured person is back to after first aid (injured below 0.7, context.ts hurt). */
export const FIRST_AID_HEALTH = 0.75;

/** Arrest teams seize their target; medics give first aid to the walking injured and carry off the down, once they reach them. */
function contactsOnArrival(ctx: TickCtx): void {
  const { game } = ctx;
  const a = game.world.agents;
  game.state.units.forEach((u, ui) => {
    const t = u.task;
    if (t?.type !== 'arrest' && t?.type !== 'evacuate') return;
    for (let m = u.first; m < u.first + u.count; m++) {
      const target = a.link[m]!;
      if (target < 0) continue;
      const tf = a.flags[target]!;
      if ((tf & (OFF_FIELD | Flag.arrested)) !== 0) { a.link[m] = -1; continue; }
      if (detSquare(a.x[m]! - a.x[target]!) + detSquare(a.y[m]! - a.y[target]!) > 1) continue;
      if (t.type === 'arrest') {
        a.flags[target] = (tf | Flag.arrested) & ~(Flag.active | Flag.sitting | Flag.delegate);
        ctx.out.stats.arrests++;
        ctx.ev.push({ tick: ctx.tick, type: 'arrest_made', agent: target, unitId: u.id, orderId: u.taskOrderId, role: roleName(a.role[target]!), sajam: (tf & Flag.sajam) !== 0, x: a.x[target]!, y: a.y[target]! });
        if ((tf & Flag.active) !== 0 && nextFloat(game.world.rng) < 0.05) hurt(ctx, m, 0.3, 'assault', null);
        for (let o = u.first; o < u.first + u.count; o++) a.link[o] = -1;
        ctx.out.taskDone.push(ui);
        return;
      }
      a.link[m] = -1;
      if ((tf & Flag.down) === 0) {
        // First aid on the spot for the walking injured: patched up, they stay where they are.
        a.health[target] = Math.max(a.health[target]!, FIRST_AID_HEALTH);
        a.flags[target] = tf & ~Flag.injured;
        ctx.ev.push({ tick: ctx.tick, type: 'first_aid_given', agent: target, unitId: u.id, orderId: u.taskOrderId, x: a.x[target]!, y: a.y[target]! });
        continue;
      }
      a.flags[target] = tf | Flag.evacuated;
      ctx.out.stats.evacuated++;
      ctx.ev.push({ tick: ctx.tick, type: 'casualty_evacuated', agent: target, unitId: u.id, orderId: u.taskOrderId });
      a.x[target] = a.x[u.first]!;
      a.y[target] = a.y[u.first]!;
    }
  });
}

/**
 * Seconds a freed hostage stays under police guard: led out to the police staging area and not
 * taken again meanwhile (a rescue is not undone by the next protester who walks up).
 */
export const HOSTAGE_GUARD_SECONDS = 300;

/** Hostage-taking on contact (unless three officers stand guard) and freeing once the captor is arrested, down or gone. */
function hostages(ctx: TickCtx): void {
  const { game } = ctx;
  const a = game.world.agents;
  const rt = game.runtime;
  const s = game.state;
  for (const p of s.protectedParties) {
    for (let v = p.first; v < p.first + p.count; v++) {
      const f = a.flags[v]!;
      if ((f & Flag.hostage) !== 0) {
        const c = a.link[v]!;
        if (c < 0 || (a.flags[c]! & (Flag.arrested | Flag.down | OFF_FIELD)) !== 0) {
          a.flags[v] = f & ~Flag.hostage;
          a.link[v] = -1;
          a.cooldown[v] = Math.min(65535, Math.round(HOSTAGE_GUARD_SECONDS / ctx.dt));
          ctx.ev.push({ tick: ctx.tick, type: 'hostage_freed', agent: v, x: a.x[v]!, y: a.y[v]! });
        }
        continue;
      }
      if ((f & OFF_FIELD) !== 0) continue;
      // Freed a moment ago: under police guard on the way out, nobody takes them again.
      if (a.cooldown[v]! > 0) { a.cooldown[v] = a.cooldown[v]! - 1; continue; }
      let captor = -1;
      let guards = 0;
      const vx = a.x[v]!;
      const vy = a.y[v]!;
      forEachNear(rt, vx, vy, 3, (j) => {
        const d2 = detSquare(a.x[j]! - vx) + detSquare(a.y[j]! - vy);
        if (a.kind[j] === AgentKind.officer && d2 < 9 && (a.flags[j]! & Flag.down) === 0) guards++;
        if (captor < 0 && d2 < 1.2 && a.kind[j] === AgentKind.protester && (a.flags[j]! & Flag.active) !== 0) {
          const g = s.groups[a.team[j]!]!;
          if (g.task.type === 'take_hostage' && g.task.personId === p.id) captor = j;
        }
      });
      if (captor < 0 || guards >= 3) continue;
      const g = s.groups[a.team[captor]!]!;
      a.flags[v] = f | Flag.hostage;
      a.link[v] = captor;
      ctx.out.stats.hostages++;
      ctx.ev.push({ tick: ctx.tick, type: 'hostage_taken', agent: v, captor, groupId: g.id, orderId: g.orderId, x: vx, y: vy });
    }
  }
}

function gatePressure(ctx: TickCtx): void {
  const { game } = ctx;
  const w = game.world;
  const sg = w.segments;
  const rt = game.runtime;
  const n = w.header[1]!;
  for (let k = 0; k < n; k++) {
    const push = rt.segPush[k]!;
    if (push <= 0) continue;
    rt.segPush[k] = 0;
    if (sg.state[k] !== SegState.closed || sg.breachable[k] !== 1) continue;
    const g = game.state.groups[rt.segGroup[k]!];
    const groupId = g ? g.id : null;
    const orderId = g ? g.orderId : null;
    const before = sg.strength[k]! / sg.maxStrength[k]!;
    sg.strength[k] = Math.max(0, sg.strength[k]! - push);
    const after = sg.strength[k]! / sg.maxStrength[k]!;
    const o = sg.opening[k]!;
    const opening = o >= 0 ? game.venue.openings[o]! : null;
    const x = (sg.ax[k]! + sg.bx[k]!) / 2;
    const y = (sg.ay[k]! + sg.by[k]!) / 2;
    // The damage figure grows by the share of the panel, gate or door lost, times what it is worth.
    const kind = segmentPropertyKind(w, k);
    const lost = Math.min(1, 1 - Math.max(0, after)) - Math.min(1, 1 - before);
    if (kind) {
      ctx.out.stats.propertyDamage += lost * propertyValue[kind];
      const to = damageStateOf(after <= 0 ? 1 : 1 - after);
      if (to !== damageStateOf(1 - before)) ctx.ev.push({ tick: ctx.tick, type: 'damage_state_changed', target: segmentPropertyId(game.venue, w, k), kind, state: to, cause: 'breach', groupId, orderId, x, y });
    }
    if (after <= 0) {
      sg.state[k] = SegState.breached;
      ctx.out.stats.breaches++;
      if (opening) ctx.ev.push({ tick: ctx.tick, type: 'gate_breached', gateId: opening.id, groupId, orderId, x, y });
      else ctx.ev.push({ tick: ctx.tick, type: 'fence_breached', wallId: k < game.venue.segments.length ? game.venue.segments[k]!.sourceId : `barrier-${k}`, segment: k, groupId, orderId, x, y });
      ctx.ev.push({ tick: ctx.tick, type: 'property_damaged', target: segmentPropertyId(game.venue, w, k), amount: Math.round(lost * propertyValue[kind ?? 'fence'] * 100) / 100, cause: 'breach', orderId });
    } else if (opening && Math.floor(before * 4) !== Math.floor(after * 4)) {
      ctx.ev.push({ tick: ctx.tick, type: 'gate_damaged', gateId: opening.id, remaining: Math.round(after * 100) / 100, groupId, orderId });
    }
  }
}

/** Dispersal through the exits, building intrusion. */
function crowdFlow(ctx: TickCtx): void {
  const { game } = ctx;
  const a = game.world.agents;
  const rt = game.runtime;
  const buildings = game.venue.file.buildings;
  game.state.groups.forEach((g, gi) => {
    let gone = 0;
    const t = g.task;
    const exits = t.type === 'disperse' ? flowToZones(rt, 'exits', game.venue.file.crowdArrival.map((z) => z.polygon)) : null;
    let inside = 0;
    let where = -1;
    for (let i = g.first; i < g.first + g.count; i++) {
      const f = a.flags[i]!;
      if ((f & (OFF_FIELD | Flag.arrested)) !== 0) continue;
      if (exits && flowAt(rt.nav, exits, a.x[i]!, a.y[i]!, rt.dir) < 0.75) {
        a.flags[i] = (f | Flag.gone) & ~Flag.active;
        gone++;
        continue;
      }
      if ((f & Flag.inBuilding) !== 0 && (f & Flag.active) !== 0) {
        inside++;
        if (where < 0) where = rt.buildingCell[cellIndex(rt.nav, a.x[i]!, a.y[i]!)]! - 1;
      }
    }
    if (gone > 0) {
      ctx.out.stats.dispersed += gone;
      ctx.ev.push({ tick: ctx.tick, type: 'dispersed', groupId: g.id, count: gone });
    }
    if (inside > 0) {
      // Vandalism by the active people inside the building they are in (the one the order names, else where they stand).
      const named = t.type === 'enter_building' ? buildings.findIndex((x) => x.id === t.buildingId) : -1;
      const bi = named >= 0 ? named : where;
      if (bi >= 0) damageProperty(ctx, 'building', bi, inside * 0.01, 'intrusion', g.id, g.orderId);
      if (t.type === 'enter_building' && !g.entered.includes(t.buildingId)) {
        const b = buildings.find((x) => x.id === t.buildingId);
        if (b) {
          ctx.out.entered.push([gi, b.id]);
          ctx.ev.push({ tick: ctx.tick, type: 'building_entered', groupId: g.id, buildingId: b.id, orderId: g.orderId });
        }
      }
      if (bi >= 0 && ctx.tick % 20 === 0) ctx.ev.push({ tick: ctx.tick, type: 'property_damaged', target: buildings[bi]!.id, amount: inside * 0.2, cause: 'intrusion', orderId: g.orderId });
    }
  });
}

/**
 * Crush hazard per second at a sustained density (persons/m²): none below the dangerous band, rare
 * within it (crowd forces build up), and rising steeply past the critical density of a standing crowd.
 */
export function crushHazard(rho: number): number {
  if (rho <= DensityBand.dangerous) return 0;
  if (rho <= DensityBand.critical) return CRUSH_DANGEROUS * (rho - DensityBand.dangerous) / (DensityBand.critical - DensityBand.dangerous);
  return CRUSH_DANGEROUS + CRUSH_CRITICAL * (rho - DensityBand.critical);
}
/** Hazard (1/s) at the top of the dangerous band, and its rise per person/m² past the critical density. */
const CRUSH_DANGEROUS = 0.0001, CRUSH_CRITICAL = 0.004;
/** Ticks between two crush-risk reports of one group. */
export const CRUSH_REPORT_TICKS = 10;

/**
 * Crush: whoever has stood in a crowd packed past the dangerous band for a sustained time (the
 * `crowding` average) may be injured, at {@link crushHazard}; nobody is crushed merely by pushing.
 * Every CRUSH_REPORT_TICKS each crowd group with members past the band reports `crowd_crush_risk`
 * (how many, how many past the critical density, the densest spot) and the police unit acting there:
 * one pushing into the crowd or a water cannon or gas cloud aimed within 15 m of that spot.
 */
function crush(ctx: TickCtx, contacts: Int32Array): void {
  const { game } = ctx;
  const a = game.world.agents;
  const rng = game.world.rng;
  const n = game.world.header[0]!;
  const dt = ctx.dt;
  const groups = game.state.groups;
  const report = ctx.tick % CRUSH_REPORT_TICKS === 0;
  const danger = DensityBand.dangerous;
  let people: Int32Array | null = null;
  let critical: Int32Array | null = null;
  let peakAt: Int32Array | null = null;
  for (let i = 0; i < n; i++) {
    const rho = a.crowding[i]!;
    if (rho <= danger) continue;
    const f = a.flags[i]!;
    const kind = a.kind[i]!;
    if ((f & (OFF_FIELD | Flag.arrested)) !== 0 || kind === AgentKind.vehicle) continue;
    if (nextFloat(rng) < crushHazard(rho) * dt) {
      const g = kind === AgentKind.protester ? groups[a.team[i]!] : undefined;
      hurt(ctx, i, 0.3, 'crush', g ? g.orderId : null);
    }
    if (!report || kind !== AgentKind.protester) continue;
    if (!people) {
      people = new Int32Array(groups.length);
      critical = new Int32Array(groups.length);
      peakAt = new Int32Array(groups.length).fill(-1);
    }
    const gi = a.team[i]!;
    people[gi]!++;
    if (rho > DensityBand.critical) critical![gi]!++;
    if (peakAt![gi]! < 0 || rho > a.crowding[peakAt![gi]!]!) peakAt![gi] = i;
  }
  if (!people) return;
  groups.forEach((g, gi) => {
    const p = peakAt![gi]!;
    if (p < 0) return;
    const x = a.x[p]!;
    const y = a.y[p]!;
    ctx.ev.push({
      tick: ctx.tick, type: 'crowd_crush_risk', groupId: g.id, people: people![gi]!, critical: critical![gi]!,
      peak: Math.round(a.crowding[p]! * 100) / 100, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, unitId: policeAt(ctx, contacts, x, y),
    });
  });
}

/** The police unit driving people toward (x, y): pushing in contact, or water or gas aimed within 15 m; else null. */
function policeAt(ctx: TickCtx, contacts: Int32Array, x: number, y: number): string | null {
  const s = ctx.game.state;
  const near = (px: number, py: number, r: number): boolean => detSquare(px - x) + detSquare(py - y) <= detSquare(r + 15);
  for (let ui = 0; ui < s.units.length; ui++) {
    const u = s.units[ui]!;
    if (u.stance === 'push' && contacts[ui]! > 0 && near(u.x, u.y, 0)) return u.id;
    const t = u.task;
    if (t?.type === 'water_cannon' && u.water > 0 && near(t.area.x, t.area.y, t.area.r)) return u.id;
  }
  for (const c of s.clouds) if (near(c.x, c.y, c.r)) return c.unitId;
  return null;
}

function pressureReports(ctx: TickCtx, contacts: Int32Array, displaced: Float32Array): void {
  const { game } = ctx;
  const a = game.world.agents;
  game.state.units.forEach((u, ui) => {
    if (u.stance === 'push' && contacts[ui]! > 0) {
      ctx.ev.push({ tick: ctx.tick, type: 'push_contact', unitId: u.id, orderId: u.moveOrderId, contacts: contacts[ui]!, displaced: Math.round(displaced[ui]! * 100) / 100, x: u.x, y: u.y });
    }
    if (u.stance === 'hold' && ctx.tick % 10 === 0 && u.count > 0) {
      let p = 0;
      for (let m = u.first; m < u.first + u.count; m++) p += a.pressure[m]!;
      p /= u.count;
      if (p > 1) ctx.ev.push({ tick: ctx.tick, type: 'line_pressure', unitId: u.id, pressure: Math.round(p * 100) / 100, x: u.x, y: u.y });
    }
  });
  void distSqToSegment;
}
