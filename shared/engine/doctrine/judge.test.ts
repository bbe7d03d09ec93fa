import { describe, it, expect } from 'vitest';
import { produce } from 'immer';
import { createGame, applyCommand, beginTurnResolution, snapshotGame, restoreGame, Role, Flag, type Game, type GameEvent, type SetupInput } from '../index';
import type { Echelon, IncidentKind, RuleId, SituationLevel, Verdict } from '../doctrineTypes';

/**
 * The use-of-force assessment rule by rule (DOCTRINE-ENGINE.md section 3), table-driven: each case
 * sets only the facts a rule reads (level, appeals heard by the group concerned, incidents seen, who
 * holds tactical control, earlier peaceful arrests), lets one order take effect through the real
 * pipeline (submitOrders, then beginTurnResolution, which applies and judges it) and asserts the
 * verdict, the rule cited and every issue listed. Each boundary is tested from both sides.
 */

const LINE_Y = 30;

/** Every unit type on the street between the lot (the crowd) and the KPU fence, an idle second police player, a second group in the east. */
function everyTypeSetup(withLanjut = true): SetupInput {
  const at = (x: number): { x: number; y: number } => ({ x, y: LINE_Y });
  const all: SetupInput['police'] = [
    { id: 'awal-1', type: 'dalmas_awal', staging: at(70), heading: -Math.PI / 2 },
    { id: 'lanjut-1', type: 'dalmas_lanjut', staging: at(90), heading: -Math.PI / 2 },
    { id: 'sekat-1', type: 'brimob_sekat', staging: at(60), heading: -Math.PI / 2 },
    { id: 'desak-1', type: 'brimob_desak', staging: at(80), heading: -Math.PI / 2 },
    { id: 'tombak-1', type: 'brimob_tindak', staging: at(100), heading: -Math.PI / 2 },
    { id: 'awc-1', type: 'water_cannon', staging: at(110), heading: -Math.PI / 2 },
    { id: 'raimas-1', type: 'raimas', staging: at(50), heading: -Math.PI / 2 },
    { id: 'tindak-1', type: 'tim_tindak', staging: at(85), heading: -Math.PI / 2 },
    { id: 'nego-1', type: 'negosiator', staging: at(75) },
    { id: 'dokkes-1', type: 'dokkes', staging: at(40) },
    { id: 'mobkom-1', type: 'mobil_komando', staging: at(120) },
  ];
  const police = all.filter((u) => withLanjut || u.type !== 'dalmas_lanjut');
  return {
    venueId: 'kpu-office',
    turnLimit: 10,
    players: [
      { id: 'polisi', name: 'Kapolres', side: 'police', controls: police.map((u) => u.id) },
      { id: 'polisi-2', name: 'Danki', side: 'police', controls: [] },
      { id: 'massa', name: 'Massa', side: 'crowd', controls: ['massa-1', 'massa-2'] },
    ],
    police,
    crowd: [
      { id: 'massa-1', arrival: 'lot-south', size: 60, provocateurs: 3, sajam: 0 },
      { id: 'massa-2', arrival: 'street-east', size: 20, provocateurs: 0, sajam: 0 },
    ],
  };
}

/** A game one idle turn in (so incidents can have been seen a given number of ticks ago), as a snapshot to restore per case. */
function baseSnapshot(withLanjut = true): Uint8Array {
  const r = createGame(everyTypeSetup(withLanjut), 4);
  if (!r.ok) throw new Error(r.message);
  const res = applyCommand(r.game, { type: 'resolveTurn', force: true });
  if (!res.ok) throw new Error(res.message);
  return snapshotGame(r.game);
}

const SNAP = baseSnapshot();
const SNAP_NO_LANJUT = baseSnapshot(false);

/** What a case sets before its order takes effect. */
interface Context {
  level: SituationLevel;
  /** Appeals heard by massa-1 (default 3) and massa-2 (default 0). */
  appeals?: number;
  appeals2?: number;
  /** Incidents and how many ticks ago each was last seen (0 = this tick). */
  incidents?: [IncidentKind, number][];
  /** The echelon holding the line (default Dalmas Lanjut, lanjut-1) and its commanding player (default the one ordering). */
  control?: Echelon;
  controlPlayer?: string;
  /** Arrests of peaceful people ordered before this one. */
  peacefulBefore?: number;
  noLanjut?: boolean;
}

