#!/usr/bin/env node
// `npm start`: builds, then opens the desktop app. Where the Electron runtime is not installed (as on
// machines that cannot download it), says so in one line and serves the same app in browser mode.
// `npm run web` (--browser) starts browser mode on purpose. Extra flags go to the browser host
// (--port N, --data-dir DIR).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const browserOnly = args.includes('--browser');
const hostArgs = args.filter((arg) => arg !== '--browser');

function electronBinary() {
  try {
    const path = require('electron'); // the package exports the binary's path, or throws if it is missing
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

try {
  const build = spawn(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  const code = await new Promise((resolve) => build.on('exit', resolve));
  if (code !== 0) {
    console.error('Sispamkota TFG: the build failed (see above); nothing was started.');
    process.exit(1);
  }
  const electron = browserOnly ? null : electronBinary();
  if (electron) {
    run(electron, ['.']);
  } else {
    if (!browserOnly) {
      console.log('Electron runtime not installed here: serving the same app in browser mode instead (open the URL below in Chromium/Chrome).');
    }
    run(process.execPath, ['dist/main/browser-host.cjs', ...hostArgs]);
  }
} catch (error) {
  console.error(`Sispamkota TFG could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
