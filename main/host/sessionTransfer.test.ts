import { afterEach, describe, expect, it } from 'vitest';
import type { HostApi } from '../../shared/contract/methods';
import type { RunningHost } from './bootstrap';
import { importAndWait, playedSession, readDocument, rewrite, TemporaryHosts } from '../../tests/support/transferFixtures';

const temporary = new TemporaryHosts();
const folders = temporary.folders;
const freshHost = (): RunningHost => temporary.fresh();
afterEach(() => temporary.cleanUp());

/** Imports a file through the contract and waits for the job's outcome. */
async function importFile(services: HostApi, file: { fileName: string; base64: string }) {
  const progress = await importAndWait(services, file);
  if (!progress.outcome) throw new Error(`import ${progress.state} without an outcome`);
  return progress.outcome;
}

describe('portable session files', () => {
  it('exports a session and imports it on another machine with identical hashes', async () => {
    const source = freshHost();
    const played = await playedSession(source.services, 3);
    const file = await source.services.exportSessions([played.summary.id]);
    expect(file.fileName).toMatch(/\.sispamkota$/);

    const target = freshHost();
    const outcome = await importFile(target.services, file);
    expect(outcome.ok).toBe(true);
    const imported = await target.services.openSession(played.summary.id);
    expect(imported.turns.map((t) => t.stateHash)).toEqual(played.turns.map((t) => t.stateHash));
    expect(imported.stateHash).toBe(played.stateHash);
    expect((await target.services.listEvents(played.summary.id, 0, 1_000_000)).length).toBeGreaterThan(0);
  });

  it.each([
    ['a truncated file', (b64: string) => Buffer.from(b64, 'base64').subarray(0, 40).toString('base64'), 'damaged'],
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
    const outcome = await importFile(target.services, { fileName: file.fileName, base64: corrupt(file.base64) });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.code).toBe(code);
      expect(outcome.message.length).toBeGreaterThan(10);
      expect(outcome.messages.id).not.toBe(outcome.messages.en);
    }
    expect(await target.services.listSessions({})).toEqual([]);
  });

  it('carries notes as edited and without the deleted ones, and a branch with its original', async () => {
    const source = freshHost();
    const played = await playedSession(source.services, 2);
    const id = played.summary.id;
    const kept = await source.services.addAnnotation(id, { tick: 10, kind: 'note', author: 'Instruktur', text: 'Sebelum diedit' });
    const dropped = await source.services.addAnnotation(id, { tick: 20, kind: 'bookmark', author: 'Instruktur', text: 'Dihapus' });
    await source.services.updateAnnotation(id, kept.id, { tick: 130, kind: 'bookmark', text: 'Sesudah diedit' });
    await source.services.deleteAnnotation(id, dropped.id);
    const branch = await source.services.branchSession(id, { atTurn: 1, name: 'Cabang ekspor' });
    const file = await source.services.exportSessions([id, branch.summary.id]);
    const document = readDocument(file.base64);
    expect(document.sessions.map((session) => session.branchOf)).toEqual([null, { id, name: played.summary.name, turn: 1 }]);

    const target = freshHost();
    expect((await importFile(target.services, file)).ok).toBe(true);
    const notes = (await target.services.listAnnotations(id)).map(({ tick, kind, author, text }) => ({ tick, kind, author, text }));
    expect(notes).toEqual([{ tick: 130, kind: 'bookmark', author: 'Instruktur', text: 'Sesudah diedit' }]);
    const imported = await target.services.openSession(branch.summary.id);
    expect(imported.summary.branchOf).toEqual({ id, name: played.summary.name, turn: 1 });
    expect(imported.turns).toEqual(branch.turns);

    // Imported again here, both come in as copies; the copied branch points at the copied original.
    const again = await importFile(source.services, file);
    if (!again.ok) throw new Error(again.message);
    const [originalCopy, branchCopy] = again.imported;
    expect(branchCopy!.branchOf).toEqual({ id: originalCopy!.id, name: originalCopy!.name, turn: 1 });
  });

  it('imports a file written before branches existed (no branchOf)', async () => {
    const source = freshHost();
    const played = await playedSession(source.services, 1);
    const file = await source.services.exportSessions([played.summary.id]);
    const older = rewrite(file.base64, (document) => {
      for (const session of document.sessions as Record<string, unknown>[]) delete session.branchOf;
    });
    const target = freshHost();
    expect((await importFile(target.services, { fileName: file.fileName, base64: older })).ok).toBe(true);
    expect((await target.services.openSession(played.summary.id)).summary.branchOf).toBeNull();
  });

  it('imports a session that already exists as a copy with a new id', async () => {
    const host = freshHost();
    const played = await playedSession(host.services, 1);
    const file = await host.services.exportSessions([played.summary.id]);
    const outcome = await importFile(host.services, file);
    expect(outcome.ok && outcome.imported[0]!.id !== played.summary.id).toBe(true);
    expect(await host.services.listSessions({})).toHaveLength(2);
  });
});

describe('game sessions through the host', () => {
  it('resumes a session from storage with the same state hash', async () => {
    const first = freshHost();
    const played = await playedSession(first.services, 2);
    const folder = folders[0]!;
    temporary.close(first);
    const again = temporary.open(folder);
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
    temporary.close(host);

    const reopened = temporary.open(folder);
    const compatible = await reopened.services.openSession(id);
    expect(compatible.compatibility).toEqual({ replayable: true, reason: null });
    expect(compatible.engineVersion).toBe('0.0.1-old');

    reopened.db.prepare("UPDATE turns SET state_hash = 'deadbeefdeadbeef' WHERE session_id = ? AND turn = 1").run(id);
    temporary.close(reopened);
    const third = temporary.open(folder);
    const incompatible = await third.services.openSession(id);
    expect(incompatible.compatibility.replayable).toBe(false);
    expect(incompatible.compatibility.reason).toMatch(/0\.0\.1-old/);
    expect(incompatible.compatibility.reason).toMatch(/turn 1/);
    await expect(third.services.sendCommand(id, { type: 'resolveTurn' })).rejects.toThrow(/different results/);
  });
});
