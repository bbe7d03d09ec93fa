import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionFileLimits } from '../../shared/contract/limits';
import type { ImportOutcome, ImportProgress } from '../../shared/contract/sessions';
import { smallSetup } from '../../shared/engine/fixtures';
import type { RunningHost } from './bootstrap';
import { ImportJobs } from './importJobs';
import { importAndWait, multiplied, playedSession, readDocument, rewrite, TemporaryHosts, writeDocument } from '../../tests/support/transferFixtures';

/**
 * Imports through the contract, on real SQLite files: every kind of bad file is refused with a clear
 * message in both languages and writes nothing; good files round-trip; a cancelled import writes
 * nothing and its worker thread stops; the host answers other calls while a 500-session file is checked.
 */

const temporary = new TemporaryHosts();
/** A one-turn session exported from a source host: the file every case below alters. */
let file: { fileName: string; base64: string };
/** The target: it already holds one session, which every refused import must leave alone. */
let target: RunningHost;
const NAME = 'Latihan ekspor';

beforeAll(async () => {
  const source = temporary.fresh();
  const played = await playedSession(source.services, 1);
  await source.services.addAnnotation(played.summary.id, { tick: 3, kind: 'note', author: 'Direktur', text: 'Catatan Anev' });
  file = await source.services.exportSessions([played.summary.id]);
  target = temporary.fresh();
  await playedSession(target.services, 1, smallSetup(60, 50), 'Sesi yang sudah ada');
}, 60_000);
afterAll(() => temporary.cleanUp());

function integrity(host: RunningHost): unknown {
  return host.db.pragma('integrity_check', { simple: true });
}

/** Imports `base64` into the target and checks it was refused with `code`, saying each fragment in both languages. */
async function expectRefused(base64: string, code: string, fragments: string[]): Promise<Extract<ImportOutcome, { ok: false }>> {
  const before = await target.services.listSessions({});
  const progress = await importAndWait(target.services, { fileName: 'uji.sispamkota', base64 });
  expect(progress.state).toBe('failed');
  const outcome = progress.outcome;
  if (!outcome || outcome.ok) throw new Error(`expected a refusal, got ${JSON.stringify(outcome)}`);
  expect({ code: outcome.code, message: outcome.message }).toMatchObject({ code });
  for (const fragment of fragments) {
    expect(outcome.messages.id).toContain(fragment);
    expect(outcome.messages.en).toContain(fragment);
  }
  expect(outcome.messages.id).not.toBe(outcome.messages.en);
  expect(outcome.message).toBe(`${outcome.messages.id} / ${outcome.messages.en}`);
  expect(integrity(target)).toBe('ok');
  expect(await target.services.listSessions({})).toEqual(before);
  return outcome;
}

/** The file with its first session changed. */
const withSession = (change: (session: Record<string, unknown>) => void) => rewrite(file.base64, (document) => change(document.sessions[0]!));
/** The file with its first session's setup changed. */
const withSetup = (change: (setup: Record<string, unknown> & { players: Record<string, unknown>[]; police: Record<string, unknown>[]; crowd: Record<string, unknown>[] }) => void) =>
  withSession((session) => change(session.setup as Parameters<typeof change>[0]));

/** The file with `depth` nested arrays in place of `"__NEST__"` (JSON.stringify cannot write that deep). */
function nested(depth: number, place: (session: Record<string, unknown>) => void): string {
  const document = readDocument(file.base64);
  place(document.sessions[0]!);
  const text = JSON.stringify(document).replace('"__NEST__"', '['.repeat(depth) + ']'.repeat(depth));
  return gzipSync(Buffer.from(text)).toString('base64');
}

