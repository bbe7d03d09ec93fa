import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './support/browserHost';
import { docScreenshot } from './support/docScreenshots';

/**
 * The venue and scenario editors as a person uses them (issue #17): build a small venue from the empty
 * template (a fenced yard with a gate, a building with a pleno hall, arrival and staging zones), save
 * it, make a scenario on it, export and import the scenario, then start a session on it and play a turn.
 */

/** Clicks the plan at venue point (x, y) metres. */
async function clickPlan(page: Page, x: number, y: number, options: { dblclick?: boolean } = {}): Promise<void> {
  // The plan draws venue (x, y) at SVG (x, -y); its screen matrix maps that onto the page.
  const at = await page.getByTestId('plan-canvas').evaluate((svg, [px, py]) => {
    const m = (svg as unknown as { getScreenCTM(): { a: number; b: number; c: number; d: number; e: number; f: number } }).getScreenCTM();
    return { x: m.a * px - m.c * py + m.e, y: m.b * px - m.d * py + m.f };
  }, [x, y] as const);
  if (options.dblclick) await page.mouse.dblclick(at.x, at.y);
  else await page.mouse.click(at.x, at.y);
}

/** Draws an outline with `tool` through the points, closed by clicking the first point again. */
async function drawOutline(page: Page, tool: string, points: readonly (readonly [number, number])[]): Promise<void> {
  await page.getByTestId(`tool-${tool}`).click();
  for (const [x, y] of points) await clickPlan(page, x, y);
  await clickPlan(page, points[0]![0], points[0]![1]);
}

