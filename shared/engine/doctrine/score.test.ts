import { describe, it, expect } from 'vitest';
import { produce, type Draft } from 'immer';
import { createGame, Flag, incidentKinds, type Game, type GameEvent, type GameState, type GameOverReason, type IncidentKind, type ObjectiveProgress, type ObjectivesInput, type Stats, type Tally, type TurnScore } from '../index';
import { scoreTurn, trackObjectives, trackForce, ROOM_CHECK_TICKS } from './score';
import { twoGroupSetup } from './fixtures';

/**
 * The score of a turn and the crowd objectives (score.ts), table-driven against the documented
 * rule: police 0..100 = protection 30 (-10 per protected hostage, -10 per building entered, -3 per
 * protected person injured, not below 0) + property 15 e^(-damage/40) + injuries
 * 20 e^(-(officers + protesters + 2 protected)/20) + arrests 10 (5 + 2 per provocateur - 3 per peaceful
 * person, clamped to 0..10) + compliance 25 x proper / (counted + conduct findings), each part and the
 * total rounded to a tenth; crowd 0..100 = the mean of its objectives, a met one counting fully and
 * partial progress (rounded to a tenth) half. Then the end conditions, most decisive first. Each case
 * builds a fresh game of two small groups (fixtures.ts twoGroupSetup: massa-1 of 6, massa-2 of 4),
 * sets only the facts a rule reads and calls scoreTurn / trackObjectives inside an immer draft, as
 * the tick pipeline does. Expected numbers are worked out in the row names and comments.
 */

function newGame(objectives?: ObjectivesInput, reserves?: string[]): Game {
  const r = createGame(twoGroupSetup(objectives, reserves), 7);
  if (!r.ok) throw new Error(r.message);
  return r.game;
}

/** Agent indices of group gi, in order. */
function members(g: Game, gi: number): number[] {
  const grp = g.state.groups[gi]!;
  return Array.from({ length: grp.count }, (_, k) => grp.first + k);
}

/** Sets every member's flags of group gi (missing entries: 0, present and calm). */
function setFlags(g: Game, gi: number, flags: number[]): void {
  members(g, gi).forEach((i, k) => { g.world.agents.flags[i] = flags[k] ?? 0; });
}

interface Ended {
  score: TurnScore;
  reason: GameOverReason | null;
  events: GameEvent[];
  state: GameState;
}

/** Ends the turn at `tick` after `prepare` set the facts, as doctrineTurnEnd does; the game keeps the new state. */
function endTurn(g: Game, tick: number, prepare?: (d: Draft<GameState>) => void): Ended {
  const events: GameEvent[] = [];
  let reason: GameOverReason | null = null;
  const state = produce(g.state, (d) => {
    prepare?.(d);
    reason = scoreTurn(g, d, d.doctrine, tick, events);
  });
  g.state = state;
  return { score: state.doctrine.scores.at(-1)!, reason, events, state };
}

const OFF = { gone: Flag.gone, evacuated: Flag.evacuated, arrested: Flag.arrested };

