import type { CrowdObjectiveStanding } from '../../../shared/debrief/crowdScore';
import type { MessageKey } from '../../../shared/i18n/messages';
import type { Translate } from '../i18n/useT';
import type { Game } from './engineFacade';
import { arrivalText, heldReservesOf } from './reserveView';
import { strengthOf } from './mapHover';
import { isHeld } from './engineFacade';

/**
 * The crowd player's own briefing, worded from the game: its groups (with later arrivals and when they
 * come), each objective in words with what it is worth and how far it has come. Pure functions; the
 * hand-off screen and the planning panel show them.
 */

/** One of the crowd player's groups as the briefing lists it. */
export interface CrowdGroupLine {
  id: string;
  name: string;
  people: number;
  /** Null when on the field; otherwise when it arrives, in words. */
  arrives: string | null;
}

/** The groups `playerId` leads: on the field with their people, or still to come with when. */
export function crowdGroupsOf(game: Game, playerId: string, t: Translate): CrowdGroupLine[] {
  const player = game.state.players.find((p) => p.id === playerId);
  if (!player) return [];
  const held = new Map(heldReservesOf(game, playerId).map((r) => [r.id, r]));
  return game.state.groups.filter((g) => player.controls.includes(g.id)).map((g) => {
    const reserve = held.get(g.id);
    return {
      id: g.id, name: g.name,
      people: isHeld(game.state, g.id) ? g.count : strengthOf(game, g.first, g.count).present,
      arrives: reserve ? arrivalText(reserve, t) : null,
    };
  });
}

/** What a crowd objective asks, in words (the protected person, gate and room named where the scenario names them). */
export function objectiveText(o: CrowdObjectiveStanding['objective'], game: Game, t: Translate): string {
  switch (o.type) {
    case 'hold_hostage': {
      const role = o.personId ? game.state.protectedParties.find((p) => p.id === o.personId)?.role : undefined;
      const person = role ? t(`protected.${role}` as MessageKey) : t('crowdObj.anyProtected');
      return t('crowdObj.hold_hostage', { person, seconds: o.holdSeconds });
    }
    case 'reach_room':
      return t('crowdObj.reach_room', { count: o.count, room: t(`crowdObj.room.${o.roomKind}` as MessageKey) });
    case 'breach':
      return o.gateId ? t('crowdObj.breachGate', { gate: gateName(game, o.gateId) }) : t('crowdObj.breach');
    case 'enter_building': {
      const building = o.buildingId ? game.venue.file.buildings.find((b) => b.id === o.buildingId) : undefined;
      return building ? t('crowdObj.enterNamed', { building: building.name }) : t('crowdObj.enter_building');
    }
    case 'delegation_received':
      return t('crowdObj.delegation_received');
  }
}

/** A gate's name from the venue file (venue names are written once, as on the site's own signs). */
function gateName(game: Game, gateId: string): string {
  return game.venue.file.gates.find((g) => g.id === gateId)?.name ?? gateId;
}

/** How far an objective has come, in words: met (with points), or its progress and points so far. */
export function standingText(s: CrowdObjectiveStanding, t: Translate): string {
  const worth = Math.round(s.worth);
  if (s.met) return t('crowdObj.met', { worth });
  return t('crowdObj.progress', { percent: Math.round(s.progress * 100), earned: Math.round(s.earned * 10) / 10, worth });
}
