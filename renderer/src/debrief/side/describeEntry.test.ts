import { describe, expect, it } from 'vitest';
import type { GivenOrder } from '../../../../shared/debrief/commandLog';
import { buildEventLog } from '../../../../shared/debrief/timeline';
import type { GameEvent, MeasureFacts } from '../../../../shared/engine/index';
import { translate, type MessageKey } from '../../../../shared/i18n/messages';
import { describeEntry, describeFacts, describeJudgement, describeOrder, entryTime, type EntryContext } from './describeEntry';
import { placeAt, type Roster, type VenuePlace } from './roster';

const places: VenuePlace[] = [
  { name: 'Halaman KPU', polygon: [[0, 0], [60, 0], [60, 60], [0, 60]], at: [30, 30], area: 3600 },
  { name: 'Ruang pleno', polygon: [[10, 10], [20, 10], [20, 20], [10, 20]], at: [15, 15], area: 100 },
  { name: 'Gerbang utama', polygon: null, at: [60, 30], area: 0 },
];
const roster: Roster = {
  units: new Map([
    ['da1', { name: 'Dalmas Awal 1', type: 'dalmas_awal' as const }],
    ['awc', { name: 'AWC Gajah', type: 'water_cannon' as const }],
  ]),
  groups: new Map([['g1', 'Massa Paslon A']]),
  scriptEvents: new Map([['rumour', { id: 'Isu kecurangan', en: 'Fraud rumour' }]]),
  places,
};
const orders: GivenOrder[] = [
  { orderId: 't3.p1.0', playerId: 'p1', turn: 4, index: 0, order: { type: 'water_cannon', unitId: 'awc', area: { x: 55, y: 30, r: 8 } } as GivenOrder['order'] },
];

function context(language: 'id' | 'en'): EntryContext {
  return {
    t: (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params),
    language, tickSeconds: 0.5, roster,
    players: new Map([['p1', 'AKP Sari'], ['p2', 'IPTU Budi']]),
    ordersById: new Map(orders.map((o) => [o.orderId, o])),
  };
}

const facts: MeasureFacts = {
  groupId: 'g1', appeals: 2, negotiationTried: true, negotiationSucceeded: false, rightUnit: false, controlUnitId: 'da1', controlEchelon: 'dalmas_awal',
  controlPlayerId: 'p2', orderedByControl: false, targetRole: null, peacefulTarget: null, peacefulArrests: 0, recentIncidents: ['throwing', 'throwing', 'pushing'],
};
const judged = {
  tick: 400, type: 'measure_judged', orderId: 't3.p1.0', unitId: 'awc', playerId: 'p1', order: 'water_cannon', stage: 5, level: 'kuning', verdict: 'violation',
  rule: 'three_appeals', citation: 'Perkap 16/2006 Pasal 7', issues: ['three_appeals', 'tactical_control'], facts,
} as const satisfies GameEvent;
const events: GameEvent[] = [
  { tick: 10, type: 'situation_level_changed', from: 'hijau', to: 'kuning', cause: 'throwing', groupId: 'g1', assessed: 'kuning', overridden: false },
  { tick: 120, type: 'agent_injured', agent: 5, kind: 'officer', cause: 'projectile', orderId: null, x: 58, y: 30 },
  { tick: 130, type: 'agent_injured', agent: 6, kind: 'officer', cause: 'projectile', orderId: null, x: 62, y: 30 },
  { tick: 150, type: 'arrest_made', agent: 9, unitId: 'da1', orderId: null, role: 'provocateur', sajam: true, x: 15, y: 15 },
  judged,
  { tick: 479, type: 'turn_scored', turn: 3, score: { police: { total: 61.6 } } as never },
  { tick: 500, type: 'script_event', eventId: 'rumour', by: 'instructor', playerId: 'p2' },
];
const entries = buildEventLog(events, { byOrderId: new Map(orders.map((o) => [o.orderId, o])) });
const entryOf = (type: GameEvent['type']) => entries.find((entry) => entry.type === type)!;

describe('describeEntry', () => {
  it('words a judgement with its time, place, unit, order and the player who gave it', () => {
    const words = describeEntry(entryOf('measure_judged'), context('en'));
    expect(words).toMatchObject({
      title: `Violation: ${translate('en', 'rule.three_appeals')}`,
      time: '14:03:20', count: null, place: null, who: 'AWC Gajah (AWC water cannon "Gajah")', order: 'Water cannon', player: 'AKP Sari',
    });
    expect(describeEntry(entryOf('measure_judged'), context('id'))).toMatchObject({ order: 'Semprot air (AWC)', player: 'AKP Sari', title: 'Pelanggaran: Tiga kali himbauan sebelum pembubaran' });
  });

  it('words a merged run from–to with its count and the place it happened, by the venue name', () => {
    const words = describeEntry(entryOf('agent_injured'), context('id'));
    expect(words.time).toBe('14:01:00–14:01:05');
    expect(words.count).toBe('×2');
    expect(words.place).toBe('dekat Gerbang utama (60, 30 m)');
    expect(words.who).toBe('Anggota Polri, karena lemparan');
    expect(words.order).toBeNull();
    expect(words.player).toBeNull();
  });

  it('names the arrested person, the arresting unit and the room', () => {
    const words = describeEntry(entryOf('arrest_made'), context('en'));
    expect(words.title).toBe('Arrested: Provocateur'.replace('Arrested', translate('en', 'event.arrest_made')));
    expect(words.who).toBe('Dalmas Awal 1 (Dalmas Awal (first line))');
    expect(words.place).toBe('Ruang pleno (15, 15 m)');
    expect(words.detail).toBe('Provocateur, carrying a sharp weapon (sajam)');
  });

  it('words level changes, the score (rounded) and injected script events in the UI language', () => {
    const level = describeEntry(entryOf('situation_level_changed'), context('id'));
    expect(level.title).toBe('Tingkat situasi berubah: Hijau → Kuning');
    expect(level.who).toBe('Massa Paslon A');
    expect(level.detail).toBe('karena Pelemparan');
    expect(describeEntry(entryOf('turn_scored'), context('en')).title).toContain('Police score 62 / 100');
    const script = describeEntry(entryOf('script_event'), context('en'));
    expect(script.title).toContain('Fraud rumour');
    expect(script.who).toBe('IPTU Budi');
    expect(script.detail).toBe('injected by the instructor');
    expect(describeEntry(entryOf('script_event'), context('id')).title).toContain('Isu kecurangan');
  });

  it('never shows an engine code: every worded part is free of ids and snake_case codes', () => {
    for (const language of ['id', 'en'] as const) {
      for (const entry of entries) {
        const words = describeEntry(entry, context(language));
        for (const part of Object.values(words)) if (part) expect(part).not.toMatch(/[a-z]+_[a-z]+|t\d+\.p\d|\bawc\b|\bda1\b|\bg1\b/);
      }
    }
  });
});