type OrderFn = (g: Game) => Record<string, unknown>;

const leadOf: Record<Echelon, string> = { dalmas_awal: 'awal-1', dalmas_lanjut: 'lanjut-1', brimob_phh: 'desak-1' };

/** Restores the base game, sets the context, submits one order and returns its judgement. */
function judge(ctx: Context, order: OrderFn): Extract<GameEvent, { type: 'measure_judged' }> {
  const r = restoreGame(ctx.noLanjut ? SNAP_NO_LANJUT : SNAP);
  if (!r.ok) throw new Error(r.message);
  const g = r.game;
  g.state = produce(g.state, (d) => {
    d.doctrine.level = ctx.level;
    d.doctrine.assessed = ctx.level;
    d.groups[0]!.appeals = ctx.appeals ?? 3;
    d.groups[1]!.appeals = ctx.appeals2 ?? 0;
    for (const [kind, ago] of ctx.incidents ?? []) d.doctrine.lastSeen[kind] = d.tick - ago;
    const echelon = ctx.control ?? 'dalmas_lanjut';
    d.doctrine.control = { leadUnitId: leadOf[echelon], echelon, playerId: ctx.controlPlayer ?? 'polisi', overall: ctx.level === 'merah' ? 'kapolda' : 'kapolres' };
    d.doctrine.tally.peacefulArrestOrders = ctx.peacefulBefore ?? 0;
  });
  const o = order(g);
  const sub = applyCommand(g, { type: 'submitOrders', playerId: 'polisi', orders: [o] });
  if (!sub.ok) throw new Error(`order refused: ${sub.reason} ${sub.message} ${JSON.stringify(o)}`);
  const events = beginTurnResolution(g);
  const judged = events.filter((e) => e.type === 'measure_judged');
  expect(judged).toHaveLength(1);
  return judged[0] as Extract<GameEvent, { type: 'measure_judged' }>;
}

/** A member of massa-1 with this role nearest the lot's centre, made calm and unarmed, then given `flags`. */
function person(g: Game, role: number, flags = 0): number {
  const a = g.world.agents;
  const grp = g.state.groups[0]!;
  let best = -1;
  let bestD = Infinity;
  for (let i = grp.first; i < grp.first + grp.count; i++) {
    if (a.role[i] !== role || (a.flags[i]! & (Flag.arrested | Flag.down)) !== 0) continue;
    const d = (a.x[i]! - 80) ** 2 + (a.y[i]! - 12) ** 2;
    if (d < bestD) { bestD = d; best = i; }
  }
  if (best < 0) throw new Error(`no member with role ${role}`);
  a.flags[best] = (a.flags[best]! & ~(Flag.active | Flag.sajam)) | flags;
  return best;
}

/** Over massa-1 in the lot. */
const CROWD = { x: 80, y: 12, r: 6 };
/** Over massa-2 in the east street. */
const CROWD2 = { x: 147, y: 31, r: 5 };

const orders = {
  move: (u = 'awal-1'): OrderFn => () => ({ type: 'move', unitId: u, waypoints: [{ x: 70, y: 28 }] }),
  face: (u = 'awal-1'): OrderFn => () => ({ type: 'face', unitId: u, toward: { x: 80, y: 10 } }),
  formation: (u = 'awal-1'): OrderFn => () => ({ type: 'formation', unitId: u, formation: 'berbanjar' }),
  hold: (u = 'awal-1'): OrderFn => () => ({ type: 'hold', unitId: u }),
  rope_line: (): OrderFn => () => ({ type: 'rope_line', unitId: 'awal-1', a: { x: 60, y: 27 }, b: { x: 80, y: 27 } }),
  gate: (): OrderFn => () => ({ type: 'gate', unitId: 'awal-1', gateId: 'main-gate', action: 'open' }),
  place_barrier: (): OrderFn => () => ({ type: 'place_barrier', unitId: 'lanjut-1', a: { x: 86, y: 27 }, b: { x: 90, y: 27 } }),
  escort: (): OrderFn => () => ({ type: 'escort', unitId: 'awal-1', personId: 'ketua-kpu' }),
  appeal: (u = 'awal-1'): OrderFn => () => ({ type: 'appeal', unitId: u }),
  negotiate: (): OrderFn => () => ({ type: 'negotiate', unitId: 'nego-1', groupId: 'massa-1' }),
  evacuate: (): OrderFn => () => ({ type: 'evacuate', unitId: 'dokkes-1', area: CROWD }),
  lapis: (): OrderFn => () => ({ type: 'lapis_ganti', unitId: 'lanjut-1', relieveUnitId: 'awal-1' }),
  lintas: (u = 'desak-1'): OrderFn => () => ({ type: 'lintas_ganti', unitId: u, relieveUnitId: 'lanjut-1' }),
  push: (u: string): OrderFn => () => ({ type: 'push', unitId: u, toward: { x: 80, y: 15 } }),
  water: (area = CROWD): OrderFn => () => ({ type: 'water_cannon', unitId: 'awc-1', area }),
  gas: (u = 'lanjut-1', area = CROWD): OrderFn => () => ({ type: 'tear_gas', unitId: u, area }),
  arrest: (u: string, role: number, flags = 0): OrderFn => (g) => ({ type: 'arrest', unitId: u, target: person(g, role, flags) }),
};

