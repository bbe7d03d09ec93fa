import { randomUUID } from 'node:crypto';
import type { SessionSummary } from '../../shared/contract/host';
import { HostError } from '../../shared/contract/rpc';
import type { SqliteDatabase } from '../storage/database';
import {
  encodeSessionFile,
  SESSION_FILE_FORMAT,
  SESSION_FILE_VERSION,
  type ExportedSession,
} from '../storage/sessionFile';
import { SessionLibrary } from '../storage/sessionLibrary';
import { SessionSources } from '../storage/contentLibrary';
import { SessionStore, summaryOfStored } from '../storage/sessionStore';
import { sessionFileLimits, sessionLimits } from '../../shared/contract/limits';
import { ENGINE_VERSION } from '../../shared/version';
import type { VerifiedSession } from './importCheck';

/**
 * Export of portable session files. Their import is checked in a worker thread (importJobs.ts,
 * importCheck.ts), which re-simulates every recorded command with this engine and must reproduce every
 * turn's hash; only then does `writeVerifiedSessions` write anything, all in one transaction.
 */
export class SessionTransfer {
  /**
   * @param store session persistence; @param appVersion written into files
   * @param userVenueOf the kept venue and scenario of a session played on a user venue, else null
   */
  constructor(
    private readonly store: SessionStore,
    private readonly appVersion: string,
    private readonly userVenueOf: (sessionId: string) => { venue: Record<string, unknown>; scenario: unknown } | null = () => null,
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
        // Written by this host through the contract's schemas (an import checks them again).
        players: stored.players as ExportedSession['players'],
        crowdController: stored.crowdController as ExportedSession['crowdController'],
        aiLevel: stored.aiLevel,
        result: stored.result as ExportedSession['result'],
        commands: stored.commands,
        turns: stored.turns,
        annotations: this.store.annotations(id).map(({ tick, kind, author, text, createdAt }) => ({ tick, kind, author, text, createdAt })),
        ...(this.userVenueOf(id) ?? {}),
      };
    });
    const bytes = encodeSessionFile({
      format: SESSION_FILE_FORMAT,
      formatVersion: SESSION_FILE_VERSION,
      appVersion: this.appVersion,
      exportedAt: now.toISOString(),
      sessions,
    });
    if (bytes.byteLength > sessionFileLimits.fileBytesMax) {
      // A file this host could not import again; export the sessions in smaller groups instead.
      throw new HostError('payload_too_large', `The file would be ${bytes.byteLength} bytes; the import limit is ${sessionFileLimits.fileBytesMax}`);
    }
    const stamp = now.toISOString().slice(0, 10);
    const base = sessions.length === 1 ? slug(sessions[0]?.name ?? 'sesi') : `${sessions.length}-sesi`;
    return { fileName: `sispamkota-${base}-${stamp}.sispamkota`, base64: Buffer.from(bytes).toString('base64') };
  }
}

/**
 * Writes sessions the import worker verified (importCheck.ts), all in one transaction: every one of
 * them or, when anything throws, none. A session whose id is taken here is written as a copy with a new
 * id; a branch whose original came in the same file points at the original as written. Runs in the import worker on its own connection to the database file (importWorker.ts), so the
 * host's thread never waits for it. Returns the ids written, in file order.
 */
export function writeVerifiedSessions(db: SqliteDatabase, sessions: readonly VerifiedSession[], now: Date): string[] {
  const store = new SessionStore(db);
  const library = new SessionLibrary(db);
  const at = now.toISOString();
  const written: string[] = [];
  const writtenAs = new Map<string, string>();
  db.transaction(() => {
    for (const session of sessions) {
      const taken = library.get(session.id) !== null;
      const id = taken ? randomUUID() : session.id;
      writtenAs.set(session.id, id);
      const branchOf = session.branchOf ? { id: writtenAs.get(session.branchOf.id) ?? session.branchOf.id, turn: session.branchOf.turn } : null;
      const name = taken ? `${session.name.slice(0, sessionLimits.sessionNameMax - COPY_SUFFIX.length)}${COPY_SUFFIX}` : session.name;
      // Every hash was just reproduced by this engine, so the session is recorded as this engine's.
      store.create({
        id,
        name,
        venueId: session.venueId,
        scenarioId: session.scenarioId,
        setup: session.setup,
        seed: session.seed,
        engineVersion: ENGINE_VERSION,
        players: session.players,
        crowdController: session.crowdController,
        aiLevel: session.aiLevel,
        createdAt: session.createdAt,
        branchOf,
      });
      for (const { preceding, ...commit } of session.commits) {
        for (const command of preceding) store.appendCommand(id, command, 'planning', at);
        store.commitTurn(id, { ...commit, committedAt: at });
      }
      for (const command of session.pending) store.appendCommand(id, command, session.status, at);
      for (const note of session.annotations) store.addAnnotation(id, note);
      if (session.sources) new SessionSources(db).save(id, session.sources.venue, session.sources.scenario);
      written.push(id);
    }
    // IMMEDIATE: the write lock is taken (waiting out the busy timeout) before the first read, so a turn
    // the host commits meanwhile cannot invalidate this transaction's snapshot halfway through.
  }).immediate();
  return written;
}

/** Added to the name of a session imported as a copy. */
const COPY_SUFFIX = ' (impor)';

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'sesi';
}
