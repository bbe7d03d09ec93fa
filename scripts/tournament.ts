/**
 * `npm run tournament [-- --seeds 20 --turns 6 --size 100 --scenario pleno-kpu --jobs 2 --no-doc]`: the AI crowd
 * at every level (and the scenario's scripted crowd as a baseline) against every scripted police
 * policy over many seeds (scripts/tournament/run.ts); prints the JSON table and writes docs/AI.md (not
 * with `--no-doc`, for trying other scenarios or sizes).
 * Games are cut to `--turns` turns and `--size` protesters so the whole run takes a few minutes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fork } from 'node:child_process';
import { aiLevels } from '../shared/ai/levels';
import { playGame, tournamentPolicies, type CrowdSide, type GameResult } from './tournament/run';
import { aiDoc, type TableRow } from './tournament/doc';

const arg = (name: string, fallback: string): string => {
  const k = process.argv.indexOf(`--${name}`);
  return k >= 0 ? process.argv[k + 1]! : fallback;
};
const SEEDS = Number(arg('seeds', '20'));
const TURNS = Number(arg('turns', '6'));
const SIZE = Number(arg('size', '100'));
const SCENARIO = arg('scenario', 'pleno-kpu');
const JOBS = Math.max(1, Number(arg('jobs', '2')));
const SIDES: CrowdSide[] = [...aiLevels, 'script'];

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round = (x: number, d = 1): number => Math.round(x * 10 ** d) / 10 ** d;

function table(results: GameResult[]): TableRow[] {
  const rows: TableRow[] = [];
  for (const crowd of SIDES) for (const policy of tournamentPolicies) {
    const games = results.filter((r) => r.crowd === crowd && r.policy === policy);
    if (games.length === 0) continue;
    const ms = games.flatMap((g) => g.decisionMs);
    const ends: Record<string, number> = {};
    for (const g of games) ends[g.endReason] = (ends[g.endReason] ?? 0) + 1;
    rows.push({
      crowd, policy, games: games.length,
      objectivesMetShare: round(games.filter((g) => g.objectivesMet > 0).length / games.length, 2),
      objectivesMean: round(games.reduce((n, g) => n + g.objectivesMet, 0) / games.length, 2),
      policeScoreMedian: round(median(games.map((g) => g.policeScore))),
      injuredOfficersMean: round(games.reduce((n, g) => n + g.injuredOfficers, 0) / games.length),
      injuredProtestersMean: round(games.reduce((n, g) => n + g.injuredProtesters, 0) / games.length),
      endReasons: ends,
      aiDecisionMs: ms.length === 0 ? null : { median: round(median(ms), 2), max: round(Math.max(...ms), 1) },
    });
  }
  return rows;
}

/** A child process plays the games of the sides it is given and sends their results back. */
function runJob(sides: CrowdSide[]): GameResult[] {
  const out: GameResult[] = [];
  for (const crowd of sides) for (const policy of tournamentPolicies) for (let seed = 1; seed <= SEEDS; seed++) {
    out.push(playGame(SCENARIO, crowd, policy, seed, TURNS, SIZE, () => performance.now()));
  }
  return out;
}

function play(sides: CrowdSide[]): Promise<GameResult[]> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [...process.argv.slice(2), '--job', sides.join(',')], { execArgv: ['--import', 'tsx'] });
    child.once('message', (m) => resolve(m as GameResult[]));
    child.once('error', reject);
    child.once('exit', (code) => { if (code !== 0) reject(new Error(`${sides.join(',')}: exit ${code}`)); });
  });
}

const job = process.argv.indexOf('--job');
if (job >= 0) {
  process.send!(runJob(process.argv[job + 1]!.split(',') as CrowdSide[]));
} else {
  const started = performance.now();
  const shares: CrowdSide[][] = Array.from({ length: JOBS }, () => []);
  SIDES.forEach((side, k) => shares[k % JOBS]!.push(side));
  const results = (await Promise.all(shares.filter((s) => s.length > 0).map(play))).flat();
  const rows = table(results);
  const settings = { scenario: SCENARIO, seeds: SEEDS, turns: TURNS, crowdSize: SIZE, seconds: round((performance.now() - started) / 1000, 0) };
  console.log(JSON.stringify({ settings, rows }, null, 1));
  if (process.argv.includes('--no-doc')) {
    console.error(`${results.length} games in ${settings.seconds} s (docs/AI.md left as it was)`);
  } else {
    writeFileSync(new URL('../docs/AI.md', import.meta.url), aiDoc(settings, rows));
    console.error(`docs/AI.md written (${results.length} games in ${settings.seconds} s)`);
  }
}
