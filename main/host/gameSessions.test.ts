import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostError } from '../../shared/contract/rpc';
import type { SessionDetail } from '../../shared/contract/sessions';
import { createGame, hashGame, setupSchema, type Command, type Setup } from '../../shared/engine';
import { smallSetup } from '../../shared/engine/fixtures';
import { ENGINE_VERSION } from '../../shared/version';
import { openDatabase, type SqliteDatabase } from '../storage/database';
import { SessionStore } from '../storage/sessionStore';
import { checkCompatibility, GameSessions, rebuildGame } from './gameSessions';

/**
 * The host's session service against a real database: what a session's detail holds, how commands
 * are refused, recorded and numbered, when the turn hook runs, and how a game is rebuilt from storage
 * (damaged snapshots skipped, a log that no longer replays refused).
 */

let folder: string;
let db: SqliteDatabase;
let store: SessionStore;
let commits: number;
let clock: number;
let sessions: GameSessions;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'sispamkota-sessions-'));
  db = openDatabase(join(folder, 'sessions.sqlite'));
  store = new SessionStore(db);
  commits = 0;
  clock = 0;
  sessions = new GameSessions(store, () => { commits += 1; }, () => new Date(Date.UTC(2026, 0, 2, 3, 4, clock++)));
});
afterEach(() => {
  db.close();
  rmSync(folder, { recursive: true, force: true });
});

const SETUP = setupSchema.parse(smallSetup(40, 4));

const playersOf = (setup: Setup) => setup.players.map((player) => ({ id: player.id, name: player.name, role: player.side }));

/** One turn's plan for smallSetup: the police line moves, the crowd marches (a little further each turn), both end, resolve. */
function samplePlan(detail: SessionDetail): Command[] {
  const turn = detail.summary.turn;
  return [
    { type: 'submitOrders', playerId: 'polisi', orders: [{ type: 'move', unitId: 'awal-1', waypoints: [{ x: 78 + turn, y: 60 }] }] },
    { type: 'submitOrders', playerId: 'massa', orders: [{ type: 'march', groupId: 'massa-1', to: { x: 80, y: 62 - turn } }] },
    { type: 'endPlan', playerId: 'polisi' },
    { type: 'endPlan', playerId: 'massa' },
    { type: 'resolveTurn' },
  ] as Command[];
}

function hashOfNew(seed: number): string {
  const created = createGame(SETUP, seed);
  if (!created.ok) throw new Error(created.message);
  return hashGame(created.game);
}

const create = (extra: { seed?: number; aiLevel?: string } = {}) =>
  sessions.create({ name: 'Uji sesi', scenarioId: 'sample', setup: SETUP, players: playersOf(SETUP), crowdController: 'person', seed: 21, ...extra } as Parameters<GameSessions['create']>[0]);

