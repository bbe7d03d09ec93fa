import { unitTypes } from '../forces';
import { AgentKind, DensityBand, Flag, OFF_FIELD, Role } from '../model';
import type { GameState, UnitState } from '../state';
import { formationOffset } from '../formation';
import { coarseAt, flowToPoint, flowToZones, type Runtime } from '../runtime';
import { steerTo, steerField } from './steer';
import { lineClear } from '../../venue/index';
import type { TickCtx } from './context';
import { detCos, detSin } from '../../math/deterministic';

/**
 * Desired velocities: officers keep their formation slot (or run to an arrest target or a patient
 * along the navigation grid, through open or breached gates and doors),
 * protesters follow their group's task according to whether they are active, protected people stay
 * home, follow an escort's destination or their captor, and a freed hostage is led out to the police. Writes vx, vy and the tentative position.
 */

/** Protester movement modes derived from the group task. */
const OFF = OFF_FIELD, DOWN = Flag.down, ACTIVE = Flag.active, ARRESTED = Flag.arrested, SITTING = Flag.sitting, HOSTAGE = Flag.hostage, DELEGATE = Flag.delegate;
const OFFICER = AgentKind.officer, VEHICLE = AgentKind.vehicle, PROTESTER = AgentKind.protester, BYSTANDER = Role.bystander;
/**
 * Density (persons/m²) at which even a pressing protester no longer pushes forward: people press into a
 * crowd only while there is room (the walking speed falls from full at 2/m² to nothing here), so a push
 * packs the front into the dangerous band but not past it; only outside forces (a police push, a water
 * jet, a wall) pack it further.
 */
export const PRESS_JAM = 6;
const FREE = DensityBand.restricted, CONTACT = DensityBand.contact;
/**
 * Metres to which a moving target of an arrest team or a medic is rounded for its flow field: the
 * chasers walk round walls and through open or breached gates and doors, and a target walking about
 * costs a new field only when it crosses into another block of this size.
 */
export const CHASE_BLOCK = 2;
const M_STAY = 0, M_ALL = 1, M_PRESS = 2, M_THROW = 3, M_BURN = 4, M_DELEG = 5, M_EXIT = 6;

interface GroupPlan {
  mode: Int8Array;
  tx: Float64Array;
  ty: Float64Array;
  arrive: Float64Array;
  field: (Float32Array | null)[];
}

function groupPlans(s: GameState, rt: Runtime, ctx: TickCtx): GroupPlan {
  const G = s.groups.length;
  const p: GroupPlan = { mode: new Int8Array(G), tx: new Float64Array(G), ty: new Float64Array(G), arrive: new Float64Array(G), field: new Array<Float32Array | null>(G).fill(null) };
  const a = ctx.game.world.agents;
  s.groups.forEach((g, gi) => {
    const t = g.task;
    const set = (mode: number, x: number, y: number, arrive: number): void => {
      p.mode[gi] = mode;
      p.tx[gi] = x;
      p.ty[gi] = y;
      p.arrive[gi] = arrive;
      p.field[gi] = flowToPoint(rt, x, y);
    };
    switch (t.type) {
      case 'march': case 'retreat': return set(M_ALL, t.to.x, t.to.y, 0.6 * Math.sqrt(g.count));
      case 'push_line': return set(M_PRESS, t.toward.x, t.toward.y, 0);
      case 'breach': return set(M_PRESS, t.x, t.y, 0);
      case 'throw': return set(M_THROW, t.at.x, t.at.y, 18);
      case 'burn_tyres': return set(M_BURN, t.at.x, t.at.y, 1.5);
      case 'delegation': return set(M_DELEG, t.to.x, t.to.y, 1.5);
      case 'enter_building': {
        const b = ctx.game.venue.file.buildings.find((x) => x.id === t.buildingId)!;
        const room = b.rooms.find((r) => r.kind === 'pleno_hall') ?? b.rooms[0];
        const poly = room ? room.polygon : b.footprint;
        let cx = 0, cy = 0;
        for (const q of poly) { cx += q[0]; cy += q[1]; }
        return set(M_PRESS, cx / poly.length, cy / poly.length, 0);
      }
      case 'take_hostage': {
        const party = s.protectedParties.find((x) => x.id === t.personId)!;
        return set(M_PRESS, a.x[party.first]!, a.y[party.first]!, 0);
      }
      case 'disperse': {
        p.mode[gi] = M_EXIT;
        p.field[gi] = flowToZones(rt, 'exits', ctx.game.venue.file.crowdArrival.map((z) => z.polygon));
        return;
      }
      default: p.mode[gi] = M_STAY;
    }
  });
  return p;
}