describe('police score: each part, its maximum and its clamps', () => {
  interface Facts { tally?: Partial<Tally>; stats?: Partial<Stats>; entered?: [number, number] }
  type Row = [name: string, facts: Facts, police: TurnScore['police']];
  const p = (total: number, protection: number, property: number, injuries: number, arrests: number, compliance: number): TurnScore['police'] =>
    ({ total, protection, property, injuries, arrests, compliance });
  const rows: Row[] = [
    ['nothing happened: every part at its maximum, arrests at their base 5', {}, p(95, 30, 15, 20, 5, 25)],
    // protection 30 - 10 per protected hostage - 10 per building entered - 3 per protected person injured, not below 0
    ['a protected person taken hostage: protection 30 - 10', { tally: { protectedHostages: 1 } }, p(85, 20, 15, 20, 5, 25)],
    ['two taken hostage: 30 - 20', { tally: { protectedHostages: 2 } }, p(75, 10, 15, 20, 5, 25)],
    ['a building entered by each group: the groups\' entries add up, 30 - 2 x 10', { entered: [1, 1] }, p(75, 10, 15, 20, 5, 25)],
    ['one building entered by massa-2 only: 30 - 10', { entered: [0, 1] }, p(85, 20, 15, 20, 5, 25)],
    // injuries 20 e^(-4/20) = 16.37
    ['two protected people injured: protection 30 - 6, injuries 20 e^(-2 x 2/20)', { stats: { injuredProtected: 2 } }, p(85.4, 24, 15, 16.4, 5, 25)],
    // 30 - 20 - 10 - 3 = -3 -> 0; injuries 20 e^(-0.1) = 18.10
    ['protection clamps at 0: two hostages, a building, one protected injured', { tally: { protectedHostages: 2 }, entered: [1, 0], stats: { injuredProtected: 1 } }, p(63.1, 0, 15, 18.1, 5, 25)],
    // property 15 e^(-damage/40)
    ['damage 20: property 15 e^(-0.5) = 9.10', { stats: { propertyDamage: 20 } }, p(89.1, 30, 9.1, 20, 5, 25)],
    ['damage 40: property 15 e^(-1) = 5.52', { stats: { propertyDamage: 40 } }, p(85.5, 30, 5.5, 20, 5, 25)],
    ['damage 27.25: property 15 e^(-0.68125) = 7.59', { stats: { propertyDamage: 27.25 } }, p(87.6, 30, 7.6, 20, 5, 25)],
    // injuries 20 e^(-(officers + protesters + 2 protected)/20)
    ['20 officers injured: injuries 20 e^(-1) = 7.36', { stats: { injuredOfficers: 20 } }, p(82.4, 30, 15, 7.4, 5, 25)],
    ['10 protesters injured: injuries 20 e^(-0.5) = 12.13', { stats: { injuredProtesters: 10 } }, p(87.1, 30, 15, 12.1, 5, 25)],
    ['5 protected injured weigh double: injuries 20 e^(-10/20), protection 30 - 15', { stats: { injuredProtected: 5 } }, p(72.1, 15, 15, 12.1, 5, 25)],
    ['3 officers, 4 protesters, 1 protected: injuries 20 e^(-9/20) = 12.75, protection 27', { stats: { injuredOfficers: 3, injuredProtesters: 4, injuredProtected: 1 } }, p(84.8, 27, 15, 12.8, 5, 25)],
    // arrests min(10, max(0, 5 + 2 provocateurs - 3 peaceful))
    ['one provocateur arrested: 5 + 2', { tally: { provocateurArrests: 1 } }, p(97, 30, 15, 20, 7, 25)],
    ['two provocateurs: 5 + 4', { tally: { provocateurArrests: 2 } }, p(99, 30, 15, 20, 9, 25)],
    ['three provocateurs: 5 + 6 = 11 clamps at 10', { tally: { provocateurArrests: 3 } }, p(100, 30, 15, 20, 10, 25)],
    ['one peaceful person arrested: 5 - 3', { tally: { peacefulArrests: 1 } }, p(92, 30, 15, 20, 2, 25)],
    ['two peaceful people: 5 - 6 = -1 clamps at 0', { tally: { peacefulArrests: 2 } }, p(90, 30, 15, 20, 0, 25)],
    ['two provocateurs and one peaceful person: 5 + 4 - 3', { tally: { provocateurArrests: 2, peacefulArrests: 1 } }, p(96, 30, 15, 20, 6, 25)],
    // compliance 25 x countedProper / (counted + conduct), 25 when nothing was counted
    ['measures not counted (stage 1 and 2, proper) leave compliance at 25', { tally: { proper: 6, counted: 0, countedProper: 0 } }, p(95, 30, 15, 20, 5, 25)],
    ['all counted measures proper: 25', { tally: { proper: 2, counted: 2, countedProper: 2 } }, p(95, 30, 15, 20, 5, 25)],
    ['3 of 4 counted measures proper: 25 x 0.75 = 18.75', { tally: { counted: 4, countedProper: 3 } }, p(88.8, 30, 15, 20, 5, 18.8)],
    ['3 of 4 and a conduct finding: 25 x 3/5', { tally: { counted: 4, countedProper: 3, conduct: 1 } }, p(85, 30, 15, 20, 5, 15)],
    ['2 of 3: 25 x 2/3 = 16.67', { tally: { counted: 3, countedProper: 2 } }, p(86.7, 30, 15, 20, 5, 16.7)],
    ['only conduct findings: 25 x 0/2', { tally: { conduct: 2 } }, p(70, 30, 15, 20, 5, 0)],
  ];
  it.each(rows)('%s', (_, facts, police) => {
    const g = newGame();
    const { score } = endTurn(g, 120, (d) => {
      Object.assign(d.doctrine.tally, facts.tally ?? {});
      Object.assign(d.stats, facts.stats ?? {});
      const [a, b] = facts.entered ?? [0, 0];
      d.groups[0]!.entered = ['kantor-kpu', 'annex'].slice(0, a);
      d.groups[1]!.entered = ['kantor-kpu', 'annex'].slice(0, b);
    });
    expect(score.police).toEqual(police);
  });

  it('the total is the sum of the unrounded parts, rounded once', () => {
    // 30 + 15 e^(-0.25) + 20 e^(-0.25) + 5 + 25 x 2/3 = 30 + 11.682 + 15.576 + 5 + 16.667 = 78.925
    const g = newGame();
    const { score } = endTurn(g, 120, (d) => {
      Object.assign(d.doctrine.tally, { counted: 3, countedProper: 2 });
      Object.assign(d.stats, { propertyDamage: 10, injuredOfficers: 5 });
    });
    expect(score.police).toEqual({ total: 78.9, protection: 30, property: 11.7, injuries: 15.6, arrests: 5, compliance: 16.7 });
  });

  it('lists the facts behind the points, cumulative, with damage to a tenth and the compliance share to a thousandth', () => {
    const g = newGame();
    const { score } = endTurn(g, 120, (d) => {
      Object.assign(d.doctrine.tally, {
        proper: 5, questionable: 2, violation: 1, conduct: 1, counted: 5, countedProper: 2, provocateurArrests: 2, peacefulArrests: 1, otherArrests: 4, protectedHostages: 1,
      });
      Object.assign(d.stats, { injuredOfficers: 3, injuredProtesters: 7, injuredProtected: 2, propertyDamage: 12.34, arrests: 7 });
      d.groups[1]!.entered = ['kantor-kpu'];
    });
    expect(score.facts).toEqual({
      injuredOfficers: 3, injuredProtesters: 7, injuredProtected: 2, propertyDamage: 12.3, hostagesTaken: 1, buildingsEntered: 1,
      provocateurArrests: 2, peacefulArrests: 1, proper: 5, questionable: 2, violation: 1, conduct: 1,
      complianceShare: 0.333, // 2 / (5 + 1)
    });
  });

  it.each([
    ['no measure counted: share 1', 0, 0, 0, 1],
    ['3 of 4: 0.75', 4, 3, 0, 0.75],
    ['2 of 3: 0.667', 3, 2, 0, 0.667],
    ['1 of 6 with a conduct finding: 1/7 = 0.143', 6, 1, 1, 0.143],
  ])('compliance share, %s', (_, counted, countedProper, conduct, share) => {
    const g = newGame();
    const { score } = endTurn(g, 120, (d) => { Object.assign(d.doctrine.tally, { counted, countedProper, conduct }); });
    expect(score.facts.complianceShare).toBe(share);
  });

  it('damage to a tenth: 27.25 -> 27.3', () => {
    const g = newGame();
    const { score } = endTurn(g, 120, (d) => { d.stats.propertyDamage = 27.25; });
    expect(score.facts.propertyDamage).toBe(27.3);
  });
});

