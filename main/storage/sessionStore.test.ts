import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type SqliteDatabase } from './database';
import { decodeSnapshot } from './blobCodec';
import { SessionLibrary } from './sessionLibrary';
import { SessionStore, summaryOfStored, type NewSessionRecord, type TurnCommit } from './sessionStore';

/**
 * The session store on its own, against a real database: every field written comes back as written,
 * a turn commit's parts land where the loaders read them, and the draft, event, annotation, rename and
 * delete rules hold at their edges.
 */

let folder: string;
let db: SqliteDatabase;
let store: SessionStore;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'sispamkota-store-'));
  db = openDatabase(join(folder, 'store.sqlite'));
  store = new SessionStore(db);
});
afterEach(() => {
  db.close();
  rmSync(folder, { recursive: true, force: true });
});

const record = (id = 's1', overrides: Partial<NewSessionRecord> = {}): NewSessionRecord => ({
  id,
  name: 'Latihan Pleno',
  venueId: 'kpu-office',
  scenarioId: 'pleno',
  setup: { venueId: 'kpu-office', nested: { a: [1, 2] } },
  seed: 4242,
  engineVersion: '9.9.9',
  players: [{ id: 'p1', side: 'police' }],
  crowdController: 'ai',
  aiLevel: 'hard',
  createdAt: '2026-01-01T08:00:00.000Z',
  ...overrides,
});

const snapshotBytes = (fill: number) => Uint8Array.from({ length: 3000 }, (_, i) => (i * 7 + fill) % 256);

const commit = (turn: number, overrides: Partial<TurnCommit> = {}): TurnCommit => ({
  command: { seq: 10 + turn, turn, command: { type: 'resolve_turn', n: turn } },
  turn,
  lastSeq: 10 + turn,
  endTick: (turn + 1) * 120,
  stateHash: `hash-${turn}`,
  snapshot: snapshotBytes(turn),
  summary: { turn, casualties: turn * 2 },
  events: [
    { turn, tick: turn * 120 + 5, type: 'a', data: { n: 1 } },
    { turn, tick: turn * 120 + 1, type: 'b', data: { n: 2 } },
    { turn, tick: turn * 120 + 119, type: 'c', data: null },
  ],
  status: 'planning',
  result: undefined,
  committedAt: `2026-01-01T09:0${turn}:00.000Z`,
  ...overrides,
});