/** Plays one whole turn with the sample plan; returns the outcomes. */
function playTurn(id: string) {
  return samplePlan(sessions.open(id)).map((command) => sessions.send(id, command));
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

describe('creating and opening', () => {
  it('a new session: its detail as recorded, the clock\'s time, no turns, the game as created', () => {
    const detail = create({ aiLevel: 'normal' });
    expect(detail.summary).toMatchObject({ name: 'Uji sesi', scenarioId: 'sample', venueId: SETUP.venueId, status: 'planning', turn: 0 });
    expect(detail.summary.createdAt).toBe('2026-01-02T03:04:00.000Z');
    expect(detail.summary.updatedAt).toBe('2026-01-02T03:04:00.000Z');
    expect(detail.seed).toBe(21);
    expect(detail.setup).toEqual(SETUP);
    expect(detail.engineVersion).toBe(ENGINE_VERSION);
    expect(detail.players).toEqual(playersOf(SETUP));
    expect(detail.crowdController).toBe('person');
    expect(detail.aiLevel).toBe('normal');
    expect(detail.commands).toEqual([]);
    expect(detail.turns).toEqual([]);
    expect(detail.drafts).toEqual([]);
    expect(detail.lastSnapshot).toBeNull();
    expect(detail.stateHash).toBe(hashOfNew(21));
    expect(detail.compatibility).toEqual({ replayable: true, reason: null });
    expect(detail.recovery).toBeNull();
    expect(create().aiLevel).toBeNull();
  });

  it('a session without a seed gets a random one in [0, 2^31 - 1)', () => {
    const seeds = Array.from({ length: 4 }, () => create({ seed: undefined }).seed);
    for (const seed of seeds) {
      expect(Number.isInteger(seed)).toBe(true);
      expect(seed).toBeGreaterThanOrEqual(0);
      expect(seed).toBeLessThan(0x7fffffff);
    }
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it('an invalid setup is refused as invalid arguments and nothing is stored', () => {
    const error = hostError(() => sessions.create({ name: 'x', scenarioId: 's', setup: { venueId: 'kpu-office' }, players: [], crowdController: 'person' } as never));
    expect(error.code).toBe('invalid_arguments');
    expect(error.message).toMatch(/^Invalid game setup: ./);
    expect(db.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 0 });
  });

  it('a setup the schema accepts but the engine cannot build (a player controlling no such unit) is refused too', () => {
    const bad = { ...SETUP, players: SETUP.players.map((p) => (p.side === 'police' ? { ...p, controls: [...p.controls, 'hantu-1'] } : p)) };
    expect(setupSchema.safeParse(bad).success).toBe(true);
    const error = hostError(() => sessions.create({ name: 'x', scenarioId: 's', setup: bad, players: [], crowdController: 'person' } as never));
    expect(error.code).toBe('invalid_arguments');
    expect(error.message).toMatch(/^Invalid game setup: ./);
    expect(db.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 0 });
  });

  it('without an injected clock, timestamps are the current time', () => {
    const before = Date.now();
    const detail = new GameSessions(store).create({ name: 'Jam', scenarioId: 's', setup: SETUP, players: playersOf(SETUP), crowdController: 'person', seed: 1 } as never);
    const at = Date.parse(detail.summary.createdAt);
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('an unknown id is not found, for open, send and saveDraft alike', () => {
    for (const call of [() => sessions.open('nope'), () => sessions.send('nope', { type: 'resolveTurn' }), () => sessions.saveDraft('nope', 'p', [])]) {
      const error = hostError(call);
      expect(error.code).toBe('not_found');
      expect(error.message).toBe('No session nope');
    }
  });
});

describe('sending commands', () => {
  it('numbers accepted commands from 1 with no gap, refusals taking no number and recording nothing', () => {
    const id = create().summary.id;
    const [first, ...rest] = samplePlan(sessions.open(id));
    const invalid = sessions.send(id, { type: 'no_such_command' });
    expect(invalid).toMatchObject({ ok: false, reason: 'invalid_command' });
    expect(invalid.ok ? '' : invalid.message.length).toBeGreaterThan(0);
    const refused = sessions.send(id, { type: 'submitOrders', playerId: 'nobody', orders: [] });
    expect(refused.ok).toBe(false);
    expect(refused.ok ? null : refused.reason).not.toBe('invalid_command');
    const accepted = sessions.send(id, first);
    expect(accepted).toMatchObject({ ok: true, seq: 1, status: 'planning', turn: 0 });
    expect(accepted.ok && accepted.stateHash).toBe(sessions.open(id).stateHash);
    const later = rest.map((command) => sessions.send(id, command));
    expect(later.map((o) => (o.ok ? o.seq : -1))).toEqual(rest.map((_, i) => i + 2));
    expect(store.load(id)!.commands.map((c) => c.seq)).toEqual(rest.map((_, i) => i + 1).concat(rest.length + 1));
    const last = later.at(-1)!;
    expect(last).toMatchObject({ ok: true, turn: 1, status: 'planning' });
    expect(last.ok && last.events.length).toBeGreaterThan(0);
  });

  it('a resolved turn is committed with its hash and snapshot; the hook runs once per turn, not per command', () => {
    const id = create().summary.id;
    const outcomes = playTurn(id);
    expect(commits).toBe(1);
    const stored = store.load(id)!;
    const last = outcomes.at(-1)!;
    if (!last.ok) throw new Error(last.message);
    expect(stored.turns).toHaveLength(1);
    expect(stored.turns[0]).toMatchObject({ turn: 0, lastSeq: last.seq, stateHash: last.stateHash });
    expect(stored.turns[0]!.endTick).toBeGreaterThan(0);
    expect(stored.turn).toBe(1);
    expect(stored.commands.map((c) => c.turn)).toEqual(outcomes.map(() => 0));
    const detail = sessions.open(id);
    expect(detail.lastSnapshot?.afterSeq).toBe(last.seq);
    expect(Buffer.from(detail.lastSnapshot!.base64, 'base64')).toEqual(Buffer.from(store.snapshotAt(id, 0)!));
    expect(detail.turns).toEqual([{ turn: 0, lastSeq: last.seq, endTick: stored.turns[0]!.endTick, stateHash: last.stateHash, summary: stored.turns[0]!.summary }]);
    expect(detail.commands).toEqual(stored.commands.map((c) => c.command));
    playTurn(id);
    expect(commits).toBe(2);
    expect(store.load(id)!.commands.filter((c) => c.turn === 1)).toHaveLength(outcomes.length);
  });

  it('the last turn finishes the session: status finished and the result stored', () => {
    const id = sessions.create({ name: 'Pendek', scenarioId: 's', setup: setupSchema.parse(smallSetup(40, 1)), players: playersOf(SETUP), crowdController: 'person', seed: 2 }).summary.id;
    const last = playTurn(id).at(-1)!;
    expect(last).toMatchObject({ ok: true, status: 'finished' });
    const stored = store.load(id)!;
    expect(stored.status).toBe('finished');
    expect(stored.result).toMatchObject({ legitimacy: expect.any(Number) });
    expect(sessions.send(id, { type: 'resolveTurn', force: true }).ok).toBe(false);
  });

  it('a draft is saved for the turn being planned and dropped when that player submits', () => {
    const id = create().summary.id;
    playTurn(id);
    sessions.saveDraft(id, 'polisi', [{ type: 'hold', unitId: 'awal-1' }]);
    expect(store.load(id)!.drafts).toEqual([{ playerId: 'polisi', turn: 1, orders: [{ type: 'hold', unitId: 'awal-1' }] }]);
    expect(sessions.open(id).drafts).toEqual(store.load(id)!.drafts);
    const submit = samplePlan(sessions.open(id)).find((c) => c.type === 'submitOrders' && c.playerId === 'polisi')!;
    expect(sessions.send(id, submit).ok).toBe(true);
    expect(store.load(id)!.drafts).toEqual([]);
  });
});

describe('rebuilding from storage', () => {
  it('a forgotten session reopens from storage with the same hash and goes on numbering where it was', () => {
    const id = create().summary.id;
    playTurn(id);
    const extra = samplePlan(sessions.open(id))[0]!;
    const before = sessions.send(id, extra);
    const hash = sessions.open(id).stateHash;
    sessions.forget(id);
    // Sent straight away, the command rebuilds the game first.
    const next = samplePlan(sessions.open(id))[1]!;
    sessions.forget(id);
    expect(sessions.send(id, next)).toMatchObject({ ok: true, seq: (before.ok ? before.seq : 0) + 1 });
    sessions.forget(id);
    expect(sessions.open(id).recovery).toBeNull();
    sessions.forget();
    expect(sessions.open(id).stateHash).toBe(hashGame(rebuildGame(store.load(id)!, (turn) => store.snapshotAt(id, turn)).game));
  });

  it('starts from the newest good snapshot, skipping damaged ones newest first, and says so', () => {
    const id = create().summary.id;
    for (let k = 0; k < 3; k++) playTurn(id);
    const hash = sessions.open(id).stateHash;
    const stored = store.load(id)!;
    const snapshots = new Map([0, 1, 2].map((turn) => [turn, store.snapshotAt(id, turn)!]));
    const flip = (bytes: Uint8Array) => { const b = bytes.slice(); b[b.byteLength - 9] = b[b.byteLength - 9]! ^ 0xff; return b; };

    const clean = rebuildGame(stored, (turn) => snapshots.get(turn)!);
    expect(clean.from).toMatchObject({ turn: 2, lastSeq: stored.turns[2]!.lastSeq });
    expect(clean.skippedTurns).toEqual([]);

    const damagedLast = { ...stored, lastSnapshot: { ...stored.lastSnapshot!, bytes: flip(stored.lastSnapshot!.bytes) } };
    const one = rebuildGame(damagedLast, (turn) => snapshots.get(turn)!);
    expect(one.from?.turn).toBe(1);
    expect(one.from?.bytes).toEqual(snapshots.get(1));
    expect(one.skippedTurns).toEqual([2]);
    expect(hashGame(one.game)).toBe(hash);

    const none = rebuildGame({ ...damagedLast, lastSnapshot: null }, (turn) => (turn === 0 ? null : flip(snapshots.get(turn)!)));
    expect(none.from).toBeNull();
    expect(none.skippedTurns).toEqual([2, 1, 0]);
    expect(hashGame(none.game)).toBe(hash);

    // Through the service: the user is told which snapshots were skipped and where it started.
    db.prepare('UPDATE turns SET snapshot = ? WHERE session_id = ? AND turn = 2').run(Buffer.from('damaged'), id);
    sessions.forget(id);
    const detail = sessions.open(id);
    expect(detail.recovery).toEqual({ damagedSnapshotTurns: [2], restoredFromTurn: 1 });
    expect(detail.stateHash).toBe(hash);
    expect(detail.lastSnapshot?.afterSeq).toBe(stored.turns[1]!.lastSeq);
    db.prepare('UPDATE turns SET snapshot = ? WHERE session_id = ?').run(Buffer.from('damaged'), id);
    // forget() with no id forgets every session.
    sessions.forget();
    expect(sessions.open(id).recovery).toEqual({ damagedSnapshotTurns: [2, 1, 0], restoredFromTurn: null });
    expect(sessions.open(id).lastSnapshot).toBeNull();
  });

  it('a log that no longer replays is refused as a conflict, naming the command', () => {
    const id = create().summary.id;
    playTurn(id);
    const stored = store.load(id)!;
    const noSnapshots = { ...stored, lastSnapshot: null };
    const wrongHash = { ...noSnapshots, turns: stored.turns.map((t) => ({ ...t, stateHash: '0000000000000000' })) };
    const lastSeq = stored.turns[0]!.lastSeq;
    const differs = hostError(() => rebuildGame(wrongHash, () => null));
    expect(differs.code).toBe('conflict');
    expect(differs.message).toMatch(/^The stored session does not rebuild: turn 0: hash [0-9a-f]{16} differs from the recorded 0{16}$/);
    expect(lastSeq).toBe(5);
    const badCommand = { ...noSnapshots, commands: [{ seq: 1, turn: 0, command: { type: 'no_such_command' } }, ...stored.commands.slice(1)] };
    const refused = hostError(() => rebuildGame(badCommand, () => null));
    expect(refused.code).toBe('conflict');
    expect(refused.message).toMatch(/^The stored session does not rebuild: command 1 refused \(.+\): ./);
    const illegal = { ...noSnapshots, commands: [{ seq: 1, turn: 0, command: { type: 'submitOrders', playerId: 'nobody', orders: [] } }] };
    expect(hostError(() => rebuildGame(illegal, () => null)).message).toMatch(/^The stored session does not rebuild: command 1 refused \(.+\): ./);
    const badSetup = hostError(() => rebuildGame({ ...stored, setup: { venueId: 'x' } }, () => null));
    expect(badSetup.code).toBe('conflict');
    expect(badSetup.message).toMatch(/^The stored session does not rebuild: setup: ./);
  });

  it('commands up to the snapshot are not applied again', () => {
    const id = create().summary.id;
    playTurn(id);
    const stored = store.load(id)!;
    // A command before the snapshot that would no longer apply does not matter: the snapshot covers it.
    const rewritten = { ...stored, commands: stored.commands.map((c, i) => (i === 0 ? { ...c, command: { type: 'no_such_command' } } : c)) };
    const rebuilt = rebuildGame(rewritten, (turn) => store.snapshotAt(id, turn));
    expect(rebuilt.from?.turn).toBe(0);
    expect(hashGame(rebuilt.game)).toBe(stored.turns[0]!.stateHash);
  });
});

describe('sessions recorded by another engine version', () => {
  it('one that cannot be replayed and has no turn shows an empty hash', () => {
    store.create({ id: 'old', name: 'Lama', venueId: 'kpu-office', scenarioId: 's', setup: { venueId: 'kpu-office' }, seed: 1, engineVersion: '0.0.1-old', players: [], crowdController: 'person', aiLevel: null, createdAt: 't' });
    const detail = sessions.open('old');
    expect(detail.compatibility.replayable).toBe(false);
    expect(detail.stateHash).toBe('');
  });

  it('replay when every turn hash still matches; otherwise are refused with both versions named, in both languages', () => {
    const id = create().summary.id;
    playTurn(id);
    playTurn(id);
    const stored = { ...store.load(id)!, engineVersion: '0.0.1-old' };
    expect(checkCompatibility(stored)).toEqual({ replayable: true, reason: null });
    const diverged = { ...stored, turns: stored.turns.map((t, i) => (i === 1 ? { ...t, stateHash: 'ffffffffffffffff' } : t)) };
    const verdict = checkCompatibility(diverged);
    expect(verdict.replayable).toBe(false);
    expect(verdict.reason).toContain(`Sesi ini direkam oleh mesin versi 0.0.1-old; versi ${ENGINE_VERSION} memberi hasil berbeda (`);
    expect(verdict.reason).toContain(`This session was recorded by engine 0.0.1-old; engine ${ENGINE_VERSION} gives different results (`);
    // The same version is trusted without re-simulating, whatever the hashes say.
    expect(checkCompatibility({ ...diverged, engineVersion: ENGINE_VERSION })).toEqual({ replayable: true, reason: null });

    db.prepare('UPDATE sessions SET engine_version = ? WHERE id = ?').run('0.0.1-old', id);
    db.prepare("UPDATE turns SET state_hash = 'ffffffffffffffff' WHERE session_id = ? AND turn = 1").run(id);
    sessions.forget(id);
    const detail = sessions.open(id);
    expect(detail.compatibility.replayable).toBe(false);
    expect(detail.stateHash).toBe('ffffffffffffffff');
    expect(detail.lastSnapshot).toBeNull();
    const error = hostError(() => sessions.send(id, { type: 'resolveTurn', force: true }));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe(detail.compatibility.reason);
  });
});
