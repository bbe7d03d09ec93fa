import { getVenue, pointInPolygon, boundsOf, polygonCentroid, cellIndex, type CompiledVenue, type Vec2 } from '../venue/index';
import { ENGINE_VERSION } from '../version';
import { formatIssues } from '../schema/issues';
import { allocWorld, AgentKind, Role, Flag, SegState, type World } from './model';
import { seedRng, nextFloat, nextRange } from './rng';
import { unitTypes, agentsPerUnit } from './forces';
import { setupSchema, zeroStats, type Game, type Setup, type SetupInput, type GameState, type UnitState, type GroupState, type ProtectedParty } from './state';
import { createRuntime, ensureNav, type Runtime } from './runtime';
import { formationOffset } from './formation';
import { initDoctrine } from './doctrine/init';
import { checkObjectives } from './objectives';
import { initialScriptState, holdReserves, checkScript } from './script/setup';
import { detAtan2, detCos, detSin, detSquare } from '../math/deterministic';

/** Result of {@link createGame}. */
export type CreateGameResult = { ok: true; game: Game } | { ok: false; reason: 'invalid_setup' | 'unknown_venue'; message: string };

/** Room left for barriers placed during play. */
export const EXTRA_SEGMENTS = 64;

/** Builds a game from a setup and a 32-bit seed. Never throws; bad setups come back as a typed failure. */
export function createGame(input: SetupInput | unknown, seed: number): CreateGameResult {
  const parsed = setupSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid_setup', message: formatIssues(parsed.error.issues, Infinity).join('; ') };
  const setup = parsed.data;
  const venue = getVenue(setup.venueId);
  if (!venue) return { ok: false, reason: 'unknown_venue', message: `no venue ${setup.venueId}` };
  const problem = checkReferences(setup, venue) ?? checkScript(setup, venue) ?? checkObjectives(setup.objectives, venue);
  if (problem) return { ok: false, reason: 'invalid_setup', message: problem };
  const total = setup.police.reduce((n, p) => n + agentsPerUnit(p.type, p.strength), 0) + setup.crowd.reduce((n, c) => n + c.size, 0) +
    (setup.protectedPeople ? venue.file.protectedPeople.reduce((n, p) => n + p.count, 0) : 0);
  const world = allocWorld(total, venue.segments.length + EXTRA_SEGMENTS);
  seedRng(world.rng, seed);
  loadSegments(world, venue);
  const runtime = createRuntime(venue, total, world.header[2]!);
  ensureNav(runtime, world);
  const ticksPerTurn = Math.round(setup.secondsPerTurn / setup.tickSeconds);
  const state: GameState = {
    turn: 0, tick: 0, ticksPerTurn, tickSeconds: setup.secondsPerTurn / ticksPerTurn, turnLimit: setup.turnLimit, phase: 'planning',
    players: setup.players.map((p) => ({ id: p.id, name: p.name, side: p.side, controls: [...p.controls], endedPlan: false })),
    planned: {}, queues: {}, units: [], groups: [], protectedParties: [], legitimacy: setup.legitimacy, fires: [], clouds: [], nextId: 1,
    stats: zeroStats(),
    staticSegments: venue.segments.length,
    doctrine: initDoctrine(setup, [], []),
  };
  let next = 0;
  next = spawnPolice(setup, venue, world, runtime, state.units, next);
  next = spawnCrowd(setup, venue, world, runtime, state.groups, next);
  if (setup.protectedPeople) spawnProtected(venue, world, state.protectedParties, next);
  state.doctrine = initDoctrine(setup, state.units, state.groups);
  const script = initialScriptState(setup);
  if (script) {
    state.script = script;
    holdReserves(state, world);
  }
  return { ok: true, game: { setup, seed: seed >>> 0, venue, state, world, runtime } };
}

/** The engine version a game was built with (stored with sessions). */
export const engineVersion = ENGINE_VERSION;

