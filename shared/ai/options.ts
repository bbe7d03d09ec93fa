import type { CrowdOrder, Point } from '../engine/orders';
import type { Game } from '../engine/state';
import { polygonCentroid } from '../venue/index';
import { detHypot } from '../math/deterministic';
import type { OwnGroup, Perception, SeenUnit } from './perception';
import type { Weakness } from './weakness';
import type { AiLevelParams } from './levels';

/**
 * The options a crowd group has this turn and their utility (CROWD-AND-AI.md, "Utility scoring"):
 * each consideration is a 0..1 response curve, multiplied per option. The group's mood (`heat`) rises
 * with its active share, its agitation and a low legitimacy of the authorities, and hardens under
 * heavy-handed measures (people wet, gassed, injured, arrested); appeals heard calm it. What the
 * crowd wants comes from the scenario's crowd objectives.
 */

/** Why an option was chosen (words in shared/i18n/aiMessages.ts, `ai.reason.<code>`). */
export const aiReasons = [
  'plan', 'rally', 'be_heard', 'delegation', 'press_line', 'provoke', 'exploit_gate', 'exploit_panel', 'get_inside', 'take_hostage',
  'sit_in', 'fall_back', 'go_home', 'diversion', 'holding',
] as const;
/** One of {@link aiReasons}. */
export type AiReason = (typeof aiReasons)[number];

/** One option with its utility. */
export interface Option {
  order: CrowdOrder;
  reason: AiReason;
  utility: number;
  weakness: Weakness | null;
}

/** What the crowd is after, from the setup's crowd objectives not yet met. */
export interface Aims {
  delegation: boolean;
  inside: boolean;
  hostage: string | null;
  buildingId: string | null;
  breachGateId: string | null;
}

const clamp01 = (v: number): number => (v < 0 ? 0 : v > 1 ? 1 : v);

/** The crowd's aims: unmet objectives of the setup (the default pair when it names none). */
export function aimsOf(game: Game, p: Perception): Aims {
  const objectives = game.setup.objectives?.crowd ?? [{ type: 'hold_hostage' as const }, { type: 'reach_room' as const }];
  const aims: Aims = { delegation: false, inside: false, hostage: null, buildingId: null, breachGateId: null };
  const hall = game.venue.file.buildings.find((b) => b.rooms.some((r) => r.kind === 'pleno_hall')) ?? game.venue.file.buildings[0];
  objectives.forEach((o, k) => {
    if (p.objectivesMet[k]) return;
    if (o.type === 'delegation_received') aims.delegation = true;
    else if (o.type === 'hold_hostage') aims.hostage = ('personId' in o && o.personId) || game.state.protectedParties[0]?.id || null;
    else if (o.type === 'enter_building' || o.type === 'reach_room') {
      aims.inside = true;
      aims.buildingId = ('buildingId' in o && o.buildingId) || hall?.id || null;
    } else if (o.type === 'breach') {
      aims.inside = true;
      aims.breachGateId = ('gateId' in o && o.gateId) || null;
    }
  });
  if (aims.hostage || aims.inside) aims.buildingId ??= hall?.id ?? null;
  return aims;
}

/** How the scenario describes a group's temper (its scripted behaviour), as a starting mood. */
const TEMPER_HEAT = { peaceful: -0.1, restless: 0.08, hostile: 0.2 } as const;

/** The group's mood, 0 (calm) to 1 (ready to riot); `temper` is the scenario's temper of the group, if any. */
export function heatOf(g: OwnGroup, p: Perception, temper?: keyof typeof TEMPER_HEAT): number {
  const share = g.active / g.present;
  const harsh = clamp01(((g.wet + g.gassed) / g.present) * 2 + (p.injuredProtesters + p.arrests) / Math.max(50, g.present));
  const base = temper ? TEMPER_HEAT[temper] : 0;
  return clamp01(base + 0.5 * share + 0.35 * Math.max(0, g.agitation) + 0.6 * (1 - p.legitimacy) + 0.35 * harsh - 0.06 * Math.min(g.appeals, 3) - 0.05);
}

/** Fear of the group (gas and water on its people): what makes a calm group fall back. */
export function fearOf(g: OwnGroup): number {
  return clamp01((g.gassed * 1.5 + g.wet) / g.present);
}

function nearestUnit(units: readonly SeenUnit[], x: number, y: number): { u: SeenUnit; d: number } | null {
  let best: { u: SeenUnit; d: number } | null = null;
  for (const u of units) {
    const d = detHypot(u.x - x, u.y - y);
    if (!best || d < best.d) best = { u, d };
  }
  return best;
}

/** The centre of the crowd arrival zone nearest the group (where it falls back to). */
function homeOf(game: Game, g: OwnGroup): Point {
  let best: Point = { x: g.x, y: g.y };
  let bestD = Infinity;
  for (const z of game.venue.file.crowdArrival) {
    const [x, y] = polygonCentroid(z.polygon);
    const d = detHypot(x - g.x, y - g.y);
    if (d < bestD) { bestD = d; best = { x, y }; }
  }
  return best;
}

/** Where the group gathers when its plan says nothing: the scenario's rally point for it, else before the nearest gate. */
function rallyOf(game: Game, g: OwnGroup): Point | null {
  const b = game.setup.script.crowd.find((c) => c.groupId === g.id);
  if (b) return b.rally;
  let best: Point | null = null;
  let bestD = Infinity;
  for (const o of game.venue.openings) {
    if (o.kind !== 'gate') continue;
    const d = detHypot(o.cx - g.x, o.cy - g.y);
    if (d < bestD) { bestD = d; best = shortOf({ x: g.x, y: g.y }, { x: o.cx, y: o.cy }, 8); }
  }
  return best;
}

