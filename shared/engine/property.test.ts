import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  createGame, applyCommand, hashGame, snapshotGame, restoreGame, beginTurnResolution, stepTick, isHeld, formations, crowdOrderTypes, ordersOfUnitType,
  AgentKind, SegState, OFF_FIELD, Flag, situationLevels, type Game, type SetupInput, type CommandResult,
} from './index';
import { doctrineSetup } from './doctrine/fixtures';
import { segmentsIntersect } from '../venue/index';

/**
 * Properties that reach the code. Orders are built one at a time from the current state (real unit
 * and group ids, points inside the venue, targets within each order's reach) out of random choices,
 * so most are accepted and the turns really run police and crowd work; a few wild ones keep the
 * refusals in the mix. The invariants are checked after every tick, gate and fence changes
 * included. Every command type's refusal must leave the game exactly as it was.
 */

/** doctrineSetup plus a Brimob reserve that a manual script event brings in, and two more manual events. */
function propertySetup(crowd = 40, turns = 3): SetupInput {
  const base = doctrineSetup(crowd, turns);
  const label = (id: string, en: string): { id: string; en: string } => ({ id, en });
  return {
    ...base,
    players: base.players.map((p) => (p.id === 'polisi' ? { ...p, controls: [...p.controls, 'sekat-1'] } : p)),
    police: [...(base.police ?? []), { id: 'sekat-1', type: 'brimob_sekat', staging: 'yard-west' }],
    script: {
      events: [
        { id: 'isu', label: label('Isu kecurangan', 'Fraud rumour'), when: [{ type: 'manual' }], effects: [{ type: 'agitate', amount: 0.2 }] },
        { id: 'bala', label: label('Bala bantuan', 'Reinforcements'), when: [{ type: 'manual' }], effects: [{ type: 'arrive', unitIds: ['sekat-1'] }] },
        { id: 'seruan', label: label('Seruan', 'Call'), when: [{ type: 'manual' }], effects: [{ type: 'legitimacy', delta: -0.02 }], repeatable: true },
      ],
      reserves: ['sekat-1'],
    },
  };
}

function fresh(seed: number, crowd = 40, turns = 3): Game {
  const r = createGame(propertySetup(crowd, turns), seed);
  if (!r.ok) throw new Error(r.message);
  return r.game;
}

/** One random choice an order is built from: which kind, which unit or target, and three fractions. */
interface Pick { k: number; u: number; a: number; b: number; c: number; wild: number }
// Unbiased: fast-check favours small integers by default, which would skew the kinds and the wild share.
const frac = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((x) => x / 1e6);
const pickArb: fc.Arbitrary<Pick> = fc.record({ k: fc.noBias(fc.nat({ max: 1e6 })), u: fc.noBias(fc.nat({ max: 1e6 })), a: frac, b: frac, c: frac, wild: fc.noBias(fc.nat({ max: 99 })) });

/** Share of wild (probably invalid) orders, in percent. */
const WILD_PERCENT = 5;

type Pt = { x: number; y: number };

function clampPt(g: Game, x: number, y: number): Pt {
  const b = g.venue.file.bounds;
  const r = (v: number): number => Math.round(v * 100) / 100;
  return { x: r(Math.min(b.maxX - 0.5, Math.max(b.minX + 0.5, x))), y: r(Math.min(b.maxY - 0.5, Math.max(b.minY + 0.5, y))) };
}

/** A point inside the venue at most `reach` metres from (x, y). */
function around(g: Game, x: number, y: number, reach: number, a: number, b: number): Pt {
  const d = a * reach * 0.95;
  return clampPt(g, x + d * Math.cos(b * 2 * Math.PI), y + d * Math.sin(b * 2 * Math.PI));
}

const dist = (ax: number, ay: number, bx: number, by: number): number => Math.hypot(ax - bx, ay - by);

