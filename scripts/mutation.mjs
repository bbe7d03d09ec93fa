#!/usr/bin/env node
// `npm run test:mutation [group ...]`: Stryker over the core modules, one group at a time (groups in
// stryker.config.mjs; default all of them), then the mutation score of every file. Reports land in
// reports/mutation/<group>.html and .json; docs/TESTING.md explains the results. Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { groups } from '../stryker.config.mjs';

const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(groups);
const unknown = chosen.filter((name) => !(name in groups));
if (unknown.length > 0) {
  console.error(`Unknown group ${unknown.join(', ')}; the groups are ${Object.keys(groups).join(', ')}.`);
  process.exit(2);
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const rows = [];
let failed = false;
for (const name of chosen) {
  const started = Date.now();
  console.log(`\n=== mutation group ${name}: ${groups[name].mutate.join(', ')}`);
  const run = spawnSync('npx', ['stryker', 'run'], { stdio: 'inherit', env: { ...process.env, MUTATION_GROUP: name } });
  const seconds = (Date.now() - started) / 1000;
  if (run.status !== 0) {
    console.error(`group ${name} failed (exit ${run.status})`);
    failed = true;
    continue;
  }
  const report = JSON.parse(readFileSync(`reports/mutation/${name}.json`, 'utf8'));
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const count = (statuses) => mutants.filter((m) => statuses.has(m.status)).length;
    const detected = count(DETECTED);
    const undetected = count(UNDETECTED);
    rows.push({ group: name, file, seconds, detected, undetected, score: (100 * detected) / Math.max(1, detected + undetected) });
  }
}
console.log('\ngroup     score   killed  survived  file');
for (const r of rows) console.log(`${r.group.padEnd(9)} ${r.score.toFixed(1).padStart(5)} % ${String(r.detected).padStart(6)} ${String(r.undetected).padStart(9)}  ${r.file}`);
const detected = rows.reduce((n, r) => n + r.detected, 0);
const undetected = rows.reduce((n, r) => n + r.undetected, 0);
if (rows.length > 0) console.log(`all       ${((100 * detected) / Math.max(1, detected + undetected)).toFixed(1).padStart(5)} % ${String(detected).padStart(6)} ${String(undetected).padStart(9)}`);
process.exit(failed ? 1 : 0);
