/**
 * Child process of the crash test: plays turns of one session into a database as fast as it can,
 * printing `turn <n>` after each committed turn, until it is killed (SIGKILL) by the parent.
 * Usage: node --import tsx tests/crash/crashChild.ts <database path>
 */
import { checkpointWal, openDatabase } from '../../main/storage/database';
import { SessionStore } from '../../main/storage/sessionStore';
import { GameSessions } from '../../main/host/gameSessions';
import { engine } from '../../main/host/engineAdapter';
import { setupSchema } from '../../shared/engine';
import { smallSetup } from '../../shared/engine/fixtures';

const parsedSetup = (input: unknown) => setupSchema.parse(input);

const databasePath = process.argv[2];
if (!databasePath) throw new Error('usage: crashChild.ts <database path>');
const db = openDatabase(databasePath);
const store = new SessionStore(db);
const sessions = new GameSessions(store, () => checkpointWal(db));

/** The unfinished session to continue, or a new one (a finished session is left as it is). */
function currentSession(): string {
  const existing = db.prepare<[], { id: string }>("SELECT id FROM sessions WHERE status = 'planning' ORDER BY created_at LIMIT 1").get();
  if (existing) return existing.id;
  const setup = parsedSetup(smallSetup(80, 12));
  return sessions.create({
    name: 'Uji crash',
    scenarioId: 'crash-test',
    setup,
    seed: 4242,
    players: engine.playersOf(setup),
    crowdController: 'person',
  }).summary.id;
}

let sessionId = currentSession();
process.stdout.write(`resumed ${sessions.open(sessionId).summary.turn}\n`);
for (;;) {
  const detail = sessions.open(sessionId);
  for (const command of engine.samplePlanCommands(detail)) {
    const outcome = sessions.send(sessionId, command);
    if (!outcome.ok) throw new Error(`command refused: ${outcome.reason} ${outcome.message}`);
  }
  process.stdout.write(`turn ${detail.summary.turn + 1}\n`);
  sessionId = currentSession();
}
