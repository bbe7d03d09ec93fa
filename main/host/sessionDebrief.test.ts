import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostError } from '../../shared/contract/rpc';
import type { SessionDetail } from '../../shared/contract/sessions';
import { createGame, hashGame, restoreGame, setupSchema, type Command } from '../../shared/engine';
import { smallSetup } from '../../shared/engine/fixtures';
import { ENGINE_VERSION } from '../../shared/version';
import { openDatabase, type SqliteDatabase } from '../storage/database';
import { SessionLibrary } from '../storage/sessionLibrary';
import { SessionStore } from '../storage/sessionStore';
import { GameSessions } from './gameSessions';
import { SessionDebrief } from './sessionDebrief';

/**
 * The debrief's host side against a real database: every resolved turn's snapshot as stored (or rebuilt
 * when damaged), and what-if branches that take over a session's first turns, resume at once, play on
 * exactly like the original, and are refused (writing nothing) beyond the resolved turns or when the
 * copied log no longer reproduces its hashes.
 */

let folder: string;
let db: SqliteDatabase;
let store: SessionStore;
let sessions: GameSessions;
let debrief: SessionDebrief;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'sispamkota-debrief-'));
  db = openDatabase(join(folder, 'debrief.sqlite'));
  store = new SessionStore(db);
  const now = () => new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
  sessions = new GameSessions(store, () => {}, now);
  debrief = new SessionDebrief(db, store, sessions, now);
});
afterEach(() => {
  db.close();
  rmSync(folder, { recursive: true, force: true });
});

const SETUP = setupSchema.parse(smallSetup(40, 4));
const PLAYERS = SETUP.players.map((player) => ({ id: player.id, name: player.name, role: player.side }));

/** One turn's plan: the police line and the crowd move a little further each turn, then it resolves. */
function plan(turn: number): Command[] {
  return [
    { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'move', unitId: 'awal-1', waypoints: [{ x: 78 + turn, y: 60 }] }] },
    { type: 'submitOrders', playerId: 'massa', orders: [{ type: 'march', groupId: 'massa-1', to: { x: 80, y: 62 - turn } }] },
    { type: 'endPlan', playerId: 'polisi' },
    { type: 'endPlan', playerId: 'massa' },
    { type: 'resolveTurn' },
  ] as Command[];
}

/** A session with `turns` resolved turns (and, with `pending`, one more turn's orders not yet resolved). */
function played(turns: number, pending = false): SessionDetail {
  const { summary } = sessions.create({ name: 'Latihan asal', scenarioId: 'sample', setup: SETUP, players: PLAYERS, crowdController: 'ai', aiLevel: 'normal', seed: 8 });
  for (let turn = 0; turn < turns; turn += 1) for (const command of plan(turn)) expect(sessions.send(summary.id, command).ok).toBe(true);
  if (pending) sessions.send(summary.id, plan(turns)[0]!);
  return sessions.open(summary.id);
}

function hostError(fn: () => unknown): HostError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(HostError);
    return error as HostError;
  }
  throw new Error('did not throw');
}

/** Flips one byte in the middle of a stored (compressed) snapshot. */
function damageSnapshot(id: string, engineTurn: number) {
  const row = db.prepare<[string, number], { snapshot: Buffer }>('SELECT snapshot FROM turns WHERE session_id = ? AND turn = ?').get(id, engineTurn)!;
  const bytes = Buffer.from(row.snapshot);
  const middle = bytes.length >> 1;
  bytes.writeUInt8(bytes.readUInt8(middle) ^ 0x5a, middle);
  db.prepare('UPDATE turns SET snapshot = ? WHERE session_id = ? AND turn = ?').run(bytes, id, engineTurn);
}