/** A wild order: any type, any unit or group id (some unknown), points well outside the venue too. */
function wildOrder(p: Pick): Record<string, unknown> {
  const ids = ['awal-1', 'lanjut-1', 'awc-1', 'tindak-1', 'nego-1', 'dokkes-1', 'desak-1', 'sekat-1', 'massa-1', 'nobody'];
  const pt = (): Pt => ({ x: Math.round(p.a * 300 - 70), y: Math.round(p.b * 260 - 60) });
  const all = ['move', 'push', 'tear_gas', 'water_cannon', 'arrest', 'gate', 'place_barrier', 'lintas_ganti', 'march', 'breach', 'throw', 'enter_building', 'take_hostage'];
  const type = all[p.k % all.length]!;
  const id = ids[p.u % ids.length]!;
  const area = { ...pt(), r: 1 + Math.round(p.c * 11) };
  switch (type) {
    case 'move': return { type, unitId: id, waypoints: [pt()] };
    case 'push': return { type, unitId: id, toward: pt() };
    case 'tear_gas': case 'water_cannon': return { type, unitId: id, area };
    case 'arrest': return { type, unitId: id, target: Math.round(p.c * 400) };
    case 'gate': return { type, unitId: id, gateId: ['main-gate', 'side-gate', 'main-door', 'nope'][p.k % 4], action: 'open' };
    case 'place_barrier': return { type, unitId: id, a: pt(), b: { x: 0, y: 0 } };
    case 'lintas_ganti': return { type, unitId: id, relieveUnitId: ids[(p.u + 1) % ids.length] };
    case 'march': return { type, groupId: id, to: pt() };
    case 'breach': return { type, groupId: id, gateId: ['main-gate', 'side-gate', 'main-door', 'rear-door'][p.k % 4] };
    case 'throw': return { type, groupId: id, at: pt() };
    case 'enter_building': return { type, groupId: id, buildingId: p.c < 0.5 ? 'kantor-kpu' : 'x' };
    default: return { type, groupId: id, personId: p.c < 0.5 ? 'ketua-kpu' : 'nobody' };
  }
}

/** A police order for one of the player's units, built from the current state to be valid. */
function policeOrder(g: Game, controls: readonly string[], p: Pick): Record<string, unknown> {
  if (p.wild < WILD_PERCENT) return wildOrder(p);
  const s = g.state;
  const mine = s.units.filter((u) => controls.includes(u.id) && !isHeld(s, u.id));
  const u = mine[p.u % mine.length]!;
  const kinds = ordersOfUnitType(u.type);
  // Gates are operated more often than a uniform pick would, so that gate changes happen in most runs.
  const type = p.k % 5 === 0 && kinds.includes('gate') ? 'gate' : kinds[p.k % kinds.length]!;
  const a = g.world.agents;
  const near = (reach: number): Pt => around(g, u.x, u.y, reach, p.a, p.b);
  const hold = { type: 'hold', unitId: u.id };
  switch (type) {
    case 'move': return { type, unitId: u.id, waypoints: Array.from({ length: 1 + (p.k >> 5) % 3 }, (_, i) => around(g, u.x, u.y, 60, (p.a + i * 0.37) % 1, (p.b + i * 0.21) % 1)) };
    case 'face': case 'push': return { type, unitId: u.id, toward: near(40) };
    case 'formation': return { type, unitId: u.id, formation: formations[(p.k >> 5) % formations.length] };
    case 'hold': case 'appeal': return { type, unitId: u.id };
    case 'stop': return { type, unitId: u.id, what: (['all', 'task', 'movement'] as const)[(p.k >> 5) % 3] };
    case 'negotiate': {
      const groups = s.groups.filter((grp) => grp.korlap >= 0 && !isHeld(s, grp.id) && dist(a.x[grp.korlap]!, a.y[grp.korlap]!, u.x, u.y) < 149);
      return groups.length > 0 ? { type, unitId: u.id, groupId: groups[p.u % groups.length]!.id } : hold;
    }
    case 'rope_line': {
      const len = 2.5 + p.c * (Math.min(u.count * 1.5, 40) - 3);
      const from = near(30);
      const dx = Math.cos(p.c * 2 * Math.PI) * len;
      const dy = Math.sin(p.c * 2 * Math.PI) * len;
      for (const sign of [1, -1]) {
        const to = clampPt(g, from.x + sign * dx, from.y + sign * dy);
        const l = dist(from.x, from.y, to.x, to.y);
        if (l >= 2 && l <= u.count * 1.5) return { type, unitId: u.id, a: from, b: to };
      }
      return hold;
    }
    case 'lapis_ganti': case 'lintas_ganti': {
      const want = type === 'lapis_ganti' ? 'dalmas_awal' : 'dalmas_lanjut';
      const relieved = s.units.filter((r) => r.type === want && dist(r.x, r.y, u.x, u.y) < 199);
      return relieved.length > 0 ? { type, unitId: u.id, relieveUnitId: relieved[p.u % relieved.length]!.id } : hold;
    }
    case 'water_cannon':
      return u.water > 0 ? { type, unitId: u.id, area: { ...near(44), r: 2 + Math.round(p.c * 10) } } : hold;
    case 'tear_gas':
      return u.gas > 0 ? { type, unitId: u.id, area: { ...near(79), r: 3 + Math.round(p.c * 7) } } : hold;
    case 'arrest': {
      const targets: number[] = [];
      for (let i = 0; i < g.world.header[0]!; i++) {
        if (a.kind[i] !== AgentKind.protester || (a.flags[i]! & (OFF_FIELD | Flag.arrested)) !== 0) continue;
        if (dist(a.x[i]!, a.y[i]!, u.x, u.y) < 59) targets.push(i);
      }
      return targets.length > 0 ? { type, unitId: u.id, target: targets[Math.floor(p.c * targets.length)] } : hold;
    }
    case 'evacuate': return { type, unitId: u.id, area: { ...near(150), r: 3 + Math.round(p.c * 9) } };
    case 'escort': {
      const party = s.protectedParties[p.u % s.protectedParties.length]!;
      return p.c < 0.5 ? { type, unitId: u.id, personId: party.id } : { type, unitId: u.id, personId: party.id, to: near(40) };
    }
    case 'gate': {
      const sg = g.world.segments;
      const gates = g.venue.openings.filter((o) => sg.state[o.segment] !== SegState.breached && dist(o.cx, o.cy, u.x, u.y) < 149);
      if (gates.length === 0) return hold;
      const gate = gates[p.u % gates.length]!;
      // Mostly the action that changes the gate; sometimes the one that does not.
      const change = sg.state[gate.segment] === SegState.closed ? 'open' : 'close';
      return { type, unitId: u.id, gateId: gate.id, action: p.c < 0.8 ? change : change === 'open' ? 'close' : 'open' };
    }
    case 'place_barrier': {
      if (u.barriers <= 0 || g.world.header[1]! >= g.world.header[2]!) return hold;
      const mid = near(55);
      const half = (1.2 + p.c * 4.6) / 2;
      const from = clampPt(g, mid.x - half, mid.y);
      const to = clampPt(g, mid.x + half, mid.y);
      const l = dist(from.x, from.y, to.x, to.y);
      return l >= 1 && l <= 6 ? { type, unitId: u.id, a: from, b: to } : hold;
    }
  }
}

