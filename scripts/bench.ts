/**
 * `npm run bench`: runs every benchmark case and prints one JSON object per line. Cases are lists
 * exported by the files under scripts/bench/ (engine, storage, import, debrief, ai).
 */
import { engineCases, type BenchCase } from './bench/engine';
import { importCases } from './bench/import';
import { storageCases } from './bench/storage';
import { debriefCases } from './bench/debrief';
import { aiCases } from './bench/ai';

const cases: BenchCase[] = [...engineCases, ...storageCases, ...importCases, ...debriefCases, ...aiCases];
const only = process.argv[2];
const results: Record<string, Record<string, unknown>> = {};
for (const c of cases) {
  if (only && !c.name.includes(only)) continue;
  const r = { case: c.name, ...c.run() };
  results[c.name] = r;
  console.log(JSON.stringify(r));
}
const small = results['engine.kpu.2800'];
const big = results['engine.kpu.11200'];
if (small && big) {
  const ratio = (k: string): number => Math.round(((big[k] as number) / (small[k] as number)) * 100) / 100;
  console.log(JSON.stringify({ case: 'engine.growth', agentsRatio: 4, tickRatio: ratio('tickMsMedian'), turnRatio: ratio('turnMsMedian'), seekRatio: ratio('seekMsMedian'), hashRatio: ratio('hashMsMedian'), note: 'cost per agent per tick; ~4 means linear growth' }));
}
