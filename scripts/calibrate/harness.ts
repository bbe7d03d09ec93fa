/**
 * Calibration harness (issue #15, item 8): plays a shipped scenario with its scripted crowd against a
 * scripted police policy and sums up how it went. Pure and deterministic (the engine's public API
 * only), so `npm run calibrate` and the calibration tests share it.
 *
 * Policies, one police player commanding every unit:
 * - `by_the_book`: the Perkap 16/2006 / Perkap 1/2009 sequence: appeals (three), negotiation with each
 *   group's Korlap, lapis ganti once the level is kuning, the water cannon only after three appeals at
 *   kuning or merah, Tim Tindak (Brimob's Tombak platoon only at merah) closes up behind the line and
 *   arrests active provocateurs and hostage-takers within snatching distance, Dokkes evacuates the down;
 * - `passive`: nobody does anything;
 * - `heavy_handed`: gas and water cannon at the crowd from the start, no appeals, wedge pushes into the
 *   crowd, arrests of whoever is nearest.
 */
import { nearestAgent } from '../../shared/ai/police';
import {
  createGame, applyCommand, isHeld, AgentKind, Flag, Role, OFF_FIELD,
  type Game, type GameEvent, type Order, type UnitState, type GroupState,
} from '../../shared/engine/index';
import { getScenario, scenarioToSetup } from '../../shared/scenario/index';

/** The scripted police policies. */
export const policies = ['by_the_book', 'passive', 'heavy_handed'] as const;
/** One of {@link policies}. */
export type Policy = (typeof policies)[number];

/** What one run came to. */
export interface RunResult {
  scenario: string;
  policy: Policy;
  seed: number;
  turns: number;
  /** Share of the protesters present who were active at the end of the run, and the highest at any turn end. */
  activeEnd: number;
  activePeak: number;
  /** Share active at the end of the first turn (the crowd merely arriving). */
  activeFirst: number;
  injuries: { protester: Record<string, number>; officer: Record<string, number>; protected: Record<string, number> };
  arrests: { provocateur: number; other: number };
  damage: number;
  legitimacy: number;
  policeScore: number;
  violations: number;
  /** `crowd_crush_risk` reports, and the highest sustained density reported (persons/m²). */
  crushReports: number;
  peakDensity: number;
  endReason: string;
  /** Turn at which the game ended (the run's `turns` when it ran to the end of the run). */
  endTurn: number;
}

const POLICE = 'polri';

/** Creates the scenario's game with one police player commanding every unit and the crowd left to the script. */
export function scenarioGame(scenarioId: string, seed: number, crowdSize?: number): Game {
  const sc = getScenario(scenarioId);
  if (!sc) throw new Error(`unknown scenario ${scenarioId}`);
  const setup = scenarioToSetup(sc, { police: [{ id: POLICE, name: 'Kapolres', unitIds: sc.police.map((u) => u.id) }], crowdPlayer: null, crowdSize });
  const r = createGame(setup, seed);
  if (!r.ok) throw new Error(r.message);
  return r.game;
}

interface Spot { x: number; y: number; active: number; present: number }

/** Where a group stands (centre of its active members, else of everyone present). */
function groupSpot(game: Game, g: GroupState): Spot {
  const a = game.world.agents;
  let x = 0, y = 0, ax = 0, ay = 0, active = 0, present = 0;
  for (let i = g.first; i < g.first + g.count; i++) {
    const f = a.flags[i]!;
    if ((f & (OFF_FIELD | Flag.arrested)) !== 0) continue;
    present++;
    x += a.x[i]!;
    y += a.y[i]!;
    if ((f & Flag.active) !== 0) { active++; ax += a.x[i]!; ay += a.y[i]!; }
  }
  if (active > 0) return { x: ax / active, y: ay / active, active, present };
  return { x: x / Math.max(1, present), y: y / Math.max(1, present), active, present };
}

const dist = (ax: number, ay: number, bx: number, by: number): number => Math.sqrt((ax - bx) ** 2 + (ay - by) ** 2);

/** Moves `u` to within `reach` m of (x, y), or gives the order when it is within reach already. */
function within(u: UnitState, x: number, y: number, reach: number, order: Order): Order {
  const d = dist(u.x, u.y, x, y);
  if (d <= reach * 0.9) return order;
  const k = (d - reach * 0.6) / d;
  return { type: 'move', unitId: u.id, waypoints: [{ x: u.x + (x - u.x) * k, y: u.y + (y - u.y) * k }] };
}

