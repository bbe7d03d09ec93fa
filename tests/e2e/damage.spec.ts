import { test, expect } from './support/browserHost';
import { docScreenshot } from './support/docScreenshots';

/**
 * Damage states in 3D (issue #15 item 5): the scene bench with one damaged thing of each kind and state
 * on the KPU venue (`#scene-bench/kpu-office/near/damage`) draws them as one more merged mesh: the
 * same close view draws exactly one more call than without them, and no console errors. `npm run screenshots` saves docs/screenshots/damage-kpu.png.
 */
test.setTimeout(120_000);

interface Stats { calls: number; frames: number }

test('damaged buildings, cars, gates and fence panels are drawn in one more draw call', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  const callsOf = async (hash: string): Promise<number> => {
    await page.goto(`/#scene-bench/kpu-office/flat${hash}`);
    await page.reload();
    await page.waitForFunction(() => ((globalThis as unknown as { __sispamkotaRenderStats?: Stats }).__sispamkotaRenderStats?.frames ?? 0) >= 3, undefined, { timeout: 90_000, polling: 250 });
    return page.evaluate(() => (globalThis as unknown as { __sispamkotaRenderStats: Stats }).__sispamkotaRenderStats.calls);
  };
  // The same close view with and without the marks: exactly one more draw call.
  const plain = await callsOf('/near');
  const damaged = await callsOf('/near/damage');
  expect(damaged).toBe(plain + 1);
  if (process.env.SISPAMKOTA_DAMAGE_PNG) await page.screenshot({ path: process.env.SISPAMKOTA_DAMAGE_PNG });
  await docScreenshot(page, 'damage-kpu.png');
  expect(problems).toEqual([]);
});