const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('getTurnSnapshot', () => {
  it('gives the stored snapshot of every resolved turn, counted from 1, with the commands it covers', () => {
    const original = played(3, true);
    const id = original.summary.id;
    expect(original.turns.map((turn) => turn.lastSeq)).toEqual([5, 10, 15]);
    for (let turn = 1; turn <= 3; turn += 1) {
      const snapshot = debrief.turnSnapshot(id, turn)!;
      const recorded = original.turns[turn - 1]!;
      expect(snapshot).toMatchObject({ turn, afterSeq: recorded.lastSeq, endTick: recorded.endTick });
      const restored = restoreGame(Buffer.from(snapshot.base64, 'base64'));
      expect(restored.ok && hashGame(restored.game)).toBe(recorded.stateHash);
      expect(restored.ok && restored.game.state.turn).toBe(turn);
    }
    expect(debrief.turnSnapshot(id, 3)!.base64).toBe(original.lastSnapshot!.base64);
    expect(debrief.turnSnapshot(id, 4)).toBeNull();
    expect(debrief.turnSnapshot('tidak-ada', 1)).toBeNull();
  });

  it('rebuilds a damaged snapshot from the one before it and the commands, never handing out the damaged bytes', () => {
    const original = played(3);
    const id = original.summary.id;
    damageSnapshot(id, 1);
    const snapshot = debrief.turnSnapshot(id, 2)!;
    const restored = restoreGame(Buffer.from(snapshot.base64, 'base64'));
    expect(restored.ok && hashGame(restored.game)).toBe(original.turns[1]!.stateHash);
    expect(snapshot).toMatchObject({ turn: 2, afterSeq: 10, endTick: original.turns[1]!.endTick });
  });
});