describe('a bad session file is refused with a clear message and nothing is written', () => {
  it.each([
    ['players of the wrong type', (s: Record<string, unknown>) => (s.players = [1, 2, 3]), ['players']],
    ['an unknown crowd controller', (s: Record<string, unknown>) => (s.crowdController = 'robot'), ['crowdController', "'person'"]],
    ['an unknown status', (s: Record<string, unknown>) => (s.status = 'menang'), ['status']],
    ['a creation date that is not a date', (s: Record<string, unknown>) => (s.createdAt = 'kemarin sore'), ['createdAt', 'ISO 8601']],
    ['an update date that is not a date', (s: Record<string, unknown>) => (s.updatedAt = '2025-02-30T10:00:00Z'), ['updatedAt']],
    ['a name over the limit', (s: Record<string, unknown>) => (s.name = `${NAME} ${'x'.repeat(200)}`), ['"name"', '200']],
    ['an AI level of the wrong type', (s: Record<string, unknown>) => (s.aiLevel = 5), ['aiLevel']],
    ['a result of the wrong type', (s: Record<string, unknown>) => (s.result = 'polisi menang'), ['result']],
    ['a note over the limit', (s: Record<string, unknown>) => ((s.annotations as { text: string }[])[0]!.text = 'x'.repeat(10_001)), ['annotations', '10000']],
    ['an unknown field', (s: Record<string, unknown>) => (s.adminPassword = 'x'), ['adminPassword']],
  ])('%s', async (_label, change, fragments) => {
    await expectRefused(withSession(change), 'invalid_content', [NAME, ...(fragments as string[])]);
  });

  it('players that are not the setup’s players', async () => {
    await expectRefused(withSession((s) => ((s.players as { role: string }[])[0]!.role = 'crowd')), 'invalid_content', [NAME, 'players', 'polisi']);
  });

  it('two sessions with the same id in one file', async () => {
    const base64 = rewrite(file.base64, (document) => {
      document.sessions = [document.sessions[0]!, { ...document.sessions[0]!, name: 'Salinan kedua' }];
    });
    await expectRefused(base64, 'duplicate_id', [NAME, 'Salinan kedua']);
  });

  it.each([
    ['two units with one id', (s: Parameters<Parameters<typeof withSetup>[0]>[0]) => (s.police[1]!.id = 'awal-1'), ['awal-1']],
    ['two players with one id', (s: Parameters<Parameters<typeof withSetup>[0]>[0]) => (s.players[1]!.id = 'polisi'), ['polisi']],
    ['a unit and a crowd group with one id', (s: Parameters<Parameters<typeof withSetup>[0]>[0]) => (s.crowd[0]!.id = 'awal-1'), ['awal-1']],
    ['a crowd beyond the new-session limit', (s: Parameters<Parameters<typeof withSetup>[0]>[0]) => (s.crowd[0]!.size = 6000), ['6000', '5000']],
    [
      'five police players',
      (s: Parameters<Parameters<typeof withSetup>[0]>[0]) => {
        for (let n = 2; n <= 5; n += 1) s.players.push({ id: `polisi-${n}`, name: `Danton ${n}`, side: 'police', controls: [] });
      },
      ['5', '1–4'],
    ],
    ['more ticks per turn than allowed', (s: Parameters<Parameters<typeof withSetup>[0]>[0]) => Object.assign(s, { secondsPerTurn: 300, tickSeconds: 0.1 }), ['3000', '600']],
  ])('a setup with %s', async (_label, change, fragments) => {
    await expectRefused(withSetup(change), 'limits', [NAME, 'setup.', ...(fragments as string[])]);
  });

  it('100,000 nested arrays in a command', async () => {
    const base64 = nested(100_000, (s) => ((s.commands as { command: unknown }[])[0]!.command = '__NEST__'));
    await expectRefused(base64, 'too_deep', [NAME, 'commands', String(sessionFileLimits.nestingMax)]);
  });

  it('100,000 nested arrays in a turn summary', async () => {
    const base64 = nested(100_000, (s) => ((s.turns as { summary: unknown }[])[0]!.summary = '__NEST__'));
    await expectRefused(base64, 'too_deep', [NAME, 'turns']);
  });

  it('a file over the size cap (refused before it is unpacked)', async () => {
    const outcome = await expectRefused(randomBytes(sessionFileLimits.fileBytesMax + 1).toString('base64'), 'too_large', []);
    expect(outcome.messages.id).toContain('batasnya 5,0 MB');
    expect(outcome.messages.en).toContain('the limit is 5.0 MB');
  });

  it('a zip bomb: too large once unpacked, not "damaged"', async () => {
    const document = readDocument(file.base64);
    const text = JSON.stringify(document).replace('{', `{${' '.repeat(sessionFileLimits.jsonBytesMax + 1024)}`);
    const outcome = await expectRefused(gzipSync(Buffer.from(text), { level: 1 }).toString('base64'), 'too_large', []);
    expect(outcome.messages.id).toContain('128,0 MB');
    expect(outcome.messages.en).toContain('128.0 MB');
  }, 60_000);

  it('a truncated file', async () => {
    const bytes = Buffer.from(file.base64, 'base64');
    await expectRefused(bytes.subarray(0, Math.floor(bytes.length / 2)).toString('base64'), 'damaged', ['unexpected end of file']);
  });

  it('an altered turn hash', async () => {
    const base64 = withSession((s) => ((s.turns as { stateHash: string }[])[0]!.stateHash = '0123456789abcdef'));
    await expectRefused(base64, 'verification_failed', [NAME, '0']);
  });

  it('an altered command', async () => {
    const base64 = withSession((s) => ((s.commands as { seq: number }[])[1]!.seq = 7));
    await expectRefused(base64, 'verification_failed', [NAME, '7']);
  });

  it('a file that is not a session file at all', async () => {
    await expectRefused(Buffer.from('bukan berkas sesi').toString('base64'), 'not_a_session_file', []);
    await expectRefused(writeDocument({ format: 'lain', formatVersion: 1 }), 'not_a_session_file', []);
  });
});