type Row = [name: string, ctx: Context, order: OrderFn, verdict: Verdict, rule: RuleId, issues: RuleId[]];

const levels: SituationLevel[] = ['hijau', 'kuning', 'merah'];

describe('judgement: measures without force cite their base rule at every level', () => {
  const rows: Row[] = levels.flatMap((level): Row[] => [
    [`appeal at ${level}`, { level, appeals: 0 }, orders.appeal(), 'proper', 'preventive', []],
    [`appeal from the water cannon at ${level}`, { level, appeals: 0 }, orders.appeal('awc-1'), 'proper', 'preventive', []],
    [`appeal from the mobil komando at ${level}`, { level, appeals: 0 }, orders.appeal('mobkom-1'), 'proper', 'preventive', []],
    [`negotiation at ${level}`, { level, appeals: 0 }, orders.negotiate(), 'proper', 'preventive', []],
    [`evacuation at ${level}`, { level, appeals: 0 }, orders.evacuate(), 'proper', 'humanitarian', []],
    [`move at ${level}`, { level, appeals: 0 }, orders.move(), 'proper', 'presence', []],
    [`a Brimob platoon moving at ${level}`, { level, appeals: 0 }, orders.move('desak-1'), 'proper', 'presence', []],
    [`face at ${level}`, { level, appeals: 0 }, orders.face(), 'proper', 'presence', []],
    [`formation at ${level}`, { level, appeals: 0 }, orders.formation(), 'proper', 'presence', []],
    [`hold at ${level}`, { level, appeals: 0 }, orders.hold(), 'proper', 'presence', []],
    [`rope line at ${level}`, { level, appeals: 0 }, orders.rope_line(), 'proper', 'presence', []],
    [`gate at ${level}`, { level, appeals: 0 }, orders.gate(), 'proper', 'presence', []],
    [`barrier at ${level}`, { level, appeals: 0 }, orders.place_barrier(), 'proper', 'presence', []],
    [`escort at ${level}`, { level, appeals: 0 }, orders.escort(), 'proper', 'presence', []],
  ]);
  it.each(rows)('%s', (_, ctx, order, verdict, rule, issues) => {
    const j = judge(ctx, order);
    expect([j.verdict, j.rule, j.issues]).toEqual([verdict, rule, issues]);
  });
});

describe('judgement: lapis ganti and lintas ganti by level', () => {
  const rows: Row[] = [
    ['lapis ganti at hijau: too early', { level: 'hijau' }, orders.lapis(), 'questionable', 'handover', ['handover']],
    ['lapis ganti at kuning', { level: 'kuning' }, orders.lapis(), 'proper', 'handover', []],
    ['lapis ganti at merah', { level: 'merah' }, orders.lapis(), 'proper', 'handover', []],
    ['lintas ganti at hijau: Brimob against a peaceful crowd', { level: 'hijau' }, orders.lintas(), 'violation', 'handover', ['handover']],
    ['lintas ganti at kuning: too early', { level: 'kuning' }, orders.lintas(), 'questionable', 'handover', ['handover']],
    ['lintas ganti at merah', { level: 'merah' }, orders.lintas(), 'proper', 'handover', []],
    ['lintas ganti by the Benteng platoon at merah', { level: 'merah' }, orders.lintas('sekat-1'), 'proper', 'handover', []],
    ['lintas ganti by the Tombak platoon at kuning', { level: 'kuning' }, orders.lintas('tombak-1'), 'questionable', 'handover', ['handover']],
  ];
  it.each(rows)('%s', (_, ctx, order, verdict, rule, issues) => {
    const j = judge(ctx, order);
    expect([j.verdict, j.rule, j.issues]).toEqual([verdict, rule, issues]);
    expect(j.stage).toBe(1);
  });
});

