import { createHostClient } from '../../../../shared/contract/client';
import { dispatchHostCall } from '../../../../shared/contract/dispatch';
import type { HostApi } from '../../../../shared/contract/methods';
import { HostError } from '../../../../shared/contract/rpc';
import type { CommandOutcome, CreateSessionInput, SessionDetail } from '../../../../shared/contract/sessions';
import { applyCommand, commandSchema, createGame, hashGame, setupSchema, snapshotGame, type Command, type Game } from '../../../../shared/engine';
import { ENGINE_VERSION } from '../../../../shared/version';

/**
 * A host for the renderer's unit tests: the session methods of the host contract played on the real
 * engine in memory, the way main/host/gameSessions.ts plays them (a submitted or ended plan settles
 * the player's draft, a resolved turn settles the turn's drafts and records its hash). The renderer
 * reaches it through the contract's own client and `dispatchHostCall`, so every argument and result is
 * validated as on the wire. Resolved turns keep their events and end snapshots, for the summaries
 * and replays of earlier turns (`listEvents`, `getTurnSnapshot`); notes and bookmarks are kept for the debrief. Tests can make a call fail before
 * it changes anything, make the host report a wrong state hash, or make it accept a command without
 * the engine (a host that diverged).
 */

interface FakeSession {
  id: string;
  input: CreateSessionInput;
  seed: number;
  game: Game;
  commands: Command[];
  turns: { turn: number; lastSeq: number; endTick: number; stateHash: string; summary: unknown }[];
  drafts: { playerId: string; turn: number; orders: unknown }[];
  /** Every resolved turn's events as storage keeps them, and its end snapshot (engine bytes). */
  events: { turn: number; tick: number; type: string; data: unknown }[];
  snapshots: Uint8Array[];
  /** Notes and bookmarks (the debrief's). */
  annotations: { id: number; tick: number; kind: 'note' | 'bookmark'; author: string; text: string; createdAt: string }[];
}

/** One call as the fake host received it (after the contract's validation). */
export interface FakeHostCall {
  method: string;
  args: unknown[];
}

/** Decides, before a call runs, whether it fails; return the error to throw or undefined. */
type Fault = (call: FakeHostCall) => HostError | undefined;

const STAMP = '2026-01-01T00:00:00.000Z';

/** Flips the last hex digit, so a hash looks right but differs. */
function tampered(hash: string): string {
  return hash.slice(0, -1) + (hash.endsWith('0') ? '1' : '0');
}

/** Encodes snapshot bytes as the contract carries them. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

function unsupported(method: string): () => Promise<never> {
  return async () => {
    throw new HostError('internal', `${method} is not part of the fake host`);
  };
}

/** The fake host: its contract services, the typed client the renderer uses, and the test controls. */
export class FakeHost {
  private sessions = new Map<string, FakeSession>();
  private faults: Fault[] = [];
  private nextId = 1;
  /** Every call that reached the services, in order. */
  calls: FakeHostCall[] = [];
  /** When set, every state hash the host reports (open, commands) is off by one digit. */
  tamperHashes = false;
  /** Commands matching this are answered "accepted" without the engine seeing them. */
  acceptBlindly: ((command: Command) => boolean) | null = null;

  /** The typed client, exactly as the renderer's hostClient builds one over a transport. */
  readonly client: HostApi = createHostClient((request) => dispatchHostCall(this.services, request));

  /** Forgets every session, fault and call. */
  reset(): void {
    this.sessions.clear();
    this.faults = [];
    this.calls = [];
    this.tamperHashes = false;
    this.acceptBlindly = null;
  }

  /** The next call that matches `when` fails with `error` and changes nothing (one shot). */
  failOnce(when: (call: FakeHostCall) => boolean, error: HostError): void {
    const fault: Fault = (call) => {
      if (!when(call)) return undefined;
      this.faults = this.faults.filter((f) => f !== fault);
      return error;
    };
    this.faults.push(fault);
  }

  /** The commands sent to `sendCommand` so far (accepted or not), by type. */
  sentCommandTypes(): string[] {
    return this.calls.filter((call) => call.method === 'sendCommand').map((call) => (call.args[1] as Command).type);
  }

  /** The host's own game of a session (its authoritative state). */
  gameOf(id: string): Game {
    return this.session(id).game;
  }

  /** Adds a stored draft directly (as a stale row an older build could have left). */
  storeDraft(id: string, draft: { playerId: string; turn: number; orders: unknown[] }): void {
    this.session(id).drafts.push(draft);
  }

  private session(id: string): FakeSession {
    const session = this.sessions.get(id);
    if (!session) throw new HostError('not_found', `No session ${id}`);
    return session;
  }

  private hashOf(session: FakeSession): string {
    const hash = hashGame(session.game);
    return this.tamperHashes ? tampered(hash) : hash;
  }