describe('turn score: header, this turn\'s judgements, the record and the event', () => {
  it('records turn, tick, effective level, legitimacy to a thousandth, and protesters present and active', () => {
    const g = newGame();
    // massa-1: two rioting, one calm, one gone, one evacuated, one arrested while rioting: 3 present, 2 active.
    setFlags(g, 0, [Flag.active, Flag.active, 0, OFF.gone, OFF.evacuated, OFF.arrested | Flag.active]);
    // massa-2: one rioting, one sitting, one injured and down (still on the field), one calm: 4 present, 1 active.
    setFlags(g, 1, [Flag.active, Flag.sitting, Flag.injured | Flag.down, 0]);
    const { score } = endTurn(g, 480, (d) => {
      d.turn = 3;
      d.doctrine.level = 'kuning';
      d.doctrine.assessed = 'hijau';
      d.legitimacy = 0.47351;
    });
    expect(score).toMatchObject({ turn: 3, tick: 480, level: 'kuning', legitimacy: 0.474, presentProtesters: 7, activeProtesters: 3 });
  });

  it('legitimacy rounds to three decimals: 0.8 -> 0.8, 0.12345 -> 0.123', () => {
    const g = newGame();
    expect(endTurn(g, 120).score.legitimacy).toBe(0.8);
    expect(endTurn(g, 240, (d) => { d.legitimacy = 0.12345; }).score.legitimacy).toBe(0.123);
  });

  it('keeps this turn\'s judgements, then starts the next turn\'s count at zero; appends the score and emits it', () => {
    const g = newGame();
    const first = endTurn(g, 120, (d) => { d.doctrine.turnTally = { proper: 2, questionable: 1, violation: 3, conduct: 1 }; });
    expect(first.score.thisTurn).toEqual({ proper: 2, questionable: 1, violation: 3, conduct: 1 });
    expect(first.state.doctrine.turnTally).toEqual({ proper: 0, questionable: 0, violation: 0, conduct: 0 });
    expect(first.events).toEqual([{ tick: 120, type: 'turn_scored', turn: 0, score: first.score }]);
    const second = endTurn(g, 240, (d) => { d.turn = 1; });
    expect(second.score.thisTurn).toEqual({ proper: 0, questionable: 0, violation: 0, conduct: 0 });
    expect(second.state.doctrine.scores.map((s) => [s.turn, s.tick])).toEqual([[0, 120], [1, 240]]);
    expect(second.events).toEqual([{ tick: 240, type: 'turn_scored', turn: 1, score: second.score }]);
  });
});

