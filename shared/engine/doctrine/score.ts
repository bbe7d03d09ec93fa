import type { Draft } from 'immer';
import type { Game, GameState } from '../state';
import type { GameEvent } from '../events';
import { AgentKind, Flag, OFF_FIELD } from '../model';
import { pointInPolygon } from '../../venue/index';
import { detExp } from '../../math/deterministic';
import { objectivesOf } from './init';
import { incidentKinds, type DoctrineState, type GameOverReason, type TurnScore } from '../doctrineTypes';
import type { Observation } from './situation';
import { isHeld } from '../reserves';

/**
 * Objectives, score and end conditions (issue #4 item 5). Crowd objectives are tracked every tick
 * (cheap: events, hostage flags, and a room count every ROOM_CHECK_TICKS). At the end of every turn
 * both sides are scored with a breakdown, kept in `state.doctrine.scores` and emitted as
 * `turn_scored`, and the end conditions are checked: crowd objectives met; the crowd has left, calmly
 * (protest ended peacefully) or not (crowd dispersed); the turn limit is the tick loop's own.
 *
 * Police score, 0..100: protection of people and building 30 (-10 per hostage taken from a party in
 * objectives.police.protect, -10 per building entered, -3 per protected person injured), property 15 x e^(-damage/40),
 * injuries 20 x e^(-(officers + protesters + 2 x protected injured)/20), arrests 10 (5 + 2 per
 * provocateur - 3 per peaceful person, clamped), compliance 25 x share of proper judgements among
 * measures of stage 2 and above (and handovers) plus conduct findings. Crowd score, 0..100: its
 * objectives, each met one counting fully and partial progress half.
 */

/** Ticks between counts of protesters inside rooms (reach_room objectives). */
export const ROOM_CHECK_TICKS = 10;

function countInRoom(game: Game, kind: string): number {
  const rooms = game.venue.file.buildings.flatMap((b) => b.rooms.filter((r) => r.kind === kind));
  if (rooms.length === 0) return 0;
  const a = game.world.agents;
  let n = 0;
  for (const g of game.state.groups) {
    for (let i = g.first; i < g.first + g.count; i++) {
      if ((a.flags[i]! & Flag.inBuilding) === 0 || (a.flags[i]! & (OFF_FIELD | Flag.arrested)) !== 0) continue;
      if (rooms.some((r) => pointInPolygon(a.x[i]!, a.y[i]!, r.polygon))) n++;
    }
  }
  return n;
}

/** Remembers when force was last used against the crowd (water that hit people, gas fired, a push in contact): a crowd leaving soon after has been dispersed, not ended peacefully. */
export function trackForce(doc: DoctrineState, ev: readonly GameEvent[]): void {
  for (const e of ev) {
    if (e.type === 'gas_fired' || e.type === 'push_contact' || (e.type === 'water_cannon_fired' && e.hits > 0)) doc.lastForce = e.tick;
  }
}

