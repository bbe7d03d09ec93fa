#!/usr/bin/env node
// `npm test`: the whole suite, in the order that fails fastest. Installs Debian's Chromium first when
// it is missing (the e2e tests drive it; Playwright's own browser download is not reachable offline).
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const timings = [];

function step(name, command) {
  const started = Date.now();
  console.log(`\n=== ${name}: ${command}`);
  const result = spawnSync(command, { stdio: 'inherit', shell: true });
  const seconds = (Date.now() - started) / 1000;
  timings.push(`${name} ${seconds.toFixed(1)} s`);
  if (result.status !== 0) {
    console.error(`\n${name} failed (exit ${result.status}). Timings: ${timings.join(', ')}`);
    process.exit(result.status ?? 1);
  }
}

if (!existsSync(CHROMIUM)) {
  console.log(`${CHROMIUM} is missing: installing Debian's chromium package (needs root and the Debian mirror).`);
  const sudo = process.getuid && process.getuid() !== 0 ? 'sudo ' : '';
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, { stdio: 'inherit' });
}

step('typecheck', 'npm run --silent typecheck');
step('import rules', 'npm run --silent lint:imports');
step('unit tests', 'npx vitest run');
step('build', 'node scripts/build.mjs');
step('e2e tests', 'npx playwright test');
console.log(`\nAll test steps passed. Timings: ${timings.join(', ')}`);
