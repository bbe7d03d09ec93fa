import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseTooNewError, openDatabase, openStorage, schemaVersion } from './database';
import { LATEST_SCHEMA_VERSION, migrations, type Migration } from './migrations';
import { SessionLibrary } from './sessionLibrary';
import { SessionStore } from './sessionStore';
import { SettingsStore } from './settingsStore';
import { StorageNotices } from './storageNotices';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'sispamkota-db-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('openDatabase', () => {
  it('creates a WAL database at the latest schema version', () => {
    const db = openDatabase(join(folder, 'a.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('refuses a database written by a newer version, leaving it untouched', () => {
    const path = join(folder, 'newer.sqlite');
    const db = openDatabase(path);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 3}`);
    db.close();
    expect(() => openDatabase(path)).toThrow(DatabaseTooNewError);
    expect(() => openStorage(path, 'x')).toThrow(/newer version/);
    expect(readdirSync(folder).some((name) => name.includes('corrupt'))).toBe(false);
  });

  it('applies each migration in one transaction: a failing step leaves the previous version', () => {
    const path = join(folder, 'm.sqlite');
    const good: Migration = { version: 1, description: 'one', sql: 'CREATE TABLE a (x INTEGER);' };
    const bad: Migration = { version: 2, description: 'two', sql: 'CREATE TABLE b (x INTEGER); INSERT INTO missing VALUES (1);' };
    openDatabase(path, [good]).close();
    expect(() => openDatabase(path, [good, bad])).toThrow();
    const db = openDatabase(path, [good]);
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
    db.close();
  });
});

describe('openStorage', () => {
  it('moves a corrupt file aside, starts fresh and records a notice the user dismisses', () => {
    const path = join(folder, 'broken.sqlite');
    writeFileSync(path, 'this is not a database, just text that someone copied over it'.repeat(100));
    const { db, state, movedAside } = openStorage(path, '20261123T000000Z');
    expect(state).toBe('ok');
    expect(movedAside?.reason).toMatch(/not a database/);
    expect(readdirSync(folder)).toContain('broken.sqlite.corrupt-20261123T000000Z');
    const notices = new StorageNotices(db);
    expect(notices.list()).toMatchObject([{ kind: 'moved_aside', file: 'broken.sqlite.corrupt-20261123T000000Z' }]);
    expect(notices.dismiss(notices.list()[0]!.id, '2026-11-23T01:00:00Z')).toBe(true);
    expect(notices.list()).toEqual([]);
    expect(new SettingsStore(db).read().language).toBe('id');
    db.close();
  });
});

describe('SettingsStore', () => {
  it('round-trips a change and survives reopening the file', () => {
    const path = join(folder, 's.sqlite');
    const first = openDatabase(path);
    expect(new SettingsStore(first).update({ language: 'en', shadows: false })).toMatchObject({ language: 'en', shadows: false });
    first.close();
    const second = openDatabase(path);
    expect(new SettingsStore(second).read()).toEqual({ language: 'en', shadows: false, playbackSpeed: 1 });
    second.close();
  });

  it('ignores rows it cannot use instead of failing to start', () => {
    const db = openDatabase(join(folder, 'bad-rows.sqlite'));
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('language', '"klingon"');
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('shadows', '{not json');
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('fromTheFuture', '1');
    expect(new SettingsStore(db).read()).toEqual({ language: 'id', shadows: true, playbackSpeed: 1 });
    db.close();
  });
});

describe('migration 5: what-if branches', () => {
  it('keeps every session of an older file and reads none of them as a branch', () => {
    const path = join(folder, 'v4.sqlite');
    const old = openDatabase(path, migrations.slice(0, 4));
    old.prepare(
      `INSERT INTO sessions (id, name, venue_id, scenario_id, status, turn, created_at, updated_at, setup_json, seed, engine_version, players_json, crowd_controller)
       VALUES ('s1', 'Lama', 'kpu-office', 'x', 'finished', 2, 't', 't', '{}', 1, '0.3.0', '[]', 'person')`,
    ).run();
    old.close();
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(new SessionLibrary(db).get('s1')).toMatchObject({ name: 'Lama', status: 'finished', turn: 2, branchOf: null });
    expect(new SessionStore(db).load('s1')!.branchOf).toBeNull();
    db.close();
  });
});

describe('migration 4: lean sessions', () => {
  it('moves event rows into per-turn blobs and compresses raw snapshots, losing nothing', () => {
    const path = join(folder, 'old.sqlite');
    const old = openDatabase(path, migrations.slice(0, 3));
    old.prepare(
      `INSERT INTO sessions (id, name, venue_id, scenario_id, status, turn, created_at, updated_at, setup_json, seed, engine_version, players_json, crowd_controller)
       VALUES ('s1', 'Lama', 'kpu-office', 'x', 'planning', 2, 't', 't', '{}', 1, '0.3.0', '[]', 'person')`,
    ).run();
    const rawSnapshot = Buffer.concat([Buffer.from('SSKT', 'latin1'), Buffer.alloc(5000, 7)]);
    for (const turn of [0, 1]) {
      old.prepare('INSERT INTO turns (session_id, turn, last_seq, end_tick, state_hash, snapshot, committed_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        's1', turn, turn + 1, (turn + 1) * 120, `h${turn}`, rawSnapshot, 't',
      );
    }
    const insertEvent = old.prepare('INSERT INTO events (session_id, turn, tick, type, data_json) VALUES (?, ?, ?, ?, ?)');
    insertEvent.run('s1', 0, 5, 'a', JSON.stringify({ tick: 5, type: 'a', n: 1 }));
    insertEvent.run('s1', 0, 100, 'b', JSON.stringify({ tick: 100, type: 'b' }));
    insertEvent.run('s1', 1, 130, 'a', JSON.stringify({ tick: 130, type: 'a', n: 2 }));
    old.close();

    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    const store = new SessionStore(db);
    expect(store.events('s1', 0, 1000)).toEqual([
      { turn: 0, tick: 5, type: 'a', data: { tick: 5, type: 'a', n: 1 } },
      { turn: 0, tick: 100, type: 'b', data: { tick: 100, type: 'b' } },
      { turn: 1, tick: 130, type: 'a', data: { tick: 130, type: 'a', n: 2 } },
    ]);
    expect(store.events('s1', 100, 129).map((event) => event.tick)).toEqual([100]);
    expect(Buffer.from(store.snapshotAt('s1', 1)!)).toEqual(rawSnapshot);
    const stored = db.prepare<[], { snapshot: Buffer }>("SELECT snapshot FROM turns WHERE turn = 0").get()!;
    expect(stored.snapshot.subarray(0, 4).toString('latin1')).toBe('SSKZ');
    expect(stored.snapshot.byteLength).toBeLessThan(rawSnapshot.byteLength / 10);
    db.close();
  });
});