function checkReferences(setup: Setup, venue: CompiledVenue): string | null {
  const ids = new Set<string>();
  for (const x of [...setup.police.map((p) => p.id), ...setup.crowd.map((c) => c.id), ...setup.players.map((p) => `player:${p.id}`)]) {
    if (ids.has(x)) return `duplicate id ${x}`;
    ids.add(x);
  }
  const controlled = new Set<string>();
  for (const pl of setup.players) {
    if (pl.side === 'instructor' && pl.controls.length > 0) return `instructor ${pl.id} cannot control units or groups`;
    for (const c of pl.controls) {
      const isUnit = setup.police.some((p) => p.id === c);
      const isGroup = setup.crowd.some((g) => g.id === c);
      if (!isUnit && !isGroup) return `player ${pl.id} controls unknown ${c}`;
      if ((isUnit && pl.side !== 'police') || (isGroup && pl.side !== 'crowd')) return `player ${pl.id} cannot control ${c}`;
      if (controlled.has(c)) return `${c} is controlled by two players`;
      controlled.add(c);
    }
  }
  for (const p of setup.police) if (typeof p.staging === 'string' && !venue.file.policeStaging.some((z) => z.id === p.staging)) return `unknown staging zone ${p.staging}`;
  for (const c of setup.crowd) if (!venue.file.crowdArrival.some((z) => z.id === c.arrival)) return `unknown arrival zone ${c.arrival}`;
  return null;
}

function loadSegments(world: World, venue: CompiledVenue): void {
  const s = world.segments;
  venue.segments.forEach((g, i) => {
    s.ax[i] = g.ax; s.ay[i] = g.ay; s.bx[i] = g.bx; s.by[i] = g.by;
    s.kind[i] = g.kind;
    s.state[i] = g.closed ? SegState.closed : SegState.open;
    s.breachable[i] = g.breachable ? 1 : 0;
    s.strength[i] = Number.isFinite(g.strength) ? g.strength : 1e9;
    s.maxStrength[i] = s.strength[i]!;
    s.opening[i] = g.opening;
  });
  world.header[1] = venue.segments.length;
}

/** Lattice points inside a polygon, free on the nav grid, `spacing` apart, jittered by the seeded RNG. */
function lattice(poly: readonly Vec2[], want: number, world: World, rt: Runtime): Vec2[] {
  const bb = boundsOf(poly);
  const area = (bb.maxX - bb.minX) * (bb.maxY - bb.minY);
  let spacing = Math.min(1.0, Math.max(0.55, Math.sqrt(area / Math.max(1, want)) * 0.95));
  const c = polygonCentroid(poly);
  for (;;) {
    const pts: Vec2[] = [];
    for (let y = bb.minY + spacing / 2; y < bb.maxY; y += spacing) {
      for (let x = bb.minX + spacing / 2; x < bb.maxX; x += spacing) {
        const jx = x + nextRange(world.rng, -0.15, 0.15) * spacing;
        const jy = y + nextRange(world.rng, -0.15, 0.15) * spacing;
        if (pointInPolygon(jx, jy, poly) && rt.nav.blocked[cellIndex(rt.nav, jx, jy)] === 0) pts.push([jx, jy]);
      }
    }
    if (pts.length >= want || spacing < 0.3) {
      // A crowd arrives as one body: take the points nearest the zone's centre (ties by lattice order).
      const order = pts.map((p, k) => [detSquare(p[0] - c[0]) + detSquare(p[1] - c[1]), k] as const).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      return order.slice(0, Math.max(want, 1)).map(([, k]) => pts[k]!);
    }
    spacing *= 0.9;
  }
}