describe('judgement: pushing (stage 3 bare hands / rope, stage 4 shields and batons)', () => {
  const brimob: Context = { level: 'merah', control: 'brimob_phh' };
  const rows: Row[] = [
    ['Dalmas Awal (stage 3) at hijau: not necessary', { level: 'hijau' }, orders.push('awal-1'), 'questionable', 'necessity', ['necessity']],
    ['Dalmas Lanjut (stage 4) at hijau: disproportionate, and the wrong unit', { level: 'hijau' }, orders.push('lanjut-1'), 'violation', 'proportionality', ['proportionality', 'unit_for_level']],
    ['Raimas (stage 4) at hijau', { level: 'hijau' }, orders.push('raimas-1'), 'violation', 'proportionality', ['proportionality', 'unit_for_level']],
    ['Dalmas Lanjut at kuning before any appeal', { level: 'kuning', appeals: 0 }, orders.push('lanjut-1'), 'questionable', 'preventive', ['preventive']],
    ['Dalmas Lanjut at kuning after one appeal', { level: 'kuning', appeals: 1 }, orders.push('lanjut-1'), 'proper', 'proportionate_force', []],
    ['Dalmas Lanjut at merah before any appeal', { level: 'merah', appeals: 0 }, orders.push('lanjut-1'), 'questionable', 'preventive', ['preventive']],
    ['Dalmas Lanjut at merah after one appeal', { level: 'merah', appeals: 1 }, orders.push('lanjut-1'), 'proper', 'anarchy_response', []],
    ['Raimas at kuning after appeals', { level: 'kuning' }, orders.push('raimas-1'), 'proper', 'proportionate_force', []],
    ['Dalmas Awal at kuning: the wrong unit', { level: 'kuning' }, orders.push('awal-1'), 'questionable', 'unit_for_level', ['unit_for_level']],
    ['Brimob Perisai at merah holding the line', brimob, orders.push('desak-1'), 'proper', 'anarchy_response', []],
    ['Brimob Benteng at merah holding the line', brimob, orders.push('sekat-1'), 'proper', 'anarchy_response', []],
    ['Brimob Tombak at merah holding the line', brimob, orders.push('tombak-1'), 'proper', 'anarchy_response', []],
    ['Brimob at merah before the lintas ganti (Dalmas Lanjut holds the line)', { level: 'merah' }, orders.push('desak-1'), 'questionable', 'tactical_control', ['tactical_control']],
    ['Brimob at kuning holding the line: the wrong unit', { level: 'kuning', control: 'brimob_phh' }, orders.push('desak-1'), 'questionable', 'unit_for_level', ['unit_for_level']],
    ['Brimob at hijau before the lintas ganti', { level: 'hijau' }, orders.push('desak-1'), 'violation', 'proportionality', ['proportionality', 'unit_for_level', 'tactical_control']],
  ];
  it.each(rows)('%s', (_, ctx, order, verdict, rule, issues) => {
    const j = judge(ctx, order);
    expect([j.verdict, j.rule, j.issues]).toEqual([verdict, rule, issues]);
  });

  it('the stage follows the unit\'s kit: rope and bare hands 3, shields or batons 4', () => {
    expect(judge({ level: 'kuning' }, orders.push('awal-1')).stage).toBe(3);
    for (const u of ['lanjut-1', 'raimas-1', 'sekat-1', 'desak-1', 'tombak-1']) expect(judge({ level: 'kuning' }, orders.push(u)).stage, u).toBe(4);
  });
});