/** Updates crowd objectives from this tick's events and observation; reports each when first met. */
export function trackObjectives(game: Game, doc: DoctrineState, obs: Observation, tick: number, ev: GameEvent[]): void {
  const list = objectivesOf(game.setup).crowd;
  const held = obs.hostageParties.length > 0;
  doc.hostageTicks = held ? doc.hostageTicks + 1 : 0;
  list.forEach((o, k) => {
    const p = doc.objectives[k];
    if (!p || p.met) return;
    let met = false;
    let groupId: string | null = null;
    let progress = p.progress;
    switch (o.type) {
      case 'enter_building':
        for (const e of ev) if (e.type === 'building_entered' && (!o.buildingId || e.buildingId === o.buildingId)) { met = true; groupId = e.groupId; }
        break;
      case 'hold_hostage': {
        // Each objective times its own hostage: progress is the share of the hold time served so far.
        const holding = o.personId ? obs.hostageParties.includes(o.personId) : held;
        const need = Math.max(1, Math.round(o.holdSeconds / game.state.tickSeconds));
        const heldTicks = holding ? Math.round(p.progress * need) + 1 : 0;
        progress = Math.min(1, heldTicks / need);
        met = heldTicks >= need;
        break;
      }
      case 'breach':
        for (const e of ev) {
          if (e.type === 'gate_breached' && (!o.gateId || e.gateId === o.gateId)) { met = true; groupId = e.groupId; }
          if (e.type === 'fence_breached' && !o.gateId) { met = true; groupId = e.groupId; }
        }
        break;
      case 'reach_room':
        if (tick % ROOM_CHECK_TICKS === 0) {
          progress = Math.min(1, countInRoom(game, o.roomKind) / o.count);
          met = progress >= 1;
        }
        break;
      case 'delegation_received':
        for (const e of ev) if (e.type === 'negotiation_succeeded' || e.type === 'delegation_arrived') { met = true; groupId = e.groupId; }
        break;
    }
    if (met) {
      p.met = true;
      p.tick = tick;
      p.progress = 1;
      ev.push({ tick, type: 'objective_met', index: k, objective: o.type, groupId });
    } else if (progress !== p.progress) p.progress = progress;
  });
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Scores the turn that just ended, records it, and returns why the game ends now (null: it goes on). */
export function scoreTurn(game: Game, d: Draft<GameState>, doc: DoctrineState, tick: number, ev: GameEvent[]): GameOverReason | null {
  const s = d as GameState;
  const a = game.world.agents;
  let active = 0, present = 0, total = 0;
  s.groups.forEach((g) => {
    // Reserves still held off the field are neither present nor dispersed.
    if (isHeld(s, g.id)) return;
    let here = 0;
    for (let i = g.first; i < g.first + g.count; i++) {
      if (a.kind[i] !== AgentKind.protester) continue;
      total++;
      const f = a.flags[i]!;
      if ((f & (OFF_FIELD | Flag.arrested)) !== 0) continue;
      here++;
      if ((f & Flag.active) !== 0) active++;
    }
    present += here;
  });
  const st = s.stats;
  const t = doc.tally;
  const entered = s.groups.reduce((n, g) => n + g.entered.length, 0);
  const denominator = t.counted + t.conduct;
  const share = denominator === 0 ? 1 : t.countedProper / denominator;
  const protection = Math.max(0, 30 - 10 * t.protectedHostages - 10 * entered - 3 * st.injuredProtected);
  const property = 15 * detExp(-st.propertyDamage / 40);
  const injuries = 20 * detExp(-(st.injuredOfficers + st.injuredProtesters + 2 * st.injuredProtected) / 20);
  const arrests = Math.min(10, Math.max(0, 5 + 2 * t.provocateurArrests - 3 * t.peacefulArrests));
  const compliance = 25 * share;
  const objectives = objectivesOf(game.setup);
  const crowdList = objectives.crowd.map((o, k) => ({ type: o.type, met: doc.objectives[k]?.met ?? false, progress: round1(doc.objectives[k]?.progress ?? 0) }));
  const crowdTotal = crowdList.length === 0 ? 0 : (100 * crowdList.reduce((n, o) => n + (o.met ? 1 : o.progress / 2), 0)) / crowdList.length;
  const score: TurnScore = {
    turn: s.turn, tick, level: doc.level, legitimacy: Math.round(s.legitimacy * 1000) / 1000, activeProtesters: active, presentProtesters: present,
    police: {
      total: round1(protection + property + injuries + arrests + compliance), protection: round1(protection), property: round1(property),
      injuries: round1(injuries), arrests: round1(arrests), compliance: round1(compliance),
    },
    facts: {
      injuredOfficers: st.injuredOfficers, injuredProtesters: st.injuredProtesters, injuredProtected: st.injuredProtected,
      propertyDamage: round1(st.propertyDamage), hostagesTaken: t.protectedHostages, buildingsEntered: entered,
      provocateurArrests: t.provocateurArrests, peacefulArrests: t.peacefulArrests,
      proper: t.proper, questionable: t.questionable, violation: t.violation, conduct: t.conduct, complianceShare: Math.round(share * 1000) / 1000,
    },
    thisTurn: { ...doc.turnTally },
    crowd: { total: round1(crowdTotal), objectives: crowdList },
  };
  doc.scores.push(score);
  doc.turnTally = { proper: 0, questionable: 0, violation: 0, conduct: 0 };
  ev.push({ tick, type: 'turn_scored', turn: s.turn, score });
  // End conditions, most decisive first.
  const ending = objectives.crowd.map((o, k) => (o.endsGame ? (doc.objectives[k]?.met ?? false) : null)).filter((m): m is boolean => m !== null);
  if (ending.length > 0 && (objectives.crowdWinsWhen === 'all' ? ending.every(Boolean) : ending.some(Boolean))) return 'crowd_objectives_met';
  if (total === 0 || present > objectives.police.dispersedShare * total) return null;
  // The crowd has left: peacefully when it went calmly (hijau, no incident and no force against it for
  // peacefulCalmSeconds), else it was dispersed. A crowd still on the field has not ended anything.
  const calm = objectives.police.peacefulCalmSeconds / s.tickSeconds;
  let since = doc.lastForce ?? -1;
  for (const k of incidentKinds) since = Math.max(since, doc.lastSeen[k]);
  return doc.level === 'hijau' && doc.assessed === 'hijau' && tick - since >= calm ? 'protest_ended_peacefully' : 'crowd_dispersed';
}