function spawnPolice(setup: Setup, venue: CompiledVenue, world: World, rt: Runtime, units: UnitState[], start: number): number {
  const a = world.agents;
  const zoneUse = new Map<string, number>();
  const zoneCount = new Map<string, number>();
  for (const p of setup.police) if (typeof p.staging === 'string') zoneCount.set(p.staging, (zoneCount.get(p.staging) ?? 0) + 1);
  const crowdCentre = polygonCentroid(venue.file.crowdArrival[0]!.polygon);
  let i = start;
  setup.police.forEach((p, u) => {
    const type = unitTypes[p.type];
    let ax: number;
    let ay: number;
    if (typeof p.staging === 'string') {
      const zone = venue.file.policeStaging.find((z) => z.id === p.staging)!;
      const k = zoneUse.get(p.staging) ?? 0;
      zoneUse.set(p.staging, k + 1);
      const n = zoneCount.get(p.staging)!;
      const bb = boundsOf(zone.polygon);
      // Units sharing a zone are spread in slices along its longer side.
      const alongX = bb.maxX - bb.minX >= bb.maxY - bb.minY;
      const t = (k + 0.5) / n;
      ax = alongX ? bb.minX + (bb.maxX - bb.minX) * t : (bb.minX + bb.maxX) / 2;
      ay = alongX ? (bb.minY + bb.maxY) / 2 : bb.minY + (bb.maxY - bb.minY) * t;
    } else {
      ax = p.staging.x;
      ay = p.staging.y;
    }
    const heading = p.heading ?? detAtan2(crowdCentre[1] - ay, crowdCentre[0] - ax);
    const count = agentsPerUnit(p.type, p.strength);
    units.push({
      id: p.id, type: p.type, name: p.name ?? p.id, first: i, count, x: ax, y: ay, heading, formation: 'bersaf', stance: 'ready',
      waypoints: [], pushTo: null, rope: null, task: null, standing: null, moveOrderId: null, taskOrderId: null,
      water: type.supplies.water, gas: type.supplies.gas, barriers: type.supplies.barriers,
    });
    const off = new Float32Array(2);
    for (let s = 0; s < count; s++, i++) {
      const isVehicle = type.vehicle && s === 0;
      formationOffset('bersaf', s, count, type.vehicle, off);
      const c = detCos(heading);
      const sn = detSin(heading);
      a.x[i] = ax + off[0]! * c - off[1]! * sn;
      a.y[i] = ay + off[0]! * sn + off[1]! * c;
      placeFree(world, rt, i);
      a.heading[i] = heading;
      a.kind[i] = isVehicle ? AgentKind.vehicle : AgentKind.officer;
      a.role[i] = isVehicle ? Role.driver : p.type === 'negosiator' ? Role.negotiator : p.type === 'dokkes' ? Role.medic : s === (type.vehicle ? 1 : 0) ? Role.danton : Role.officer;
      a.team[i] = u;
      a.slot[i] = s;
      a.riskAversion[i] = 1;
    }
  });
  return i;
}

/** Moves an agent spawned inside a wall cell to the nearest free cell centre. */
function placeFree(world: World, rt: Runtime, i: number): void {
  const a = world.agents;
  const b = rt.venue.file.bounds;
  a.x[i] = Math.min(b.maxX - 0.5, Math.max(b.minX + 0.5, a.x[i]!));
  a.y[i] = Math.min(b.maxY - 0.5, Math.max(b.minY + 0.5, a.y[i]!));
  const c = cellIndex(rt.nav, a.x[i]!, a.y[i]!);
  if (rt.nav.blocked[c] === 0) return;
  let best = -1;
  for (let r = 1; r < 20 && best < 0; r++) {
    for (let dy = -r; dy <= r && best < 0; dy++) for (let dx = -r; dx <= r; dx++) {
      const cx = (c % rt.nav.cols) + dx;
      const cy = Math.floor(c / rt.nav.cols) + dy;
      if (cx < 0 || cy < 0 || cx >= rt.nav.cols || cy >= rt.nav.rows) continue;
      if (rt.nav.blocked[cy * rt.nav.cols + cx] === 0) { best = cy * rt.nav.cols + cx; break; }
    }
  }
  if (best >= 0) {
    a.x[i] = rt.nav.minX + ((best % rt.nav.cols) + 0.5) * rt.nav.cell;
    a.y[i] = rt.nav.minY + (Math.floor(best / rt.nav.cols) + 0.5) * rt.nav.cell;
  }
}