describe('judgement: arrests (targeted at provocateurs and the armed, never the peaceful)', () => {
  const rows: Row[] = [
    ['a provocateur at hijau', { level: 'hijau' }, orders.arrest('tindak-1', Role.provocateur), 'proper', 'targeted_arrest', []],
    ['a provocateur at merah', { level: 'merah' }, orders.arrest('tindak-1', Role.provocateur), 'proper', 'targeted_arrest', []],
    ['an armed protester (sajam) at kuning', { level: 'kuning' }, orders.arrest('tindak-1', Role.protester, Flag.sajam), 'proper', 'targeted_arrest', []],
    ['a rioting protester at kuning', { level: 'kuning' }, orders.arrest('tindak-1', Role.protester, Flag.active), 'proper', 'targeted_arrest', []],
    ['a rioting protester at hijau counts as peaceful', { level: 'hijau' }, orders.arrest('tindak-1', Role.protester, Flag.active), 'violation', 'arbitrary_conduct', ['arbitrary_conduct']],
    ['a peaceful protester at hijau', { level: 'hijau' }, orders.arrest('tindak-1', Role.protester), 'violation', 'arbitrary_conduct', ['arbitrary_conduct']],
    ['a peaceful protester at kuning, the first', { level: 'kuning' }, orders.arrest('tindak-1', Role.protester), 'questionable', 'necessity', ['necessity']],
    ['a peaceful protester at kuning, the second', { level: 'kuning', peacefulBefore: 1 }, orders.arrest('tindak-1', Role.protester), 'questionable', 'necessity', ['necessity']],
    ['a peaceful protester at kuning, the third: mass arrest', { level: 'kuning', peacefulBefore: 2 }, orders.arrest('tindak-1', Role.protester), 'violation', 'arbitrary_conduct', ['arbitrary_conduct']],
    ['a peaceful orator at merah, the first', { level: 'merah' }, orders.arrest('tindak-1', Role.orator), 'questionable', 'necessity', ['necessity']],
    ['a peaceful Korlap at merah, the third', { level: 'merah', peacefulBefore: 2 }, orders.arrest('tindak-1', Role.korlap), 'violation', 'arbitrary_conduct', ['arbitrary_conduct']],
    ['a provocateur by Brimob Tombak at merah holding the line', { level: 'merah', control: 'brimob_phh' }, orders.arrest('tombak-1', Role.provocateur), 'proper', 'targeted_arrest', []],
    ['a provocateur by Brimob Tombak at kuning: the wrong unit', { level: 'kuning', control: 'brimob_phh' }, orders.arrest('tombak-1', Role.provocateur), 'questionable', 'unit_for_level', ['unit_for_level']],
    ['a provocateur by Brimob Tombak before the lintas ganti', { level: 'merah' }, orders.arrest('tombak-1', Role.provocateur), 'questionable', 'tactical_control', ['tactical_control']],
  ];
  it.each(rows)('%s', (_, ctx, order, verdict, rule, issues) => {
    const j = judge(ctx, order);
    expect([j.verdict, j.rule, j.issues]).toEqual([verdict, rule, issues]);
  });

  it('the facts name the target and count the peaceful arrests, this one included', () => {
    const j = judge({ level: 'kuning', peacefulBefore: 1 }, orders.arrest('tindak-1', Role.protester));
    expect(j.facts).toMatchObject({ targetRole: 'protester', peacefulTarget: true, peacefulArrests: 2, groupId: 'massa-1' });
    const p = judge({ level: 'kuning', peacefulBefore: 1 }, orders.arrest('tindak-1', Role.provocateur));
    expect(p.facts).toMatchObject({ targetRole: 'provocateur', peacefulTarget: false, peacefulArrests: 1 });
  });
});

