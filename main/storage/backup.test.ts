import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDatabase, listBackups } from './backup';
import { openDatabase } from './database';
import { SettingsStore } from './settingsStore';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'sispamkota-backup-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('backupDatabase', () => {
  it('writes a readable copy and keeps only the newest few', async () => {
    const path = join(folder, 'db.sqlite');
    const db = openDatabase(path);
    new SettingsStore(db).update({ language: 'en' });
    for (let day = 10; day < 17; day += 1) await backupDatabase(db, path, `202611${day}T000000Z`, 3);
    const backups = listBackups(path);
    expect(backups.map((b) => b.stamp)).toEqual(['20261116T000000Z', '20261115T000000Z', '20261114T000000Z']);
    const copy = openDatabase(backups[0]!.path);
    expect(new SettingsStore(copy).read().language).toBe('en');
    copy.close();
    db.close();
  });
});