describe('crowd score: the mean of its objectives, a met one 1, partial progress half, progress to a tenth', () => {
  type Row = [name: string, crowd: NonNullable<ObjectivesInput['crowd']>, progress: ObjectiveProgress[], total: number, objectives: TurnScore['crowd']['objectives']];
  const open = (progress: number): ObjectiveProgress => ({ met: false, tick: -1, progress });
  const met: ObjectiveProgress = { met: true, tick: 60, progress: 1 };
  const rows: Row[] = [
    ['no objectives: 0', [], [], 0, []],
    ['none started: 0', [{ type: 'hold_hostage' }], [open(0)], 0, [{ type: 'hold_hostage', met: false, progress: 0 }]],
    ['one met, one half way: 100 x (1 + 0.5/2) / 2 = 62.5', [{ type: 'enter_building' }, { type: 'reach_room' }], [met, open(0.5)], 62.5,
      [{ type: 'enter_building', met: true, progress: 1 }, { type: 'reach_room', met: false, progress: 0.5 }]],
    ['0.44 rounds to 0.4 before it counts: 100 x 0.4/2 = 20', [{ type: 'hold_hostage' }], [open(0.44)], 20, [{ type: 'hold_hostage', met: false, progress: 0.4 }]],
    ['0.46 rounds to 0.5: 25', [{ type: 'hold_hostage' }], [open(0.46)], 25, [{ type: 'hold_hostage', met: false, progress: 0.5 }]],
    ['three open at 0, 0.2, 0.8: 100 x (0 + 0.1 + 0.4) / 3 = 16.7', [{ type: 'hold_hostage' }, { type: 'reach_room' }, { type: 'breach' }], [open(0), open(0.2), open(0.8)], 16.7,
      [{ type: 'hold_hostage', met: false, progress: 0 }, { type: 'reach_room', met: false, progress: 0.2 }, { type: 'breach', met: false, progress: 0.8 }]],
    ['both met: 100', [{ type: 'breach' }, { type: 'delegation_received' }], [met, met], 100,
      [{ type: 'breach', met: true, progress: 1 }, { type: 'delegation_received', met: true, progress: 1 }]],
  ];
  it.each(rows)('%s', (_, crowd, progress, total, objectives) => {
    const g = newGame({ crowd });
    const { score } = endTurn(g, 120, (d) => { d.doctrine.objectives = progress; });
    expect(score.crowd).toEqual({ total, objectives });
  });

  it('the defaults (hold a hostage, 10 in the pleno hall) when the setup names none', () => {
    const g = newGame();
    const { score } = endTurn(g, 120);
    expect(score.crowd).toEqual({ total: 0, objectives: [{ type: 'hold_hostage', met: false, progress: 0 }, { type: 'reach_room', met: false, progress: 0 }] });
  });
});

