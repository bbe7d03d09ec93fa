import { describe, expect, it } from 'vitest';
import { smallSetup } from '../../../shared/engine/fixtures';
import { translate, type MessageKey } from '../../../shared/i18n/messages';
import { createGame, Flag, type Game } from './engineFacade';
import { hoverDetails, strengthOf } from './mapHover';
import { sceneUnits } from './sceneProps';

/** Reading the map: whose each unit is for the player planning, and the hover card's facts. */

function twoPoliceGame(): Game {
  const setup = smallSetup(40, 4);
  setup.players = [
    { id: 'p1', name: 'Iptu Ani', side: 'police', controls: ['awal-1', 'awc-1', 'nego-1'] },
    { id: 'p2', name: 'AKP Budi', side: 'police', controls: ['desak-1', 'tindak-1', 'dokkes-1'] },
    { id: 'massa', name: 'Korlap', side: 'crowd', controls: ['massa-1'] },
  ];
  const created = createGame(setup, 9);
  if (!created.ok) throw new Error(created.message);
  return created.game;
}
const t = (key: MessageKey, params?: Record<string, string | number>) => translate('id', key, params);
const en = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);

describe('scene units seen by the player planning', () => {
  it('marks the player\'s own units, another police player\'s units with that player\'s name, and names everything', () => {
    const game = twoPoliceGame();
    const units = sceneUnits(game, 'p1', t);
    const byId = new Map(units.map((u) => [u.id, u]));
    expect(byId.get('awal-1')).toMatchObject({ relation: 'own', selectable: true, callSign: game.state.units.find((u) => u.id === 'awal-1')!.name });
    expect(byId.get('desak-1')).toMatchObject({ relation: 'other', owner: 'AKP Budi', selectable: false });
    // The crowd is the other side, not "another player's unit": it keeps its own colours.
    expect(byId.get('massa-1')!.relation).toBeUndefined();
    expect(byId.get('massa-1')!.callSign).toBe(game.state.groups[0]!.name);
    const party = game.state.protectedParties[0]!;
    expect(byId.get(party.id)!.callSign).toBe(t(`protected.${party.role}` as MessageKey));
  });

  it('marks nothing as own or other while nobody plans (playback)', () => {
    expect(sceneUnits(twoPoliceGame(), null, t).some((u) => u.relation)).toBe(false);
  });

  it('gives the crowd player its groups as its own', () => {
    const units = sceneUnits(twoPoliceGame(), 'massa', t);
    expect(units.find((u) => u.id === 'massa-1')!.relation).toBe('own');
    expect(units.find((u) => u.id === 'awal-1')!.relation).toBeUndefined();
  });
});

describe('hoverDetails', () => {
  it('gives a police unit\'s name, type, commander, strength and task in both languages', () => {
    const game = twoPoliceGame();
    const unit = game.state.units.find((u) => u.id === 'awal-1')!;
    const flags = game.world.agents.flags;
    flags[unit.first] = flags[unit.first]! | Flag.injured;
    const card = hoverDetails(game, 'awal-1', t)!;
    expect(card).toMatchObject({ name: unit.name, kind: t('unit.dalmas_awal'), owner: 'Iptu Ani', task: t('map.ready') });
    expect(card.strength).toBe(t('map.strength', { fit: unit.count - 1, injured: 1, total: unit.count }));
    expect(hoverDetails(game, 'awal-1', en)!.strength).toContain('injured');
    unit.task = { type: 'appeal', ticksLeft: 10 };
    expect(hoverDetails(game, 'awal-1', t)!.task).toBe(t('order.appeal'));
  });

  it('counts a crowd group\'s people on site, injured and arrested, and says what it is doing', () => {
    const game = twoPoliceGame();
    const group = game.state.groups[0]!;
    const flags = game.world.agents.flags;
    flags[group.first] = flags[group.first]! | Flag.arrested;
    flags[group.first + 1] = flags[group.first + 1]! | Flag.gone;
    const s = strengthOf(game, group.first, group.count);
    expect(s).toMatchObject({ arrested: 1, present: group.count - 1 });
    const card = hoverDetails(game, group.id, t)!;
    expect(card.task).toBe(t('map.idle'));
    expect(card.owner).toBe('Korlap');
    group.task = { type: 'orasi', groupId: group.id } as never;
    expect(hoverDetails(game, group.id, t)!.task).toBe(t('order.orasi'));
  });

  it('names a protected party by role and says how many are held hostage', () => {
    const game = twoPoliceGame();
    const party = game.state.protectedParties[0]!;
    expect(hoverDetails(game, party.id, t)!.task).toBe(t('map.protectedSafe'));
    const flags = game.world.agents.flags;
    flags[party.first] = flags[party.first]! | Flag.hostage;
    expect(hoverDetails(game, party.id, t)).toMatchObject({ name: t(`protected.${party.role}` as MessageKey), task: t('map.hostages', { count: 1 }) });
  });

  it('knows nothing of an unknown id', () => {
    expect(hoverDetails(twoPoliceGame(), 'nobody', t)).toBeNull();
  });
});
