import { Flag, SegState, type World } from '../model';
import type { CompiledVenue } from '../../venue/index';
import type { GameState, Setup } from '../state';
import { ownValue, type ScriptCondition, type ScriptEvent } from '../scriptSchema';
import { levelRank, situationLevels, type SituationLevel } from '../doctrineTypes';

/**
 * Whether a script event's conditions hold. Everything is read from the game-level state and the
 * world at one moment (`now`, ticks elapsed), each condition in constant time except
 * `provocateur_arrested`, which looks at the group's provocateurs only.
 */

/** What a condition may look at. */
export interface ConditionView {
  setup: Setup;
  venue: CompiledVenue;
  state: GameState;
  world: World;
  now: number;
}

/** The tick at which an `at` condition comes due. */
export function dueTick(cond: Extract<ScriptCondition, { type: 'at' }>, state: GameState): number {
  return cond.turn * state.ticksPerTurn + Math.round(cond.second / state.tickSeconds);
}

/** The situation level the doctrine rules keep in the state (`state.doctrine.level`), or null without them. */
export function situationLevelOf(state: GameState): SituationLevel | null {
  const level = (state as { doctrine?: { level?: unknown } }).doctrine?.level;
  return situationLevels.find((l) => l === level) ?? null;
}

/**
 * Agent index range of a group's provocateurs. Spawning puts the Korlap first, then the orators,
 * then the provocateurs (game.ts), with the same clamping as here.
 */
export function provocateurRange(setup: Setup, state: GameState, groupIndex: number): [number, number] {
  const c = setup.crowd[groupIndex]!;
  const g = state.groups[groupIndex]!;
  const orators = Math.min(c.orators, Math.max(0, c.size - 1));
  const provs = Math.min(c.provocateurs, Math.max(0, c.size - 1 - orators));
  return [g.first + 1 + orators, g.first + 1 + orators + provs];
}

function provocateurArrested(v: ConditionView, groupId: string | undefined): boolean {
  const flags = v.world.agents.flags;
  for (let gi = 0; gi < v.state.groups.length; gi++) {
    if (groupId !== undefined && v.state.groups[gi]!.id !== groupId) continue;
    const [from, to] = provocateurRange(v.setup, v.state, gi);
    for (let i = from; i < to; i++) if ((flags[i]! & Flag.arrested) !== 0) return true;
  }
  return false;
}

/** Whether one condition holds now. `manual` never does. */
export function conditionHolds(cond: ScriptCondition, v: ConditionView): boolean {
  const s = v.state;
  switch (cond.type) {
    case 'at':
      return v.now >= dueTick(cond, s);
    case 'gate_breached': {
      const op = v.venue.openings.find((o) => o.id === cond.gateId);
      return op !== undefined && v.world.segments.state[op.segment] === SegState.breached;
    }
    case 'any_breach':
      return s.stats.breaches > 0;
    case 'active_share': {
      const g = s.groups.find((x) => x.id === cond.groupId);
      return g !== undefined && g.lastActive >= cond.atLeast * g.count && g.lastActive > 0;
    }
    case 'provocateur_arrested':
      return provocateurArrested(v, cond.groupId);
    case 'hostage_taken':
      return s.stats.hostages > 0;
    case 'fire_started':
      return s.stats.fires > 0;
    case 'legitimacy_below':
      return s.legitimacy < cond.value;
    case 'appeals_heard': {
      const g = s.groups.find((x) => x.id === cond.groupId);
      return g !== undefined && g.appeals >= cond.atLeast;
    }
    case 'event_fired': {
      const at = s.script ? ownValue(s.script.fired, cond.eventId) : undefined;
      return at !== undefined && v.now >= at + Math.round(cond.afterSeconds / s.tickSeconds);
    }
    case 'situation_at_least': {
      const level = situationLevelOf(s);
      return level !== null && levelRank(level) >= levelRank(cond.level);
    }
    case 'manual':
      return false;
  }
}

/** Whether a not-yet-fired event fires now: every condition holds. */
export function eventDue(event: ScriptEvent, v: ConditionView): boolean {
  if (v.state.script && ownValue(v.state.script.fired, event.id) !== undefined) return false;
  for (const c of event.when) if (!conditionHolds(c, v)) return false;
  return true;
}
