import { describe, expect, it } from 'vitest';
import { crowdScoreOf } from '../../../shared/debrief/crowdScore';
import { smallSetup } from '../../../shared/engine/fixtures';
import { translate, type MessageKey } from '../../../shared/i18n/messages';
import { crowdGroupsOf, objectiveText, standingText } from './crowdBriefing';
import { beginTurnResolution, createGame, stepTick, type Game } from './engineFacade';
import { legitimacyTrend, readHud } from './hudNumbers';
import { hudScores } from './panels/GameHud';

/** The crowd player as a full player: its briefing's words, its score on its HUD, and the HUD's legitimacy explanation. */

const t = (key: MessageKey, params?: Record<string, string | number>) => translate('id', key, params);
const en = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);

function game(): Game {
  const setup = smallSetup(40, 8);
  setup.crowd.push({ id: 'massa-2', arrival: 'lot-south', size: 20 } as never);
  setup.players[1]!.controls.push('massa-2');
  (setup as { objectives?: unknown }).objectives = {
    crowd: [{ type: 'hold_hostage', personId: 'ketua-kpu', holdSeconds: 120 }, { type: 'reach_room', count: 10 }, { type: 'breach', gateId: 'main-gate', endsGame: false }],
  };
  setup.script = { reserves: ['massa-2'], events: [{ id: 'tiba', label: { id: 'Tiba', en: 'Arrive' }, when: [{ type: 'at', turn: 3 }], effects: [{ type: 'arrive', groupIds: ['massa-2'] }] }] };
  const created = createGame(setup, 2);
  if (!created.ok) throw new Error(created.message);
  return created.game;
}

describe('the crowd briefing', () => {
  it('lists all of the crowd player\'s groups, a later one with when it comes', () => {
    const g = game();
    const groups = crowdGroupsOf(g, 'massa', t);
    expect(groups.map((x) => [x.id, x.arrives])).toEqual([['massa-1', null], ['massa-2', 'pada giliran 4']]);
    expect(groups[1]!.people).toBe(g.state.groups[1]!.count);
    expect(crowdGroupsOf(g, 'polisi', t)).toEqual([]);
  });

  it('words each objective with the person, room and gate it names, and its points', () => {
    const g = game();
    const score = crowdScoreOf(g);
    const [hostage, room, breach] = score.objectives.map((o) => objectiveText(o.objective, g, t));
    expect(hostage).toBe(t('crowdObj.hold_hostage', { person: t('protected.ketua_kpu'), seconds: 120 }));
    expect(room).toBe('10 orang massa berada di aula pleno');
    expect(breach).toBe(`Menjebol ${g.venue.file.gates.find((x) => x.id === 'main-gate')!.name}`);
    expect(objectiveText(score.objectives[1]!.objective, g, en)).toBe('10 protesters inside the pleno hall');
    expect(standingText(score.objectives[0]!, t)).toBe('0% tercapai · 0 dari 33 poin');
    expect(standingText({ ...score.objectives[2]!, met: true }, en)).toBe('Met · 33 points');
  });
});

describe('HUD scores and explanations', () => {
  it('shows each player only its own side\'s score, the room both when a person plays the crowd', () => {
    expect(hudScores('crowd', true)).toEqual({ police: false, crowd: true });
    expect(hudScores('police', true)).toEqual({ police: true, crowd: false });
    expect(hudScores('room', true)).toEqual({ police: true, crowd: true });
    expect(hudScores('room', false)).toEqual({ police: true, crowd: false });
  });

  it('explains legitimacy from its value when the turn began and that turn\'s judged measures', () => {
    const g = game();
    expect(legitimacyTrend(g)).toEqual({ turn: 0, from: g.setup.legitimacy, proper: 0, questionable: 0, violation: 0 });
    beginTurnResolution(g);
    for (let i = 0; i < 5; i++) stepTick(g);
    expect(legitimacyTrend(g)).toMatchObject({ turn: 0, from: g.setup.legitimacy });
    while (g.state.phase === 'resolving') stepTick(g);
    const last = g.state.doctrine.scores.at(-1)!;
    // Between turns: the turn just resolved, from the setup's value to where it ended.
    expect(legitimacyTrend(g)).toEqual({ turn: last.turn, from: g.setup.legitimacy, proper: last.thisTurn.proper, questionable: last.thisTurn.questionable, violation: last.thisTurn.violation });
    beginTurnResolution(g);
    expect(legitimacyTrend(g).from).toBe(last.legitimacy);
    expect(readHud(g).crowdScore).toBe(last.crowd.total);
  });
});
