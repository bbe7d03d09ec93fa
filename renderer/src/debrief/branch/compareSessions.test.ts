import { describe, expect, it } from 'vitest';
import type { KeyNumbers } from '../report/keyNumbers';
import { comparedNumbers, compareSessions } from './compareSessions';

function numbers(turn: number, patch: Partial<KeyNumbers> = {}): KeyNumbers {
  return {
    turn, endTick: turn * 120, level: 'hijau', legitimacy: 0.8, injuredOfficers: 0, injuredProtesters: 0, injuredProtected: 0, arrests: 0,
    damage: 0, policeScore: 70, crowdScore: 10, proper: turn, questionable: 0, violation: 0, ...patch,
  };
}

describe('compareSessions', () => {
  const original = [numbers(1), numbers(2), numbers(3, { arrests: 4, level: 'merah', legitimacy: 0.456, damage: 12.6 }), numbers(4, { violation: 2, policeScore: 41.4 })];
  const branch = [numbers(1), numbers(2), numbers(3, { arrests: 1, level: 'kuning' })];

  it('reads both at the same turn and each at its own end, every compared number once', () => {
    const comparison = compareSessions(original, branch, 3);
    expect(comparison.rows.map((row) => row.id)).toEqual([...comparedNumbers]);
    expect(comparison.originalEndTurn).toBe(4);
    expect(comparison.branchEndTurn).toBe(3);
    const row = (id: string) => comparison.rows.find((r) => r.id === id)!;
    expect(row('arrests').original.atTurn).toBe(4);
    expect(row('arrests').branch.atTurn).toBe(1);
    expect(row('level').original.atTurn).toBe('merah');
    expect(row('level').branch.atEnd).toBe('kuning');
    expect(row('legitimacy').original.atTurn).toBe(46);
    expect(row('damage').original.atTurn).toBe(13);
    expect(row('violation').original.atEnd).toBe(2);
    expect(row('policeScore').original.atEnd).toBe(41);
    expect(row('proper').branch.atEnd).toBe(3);
  });

  it('reads null where a session has not played the turn, or has no score', () => {
    const comparison = compareSessions(original, branch, 4);
    const arrests = comparison.rows.find((r) => r.id === 'arrests')!;
    expect(arrests.original.atTurn).toBe(0);
    expect(arrests.branch.atTurn).toBeNull();
    const unscored = compareSessions([numbers(1, { policeScore: null })], [], 1);
    expect(unscored.rows.find((r) => r.id === 'policeScore')!.original.atTurn).toBeNull();
    expect(unscored.rows.every((r) => r.branch.atEnd === null)).toBe(true);
  });
});
