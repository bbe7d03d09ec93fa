#!/usr/bin/env node
// `npm run screenshots`: builds, then runs the end-to-end specs with SISPAMKOTA_SCREENSHOTS=1 so they
// save the pictures in docs/screenshots/ (the README's). Ordinary test runs never write there.
import { spawnSync } from 'node:child_process';

const run = (command, args, env = process.env) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(process.execPath, ['scripts/build.mjs']);
run('npx', ['playwright', 'test', ...process.argv.slice(2)], { ...process.env, SISPAMKOTA_SCREENSHOTS: '1' });
console.log('screenshots: docs/screenshots/ updated');
