import type { Page } from '@playwright/test';
import { test, expect } from './support/browserHost';
import { docScreenshot } from './support/docScreenshots';
import { callHost, SMALL_SETUP } from './support/hostApi';
import { confirmHandoff } from './support/handoff';

/**
 * Issue #13 item 10, as the room uses it: a turn is played; "Putar ulang menit ini" in its summary plays
 * the minute again with the playback controls and the summary comes back; in the next turn the page
 * is reloaded during the playback, and entering the session again shows that turn's playback and then
 * its summary; the earlier turn's summary reopens from the turn buttons and from the hand-off screen.
 */

/** A smaller window while playing (software WebGL draws slowly); the summary's picture at 1280×800. */
test.use({ viewport: { width: 960, height: 600 } });

const NAME = 'Tonton ulang (e2e)';

/** Loads the page again (as after a crash or F5) and opens the session from "Lanjutkan". */
async function openFromLibrary(page: Page, how: 'goto' | 'reload'): Promise<void> {
  if (how === 'reload') await page.reload();
  else await page.goto('/');
  await page.getByTestId('menu-resume').click();
  const row = page.getByTestId('session-row').filter({ hasText: NAME });
  await expect(row).toHaveCount(1);
  await row.getByTestId('session-open').click();
}

/** Both players take the device and end planning without orders; the turn's playback starts. */
async function planTurn(page: Page, turn: number): Promise<void> {
  for (const name of ['Kapolres', 'Massa']) {
    await expect(page.getByTestId('handoff-title')).toHaveText(`Giliran: ${name}`, { timeout: 60_000 });
    await expect(page.getByTestId('handoff').locator('.handoff-turn')).toHaveText(`Giliran ke-${turn}`);
    await confirmHandoff(page);
    await page.getByTestId('plan-end').click();
  }
  await expect(page.getByTestId('playback-controls').locator('h2')).toHaveText(`Resolusi giliran ${turn}`, { timeout: 60_000 });
}

/** The summary of `turn` (1-based) is showing and no playback is. */
async function expectSummary(page: Page, turn: number): Promise<void> {
  await expect(page.getByTestId('turn-summary').locator('h2')).toHaveText(`Ringkasan giliran ${turn}`, { timeout: 120_000 });
  await expect(page.getByTestId('playback-controls')).toHaveCount(0);
}

/** The longest long task the page reported since `watchLongTasks` (0 where the browser reports none). */
async function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as { __longest?: number }).__longest ?? 0);
}

async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const store = globalThis as unknown as { __longest?: number };
    store.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) store.__longest = Math.max(store.__longest ?? 0, entry.duration);
    }).observe({ type: 'longtask' as never });
  });
}

test('a turn replayed from its summary, a reload during the next playback, earlier summaries reopened', async ({ page, request }, testInfo) => {
  test.setTimeout(300_000);
  await callHost(request, 'updateSettings', [{ shadows: false }]);
  const setup = { ...SMALL_SETUP, crowd: [{ ...SMALL_SETUP.crowd[0]!, size: 120 }] };
  await callHost(request, 'createSession', [
    { name: NAME, scenarioId: 'rewatch-test', setup, seed: 11, players: setup.players.map((p) => ({ id: p.id, name: p.name, role: p.side })), crowdController: 'person' },
  ]);
  await openFromLibrary(page, 'goto');

  await test.step('play turn 1 and skip to its summary', async () => {
    await planTurn(page, 1);
    await watchLongTasks(page);
    await page.getByTestId('playback-skip').click();
    await expectSummary(page, 1);
    console.log(`[rewatch.spec] longest long task while skipping turn 1 (software WebGL drawing included): ${Math.round(await longestTask(page))} ms`);
  });

  const time = page.getByTestId('hud-time').locator('dd');
  const endTime = await time.textContent();
  await test.step('replay the minute: the playback controls, the clock running from the turn start, then the summary again', async () => {
    await page.getByTestId('summary-replay').click();
    const controls = page.getByTestId('playback-controls');
    await expect(controls.locator('h2')).toHaveText('Putar ulang giliran 1');
    await expect(controls).toHaveAttribute('data-replay', 'true');
    await expect(controls).toContainText('Yang diputar adalah salinan; permainan tidak berubah.');
    await expect(time).not.toHaveText(endTime ?? '');
    await page.getByTestId('playback-pause').click();
    await expect(page.getByTestId('playback-pause')).toHaveText('Putar');
    await page.getByTestId('playback-skip').click();
    await expectSummary(page, 1);
    await expect(time).toHaveText(endTime ?? '');
    await expect(page.getByTestId('hud-turn').locator('dd')).toHaveText('2');
    await expect(page.getByTestId('summary-notice')).toHaveCount(0);
  });

  await test.step('the summary with its replay button at 1280×800', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(page.getByTestId('summary-replay')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('summary-replay.png') });
    await docScreenshot(page, 'summary-replay.png');
    await page.setViewportSize({ width: 960, height: 600 });
  });

  await test.step('turn 2: the page is reloaded during the playback and comes back to it, then to the summary', async () => {
    await page.getByTestId('summary-next').click();
    await planTurn(page, 2);
    await page.getByTestId('playback-pause').click();
    await openFromLibrary(page, 'reload');
    await expect(page.getByTestId('playback-controls').locator('h2')).toHaveText('Resolusi giliran 2', { timeout: 60_000 });
    await expect(page.getByTestId('playback-controls')).toHaveAttribute('data-replay', 'false');
    await page.getByTestId('playback-skip').click();
    await expectSummary(page, 2);
    await expect(page.getByTestId('hud-turn').locator('dd')).toHaveText('3');
  });

  await test.step('a reload during the summary shows the summary again', async () => {
    await openFromLibrary(page, 'reload');
    await expectSummary(page, 2);
  });

  await test.step('the first turn\'s summary reopens from the turn buttons and from the hand-off screen', async () => {
    await page.getByTestId('summary-turn-1').click();
    await expectSummary(page, 1);
    await expect(page.getByTestId('summary-turn-1')).toHaveAttribute('aria-pressed', 'true');
    await page.screenshot({ path: testInfo.outputPath('summary-turns.png') });
    await page.getByTestId('summary-next').click();
    await expect(page.getByTestId('handoff-title')).toHaveText('Giliran: Kapolres');
    await page.getByTestId('handoff-summaries').click();
    await expectSummary(page, 2);
    await page.getByTestId('summary-turn-1').click();
    await expectSummary(page, 1);
    await page.getByTestId('summary-back').click();
    await expect(page.getByTestId('handoff-title')).toHaveText('Giliran: Kapolres');
    await expect(page.getByTestId('handoff').locator('.handoff-turn')).toHaveText('Giliran ke-3');
  });
});
