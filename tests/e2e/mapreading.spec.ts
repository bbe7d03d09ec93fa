import type { Page } from '@playwright/test';
import { test, expect } from './support/browserHost';
import { docScreenshot } from './support/docScreenshots';

/**
 * Issue #14 items 5 and 10 as people meet them, at 1280×800: the map names units and crowd groups
 * (own units apart from the other police player's) and the names switch off and on with the L key;
 * the pointer on a unit shows its card; the HUD explains legitimacy on hover; the crowd player's
 * hand-off shows the crowd's own briefing (objectives and points), and its planning screen shows its
 * own score, legend and no police score. Only clicks, keys and the pointer.
 */

test.use({ viewport: { width: 1280, height: 800 } });

async function waitForMapFrames(page: Page): Promise<void> {
  await page.waitForFunction(() => ((globalThis as { __sispamkotaRenderStats?: { frames: number } }).__sispamkotaRenderStats?.frames ?? 0) >= 3, undefined, { timeout: 30_000 });
}

async function takeDevice(page: Page, name: string): Promise<void> {
  await expect(page.getByTestId('handoff-title')).toHaveText(`Giliran: ${name}`, { timeout: 60_000 });
  await page.getByTestId('handoff-ready').click();
  await expect(page.getByTestId('planning-panel')).toBeVisible();
  await waitForMapFrames(page);
}