/**
 * A gate order that changes a gate: a unit able to operate gates opens the nearest closed gate (or
 * closes the nearest open one) within reach. Each run starts with one, so that every run has gate
 * changes to check, whatever else the random orders do.
 */
function gateChange(g: Game, controls: readonly string[], p: Pick): Record<string, unknown> | null {
  const s = g.state;
  const sg = g.world.segments;
  const able = s.units.filter((u) => controls.includes(u.id) && !isHeld(s, u.id) && ordersOfUnitType(u.type).includes('gate'));
  if (able.length === 0) return null;
  const u = able[p.u % able.length]!;
  const gates = g.venue.openings.filter((o) => sg.state[o.segment] !== SegState.breached && dist(o.cx, o.cy, u.x, u.y) < 149)
    .sort((x, y) => dist(x.cx, x.cy, u.x, u.y) - dist(y.cx, y.cy, u.x, u.y));
  const gate = gates[0];
  if (!gate) return null;
  return { type: 'gate', unitId: u.id, gateId: gate.id, action: sg.state[gate.segment] === SegState.closed ? 'open' : 'close' };
}

/** Centre of a group's members on the field (its Korlap's place when it has one). */
function groupCentre(g: Game, gi: number): Pt {
  const grp = g.state.groups[gi]!;
  const a = g.world.agents;
  if (grp.korlap >= 0) return { x: a.x[grp.korlap]!, y: a.y[grp.korlap]! };
  let x = 0, y = 0, n = 0;
  for (let i = grp.first; i < grp.first + grp.count; i++) if ((a.flags[i]! & OFF_FIELD) === 0) { x += a.x[i]!; y += a.y[i]!; n++; }
  return n > 0 ? { x: x / n, y: y / n } : { x: 80, y: 12 };
}

/** A crowd order for one of the player's groups, built from the current state to be valid. */
function crowdOrder(g: Game, controls: readonly string[], p: Pick): Record<string, unknown> {
  if (p.wild < WILD_PERCENT) return wildOrder(p);
  const s = g.state;
  const mine = s.groups.map((grp, gi) => [grp, gi] as const).filter(([grp]) => controls.includes(grp.id) && !isHeld(s, grp.id));
  const [grp, gi] = mine[p.u % mine.length]!;
  // Breaches are tried more often than a uniform pick would, so that fences and gates give way in some runs.
  const type = p.k % 4 === 0 ? 'breach' : crowdOrderTypes[p.k % crowdOrderTypes.length]!;
  const c = groupCentre(g, gi);
  const near = (reach: number): Pt => around(g, c.x, c.y, reach, p.a, p.b);
  const orasi = { type: 'orasi', groupId: grp.id };
  switch (type) {
    case 'march': case 'retreat': return { type, groupId: grp.id, to: near(60) };
    case 'delegation': return grp.korlap >= 0 ? { type, groupId: grp.id, to: near(40) } : orasi;
    case 'orasi': case 'sit_in': case 'disperse': return { type, groupId: grp.id };
    case 'push_line': return { type, groupId: grp.id, toward: near(40) };
    case 'throw': case 'burn_tyres': return { type, groupId: grp.id, at: near(30) };
    case 'breach': {
      const sg = g.world.segments;
      const gates = g.venue.openings.filter((o) => sg.breachable[o.segment] === 1 && sg.state[o.segment] === SegState.closed);
      if (p.c < 0.5 && gates.length > 0) return { type, groupId: grp.id, gateId: gates[p.u % gates.length]!.id };
      const panels: number[] = [];
      for (let k = 0; k < g.world.header[1]!; k++) if (sg.breachable[k] === 1 && sg.state[k] === SegState.closed) panels.push(k);
      if (panels.length === 0) return orasi;
      const k = panels[p.u % panels.length]!;
      return { type, groupId: grp.id, at: { x: (sg.ax[k]! + sg.bx[k]!) / 2, y: (sg.ay[k]! + sg.by[k]!) / 2 } };
    }
    case 'enter_building': return { type, groupId: grp.id, buildingId: g.venue.file.buildings[p.u % g.venue.file.buildings.length]!.id };
    case 'take_hostage': return { type, groupId: grp.id, personId: s.protectedParties[p.u % s.protectedParties.length]!.id };
  }
}