/** Epstein threshold of ordinary protesters: uniform in [BASE, BASE + SPREAD] (Mesa's default is 0.1 for all). */
export const THRESHOLD_BASE = 0.1, THRESHOLD_SPREAD = 0.5;

function spawnCrowd(setup: Setup, venue: CompiledVenue, world: World, rt: Runtime, groups: GroupState[], start: number): number {
  const a = world.agents;
  const demand = new Map<string, number>();
  for (const c of setup.crowd) demand.set(c.arrival, (demand.get(c.arrival) ?? 0) + c.size);
  const points = new Map<string, Vec2[]>();
  for (const [zid, want] of demand) points.set(zid, lattice(venue.file.crowdArrival.find((z) => z.id === zid)!.polygon, want, world, rt));
  const cursor = new Map<string, number>();
  let i = start;
  setup.crowd.forEach((c, gi) => {
    const pts = points.get(c.arrival)!;
    const orators = Math.min(c.orators, Math.max(0, c.size - 1));
    const provs = Math.min(c.provocateurs, Math.max(0, c.size - 1 - orators));
    const bystanders = Math.min(Math.floor(c.size * c.bystanderShare), Math.max(0, c.size - 1 - orators - provs));
    groups.push({ id: c.id, name: c.name ?? c.id, first: i, count: c.size, korlap: i, task: { type: 'idle' }, orderId: null, agitation: c.agitation, appeals: 0, entered: [], lastActive: 0 });
    for (let s = 0; s < c.size; s++, i++) {
      const k = cursor.get(c.arrival) ?? 0;
      cursor.set(c.arrival, k + 1);
      const p = pts[k % pts.length]!;
      // Extra agents beyond the lattice share points with a small offset; separation spreads them.
      const wrap = Math.floor(k / pts.length);
      a.x[i] = p[0] + wrap * 0.17;
      a.y[i] = p[1] + wrap * 0.11;
      placeFree(world, rt, i);
      a.kind[i] = AgentKind.protester;
      a.team[i] = gi;
      a.slot[i] = s;
      a.heading[i] = Math.PI / 2;
      a.hardship[i] = nextRange(world.rng, c.hardship[0], c.hardship[1]);
      a.riskAversion[i] = nextFloat(world.rng);
      let role: number = Role.protester;
      let threshold = -2;
      if (s === 0) { role = Role.korlap; threshold = 0.2; }
      else if (s <= orators) { role = Role.orator; threshold = 0.05; }
      else if (s <= orators + provs) {
        role = Role.provocateur;
        threshold = -1;
        if (s - orators <= c.sajam) a.flags[i] = Flag.sajam;
      } else if (s >= c.size - bystanders) { role = Role.bystander; threshold = 9; }
      a.role[i] = role;
      // Ordinary protesters differ in how much it takes to make them riot (Granovetter): a spread of
      // thresholds turns a provocation into a gradual rise in activity instead of a switch.
      a.threshold[i] = threshold === -2 ? THRESHOLD_BASE + THRESHOLD_SPREAD * nextFloat(world.rng) : threshold;
    }
  });
  return i;
}

function spawnProtected(venue: CompiledVenue, world: World, parties: ProtectedParty[], start: number): void {
  const a = world.agents;
  let i = start;
  venue.file.protectedPeople.forEach((p, pi) => {
    parties.push({ id: p.id, role: p.role, first: i, count: p.count, home: { x: p.at[0], y: p.at[1] } });
    const side = Math.ceil(Math.sqrt(p.count));
    for (let s = 0; s < p.count; s++, i++) {
      a.x[i] = p.at[0] + ((s % side) - (side - 1) / 2) * 0.8;
      a.y[i] = p.at[1] + (Math.floor(s / side) - (side - 1) / 2) * 0.8;
      a.kind[i] = AgentKind.protected;
      a.role[i] = p.role === 'ketua_kpu' ? Role.ketuaKpu : p.role === 'paslon' ? Role.paslon : Role.kpuStaff;
      a.team[i] = pi;
      a.slot[i] = s;
      a.riskAversion[i] = 1;
      a.flags[i] = Flag.inBuilding;
    }
  });
}