describe('SessionStore', () => {
  it('creates a session that loads with every field as written and nothing recorded yet', () => {
    store.create(record());
    store.create(record('s2', { aiLevel: null, name: 'Dua' }));
    const s1 = store.load('s1')!;
    expect(s1).toEqual({
      id: 's1',
      name: 'Latihan Pleno',
      venueId: 'kpu-office',
      scenarioId: 'pleno',
      status: 'planning',
      turn: 0,
      setup: { venueId: 'kpu-office', nested: { a: [1, 2] } },
      seed: 4242,
      engineVersion: '9.9.9',
      players: [{ id: 'p1', side: 'police' }],
      crowdController: 'ai',
      aiLevel: 'hard',
      result: null,
      createdAt: '2026-01-01T08:00:00.000Z',
      updatedAt: '2026-01-01T08:00:00.000Z',
      branchOf: null,
      commands: [],
      turns: [],
      lastSnapshot: null,
      drafts: [],
    });
    expect(store.load('s2')!.aiLevel).toBeNull();
    expect(store.load('s2')!.name).toBe('Dua');
    expect(summaryOfStored(s1)).toEqual({
      id: 's1', name: 'Latihan Pleno', venueId: 'kpu-office', scenarioId: 'pleno', status: 'planning', turn: 0,
      createdAt: '2026-01-01T08:00:00.000Z', updatedAt: '2026-01-01T08:00:00.000Z', branchOf: null,
    });
  });

  it('knows nothing of a session that was never created', () => {
    expect(store.load('nobody')).toBeNull();
    expect(store.snapshotAt('nobody', 0)).toBeNull();
    expect(store.events('nobody', 0, 1e9)).toEqual([]);
    expect(store.annotations('nobody')).toEqual([]);
    expect(store.rename('nobody', 'x', 't')).toBe(false);
    expect(store.delete('nobody')).toBe(false);
  });

  it('appends commands in order, touches the session and drops only the submitting player\'s draft', () => {
    store.create(record());
    store.saveDraft('s1', 'p1', 0, [{ type: 'hold' }], 't0');
    store.saveDraft('s1', 'p2', 0, [{ type: 'move' }], 't0');
    store.appendCommand('s1', { seq: 2, turn: 0, command: { type: 'b' } }, 'planning', '2026-01-01T08:01:00.000Z');
    store.appendCommand('s1', { seq: 1, turn: 0, command: { type: 'a', list: [1] } }, 'finished', '2026-01-01T08:02:00.000Z', 'p2');
    const s = store.load('s1')!;
    expect(s.commands).toEqual([
      { seq: 1, turn: 0, command: { type: 'a', list: [1] } },
      { seq: 2, turn: 0, command: { type: 'b' } },
    ]);
    expect(s.status).toBe('finished');
    expect(s.updatedAt).toBe('2026-01-01T08:02:00.000Z');
    expect(s.createdAt).toBe('2026-01-01T08:00:00.000Z');
    expect(s.drafts).toEqual([{ playerId: 'p1', turn: 0, orders: [{ type: 'hold' }] }]);
  });

  it('a draft saved again replaces the previous one; drafts come back by player', () => {
    store.create(record());
    store.saveDraft('s1', 'zeta', 0, [1], 't0');
    store.saveDraft('s1', 'alpha', 0, [2], 't0');
    store.saveDraft('s1', 'zeta', 3, [{ again: true }], 't1');
    expect(store.load('s1')!.drafts).toEqual([
      { playerId: 'alpha', turn: 0, orders: [2] },
      { playerId: 'zeta', turn: 3, orders: [{ again: true }] },
    ]);
    expect((db.prepare("SELECT updated_at FROM drafts WHERE player_id = 'zeta'").get() as { updated_at: string }).updated_at).toBe('t1');
  });

  it('a turn commit stores the command, the turn row, its snapshot and events, the progress, and clears drafts up to that turn', () => {
    store.create(record());
    store.saveDraft('s1', 'p0', 0, ['older'], 't');
    store.saveDraft('s1', 'p1', 1, ['same turn'], 't');
    store.saveDraft('s1', 'p2', 2, ['next turn'], 't');
    store.commitTurn('s1', commit(1, { result: { winner: 'police' }, status: 'finished' }));
    const s = store.load('s1')!;
    expect(s.commands).toEqual([{ seq: 11, turn: 1, command: { type: 'resolve_turn', n: 1 } }]);
    expect(s.turns).toEqual([{ turn: 1, lastSeq: 11, endTick: 240, stateHash: 'hash-1', summary: { turn: 1, casualties: 2 } }]);
    expect(s.turn).toBe(2);
    expect(s.status).toBe('finished');
    expect(s.result).toEqual({ winner: 'police' });
    expect(s.updatedAt).toBe('2026-01-01T09:01:00.000Z');
    expect(s.lastSnapshot).toEqual({ turn: 1, lastSeq: 11, bytes: snapshotBytes(1) });
    expect(s.drafts).toEqual([{ playerId: 'p2', turn: 2, orders: ['next turn'] }]);
    expect(store.snapshotAt('s1', 1)).toEqual(snapshotBytes(1));
    expect(store.snapshotAt('s1', 0)).toBeNull();
    const row = db.prepare('SELECT committed_at, snapshot FROM turns').get() as { committed_at: string; snapshot: Buffer };
    expect(row.committed_at).toBe('2026-01-01T09:01:00.000Z');
    expect(row.snapshot.subarray(0, 4).toString('latin1')).toBe('SSKZ');
    const events = db.prepare('SELECT turn, first_tick, last_tick, event_count FROM turn_events').all();
    expect(events).toEqual([{ turn: 1, first_tick: 121, last_tick: 239, event_count: 3 }]);
  });

  it('a result left undefined is stored as none; the newest turn is the last snapshot', () => {
    store.create(record());
    store.commitTurn('s1', commit(0));
    store.commitTurn('s1', commit(1, { result: 0 }));
    store.commitTurn('s1', commit(2));
    const s = store.load('s1')!;
    expect(s.result).toBeNull();
    expect((db.prepare('SELECT result_json FROM sessions').get() as { result_json: string | null }).result_json).toBeNull();
    expect(s.turns.map((t) => t.turn)).toEqual([0, 1, 2]);
    expect(s.lastSnapshot?.turn).toBe(2);
    expect(s.lastSnapshot?.lastSeq).toBe(12);
    expect(s.turn).toBe(3);
    expect(store.snapshotAt('s1', 0)).toEqual(snapshotBytes(0));
    // A result of 0 is a value, not "none".
    store.commitTurn('s1', commit(3, { result: 0 }));
    expect(store.load('s1')!.result).toBe(0);
  });

  it('a turn with no events writes no event row', () => {
    store.create(record());
    store.commitTurn('s1', commit(0, { events: [] }));
    expect(db.prepare('SELECT count(*) AS n FROM turn_events').get()).toEqual({ n: 0 });
    expect(store.events('s1', 0, 1e9)).toEqual([]);
    expect(store.load('s1')!.turns).toHaveLength(1);
  });

  it('events between two ticks, both inclusive, in the order they happened, across turns', () => {
    store.create(record());
    store.commitTurn('s1', commit(0));
    store.commitTurn('s1', commit(1));
    const all = store.events('s1', 0, 1e9);
    expect(all.map((e) => [e.turn, e.tick, e.type])).toEqual([
      [0, 5, 'a'], [0, 1, 'b'], [0, 119, 'c'], [1, 125, 'a'], [1, 121, 'b'], [1, 239, 'c'],
    ]);
    expect(all[0]).toEqual({ turn: 0, tick: 5, type: 'a', data: { n: 1 } });
    expect(store.events('s1', 5, 121).map((e) => e.tick)).toEqual([5, 119, 121]);
    expect(store.events('s1', 6, 118)).toEqual([]);
    expect(store.events('s1', 119, 119).map((e) => e.tick)).toEqual([119]);
    expect(store.events('s1', 239, 240).map((e) => e.tick)).toEqual([239]);
    expect(store.events('s1', 120, 120)).toEqual([]);
  });

  it('a damaged event blob is reported as corruption, naming the turn', () => {
    store.create(record());
    store.commitTurn('s1', commit(0));
    db.prepare('UPDATE turn_events SET events = ?').run(Buffer.from('not deflate at all'));
    let caught: unknown;
    try {
      store.events('s1', 0, 1e9);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Error);
    expect((caught as Error & { code: string }).code).toBe('SQLITE_CORRUPT');
    expect((caught as Error).message).toMatch(/^events of turn 0 are damaged: .+/);
  });

  it('annotations come back with their ids, in tick order then insertion order', () => {
    store.create(record());
    store.create(record('s2'));
    const first = store.addAnnotation('s1', { tick: 50, kind: 'note', author: 'Instruktur', text: 'dua', createdAt: 'c1' });
    const second = store.addAnnotation('s1', { tick: 10, kind: 'bookmark', author: 'A', text: 'satu', createdAt: 'c2' });
    const third = store.addAnnotation('s1', { tick: 50, kind: 'note', author: 'B', text: 'tiga', createdAt: 'c3' });
    store.addAnnotation('s2', { tick: 1, kind: 'note', author: 'C', text: 'lain', createdAt: 'c4' });
    expect(second).toBeGreaterThan(first);
    expect(third).toBeGreaterThan(second);
    expect(store.annotations('s1')).toEqual([
      { id: second, tick: 10, kind: 'bookmark', author: 'A', text: 'satu', createdAt: 'c2' },
      { id: first, tick: 50, kind: 'note', author: 'Instruktur', text: 'dua', createdAt: 'c1' },
      { id: third, tick: 50, kind: 'note', author: 'B', text: 'tiga', createdAt: 'c3' },
    ]);
  });

  it('edits and deletes a note only within its own session; a field left out stays as it was', () => {
    store.create(record());
    store.create(record('s2'));
    const id = store.addAnnotation('s1', { tick: 50, kind: 'note', author: 'Instruktur', text: 'awal', createdAt: 'c1' });
    const other = store.addAnnotation('s2', { tick: 1, kind: 'note', author: 'C', text: 'lain', createdAt: 'c2' });
    expect(store.annotationCount('s1')).toBe(1);
    expect(store.updateAnnotation('s1', id, { text: 'diedit' })).toEqual({ id, tick: 50, kind: 'note', author: 'Instruktur', text: 'diedit', createdAt: 'c1' });
    expect(store.updateAnnotation('s1', id, { tick: 0, kind: 'bookmark' })).toMatchObject({ tick: 0, kind: 'bookmark', text: 'diedit' });
    expect(store.updateAnnotation('s2', id, { text: 'bukan miliknya' })).toBeNull();
    expect(store.updateAnnotation('s1', other, { text: 'bukan miliknya' })).toBeNull();
    expect(store.annotation('s2', other)!.text).toBe('lain');
    expect(store.deleteAnnotation('s2', id)).toBe(false);
    expect(store.deleteAnnotation('s1', id)).toBe(true);
    expect(store.deleteAnnotation('s1', id)).toBe(false);
    expect(store.annotations('s1')).toEqual([]);
    expect(store.annotationCount('s2')).toBe(1);
  });

  it('reads one turn row with its compressed snapshot, by the engine\'s turn number', () => {
    store.create(record());
    store.commitTurn('s1', commit(0));
    store.commitTurn('s1', commit(1));
    const row = store.turnSnapshot('s1', 1)!;
    expect({ ...row, blob: undefined }).toEqual({ turn: 1, lastSeq: 11, endTick: 240, stateHash: 'hash-1', blob: undefined });
    expect(decodeSnapshot(row.blob)).toEqual(snapshotBytes(1));
    expect(store.turnSnapshot('s1', 2)).toBeNull();
    expect(store.turnSnapshot('nobody', 0)).toBeNull();
  });

  it('records a branch\'s original, reads its name from the original, and null once that is deleted', () => {
    store.create(record());
    store.create(record('b1', { name: 'Cabang', branchOf: { id: 's1', turn: 3 } }));
    expect(store.load('b1')!.branchOf).toEqual({ id: 's1', name: 'Latihan Pleno', turn: 3 });
    expect(summaryOfStored(store.load('b1')!).branchOf).toEqual({ id: 's1', name: 'Latihan Pleno', turn: 3 });
    const library = new SessionLibrary(db);
    expect(library.get('b1')!.branchOf).toEqual({ id: 's1', name: 'Latihan Pleno', turn: 3 });
    expect(library.list({ text: 'Cabang' }).map((row) => row.branchOf)).toEqual([{ id: 's1', name: 'Latihan Pleno', turn: 3 }]);
    store.rename('s1', 'Asal baru', 't');
    expect(library.get('b1')!.branchOf!.name).toBe('Asal baru');
    store.delete('s1');
    expect(library.list({})).toMatchObject([{ id: 'b1', branchOf: { id: 's1', name: null, turn: 3 } }]);
    expect(store.load('b1')!.branchOf).toEqual({ id: 's1', name: null, turn: 3 });
  });

  it('renames and deletes only the session named, and says whether there was one', () => {
    store.create(record());
    store.create(record('s2'));
    store.commitTurn('s1', commit(0));
    expect(store.rename('s1', 'Baru', '2026-02-02T00:00:00.000Z')).toBe(true);
    expect(store.load('s1')!.name).toBe('Baru');
    expect(store.load('s1')!.updatedAt).toBe('2026-02-02T00:00:00.000Z');
    expect(store.load('s2')!.name).toBe('Latihan Pleno');
    expect(store.delete('s1')).toBe(true);
    expect(store.load('s1')).toBeNull();
    expect(store.snapshotAt('s1', 0)).toBeNull();
    expect(store.delete('s1')).toBe(false);
    expect(store.load('s2')).not.toBeNull();
  });
});
