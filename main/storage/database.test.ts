import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseTooNewError, openDatabase, openDatabaseSafely, schemaVersion } from './database';
import { LATEST_SCHEMA_VERSION, type Migration } from './migrations';
import { SettingsStore } from './settingsStore';

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
    expect(() => openDatabaseSafely(path, 'x')).toThrow(/newer version/);
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

describe('openDatabaseSafely', () => {
  it('moves a corrupt file aside, starts fresh and explains why in both languages', () => {
    const path = join(folder, 'broken.sqlite');
    writeFileSync(path, 'this is not a database, just text that someone copied over it'.repeat(100));
    const { db, notice } = openDatabaseSafely(path, '20261123T000000Z');
    expect(notice).toMatch(/tidak dapat dibaca/);
    expect(notice).toMatch(/could not be read/);
    expect(readdirSync(folder)).toContain('broken.sqlite.corrupt-20261123T000000Z');
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