/** Computes every agent's desired velocity and moves it tentatively (collisions come next). */
export function steerAgents(ctx: TickCtx): void {
  const { game, dt } = ctx;
  const s = game.state;
  const w = game.world;
  const a = w.agents;
  const rt = game.runtime;
  const nav = rt.nav;
  const n = w.header[0]!;
  const out = rt.dir;
  const off = new Float32Array(2);
  const gp = groupPlans(s, rt, ctx);
  const U = s.units.length;
  const uc = new Float64Array(U);
  const us = new Float64Array(U);
  const uField: (Float32Array | null | undefined)[] = new Array(U).fill(undefined);
  // Looked up once per unit, not once per officer.
  const uType = s.units.map((u) => unitTypes[u.type]);
  for (let u = 0; u < U; u++) {
    uc[u] = detCos(s.units[u]!.heading);
    us[u] = detSin(s.units[u]!.heading);
  }
  // One field per chased person (arrest target, patient) per tick, shared by everyone chasing them.
  const chase = new Map<number, Float32Array>();
  const chaseField = (t: number): Float32Array => {
    let f = chase.get(t);
    if (!f) {
      f = flowToPoint(rt, (Math.floor(a.x[t]! / CHASE_BLOCK) + 0.5) * CHASE_BLOCK, (Math.floor(a.y[t]! / CHASE_BLOCK) + 0.5) * CHASE_BLOCK);
      chase.set(t, f);
    }
    return f;
  };
  const holding = flowToZones(rt, 'holding', [game.venue.file.policeStaging[0]!.polygon]);
  const unitField = (u: UnitState, ui: number): Float32Array | null => {
    let f = uField[ui];
    if (f === undefined) {
      const wp = u.waypoints[u.waypoints.length - 1];
      f = u.stance === 'push' || u.task?.type === 'escort' ? null : wp ? flowToPoint(rt, wp.x, wp.y) : flowToPoint(rt, u.x, u.y);
      uField[ui] = f;
    }
    return f;
  };
  for (let i = 0; i < n; i++) {
    const f = a.flags[i]!;
    if ((f & OFF) !== 0) continue;
    const x = a.x[i]!;
    const y = a.y[i]!;
    rt.px[i] = x;
    rt.py[i] = y;
    out[0] = 0;
    out[1] = 0;
    let mass = 1;
    const kind = a.kind[i]!;
    if ((f & DOWN) !== 0) {
      mass = 4;
    } else if (kind === OFFICER || kind === VEHICLE) {
      const ui = a.team[i]!;
      const u = s.units[ui]!;
      const type = uType[ui]!;
      mass = u.stance === 'ready' ? type.mass : type.mass * 1.6;
      const target = a.link[i]!;
      if (target >= 0 && (a.flags[target]! & OFF_FIELD) === 0) {
        // Straight at them when nothing stands between, else along the grid (a flow field per chased person).
        const tx = a.x[target]!;
        const ty = a.y[target]!;
        steerTo(nav, lineClear(nav, x, y, tx, ty) ? null : chaseField(target), x, y, tx, ty, type.speed * 1.4, 0.3, out);
      } else {
        let sx: number;
        let sy: number;
        if (u.rope && kind === OFFICER) {
          const k = u.count > 1 ? a.slot[i]! / (u.count - 1) : 0.5;
          sx = u.rope.a.x + (u.rope.b.x - u.rope.a.x) * k;
          sy = u.rope.a.y + (u.rope.b.y - u.rope.a.y) * k;
        } else {
          formationOffset(u.formation, a.slot[i]!, u.count, type.vehicle, off);
          sx = u.x + off[0]! * uc[ui]! - off[1]! * us[ui]!;
          sy = u.y + off[0]! * us[ui]! + off[1]! * uc[ui]!;
        }
        const far = (sx - x) * (sx - x) + (sy - y) * (sy - y) > 25;
        steerTo(nav, far ? unitField(u, ui) : null, x, y, sx, sy, type.speed * (far ? 1 : 1.3), 0.05, out);
      }
    } else if (kind === PROTESTER) {
      if ((f & ARRESTED) !== 0) steerField(nav, holding, x, y, 1.2, out);
      else if ((f & SITTING) === 0) mass = steerProtester(ctx, gp, i, f, x, y, out);
      else mass = 3;
    } else {
      steerProtected(ctx, i, f, x, y, out);
    }
    rt.mass[i] = mass;
    // Smooth a little so bodies do not jitter, then add the external impulse (water jet, gas).
    let vx = 0.6 * out[0]! + 0.4 * a.vx[i]! + a.ix[i]!;
    let vy = 0.6 * out[1]! + 0.4 * a.vy[i]! + a.iy[i]!;
    a.ix[i] = 0;
    a.iy[i] = 0;
    const sp = vx * vx + vy * vy;
    const max = 1.8 / dt;
    if (sp > max * max) {
      const k = max / Math.sqrt(sp);
      vx *= k;
      vy *= k;
    }
    a.vx[i] = vx;
    a.vy[i] = vy;
    a.x[i] = x + vx * dt;
    a.y[i] = y + vy * dt;
    a.exposure[i] = a.exposure[i]! * 0.97;
    a.pressure[i] = a.pressure[i]! * 0.5;
  }
}

