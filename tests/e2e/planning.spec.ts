import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/browserHost';
import { callHost } from './support/hostApi';
import { docScreenshot } from './support/docScreenshots';

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
    await expect(page.getByTestId('plan-order-1').locator('.plan-order-detail')).toHaveText(/^Bersaf · segera \(\d\d:\d\d:\d\d\)$/);
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

/** The map view's pixel at fractions of its box. */
async function mapPoint(page: Page, fx: number, fy: number): Promise<[number, number]> {
  const box = (await page.getByTestId('game-view').boundingBox())!;
  return [box.x + box.width * fx, box.y + box.height * fy];
}

interface StoredEvent { turn: number; tick: number; type: string; data: Record<string, unknown> }

test('a queue of orders for one platoon: move, appeal, move with a waypoint; one order removed; played in that order', async ({ page, request }) => {
  test.setTimeout(300_000);
  expect((await request.post('/api/host', { data: { method: 'updateSettings', args: [{ shadows: false }] } })).ok()).toBe(true);
  await page.goto('/');
  await page.getByTestId('menu-new-session').click();
  await page.getByTestId('venue-option-kpu-office').click();
  await page.getByTestId('session-name').fill('Antrean perintah (e2e)');
  await page.getByTestId('police-count').selectOption('1');
  await page.getByTestId('police-name-0').fill('Iptu Ancah');
  await page.getByTestId('crowd-script').check();
  await page.getByTestId('session-seed').fill('7');
  await page.getByTestId('to-briefing').click();
  await page.getByTestId('briefing-start').click();
  await expect(page.getByTestId('handoff-title')).toHaveText('Giliran: Iptu Ancah', { timeout: 60_000 });
  await page.getByTestId('handoff-ready').click();
  await page.waitForFunction(() => ((globalThis as { __sispamkotaRenderStats?: { frames: number } }).__sispamkotaRenderStats?.frames ?? 0) >= 3, undefined, { timeout: 30_000 });

  const titles = page.getByTestId('plan-list').locator('.plan-order-title');
  const unit = page.getByTestId('unit-list').getByRole('button').first();
  const unitName = ((await unit.locator('.unit-name').textContent()) ?? '').trim();

  await test.step('move, then appeal, then a second move with a Shift+click waypoint: queued, not replaced', async () => {
    await unit.click();
    await expect(page.getByTestId('gesture-legend')).toContainText('Shift+klik tanah: perpanjang gerakan terakhir');
    // A few metres from the platoon: it arrives early in the minute, appeals, then sets off again.
    const [x1, y1] = await mapPoint(page, 0.36, 0.38);
    await page.mouse.click(x1, y1);
    await page.keyboard.press('a');
    const [x2, y2] = await mapPoint(page, 0.56, 0.5);
    await page.mouse.click(x2, y2);
    const [x3, y3] = await mapPoint(page, 0.58, 0.46);
    await page.keyboard.down('Shift');
    await page.mouse.click(x3, y3);
    await page.keyboard.up('Shift');
    await expect(titles).toHaveText([`${unitName}: Bergerak`, `${unitName}: Himbauan`, `${unitName}: Bergerak`]);
    await expect(page.getByTestId('plan-order-0').locator('.plan-order-detail')).toContainText('segera');
    await expect(page.getByTestId('plan-order-1').locator('.plan-order-detail')).toContainText('setelah perintah sebelumnya');
    await expect(page.getByTestId('plan-order-2').locator('.plan-order-detail')).toContainText('lewat 2 titik');
    await docScreenshot(page, 'planning-queue.png');
  });

  await test.step('one queued order is removed by its own button', async () => {
    await page.keyboard.press('h');
    await expect(titles).toHaveCount(4);
    await page.getByTestId('plan-remove-3').click();
    await expect(titles).toHaveText([`${unitName}: Bergerak`, `${unitName}: Himbauan`, `${unitName}: Bergerak`]);
  });

  await test.step('the turn plays; what is left of the queue is shown in the next planning', async () => {
    await page.getByTestId('plan-end').click();
    await expect(page.getByTestId('playback-controls')).toBeVisible({ timeout: 60_000 });
    await page.getByTestId('playback-skip').click();
    await expect(page.getByTestId('turn-summary').locator('h2')).toHaveText('Ringkasan giliran 1', { timeout: 120_000 });
    await page.getByTestId('summary-next').click();
    await expect(page.getByTestId('handoff-title')).toHaveText('Giliran: Iptu Ancah', { timeout: 60_000 });
    await page.getByTestId('handoff-ready').click();
    // The platoon is still on its second move: the planning panel says so, at its top, with a stop button.
    const carried = page.getByTestId('carried-orders');
    await expect(carried).toContainText(unitName);
    await expect(carried).toContainText('Bergerak');
    await expect(carried.getByRole('button', { name: /Hentikan/ })).toBeVisible();
    await docScreenshot(page, 'planning-carried.png');
  });

  await test.step('the events show the queue in order: arrive, appeal, then the second move', async () => {
    const [session] = await callHost<{ id: string }[]>(request, 'listSessions', [{ text: 'Antrean perintah' }]);
    const events = await callHost<StoredEvent[]>(request, 'listEvents', [session!.id, 0, 100_000]);
    const applied = events.filter((e) => e.type === 'measure_applied' && String(e.data.orderId).startsWith('t0.'));
    const unitId = applied[0]!.data.unitId;
    const mine = applied.filter((e) => e.data.unitId === unitId);
    expect(mine.map((e) => e.data.order)).toEqual(['move', 'appeal', 'move']);
    const arrived = events.find((e) => e.type === 'unit_arrived' && e.data.unitId === unitId);
    const appeal = events.find((e) => e.type === 'appeal_made' && e.data.unitId === unitId);
    expect(arrived, 'the platoon reached its first destination').toBeDefined();
    expect(appeal!.tick).toBeGreaterThanOrEqual(arrived!.tick);
    expect(mine[2]!.tick).toBeGreaterThan(mine[1]!.tick);
  });
});