describe('end conditions, most decisive first', () => {
  type Crowd = NonNullable<ObjectivesInput['crowd']>;
  const open: ObjectiveProgress = { met: false, tick: -1, progress: 0 };
  const met: ObjectiveProgress = { met: true, tick: 60, progress: 1 };
  const ending = (type: 'enter_building' | 'breach'): Crowd[number] => ({ type, endsGame: true });
  type Row = [name: string, crowd: Crowd, when: 'any' | 'all', progress: ObjectiveProgress[], reason: GameOverReason | null];
  const rows: Row[] = [
    ['any: one of two game-ending objectives met', [ending('enter_building'), ending('breach')], 'any', [met, open], 'crowd_objectives_met'],
    ['any: none met', [ending('enter_building'), ending('breach')], 'any', [open, open], null],
    ['all: one of two met is not enough', [ending('enter_building'), ending('breach')], 'all', [met, open], null],
    ['all: both met', [ending('enter_building'), ending('breach')], 'all', [met, met], 'crowd_objectives_met'],
    ['all: objectives that do not end the game are left out of the count', [ending('enter_building'), { type: 'delegation_received' }], 'all', [met, open], 'crowd_objectives_met'],
    ['any: a met objective that does not end the game ends nothing', [{ type: 'delegation_received' }, ending('breach')], 'any', [met, open], null],
    ['all: with no game-ending objective the crowd cannot win', [{ type: 'breach' }], 'all', [open], null],
    ['any: with no game-ending objective the crowd cannot win', [{ type: 'breach' }], 'any', [met], null],
  ];
  it.each(rows)('crowd objectives, %s', (_, crowd, crowdWinsWhen, progress, reason) => {
    const g = newGame({ crowd, crowdWinsWhen });
    expect(endTurn(g, 120, (d) => { d.doctrine.objectives = progress; }).reason).toBe(reason);
  });

  it('crowd objectives met come before a dispersed crowd', () => {
    const g = newGame({ crowd: [ending('breach')] });
    setFlags(g, 0, [OFF.gone, OFF.gone, OFF.gone, OFF.gone, OFF.gone, OFF.gone]);
    setFlags(g, 1, [OFF.gone, OFF.gone, OFF.gone, OFF.gone]);
    expect(endTurn(g, 120, (d) => { d.doctrine.objectives = [met]; }).reason).toBe('crowd_objectives_met');
  });

  // Of 10 protesters (6 + 4), the crowd has dispersed when at most dispersedShare x 10 are still on the field.
  type Dispersal = [name: string, share: number | undefined, flags1: number[], flags2: number[], present: number, reason: GameOverReason | null];
  const { gone, evacuated, arrested } = OFF;
  const dispersal: Dispersal[] = [
    ['default share 0.1: 1 of 10 left', undefined, [0, gone, gone, gone, gone, gone], [gone, gone, gone, gone], 1, 'crowd_dispersed'],
    ['default share 0.1: 2 of 10 left', undefined, [0, gone, gone, gone, gone, gone], [0, gone, gone, gone], 2, null],
    ['share 0.5: 5 of 10 left, the others gone, evacuated or arrested', 0.5, [0, 0, 0, gone, evacuated, arrested], [0, 0, gone, gone], 5, 'crowd_dispersed'],
    ['share 0.5: 6 of 10 left', 0.5, [0, 0, 0, gone, evacuated, arrested], [0, 0, 0, gone], 6, null],
    ['share 0: none left', 0, [gone, gone, gone, gone, gone, gone], [gone, gone, gone, gone], 0, 'crowd_dispersed'],
    ['share 0: one left', 0, [gone, gone, gone, gone, gone, gone], [gone, gone, gone, Flag.active], 1, null],
  ];
  it.each(dispersal)('dispersal, %s', (_, dispersedShare, flags1, flags2, present, reason) => {
    const g = newGame(dispersedShare === undefined ? undefined : { crowd: [], police: { dispersedShare } });
    setFlags(g, 0, flags1);
    setFlags(g, 1, flags2);
    const r = endTurn(g, 120);
    expect([r.score.presentProtesters, r.reason]).toEqual([present, reason]);
  });

  it('a reserve still held is not part of the crowd: 4 of massa-1\'s 6 left is not dispersed at share 0.5, 3 is', () => {
    const g = newGame({ crowd: [], police: { dispersedShare: 0.5 } }, ['massa-2']);
    setFlags(g, 0, [0, 0, 0, 0, gone, gone]);
    const four = endTurn(g, 120);
    expect([four.score.presentProtesters, four.reason]).toEqual([4, null]);
    setFlags(g, 0, [0, 0, 0, gone, gone, gone]);
    expect(endTurn(g, 240, (d) => { d.doctrine.lastForce = 200; }).reason).toBe('crowd_dispersed');
  });

  it('with every group still held there is no crowd: neither dispersed nor ended peacefully', () => {
    const g = newGame({ crowd: [], police: { peacefulCalmSeconds: 10 } }, ['massa-1', 'massa-2']);
    const r = endTurn(g, 1000);
    expect([r.score.presentProtesters, r.score.activeProtesters, r.reason]).toEqual([0, 0, null]);
  });

  // Peaceful end (issue #15 item 4): only when the crowd has actually left (at most dispersedShare of it
  // on the field), and calmly: level and assessment hijau, no incident and no force against it for
  // peacefulCalmSeconds (60 s = 120 ticks of 0.5 s). A crowd that left otherwise has dispersed; a crowd
  // still there, heard or not, has ended nothing.
  interface Calm {
    settled?: [number, number];
    level?: 'hijau' | 'kuning';
    assessed?: 'hijau' | 'kuning';
    seen?: [IncidentKind, number][];
    force?: number;
    /** The crowd is still on the field (by default everyone has gone home). */
    present?: boolean;
  }
  type PeaceRow = [name: string, calm: Calm, tick: number, reason: GameOverReason | null];
  const peace: PeaceRow[] = [
    ['the crowd left, calm from the start', {}, 120, 'protest_ended_peacefully'],
    ['the crowd left unheard but calm: still peaceful', { settled: [-1, -1] }, 400, 'protest_ended_peacefully'],
    ['both groups heard and calm but still on the field: no end', { settled: [100, 100], present: true }, 400, null],
    ['nobody heard, still on the field: no end', { present: true }, 400, null],
    ['the instructor holds the level at kuning: dispersed', { level: 'kuning' }, 400, 'crowd_dispersed'],
    ['assessed kuning: dispersed', { assessed: 'kuning' }, 400, 'crowd_dispersed'],
    ['stones seen at tick 150, left by 250: dispersed', { seen: [['throwing', 150]] }, 250, 'crowd_dispersed'],
    ['stones seen at tick 150, 120 ticks before the end: peaceful', { seen: [['throwing', 150]] }, 270, 'protest_ended_peacefully'],
    ['water that hit people at tick 150, left by 250: dispersed', { force: 150 }, 250, 'crowd_dispersed'],
    ['water at tick 150, 120 ticks before the end: peaceful', { force: 150 }, 270, 'protest_ended_peacefully'],
    ['the first incident kind counts', { seen: [['ignoring_appeals', 200]] }, 300, 'crowd_dispersed'],
    ['the last incident kind counts', { seen: [['armed_threat', 200]] }, 300, 'crowd_dispersed'],
    ['an old incident long before does not', { seen: [['arson', 20]] }, 220, 'protest_ended_peacefully'],
  ];
  it.each(peace)('peaceful end, %s', (_, calm, tick, reason) => {
    const g = newGame({ crowd: [], police: { peacefulCalmSeconds: 60 } });
    if (!calm.present) {
      setFlags(g, 0, [OFF.gone, OFF.gone, OFF.gone, OFF.gone, OFF.gone, OFF.gone]);
      setFlags(g, 1, [OFF.gone, OFF.gone, OFF.gone, OFF.gone]);
    }
    const r = endTurn(g, tick, (d) => {
      const [s1, s2] = calm.settled ?? [-1, -1];
      d.doctrine.groups[0]!.settledTick = s1;
      d.doctrine.groups[1]!.settledTick = s2;
      d.doctrine.level = calm.level ?? 'hijau';
      d.doctrine.assessed = calm.assessed ?? 'hijau';
      if (calm.force !== undefined) d.doctrine.lastForce = calm.force;
      for (const [k, at] of calm.seen ?? []) d.doctrine.lastSeen[k] = at;
    });
    expect(r.reason).toBe(reason);
  });

  it('every incident kind makes a crowd that left a dispersed one, not a peaceful end', () => {
    for (const k of incidentKinds) {
      const g = newGame({ crowd: [], police: { peacefulCalmSeconds: 60 } });
      setFlags(g, 0, [OFF.gone, OFF.gone, OFF.gone, OFF.gone, OFF.gone, OFF.gone]);
      setFlags(g, 1, [OFF.gone, OFF.gone, OFF.gone, OFF.gone]);
      const r = endTurn(g, 300, (d) => { d.doctrine.lastSeen[k] = 200; });
      expect(r.reason, k).toBe('crowd_dispersed');
    }
  });

  it('a crowd most of whom still stand there rioting never ended peacefully, however long ago the last incident', () => {
    const g = newGame({ crowd: [], police: { peacefulCalmSeconds: 60 } });
    setFlags(g, 0, [Flag.active, Flag.active, Flag.active, Flag.active, Flag.active, 0]);
    const r = endTurn(g, 2000, (d) => { d.doctrine.groups[0]!.settledTick = 0; d.doctrine.groups[1]!.settledTick = 0; });
    expect([r.score.activeProtesters, r.reason]).toEqual([5, null]);
  });

  it('a held reserve is not part of the crowd that has to leave', () => {
    const g = newGame({ crowd: [], police: { peacefulCalmSeconds: 60 } }, ['massa-2']);
    setFlags(g, 0, [OFF.gone, OFF.gone, OFF.gone, OFF.gone, OFF.gone, OFF.gone]);
    expect(endTurn(g, 220).reason).toBe('protest_ended_peacefully');
  });
});

