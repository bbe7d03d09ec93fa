import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setupSchema } from '../../shared/engine';
import { smallSetup } from '../../shared/engine/fixtures';
import { GameSessions } from '../host/gameSessions';
import { openDatabase, type SqliteDatabase } from './database';
import { SessionStore } from './sessionStore';
import { playersOf, samplePlanCommands } from '../../tests/support/samplePlay';

/**
 * Every write that belongs together is one transaction. A failure is injected between the writes of a
 * turn commit and of a command append (a temporary trigger that aborts on one table's write); afterwards
 * nothing of that step is stored, memory agrees with the disk, and removing the fault lets the same
 * command through with no gap.
 */

let folder: string;
let db: SqliteDatabase;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'sispamkota-atomic-'));
  db = openDatabase(join(folder, 'atomic.sqlite'));
});
afterEach(() => {
  db.close();
  rmSync(folder, { recursive: true, force: true });
});

/** What a commit or append writes, table by table, counted for one session. */
function footprint(id: string) {
  const count = (sql: string) => (db.prepare(sql).get(id) as { n: number }).n;
  return {
    commands: count('SELECT count(*) AS n FROM commands WHERE session_id = ?'),
    turns: count('SELECT count(*) AS n FROM turns WHERE session_id = ?'),
    turnEvents: count('SELECT count(*) AS n FROM turn_events WHERE session_id = ?'),
    drafts: count('SELECT count(*) AS n FROM drafts WHERE session_id = ?'),
    session: db.prepare('SELECT turn, status, updated_at FROM sessions WHERE id = ?').get(id),
  };
}

/** A fault on one write: `AFTER` so the writes before it in the same transaction have happened. */
const FAULTS = {
  'insert into commands': 'AFTER INSERT ON commands',
  'insert into turns': 'AFTER INSERT ON turns',
  'insert into turn_events': 'AFTER INSERT ON turn_events',
  'update of sessions': 'AFTER UPDATE ON sessions',
  'delete from drafts': 'AFTER DELETE ON drafts',
} as const;

function injectFault(when: string): void {
  db.exec(`CREATE TEMP TRIGGER injected_fault ${when} BEGIN SELECT RAISE(ABORT, 'injected fault'); END`);
}

function removeFault(): void {
  db.exec('DROP TRIGGER IF EXISTS temp.injected_fault');
}

function newGame() {
  let clock = 0;
  const sessions = new GameSessions(new SessionStore(db), () => {}, () => new Date(Date.UTC(2026, 10, 1, 8, 0, clock++)));
  const setup = setupSchema.parse(smallSetup(40, 30));
  const id = sessions.create({ name: 'Uji atomik', scenarioId: 'sample', setup, seed: 11, players: playersOf(setup), crowdController: 'person' }).summary.id;
  return { sessions, id };
}

describe('a turn commit is all or nothing', () => {
  it.each(Object.entries(FAULTS))('a fault after the %s stores nothing of the turn and memory stays put', (_label, when) => {
    const { sessions, id } = newGame();
    const commands = samplePlanCommands(sessions.open(id));
    const resolve = commands.pop()!;
    for (const command of commands) expect(sessions.send(id, command).ok).toBe(true);
    // A draft saved after planning is what the commit's draft clean-up deletes.
    sessions.saveDraft(id, playersOf(setupSchema.parse(sessions.open(id).setup))[0]!.id, [{ type: 'hold', unitId: 'x' }]);
    const before = footprint(id);
    const hashBefore = sessions.open(id).stateHash;

    injectFault(when);
    expect(() => sessions.send(id, resolve)).toThrow(/injected fault/);
    expect(footprint(id)).toEqual(before);
    expect(sessions.open(id).stateHash).toBe(hashBefore);

    removeFault();
    expect(sessions.send(id, resolve)).toMatchObject({ ok: true, turn: 1 });
    const after = footprint(id);
    expect(after.commands).toBe(before.commands + 1);
    expect(after.turns).toBe(1);
    expect(after.turnEvents).toBeLessThanOrEqual(1);
    expect(after.drafts).toBe(0);
    expect(after.session).toMatchObject({ turn: 1 });
  });
});

describe('a command append is all or nothing', () => {
  it.each([
    ['insert into commands', FAULTS['insert into commands']],
    ['update of sessions', FAULTS['update of sessions']],
    ['delete from drafts', FAULTS['delete from drafts']],
  ])('a fault after the %s stores nothing of the command and keeps the draft', (_label, when) => {
    const { sessions, id } = newGame();
    const [submit] = samplePlanCommands(sessions.open(id));
    const playerId = (submit as { playerId: string }).playerId;
    sessions.saveDraft(id, playerId, [{ type: 'hold', unitId: 'x' }]);
    const before = footprint(id);
    const hashBefore = sessions.open(id).stateHash;

    injectFault(when);
    expect(() => sessions.send(id, submit)).toThrow(/injected fault/);
    expect(footprint(id)).toEqual(before);
    expect(sessions.open(id).stateHash).toBe(hashBefore);

    removeFault();
    expect(sessions.send(id, submit)).toMatchObject({ ok: true, seq: 1 });
    expect(footprint(id)).toMatchObject({ commands: 1, drafts: 0 });
  });
});

describe('drafts', () => {
  it('a resolved turn clears the drafts of that turn and keeps none from before', () => {
    const { sessions, id } = newGame();
    const store = new SessionStore(db);
    const commands = samplePlanCommands(sessions.open(id));
    const resolve = commands.pop()!;
    for (const command of commands) sessions.send(id, command);
    store.saveDraft(id, 'late', 0, [{ type: 'hold' }], '2026-11-01T08:00:00Z');
    store.saveDraft(id, 'stale', 0, [{ type: 'hold' }], '2026-11-01T08:00:00Z');
    sessions.send(id, resolve);
    expect(store.load(id)?.drafts).toEqual([]);
    store.saveDraft(id, 'next', 1, [{ type: 'hold' }], '2026-11-01T08:01:00Z');
    expect(store.load(id)?.drafts).toEqual([{ playerId: 'next', turn: 1, orders: [{ type: 'hold' }] }]);
  });
});
