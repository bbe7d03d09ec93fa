import Database from 'better-sqlite3';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatchHostCall } from '../../shared/contract/dispatch';
import type { HostApi } from '../../shared/contract/methods';
import { setupSchema } from '../../shared/engine';
import { smallSetup } from '../../shared/engine/fixtures';
import { SessionStore } from '../storage/sessionStore';
import { startHost, type RunningHost } from './bootstrap';
import { InstanceLockedError } from './instanceLock';
import { importAndWait } from '../../tests/support/transferFixtures';
import { playersOf, samplePlanCommands } from '../../tests/support/samplePlay';
import { verifyLog } from './engineAdapter';

/**
 * Storage under ordinary disk failures, on real SQLite files: a lock held by another connection, a full
 * disk, a read-only file, a second host on the folder, a flipped byte in a snapshot, a locked file at
 * start. After each: the database passes integrity_check, commands and turns are contiguous, memory
 * and disk agree, and the session resumes and re-simulates to every recorded hash.
 */

let folder: string;
let hosts: RunningHost[];
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'sispamkota-faults-'));
  hosts = [];
});
afterEach(() => {
  for (const host of hosts) host.close();
  makeWritable(folder);
  rmSync(folder, { recursive: true, force: true });
});

function start(): RunningHost {
  const host = startHost({ dataDirectory: folder, mode: 'browser', backupOnStart: false });
  hosts.push(host);
  return host;
}

function stop(host: RunningHost): void {
  host.close();
  hosts = hosts.filter((candidate) => candidate !== host);
}

async function createSession(services: HostApi): Promise<string> {
  const setup = setupSchema.parse(smallSetup(40, 30));
  const created = await services.createSession({ name: 'Uji gangguan', scenarioId: 'sample', setup, seed: 7, players: playersOf(setup), crowdController: 'person' });
  return created.summary.id;
}

/** Sends one turn's plan and resolution; returns the commands it sent, for a retry. */
async function playTurn(services: HostApi, id: string): Promise<void> {
  const detail = await services.openSession(id);
  for (const command of samplePlanCommands(detail)) {
    const outcome = await services.sendCommand(id, command);
    expect(outcome.ok ? 'ok' : `${outcome.reason}: ${outcome.message}`).toBe('ok');
  }
}

/** The host's error code for a call, through the same dispatcher both adapters use. */
async function codeOf(host: RunningHost, method: string, ...args: unknown[]): Promise<string> {
  const response = await dispatchHostCall(host.services, { method, args });
  return response.ok ? 'ok' : response.error.code;
}

