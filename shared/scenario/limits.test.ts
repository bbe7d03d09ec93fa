import { describe, expect, it } from 'vitest';
import { sessionLimits } from '../contract/limits';
import { setupSchema, type SetupInput } from '../engine';
import { smallSetup } from '../engine/fixtures';
import { setupLimitProblems } from './limits';
import { defaultChoices, listScenarios, scenarioToSetup } from './index';

const problemsOf = (input: SetupInput) => setupLimitProblems(setupSchema.parse(input)).map((problem) => [problem.field, problem.key, problem.params]);

describe('session limits of a setup', () => {
  it('hold for every bundled scenario at the smallest and largest crowd and 1–4 police players the form offers', () => {
    for (const scenario of listScenarios()) {
      for (const crowdSize of [sessionLimits.crowdPeopleMin, sessionLimits.crowdPeopleMax]) {
        for (let police = sessionLimits.policePlayersMin; police <= sessionLimits.policePlayersMax; police += 1) {
          const choices = defaultChoices(scenario);
          const players = Array.from({ length: police }, (_, k) => ({ id: `polri-${k + 1}`, name: `Danton ${k + 1}`, unitIds: k === 0 ? scenario.police.map((u) => u.id) : [] }));
          const setup = scenarioToSetup(scenario, { ...choices, police: players, crowdPlayer: { id: 'massa', name: 'Korlap' }, crowdSize, instructor: { id: 'direktur', name: 'Direktur' } });
          expect([scenario.id, crowdSize, police, problemsOf(setup)]).toEqual([scenario.id, crowdSize, police, []]);
        }
      }
    }
  });

  it('names each limit a setup goes beyond', () => {
    const base = smallSetup(60, 8);
    expect(problemsOf(base)).toEqual([]);
    expect(problemsOf({ ...base, crowd: [{ ...base.crowd[0]!, size: 6000 }] })).toEqual([['crowd', 'limits.crowdPeople', { count: 6000, min: 20, max: 5000 }]]);
    expect(problemsOf({ ...base, crowd: [{ ...base.crowd[0]!, size: 10 }] })).toEqual([['crowd', 'limits.crowdPeople', { count: 10, min: 20, max: 5000 }]]);
    expect(problemsOf({ ...base, secondsPerTurn: 300, tickSeconds: 0.1 })).toEqual([['secondsPerTurn', 'limits.ticksPerTurn', { count: 3000, max: 600 }]]);
    expect(problemsOf({ ...base, police: [...base.police, base.police[0]!] })).toEqual([['police', 'limits.duplicateUnit', { id: 'awal-1' }]]);
    const extra = Array.from({ length: 11 }, (_, k) => ({ id: `extra-${k}`, type: 'dalmas_awal' as const, staging: 'yard-west', strength: 200 }));
    expect(problemsOf({ ...base, police: [...base.police, ...extra] })).toEqual([['police', 'limits.officers', { count: expect.any(Number), max: 2000 }]]);
    expect(problemsOf({ ...base, crowd: [{ ...base.crowd[0]!, id: 'awal-1' }] })).toEqual([['crowd', 'limits.unitGroupClash', { id: 'awal-1' }]]);
    const players = [...base.players, ...[2, 3, 4, 5].map((n) => ({ id: `polisi-${n}`, name: `Danton ${n}`, side: 'police' as const, controls: [] }))];
    expect(problemsOf({ ...base, players })).toEqual([['players', 'limits.policePlayers', { count: 5, min: 1, max: 4 }]]);
    const named = base.players.map((player, k) => (k === 0 ? { ...player, name: 'x'.repeat(61) } : player));
    expect(problemsOf({ ...base, players: named })).toEqual([['players', 'limits.playerName', { id: 'polisi', max: 60 }]]);
    const twice = [...base.players, { id: 'massa', name: 'Massa 2', side: 'crowd' as const, controls: [] }];
    expect(problemsOf({ ...base, players: twice })).toEqual([
      ['players', 'limits.crowdPlayers', { count: 2, max: 1 }],
      ['players', 'limits.duplicatePlayer', { id: 'massa' }],
    ]);
  });
});