describe('judgement: water cannon and tear gas (stage 5)', () => {
  const rows: Row[] = [
    // The level.
    ['water cannon at hijau after three appeals', { level: 'hijau' }, orders.water(), 'violation', 'proportionality', ['proportionality', 'unit_for_level']],
    ['water cannon at kuning after three appeals', { level: 'kuning' }, orders.water(), 'proper', 'proportionate_force', []],
    ['water cannon at merah after three appeals', { level: 'merah' }, orders.water(), 'proper', 'anarchy_response', []],
    // Two against three appeals, at each level.
    ['water cannon at kuning after two appeals', { level: 'kuning', appeals: 2 }, orders.water(), 'violation', 'three_appeals', ['three_appeals']],
    ['water cannon at kuning without any appeal', { level: 'kuning', appeals: 0 }, orders.water(), 'violation', 'three_appeals', ['three_appeals']],
    ['water cannon at kuning after four appeals', { level: 'kuning', appeals: 4 }, orders.water(), 'proper', 'proportionate_force', []],
    ['water cannon at merah after two appeals', { level: 'merah', appeals: 2 }, orders.water(), 'questionable', 'three_appeals', ['three_appeals']],
    ['water cannon at hijau after two appeals', { level: 'hijau', appeals: 2 }, orders.water(), 'violation', 'proportionality', ['proportionality', 'three_appeals', 'unit_for_level']],
    ['tear gas at merah after two appeals', { level: 'merah', appeals: 2 }, orders.gas(), 'questionable', 'three_appeals', ['three_appeals']],
    ['tear gas at merah after three appeals', { level: 'merah' }, orders.gas(), 'proper', 'anarchy_response', []],
    ['tear gas at kuning after two appeals, stones thrown', { level: 'kuning', appeals: 2, incidents: [['throwing', 0]] }, orders.gas(), 'violation', 'three_appeals', ['three_appeals']],
    // The appeals of the group concerned, not another one.
    ['water cannon on massa-2, which heard none (massa-1 heard three)', { level: 'kuning', appeals: 3, appeals2: 0 }, orders.water(CROWD2), 'violation', 'three_appeals', ['three_appeals']],
    ['water cannon on massa-2 after its three appeals (massa-1 heard none)', { level: 'kuning', appeals: 0, appeals2: 3 }, orders.water(CROWD2), 'proper', 'proportionate_force', []],
    // Tear gas at kuning needs aggression (stones, attacks, fire, an armed threat) seen in the last 30 s.
    ['tear gas at kuning without aggression', { level: 'kuning' }, orders.gas(), 'questionable', 'proportionality', ['proportionality']],
    ['tear gas at kuning while the crowd only pushes', { level: 'kuning', incidents: [['pushing', 0], ['incitement', 0]] }, orders.gas(), 'questionable', 'proportionality', ['proportionality']],
    ['tear gas at kuning after stones thrown', { level: 'kuning', incidents: [['throwing', 0]] }, orders.gas(), 'proper', 'proportionate_force', []],
    ['tear gas at kuning after an attack on officers', { level: 'kuning', incidents: [['attack_on_officers', 10]] }, orders.gas(), 'proper', 'proportionate_force', []],
    ['tear gas at kuning after an armed threat', { level: 'kuning', incidents: [['armed_threat', 20]] }, orders.gas(), 'proper', 'proportionate_force', []],
    ['tear gas at kuning after arson', { level: 'kuning', incidents: [['arson', 30]] }, orders.gas(), 'proper', 'proportionate_force', []],
    ['tear gas at kuning, stones thrown 30 s ago', { level: 'kuning', incidents: [['throwing', 60]] }, orders.gas(), 'proper', 'proportionate_force', []],
    ['tear gas at kuning, stones thrown 30.5 s ago', { level: 'kuning', incidents: [['throwing', 61]] }, orders.gas(), 'questionable', 'proportionality', ['proportionality']],
    ['water cannon at kuning without aggression (the gas rule only)', { level: 'kuning', incidents: [['pushing', 0]] }, orders.water(), 'proper', 'proportionate_force', []],
    ['tear gas at merah without aggression', { level: 'merah', incidents: [['damage', 0]] }, orders.gas(), 'proper', 'anarchy_response', []],
    ['tear gas at hijau', { level: 'hijau' }, orders.gas(), 'violation', 'proportionality', ['proportionality', 'unit_for_level']],
    // Kendali taktis.
    ['water cannon ordered by a player not in tactical control', { level: 'kuning', controlPlayer: 'polisi-2' }, orders.water(), 'questionable', 'tactical_control', ['tactical_control']],
    ['water cannon while Dalmas Awal still holds the line', { level: 'kuning', control: 'dalmas_awal' }, orders.water(), 'questionable', 'tactical_control', ['tactical_control']],
    ['water cannon from another player while Dalmas Awal holds the line', { level: 'kuning', control: 'dalmas_awal', controlPlayer: 'polisi-2' }, orders.water(), 'questionable', 'tactical_control', ['tactical_control', 'tactical_control']],
    ['water cannon, Dalmas Awal holding the line, no Dalmas Lanjut to relieve it', { level: 'kuning', control: 'dalmas_awal', noLanjut: true }, orders.water(), 'proper', 'proportionate_force', []],
    ['tear gas by Brimob Perisai at merah holding the line', { level: 'merah', control: 'brimob_phh' }, orders.gas('desak-1'), 'proper', 'anarchy_response', []],
    ['tear gas by Brimob Perisai at merah before the lintas ganti', { level: 'merah' }, orders.gas('desak-1'), 'questionable', 'tactical_control', ['tactical_control']],
    ['tear gas by Brimob Perisai at kuning after stones, holding the line', { level: 'kuning', control: 'brimob_phh', incidents: [['throwing', 0]] }, orders.gas('desak-1'), 'questionable', 'unit_for_level', ['unit_for_level']],
  ];
  it.each(rows)('%s', (_, ctx, order, verdict, rule, issues) => {
    const j = judge(ctx, order);
    expect([j.verdict, j.rule, j.issues]).toEqual([verdict, rule, issues]);
    expect(j.stage).toBe(5);
  });

  it('the facts carry the appeals of the group concerned, the incidents and who holds control', () => {
    const j = judge({ level: 'kuning', appeals: 3, appeals2: 1, incidents: [['throwing', 5], ['pushing', 100]], controlPlayer: 'polisi-2' }, orders.water(CROWD2));
    expect(j.facts).toMatchObject({ groupId: 'massa-2', appeals: 1, recentIncidents: ['throwing'], controlPlayerId: 'polisi-2', orderedByControl: false, controlUnitId: 'lanjut-1', rightUnit: true });
    expect(j.citation).toContain('KUHP Pasal 218');
  });
});