/**
 * Queue timing drawn from the pick: most orders keep the default (a unit's first order starts at
 * once, later ones after the previous); some wait for the previous explicitly, start at a second of
 * the turn (or of a later one), or, when standing, run for a set number of seconds.
 */
function withTiming(o: Record<string, unknown>, p: Pick): Record<string, unknown> {
  const roll = (p.k >> 9) % 10;
  const timed = roll === 0 ? { ...o, start: 'after_previous' } : roll === 1 ? { ...o, start: { atSecond: (p.u >> 4) % 90 } } : o;
  const standing = o.type === 'water_cannon' || o.type === 'push' || o.type === 'rope_line';
  return standing && roll >= 8 ? { ...timed, seconds: 1 + ((p.u >> 7) % 40) } : timed;
}

/** Acceptance counts across a property run. */
interface Tally { built: number; accepted: number; wild: number; wildAccepted: number; refusals: Map<string, number> }
const newTally = (): Tally => ({ built: 0, accepted: 0, wild: 0, wildAccepted: 0, refusals: new Map() });

/**
 * Plans a player's turn one order at a time: each new order is built from the current state and
 * submitted with the ones accepted so far; a refused order is dropped (the game is untouched then).
 * `last`, when given, is tried after the picks.
 */
function plan(g: Game, playerId: string, picks: readonly Pick[], build: typeof policeOrder, t: Tally, last: Record<string, unknown> | null = null): number {
  const player = g.state.players.find((x) => x.id === playerId)!;
  const accepted: Record<string, unknown>[] = [];
  const orders = picks.map((p) => (): [Record<string, unknown>, boolean] => [withTiming(build(g, player.controls, p), p), p.wild < WILD_PERCENT]);
  if (last) orders.push(() => [last, false]);
  for (const next of orders) {
    const [o, wild] = next();
    const r = applyCommand(g, { type: 'submitOrders', playerId, orders: [...accepted, o] });
    t.built++;
    if (wild) t.wild++;
    if (r.ok) {
      accepted.push(o);
      t.accepted++;
      if (wild) t.wildAccepted++;
    } else {
      const key = `${wild ? 'wild' : 'built'} ${o.type as string}: ${r.reason}`;
      t.refusals.set(key, (t.refusals.get(key) ?? 0) + 1);
    }
  }
  return accepted.length;
}

/** The world before a tick, for the per-tick invariants. */
interface Before { x: Float32Array; y: Float32Array; flags: Uint16Array; seg: Uint8Array; segCount: number; tick: number }
const before = (g: Game): Before => ({
  x: g.world.agents.x.slice(), y: g.world.agents.y.slice(), flags: g.world.agents.flags.slice(), seg: g.world.segments.state.slice(), segCount: g.world.header[1]!, tick: g.state.tick,
});

/**
 * Invariants after every tick. Walls: a move must not cross a segment that was closed while bodies
 * moved: one closed at the end of the tick (gates close and barriers appear before the move, and only
 * when nobody stands in them), or one closed before the tick and breached by it (breaches happen
 * after the move). A gate opened this tick was open while bodies moved. Returns whether a segment
 * changed state or a barrier appeared this tick.
 */
