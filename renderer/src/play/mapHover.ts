import type { MessageKey } from '../../../shared/i18n/messages';
import type { Translate } from '../i18n/useT';
import { Flag, isHeld, type Game } from './engineFacade';

/**
 * What the map's hover card says about a unit, crowd group or protected party: name, kind, strength
 * (on their feet / injured / arrested / of how many) and what it is doing now, in the UI language.
 * A pure function of the game, read when the pointer comes onto the thing and refreshed with the HUD.
 */

/** The hover card's content. */
export interface HoverDetails {
  name: string;
  kind: string;
  /** Commanding player, when one does. */
  owner: string | null;
  strength: string;
  task: string;
}

/** Members on their feet, injured or down, arrested, and all still on the table, of agents [first, first + count). */
export function strengthOf(game: Game, first: number, count: number): { fit: number; injured: number; arrested: number; present: number } {
  const flags = game.world.agents.flags;
  let fit = 0;
  let injured = 0;
  let arrested = 0;
  let present = 0;
  for (let i = first; i < first + count; i++) {
    const f = flags[i]!;
    if (f & (Flag.gone | Flag.evacuated)) continue;
    present++;
    if (f & (Flag.injured | Flag.down)) injured++;
    else if (f & Flag.arrested) arrested++;
    else fit++;
  }
  return { fit, injured, arrested, present };
}

function ownerName(game: Game, id: string): string | null {
  return game.state.players.find((p) => p.controls.includes(id))?.name ?? null;
}

/** The hover card for the thing with scene id `id`, or null when the game has no such unit, group or party. */
export function hoverDetails(game: Game, id: string, t: Translate): HoverDetails | null {
  const { state } = game;
  const unit = state.units.find((u) => u.id === id);
  if (unit) {
    const s = strengthOf(game, unit.first, unit.count);
    const task: string = isHeld(state, id) ? t('map.notArrived')
      : unit.task ? t(`order.${unit.task.type}` as MessageKey)
      : unit.stance === 'hold' ? t('order.hold')
      : unit.stance === 'push' ? t('order.push')
      : unit.waypoints.length > 0 ? t('order.move')
      : t('map.ready');
    return { name: unit.name, kind: t(`unit.${unit.type}`), owner: ownerName(game, id), strength: t('map.strength', { fit: s.fit, injured: s.injured, total: unit.count }), task };
  }
  const group = state.groups.find((g) => g.id === id);
  if (group) {
    const s = strengthOf(game, group.first, group.count);
    const task = isHeld(state, id) ? t('map.notArrived') : group.task.type === 'idle' ? t('map.idle') : t(`order.${group.task.type}` as MessageKey);
    return {
      name: group.name, kind: t('unit.crowd_group'), owner: ownerName(game, id),
      strength: t('map.crowdStrength', { present: s.present, injured: s.injured, arrested: s.arrested }), task,
    };
  }
  const party = state.protectedParties.find((p) => p.id === id);
  if (party) {
    const s = strengthOf(game, party.first, party.count);
    let hostages = 0;
    for (let i = party.first; i < party.first + party.count; i++) if (game.world.agents.flags[i]! & Flag.hostage) hostages++;
    return {
      name: t(`protected.${party.role}`), kind: t('unit.protected_persons'), owner: null,
      strength: t('map.protectedStrength', { present: s.present, injured: s.injured }),
      task: hostages > 0 ? t('map.hostages', { count: hostages }) : t('map.protectedSafe'),
    };
  }
  return null;
}
