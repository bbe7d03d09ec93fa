import type { Draft } from 'immer';
import type { Game, GameState, PlannedOrder, UnitState } from '../state';
import type { GameEvent } from '../events';
import { isPartnerUnit, type ForceStage } from '../forces';
import { forceStageOf } from '../orderDefs/registry';
import { isPoliceOrder, type PoliceOrder, type Point } from '../orders';
import { AgentKind, Flag, OFF_FIELD, Role } from '../model';
import { handoverPossible, unitSuitsLevel } from './authority';
import { recentIncidents } from './situation';
import { doctrineRules } from './rules';
import type { DoctrineState, MeasureFacts, PersonRole, RuleId, SituationLevel, Verdict } from '../doctrineTypes';

/**
 * The use-of-force assessment (DOCTRINE.md section 5): every police order, when it takes effect, gets
 * exactly one `measure_judged` event right after its `measure_applied`. The verdict weighs the Perkap
 * 1/2009 stage against the situation level at that tick and what came before (appeals heard by the
 * group concerned, negotiation, the unit's fitness for the level, who holds tactical control, the
 * target of an arrest). Every issue found is listed; the worst decides the verdict and its rule is
 * cited. Runs only when orders take effect (turn start), so it may afford a pass over the crowd.
 */

type Issue = [RuleId, Verdict];

const verdictRank: Readonly<Record<Verdict, number>> = { proper: 0, questionable: 1, violation: 2 };

/** Role code of an agent as events name it. */
export function personRole(role: number): PersonRole {
  return role === Role.korlap ? 'korlap' : role === Role.orator ? 'orator' : role === Role.provocateur ? 'provocateur' : role === Role.bystander ? 'bystander' : 'protester';
}

/** The point an order acts on (its area, target, destination), else the unit's anchor. */
function focusOf(game: Game, o: PoliceOrder, u: UnitState): Point {
  switch (o.type) {
    case 'water_cannon': case 'tear_gas': case 'evacuate': return o.area;
    case 'push': return o.toward;
    case 'move': return o.waypoints[o.waypoints.length - 1]!;
    case 'arrest': return { x: game.world.agents.x[o.target]!, y: game.world.agents.y[o.target]! };
    default: return { x: u.x, y: u.y };
  }
}

/**
 * The crowd group a measure concerns: the arrest target's or negotiation partner's group, else the
 * group with most members within reach of its focus, else the one with the nearest member (150 m).
 */
function concernedGroup(game: Game, s: GameState, o: PoliceOrder, u: UnitState): number {
  const a = game.world.agents;
  if (o.type === 'arrest') return a.kind[o.target] === AgentKind.protester ? a.team[o.target]! : -1;
  if (o.type === 'negotiate') return s.groups.findIndex((g) => g.id === o.groupId);
  const p = focusOf(game, o, u);
  const reach = 'area' in o ? o.area.r + 5 : 15;
  let best = -1, bestCount = 0, nearest = -1, nearestD = 150 * 150;
  s.groups.forEach((g, gi) => {
    let count = 0;
    for (let i = g.first; i < g.first + g.count; i++) {
      if ((a.flags[i]! & (OFF_FIELD | Flag.arrested)) !== 0) continue;
      const dx = a.x[i]! - p.x;
      const dy = a.y[i]! - p.y;
      const d2 = dx * dx + dy * dy;
      if (d2 < reach * reach) count++;
      if (d2 < nearestD) { nearestD = d2; nearest = gi; }
    }
    if (count > bestCount) { bestCount = count; best = gi; }
  });
  return best >= 0 ? best : nearest;
}

/**
 * Whether an arrest target is a peaceful person: not a provocateur, not armed, not someone who took a
 * hostage (remembered after he is down or calm again), and not rioting while the level is above hijau.
 */
function isPeaceful(game: Game, doc: DoctrineState, target: number, level: SituationLevel): boolean {
  const a = game.world.agents;
  const f = a.flags[target]!;
  if (a.role[target] === Role.provocateur || (f & Flag.sajam) !== 0 || (doc.hostageTakers ?? []).includes(target)) return false;
  return level === 'hijau' || (f & Flag.active) === 0;
}

const isBrimob = (t: UnitState['type']): boolean => t === 'brimob_sekat' || t === 'brimob_desak' || t === 'brimob_tindak';

/** Seconds an ordered lapis / lintas ganti counts as under way before it must have completed. */
export const HANDOVER_GRACE_SECONDS = 180;

/**
 * Tactical control is in the wrong hands for force of this kind: the line is still held below the
 * echelon that should hold it, a handover to it was possible, and none is under way (a lapis / lintas
 * ganti ordered and not yet completed counts as the relief taking over).
 */