function steerProtester(ctx: TickCtx, gp: GroupPlan, i: number, f: number, x: number, y: number, out: Float32Array): number {
  const a = ctx.game.world.agents;
  const rt = ctx.game.runtime;
  const g = a.team[i]!;
  const mode = gp.mode[g]!;
  const active = (f & ACTIVE) !== 0;
  const speed = active ? 1.6 : 1.2;
  const field = gp.field[g]!;
  const tx = gp.tx[g]!;
  const ty = gp.ty[g]!;
  const bystander = a.role[i] === BYSTANDER;
  // Soaked or gassed people do not come back into the jet or the cloud until it wears off.
  if (a.exposure[i]! > 0.3 && mode !== M_EXIT) return 1;
  switch (mode) {
    case M_ALL:
      // Nobody shoves into a packed crowd just to get closer: stop once the press is felt.
      if (a.pressure[i]! > 1.5 || a.density[i]! > CONTACT) return 1;
      steerTo(rt.nav, field, x, y, tx, ty, speed, gp.arrive[g]!, out);
      return 1;
    case M_EXIT: {
      steerField(rt.nav, field!, x, y, 1.5, out);
      return 1;
    }
    case M_PRESS:
    case M_THROW:
    case M_BURN: {
      if (active && !bystander) {
        const rho = a.density[i]!;
        if (rho >= PRESS_JAM) return mode === M_PRESS ? 1.3 : 1;
        const room = rho <= FREE ? 1 : (PRESS_JAM - rho) / (PRESS_JAM - FREE);
        steerTo(rt.nav, field, x, y, tx, ty, speed * room, gp.arrive[g]!, out);
        return mode === M_PRESS ? 1.3 : 1;
      }
      // The passive part of the crowd follows at a distance and stops where the police are or the crowd is packed.
      const cc = coarseAt(rt, x, y);
      if (rt.coarsePolice[cc]! > 0 || a.pressure[i]! > 1.5 || a.density[i]! > CONTACT) return 1;
      steerTo(rt.nav, field, x, y, tx, ty, 1.0, mode === M_THROW ? 30 : 12, out);
      return 1;
    }
    case M_DELEG:
      if ((f & DELEGATE) !== 0) steerTo(rt.nav, field, x, y, tx, ty, 1.2, 1.5, out);
      return 1;
    default:
      return 1;
  }
}

function steerProtected(ctx: TickCtx, i: number, f: number, x: number, y: number, out: Float32Array): void {
  const a = ctx.game.world.agents;
  const rt = ctx.game.runtime;
  if ((f & HOSTAGE) !== 0) {
    const c = a.link[i]!;
    if (c >= 0) steerTo(rt.nav, null, x, y, a.x[c]!, a.y[c]!, 1.5, 0.7, out);
    return;
  }
  if (a.cooldown[i]! > 0) {
    // A freed hostage is led out to the police staging area while the guard lasts (effects.ts HOSTAGE_GUARD_SECONDS).
    steerField(rt.nav, flowToZones(rt, 'holding', [ctx.game.venue.file.policeStaging[0]!.polygon]), x, y, 1.3, out);
    return;
  }
  const party = ctx.game.state.protectedParties[a.team[i]!]!;
  steerTo(rt.nav, flowToPoint(rt, party.home.x, party.home.y), x, y, party.home.x, party.home.y, 1.2, 1 + 0.4 * Math.sqrt(party.count), out);
}