/** The police orders a policy gives at the start of a turn. */
export function policyOrders(game: Game, policy: Policy): Order[] {
  if (policy === 'passive') return [];
  const s = game.state;
  const a = game.world.agents;
  const units = s.units.filter((u) => !isHeld(s, u.id));
  const of = (type: string): UnitState[] => units.filter((u) => u.type === type && !u.task);
  const groups = s.groups.filter((g) => !isHeld(s, g.id)).map((g) => ({ g, spot: groupSpot(game, g) })).filter((x) => x.spot.present > 0);
  if (groups.length === 0) return [];
  const hottest = [...groups].sort((p, q) => q.spot.active - p.spot.active)[0]!;
  const out: Order[] = [];
  const arrestTeams = [...of('tim_tindak'), ...of('brimob_tindak')];
  if (policy === 'heavy_handed') {
    const t = hottest.spot;
    for (const u of of('water_cannon')) if (u.water > 0) out.push(within(u, t.x, t.y, 45, { type: 'water_cannon', unitId: u.id, area: { x: t.x, y: t.y, r: 8 } }));
    for (const u of [...of('dalmas_lanjut'), ...of('brimob_desak')].slice(0, 1)) if (u.gas > 0) out.push(within(u, t.x, t.y, 80, { type: 'tear_gas', unitId: u.id, area: { x: t.x, y: t.y, r: 8 } }));
    for (const u of of('brimob_desak')) out.push({ type: 'formation', unitId: u.id, formation: 'anak_panah' }, { type: 'push', unitId: u.id, toward: { x: t.x, y: t.y } });
    for (const u of arrestTeams) {
      const target = nearestAgent(game, u, 60, (i) => a.kind[i] === AgentKind.protester);
      if (target >= 0) out.push({ type: 'arrest', unitId: u.id, target });
    }
    return out;
  }
  // By the book.
  const level = s.doctrine.level;
  const appealer = of('dalmas_awal')[0] ?? of('negosiator')[0] ?? of('water_cannon')[0];
  if (appealer && groups.some((x) => x.g.appeals < 3)) out.push({ type: 'appeal', unitId: appealer.id });
  const negotiator = of('negosiator')[0];
  if (negotiator) {
    const open = groups.find((x) => s.doctrine.groups[s.groups.indexOf(x.g)]!.settledTick < 0 && s.doctrine.groups[s.groups.indexOf(x.g)]!.negotiations < 2);
    if (open) out.push({ type: 'negotiate', unitId: negotiator.id, groupId: open.g.id });
  }
  const control = s.doctrine.control;
  if (level !== 'hijau' && control.echelon === 'dalmas_awal' && control.leadUnitId) {
    const relief = of('dalmas_lanjut')[0];
    if (relief) out.push({ type: 'lapis_ganti', unitId: relief.id, relieveUnitId: control.leadUnitId });
  }
  const t = hottest.spot;
  const rioting = t.active >= Math.max(10, 0.25 * t.present);
  if (level !== 'hijau' && rioting && hottest.g.appeals >= 3 && control.echelon !== 'dalmas_awal') {
    for (const u of of('water_cannon')) if (u.water > 0) out.push(within(u, t.x, t.y, 45, { type: 'water_cannon', unitId: u.id, area: { x: t.x, y: t.y, r: 6 } }));
  }
  // By the book Brimob's Tombak platoon snatches only at merah (authority.ts unitLevels); Tim Tindak at any level.
  const snatchers = arrestTeams.filter((u) => u.type === 'tim_tindak' || level === 'merah');
  // Tim Tindak: the hostage-taker first, else an active provocateur close enough to snatch without a
  // pursuit (conduct.ts PURSUIT_METRES); otherwise it closes up to 25 m from the most active group (or
  // the hostage) so that the next one is.
  let snatched = false;
  for (const u of snatchers) {
    const captor = nearestAgent(game, u, 28, (i) => a.kind[i] === AgentKind.protected && (a.flags[i]! & Flag.hostage) !== 0);
    const target = captor >= 0 ? a.link[captor]! : nearestAgent(game, u, 28, (i) => a.role[i] === Role.provocateur && (a.flags[i]! & Flag.active) !== 0);
    if (target >= 0 && !snatched) { out.push({ type: 'arrest', unitId: u.id, target }); snatched = true; continue; }
    const hostage = nearestAgent(game, u, 1000, (i) => a.kind[i] === AgentKind.protected && (a.flags[i]! & Flag.hostage) !== 0);
    const goal = hostage >= 0 ? { x: a.x[hostage]!, y: a.y[hostage]! } : t;
    if (dist(u.x, u.y, goal.x, goal.y) > 30) {
      const k = (dist(u.x, u.y, goal.x, goal.y) - 25) / dist(u.x, u.y, goal.x, goal.y);
      out.push({ type: 'move', unitId: u.id, waypoints: [{ x: u.x + (goal.x - u.x) * k, y: u.y + (goal.y - u.y) * k }] });
    }
  }
  const medic = of('dokkes')[0];
  if (medic) {
    const patient = nearestAgent(game, medic, 200, (i) => (a.flags[i]! & Flag.down) !== 0);
    if (patient >= 0) out.push({ type: 'evacuate', unitId: medic.id, area: { x: a.x[patient]!, y: a.y[patient]!, r: 15 } });
  }
  return out;
}