test('build a venue and a scenario in the editors, export and import it, and play a turn on it', async ({ page }) => {
  test.setTimeout(420_000);
  await page.goto('/');
  await page.getByTestId('menu-editor').click();
  await expect(page.getByTestId('venue-entry-kpu-office')).toContainText('templat bawaan');

  // A new venue from the empty template.
  await page.getByTestId('new-venue-from').selectOption('');
  await page.getByTestId('new-venue-name').fill('Halaman Uji');
  await page.getByTestId('new-venue-create').click();
  await expect(page.getByTestId('venue-editor')).toBeVisible();
  await expect(page.getByTestId('venue-id')).toHaveValue('halaman-uji');

  // The fence round the yard (closed by clicking its first point again), then Enter.
  await page.getByTestId('tool-fence').click();
  for (const [x, y] of [[10, 10], [70, 10], [70, 55], [10, 55], [10, 10]] as const) await clickPlan(page, x, y);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('element-fields')).toContainText('Pagar/tembok');
  // A gate placed beside the south fence snaps onto it.
  await page.getByTestId('tool-gate').click();
  await clickPlan(page, 40, 11.2);
  await expect(page.getByTestId('element-fields')).toContainText('Gerbang');
  await page.getByTestId('element-strength').fill('120');

  // The building and its pleno hall.
  await drawOutline(page, 'building', [[30, 35], [50, 35], [50, 48], [30, 48]]);
  await page.getByTestId('building-storeys').fill('2');
  await drawOutline(page, 'room', [[31, 36], [49, 36], [49, 47], [31, 47]]);
  await page.getByTestId('room-name-0').fill('Aula pleno');
  await page.getByTestId('room-kind-0').selectOption('pleno_hall');

  // The crowd arrives on the road outside; the police stage inside the fence.
  await drawOutline(page, 'ground', [[0, 0], [80, 0], [80, 6], [0, 6]]);
  await drawOutline(page, 'arrival', [[25, 1], [55, 1], [55, 5], [25, 5]]);
  await drawOutline(page, 'staging', [[13, 13], [22, 13], [22, 22], [13, 22]]);
  await page.getByTestId('tool-place').click();
  await clickPlan(page, 40, 41);

  // A gate off the fence is reported in words and blocks saving; undo takes it back.
  await page.getByTestId('tool-select').click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('venue-problems')).toContainText('Tidak ada masalah', { timeout: 10_000 });
  await page.getByTestId('toggle-nav').check();
  await expect(page.getByTestId('nav-overlay')).toBeVisible();
  await docScreenshot(page, 'editor-venue.png');
  await page.screenshot({ path: test.info().outputPath('editor-venue.png') });
  await page.getByTestId('toggle-nav').uncheck();

  await page.getByTestId('tool-arrival').click();
  for (const [x, y] of [[32, 38], [40, 38], [40, 44], [32, 44]] as const) await clickPlan(page, x, y);
  await page.getByTestId('finish-shape').click();
  await expect(page.getByTestId('venue-problems')).toContainText('berada di dalam gedung', { timeout: 10_000 });
  await page.getByTestId('venue-save').click();
  await expect(page.getByTestId('editor-status')).toContainText('Belum dapat disimpan');
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('venue-problems')).toContainText('Tidak ada masalah', { timeout: 10_000 });

  await page.getByTestId('view-3d').click();
  await expect(page.getByTestId('editor-3d').locator('canvas')).toBeVisible({ timeout: 30_000 });
  await page.waitForTimeout(1500);
  await docScreenshot(page, 'editor-venue-3d.png');
  await page.getByTestId('view-plan').click();

  await page.getByTestId('venue-save').click();
  await expect(page.getByTestId('editor-status')).toHaveText('Tersimpan.');
  await page.getByTestId('editor-close').click();
  await expect(page.getByTestId('venue-entry-halaman-uji')).toContainText('buatan sendiri');

  // A scenario on it: a reserve platoon of Brimob, a hostile group with provocateurs.
  await page.getByTestId('new-scenario-venue').selectOption('halaman-uji');
  await page.getByTestId('new-scenario-name').fill('Aksi di Halaman Uji');
  await page.getByTestId('new-scenario-create').click();
  await expect(page.getByTestId('scenario-editor')).toBeVisible();
  await expect(page.getByTestId('scenario-state')).toHaveText('Skenario sah: dapat disimpan dan dimainkan.', { timeout: 10_000 });
  await page.getByTestId('scenario-turns').fill('3');
  // Short turns: software WebGL on a busy machine draws a frame in seconds, and a skip runs a tick per frame at least.
  await page.getByTestId('scenario-seconds').fill('10');
  await page.getByTestId('group-size-0').fill('120');
  await page.getByTestId('group-provocateurs-0').fill('2');
  await page.getByTestId('group-sajam-0').fill('3');
  await expect(page.getByTestId('issues-crowd.0.sajam')).toHaveText('Pembawa sajam tidak boleh lebih banyak dari provokator.');
  await page.getByTestId('group-sajam-0').fill('1');
  await page.getByTestId('group-temper-0').selectOption('restless');
  await page.getByTestId('add-unit').click();
  await page.getByTestId('unit-type-1').selectOption('brimob_sekat');
  await page.getByTestId('unit-name-1').fill('Ton Brimob 1');
  await page.getByTestId('unit-reserve-1').check();
  await page.getByTestId('add-event-arrive').click();
  await expect(page.getByTestId('scenario-state')).toHaveText('Skenario sah: dapat disimpan dan dimainkan.', { timeout: 10_000 });
  await page.getByTestId('scenario-name-id').scrollIntoViewIfNeeded();
  await docScreenshot(page, 'editor-scenario.png');
  await page.getByTestId('scenario-save').click();
  await expect(page.getByTestId('editor-status')).toHaveText('Tersimpan.');
  await page.getByTestId('editor-close').click();

  // Export, delete, import: the scenario comes back.
  const download = page.waitForEvent('download');
  await page.getByTestId('export-scenario-aksi-di-halaman-uji').click();
  const file = await download;
  const path = test.info().outputPath('scenario.json');
  await file.saveAs(path);
  expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ format: 'sispamkota-tfg-content', venue: { id: 'halaman-uji' }, scenario: { id: 'aksi-di-halaman-uji' } });
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('delete-scenario-aksi-di-halaman-uji').click();
  await expect(page.getByTestId('scenario-entry-aksi-di-halaman-uji')).toHaveCount(0);
  await page.getByTestId('content-import').setInputFiles({ name: 'rusak.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "sispamkota-tfg-content",') });
  await expect(page.getByTestId('import-message')).toHaveText('Impor ditolak, tidak ada yang berubah: Berkas ini rusak atau bukan JSON.');
  await page.getByTestId('content-import').setInputFiles(path);
  await expect(page.getByTestId('import-message')).toHaveText('Berkas diimpor: halaman-uji, aksi-di-halaman-uji.');
  await expect(page.getByTestId('scenario-entry-aksi-di-halaman-uji')).toContainText('buatan sendiri');
  await docScreenshot(page, 'editor-library.png');

  // A session on it, one turn played.
  await page.getByTestId('back-to-menu').click();
  await page.getByTestId('menu-new-session').click();
  const option = page.locator('[data-testid^="venue-option-custom-halaman-uji-r"]');
  await option.click();
  await expect(page.getByTestId('scenario-select')).toHaveValue('aksi-di-halaman-uji');
  await page.getByTestId('session-name').fill('Latihan halaman uji');
  await page.getByTestId('police-count').selectOption('1');
  await page.getByTestId('police-name-0').fill('Danton Alfa');
  await page.getByTestId('crowd-script').check();
  await page.getByTestId('to-briefing').click();
  await expect(page.getByTestId('briefing')).toContainText('Massa datang untuk menyampaikan aspirasi.');
  await page.getByTestId('briefing-start').click();
  await expect(page.getByTestId('handoff-title')).toHaveText('Giliran: Danton Alfa', { timeout: 60_000 });
  await page.getByTestId('handoff-ready').click();
  await expect(page.getByTestId('planning-panel')).toBeVisible();
  await page.getByTestId('plan-end').click();
  await expect(page.getByTestId('playback-controls').locator('h2')).toHaveText('Resolusi giliran 1', { timeout: 60_000 });
  await page.getByTestId('playback-skip').click();
  await expect(page.getByTestId('turn-summary').locator('h2')).toHaveText('Ringkasan giliran 1', { timeout: 120_000 });
});
