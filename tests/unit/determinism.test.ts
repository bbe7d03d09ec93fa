import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { replayLog, type RecordedLog } from './determinismScript';
import { currentGolden, GOLDEN_MESSAGE } from './goldenHashes';

const child = fileURLToPath(new URL('./determinismChild.ts', import.meta.url));
const script = fileURLToPath(new URL('./determinismScript.ts', import.meta.url));
const run = (seed: number): string[] => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', child, String(seed)], { encoding: 'utf8' })) as string[];
/**
 * A hot-seat session recorded by the e2e play-through (KPU preset, 2 police players + a crowd player,
 * three turns): with Math.sin/cos/atan2/exp its third turn differed between Node 20 and Chromium 156.
 */
const recorded = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/kpu-hotseat-3-turns.json', import.meta.url)), 'utf8')) as RecordedLog;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('cross-process determinism', () => {
  it('two fresh processes produce the same hash at the end of every turn', () => {
    const a = run(2024);
    const b = run(2024);
    expect(a).toHaveLength(8);
    expect(new Set(a).size).toBe(8);
    expect(a).toEqual(b);
    expect(a, GOLDEN_MESSAGE).toEqual(currentGolden().fixed2024);
    expect(run(2025)).not.toEqual(a);
  });

  // The browser-mode host resolves turns in Node while the renderer animates the same turn in
  // Chromium, whose V8 is a different version: both must land on the same hash (this failed before
  // the engine moved to shared/math/deterministic.ts).
  it.skipIf(!existsSync(chromiumPath))('Node and Chromium produce the same hash at the end of every turn', async () => {
    const bundle = await build({
      stdin: { contents: `import { playFixedGame, replayLog } from ${JSON.stringify(script)}; Object.assign(globalThis, { playFixedGame, replayLog });`, resolveDir: process.cwd(), loader: 'ts' },
      bundle: true, format: 'iife', write: false, logLevel: 'silent',
    });
    const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
      type BrowserApi = { playFixedGame: (seed: number) => string[]; replayLog: (log: RecordedLog) => string[] };
      const fixedInBrowser = await page.evaluate((seed) => (globalThis as unknown as BrowserApi).playFixedGame(seed), 2024);
      expect(fixedInBrowser).toEqual(run(2024));
      const recordedInBrowser = await page.evaluate((log) => (globalThis as unknown as BrowserApi).replayLog(log), recorded);
      expect(recordedInBrowser).toHaveLength(3);
      expect(recordedInBrowser).toEqual(replayLog(recorded));
      expect(recordedInBrowser, GOLDEN_MESSAGE).toEqual(currentGolden().hotseat);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