function checkTick(g: Game, b: Before, total: number, protesters: number): boolean {
  const a = g.world.agents;
  const s = g.world.segments;
  const bounds = g.venue.file.bounds;
  const n = g.world.header[0]!;
  const m = g.world.header[1]!;
  const fail = (why: string): never => expect.fail(`tick ${b.tick}: ${why}`);
  if (n !== total) fail(`${n} agents, not ${total}`);
  if (g.state.tick !== b.tick + 1) fail(`the tick became ${g.state.tick}`);
  if (m < b.segCount) fail('a segment disappeared');
  let changed = m !== b.segCount;
  const closedDuringMove: number[] = [];
  for (let k = 0; k < m; k++) {
    if (k < b.segCount && s.state[k] !== b.seg[k]) changed = true;
    if (k < b.segCount && b.seg[k] === SegState.breached && s.state[k] !== SegState.breached) fail(`segment ${k} came back from a breach`);
    if (!(s.strength[k]! >= 0 && s.strength[k]! <= s.maxStrength[k]!)) fail(`segment ${k} strength ${s.strength[k]}`);
    if (s.state[k] === SegState.closed || (k < b.segCount && b.seg[k] === SegState.closed && s.state[k] === SegState.breached)) closedDuringMove.push(k);
  }
  let p = 0;
  for (let i = 0; i < n; i++) {
    if (a.kind[i] === AgentKind.protester) p++;
    if ((a.flags[i]! & OFF_FIELD) !== 0) continue;
    const x = a.x[i]!;
    const y = a.y[i]!;
    if (!(x >= bounds.minX && x <= bounds.maxX && y >= bounds.minY && y <= bounds.maxY)) fail(`agent ${i} at ${x},${y} is off the venue`);
    if (!(a.health[i]! >= 0 && a.health[i]! <= 1)) fail(`agent ${i} health ${a.health[i]}`);
    if ((b.flags[i]! & OFF_FIELD) !== 0) continue;
    const px = b.x[i]!;
    const py = b.y[i]!;
    const loX = Math.min(px, x), hiX = Math.max(px, x), loY = Math.min(py, y), hiY = Math.max(py, y);
    for (const k of closedDuringMove) {
      const ax = s.ax[k]!, ay = s.ay[k]!, bx = s.bx[k]!, by = s.by[k]!;
      if (hiX < Math.min(ax, bx) || loX > Math.max(ax, bx) || hiY < Math.min(ay, by) || loY > Math.max(ay, by)) continue;
      if (segmentsIntersect(px, py, x, y, ax, ay, bx, by)) fail(`agent ${i} crossed segment ${k} (state ${b.seg[k]} -> ${s.state[k]})`);
    }
  }
  if (p !== protesters) fail(`${p} protesters, not ${protesters}`);
  const st = g.state;
  if (!(st.legitimacy >= 0 && st.legitimacy <= 1)) fail(`legitimacy ${st.legitimacy}`);
  for (const u of st.units) if (!(u.water >= 0 && u.gas >= 0 && u.barriers >= 0)) fail(`${u.id} supplies below zero`);
  if (!situationLevels.includes(st.doctrine.level)) fail(`level ${st.doctrine.level}`);
  return changed;
}

/** Whether a turn is being resolved (a function, so TypeScript does not narrow the phase across stepTick calls). */
const resolving = (g: Game): boolean => g.state.phase === 'resolving';

const picksArb = (max: number): fc.Arbitrary<Pick[]> => fc.array(pickArb, { minLength: 1, maxLength: max });