describe('branchSession', () => {
  it('takes over the first turns: same setup, seed, players and AI, the commands and turn rows up to there', () => {
    const original = played(3, true);
    const id = original.summary.id;
    const branch = debrief.branch(id, { atTurn: 2, name: 'Bagaimana jika' });
    expect(branch.summary.id).not.toBe(id);
    expect(branch.summary).toMatchObject({ name: 'Bagaimana jika', status: 'planning', turn: 2, venueId: SETUP.venueId, scenarioId: 'sample' });
    expect(branch.summary.branchOf).toEqual({ id, name: 'Latihan asal', turn: 2 });
    expect(branch.summary.createdAt).toBe('2026-01-02T03:04:05.000Z');
    expect({ setup: branch.setup, seed: branch.seed, players: branch.players, crowdController: branch.crowdController, aiLevel: branch.aiLevel }).toEqual({
      setup: original.setup, seed: 8, players: PLAYERS, crowdController: 'ai', aiLevel: 'normal',
    });
    expect(branch.engineVersion).toBe(ENGINE_VERSION);
    expect(branch.commands).toEqual(original.commands.slice(0, 10));
    expect(branch.turns).toEqual(original.turns.slice(0, 2));
    expect(branch.stateHash).toBe(original.turns[1]!.stateHash);
    // It resumes from the copied snapshot, with nothing damaged and nothing re-simulated.
    expect(branch.lastSnapshot).toEqual({ base64: debrief.turnSnapshot(id, 2)!.base64, afterSeq: 10 });
    expect(branch.recovery).toBeNull();
    // Events at a turn's end tick may belong to the next turn (its orders applied), so compare by turn.
    expect(store.events(branch.summary.id, 0, 1e9)).toEqual(store.events(id, 0, 1e9).filter((event) => event.turn < 2));
    expect(store.load(branch.summary.id)!.turns.map((turn) => turn.summary)).toEqual(store.load(id)!.turns.slice(0, 2).map((turn) => turn.summary));
    expect(new SessionLibrary(db).get(branch.summary.id)!.branchOf).toEqual({ id, name: 'Latihan asal', turn: 2 });
  });

  it('plays on exactly like the original: the same orders reproduce the original\'s next turn', () => {
    const original = played(3);
    const branch = debrief.branch(original.summary.id, { atTurn: 2, name: 'Ulang giliran 3' });
    const outcomes = plan(2).map((command) => sessions.send(branch.summary.id, command));
    expect(outcomes.at(-1)).toMatchObject({ ok: true, seq: 15, stateHash: original.turns[2]!.stateHash, turn: 3 });
    expect(sessions.open(branch.summary.id).turns.map((turn) => turn.stateHash)).toEqual(original.turns.map((turn) => turn.stateHash));
    // The original is untouched.
    expect(sessions.open(original.summary.id).commands).toEqual(original.commands);
  });

  it('at turn 0 starts from the game as created, and stays a branch after the original is deleted', () => {
    const original = played(1);
    const branch = debrief.branch(original.summary.id, { atTurn: 0, name: 'Dari awal' });
    expect(branch.commands).toEqual([]);
    expect(branch.turns).toEqual([]);
    expect(branch.lastSnapshot).toBeNull();
    const created = createGame(SETUP, 8);
    expect(created.ok && hashGame(created.game)).toBe(branch.stateHash);
    store.delete(original.summary.id);
    expect(new SessionLibrary(db).list({}).map((row) => row.branchOf)).toEqual([{ id: original.summary.id, name: null, turn: 0 }]);
    expect(sessions.open(branch.summary.id).summary.branchOf).toEqual({ id: original.summary.id, name: null, turn: 0 });
  });

  it('at the last turn of a finished session is finished too', () => {
    const { summary } = sessions.create({ name: 'Singkat', scenarioId: 'sample', setup: setupSchema.parse(smallSetup(40, 1)), players: PLAYERS, crowdController: 'person', seed: 3 });
    for (const command of plan(0)) sessions.send(summary.id, command);
    expect(sessions.open(summary.id).summary.status).toBe('finished');
    const branch = debrief.branch(summary.id, { atTurn: 1, name: 'Cabang akhir' });
    expect(branch.summary).toMatchObject({ status: 'finished', turn: 1 });
    expect(store.load(branch.summary.id)!.result).toEqual(store.load(summary.id)!.result);
  });

  it('beyond the resolved turns: refused in both languages, nothing written', () => {
    const original = played(2);
    const before = [count('sessions'), count('commands'), count('turns')];
    const error = hostError(() => debrief.branch(original.summary.id, { atTurn: 3, name: 'Terlalu jauh' }));
    expect(error.code).toBe('invalid_arguments');
    expect(error.message).toContain('baru menyelesaikan 2 giliran');
    expect(error.message).toContain('has resolved only 2 turns');
    expect([count('sessions'), count('commands'), count('turns')]).toEqual(before);
    expect(hostError(() => debrief.branch('tidak-ada', { atTurn: 0, name: 'x' })).code).toBe('not_found');
  });

  it.each([
    ['an earlier turn\'s recorded hash altered', "UPDATE turns SET state_hash = 'deadbeefdeadbeef' WHERE session_id = ? AND turn = 0"],
    ['the last copied turn\'s hash altered (its snapshot intact)', "UPDATE turns SET state_hash = 'deadbeefdeadbeef' WHERE session_id = ? AND turn = 1"],
    ['an order of the last copied turn altered', `UPDATE commands SET command_json = replace(command_json, '"y":60', '"y":61') WHERE session_id = ? AND seq = 6`],
  ])('a copied log that no longer reproduces its recorded hash (%s): refused as a conflict, nothing written', (_label, tamper) => {
    const original = played(2);
    const id = original.summary.id;
    expect(db.prepare(tamper).run(id).changes).toBe(1);
    const before = [count('sessions'), count('commands'), count('turns'), count('turn_events')];
    const error = hostError(() => debrief.branch(id, { atTurn: 2, name: 'Rusak' }));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/cabang tidak dibuat.*no branch was made/);
    expect([count('sessions'), count('commands'), count('turns'), count('turn_events')]).toEqual(before);
  });
});