/** Submits `orders`, dropping any the reducer refuses (a refusal names the order), then resolves the turn. */
function playTurn(game: Game, orders: Order[], events: GameEvent[]): void {
  let left = orders;
  for (let tries = 0; tries <= orders.length; tries++) {
    const r = applyCommand(game, { type: 'submitOrders', playerId: POLICE, orders: left });
    if (r.ok) break;
    if (r.orderIndex === undefined) { left = []; continue; }
    left = left.filter((_, k) => k !== r.orderIndex);
  }
  const r = applyCommand(game, { type: 'resolveTurn', force: true });
  if (!r.ok) throw new Error(`${r.reason}: ${r.message}`);
  events.push(...r.events);
}

/** Plays one scenario under one policy for `turns` turns (or until it ends) and sums it up. */
export function runCalibration(scenarioId: string, policy: Policy, seed: number, turns: number, crowdSize?: number): RunResult {
  const game = scenarioGame(scenarioId, seed, crowdSize);
  const events: GameEvent[] = [];
  const a = game.world.agents;
  let activePeak = 0;
  let activeFirst = -1;
  const share = (): number => {
    let act = 0, present = 0;
    for (let i = 0; i < game.world.header[0]!; i++) {
      if (a.kind[i] !== AgentKind.protester || (a.flags[i]! & (OFF_FIELD | Flag.arrested)) !== 0) continue;
      if (isHeld(game.state, game.state.groups[a.team[i]!]!.id)) continue;
      present++;
      if ((a.flags[i]! & Flag.active) !== 0) act++;
    }
    return present === 0 ? 0 : act / present;
  };
  for (let t = 0; t < turns && game.state.phase === 'planning'; t++) {
    playTurn(game, policyOrders(game, policy), events);
    const sh = share();
    if (activeFirst < 0) activeFirst = sh;
    activePeak = Math.max(activePeak, sh);
  }
  const injuries: RunResult['injuries'] = { protester: {}, officer: {}, protected: {} };
  let provocateur = 0, other = 0, crushReports = 0, peakDensity = 0;
  let endReason = 'run_limit';
  for (const e of events) {
    if (e.type === 'agent_injured') injuries[e.kind][e.cause] = (injuries[e.kind][e.cause] ?? 0) + 1;
    else if (e.type === 'arrest_made') { if (e.role === 'provocateur' || e.sajam) provocateur++; else other++; }
    else if (e.type === 'crowd_crush_risk') { crushReports++; peakDensity = Math.max(peakDensity, e.peak); }
    else if (e.type === 'game_over') endReason = e.reason;
  }
  const score = game.state.doctrine.scores.at(-1);
  return {
    scenario: scenarioId, policy, seed, turns, activeEnd: share(), activePeak, activeFirst: Math.max(0, activeFirst), injuries,
    arrests: { provocateur, other }, damage: Math.round(game.state.stats.propertyDamage * 10) / 10, legitimacy: game.state.legitimacy,
    policeScore: score ? score.police.total : 0, violations: game.state.doctrine.tally.violation, crushReports, peakDensity,
    endReason, endTurn: game.state.turn,
  };
}

/** Sum of a side's injuries over every cause. */
export const totalInjuries = (r: Record<string, number>): number => Object.values(r).reduce((n, v) => n + v, 0);
