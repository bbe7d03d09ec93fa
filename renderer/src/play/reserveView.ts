import type { ScriptCondition, ScriptEvent } from '../../../shared/engine/scriptSchema';
import type { Translate } from '../i18n/useT';
import { isHeld, type Game } from './engineFacade';

/**
 * Reserves as the players see them: a police unit or crowd group the scenario keeps off the field is
 * listed as "not yet arrived" with the condition that brings it in (from the scenario script's
 * `arrive` events), never as if it could take orders. Pure functions of the game.
 */

/** A reserve of a player still off the field. */
export interface HeldReserve {
  id: string;
  name: string;
  /** Police unit type, or 'crowd_group'. */
  type: string;
  side: 'police' | 'crowd';
  /** The script events that bring it in (any of them), each with all its conditions. */
  arrivals: ScriptEvent[];
}

/** The reserves among `playerId`'s units and groups still off the field, in the player's order. */
export function heldReservesOf(game: Game, playerId: string): HeldReserve[] {
  const { state } = game;
  const player = state.players.find((p) => p.id === playerId);
  if (!player) return [];
  const events = game.setup.script?.events ?? [];
  const out: HeldReserve[] = [];
  for (const id of player.controls) {
    if (!isHeld(state, id)) continue;
    const arrivals = events.filter((e) => e.effects.some((f) => f.type === 'arrive' && (f.groupIds.includes(id) || f.unitIds.includes(id))));
    const unit = state.units.find((u) => u.id === id);
    if (unit) out.push({ id, name: unit.name, type: unit.type, side: 'police', arrivals });
    const group = state.groups.find((g) => g.id === id);
    if (group) out.push({ id, name: group.name, type: 'crowd_group', side: 'crowd', arrivals });
  }
  return out;
}

/** One condition of an arrival in words ("giliran 6", "bila situasi merah" ...). */
export function conditionText(c: ScriptCondition, t: Translate): string {
  switch (c.type) {
    case 'at':
      return c.second > 0 ? t('reserve.atTurnSecond', { turn: c.turn + 1, second: c.second }) : t('reserve.atTurn', { turn: c.turn + 1 });
    case 'situation_at_least':
      return t('reserve.level', { level: t(`level.${c.level}`) });
    case 'gate_breached':
    case 'any_breach':
      return t('reserve.breach');
    case 'hostage_taken':
      return t('reserve.hostage');
    case 'fire_started':
      return t('reserve.fire');
    case 'legitimacy_below':
      return t('reserve.legitimacy', { percent: Math.round(c.value * 100) });
    case 'manual':
      return t('reserve.manual');
    default:
      return t('reserve.scenario');
  }
}

/** When a reserve arrives, in words: the conditions of each arrival event ("and" within, "or" between). */
export function arrivalText(reserve: HeldReserve, t: Translate): string {
  if (reserve.arrivals.length === 0) return t('reserve.manual');
  return reserve.arrivals
    .map((e) => e.when.map((c) => conditionText(c, t)).join(t('reserve.and')))
    .join(t('reserve.or'));
}