describe('properties', () => {
  it('orders built from the state are mostly accepted; invariants hold on every tick, gate and fence changes included; a restore mid-turn continues identically', () => {
    const t = newTally();
    let ticks = 0;
    let changedTicks = 0;
    let policeTurns = 0;
    let crowdTurns = 0;
    let turns = 0;
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.array(fc.record({ police: picksArb(5), crowd: picksArb(2), instructor: fc.nat({ max: 9 }), restoreAt: fc.integer({ min: 0, max: 119 }) }), { minLength: 2, maxLength: 2 }),
        (seed, plan2) => {
          const g = fresh(seed);
          const total = g.world.header[0]!;
          const protesters = g.state.groups.reduce((n, grp) => n + grp.count, 0);
          for (const turn of plan2) {
            if (g.state.phase !== 'planning') break;
            // The first turn's plan ends with a gate change (last, so no later order of the same unit redirects it).
            const gateOrder = turn === plan2[0] ? gateChange(g, g.state.players.find((x) => x.id === 'polisi')!.controls, turn.police[0]!) : null;
            if (plan(g, 'polisi', turn.police, policeOrder, t, gateOrder) > 0) policeTurns++;
            if (plan(g, 'massa', turn.crowd, crowdOrder, t) > 0) crowdTurns++;
            // The director sometimes overrides the level or brings in the reserve.
            if (turn.instructor === 0) applyCommand(g, { type: 'setSituationLevel', playerId: 'dirlat', level: 'kuning' });
            if (turn.instructor === 1) applyCommand(g, { type: 'injectEvent', playerId: 'dirlat', eventId: 'bala' });
            for (const e of beginTurnResolution(g)) seen.add(e.type);
            turns++;
            let restored: Game | null = null;
            while (resolving(g)) {
              if (g.state.tick % 120 === turn.restoreAt) {
                const r = restoreGame(snapshotGame(g));
                if (!r.ok) throw new Error(r.message);
                restored = r.game;
              }
              const b = before(g);
              for (const e of stepTick(g)) seen.add(e.type);
              if (checkTick(g, b, total, protesters)) changedTicks++;
              ticks++;
            }
            if (restored) {
              while (restored.state.phase === 'resolving') stepTick(restored);
              expect(hashGame(restored), 'a game restored mid-turn (fresh runtime) ended the turn differently').toBe(hashGame(g));
            }
          }
        },
      ),
      { numRuns: 10 },
    );
    const share = t.accepted / t.built;
    const builtShare = (t.accepted - t.wildAccepted) / (t.built - t.wild);
    const top = [...t.refusals].sort((x, y) => y[1] - x[1]).slice(0, 6).map(([k, v]) => `${k} x${v}`).join('; ');
    console.info(
      `[property] orders accepted ${t.accepted}/${t.built} = ${(share * 100).toFixed(1)} % (built from state ${(builtShare * 100).toFixed(1)} %, wild ${t.wildAccepted}/${t.wild}); ` +
      `turns ${turns}, with police orders ${policeTurns}, with crowd orders ${crowdTurns}; ticks checked ${ticks}, with a gate, fence or barrier change ${changedTicks}; refusals: ${top}`,
    );
    expect(share).toBeGreaterThan(0.8);
    expect(builtShare).toBeGreaterThan(0.95);
    // Loose bounds (a wild-only plan leaves a turn without orders now and then), so the test does not flake.
    expect(policeTurns).toBeGreaterThan(turns * 0.6);
    expect(crowdTurns).toBeGreaterThan(turns * 0.6);
    expect(ticks).toBe(turns * 120);
    expect(changedTicks).toBeGreaterThanOrEqual(6);
    for (const e of ['measure_judged', 'crowd_action', 'gate_opened']) expect(seen, e).toContain(e);
  });

  it('invariants hold on the very ticks a gate opens, closes, is breached and a barrier is placed', () => {
    const g = fresh(5, 60, 7);
    const total = g.world.header[0]!;
    const protesters = g.state.groups.reduce((n, grp) => n + grp.count, 0);
    const gate = g.venue.openings.find((o) => o.id === 'main-gate')!;
    const turns: [unknown[], unknown[]][] = [
      [[{ type: 'gate', unitId: 'awal-1', gateId: 'main-gate', action: 'open' }, { type: 'place_barrier', unitId: 'lanjut-1', a: { x: 60, y: 30 }, b: { x: 64, y: 30 } }], [{ type: 'orasi', groupId: 'massa-1' }]],
      [[{ type: 'gate', unitId: 'awal-1', gateId: 'main-gate', action: 'close' }], [{ type: 'orasi', groupId: 'massa-1' }]],
      [[{ type: 'move', unitId: 'awal-1', waypoints: [{ x: 60, y: 55 }] }, { type: 'move', unitId: 'desak-1', waypoints: [{ x: 120, y: 60 }] }], [{ type: 'breach', groupId: 'massa-1', gateId: 'main-gate' }]],
      [[], []],
      [[], []],
      [[], [{ type: 'enter_building', groupId: 'massa-1', buildingId: 'kantor-kpu' }]],
    ];
    const changes: string[] = [];
    for (const [police, crowd] of turns) {
      if (g.state.phase !== 'planning') break;
      for (const [playerId, orders] of [['polisi', police], ['massa', crowd]] as const) {
        const r = applyCommand(g, { type: 'submitOrders', playerId, orders });
        if (!r.ok) throw new Error(`${playerId}: ${r.reason} ${r.message}`);
      }
      beginTurnResolution(g);
      while (resolving(g)) {
        const b = before(g);
        const events = stepTick(g);
        const changed = checkTick(g, b, total, protesters);
        for (const e of events) if (e.type === 'gate_opened' || e.type === 'gate_closed' || e.type === 'gate_breached' || e.type === 'barrier_placed') {
          expect(changed).toBe(true);
          changes.push(e.type);
        }
      }
    }
    expect(changes).toEqual(expect.arrayContaining(['gate_opened', 'gate_closed', 'barrier_placed', 'gate_breached']));
    expect(g.world.segments.state[gate.segment]).toBe(SegState.breached);
  });
});

/** Every byte of a snapshot (setup, seed, state and every world array). */
const sameBytes = (x: Uint8Array, y: Uint8Array): boolean => x.length === y.length && x.every((v, i) => v === y[i]);

