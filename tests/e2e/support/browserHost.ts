import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { test as base } from '@playwright/test';

/**
 * One browser-mode host per spec file: `node dist/main/browser-host.cjs --port 0 --data-dir <fresh
 * folder>`, so every spec starts from an empty library and default settings on a port nobody else
 * holds, whatever ran before it and in whatever order. `baseURL` (and so `page.goto('/')` and the
 * `request` fixture) points at that spec's host.
 */

const HOST_SCRIPT = resolve('dist/main/browser-host.cjs');
/** The line cli.ts prints once it listens: `... http://127.0.0.1:PORT/ ...`. */
const ADDRESS = /http:\/\/127\.0\.0\.1:(\d+)\//;
const START_TIMEOUT_MS = 30_000;

/** A running host as the tests see it. */
export interface BrowserHost {
  url: string;
  dataDirectory: string;
}

interface RunningHost extends BrowserHost {
  child: ChildProcess;
}

/** Starts a host on a free port with a fresh data folder; resolves once it printed its address. */
async function startHost(label: string): Promise<RunningHost> {
  if (!existsSync(HOST_SCRIPT)) throw new Error(`${HOST_SCRIPT} is missing. Build first: node scripts/build.mjs`);
  const dataDirectory = mkdtempSync(join(tmpdir(), `sispamkota-e2e-${label}-`));
  const child = spawn(process.execPath, [HOST_SCRIPT, '--port', '0', '--data-dir', dataDirectory], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolveUrl, rejectUrl) => {
    const timer = setTimeout(() => fail(`did not print its address within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    function fail(why: string) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      rejectUrl(new Error(`The browser host ${why}. Its output:\n${output}`));
    }
    let stdout = '';
    const onStdout = (chunk: Buffer) => {
      output += chunk.toString();
      stdout += chunk.toString();
      const match = ADDRESS.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      resolveUrl(`http://127.0.0.1:${match[1]}`);
    };
    const onExit = (code: number | null) => fail(`exited with code ${code} before listening`);
    child.stdout!.on('data', onStdout);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', onExit);
  });
  return { url, dataDirectory, child };
}

/** Stops a host (SIGTERM, the clean shutdown) and removes its data folder. */
async function stopHost(host: RunningHost): Promise<void> {
  if (host.child.exitCode === null && host.child.signalCode === null) {
    const exited = new Promise((done) => host.child.once('exit', done));
    host.child.kill('SIGTERM');
    await exited;
  }
  rmSync(host.dataDirectory, { recursive: true, force: true });
}

/** The hosts of one worker: one per spec file; starting the next file's host stops the previous one. */
class HostPool {
  private current: { file: string; host: Promise<RunningHost> } | null = null;

  async forFile(file: string): Promise<RunningHost> {
    if (this.current?.file !== file) {
      await this.stop();
      this.current = { file, host: startHost(basename(file).replace(/\W+/g, '-')) };
    }
    return this.current.host;
  }

  async stop(): Promise<void> {
    const previous = this.current;
    this.current = null;
    // A host that never started has already failed its test with the reason; nothing to stop.
    const host = previous ? await previous.host.catch(() => null) : null;
    if (host) await stopHost(host);
  }
}

/** Playwright's `test` with `browserHost` (this spec's host) and `baseURL` pointing at it. */
export const test = base.extend<{ browserHost: BrowserHost }, { hostPool: HostPool }>({
  hostPool: [
    async ({}, use) => {
      const pool = new HostPool();
      await use(pool);
      await pool.stop();
    },
    { scope: 'worker' },
  ],
  browserHost: async ({ hostPool }, use, testInfo) => {
    const { url, dataDirectory } = await hostPool.forFile(testInfo.file);
    await use({ url, dataDirectory });
  },
  baseURL: async ({ browserHost }, use) => {
    await use(browserHost.url);
  },
});

export { expect } from '@playwright/test';
