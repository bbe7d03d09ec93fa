import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type SqliteDatabase } from './database';
import { SessionLibrary } from './sessionLibrary';
import { SessionStore, type NewSessionRecord } from './sessionStore';

/** The library row says whose turn it is to plan: the hot seat's next player, from the setup and this turn's commands. */

let folder: string;
let db: SqliteDatabase;
let store: SessionStore;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'sispamkota-library-'));
  db = openDatabase(join(folder, 'library.sqlite'));
  store = new SessionStore(db);
});
afterEach(() => {
  db.close();
  rmSync(folder, { recursive: true, force: true });
});

const record = (): NewSessionRecord => ({
  id: 's1', name: 'Latihan Pleno', venueId: 'kpu-office', scenarioId: 'pleno-kpu',
  setup: {
    venueId: 'kpu-office',
    players: [
      { id: 'p1', side: 'police', controls: ['a'] }, { id: 'dirlat', side: 'instructor', controls: [] },
      { id: 'p2', side: 'police', controls: ['b'] }, { id: 'massa', side: 'crowd', controls: ['g'] },
    ],
  },
  seed: 1, engineVersion: '9.9.9',
  players: [{ id: 'p1', name: 'Iptu Ani', role: 'police' }, { id: 'dirlat', name: 'Kompol Rina', role: 'instructor' }, { id: 'p2', name: 'AKP Budi', role: 'police' }, { id: 'massa', name: 'Korlap Dedi', role: 'crowd' }],
  crowdController: 'person', aiLevel: null, createdAt: '2026-01-01T08:00:00.000Z',
});

describe('SessionLibrary nextPlayer', () => {
  it('names the first player with units who has not ended this turn\'s plan, skipping the director', () => {
    store.create(record());
    const library = new SessionLibrary(db);
    expect(library.get('s1')!.nextPlayer).toBe('Iptu Ani');
    store.appendCommand('s1', { seq: 1, turn: 0, command: { type: 'submitOrders', playerId: 'p1', orders: [] } }, 'planning', '2026-01-01T08:01:00.000Z');
    expect(library.get('s1')!.nextPlayer).toBe('Iptu Ani');
    store.appendCommand('s1', { seq: 2, turn: 0, command: { type: 'endPlan', playerId: 'p1' } }, 'planning', '2026-01-01T08:02:00.000Z');
    expect(library.list({})[0]!.nextPlayer).toBe('AKP Budi');
    store.appendCommand('s1', { seq: 3, turn: 0, command: { type: 'endPlan', playerId: 'p2' } }, 'planning', '2026-01-01T08:03:00.000Z');
    expect(library.get('s1')!.nextPlayer).toBe('Korlap Dedi');
    store.appendCommand('s1', { seq: 4, turn: 0, command: { type: 'endPlan', playerId: 'massa' } }, 'planning', '2026-01-01T08:04:00.000Z');
    expect(library.get('s1')!.nextPlayer).toBeNull();
  });
});
