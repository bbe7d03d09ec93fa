import { registerVenue } from '../../shared/venue/venues';
import type { SessionPlayer } from '../../shared/contract/sessions';
import type { SessionStatus } from '../../shared/contract/host';
import { translate } from '../../shared/i18n/messages';
import { setupLimitProblems } from '../../shared/scenario/limits';
import type { Setup } from '../../shared/engine';
import {
  bilingual,
  decodeSessionFile,
  importProblem,
  type ExportedSession,
  type ImportProblem,
} from '../storage/sessionFile';
import type { NewSessionRecord, StoredCommand } from '../storage/sessionStore';
import { parseSetup, reSimulate, type ReSimulationFailure, type ReplayedTurn } from './engineAdapter';

/**
 * The whole check of a session file, everything but the write: decode and validate every field
 * (sessionFile.ts), hold every setup to the session limits, check that the recorded players are the
 * setup's, and re-simulate every command, which must reproduce every turn's recorded hash. Pure CPU
 * work with no database: it runs in the import worker (importWorker.ts), off the host's thread.
 */

/** A session that passed every check: what the host writes, all of it rebuilt by this engine. */
export interface VerifiedSession extends Omit<NewSessionRecord, 'engineVersion' | 'players' | 'crowdController'> {
  players: SessionPlayer[];
  crowdController: ExportedSession['crowdController'];
  /** Derived from the re-simulation: finished iff the game is over (or abandoned, as the file says). */
  status: SessionStatus;
  /** Resolved turns. */
  turn: number;
  commits: ReplayedTurn[];
  pending: StoredCommand[];
  annotations: ExportedSession['annotations'];
  /** The user venue and scenario the session was played on, kept with it (absent on a shipped venue). */
  sources?: { venue: unknown; scenario: unknown };
}

/** Progress of a check: `done` sessions of `total` checked, `currentName` the one being checked now. */
export interface CheckProgress {
  phase: 'reading' | 'checking';
  done: number;
  total: number;
  currentName: string | null;
}

/** Checks a whole file; `onProgress` hears before each session. Never throws for a bad file. */
export function checkSessionFile(
  bytes: Uint8Array,
  now: Date,
  onProgress: (progress: CheckProgress) => void = () => {},
): { ok: true; sessions: VerifiedSession[] } | ImportProblem {
  onProgress({ phase: 'reading', done: 0, total: 0, currentName: null });
  const decoded = decodeSessionFile(bytes);
  if (!decoded.ok) return decoded;
  const sessions = decoded.document.sessions;
  const verified: VerifiedSession[] = [];
  for (const [index, session] of sessions.entries()) {
    onProgress({ phase: 'checking', done: index, total: sessions.length, currentName: session.name });
    const checked = checkSession(session, now);
    if (!checked.ok) return checked;
    verified.push(checked.session);
  }
  onProgress({ phase: 'checking', done: sessions.length, total: sessions.length, currentName: null });
  return { ok: true, sessions: verified };
}

/** Checks and re-simulates one session of a decoded file. */
export function checkSession(session: ExportedSession, now: Date): { ok: true; session: VerifiedSession } | ImportProblem {
  const name = session.name;
  // A user venue travels with its session; its revision id is its content's fingerprint, so an altered
  // venue no longer matches the setup and the session is refused.
  if (session.venue !== undefined) {
    const reg = registerVenue(session.venue);
    if (!reg.ok || reg.id !== session.venueId) {
      const reason = reg.ok ? `venue ${reg.id} ≠ ${session.venueId}` : (reg.issues[0] ?? 'venue');
      return importProblem('invalid_content', bilingual('import.setupInvalid', { name, reason }), reg.ok ? [reason] : reg.issues);
    }
  }
  const setup = parseSetup(session.setup);
  if (!setup.ok) return importProblem('invalid_content', bilingual('import.setupInvalid', { name, reason: setup.message }), [setup.message]);
  const limits = setupLimitProblems(setup.setup);
  const firstLimit = limits[0];
  if (firstLimit) {
    return importProblem(
      'limits',
      bilingual('import.sessionLimit', (language) => ({ name, problem: `setup.${firstLimit.field}: ${translate(language, firstLimit.key, firstLimit.params)}` })),
      limits.map((problem) => `setup.${problem.field}: ${translate('en', problem.key, problem.params)}`),
    );
  }
  if (session.venueId !== setup.setup.venueId) {
    return importProblem('invalid_content', bilingual('import.venueMismatch', { name, venueId: session.venueId, setupVenue: setup.setup.venueId }));
  }
  const mismatch = playersMismatch(session.players, setup.setup);
  if (mismatch) return importProblem('invalid_content', bilingual('import.playersMismatch', { name, detail: mismatch }));

  const verdict = reSimulate(setup.setup, session.seed, session.commands, session.turns, { collect: true });
  if (!verdict.ok) return importProblem('verification_failed', verificationMessage(name, verdict.failure), [verdict.message]);

  const created = Date.parse(session.createdAt);
  return {
    ok: true,
    session: {
      id: session.id,
      name,
      venueId: setup.setup.venueId,
      scenarioId: session.scenarioId,
      setup: session.setup,
      seed: session.seed,
      players: session.players,
      crowdController: session.crowdController,
      aiLevel: session.aiLevel,
      // A clock set ahead on the exporting PC must not date a session after its import.
      createdAt: new Date(Math.min(created, now.getTime())).toISOString(),
      status: verdict.over ? 'finished' : session.status === 'abandoned' ? 'abandoned' : 'planning',
      turn: verdict.commits.length,
      commits: verdict.commits,
      pending: verdict.pending,
      annotations: session.annotations,
      // The original's name is not kept: the library reads it from the original when that is here too.
      branchOf: session.branchOf ? { id: session.branchOf.id, turn: session.branchOf.turn } : null,
      ...(session.venue !== undefined ? { sources: { venue: session.venue, scenario: session.scenario ?? null } } : {}),
    },
  };
}

/** Why the recorded players are not the setup's (ids, roles), or null when they are. */
function playersMismatch(players: readonly SessionPlayer[], setup: Setup): string | null {
  const problems: string[] = [];
  const recorded = new Map<string, SessionPlayer>();
  for (const player of players) {
    if (recorded.has(player.id)) problems.push(`${player.id} ×2`);
    recorded.set(player.id, player);
  }
  for (const player of setup.players) {
    const match = recorded.get(player.id);
    if (!match) problems.push(`${player.id} ∉ players`);
    else if (match.role !== player.side) problems.push(`${player.id}: ${match.role} ≠ ${player.side}`);
    recorded.delete(player.id);
  }
  for (const id of recorded.keys()) problems.push(`${id} ∉ setup`);
  return problems.length > 0 ? problems.slice(0, 4).join(', ') : null;
}

function verificationMessage(name: string, failure: ReSimulationFailure) {
  switch (failure.kind) {
    case 'setup':
      return bilingual('import.setupInvalid', { name, reason: failure.reason });
    case 'sequence':
      return bilingual('import.sequenceBroken', { name, seq: failure.seq });
    case 'command':
      return bilingual('import.commandInvalid', { name, seq: failure.seq, reason: failure.reason });
    case 'hash':
      return bilingual('import.hashMismatch', { name, turn: failure.turn });
    case 'turns':
      return bilingual('import.turnsMismatch', { name, reason: failure.reason });
  }
}

/** Re-exported for the worker and the host: the problem type every refusal has. */
export type { ImportProblem };
