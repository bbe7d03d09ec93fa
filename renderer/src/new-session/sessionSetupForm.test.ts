import { describe, expect, it } from 'vitest';
import { sessionLimits } from '../../../shared/contract/limits';
import { presetCrowdSize, SCENARIO_PRESETS } from './presets';
import { defaultAssignment, formLimitProblems, idlePolicePlayers, initialForm, toCreateInput } from './sessionSetupForm';

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