/** Applies a command; when it is refused, asserts that nothing changed (state object, hash, snapshot bytes). */
function attempt(g: Game, command: unknown, refusals: Map<string, number>): CommandResult {
  const state = g.state;
  const hash = hashGame(g);
  const snap = snapshotGame(g);
  const r = applyCommand(g, command);
  if (!r.ok) {
    expect(g.state, `${JSON.stringify(command)} refused (${r.reason}) but replaced the state`).toBe(state);
    expect(hashGame(g)).toBe(hash);
    expect(sameBytes(snapshotGame(g), snap), `${JSON.stringify(command)} refused (${r.reason}) but changed the world`).toBe(true);
    const type = command !== null && typeof command === 'object' && typeof (command as { type?: unknown }).type === 'string' ? (command as { type: string }).type : typeof command;
    const key = `${type}: ${r.reason}`;
    refusals.set(key, (refusals.get(key) ?? 0) + 1);
  }
  return r;
}

const playerArb = fc.constantFrom('polisi', 'massa', 'dirlat', 'ghost');
const anyCommandArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ type: fc.constant('submitOrders'), playerId: playerArb, orders: fc.array(pickArb.map(wildOrder), { minLength: 1, maxLength: 3 }) }),
  fc.record({ type: fc.constant('endPlan'), playerId: playerArb }),
  fc.record({ type: fc.constant('setSituationLevel'), playerId: playerArb, level: fc.constantFrom('hijau', 'kuning', 'merah', null, 'ungu') }),
  fc.record({ type: fc.constant('resolveTurn') }),
  fc.record({ type: fc.constant('injectEvent'), playerId: playerArb, eventId: fc.constantFrom('isu', 'bala', 'seruan', 'nope') }),
  fc.oneof(fc.constant(null), fc.constant(7), fc.record({ type: fc.constantFrom('explode', 'submitOrders', 'endPlan') }), fc.record({ type: fc.constant('resolveTurn'), force: fc.constant('yes') })),
);

/** The refusals each command type must show, each at least once, in the deterministic walk below. */
const EXPECTED_REFUSALS = [
  'submitOrders: unknown_player', 'submitOrders: not_your_unit', 'submitOrders: unknown_unit', 'submitOrders: unknown_group', 'submitOrders: order_not_allowed',
  'submitOrders: out_of_reach', 'submitOrders: invalid_target', 'submitOrders: no_supplies', 'submitOrders: gate_broken', 'submitOrders: invalid_command',
  'submitOrders: wrong_phase', 'submitOrders: game_over',
  'endPlan: unknown_player', 'endPlan: invalid_command', 'endPlan: wrong_phase', 'endPlan: game_over',
  'setSituationLevel: not_instructor', 'setSituationLevel: unknown_player', 'setSituationLevel: invalid_command', 'setSituationLevel: wrong_phase', 'setSituationLevel: game_over',
  'resolveTurn: players_not_ready', 'resolveTurn: invalid_command', 'resolveTurn: wrong_phase', 'resolveTurn: game_over',
  'injectEvent: not_instructor', 'injectEvent: unknown_player', 'injectEvent: unknown_event', 'injectEvent: invalid_target', 'injectEvent: invalid_command',
  'injectEvent: wrong_phase', 'injectEvent: game_over',
  'explode: invalid_command', 'object: invalid_command', 'number: invalid_command',
];