function controlLags(doc: DoctrineState, units: readonly UnitState[], kind: 'lapis_ganti' | 'lintas_ganti', tick: number, tickSeconds: number): boolean {
  const lags = kind === 'lapis_ganti' ? doc.control.echelon === 'dalmas_awal' : doc.control.echelon !== 'brimob_phh';
  if (!lags || !handoverPossible(units, kind)) return false;
  const h = doc.handover;
  return !h || tick - h.tick > HANDOVER_GRACE_SECONDS / tickSeconds || (kind === 'lapis_ganti' ? h.kind !== 'lapis_ganti' && h.kind !== 'lintas_ganti' : h.kind !== 'lintas_ganti');
}

/** Water aimed only at a fire: a burning tyre or barricade within the area and nobody in it (putting out a fire is no force against people). */
function onlyAtFire(game: Game, s: GameState, o: PoliceOrder): boolean {
  if (o.type !== 'water_cannon') return false;
  const { x, y, r } = o.area;
  if (!s.fires.some((f) => (f.x - x) * (f.x - x) + (f.y - y) * (f.y - y) <= (r + 2) * (r + 2))) return false;
  const a = game.world.agents;
  for (let i = 0; i < game.world.header[0]!; i++) {
    const k = a.kind[i];
    if ((k !== AgentKind.protester && k !== AgentKind.protected) || (a.flags[i]! & (OFF_FIELD | Flag.arrested)) !== 0) continue;
    if ((a.x[i]! - x) * (a.x[i]! - x) + (a.y[i]! - y) * (a.y[i]! - y) <= r * r) return false;
  }
  return true;
}

/** Issues of one measure, and the rule a proper verdict cites. */
function assessMeasure(o: PoliceOrder, stage: ForceStage, level: SituationLevel, u: UnitState, f: MeasureFacts, doc: DoctrineState, s: GameState): { base: RuleId; issues: Issue[] } {
  const units = s.units;
  const lags = (kind: 'lapis_ganti' | 'lintas_ganti'): boolean => controlLags(doc, units, kind, s.tick, s.tickSeconds);
  const issues: Issue[] = [];
  const unitChecks = (): void => {
    // Force against the crowd by a partner agency: theirs is support, never force (DOCTRINE.md sections 1, 5).
    if (isPartnerUnit(u.type) && stage >= 3) issues.push(['partner_support', 'violation']);
    if (!f.rightUnit) issues.push(['unit_for_level', 'questionable']);
    if (isBrimob(u.type) && stage >= 4 && lags('lintas_ganti')) issues.push(['tactical_control', 'questionable']);
  };
  switch (o.type) {
    case 'appeal': case 'negotiate': return { base: 'preventive', issues };
    case 'evacuate': return { base: 'humanitarian', issues };
    case 'lapis_ganti':
      if (level === 'hijau') issues.push(['handover', 'questionable']);
      return { base: 'handover', issues };
    case 'lintas_ganti':
      if (level !== 'merah') issues.push(['handover', level === 'hijau' ? 'violation' : 'questionable']);
      return { base: 'handover', issues };
    case 'push':
      if (level === 'hijau') issues.push(stage >= 4 ? ['proportionality', 'violation'] : ['necessity', 'questionable']);
      else if (f.appeals === 0) issues.push(['preventive', 'questionable']);
      unitChecks();
      return { base: level === 'merah' ? 'anarchy_response' : 'proportionate_force', issues };
    case 'arrest':
      if (f.peacefulTarget) {
        if (f.peacefulArrests >= 3 || level === 'hijau') issues.push(['arbitrary_conduct', 'violation']);
        else issues.push(['necessity', 'questionable']);
      }
      unitChecks();
      return { base: 'targeted_arrest', issues };
    case 'water_cannon': case 'tear_gas': {
      if (level === 'hijau') issues.push(['proportionality', 'violation']);
      if (f.appeals < 3) issues.push(['three_appeals', level === 'merah' ? 'questionable' : 'violation']);
      const aggression = f.recentIncidents.some((k) => k === 'throwing' || k === 'attack_on_officers' || k === 'armed_threat' || k === 'arson');
      if (o.type === 'tear_gas' && level === 'kuning' && !aggression) issues.push(['proportionality', 'questionable']);
      if (!f.orderedByControl) issues.push(['tactical_control', 'questionable']);
      if (lags('lapis_ganti')) issues.push(['tactical_control', 'questionable']);
      unitChecks();
      return { base: level === 'merah' ? 'anarchy_response' : 'proportionate_force', issues };
    }
    default:
      return { base: 'presence', issues };
  }
}

