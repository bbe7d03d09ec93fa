import { describe, expect, it } from 'vitest';
import { smallSetup } from '../../../shared/engine/fixtures';
import { translate, type MessageKey } from '../../../shared/i18n/messages';
import { describeEntry, type EntryContext } from '../debrief/side/describeEntry';
import { crowdKeys, crowdLegendLines, legendKind } from './crowdLegend';
import { createGame, type Game } from './engineFacade';
import { ACTION_TOOLS, toolById, type PlanUnit } from './orderTools';
import { arrivalText, conditionText, heldReservesOf } from './reserveView';
import { planUnitsFor } from './unitViews';
import { playEntryContext } from './playEntryContext';

/** Reserves shown as not yet arrived with their arrival condition, the crowd's own legend, and the arrival's wording. */

const t = (key: MessageKey, params?: Record<string, string | number>) => translate('id', key, params);
const en = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);

function gameWithReserves(): Game {
  const setup = smallSetup(40, 8);
  setup.script = {
    reserves: ['tindak-1', 'massa-1'],
    events: [
      { id: 'bantuan', label: { id: 'Bantuan', en: 'Help' }, when: [{ type: 'situation_at_least', level: 'merah' }], effects: [{ type: 'arrive', unitIds: ['tindak-1'] }] },
      { id: 'massa', label: { id: 'Massa', en: 'Crowd' }, when: [{ type: 'at', turn: 5 }], effects: [{ type: 'arrive', groupIds: ['massa-1'] }] },
    ],
  };
  const created = createGame(setup, 4);
  if (!created.ok) throw new Error(created.message);
  return created.game;
}

describe('heldReservesOf', () => {
  it('lists a police reserve as not yet arrived with its condition, and keeps it out of the orderable units', () => {
    const game = gameWithReserves();
    const held = heldReservesOf(game, 'polisi');
    expect(held.map((r) => [r.id, r.side])).toEqual([['tindak-1', 'police']]);
    expect(arrivalText(held[0]!, t)).toBe('bila situasi Merah'.replace('Merah', t('level.merah')));
    expect(arrivalText(held[0]!, en)).toContain('when the situation is');
    expect(planUnitsFor(game, 'polisi').some((u) => u.id === 'tindak-1')).toBe(false);
  });

  it('names the crowd\'s later group with its turn (shown 1-based like the HUD)', () => {
    const game = gameWithReserves();
    const [group] = heldReservesOf(game, 'massa');
    expect(group).toMatchObject({ id: 'massa-1', side: 'crowd' });
    expect(arrivalText(group!, t)).toBe('pada giliran 6');
  });

  it('lists nothing once the reserve has arrived', () => {
    const game = gameWithReserves();
    game.state.script!.held = [];
    expect(heldReservesOf(game, 'polisi')).toEqual([]);
    expect(planUnitsFor(game, 'polisi').some((u) => u.id === 'tindak-1')).toBe(true);
  });

  it('words every kind of condition, joining "and" within an event and "or" between events', () => {
    expect(conditionText({ type: 'at', turn: 2, second: 30 }, t)).toBe('pada giliran 3, detik 30');
    expect(conditionText({ type: 'gate_breached', gateId: 'g' }, t)).toBe(t('reserve.breach'));
    expect(conditionText({ type: 'legitimacy_below', value: 0.5 }, en)).toBe('when legitimacy falls below 50%');
    expect(conditionText({ type: 'manual' }, t)).toBe(t('reserve.manual'));
    expect(conditionText({ type: 'appeals_heard', groupId: 'g', atLeast: 3 }, t)).toBe(t('reserve.scenario'));
    const text = arrivalText({
      id: 'x', name: 'X', type: 'dokkes', side: 'police',
      arrivals: [
        { id: 'a', label: { id: '', en: '' }, when: [{ type: 'at', turn: 1, second: 0 }, { type: 'fire_started' }], effects: [], repeatable: false } as never,
        { id: 'b', label: { id: '', en: '' }, when: [{ type: 'hostage_taken' }], effects: [] } as never,
      ],
    }, t);
    expect(text).toBe(`pada giliran 2 dan ${t('reserve.fire')}, atau ${t('reserve.hostage')}`);
  });
});

describe('the crowd legend', () => {
  const group: PlanUnit = { id: 'massa-1', type: 'crowd_group', side: 'crowd', centre: [0, 0], allowed: ['march', 'orasi', 'take_hostage'] };

  it('is the crowd player\'s, and the police legend for everyone else', () => {
    expect(legendKind('crowd')).toBe('crowd');
    expect(legendKind('police')).toBe('police');
    expect(legendKind(undefined)).toBe('police');
  });

  it('lists the crowd actions\' keys from the tools, and no police formation or order', () => {
    const keys = crowdKeys(t);
    expect(keys).toContain(`M ${t('order.march')}`);
    expect(keys).toContain(`O ${t('order.orasi')}`);
    expect(keys.join()).not.toContain(t('order.hold'));
    expect(keys.length).toBe(ACTION_TOOLS.filter((tool) => tool.key && tool.appliesTo({ ...group, allowed: [tool.id] })).length);
  });

  it('says what a click does with the chosen action', () => {
    expect(crowdLegendLines(t, null, undefined)[0]).toBe(t('crowdLegend.noSelection'));
    expect(crowdLegendLines(t, group, toolById('march'))[0]).toBe(t('crowdLegend.click', { order: t('order.march') }));
    expect(crowdLegendLines(t, group, toolById('take_hostage'))[0]).toBe(t('crowdLegend.clickTarget', { order: t('order.take_hostage') }));
    expect(crowdLegendLines(en, group, toolById('orasi'))[0]).toContain('applies at once');
  });
});

describe('reinforcements in the summary and the log', () => {
  it('announces police reinforcements as such, and a second crowd as such', () => {
    const game = gameWithReserves();
    const ctx = (tr: typeof t) => playEntryContext(game, [], [], tr, tr === t ? 'id' : 'en');
    const entry = (side: 'police' | 'crowd', id: string) =>
      ({ event: { tick: 0, type: 'reinforcements_arrived', side, id, count: 30, x: 0, y: 0 }, tick: 0, endTick: 0, count: 1, amount: 30, place: null, unitId: side === 'police' ? id : null, groupId: side === 'crowd' ? id : null, playerId: null, orderId: null }) as never;
    const police = describeEntry(entry('police', 'tindak-1'), ctx(t));
    expect(police.title).toBe(t('map.policeReinforcements'));
    expect(police.title).not.toContain('massa');
    expect(describeEntry(entry('police', 'tindak-1'), ctx(en)).title).toBe('Police reinforcements arrived');
    expect(describeEntry(entry('crowd', 'massa-1'), ctx(t)).title).toBe(t('map.crowdReinforcements'));
  });
});
