/**
 * Child process of the crash test: plays turns of one session into a database as fast as it can,
 * printing `turn <n>` after each committed turn, until it is killed by the parent (SIGKILL at a random
 * moment) or kills itself inside a write.
 * Usage: node crashChild.cjs <database path> [<table event> <after how many of them>]
 * With a table event such as `INSERT ON turns`, a temporary trigger sends this process SIGKILL from
 * inside the transaction that makes that write, after the given number of such writes: the kill lands
 * exactly inside the commit window, with part of the turn written and the rest not.
 */
import { checkpointWal, openDatabase } from '../../main/storage/database';
import { SessionStore } from '../../main/storage/sessionStore';
import { GameSessions } from '../../main/host/gameSessions';
import { setupSchema } from '../../shared/engine';
import { smallSetup } from '../../shared/engine/fixtures';
import { playersOf, samplePlanCommands } from '../support/samplePlay';

const [databasePath, killOn, killAfter] = process.argv.slice(2);
if (!databasePath) throw new Error('usage: crashChild <database path> [<table event> <count>]');
const db = openDatabase(databasePath);
const store = new SessionStore(db);
const sessions = new GameSessions(store, () => checkpointWal(db));

if (killOn) {
  let writes = 0;
  db.function('crash_point', () => {
    writes += 1;
    if (writes >= Number(killAfter ?? 1)) process.kill(process.pid, 'SIGKILL');
    return 0;
  });
  db.exec(`CREATE TEMP TRIGGER crash_point AFTER ${killOn} BEGIN SELECT crash_point(); END`);
}

/** The unfinished session to continue, or a new one (a finished session is left as it is). */
function currentSession(): string {
  const existing = db.prepare<[], { id: string }>("SELECT id FROM sessions WHERE status = 'planning' ORDER BY created_at LIMIT 1").get();
  if (existing) return existing.id;
  const setup = setupSchema.parse(smallSetup(80, 12));
  return sessions.create({ name: 'Uji crash', scenarioId: 'crash-test', setup, seed: 4242, players: playersOf(setup), crowdController: 'person' })
    .summary.id;
}

let sessionId = currentSession();
process.stdout.write(`resumed ${sessions.open(sessionId).summary.turn}\n`);
for (;;) {
  const detail = sessions.open(sessionId);
  const commands = samplePlanCommands(detail);
  // A draft per turn, so the commit's draft clean-up is a write that can be interrupted too.
  const [first] = commands;
  if (first && first.type === 'submitOrders') sessions.saveDraft(sessionId, first.playerId, first.orders);
  for (const command of commands) {
    const outcome = sessions.send(sessionId, command);
    if (!outcome.ok) throw new Error(`command refused: ${outcome.reason} ${outcome.message}`);
  }
  process.stdout.write(`turn ${detail.summary.turn + 1}\n`);
  sessionId = currentSession();
}
