import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatchHostCall } from '../../shared/contract/dispatch';
import { sessionLimits } from '../../shared/contract/limits';
import { setupSchema } from '../../shared/engine';
import { smallSetup } from '../../shared/engine/fixtures';
import { playersOf, samplePlanCommands } from '../../tests/support/samplePlay';
import { startHost, type RunningHost } from './bootstrap';

let folder: string;
let host: RunningHost;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'sispamkota-host-'));
  host = startHost({ dataDirectory: folder, mode: 'browser', backupOnStart: false });
});
afterEach(() => {
  host.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('dispatchHostCall against the real services', () => {
  it('answers a valid call', async () => {
    const response = await dispatchHostCall(host.services, { method: 'getSettings', args: [] });
    expect(response).toEqual({ ok: true, value: { language: 'id', playbackSpeed: 1, shadows: true } });
  });

  it.each([
    ['not an object', 'hello', 'invalid_arguments'],
    ['unknown method', { method: 'dropAllTables', args: [] }, 'unknown_method'],
    ['prototype key as method', { method: 'constructor', args: [] }, 'unknown_method'],
    ['wrong argument type', { method: 'updateSettings', args: [{ language: 42 }] }, 'invalid_arguments'],
    ['unknown setting', { method: 'updateSettings', args: [{ language: 'en', admin: true }] }, 'invalid_arguments'],
    ['empty patch', { method: 'updateSettings', args: [{}] }, 'invalid_arguments'],
    ['too many arguments', { method: 'getSettings', args: [1] }, 'invalid_arguments'],
    ['args not an array', { method: 'getSettings', args: 'x' }, 'invalid_arguments'],
    ['out-of-range number', { method: 'updateSettings', args: [{ playbackSpeed: 1e9 }] }, 'invalid_arguments'],
  ])('refuses %s and changes nothing', async (_label, payload, code) => {
    const response = await dispatchHostCall(host.services, payload);
    expect(response.ok).toBe(false);
    if (!response.ok) expect(response.error.code).toBe(code);
    expect(await host.services.getSettings()).toEqual({ language: 'id', playbackSpeed: 1, shadows: true });
  });

  it('lists sessions with filters and escapes LIKE wildcards in text search', async () => {
    const insert = host.db.prepare(
      'INSERT INTO sessions (id, name, venue_id, scenario_id, status, turn, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    insert.run('s1', 'Latihan Polres 100%', 'kpu-office', 'pleno', 'planning', 3, '2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z');
    insert.run('s2', 'Simulasi Agathis', 'lapangan-agathis', 'agathis', 'finished', 12, '2026-11-01T00:00:00Z', '2026-11-03T00:00:00Z');
    const all = await host.services.listSessions({});
    expect(all.map((s) => s.id)).toEqual(['s2', 's1']);
    expect((await host.services.listSessions({ status: ['planning', 'resolving'] })).map((s) => s.id)).toEqual(['s1']);
    expect((await host.services.listSessions({ text: '100%' })).map((s) => s.id)).toEqual(['s1']);
    expect(await host.services.listSessions({ text: '_' })).toHaveLength(0);
    expect((await host.services.listSessions({ venueId: 'lapangan-agathis' })).map((s) => s.id)).toEqual(['s2']);
  });

  it('reports app info including the schema version and data paths', async () => {
    const info = await host.services.getAppInfo();
    expect(info.mode).toBe('browser');
    expect(info.schemaVersion).toBeGreaterThan(0);
    expect(info.databasePath.startsWith(folder)).toBe(true);
    expect(info.storage).toEqual({ state: 'ok', fault: null });
  });
});

describe('start-up storage safety', () => {
  it('starts with a notice when the database file is corrupt, keeping the old file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sispamkota-corrupt-'));
    try {
      writeFileSync(join(dir, 'sispamkota.sqlite'), Buffer.alloc(8192, 0x5a));
      const started = startHost({ dataDirectory: dir, mode: 'browser', backupOnStart: false });
      expect(started.startupMessage).toMatch(/was moved to/);
      expect((await started.services.getAppInfo()).storage).toEqual({ state: 'ok', fault: null });
      const notices = await started.services.listStorageNotices();
      expect(notices).toHaveLength(1);
      expect(notices[0]?.file).toMatch(/^sispamkota\.sqlite\.corrupt-/);
      expect(await started.services.updateSettings({ language: 'en' })).toMatchObject({ language: 'en' });
      expect(readdirSync(dir).some((name) => name.startsWith('sispamkota.sqlite.corrupt-'))).toBe(true);
      started.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes a backup on start and restores it on request', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sispamkota-restore-'));
    try {
      const first = startHost({ dataDirectory: dir, mode: 'browser' });
      await first.backupDone;
      await first.services.updateSettings({ language: 'en' });
      const backups = await first.services.listBackups();
      expect(backups).toHaveLength(1);
      // The backup was taken before the change, so restoring it brings the default language back.
      await first.services.restoreBackup(backups[0]!.name);
      expect((await first.services.getSettings()).language).toBe('id');
      expect(readdirSync(dir).some((name) => name.startsWith('sispamkota.sqlite.replaced-'))).toBe(true);
      await expect(first.services.restoreBackup('../../etc/passwd')).rejects.toThrow(/No backup/);
      first.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('sessions through the services', () => {
  async function newSession() {
    const setup = setupSchema.parse(smallSetup(30, 20));
    return (await host.services.createSession({ name: 'Uji layanan', scenarioId: 'sample', setup, seed: 3, players: playersOf(setup), crowdController: 'person' })).summary.id;
  }

  it('refuses a command for a deleted session and records nothing for it', async () => {
    const id = await newSession();
    const [first] = samplePlanCommands(await host.services.openSession(id));
    expect(await host.services.deleteSession(id)).toEqual({ deleted: true });
    const response = await dispatchHostCall(host.services, { method: 'sendCommand', args: [id, first] });
    expect(response).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await host.services.listSessions({})).toEqual([]);
    expect(host.db.prepare('SELECT count(*) AS n FROM commands').get()).toEqual({ n: 0 });
    expect(await host.services.deleteSession(id)).toEqual({ deleted: false });
  });

  it('round-trips notes and bookmarks in tick order, and refuses them for a session that does not exist', async () => {
    const id = await newSession();
    const late = await host.services.addAnnotation(id, { tick: 240, kind: 'note', author: 'Instruktur', text: 'Himbauan terlambat' });
    const early = await host.services.addAnnotation(id, { tick: 30, kind: 'bookmark', author: 'Instruktur', text: 'Massa tiba' });
    expect(late).toMatchObject({ tick: 240, kind: 'note', text: 'Himbauan terlambat' });
    expect(await host.services.listAnnotations(id)).toEqual([early, late]);
    const refused = await dispatchHostCall(host.services, { method: 'addAnnotation', args: ['tidak-ada', { tick: 1, kind: 'note', author: 'x', text: 'y' }] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const hostile = await dispatchHostCall(host.services, { method: 'addAnnotation', args: [id, { tick: -1, kind: 'note', author: 'x', text: 'y' }] });
    expect(hostile).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    expect(await host.services.listAnnotations(id)).toHaveLength(2);
  });

  it('edits and deletes notes and bookmarks of their own session only, within the same limits as adding', async () => {
    const id = await newSession();
    const other = await newSession();
    const note = await host.services.addAnnotation(id, { tick: 30, kind: 'note', author: 'Instruktur', text: 'Himbauan pertama' });
    const edited = await host.services.updateAnnotation(id, note.id, { tick: 45, kind: 'bookmark' });
    expect(edited).toEqual({ ...note, tick: 45, kind: 'bookmark' });
    expect(await host.services.updateAnnotation(id, note.id, { text: '' })).toEqual({ ...edited, text: '' });
    const call = (method: string, ...args: unknown[]) => dispatchHostCall(host.services, { method, args });
    expect(await call('updateAnnotation', other, note.id, { text: 'bukan miliknya' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await call('updateAnnotation', id, note.id, {})).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    expect(await call('updateAnnotation', id, note.id, { author: 'Orang lain' })).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    expect(await call('updateAnnotation', id, note.id, { text: 'x'.repeat(10_001) })).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    expect(await call('updateAnnotation', id, note.id, { tick: -1 })).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    expect(await call('deleteAnnotation', other, note.id)).toEqual({ ok: true, value: { deleted: false } });
    expect(await host.services.listAnnotations(id)).toEqual([{ ...note, tick: 45, kind: 'bookmark', text: '' }]);
    expect(await call('deleteAnnotation', id, note.id)).toEqual({ ok: true, value: { deleted: true } });
    expect(await host.services.deleteAnnotation(id, note.id)).toEqual({ deleted: false });
    expect(await host.services.listAnnotations(id)).toEqual([]);
    expect(await call('deleteAnnotation', 'tidak-ada', 1)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses a note beyond the per-session limit', async () => {
    const id = await newSession();
    const insert = host.db.prepare("INSERT INTO annotations (session_id, tick, kind, author, text, created_at) VALUES (?, 0, 'note', 'a', 'b', 'c')");
    host.db.transaction(() => {
      for (let index = 0; index < sessionLimits.notesPerSessionMax; index += 1) insert.run(id);
    })();
    const refused = await dispatchHostCall(host.services, { method: 'addAnnotation', args: [id, { tick: 1, kind: 'note', author: 'x', text: 'y' }] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('hands out turn snapshots and branches through the contract, and lists a branch with its original', async () => {
    const id = await newSession();
    for (const command of samplePlanCommands(await host.services.openSession(id))) await host.services.sendCommand(id, command);
    const detail = await host.services.openSession(id);
    const snapshot = await dispatchHostCall(host.services, { method: 'getTurnSnapshot', args: [id, 1] });
    expect(snapshot).toEqual({ ok: true, value: { turn: 1, afterSeq: detail.turns[0]!.lastSeq, endTick: detail.turns[0]!.endTick, base64: detail.lastSnapshot!.base64 } });
    expect(await dispatchHostCall(host.services, { method: 'getTurnSnapshot', args: [id, 2] })).toEqual({ ok: true, value: null });
    expect(await dispatchHostCall(host.services, { method: 'getTurnSnapshot', args: [id, 0] })).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    expect(await dispatchHostCall(host.services, { method: 'getTurnSnapshot', args: ['tidak-ada', 1] })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const branched = await dispatchHostCall(host.services, { method: 'branchSession', args: [id, { atTurn: 1, name: '  Cabang  ' }] });
    expect(branched).toMatchObject({ ok: true, value: { summary: { name: 'Cabang', turn: 1, branchOf: { id, name: 'Uji layanan', turn: 1 } } } });
    const beyond = await dispatchHostCall(host.services, { method: 'branchSession', args: [id, { atTurn: 2, name: 'x' }] });
    expect(beyond).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    expect(await dispatchHostCall(host.services, { method: 'branchSession', args: [id, { atTurn: -1, name: 'x' }] })).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    const listed = await host.services.listSessions({});
    expect(listed.map((row) => row.branchOf)).toEqual(expect.arrayContaining([null, { id, name: 'Uji layanan', turn: 1 }]));
    expect(listed).toHaveLength(2);
  });
});