/** Judges one planned order as it takes effect (call right after it is applied). Crowd orders are ignored. */
export function judgeOrder(game: Game, d: Draft<GameState>, po: PlannedOrder, tick: number, ev: GameEvent[]): void {
  const o = po.order;
  const doc = d.doctrine as DoctrineState | undefined;
  if (!isPoliceOrder(o) || !doc) return;
  const s = d as GameState;
  const u = s.units.find((x) => x.id === o.unitId);
  if (!u) return;
  // Water on a fire with nobody in the jet's area is fire-fighting (stage 1), not stage-5 force.
  const firefighting = onlyAtFire(game, s, o);
  const stage: ForceStage = firefighting ? 1 : forceStageOf(u.type, o.type);
  const level = doc.level;
  const gi = concernedGroup(game, s, o, u);
  const g = gi >= 0 ? s.groups[gi]! : null;
  const gd = gi >= 0 ? doc.groups[gi] : undefined;
  const peaceful = o.type === 'arrest' ? isPeaceful(game, doc, o.target, level) : null;
  // The mass-arrest count: peaceful people ordered arrested, each once (re-issuing an order is not a new arrest).
  const repeated = o.type === 'arrest' && (doc.peacefulTargets ?? []).includes(o.target);
  const facts: MeasureFacts = {
    groupId: g ? g.id : null,
    appeals: g ? g.appeals : 0,
    negotiationTried: (gd?.negotiations ?? 0) > 0,
    negotiationSucceeded: (gd?.settledTick ?? -1) >= 0,
    rightUnit: unitSuitsLevel(u.type, level),
    controlUnitId: doc.control.leadUnitId,
    controlEchelon: doc.control.echelon,
    controlPlayerId: doc.control.playerId,
    orderedByControl: doc.control.playerId === null || doc.control.playerId === po.playerId,
    targetRole: o.type === 'arrest' ? personRole(game.world.agents.role[o.target]!) : null,
    peacefulTarget: peaceful,
    peacefulArrests: doc.tally.peacefulArrestOrders + (peaceful && !repeated ? 1 : 0),
    recentIncidents: recentIncidents(doc, tick, s.tickSeconds),
  };
  const { base, issues } = firefighting ? { base: 'fire_suppression' as const, issues: [] } : assessMeasure(o, stage, level, u, facts, doc, s);
  let verdict: Verdict = 'proper';
  let rule = base;
  for (const [r, v] of issues) if (verdictRank[v] > verdictRank[verdict]) { verdict = v; rule = r; }
  ev.push({
    tick, type: 'measure_judged', orderId: po.orderId, unitId: u.id, playerId: po.playerId, order: o.type, stage, level, verdict, rule,
    citation: doctrineRules[rule].citation, issues: issues.map(([r]) => r), facts,
  });
  const t = doc.tally;
  t[verdict]++;
  doc.turnTally[verdict]++;
  // Compliance counts the use of force (stage 3+), handovers and anything not proper: appeals and
  // negotiation done right are expected, and counting them would let a player pad the share.
  if (stage >= 3 || o.type === 'lapis_ganti' || o.type === 'lintas_ganti' || verdict !== 'proper') {
    t.counted++;
    if (verdict === 'proper') t.countedProper++;
  }
  if (peaceful && !repeated && o.type === 'arrest') {
    t.peacefulArrestOrders++;
    (doc.peacefulTargets ??= []).push(o.target);
  }
  if (o.type === 'lapis_ganti' || o.type === 'lintas_ganti') {
    const r = s.units.find((x) => x.id === o.relieveUnitId);
    const line = u.task?.type === 'handover' ? { x: u.task.x, y: u.task.y } : r ? { x: r.x, y: r.y } : null;
    doc.handover = { unitId: u.id, kind: o.type, tick, orderId: po.orderId, relievedUnitId: o.relieveUnitId, ...(line ?? {}) };
  }
  if (stage >= 3) doc.open[po.orderId] = { verdict, stage, order: o.type, group: gi, peacefulTarget: peaceful === true, felt: false };
}

/** Drops judged orders no unit or gas cloud still carries out (run once per turn, after the orders are applied). */
export function pruneOpenMeasures(d: Draft<GameState>): void {
  const doc = d.doctrine as DoctrineState | undefined;
  if (!doc) return;
  const live = new Set<string>();
  for (const u of d.units) {
    if (u.taskOrderId) live.add(u.taskOrderId);
    if (u.moveOrderId) live.add(u.moveOrderId);
  }
  for (const c of d.clouds) if (c.orderId) live.add(c.orderId);
  for (const k of Object.keys(doc.open)) if (!live.has(k)) delete doc.open[k];
}
