import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostApi } from '../../shared/contract/methods';
import { startHost, type RunningHost } from './bootstrap';
import { engine } from './engineAdapter';
import { setupSchema } from '../../shared/engine';
import { smallSetup } from '../../shared/engine/fixtures';

const parsedSetup = (input: unknown) => setupSchema.parse(input);

let folders: string[] = [];
let hosts: RunningHost[] = [];

function freshHost(): RunningHost {
  const folder = mkdtempSync(join(tmpdir(), 'sispamkota-transfer-'));
  folders.push(folder);
  const host = startHost({ dataDirectory: folder, mode: 'browser', backupOnStart: false });
  hosts.push(host);
  return host;
}

beforeEach(() => {
  folders = [];
  hosts = [];
});
afterEach(() => {
  for (const host of hosts) host.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Creates a small session and plays `turns` turns through the host. */
async function playedSession(services: HostApi, turns: number) {
  const setup = parsedSetup(smallSetup(60, 50));
  const created = await services.createSession({
    name: 'Latihan ekspor',
    scenarioId: 'sample',
    setup,
    seed: 99,
    players: engine.playersOf(setup),
    crowdController: 'person',
  });
  for (let turn = 0; turn < turns; turn += 1) {
    const detail = await services.openSession(created.summary.id);
    for (const command of engine.samplePlanCommands(detail)) {
      const outcome = await services.sendCommand(created.summary.id, command);
      expect(outcome.ok ? 'ok' : `${outcome.reason}: ${outcome.message}`).toBe('ok');
    }
  }
  return services.openSession(created.summary.id);
}

function rewrite(base64: string, change: (document: Record<string, unknown>) => void): string {
  const document = JSON.parse(gunzipSync(Buffer.from(base64, 'base64')).toString('utf8')) as Record<string, unknown>;
  change(document);
  return gzipSync(Buffer.from(JSON.stringify(document))).toString('base64');
}

describe('portable session files', () => {
  it('exports a session and imports it on another machine with identical hashes', async () => {
    const source = freshHost();
    const played = await playedSession(source.services, 3);
    const file = await source.services.exportSessions([played.summary.id]);
    expect(file.fileName).toMatch(/\.sispamkota$/);

    const target = freshHost();
    const outcome = await target.services.importSessions(file);
    expect(outcome.ok).toBe(true);
    const imported = await target.services.openSession(played.summary.id);
    expect(imported.turns.map((t) => t.stateHash)).toEqual(played.turns.map((t) => t.stateHash));
    expect(imported.stateHash).toBe(played.stateHash);
    expect((await target.services.listEvents(played.summary.id, 0, 1_000_000)).length).toBeGreaterThan(0);
  });

  it.each([
    ['a truncated file', (b64: string) => Buffer.from(b64, 'base64').subarray(0, 40).toString('base64'), 'not_a_session_file'],
    ['random bytes', () => Buffer.from('hello, not gzip').toString('base64'), 'not_a_session_file'],
    ['an unknown version', (b64: string) => rewrite(b64, (d) => (d.formatVersion = 99)), 'unknown_version'],
    ['wrong types', (b64: string) => rewrite(b64, (d) => ((d.sessions as Record<string, unknown>[])[0]!.seed = 'abc')), 'invalid_content'],
    ['huge values', (b64: string) => rewrite(b64, (d) => ((d.sessions as Record<string, unknown>[])[0]!.turn = 1e12)), 'invalid_content'],
    [
      'an altered order (hash mismatch)',
      (b64: string) =>
        rewrite(b64, (d) => {
          const session = (d.sessions as { seed: number }[])[0]!;
          session.seed += 1;
        }),
      'verification_failed',
    ],
  ])('rejects %s with a clear message and writes nothing', async (_label, corrupt, code) => {
    const source = freshHost();
    const played = await playedSession(source.services, 2);
    const file = await source.services.exportSessions([played.summary.id]);
    const target = freshHost();
    const outcome = await target.services.importSessions({ fileName: file.fileName, base64: corrupt(file.base64) });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.code).toBe(code);
      expect(outcome.message.length).toBeGreaterThan(10);
    }
    expect(await target.services.listSessions({})).toEqual([]);
  });

  it('imports a session that already exists as a copy with a new id', async () => {
    const host = freshHost();
    const played = await playedSession(host.services, 1);
    const file = await host.services.exportSessions([played.summary.id]);
    const outcome = await host.services.importSessions(file);
    expect(outcome.ok && outcome.imported[0]!.id !== played.summary.id).toBe(true);
    expect(await host.services.listSessions({})).toHaveLength(2);
  });
});

describe('game sessions through the host', () => {
  it('resumes a session from storage with the same state hash', async () => {
    const first = freshHost();
    const played = await playedSession(first.services, 2);
    const folder = folders[0]!;
    first.close();
    hosts = hosts.filter((h) => h !== first);
    const again = startHost({ dataDirectory: folder, mode: 'browser', backupOnStart: false });
    hosts.push(again);
    const resumed = await again.services.openSession(played.summary.id);
    expect(resumed.stateHash).toBe(played.stateHash);
    expect(resumed.summary.turn).toBe(2);
  });

  it('refuses an illegal command with the engine reason and records nothing', async () => {
    const host = freshHost();
    const played = await playedSession(host.services, 0);
    const before = await host.services.openSession(played.summary.id);
    const refused = await host.services.sendCommand(played.summary.id, { type: 'resolveTurn' });
    expect(refused.ok).toBe(false);
    const malformed = await host.services.sendCommand(played.summary.id, { type: 'dropTables' });
    expect(malformed).toMatchObject({ ok: false, reason: 'invalid_command' });
    const after = await host.services.openSession(played.summary.id);
    expect(after.commands).toEqual(before.commands);
    expect(after.stateHash).toBe(before.stateHash);
  });
});

describe('sessions recorded by another engine version', () => {
  it('replays when every turn hash still matches, and says clearly why not when one differs', async () => {
    const host = freshHost();
    const played = await playedSession(host.services, 2);
    const id = played.summary.id;
    host.db.prepare("UPDATE sessions SET engine_version = '0.0.1-old' WHERE id = ?").run(id);
    const folder = folders[0]!;
    host.close();
    hosts = [];

    const reopened = startHost({ dataDirectory: folder, mode: 'browser', backupOnStart: false });
    hosts.push(reopened);
    const compatible = await reopened.services.openSession(id);
    expect(compatible.compatibility).toEqual({ replayable: true, reason: null });
    expect(compatible.engineVersion).toBe('0.0.1-old');

    reopened.db.prepare("UPDATE turns SET state_hash = 'deadbeefdeadbeef' WHERE session_id = ? AND turn = 1").run(id);
    reopened.close();
    hosts = [];
    const third = startHost({ dataDirectory: folder, mode: 'browser', backupOnStart: false });
    hosts.push(third);
    const incompatible = await third.services.openSession(id);
    expect(incompatible.compatibility.replayable).toBe(false);
    expect(incompatible.compatibility.reason).toMatch(/0\.0\.1-old/);
    expect(incompatible.compatibility.reason).toMatch(/turn 1/);
    await expect(third.services.sendCommand(id, { type: 'resolveTurn' })).rejects.toThrow(/different results/);
  });
});