/** What every fault test checks afterwards, on a fresh connection to the file. */
function expectConsistent(id: string, turns: number): void {
  const db = new Database(join(folder, 'sispamkota.sqlite'), { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const stored = new SessionStore(db).load(id);
    if (!stored) throw new Error('session missing');
    expect(stored.commands.map((command) => command.seq)).toEqual(stored.commands.map((_, index) => index + 1));
    expect(stored.turns.map((turn) => turn.turn)).toEqual([...Array(turns).keys()]);
    expect(stored.turn).toBe(turns);
    expect(verifyLog(stored.setup, stored.seed, stored.commands, stored.turns)).toEqual({ ok: true });
  } finally {
    db.close();
  }
}

/** Exports the session from the folder and imports it into a fresh one: it must arrive whole. */
async function expectRoundTrip(id: string): Promise<void> {
  const source = start();
  const original = await source.services.openSession(id);
  const file = await source.services.exportSessions([id]);
  stop(source);
  const elsewhere = mkdtempSync(join(tmpdir(), 'sispamkota-faults-import-'));
  const target = startHost({ dataDirectory: elsewhere, mode: 'browser', backupOnStart: false });
  try {
    const outcome = await importAndWait(target.services, file);
    expect(outcome.state).toBe('done');
    const imported = await target.services.openSession(id);
    expect(imported.stateHash).toBe(original.stateHash);
    expect(imported.commands).toEqual(original.commands);
    expect(imported.turns.map((turn) => turn.stateHash)).toEqual(original.turns.map((turn) => turn.stateHash));
  } finally {
    target.close();
    rmSync(elsewhere, { recursive: true, force: true });
  }
}

describe('memory never runs ahead of the disk', () => {
  it('a write lock held by another program: busy, the session unchanged, the retry continues with no gap', async () => {
    const host = start();
    const id = await createSession(host.services);
    await playTurn(host.services, id);
    host.db.pragma('busy_timeout = 150');
    const before = await host.services.openSession(id);
    const plan = samplePlanCommands(before);
    const resolve = plan.pop()!;
    for (const command of plan) expect((await host.services.sendCommand(id, command)).ok).toBe(true);

    const other = new Database(join(folder, 'sispamkota.sqlite'));
    other.exec('BEGIN IMMEDIATE');
    expect(await codeOf(host, 'sendCommand', id, resolve)).toBe('storage_busy');
    // The live game was not advanced: the same state, the same next turn.
    const during = await host.services.openSession(id);
    expect(during.summary.turn).toBe(1);
    expect(during.commands).toHaveLength(before.commands.length + plan.length);
    other.exec('ROLLBACK');
    other.close();

    const retried = await host.services.sendCommand(id, resolve);
    expect(retried).toMatchObject({ ok: true, turn: 2 });
    await playTurn(host.services, id);
    stop(host);
    expectConsistent(id, 3);
    await expectRoundTrip(id);
    const resumed = start();
    expect((await resumed.services.openSession(id)).summary.turn).toBe(3);
  });

  it('a full disk: full, the checkpoint after it does not end the host, the retry continues once there is room', async () => {
    const host = start();
    const id = await createSession(host.services);
    await playTurn(host.services, id);
    const pages = host.db.pragma('page_count', { simple: true }) as number;
    host.db.pragma(`max_page_count = ${pages}`);
    const detail = await host.services.openSession(id);
    const commands = samplePlanCommands(detail);
    let refusedAt = -1;
    for (const [index, command] of commands.entries()) {
      const code = await codeOf(host, 'sendCommand', id, command);
      if (code !== 'ok') {
        expect(code).toBe('storage_full');
        refusedAt = index;
        break;
      }
    }
    expect(refusedAt).toBeGreaterThanOrEqual(0);
    // A checkpoint scheduled after a turn must not throw out of the event loop on a full disk.
    await new Promise((resolve) => setImmediate(resolve));
    expect(await codeOf(host, 'listSessions', {})).toBe('ok');
    expect(await codeOf(host, 'saveDraft', id, 'kapolres', [{ type: 'hold', unitId: 'x' }])).toMatch(/^(ok|storage_full)$/);

    host.db.pragma('max_page_count = 1073741823');
    for (const command of commands.slice(refusedAt)) expect((await host.services.sendCommand(id, command)).ok).toBe(true);
    stop(host);
    expectConsistent(id, 2);
    await expectRoundTrip(id);
  });

  it('a database that becomes read-only: read_only, nothing changes, writing again continues', async () => {
    const host = start();
    const id = await createSession(host.services);
    await playTurn(host.services, id);
    host.db.pragma('query_only = ON');
    const detail = await host.services.openSession(id);
    const [first] = samplePlanCommands(detail);
    expect(await codeOf(host, 'sendCommand', id, first)).toBe('storage_read_only');
    expect(await codeOf(host, 'renameSession', id, 'Baru')).toBe('storage_read_only');
    host.db.pragma('query_only = OFF');
    await playTurn(host.services, id);
    stop(host);
    expectConsistent(id, 2);
    await expectRoundTrip(id);
  });

  it('a second writer on the same file: the clash is refused, memory follows the disk', async () => {
    const host = start();
    const id = await createSession(host.services);
    await playTurn(host.services, id);
    const detail = await host.services.openSession(id);
    const [first, ...rest] = samplePlanCommands(detail);
    // Another program writes the next command number first (what a second host used to do).
    const nextSeq = detail.commands.length + 1;
    const other = new Database(join(folder, 'sispamkota.sqlite'));
    other.prepare('INSERT INTO commands (session_id, seq, turn, command_json) VALUES (?, ?, ?, ?)').run(id, nextSeq, 1, JSON.stringify(first));
    const clash = await dispatchHostCall(host.services, { method: 'sendCommand', args: [id, first] });
    expect(clash.ok).toBe(false);
    // The host now follows the disk, where that command is recorded: the rest of the plan goes on.
    for (const command of rest) expect((await host.services.sendCommand(id, command)).ok).toBe(true);
    other.close();
    stop(host);
    expectConsistent(id, 2);
    await expectRoundTrip(id);
  });
});

describe('one host per data folder', () => {
  it('refuses a second host with a message naming the first, and starts again once it is closed', async () => {
    const first = start();
    first.describeInstance({ url: 'http://127.0.0.1:4999/' });
    let refusal: unknown;
    try {
      start();
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(InstanceLockedError);
    expect(String((refusal as Error).message)).toContain(`proses ${process.pid}`);
    expect(String((refusal as Error).message)).toContain(`process ${process.pid}`);
    expect(String((refusal as Error).message)).toContain('http://127.0.0.1:4999/');
    expect(await codeOf(first, 'listSessions', {})).toBe('ok');
    stop(first);
    const again = start();
    expect(await codeOf(again, 'listSessions', {})).toBe('ok');
  });

  it('a second process on the folder is refused and exits without touching the database', () => {
    start();
    const script = `
      const { startHost } = require(${JSON.stringify(join(__dirname, 'bootstrap.ts'))});
      try { startHost({ dataDirectory: ${JSON.stringify(folder)}, mode: 'browser', backupOnStart: false }); console.log('STARTED'); }
      catch (error) { console.log('REFUSED ' + error.message); }
    `;
    const output = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8', cwd: join(__dirname, '..', '..') });
    expect(output).toMatch(/^REFUSED Sispamkota TFG sudah berjalan/);
    expect(output).toContain(`process ${process.pid}`);
  });
  it('a host that crashed leaves no stale lock: the next one starts at once', async () => {
    const script = `
      const { acquireInstanceLock } = require(${JSON.stringify(join(__dirname, 'instanceLock.ts'))});
      acquireInstanceLock(${JSON.stringify(folder)}, 'electron');
      console.log('LOCKED');
      setInterval(() => {}, 1000);
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { cwd: join(__dirname, '..', '..'), stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('LOCKED') && resolve()));
    expect(() => start()).toThrow(new RegExp(`aplikasi desktop, proses ${child.pid}`));
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    expect(start().storage.state).toBe('ok');
  }, 30_000);
});

describe('snapshots are verified before they are used', () => {
  it('a flipped byte in the newest snapshot: rebuilt from the previous one, the user told, the hash right', async () => {
    const host = start();
    const id = await createSession(host.services);
    for (let turn = 0; turn < 3; turn += 1) await playTurn(host.services, id);
    const expectedHash = (await host.services.openSession(id)).stateHash;
    stop(host);
    flipSnapshotByte(id, 2);

    const reopened = start();
    const detail = await reopened.services.openSession(id);
    expect(detail.recovery).toEqual({ damagedSnapshotTurns: [2], restoredFromTurn: 1 });
    expect(detail.stateHash).toBe(expectedHash);
    await playTurn(reopened.services, id);
    stop(reopened);
    expectConsistent(id, 4);
    await expectRoundTrip(id);
  });

  it('every snapshot damaged: re-simulated from the setup', async () => {
    const host = start();
    const id = await createSession(host.services);
    for (let turn = 0; turn < 2; turn += 1) await playTurn(host.services, id);
    const expectedHash = (await host.services.openSession(id)).stateHash;
    stop(host);
    flipSnapshotByte(id, 0);
    flipSnapshotByte(id, 1);
    const reopened = start();
    const detail = await reopened.services.openSession(id);
    expect(detail.recovery).toEqual({ damagedSnapshotTurns: [1, 0], restoredFromTurn: null });
    expect(detail.stateHash).toBe(expectedHash);
    expect(detail.lastSnapshot).toBeNull();
  });
});

describe('corrupt means corrupt', () => {
  it('a file locked by another program at start is reported as busy, stays where it is, and nothing is written', async () => {
    const first = start();
    const id = await createSession(first.services);
    stop(first);
    const locker = new Database(join(folder, 'sispamkota.sqlite'));
    locker.pragma('locking_mode = EXCLUSIVE');
    locker.exec('BEGIN EXCLUSIVE');
    try {
      const host = start();
      expect(host.storage).toEqual({ state: 'unavailable', fault: 'busy' });
      expect(host.startupMessage).toMatch(/dikunci oleh program lain/);
      expect((await host.services.getAppInfo()).storage).toEqual({ state: 'unavailable', fault: 'busy' });
      expect(await codeOf(host, 'createSession', { name: 'x', scenarioId: 's', setup: {}, players: [{ id: 'a', name: 'A', role: 'police' }], crowdController: 'person' })).toBe('storage_busy');
      expect(await codeOf(host, 'restoreBackup', 'nothing')).toBe('not_found');
      // Settings still change for this run (the language), without a write.
      expect(await host.services.updateSettings({ language: 'en' })).toMatchObject({ language: 'en' });
      stop(host);
    } finally {
      locker.exec('ROLLBACK');
      locker.close();
    }
    expect(readdirSync(folder).filter((name) => name.includes('.corrupt-'))).toEqual([]);
    const after = start();
    expect(after.storage).toEqual({ state: 'ok', fault: null });
    expect((await after.services.listSessions({})).map((session) => session.id)).toEqual([id]);
    expect((await after.services.getSettings()).language).toBe('id');
  }, 30_000);

  it('a read-only database file is opened read-only: sessions listed and opened, writes refused, file kept', async () => {
    const first = start();
    const id = await createSession(first.services);
    await playTurn(first.services, id);
    stop(first);
    makeReadOnly(join(folder, 'sispamkota.sqlite'));
    makeReadOnly(folder);
    const host = start();
    expect(host.storage).toEqual({ state: 'read_only', fault: 'read_only' });
    expect((await host.services.listSessions({})).map((session) => session.id)).toEqual([id]);
    const detail = await host.services.openSession(id);
    expect(detail.summary.turn).toBe(1);
    expect(await codeOf(host, 'sendCommand', id, samplePlanCommands(detail)[0])).toBe('storage_read_only');
    expect(await codeOf(host, 'deleteSession', id)).toBe('storage_read_only');
    expect(await codeOf(host, 'branchSession', id, { atTurn: 1, name: 'Cabang' })).toBe('storage_read_only');
    expect(await codeOf(host, 'updateAnnotation', id, 1, { text: 'x' })).toBe('storage_read_only');
    expect(await codeOf(host, 'deleteAnnotation', id, 1)).toBe('storage_read_only');
    expect(await host.services.getTurnSnapshot(id, 1)).toMatchObject({ turn: 1, afterSeq: detail.turns[0]!.lastSeq });
    stop(host);
    makeWritable(folder);
    expect(readdirSync(folder).filter((name) => name.includes('.corrupt-'))).toEqual([]);
    const writable = start();
    expect(writable.storage.state).toBe('ok');
    await playTurn(writable.services, id);
    stop(writable);
    expectConsistent(id, 2);
    await expectRoundTrip(id);
  });

  it('a moved-aside file is listed with the backups and can be exported; a damaged one is not restored', async () => {
    const first = start();
    stop(first);
    execFileSync('sh', ['-c', `head -c 65536 /dev/urandom > "${join(folder, 'sispamkota.sqlite')}"`]);
    const host = start();
    const files = await host.services.listBackups();
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ kind: 'moved_aside' });
    const exported = await host.services.exportStorageFile(files[0]!.name);
    expect(Buffer.from(exported.base64, 'base64').byteLength).toBe(65536);
    expect(await codeOf(host, 'restoreBackup', files[0]!.name)).toBe('copy_unreadable');
    expect(host.storage.state).toBe('ok');
    expect(await codeOf(host, 'listSessions', {})).toBe('ok');
  });
});

function flipSnapshotByte(id: string, turn: number): void {
  const db = new Database(join(folder, 'sispamkota.sqlite'));
  const row = db.prepare<[string, number], { snapshot: Buffer }>('SELECT snapshot FROM turns WHERE session_id = ? AND turn = ?').get(id, turn)!;
  const bytes = Buffer.from(row.snapshot);
  const at = Math.floor(bytes.length / 2);
  bytes[at] = bytes[at]! ^ 0x10;
  db.prepare('UPDATE turns SET snapshot = ? WHERE session_id = ? AND turn = ?').run(bytes, id, turn);
  db.close();
}

const isRoot = process.getuid?.() === 0;

/** Makes a file or folder unwritable, also for root (who ignores permission bits): the immutable flag. */
function makeReadOnly(path: string): void {
  if (isRoot) execFileSync('chattr', ['+i', path]);
  else chmodSync(path, 0o555);
}

function makeWritable(path: string): void {
  for (const target of [join(path, 'sispamkota.sqlite'), path]) {
    try {
      if (isRoot) execFileSync('chattr', ['-i', target], { stdio: 'ignore' });
      else chmodSync(target, target === path ? 0o755 : 0o644);
    } catch {
      // Not there, or never made read-only.
    }
  }
}