test('names on the map, hover cards, HUD explanations and the crowd player\'s own screens', async ({ page, request }, testInfo) => {
  test.setTimeout(420_000);
  page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
  expect((await request.post('/api/host', { data: { method: 'updateSettings', args: [{ shadows: false }] } })).ok()).toBe(true);
  await page.goto('/');
  await page.getByTestId('menu-new-session').click();
  await page.getByTestId('venue-option-kpu-office').click();
  await page.getByTestId('session-name').fill('Membaca peta (e2e)');
  await page.getByTestId('police-count').selectOption('2');
  await page.getByTestId('police-name-0').fill('Iptu Ani');
  await page.getByTestId('police-name-1').fill('AKP Budi');
  await page.getByTestId('crowd-person').check();
  await page.getByTestId('crowd-name').fill('Korlap Dedi');
  await page.getByTestId('crowd-size').fill('120');
  await page.getByTestId('session-seed').fill('1414');
  await page.getByTestId('instructor-name').fill('Kompol Rina');
  await page.getByTestId('to-briefing').click();
  await expect(page.getByTestId('briefing')).toBeVisible();

  await test.step('the briefing has a map of start positions and objectives, and prints only itself', async () => {
    const map = page.getByTestId('briefing-map');
    await expect(map).toBeVisible();
    await expect(map.locator('[data-testid^="briefing-map-unit-"]')).toHaveCount(10);
    await expect(map).toContainText('Ton Dalmas Awal 1');
    await expect(page.getByTestId('briefing-print')).toBeEnabled();
    await map.scrollIntoViewIfNeeded();
    await docScreenshot(page, 'briefing-map-1280x800.png');
    await page.screenshot({ path: testInfo.outputPath('briefing-map-1280x800.png') });
    // The print stylesheet: only the briefing, its buttons left out.
    await page.evaluate("document.body.classList.add('printing-briefing')");
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('briefing-print')).toBeHidden();
    await page.screenshot({ path: testInfo.outputPath('briefing-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate("document.body.classList.remove('printing-briefing')");
  });

  await page.getByTestId('briefing-start').click();

  await test.step('a police player sees the names, own units apart from the other player\'s', async () => {
    await takeDevice(page, 'Iptu Ani');
    await expect(page.getByTestId('crowd-legend')).toHaveCount(0);
    const labels = page.getByTestId('map-labels');
    await expect(labels).toBeVisible();
    await expect(labels.locator('.map-label.tone-own').first()).toBeVisible({ timeout: 30_000 });
    await expect(labels.locator('.map-label.tone-other').first()).toContainText('AKP Budi');
    await expect(page.getByTestId('map-label-massa-utama')).toContainText('Massa pendukung paslon');
    await expect(page.getByTestId('map-label-ketua-kpu')).toContainText('Ketua KPU');
    await expect(page.getByTestId('hud-score')).toBeVisible();
    await expect(page.getByTestId('hud-crowd-score')).toHaveCount(0);
    await docScreenshot(page, 'map-labels-1280x800.png');
    await page.screenshot({ path: testInfo.outputPath('map-labels-1280x800.png') });
  });

  await test.step('the L key switches the names off and on', async () => {
    await page.getByTestId('game-view').click({ position: { x: 5, y: 5 }, trial: true });
    await page.keyboard.press('l');
    await expect(page.getByTestId('map-labels')).toBeHidden();
    await expect(page.getByTestId('map-labels-toggle')).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('l');
    await expect(page.getByTestId('map-labels')).toBeVisible();
    await expect(page.getByTestId('map-labels-toggle')).toHaveAttribute('aria-pressed', 'true');
  });

  await test.step('the pointer on a unit shows its card', async () => {
    const label = page.locator('.map-label.tone-own').first();
    const box = (await label.boundingBox())!;
    const view = (await page.getByTestId('game-view').boundingBox())!;
    let shown = false;
    // The label hangs over the unit's centre; the unit's people stand a little below it on screen.
    for (const dy of [18, 26, 34, 44, 56, 70]) {
      await page.mouse.move(box.x + box.width / 2, Math.min(view.y + view.height - 4, box.y + box.height + dy));
      if (await page.getByTestId('map-hover').isVisible().catch(() => false)) {
        shown = true;
        break;
      }
      await page.waitForTimeout(400);
    }
    expect(shown).toBe(true);
    await expect(page.getByTestId('map-hover')).toContainText('Tugas:');
    await expect(page.getByTestId('map-hover')).toContainText('Dipimpin: Iptu Ani');
    await page.screenshot({ path: testInfo.outputPath('map-hover-1280x800.png') });
  });

  await test.step('the HUD explains legitimacy on hover', async () => {
    await page.getByTestId('hud-legitimacy').hover();
    await expect(page.getByTestId('hud-help-legitimacy')).toBeVisible();
    await expect(page.getByTestId('hud-help-legitimacy')).toContainText('Legitimasi');
    await expect(page.getByTestId('hud-help-legitimacy')).toContainText('Giliran 1');
    await page.getByTestId('hud-active').focus();
    await expect(page.getByTestId('hud-help-active')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('hud-help-1280x800.png') });
    await page.mouse.move(0, 0);
  });

  await test.step('a unit chosen from the list with the keyboard gets its card too', async () => {
    await page.getByTestId('unit-dalmas-awal-2').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('map-selected-card')).toContainText('Ton Dalmas Awal 2');
    await expect(page.getByTestId('map-selected-card')).toContainText('personel');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('map-selected-card')).toHaveCount(0);
    await page.getByTestId('plan-end').click();
  });

  await test.step('the second police player', async () => {
    await takeDevice(page, 'AKP Budi');
    await page.getByTestId('plan-end').click();
  });

  await test.step('the crowd player\'s hand-off shows the crowd\'s own briefing once the crowd player holds the device', async () => {
    await expect(page.getByTestId('handoff-title')).toHaveText('Giliran: Korlap Dedi', { timeout: 60_000 });
    // The police player handing over never sees the crowd's briefing.
    await expect(page.getByTestId('crowd-briefing')).toHaveCount(0);
    await page.getByTestId('handoff-ready').click();
    const briefing = page.getByTestId('crowd-briefing');
    await expect(briefing).toBeVisible();
    await expect(briefing).toContainText('Briefing massa');
    await expect(page.getByTestId('crowd-objectives').locator('li')).toHaveCount(3);
    await expect(page.getByTestId('crowd-objectives')).toContainText('Menyandera Ketua KPU');
    await expect(page.getByTestId('crowd-briefing-groups')).toContainText('Massa susulan dari timur');
    await expect(page.getByTestId('crowd-briefing-groups')).toContainText('belum tiba');
    await expect(page.getByTestId('crowd-score')).toContainText('Skor massa sekarang: 0 / 100');
    await expect(page.getByText('Danki Dalmas memegang kendali')).toHaveCount(0);
    await expect(page.getByTestId('handoff-start')).toBeInViewport();
    await docScreenshot(page, 'crowd-handoff-1280x800.png');
    await page.screenshot({ path: testInfo.outputPath('crowd-handoff-1280x800.png') });
  });

  await test.step('the crowd player plans with its own score and legend, and no police score', async () => {
    await page.getByTestId('handoff-start').click();
    await expect(page.getByTestId('planning-panel')).toBeVisible();
    await waitForMapFrames(page);
    await expect(page.getByTestId('hud-crowd-score')).toBeVisible();
    await expect(page.getByTestId('hud-score')).toHaveCount(0);
    await expect(page.getByTestId('game-hud')).not.toContainText('Skor Polri');
    await expect(page.getByTestId('crowd-legend')).toBeVisible();
    await expect(page.getByTestId('gesture-legend')).toHaveCount(0);
    await expect(page.getByTestId('reserve-massa-susulan')).toContainText('pada giliran 6');
    await expect(page.locator('.map-label.tone-own').first()).toBeVisible({ timeout: 30_000 });
    await docScreenshot(page, 'crowd-planning-1280x800.png');
    await page.screenshot({ path: testInfo.outputPath('crowd-planning-1280x800.png') });
    // The same screen at 1920×1080: everything in view, the labels placed for the larger map.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect(page.getByTestId('plan-end')).toBeInViewport();
    await expect(page.locator('.map-label.tone-own').first()).toBeVisible();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: testInfo.outputPath('crowd-planning-1920x1080.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByTestId('plan-end').click();
  });

  await test.step('the director pauses the playback mid-turn and queues an inject for the next turn', async () => {
    await expect(page.getByTestId('playback-controls')).toBeVisible({ timeout: 60_000 });
    await page.getByTestId('director-pause-open').click();
    const panel = page.getByTestId('director-pause');
    await expect(panel).toBeVisible();
    await expect(page.getByTestId('director-pause-rule')).toContainText('tidak diubah');
    await expect(page.getByTestId('director-pause-rule')).toContainText('giliran 2 dimulai');
    await panel.getByTestId('instructor-inject-isu-kecurangan').click();
    await page.getByTestId('director-pause-confirm-yes').click();
    await expect(page.getByTestId('director-pause-queue').locator('li')).toHaveCount(1);
    await page.screenshot({ path: testInfo.outputPath('director-pause-1280x800.png') });
    await page.getByTestId('director-pause-resume').click();
    await expect(panel).toHaveCount(0);
    await page.getByTestId('playback-skip').click();
    await page.getByTestId('summary-next').click({ timeout: 90_000 });
    await page.getByTestId('director-ready').click();
    await expect(page.getByTestId('director-queue')).toContainText('Beredar isu formulir C1 dipalsukan');
  });

  await test.step('the resume list says the turn being planned', async () => {
    await page.getByTestId('director-finish').click();
    await expect(page.getByTestId('handoff-title')).toHaveText('Giliran: Iptu Ani', { timeout: 60_000 });
    await page.getByTestId('game-quit').click();
    await page.getByTestId('quit-confirm-yes').click();
    await page.getByTestId('menu-resume').click();
    await expect(page.getByTestId('session-row').filter({ hasText: 'Membaca peta (e2e)' }).getByTestId('session-turn')).toHaveText('Giliran 2 — merencanakan: Iptu Ani');
  });
});
