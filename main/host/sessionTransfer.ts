import { randomUUID } from 'node:crypto';
import type { SessionSummary } from '../../shared/contract/host';
import { HostError } from '../../shared/contract/rpc';
import type { SqliteDatabase } from '../storage/database';
import {
  decodeSessionFile,
  encodeSessionFile,
  SESSION_FILE_FORMAT,
  SESSION_FILE_VERSION,
  type ExportedSession,
} from '../storage/sessionFile';
import { summaryOfStored, type SessionStore } from '../storage/sessionStore';
import { ENGINE_VERSION } from '../../shared/version';
import { engine, type ReplayedTurn } from './engineAdapter';

/** Outcome of an import, as the contract returns it. */
export type ImportOutcome =
  | { ok: true; imported: SessionSummary[] }
  | { ok: false; code: string; message: string; issues: string[] };

/**
 * Export and import of portable session files. An import re-simulates every recorded command with this
 * engine and must reproduce every turn's hash; only then is anything written, all in one transaction.
 */
export class SessionTransfer {
  /** @param db the open database; @param store session persistence; @param appVersion written into files */
  constructor(
    private readonly db: SqliteDatabase,
    private readonly store: SessionStore,
    private readonly appVersion: string,
  ) {}

  /** Builds one file holding the given sessions (with their notes), base64 encoded for the contract. */
  exportSessions(ids: readonly string[], now: Date): { fileName: string; base64: string } {
    const sessions: ExportedSession[] = ids.map((id) => {
      const stored = this.store.load(id);
      if (!stored) throw new HostError('not_found', `No session ${id}`);
      return {
        ...summaryOfStored(stored),
        setup: stored.setup,
        seed: stored.seed,
        engineVersion: stored.engineVersion,
        players: stored.players,
        crowdController: stored.crowdController,
        aiLevel: stored.aiLevel,
        result: stored.result,
        commands: stored.commands,
        turns: stored.turns,
        annotations: this.store.annotations(id).map(({ tick, kind, author, text, createdAt }) => ({ tick, kind, author, text, createdAt })),
      };
    });
    const bytes = encodeSessionFile({
      format: SESSION_FILE_FORMAT,
      formatVersion: SESSION_FILE_VERSION,
      appVersion: this.appVersion,
      exportedAt: now.toISOString(),
      sessions,
    });
    const stamp = now.toISOString().slice(0, 10);
    const base = sessions.length === 1 ? slug(sessions[0]?.name ?? 'sesi') : `${sessions.length}-sesi`;
    return { fileName: `sispamkota-${base}-${stamp}.sispamkota`, base64: Buffer.from(bytes).toString('base64') };
  }

  /** Validates, re-simulates and writes the sessions of a file; writes nothing if any of them fails. */
  importSessions(payload: { fileName: string; base64: string }, now: Date): ImportOutcome {
    const decoded = decodeSessionFile(Buffer.from(payload.base64, 'base64'));
    if (!decoded.ok) return { ok: false, code: decoded.code, message: decoded.message, issues: decoded.issues ?? [] };
    const prepared: { session: ExportedSession; id: string; commits: ReplayedTurn[]; pending: ExportedSession['commands'] }[] = [];
    for (const session of decoded.document.sessions) {
      const verdict = engine.reSimulate(session.setup, session.seed, session.commands, session.turns);
      if (!verdict.ok) {
        return {
          ok: false,
          code: 'verification_failed',
          message: `Sesi "${session.name}" tidak lolos verifikasi / Session "${session.name}" failed verification: ${verdict.message}`,
          issues: [],
        };
      }
      const id = this.store.load(session.id) ? randomUUID() : session.id;
      prepared.push({ session, id, commits: verdict.commits, pending: verdict.pending });
    }
    const imported: SessionSummary[] = [];
    const at = now.toISOString();
    this.db.transaction(() => {
      for (const { session, id, commits, pending } of prepared) {
        const name = id === session.id ? session.name : `${session.name} (impor)`;
        // Every hash was just reproduced by this engine, so the session is recorded as this engine's.
        this.store.create({ ...session, id, name, engineVersion: ENGINE_VERSION, createdAt: session.createdAt });
        for (const { preceding, ...commit } of commits) {
          for (const command of preceding) this.store.appendCommand(id, command, session.status, at);
          this.store.commitTurn(id, { ...commit, committedAt: at });
        }
        for (const command of pending) this.store.appendCommand(id, command, session.status, at);
        for (const note of session.annotations) this.store.addAnnotation(id, note);
        imported.push({ id, name, venueId: session.venueId, scenarioId: session.scenarioId, status: session.status, turn: session.turn, createdAt: session.createdAt, updatedAt: at });
      }
    })();
    return { ok: true, imported };
  }
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'sesi';
}
