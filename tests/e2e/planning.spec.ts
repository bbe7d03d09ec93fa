import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/browserHost';

/**
 * Issue #14 items 4, 6 and 7 as a person meets them, at 1280×800: the new-session form takes numbers
 * as typed and shows why a field is refused; a double click on "Lanjut ke briefing" stays on the
 * briefing, which opens at its top; in planning an out-of-range order is refused when it is clicked,
 * in Indonesian, naming the unit, the order and the reach, with "Selesai merencanakan" in view; one
 * queued order is removed from the plan list. Only clicks and keys.
 */

test.use({ viewport: { width: 1280, height: 800 } });

/** The element lies wholly inside the 1280×800 window. */
async function expectInView(page: Page, locator: Locator): Promise<void> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
}

test('setup inputs, the briefing from its top, a refusal at placement and one order removed', async ({ page, request }, testInfo) => {
  test.setTimeout(300_000);
  // Software WebGL is slow; shadows off as on a slow laptop.
  expect((await request.post('/api/host', { data: { method: 'updateSettings', args: [{ shadows: false }] } })).ok()).toBe(true);
  await page.goto('/');
  await page.getByTestId('menu-new-session').click();
  await page.getByTestId('venue-option-kpu-office').click();
  await page.getByTestId('session-name').fill('Rencana (e2e)');
  await page.getByTestId('police-count').selectOption('1');
  await page.getByTestId('crowd-script').check();

  await test.step('the crowd size is taken as typed, and a refused value says why', async () => {
    const size = page.getByTestId('crowd-size');
    await size.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('350');
    await expect(size).toHaveValue('350');
    await expect(page.getByTestId('error-crowdSize')).toHaveCount(0);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('-50');
    await expect(size).toHaveValue('-50');
    await expect(page.getByTestId('error-crowdSize')).toHaveText('Harus antara 20 dan 5000.');
    await expect(page.getByTestId('to-briefing')).toBeDisabled();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('350');
    await expect(size).toHaveValue('350');
  });

  await test.step('player names are required and distinct, with the reason at the field', async () => {
    const name = page.getByTestId('police-name-0');
    await name.fill('');
    await expect(page.getByTestId('error-police-0')).toHaveText('Wajib diisi.');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await name.fill('Iptu Ancah Pratama');
    await page.getByTestId('instructor-name').fill('iptu ancah pratama ');
    await expect(page.getByTestId('error-instructorName')).toHaveText('Nama ini sudah dipakai pemain lain; setiap pemain perlu nama sendiri.');
    await expect(page.getByTestId('to-briefing')).toBeDisabled();
    await page.getByTestId('instructor-name').fill('Kompol Rina');
    await expect(page.getByTestId('police-role-0')).toContainText('Peran: Danki Dalmas, Danki Brimob / Kapolda');
    await page.getByTestId('session-seed').fill('20240214');
    await page.screenshot({ path: testInfo.outputPath('setup-1280x800.png') });
  });

  await test.step('a double click goes to the briefing once, and the briefing opens at its top', async () => {
    await page.getByTestId('to-briefing').dblclick();
    await expect(page.getByTestId('briefing')).toBeVisible();
    await page.waitForTimeout(300);
    await expect(page.getByTestId('screen-briefing')).toBeVisible();
    await expectInView(page, page.getByTestId('briefing').locator('h2'));
    await expect(page.getByTestId('briefing-roles')).toContainText('Direktur Latihan: Kompol Rina');
    await page.getByTestId('briefing-start').click();
  });

  await expect(page.getByTestId('handoff-title')).toHaveText('Giliran: Iptu Ancah Pratama', { timeout: 60_000 });
  await page.getByTestId('handoff-ready').click();
  await expect(page.getByTestId('planning-panel')).toBeVisible();
  await page.waitForFunction(() => ((globalThis as { __sispamkotaRenderStats?: { frames: number } }).__sispamkotaRenderStats?.frames ?? 0) >= 3, undefined, { timeout: 30_000 });

  await test.step('an order out of reach is refused when it is clicked, in Indonesian, with the finish button in view', async () => {
    await page.getByTestId('unit-awc').click();
    await page.keyboard.press('w');
    await expect(page.getByTestId('tool-water_cannon')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('gesture-legend')).toContainText('Lingkaran kuning: jangkauan Semprot air (AWC), 45 m');
    const box = (await page.getByTestId('game-view').boundingBox())!;
    // The far corner of the site, well beyond the water cannon's 45 m.
    await page.mouse.click(box.x + box.width * 0.04, box.y + box.height * 0.96);
    const refusal = page.getByTestId('plan-refusal');
    await expect(refusal).toHaveText(/^Perintah ditolak — AWC .*, Semprot air \(AWC\): sasaran di luar jangkauan, paling jauh 45 m dari satuan atau dari tujuan geraknya\.$/);
    await expect(page.getByTestId('plan-list')).toHaveCount(0);
    await expectInView(page, refusal);
    await expectInView(page, page.getByTestId('plan-end'));
    await page.screenshot({ path: testInfo.outputPath('planning-refusal-1280x800.png') });
  });

  await test.step('orders are listed with their detail and start; one is removed by its own button', async () => {
    await page.keyboard.press('Escape');
    await page.getByTestId('unit-awc').click();
    await page.keyboard.press('h');
    await page.getByTestId('unit-dalmas-awal-1').click();
    await page.keyboard.press('1');
    await page.getByTestId('unit-dalmas-awal-2').click();
    await page.keyboard.press('a');
    const titles = page.getByTestId('plan-list').locator('.plan-order-title');
    await expect(titles).toHaveCount(3);
    await expect(page.getByTestId('plan-order-1').locator('.plan-order-detail')).toHaveText(/^Bersaf · mulai \d\d:\d\d$/);
    await page.getByTestId('plan-down-0').click();
    await expect(titles.nth(1)).toContainText('Bertahan');
    await page.getByTestId('plan-remove-1').click();
    await expect(titles).toHaveCount(2);
    await expect(titles.nth(0)).toContainText('Formasi');
    await expect(titles.nth(1)).toContainText('Himbauan');
    await expect(page.getByTestId('plan-refusal')).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath('planning-list-1280x800.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expectInView(page, page.getByTestId('plan-end'));
    await page.screenshot({ path: testInfo.outputPath('planning-list-1920x1080.png') });
  });
});