describe('describeJudgement and describeFacts', () => {
  it('gives verdict, stage, level, rule, citation and the other findings', () => {
    expect(describeJudgement(entryOf('measure_judged'), context('en'))).toMatchObject({
      verdict: 'Violation', stage: '5 — Blunt / chemical weapons'.replace('Blunt / chemical weapons', translate('en', 'stage.5')), level: 'Kuning (yellow)',
      rule: translate('en', 'rule.three_appeals'), citation: 'Perkap 16/2006 Pasal 7', issues: [translate('en', 'rule.tactical_control')],
    });
    expect(describeJudgement(entryOf('arrest_made'), context('en'))).toBeNull();
  });

  it('words every fact with a label in both languages', () => {
    const en = describeFacts(facts, context('en'));
    const id = describeFacts(facts, context('id'));
    expect(en.map((line) => line.fact).sort()).toEqual(Object.keys(facts).sort());
    const value = (lines: typeof en, fact: keyof MeasureFacts) => lines.find((line) => line.fact === fact)!;
    expect(value(en, 'appeals')).toEqual({ fact: 'appeals', label: 'Appeals (himbauan) the group had heard', value: '2 of 3' });
    expect(value(id, 'appeals')).toEqual({ fact: 'appeals', label: 'Himbauan yang sudah didengar kelompok', value: '2 dari 3' });
    expect(value(en, 'negotiationTried').value).toBe('Yes');
    expect(value(id, 'rightUnit').value).toBe('Tidak');
    expect(value(en, 'groupId').value).toBe('Massa Paslon A');
    expect(value(en, 'controlUnitId').value).toBe('Dalmas Awal 1 (Dalmas Awal (first line))');
    expect(value(id, 'controlEchelon').value).toBe('Dalmas Awal');
    expect(value(en, 'controlPlayerId').value).toBe('IPTU Budi');
    expect(value(en, 'targetRole').value).toBe('none');
    expect(value(id, 'peacefulTarget').value).toBe('tidak ada');
    expect(value(en, 'peacefulArrests').value).toBe('0');
    expect(value(id, 'recentIncidents').value).toBe('Pelemparan, Mendorong barisan / gerbang');
    for (const line of [...en, ...id]) expect(line.label).not.toMatch(/debriefSide\./);
    expect(en.map((l) => l.label)).not.toEqual(id.map((l) => l.label));
  });
});

describe('entryTime, describeOrder and placeAt', () => {
  it('shows a single clock when a run stays within one second', () => {
    expect(entryTime({ fromTick: 0, toTick: 1 }, context('en'))).toBe('14:00:00');
    expect(entryTime({ fromTick: 7200, toTick: 7200 }, context('en'))).toBe('15:00:00');
  });

  it('words an order with its unit', () => {
    expect(describeOrder({ type: 'formation', unitId: 'da1', formation: 'bersaf' } as GivenOrder['order'], context('id'))).toEqual({ what: 'Formasi: Bersaf', subject: 'Dalmas Awal 1 (Dalmas Awal)' });
  });

  it('prefers the smallest area holding the point, then a named point near it, else nothing', () => {
    expect(placeAt(places, 15, 15)).toEqual({ name: 'Ruang pleno', near: false });
    expect(placeAt(places, 40, 40)).toEqual({ name: 'Halaman KPU', near: false });
    expect(placeAt(places, 57, 31)).toEqual({ name: 'Gerbang utama', near: true });
    expect(placeAt(places, 300, 300)).toBeNull();
  });
});

describe('queue events in words', () => {
  it('an ended standing order names the unit, the order and why it ended; a replaced queue counts its orders', () => {
    const log = buildEventLog([
      { tick: 200, type: 'order_ended', unitId: 'awc', orderId: 't3.p1.0', order: 'water_cannon', reason: 'stopped', byOrderId: 't4.p1.0' },
      { tick: 300, type: 'orders_replaced', actorId: 'g1', orderIds: ['a', 'b'], byOrderId: 't5.p2.0' },
    ], { byOrderId: new Map() });
    const [ended, replaced] = log.map((entry) => describeEntry(entry, context('id')));
    expect(ended).toMatchObject({ title: 'Perintah berakhir: Semprot air (AWC)', detail: 'dihentikan atas perintah' });
    expect(ended!.who).toContain('AWC Gajah');
    expect(replaced).toMatchObject({ who: 'Massa Paslon A', detail: '2 perintah dalam antrean diganti rencana baru' });
    expect(describeEntry(log[0]!, context('en')).detail).toBe('stopped by order');
  });
});
