import { describe, expect, it } from 'vitest';
import { sessionLimits } from '../../../shared/contract/limits';
import { presetCrowdSize, SCENARIO_PRESETS } from './presets';
import { defaultAssignment, formLimitProblems, formProblems, idlePolicePlayers, initialForm, parseCrowdSize, rolesOfPlayer, toCreateInput, withCrowdSizeText } from './sessionSetupForm';

/** The new-session form's data (sessionSetupForm.ts): defaults, idle players, the createSession input, limits. */

const preset = SCENARIO_PRESETS[0]!;

describe('the new-session form', () => {
  it('starts with the preset\'s crowd, a person playing the crowd, every unit with the player of its role', () => {
    const form = initialForm(preset, 'Latihan', ['A', 'B'], 'Korlap');
    expect(form).toMatchObject({ name: 'Latihan', presetId: preset.id, crowdController: 'person', crowdSize: presetCrowdSize(preset), seed: '' });
    expect(form.assignment).toEqual(Object.fromEntries(preset.police.map((unit) => [unit.id, unit.lead % 2])));
  });

  it('wraps roles to the number of police players, and one player takes every unit', () => {
    expect(Object.values(defaultAssignment(preset, 1)).every((player) => player === 0)).toBe(true);
    expect(Object.values(defaultAssignment(preset, 0)).every((player) => player === 0)).toBe(true);
  });

  it('finds police players who command no unit', () => {
    const form = initialForm(preset, 'x', ['A', 'B', 'C'], 'K');
    form.assignment = Object.fromEntries(preset.police.map((unit) => [unit.id, 0]));
    expect(idlePolicePlayers(form)).toEqual([1, 2]);
  });

  it('makes the createSession input: trimmed names with defaults, crowd and instructor players, a numeric seed only', () => {
    const form = { ...initialForm(preset, '  ', [' ', 'Bripka B '], ''), instructorName: ' Direktur ', seed: ' 42 ' };
    const input = toCreateInput(form, preset);
    expect(input.name).toBe(preset.id);
    expect(input.scenarioId).toBe(preset.id);
    expect(input.players).toEqual([
      { id: 'polri-1', name: 'Danton 1', role: 'police' },
      { id: 'polri-2', name: 'Bripka B', role: 'police' },
      { id: 'massa', name: 'Korlap', role: 'crowd' },
      { id: 'direktur', name: 'Direktur', role: 'instructor' },
    ]);
    expect(input.seed).toBe(42);
    expect(toCreateInput({ ...form, seed: 'abc' }, preset)).not.toHaveProperty('seed');
    const scripted = toCreateInput({ ...form, crowdController: 'script', instructorName: '' }, preset);
    expect(scripted.players.map((p) => p.role)).toEqual(['police', 'police']);
    expect(scripted.crowdController).toBe('script');
  });

  it('has no limit problems with the defaults, and names the limit a too long player name breaks', () => {
    const form = initialForm(preset, 'x', ['A'], 'K');
    expect(formLimitProblems(form, preset)).toEqual([]);
    const problems = formLimitProblems({ ...form, policeNames: ['A'.repeat(sessionLimits.playerNameMax + 1)] }, preset);
    expect(problems.map((problem) => problem.key)).toContain('limits.playerName');
  });
});

describe('the new-session form\'s field checks', () => {
  const form = () => initialForm(preset, 'Latihan', ['Iptu Ancah', 'Ipda Budi'], 'Korlap Rudi');

  it('has nothing wrong with the defaults', () => {
    expect(formProblems(form())).toEqual({});
  });

  it('takes the crowd size as typed: every keystroke of 350 is kept, 350 is taken, -50 and 2 are refused with the bounds', () => {
    let f = form();
    for (const typed of ['3', '35', '350']) f = withCrowdSizeText(f, typed);
    expect(f).toMatchObject({ crowdSizeText: '350', crowdSize: 350 });
    expect(formProblems(f)).toEqual({});
    const negative = withCrowdSizeText(f, '-50');
    expect(negative).toMatchObject({ crowdSizeText: '-50', crowdSize: 350 });
    const { crowdPeopleMin: min, crowdPeopleMax: max } = sessionLimits;
    expect(formProblems(negative)).toEqual({ crowdSize: { key: 'setup.outOfRange', params: { min, max } } });
    expect(parseCrowdSize(String(max + 1))).toEqual({ problem: { key: 'setup.outOfRange', params: { min, max } } });
    expect(parseCrowdSize('')).toEqual({ problem: { key: 'setup.required' } });
    expect(parseCrowdSize('3.5')).toEqual({ problem: { key: 'setup.notNumber', params: { example: 350 } } });
    expect(toCreateInput(withCrowdSizeText(form(), '350'), preset).setup.crowd.reduce((n, g) => n + g.size, 0)).toBeGreaterThan(300);
  });

  it('requires every player\'s name and the session name, within their lengths; the director is optional', () => {
    const f = { ...form(), name: ' ', policeNames: ['', 'B'.repeat(sessionLimits.playerNameMax + 1)], crowdName: '  ' };
    expect(formProblems(f)).toEqual({
      name: { key: 'setup.required' },
      'police-0': { key: 'setup.required' },
      'police-1': { key: 'setup.tooLong', params: { max: sessionLimits.playerNameMax, count: sessionLimits.playerNameMax + 1 } },
      crowdName: { key: 'setup.required' },
    });
    expect(formProblems({ ...form(), name: 'x'.repeat(10_000) }).name).toEqual({ key: 'setup.tooLong', params: { max: sessionLimits.sessionNameMax, count: 10_000 } });
    // Without a crowd player, its name is not asked for.
    expect(formProblems({ ...form(), crowdController: 'script', crowdName: '' })).toEqual({});
  });

  it('refuses the same name twice (case and spaces aside), at every field that has it', () => {
    const f = { ...form(), policeNames: ['Iptu Ancah', ' iptu ancah '], instructorName: 'Korlap Rudi' };
    expect(formProblems(f)).toEqual({
      'police-0': { key: 'setup.duplicate' }, 'police-1': { key: 'setup.duplicate' }, crowdName: { key: 'setup.duplicate' }, instructorName: { key: 'setup.duplicate' },
    });
  });

  it('gives each police player the scenario roles of the default split', () => {
    const roles = preset.roles.map((r) => r.id);
    expect(rolesOfPlayer(preset, 0, 1).map((r) => r.id)).toEqual(roles);
    expect(rolesOfPlayer(preset, 0, roles.length).map((r) => r.id)).toEqual(roles.slice(0, 1));
    for (const unit of preset.police) {
      const player = defaultAssignment(preset, 2)[unit.id]!;
      if (unit.lead >= 0) expect(rolesOfPlayer(preset, player, 2).map((r) => r.id)).toContain(preset.roles[unit.lead]!.id);
    }
  });
});