describe('good files', () => {
  it('round-trips several sessions export → import → export, status and dates derived sensibly', async () => {
    const source = temporary.fresh();
    const over = await playedSession(source.services, 2, smallSetup(60, 2), 'Selesai');
    const ongoing = await playedSession(source.services, 1, smallSetup(60, 8), 'Berjalan');
    const fresh = await playedSession(source.services, 0, smallSetup(40, 5), 'Baru');
    await source.services.addAnnotation(ongoing.summary.id, { tick: 10, kind: 'bookmark', author: 'Direktur', text: 'Lihat ini' });
    const ids = [over.summary.id, ongoing.summary.id, fresh.summary.id];
    expect(over.summary.status).toBe('finished');
    const exported = await source.services.exportSessions(ids);
    // A file claiming the opposite statuses and a creation date in the future: both are derived again.
    const future = new Date(Date.now() + 86_400_000 * 365).toISOString();
    const claimed = rewrite(exported.base64, (document) => {
      document.sessions[0]!.status = 'planning';
      document.sessions[1]!.status = 'finished';
      document.sessions[2]!.createdAt = future;
    });

    const destination = temporary.fresh();
    const started = Date.now();
    const progress = await importAndWait(destination.services, { fileName: exported.fileName, base64: claimed });
    expect(progress).toMatchObject({ state: 'done', done: 3, total: 3 });
    if (!progress.outcome?.ok) throw new Error(JSON.stringify(progress.outcome));
    expect(progress.outcome.imported.map((s) => [s.id, s.status, s.turn])).toEqual([
      [over.summary.id, 'finished', 2],
      [ongoing.summary.id, 'planning', 1],
      [fresh.summary.id, 'planning', 0],
    ]);
    expect(Date.parse(progress.outcome.imported[2]!.createdAt)).toBeLessThanOrEqual(Date.now());
    expect(Date.parse(progress.outcome.imported[2]!.createdAt)).toBeGreaterThanOrEqual(started - 1000);
    for (const original of [over, ongoing, fresh]) {
      const imported = await destination.services.openSession(original.summary.id);
      expect(imported.stateHash).toBe(original.stateHash);
      expect(imported.turns).toEqual(original.turns);
      expect(imported.commands).toEqual(original.commands);
      expect(imported.players).toEqual(original.players);
    }
    expect(await destination.services.listAnnotations(ongoing.summary.id)).toMatchObject([{ tick: 10, kind: 'bookmark', text: 'Lihat ini' }]);

    const again = readDocument((await destination.services.exportSessions(ids)).base64);
    const first = readDocument(exported.base64);
    const comparable = (session: Record<string, unknown>) => ({ ...session, updatedAt: null, createdAt: null });
    expect(again.sessions.map(comparable)).toEqual(first.sessions.map(comparable));
    expect(integrity(destination)).toBe('ok');
  });

  it('refuses a second import while one runs, and answers not_found for an unknown job', async () => {
    const host = temporary.fresh();
    const big = multiplied(file.base64, 40);
    const { jobId } = await host.services.importSessions({ fileName: 'besar.sispamkota', base64: big });
    const second = await importAndWait(host.services, file);
    expect(second.outcome).toMatchObject({ ok: false, code: 'busy' });
    await host.services.cancelImport(jobId);
    await expect(host.services.importProgress('tidak-ada')).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('background imports', () => {
  it('cancel stops the worker thread and writes nothing', async () => {
    const host = temporary.fresh();
    await playedSession(host.services, 1);
    const jobs = new ImportJobs(host.db);
    const { jobId } = jobs.start({ fileName: 'besar.sispamkota', base64: multiplied(file.base64, 500) }, new Date());
    let progress: ImportProgress = jobs.progress(jobId);
    while (progress.state === 'running' && progress.done < 3) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      progress = jobs.progress(jobId);
    }
    expect(progress).toMatchObject({ state: 'running', phase: 'checking', total: 500 });
    expect(progress.currentName).toMatch(/^Latihan salinan \d+$/);
    expect(jobs.runningWorkers).toBe(1);
    expect(jobs.cancel(jobId)).toMatchObject({ state: 'cancelled', outcome: null });
    expect(await jobs.settled(jobId)).toMatchObject({ state: 'cancelled' });
    expect(jobs.runningWorkers).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(jobs.progress(jobId).state).toBe('cancelled');
    expect(await host.services.listSessions({})).toHaveLength(1);
    expect(integrity(host)).toBe('ok');
  });

  it('a database locked by another program while writing: refused with the cause, nothing written, the retry imports', async () => {
    const host = temporary.fresh();
    const other = new Database(host.databasePath);
    other.exec('BEGIN IMMEDIATE');
    try {
      const progress = await importAndWait(host.services, file);
      expect(progress.outcome).toMatchObject({ ok: false, code: 'write_failed' });
      if (progress.outcome?.ok !== false) throw new Error('expected a refusal');
      expect(progress.outcome.messages.id).toContain('dikunci program lain');
      expect(progress.outcome.messages.en).toContain('locked by another program');
      expect(progress.outcome.issues.join(' ')).toMatch(/SQLITE_BUSY/);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(await host.services.listSessions({})).toEqual([]);
    expect(integrity(host)).toBe('ok');
    expect((await importAndWait(host.services, file)).outcome).toMatchObject({ ok: true });
  }, 60_000);

  it('keeps answering cheap calls within 200 ms while a 500-session file is checked and written', async () => {
    const host = temporary.fresh();
    const big = multiplied(file.base64, 500);
    const latencies: { ms: number; phase: string }[] = [];
    const started = performance.now();
    const { jobId } = await host.services.importSessions({ fileName: 'besar.sispamkota', base64: big });
    let progress = await host.services.importProgress(jobId);
    while (progress.state === 'running') {
      const phase = progress.phase;
      // Asked right away, and asked from a timer as the renderer's calls arrive: an answer waits for
      // whatever holds the host's thread.
      for (const call of [() => host.services.getAppInfo(), () => host.services.listSessions({ limit: 20 })]) {
        const asked = performance.now();
        await call();
        latencies.push({ ms: performance.now() - asked, phase });
      }
      const asked = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 25));
      await host.services.getAppInfo();
      latencies.push({ ms: performance.now() - asked - 25, phase });
      progress = await host.services.importProgress(jobId);
    }
    const totalMs = performance.now() - started;
    expect(progress).toMatchObject({ state: 'done', phase: 'finished', done: 500, total: 500 });
    expect(progress.outcome?.ok && progress.outcome.imported).toHaveLength(500);
    const sorted = latencies.map((l) => l.ms).sort((a, b) => a - b);
    const p99 = sorted[Math.floor(sorted.length * 0.99)]!;
    const worst = sorted[sorted.length - 1]!;
    const worstByPhase = Object.fromEntries(['reading', 'checking', 'writing'].map((phase) => [phase, Math.max(0, ...latencies.filter((l) => l.phase === phase).map((l) => Number(l.ms.toFixed(1))))]));
    console.log(JSON.stringify({ case: 'import.500.responsiveness', totalMs: Math.round(totalMs), calls: latencies.length, p99Ms: Number(p99.toFixed(1)), worstMs: Number(worst.toFixed(1)), worstByPhase }));
    expect(latencies.filter((l) => l.phase === 'checking').length).toBeGreaterThan(100);
    // Before the worker, this file held the thread for the whole check (88 s for 500 real sessions).
    // Calls answer within 200 ms; on a loaded two-core machine the OS may still pause the process now
    // and then, so a single probe is allowed up to 500 ms while 99 % must stay within 200 ms.
    expect(p99).toBeLessThan(200);
    expect(worst).toBeLessThan(500);
    expect(host.db.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 500 });
    expect(integrity(host)).toBe('ok');
  }, 180_000);
});