describe('a refused command leaves the game exactly as it was, for every command type', () => {
  it('every refusal of every command type, in planning, mid-turn and after the end', () => {
    const refusals = new Map<string, number>();
    const g = fresh(21, 40, 2);
    const sg = g.world.segments;
    const planning: unknown[] = [
      { type: 'submitOrders', playerId: 'ghost', orders: [] },
      { type: 'submitOrders', playerId: 'massa', orders: [{ type: 'hold', unitId: 'awal-1' }] },
      { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'hold', unitId: 'nobody' }] },
      { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'negotiate', unitId: 'nego-1', groupId: 'nobody' }] },
      { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'appeal', unitId: 'awal-1' }, { type: 'tear_gas', unitId: 'awal-1', area: { x: 79, y: 20, r: 5 } }] },
      { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'hold', unitId: 'sekat-1' }] },
      { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'water_cannon', unitId: 'awc-1', area: { x: 10, y: 120, r: 5 } }] },
      { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'move', unitId: 'awal-1', waypoints: [{ x: 500, y: 10 }] }] },
      { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'move', unitId: 'awal-1', waypoints: [] }] },
      { type: 'submitOrders', playerId: 'massa', orders: [{ type: 'breach', groupId: 'massa-1', gateId: 'side-gate' }, { type: 'enter_building', groupId: 'massa-1', buildingId: 'x' }] },
      { type: 'endPlan', playerId: 'ghost' },
      { type: 'endPlan' },
      { type: 'setSituationLevel', playerId: 'polisi', level: 'merah' },
      { type: 'setSituationLevel', playerId: 'ghost', level: 'merah' },
      { type: 'setSituationLevel', playerId: 'dirlat', level: 'ungu' },
      { type: 'resolveTurn' },
      { type: 'resolveTurn', force: 'yes' },
      { type: 'injectEvent', playerId: 'massa', eventId: 'isu' },
      { type: 'injectEvent', playerId: 'ghost', eventId: 'isu' },
      { type: 'injectEvent', playerId: 'dirlat', eventId: 'nope' },
      { type: 'injectEvent', playerId: 'dirlat' },
      { type: 'explode' }, {}, 7, null,
    ];
    for (const c of planning) expect(attempt(g, c, refusals).ok, JSON.stringify(c)).toBe(false);
    // Refusals that need some state first: an event already pending, supplies used up, a breached gate.
    expect(attempt(g, { type: 'injectEvent', playerId: 'dirlat', eventId: 'isu' }, refusals).ok).toBe(true);
    expect(attempt(g, { type: 'injectEvent', playerId: 'dirlat', eventId: 'isu' }, refusals)).toMatchObject({ ok: false, reason: 'invalid_target' });
    g.state = { ...g.state, units: g.state.units.map((u) => (u.id === 'lanjut-1' ? { ...u, gas: 0 } : u)) };
    expect(attempt(g, { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'tear_gas', unitId: 'lanjut-1', area: { x: 79, y: 25, r: 5 } }] }, refusals)).toMatchObject({ ok: false, reason: 'no_supplies' });
    const gate = g.venue.openings.find((o) => o.id === 'main-gate')!;
    sg.state[gate.segment] = SegState.breached;
    expect(attempt(g, { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'gate', unitId: 'awal-1', gateId: 'main-gate', action: 'close' }] }, refusals)).toMatchObject({ ok: false, reason: 'gate_broken' });
    // Mid-turn every command is refused, whatever it is.
    expect(attempt(g, { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'appeal', unitId: 'awal-1' }] }, refusals).ok).toBe(true);
    beginTurnResolution(g);
    for (let k = 0; k < 30; k++) stepTick(g);
    const valid: unknown[] = [
      { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'appeal', unitId: 'awal-1' }] },
      { type: 'endPlan', playerId: 'polisi' },
      { type: 'setSituationLevel', playerId: 'dirlat', level: 'merah' },
      { type: 'resolveTurn', force: true },
      { type: 'injectEvent', playerId: 'dirlat', eventId: 'seruan' },
    ];
    for (const c of valid) expect(attempt(g, c, refusals)).toMatchObject({ ok: false, reason: 'wrong_phase' });
    while (g.state.phase === 'resolving') stepTick(g);
    expect(attempt(g, { type: 'resolveTurn', force: true }, refusals).ok).toBe(true);
    expect(g.state.phase).toBe('over');
    for (const c of valid) expect(attempt(g, c, refusals)).toMatchObject({ ok: false, reason: 'game_over' });
    const missing = EXPECTED_REFUSALS.filter((k) => !refusals.has(k));
    expect(missing).toEqual([]);
  });

  it('random commands of every type, in planning, mid-turn and after the end: a refusal never changes anything', () => {
    const refusals = new Map<string, number>();
    const step = fc.oneof(
      { weight: 5, arbitrary: fc.record({ kind: fc.constant('attempt' as const), command: anyCommandArb }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('turn' as const), police: picksArb(3), crowd: picksArb(1) }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('midTurn' as const), ticks: fc.integer({ min: 1, max: 119 }), commands: fc.array(anyCommandArb, { minLength: 1, maxLength: 3 }) }) },
    );
    const t = newTally();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.array(step, { minLength: 1, maxLength: 10 }), (seed, steps) => {
        const g = fresh(seed, 30, 3);
        for (const s of steps) {
          if (s.kind === 'attempt') {
            attempt(g, s.command, refusals);
            // An accepted resolveTurn ran a whole turn; anything else accepted only changed the plan.
          } else if (g.state.phase === 'planning') {
            if (s.kind === 'turn') {
              plan(g, 'polisi', s.police, policeOrder, t);
              plan(g, 'massa', s.crowd, crowdOrder, t);
              attempt(g, { type: 'resolveTurn', force: true }, refusals);
            } else {
              beginTurnResolution(g);
              for (let k = 0; k < s.ticks; k++) stepTick(g);
              for (const c of s.commands) expect(attempt(g, c, refusals).ok).toBe(false);
              while (resolving(g)) stepTick(g);
            }
          } else {
            for (const c of s.kind === 'midTurn' ? s.commands : []) expect(attempt(g, c, refusals).ok).toBe(false);
          }
        }
      }),
      { numRuns: 25 },
    );
    const types = new Set([...refusals.keys()].map((k) => k.split(':')[0]));
    console.info(`[property] refusals seen: ${[...refusals].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} x${v}`).join('; ')}`);
    for (const type of ['submitOrders', 'endPlan', 'setSituationLevel', 'resolveTurn', 'injectEvent']) expect(types, type).toContain(type);
  });
});