describe('judgement: the right unit for each level, every unit type', () => {
  // Written out, not read from authority.ts: Dalmas Awal at hijau, Dalmas Lanjut / AWC / Raimas at
  // kuning and merah, Brimob PHH at merah, support units at any level.
  const fits: [string, string, OrderFn, SituationLevel[]][] = [
    ['dalmas_awal', 'awal-1', orders.push('awal-1'), ['hijau']],
    ['dalmas_lanjut', 'lanjut-1', orders.push('lanjut-1'), ['kuning', 'merah']],
    ['water_cannon', 'awc-1', orders.water(), ['kuning', 'merah']],
    ['raimas', 'raimas-1', orders.push('raimas-1'), ['kuning', 'merah']],
    ['brimob_sekat', 'sekat-1', orders.push('sekat-1'), ['merah']],
    ['brimob_desak', 'desak-1', orders.push('desak-1'), ['merah']],
    ['brimob_tindak', 'tombak-1', orders.push('tombak-1'), ['merah']],
    ['tim_tindak', 'tindak-1', orders.arrest('tindak-1', Role.provocateur), levels],
    ['negosiator', 'nego-1', orders.negotiate(), levels],
    ['dokkes', 'dokkes-1', orders.evacuate(), levels],
    ['mobil_komando', 'mobkom-1', orders.appeal('mobkom-1'), levels],
  ];
  const rows = fits.flatMap(([type, unit, order, ok]) => levels.map((level) => [type, level, unit, order, ok.includes(level)] as const));
  it.each(rows)('%s at %s', (_, level, unit, order, fit) => {
    const j = judge({ level, control: 'brimob_phh' }, order);
    expect(j.unitId).toBe(unit);
    expect(j.facts.rightUnit).toBe(fit);
    expect(j.issues.includes('unit_for_level')).toBe(!fit);
  });
});

describe('judgement: the tally', () => {
  it('each verdict is counted once; force, handovers and anything not proper count for compliance', () => {
    const r = restoreGame(SNAP);
    if (!r.ok) throw new Error(r.message);
    const g = r.game;
    g.state = produce(g.state, (d) => { d.doctrine.level = 'kuning'; d.groups[0]!.appeals = 3; });
    const sub = applyCommand(g, {
      type: 'submitOrders', playerId: 'polisi',
      // The push starts at second 0 with the appeal (a unit's later orders otherwise wait for the one before).
      orders: [orders.appeal()(g), orders.water()(g), orders.lapis()(g), { ...orders.push('awal-1')(g), start: { atSecond: 0 } }, orders.move('desak-1')(g)],
    });
    if (!sub.ok) throw new Error(sub.message);
    const verdicts = beginTurnResolution(g).flatMap((e) => (e.type === 'measure_judged' ? [e.verdict] : []));
    // appeal proper (not counted), tactical control still with Dalmas Awal so water questionable, lapis proper (counted), push by Dalmas Awal at kuning questionable, move proper (not counted).
    expect(verdicts).toEqual(['proper', 'questionable', 'proper', 'questionable', 'proper']);
    const t = g.state.doctrine.tally;
    expect([t.proper, t.questionable, t.violation, t.counted, t.countedProper]).toEqual([3, 2, 0, 3, 1]);
  });
});
