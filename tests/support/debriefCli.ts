/**
 * The debrief e2e's helpers that need the engine in Node. Playwright's loader cannot import the JSON
 * venue and scenario files the engine bundles, so the spec runs this file with `node --import tsx`:
 *
 *   record URL NAME TURNS CROWD     records a scenario session through the browser host; prints its id
 *   moment URL SESSION_ID            picks a judgement after turn 1 from the session's event log (the log
 *                                    the debrief builds) and prints it with the HUD of the engine's own seek there
 */
import type { SessionDetail } from '../../shared/contract/sessions';
import { readTurnLog } from '../../shared/debrief/commandLog';
import { buildEventLog, scenarioClock } from '../../shared/debrief/timeline';
import { createReplay, type GameEvent } from '../../shared/engine';
import { readHud } from '../../renderer/src/play/hudNumbers';
import { recordScenarioSession } from './recordedSession';

/** Calls a host method of the browser host at `url`. */
function caller(url: string) {
  return async <T>(method: string, args: unknown[]): Promise<T> => {
    const response = await fetch(`${url}/api/host`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ method, args }) });
    const body = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
    if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
    return body.value as T;
  };
}

async function main(): Promise<void> {
  const [command, url, ...rest] = process.argv.slice(2);
  if (!url) throw new Error('usage: debriefCli.ts record|moment URL ...');
  const call = caller(url);
  if (command === 'record') {
    const [name, turns, crowd] = rest;
    const detail = await recordScenarioSession(call, { name: name!, turns: Number(turns), crowdSize: Number(crowd) });
    process.stdout.write(JSON.stringify({ id: detail.summary.id }));
    return;
  }
  if (command === 'moment') {
    const detail = await call<SessionDetail>('openSession', [rest[0]]);
    const endTick = detail.turns.at(-1)!.endTick;
    const rows = await call<{ data: unknown }[]>('listEvents', [rest[0], 0, endTick]);
    const log = buildEventLog(rows.map((row) => row.data as GameEvent), readTurnLog(detail.commands));
    const from = detail.turns[0]!.endTick;
    const entry = log.find((e) => e.category === 'judgement' && e.fromTick >= from && e.fromTick < endTick) ?? log.find((e) => e.fromTick >= endTick / 2) ?? log.at(-1)!;
    const replay = createReplay(detail.setup, detail.seed, detail.commands);
    if (!replay.ok) throw new Error(replay.message);
    const hud = readHud(replay.replay.seek(entry.fromTick));
    process.stdout.write(JSON.stringify({
      index: entry.index, fromTick: entry.fromTick, entries: log.length,
      hud: {
        time: scenarioClock(hud.tick, 0.5), level: hud.level, legitimacy: `${Math.round(hud.legitimacy * 100)}%`,
        active: `${hud.activeProtesters} / ${hud.presentProtesters}`, injured: `massa ${hud.injuredProtesters} · petugas ${hud.injuredOfficers}`,
        arrests: String(hud.arrests), damage: String(Math.round(hud.damage)),
      },
    }));
    return;
  }
  throw new Error(`unknown command ${command}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