/** A point `back` metres short of `to` coming from `from`. */
function shortOf(from: Point, to: Point, back: number): Point {
  const d = detHypot(to.x - from.x, to.y - from.y);
  if (d <= back) return { x: from.x, y: from.y };
  const k = (d - back) / d;
  return { x: from.x + (to.x - from.x) * k, y: from.y + (to.y - from.y) * k };
}

/**
 * Every option of a group, with its utility. `planOrder` is the plan's step for the group (it gets a
 * standing bonus: the reactive layer improvises within the plan, it does not throw it away).
 */
export function groupOptions(game: Game, p: Perception, g: OwnGroup, weaknesses: readonly Weakness[], aims: Aims, level: AiLevelParams, planOrder: CrowdOrder | null): Option[] {
  const gid = g.id;
  const at = { x: g.x, y: g.y };
  const heat = heatOf(g, p, game.setup.script.crowd.find((c) => c.groupId === g.id)?.temper);
  const fear = fearOf(g);
  const near = nearestUnit(p.units, g.x, g.y);
  const out: Option[] = [];
  const aggressive = aims.inside || aims.hostage !== null;
  if (planOrder) out.push({ order: planOrder, reason: 'plan', utility: 0.62, weakness: null });
  const rally = rallyOf(game, g);
  if (rally && detHypot(rally.x - g.x, rally.y - g.y) > 12) out.push({ order: { type: 'march', groupId: gid, to: rally }, reason: 'rally', utility: 0.5, weakness: null });
  if (g.orators > 0) out.push({ order: { type: 'orasi', groupId: gid }, reason: 'be_heard', utility: 0.35 * (1 - 0.5 * heat) + (aims.delegation ? 0.1 : 0), weakness: null });
  if (aims.delegation && g.hasKorlap && near) {
    out.push({ order: { type: 'delegation', groupId: gid, to: shortOf(at, near.u, 3) }, reason: 'delegation', utility: 0.7 * (1 - heat) * (p.turn >= 1 ? 1 : 0.4), weakness: null });
  }
  if (near && near.d < 30) out.push({ order: { type: 'sit_in', groupId: gid }, reason: 'sit_in', utility: 0.2 + 0.5 * heat * (1 - heat), weakness: null });
  const thin = weaknesses.find((w) => w.kind === 'thin_line');
  if (near && near.d < 45) {
    const target = thin && detHypot(thin.x - g.x, thin.y - g.y) < 60 ? thin : null;
    const toward = target ? { x: target.x, y: target.y } : { x: near.u.x, y: near.u.y };
    out.push({ order: { type: 'push_line', groupId: gid, toward }, reason: 'press_line', utility: heat * (0.35 + 0.5 * (target?.score ?? 0) * level.exploitation) * (aggressive ? 1 : 0.6), weakness: target });
  }
  if (near && near.d < 32) {
    out.push({ order: { type: 'throw', groupId: gid, at: { x: near.u.x, y: near.u.y } }, reason: 'provoke', utility: heat * heat * (g.provocateurs > 0 ? 0.85 : 0.45) * (aggressive ? 1 : 0.5), weakness: null });
  }
  if (aims.inside || aims.hostage) {
    // How weak a gate or panel must look before this level goes for it.
    const threshold = 1 - 0.7 * level.exploitation;
    for (const w of weaknesses) {
      if ((w.kind !== 'unguarded_gate' && w.kind !== 'far_panel') || w.score < threshold) continue;
      const gate = w.kind === 'unguarded_gate';
      const distance = detHypot(w.x - g.x, w.y - g.y);
      const wanted = gate && aims.breachGateId === w.targetId ? 1.15 : 1;
      out.push({
        order: gate ? { type: 'breach', groupId: gid, gateId: w.targetId! } : { type: 'breach', groupId: gid, at: { x: w.x, y: w.y } },
        reason: gate ? 'exploit_gate' : 'exploit_panel',
        utility: wanted * (0.25 + 0.75 * w.score) * (0.6 + 0.4 * heat) * (0.5 + 0.7 * level.exploitation) * (distance < 150 ? 1 : 0.6),
        weakness: w,
      });
    }
  }
  const opened = p.openings.some((o) => o.kind === 'gate' && o.breached) || p.breaches > 0 || p.openings.some((o) => o.kind === 'gate' && !o.closed);
  if ((opened || g.inside > g.present * 0.2) && aims.buildingId && aims.inside) {
    out.push({ order: { type: 'enter_building', groupId: gid, buildingId: aims.buildingId }, reason: 'get_inside', utility: (0.55 + 0.4 * heat) * (g.inside > 0 ? 1.1 : 0.9), weakness: null });
  }
  if ((opened || g.inside > g.present * 0.2) && aims.hostage && !p.hostageHeld) {
    out.push({ order: { type: 'take_hostage', groupId: gid, personId: aims.hostage }, reason: 'take_hostage', utility: (0.5 + 0.45 * heat) * (g.inside > 0 ? 1.1 : 0.85), weakness: null });
  }
  out.push({ order: { type: 'retreat', groupId: gid, to: homeOf(game, g) }, reason: 'fall_back', utility: fear * (1 - 0.6 * heat) * 0.9, weakness: null });
  const heard = g.appeals >= 3 && heat < 0.3;
  const done = !aggressive && !aims.delegation && p.turn >= 2;
  // Heard and calm, a group goes home; one that came for more (a hostage, the hall) only when the appeals have really calmed it.
  out.push({ order: { type: 'disperse', groupId: gid }, reason: 'go_home', utility: heard || done ? 0.75 * (1 - heat) * (aggressive ? 0.5 : 1) : 0.02, weakness: null });
  return out;
}