  private detail(session: FakeSession): SessionDetail {
    const { game, input } = session;
    const setup = setupSchema.parse(input.setup);
    return {
      summary: {
        id: session.id, name: input.name, venueId: setup.venueId, scenarioId: input.scenarioId,
        status: game.state.phase === 'over' ? 'finished' : 'planning', turn: game.state.turn, createdAt: STAMP, updatedAt: STAMP,
        branchOf: null,
      },
      setup: input.setup,
      seed: session.seed,
      engineVersion: ENGINE_VERSION,
      players: input.players,
      crowdController: input.crowdController,
      aiLevel: input.aiLevel ?? null,
      commands: [...session.commands],
      turns: [...session.turns],
      drafts: session.drafts.map((draft) => ({ ...draft })),
      // As the real host: the newest turn snapshot and the last command it includes.
      lastSnapshot: session.turns.length > 0 ? { base64: toBase64(session.snapshots.at(-1)!), afterSeq: session.turns.at(-1)!.lastSeq } : null,
      stateHash: this.hashOf(session),
      compatibility: { replayable: true, reason: null },
      recovery: null,
    };
  }

  private send(id: string, raw: unknown): CommandOutcome {
    const session = this.session(id);
    const parsed = commandSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, reason: 'invalid_command', message: parsed.error.issues[0]?.message ?? 'invalid command' };
    const command = parsed.data as Command;
    const turnBefore = session.game.state.turn;
    let events: unknown[] = [];
    if (!this.acceptBlindly?.(command)) {
      const result = applyCommand(session.game, command);
      if (!result.ok) return { ok: false, reason: result.reason, message: result.message };
      events = result.events;
    }
    session.commands.push(command);
    if (command.type === 'resolveTurn') {
      session.turns.push({ turn: turnBefore, lastSeq: session.commands.length, endTick: session.game.state.tick, stateHash: hashGame(session.game), summary: null });
      for (const event of events as { tick: number; type: string }[]) session.events.push({ turn: turnBefore, tick: event.tick, type: event.type, data: event });
      session.snapshots.push(snapshotGame(session.game));
      session.drafts = session.drafts.filter((draft) => draft.turn > turnBefore);
    } else if (command.type === 'submitOrders' || command.type === 'endPlan') {
      session.drafts = session.drafts.filter((draft) => draft.playerId !== command.playerId);
    }
    const status = session.game.state.phase === 'over' ? 'finished' : 'planning';
    return { ok: true, seq: session.commands.length, events, stateHash: this.hashOf(session), status, turn: session.game.state.turn };
  }

  /** The contract's services; only the session methods the game flow uses are played. */
  private readonly services: HostApi = new Proxy({} as HostApi, {
    get: (_target, method: string) => {
      const implementation = this.implementations[method as keyof HostApi] ?? unsupported(method);
      return async (...args: unknown[]) => {
        const call = { method, args };
        this.calls.push(call);
        for (const fault of [...this.faults]) {
          const error = fault(call);
          if (error) throw error;
        }
        return (implementation as (...a: unknown[]) => Promise<unknown>)(...args);
      };
    },
  });

  private readonly implementations: Partial<HostApi> = {
    createSession: async (input) => {
      const parsed = setupSchema.safeParse(input.setup);
      if (!parsed.success) throw new HostError('invalid_arguments', `Invalid game setup: ${parsed.error.issues[0]?.message}`);
      const seed = input.seed ?? 1;
      const created = createGame(parsed.data, seed);
      if (!created.ok) throw new HostError('invalid_arguments', created.message);
      const id = `sesi-${this.nextId++}`;
      const session: FakeSession = { id, input: input as CreateSessionInput, seed, game: created.game, commands: [], turns: [], drafts: [], events: [], snapshots: [], annotations: [] };
      this.sessions.set(id, session);
      return this.detail(session);
    },
    openSession: async (id) => this.detail(this.session(id)),
    listEvents: async (id, fromTick, toTick) => this.session(id).events.filter((event) => event.tick >= fromTick && event.tick <= toTick),
    getTurnSnapshot: async (id, turn) => {
      const session = this.session(id);
      const bytes = session.snapshots[turn - 1];
      const row = session.turns[turn - 1];
      if (!bytes || !row) return null;
      return { turn, afterSeq: row.lastSeq, endTick: row.endTick, base64: toBase64(bytes) };
    },
    sendCommand: async (id, command) => this.send(id, command),
    listAnnotations: async (id) => [...this.session(id).annotations].sort((a, b) => a.tick - b.tick || a.id - b.id),
    addAnnotation: async (id, input) => {
      const note = { id: this.nextId++, ...input, createdAt: STAMP };
      this.session(id).annotations.push(note);
      return note;
    },
    updateAnnotation: async (id, annotationId, patch) => {
      const note = this.session(id).annotations.find((a) => a.id === annotationId);
      if (!note) throw new HostError('not_found', `no note ${annotationId}`);
      Object.assign(note, patch);
      return note;
    },
    deleteAnnotation: async (id, annotationId) => {
      const session = this.session(id);
      const before = session.annotations.length;
      session.annotations = session.annotations.filter((a) => a.id !== annotationId);
      return { deleted: session.annotations.length < before };
    },
    saveDraft: async (id, playerId, orders) => {
      const session = this.session(id);
      session.drafts = session.drafts.filter((draft) => draft.playerId !== playerId);
      session.drafts.push({ playerId, turn: session.game.state.turn, orders });
      return { saved: true };
    },
  };
}

/** The one fake host the tests' mocked `hostClient` module hands to the renderer. */
export const fakeHost = new FakeHost();