describe('crowd objectives tracked each tick', () => {
  const FILLER = { type: 'hold_hostage' } as const;
  const fresh: ObjectiveProgress = { met: false, tick: -1, progress: 0 };

  /** Tracks one tick; returns the objectives' progress and the events trackObjectives added. */
  function track(g: Game, tick: number, ev: GameEvent[], hostageParties: string[] = [], prepare?: (d: Draft<GameState>) => void): { objectives: ObjectiveProgress[]; added: GameEvent[]; hostageTicks: number } {
    const events = [...ev];
    const state = produce(g.state, (d) => {
      prepare?.(d);
      trackObjectives(g, d.doctrine, { sightings: [], hostageParties }, tick, events);
    });
    g.state = state;
    return { objectives: state.doctrine.objectives, added: events.slice(ev.length), hostageTicks: state.doctrine.hostageTicks };
  }

  const e = {
    entered: (buildingId: string, groupId = 'massa-2'): GameEvent => ({ tick: 40, type: 'building_entered', groupId, buildingId, orderId: null }),
    gate: (gateId: string, groupId = 'massa-2'): GameEvent => ({ tick: 40, type: 'gate_breached', gateId, groupId, orderId: null, x: 0, y: 0 }),
    fence: (groupId = 'massa-2'): GameEvent => ({ tick: 40, type: 'fence_breached', wallId: 'front-fence', segment: 3, groupId, orderId: null, x: 0, y: 0 }),
    negotiated: (groupId = 'massa-1'): GameEvent => ({ tick: 40, type: 'negotiation_succeeded', unitId: 'nego-1', groupId, orderId: null }),
    started: (groupId = 'massa-1'): GameEvent => ({ tick: 40, type: 'negotiation_started', unitId: 'nego-1', groupId, orderId: null }),
    delegation: (groupId = 'massa-2'): GameEvent => ({ tick: 40, type: 'delegation_arrived', groupId, orderId: null, x: 0, y: 0 }),
  };
  type Crowd = NonNullable<ObjectivesInput['crowd']>[number];
  // The objective under test is the second one (index 1), after an untouched hold_hostage with no hostage.
  type Row = [name: string, objective: Crowd, events: GameEvent[], groupId: string | null | undefined];
  const rows: Row[] = [
    ['enter any building: entered', { type: 'enter_building' }, [e.entered('kantor-kpu')], 'massa-2'],
    ['enter the KPU office: entered', { type: 'enter_building', buildingId: 'kantor-kpu' }, [e.entered('kantor-kpu', 'massa-1')], 'massa-1'],
    ['enter the KPU office: another building entered', { type: 'enter_building', buildingId: 'kantor-kpu' }, [e.entered('pos-jaga')], undefined],
    ['enter any building: a gate breached is no entry', { type: 'enter_building' }, [e.gate('main-gate')], undefined],
    ['breach anything: a gate', { type: 'breach' }, [e.gate('side-gate')], 'massa-2'],
    ['breach anything: a fence panel', { type: 'breach' }, [e.fence('massa-1')], 'massa-1'],
    ['breach the main gate: the main gate', { type: 'breach', gateId: 'main-gate' }, [e.gate('main-gate')], 'massa-2'],
    ['breach the main gate: the side gate', { type: 'breach', gateId: 'main-gate' }, [e.gate('side-gate')], undefined],
    ['breach the main gate: a fence panel', { type: 'breach', gateId: 'main-gate' }, [e.fence()], undefined],
    ['breach anything: a building entered is no breach', { type: 'breach' }, [e.entered('kantor-kpu')], undefined],
    ['be heard: a negotiation concluded', { type: 'delegation_received' }, [e.negotiated('massa-1')], 'massa-1'],
    ['be heard: a delegation received', { type: 'delegation_received' }, [e.delegation('massa-2')], 'massa-2'],
    ['be heard: a negotiation only started', { type: 'delegation_received' }, [e.started()], undefined],
    ['be heard: a gate breached', { type: 'delegation_received' }, [e.gate('main-gate')], undefined],
    ['be heard: the group of the last event of the tick', { type: 'delegation_received' }, [e.negotiated('massa-1'), e.delegation('massa-2')], 'massa-2'],
  ];
  it.each(rows)('%s', (_, objective, events, groupId) => {
    const g = newGame({ crowd: [FILLER, objective] });
    const r = track(g, 40, events);
    if (groupId === undefined) {
      expect(r.objectives).toEqual([fresh, fresh]);
      expect(r.added).toEqual([]);
    } else {
      expect(r.objectives).toEqual([fresh, { met: true, tick: 40, progress: 1 }]);
      expect(r.added).toEqual([{ tick: 40, type: 'objective_met', index: 1, objective: objective.type, groupId }]);
    }
  });

  it('an objective is met once: later events neither move its tick nor report it again', () => {
    const g = newGame({ crowd: [FILLER, { type: 'breach' }] });
    track(g, 40, [e.gate('main-gate')]);
    const again = track(g, 80, [e.gate('side-gate')]);
    expect(again.objectives[1]).toEqual({ met: true, tick: 40, progress: 1 });
    expect(again.added).toEqual([]);
  });

  // Hold for holdSeconds (ticks of 0.5 s): need = max(1, round(holdSeconds / 0.5)); each tick held
  // adds one tick to round(progress x need); a tick without the hostage starts it over.
  type HoldRow = [name: string, objective: Crowd, before: number, hostages: string[], progress: number, met: boolean];
  const hold = (holdSeconds: number, personId?: string): Crowd => ({ type: 'hold_hostage', holdSeconds, ...(personId ? { personId } : {}) });
  const holdRows: HoldRow[] = [
    ['any hostage for 10 s (20 ticks): the first tick held is 1/20', hold(10), 0, ['kpu-staff'], 0.05, false],
    ['half served, held on: 11/20', hold(10), 0.5, ['paslon'], 0.55, false],
    ['19/20 served, held on: met at 20/20', hold(10), 0.95, ['kpu-staff'], 1, true],
    ['half served, released: back to 0', hold(10), 0.5, [], 0, false],
    ['the Ketua KPU for 10 s, held: 1/20', hold(10, 'ketua-kpu'), 0, ['ketua-kpu'], 0.05, false],
    ['the Ketua KPU, only staff held: back to 0', hold(10, 'ketua-kpu'), 0.5, ['kpu-staff'], 0, false],
    ['the Ketua KPU among others held: 11/20', hold(10, 'ketua-kpu'), 0.5, ['kpu-staff', 'ketua-kpu'], 0.55, false],
    ['1 s (2 ticks): the first tick is half', hold(1), 0, ['paslon'], 0.5, false],
    ['1 s, the second tick: met', hold(1), 0.5, ['paslon'], 1, true],
    ['0 s still needs one tick held: met at once', hold(0), 0, ['paslon'], 1, true],
    ['0 s, nobody held: not met', hold(0), 0, [], 0, false],
  ];
  it.each(holdRows)('hostage held: %s', (_, objective, before, hostages, progress, met) => {
    const g = newGame({ crowd: [objective] });
    const r = track(g, 40, [], hostages, (d) => { d.doctrine.objectives[0]!.progress = before; });
    expect(r.objectives[0]).toEqual(met ? { met: true, tick: 40, progress: 1 } : { met: false, tick: -1, progress });
    expect(r.added).toEqual(met ? [{ tick: 40, type: 'objective_met', index: 0, objective: 'hold_hostage', groupId: null }] : []);
  });

  it.each([
    ['a hostage held: one more tick', ['paslon'], 4, 5],
    ['two parties held: still one tick', ['paslon', 'kpu-staff'], 4, 5],
    ['nobody held: back to 0', [], 4, 0],
  ])('hostage ticks, %s (counted even without a hostage objective)', (_, hostages, before, after) => {
    const g = newGame({ crowd: [] });
    expect(track(g, 40, [], hostages, (d) => { d.doctrine.hostageTicks = before; }).hostageTicks).toBe(after);
  });

  /**
   * People in the KPU office: in the pleno hall (57..88 x 80..98) massa-1's first two and massa-2's
   * first, inside the building; massa-1's third in the lobby; its fourth in the hall without the
   * inside flag, its fifth arrested there, its sixth gone. Three count for the pleno hall, one for the lobby.
   */
  function placeInRooms(g: Game): void {
    const a = g.world.agents;
    const [m0, m1, m2, m3, m4, m5] = members(g, 0);
    const [n0, ...rest] = members(g, 1);
    const put = (i: number, x: number, y: number, flags: number): void => { a.x[i] = x; a.y[i] = y; a.flags[i] = flags; };
    put(m0!, 70, 90, Flag.inBuilding);
    put(m1!, 60, 85, Flag.inBuilding | Flag.active);
    put(m2!, 80, 76, Flag.inBuilding);
    put(m3!, 75, 95, 0);
    put(m4!, 65, 95, Flag.inBuilding | Flag.arrested);
    put(m5!, 80, 90, Flag.inBuilding | Flag.gone);
    put(n0!, 86, 96, Flag.inBuilding);
    for (const i of rest) put(i, 150, 30, 0);
  }
  type RoomRow = [name: string, objective: Crowd, tick: number, before: number, progress: number, met: boolean];
  const room = (roomKind: 'pleno_hall' | 'lobby' | 'other', count: number): Crowd => ({ type: 'reach_room', roomKind, count });
  const roomRows: RoomRow[] = [
    [`3 of 4 in the pleno hall, counted at tick ${2 * ROOM_CHECK_TICKS}`, room('pleno_hall', 4), 2 * ROOM_CHECK_TICKS, 0, 0.75, false],
    ['3 of 3: met', room('pleno_hall', 3), 2 * ROOM_CHECK_TICKS, 0, 1, true],
    ['3 of 2: met, progress capped at 1', room('pleno_hall', 2), 2 * ROOM_CHECK_TICKS, 0, 1, true],
    ['3 of 10, fewer than counted before', room('pleno_hall', 10), 2 * ROOM_CHECK_TICKS, 0.5, 0.3, false],
    ['not counted between checks', room('pleno_hall', 3), 2 * ROOM_CHECK_TICKS + 1, 0.25, 0.25, false],
    ['1 of 2 in the lobby', room('lobby', 2), ROOM_CHECK_TICKS, 0, 0.5, false],
    ['a kind of room the venue does not have: 0', room('other', 1), ROOM_CHECK_TICKS, 0.5, 0, false],
  ];
  it.each(roomRows)('people in a room: %s', (_, objective, tick, before, progress, met) => {
    const g = newGame({ crowd: [objective] });
    placeInRooms(g);
    const r = track(g, tick, [], [], (d) => { d.doctrine.objectives[0]!.progress = before; });
    expect(r.objectives[0]).toEqual(met ? { met: true, tick, progress: 1 } : { met: false, tick: -1, progress });
    expect(r.added).toEqual(met ? [{ tick, type: 'objective_met', index: 0, objective: 'reach_room', groupId: null }] : []);
  });

  it('on a venue with two rooms of the kind, people in either count', () => {
    const g = newGame({ crowd: [room('pleno_hall', 5)] });
    placeInRooms(g);
    // A second pleno hall (an annex around 150, 30) with massa-2's second member inside it: 3 + 1 of 5.
    const file = g.venue.file;
    const annex = { ...file.buildings[0]!, id: 'annex', rooms: [{ id: 'hall-2', name: 'Aula 2', kind: 'pleno_hall' as const, storey: 1, polygon: [[140, 20], [160, 20], [160, 40], [140, 40]] as [number, number][] }] };
    const twoHalls: Game = { ...g, venue: { ...g.venue, file: { ...file, buildings: [...file.buildings, annex] } } };
    g.world.agents.flags[members(g, 1)[1]!] = Flag.inBuilding;
    const r = track(twoHalls, ROOM_CHECK_TICKS, []);
    expect(r.objectives[0]).toEqual({ met: false, tick: -1, progress: 0.8 });
  });
});

describe('force against the crowd, remembered for the ending (trackForce)', () => {
  const base = { unitId: 'awc-1', orderId: null, x: 0, y: 0 };
  it.each([
    ['water that hit people', { ...base, tick: 50, type: 'water_cannon_fired', hits: 3, r: 5, waterLeft: 100 } as GameEvent, 50],
    ['water that hit nobody (a fire, the street)', { ...base, tick: 50, type: 'water_cannon_fired', hits: 0, r: 5, waterLeft: 100 } as GameEvent, undefined],
    ['gas fired', { ...base, tick: 60, type: 'gas_fired', cloudId: 1, r: 5 } as GameEvent, 60],
    ['a push in contact', { ...base, tick: 70, type: 'push_contact', contacts: 4, displaced: 1 } as GameEvent, 70],
    ['an appeal', { tick: 80, type: 'appeal_made', unitId: 'awal-1', orderId: null, groupIds: [], appeals: [] } as GameEvent, undefined],
  ])('%s', (_, e, lastForce) => {
    const g = newGame();
    const doc = structuredClone(g.state.doctrine);
    trackForce(doc, [e]);
    expect(doc.lastForce).toBe(lastForce);
  });
});
