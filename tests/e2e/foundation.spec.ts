import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect } from './support/browserHost';
import { docScreenshot } from './support/docScreenshots';
import { canvasPicture } from './support/canvas';
import { colourVariety, decodePng } from './support/png';

/**
 * Foundation (issue #2), end to end in browser mode: the menu in both languages, settings that really
 * persist in the host, a 3D preview that really draws, and a host endpoint that refuses hostile input.
 * The spec has its own host and data folder; its tests share them, so each starts from the default settings.
 */

const MENU_LABELS_ID = ['Sesi baru', 'Lanjutkan', 'Arsip & Debrief', 'Editor venue & skenario', 'Pengaturan'];
const MENU_LABELS_EN = ['New session', 'Resume', 'Archive & Debrief', 'Venue & scenario editor', 'Settings'];
const DEFAULT_SETTINGS = { language: 'id', playbackSpeed: 1, shadows: true };

interface HostAnswer {
  status: number;
  contentType: string;
  body: { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

/** Calls the browser-mode host the way the renderer does, but with any payload. */
async function postToHost(request: APIRequestContext, data: unknown): Promise<HostAnswer> {
  const response = await request.post('/api/host', { data: data as object });
  return { status: response.status(), contentType: response.headers()['content-type'] ?? '', body: await response.json() };
}

async function hostSettings(request: APIRequestContext): Promise<unknown> {
  const answer = await postToHost(request, { method: 'getSettings', args: [] });
  expect(answer.status).toBe(200);
  return answer.body.value;
}

function menuButtons(page: Page) {
  return page.getByTestId('screen-menu').locator('nav button');
}

/** Collects console errors and CSP violations so a test can assert the page ran cleanly. */
function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

test.beforeEach(async ({ request }) => {
  const reset = await postToHost(request, { method: 'updateSettings', args: [DEFAULT_SETTINGS] });
  expect(reset.status).toBe(200);
});

test('the main menu shows in Indonesian with its entries in order', async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto('/');
  await expect(page.getByTestId('screen-menu')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sispamkota TFG');
  await expect(menuButtons(page)).toHaveText(MENU_LABELS_ID);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.getByTestId('language-id')).toHaveAttribute('aria-pressed', 'true');

  // Keyboard: the first entry has focus, arrow keys move through the list.
  await expect(page.getByTestId('menu-new-session')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('menu-resume')).toBeFocused();

  await docScreenshot(page, 'menu.png');
  expect(problems, 'console errors or CSP violations').toEqual([]);
});

test('switching to English relabels the menu and survives a reload', async ({ page, request }) => {
  await page.goto('/');
  await expect(menuButtons(page)).toHaveText(MENU_LABELS_ID);
  await page.getByTestId('language-en').click();
  await expect(menuButtons(page)).toHaveText(MENU_LABELS_EN);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.reload();
  await expect(menuButtons(page)).toHaveText(MENU_LABELS_EN);
  await expect(page.getByTestId('language-en')).toHaveAttribute('aria-pressed', 'true');
  expect(await hostSettings(request)).toMatchObject({ language: 'en' });
  await docScreenshot(page, 'menu-en.png');
});

test('settings changes are stored by the host and survive a reload', async ({ page, request }) => {
  await page.goto('/');
  await page.getByTestId('menu-settings').click();
  await expect(page.getByTestId('screen-settings')).toBeVisible();
  await expect(page.getByTestId('about-version')).not.toBeEmpty();

  const shadows = page.getByTestId('settings-shadows');
  await expect(shadows).toBeChecked();
  await shadows.uncheck();
  await expect(page.getByTestId('settings-saved')).toHaveText(/Pengaturan tersimpan/);
  await page.getByTestId('settings-playback-speed').selectOption('2');
  await expect(page.getByTestId('settings-playback-speed')).toHaveValue('2');
  await expect(page.getByTestId('settings-saved')).toBeVisible();

  await page.reload();
  await page.getByTestId('menu-settings').click();
  await expect(page.getByTestId('settings-shadows')).not.toBeChecked();
  await expect(page.getByTestId('settings-playback-speed')).toHaveValue('2');
  expect(await hostSettings(request)).toEqual({ language: 'id', playbackSpeed: 2, shadows: false });
});

test('resume and archive show the real (empty) session library', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('menu-resume').click();
  await expect(page.getByTestId('screen-resume')).toBeVisible();
  await expect(page.getByTestId('sessions-empty')).toHaveText('Tidak ada sesi yang belum selesai.');

  await page.keyboard.press('Escape');
  await page.getByTestId('menu-archive').click();
  await expect(page.getByTestId('screen-archive')).toBeVisible();
  await expect(page.getByTestId('sessions-empty')).toHaveText('Belum ada sesi tersimpan.');
  await page.getByTestId('session-search').fill('Agathis');
  await expect(page.getByTestId('sessions-empty')).toHaveText('Tidak ada sesi yang cocok dengan pencarian.');
});

test('the venue preview really renders the 3D table', async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto('/');
  await page.getByTestId('menu-new-session').click();
  await expect(page.getByTestId('screen-new-session')).toBeVisible();
  await expect(page.getByTestId('webgl-unavailable')).toHaveCount(0);
  await expect(page.getByText('Seret untuk memutar', { exact: false })).toBeVisible();

  await waitForFrames(page, 3);
  const stats = await page.evaluate(() => ({ ...(globalThis as unknown as RenderStatsWindow).__sispamkotaRenderStats }));
  expect(stats.calls).toBeGreaterThan(0);
  expect(stats.triangles).toBeGreaterThan(0);

  const canvas = page.getByTestId('venue-canvas').locator('canvas');
  const kpuPicture = await canvasPicture(canvas);
  const variety = colourVariety(decodePng(kpuPicture));
  expect(variety.distinctColours, 'distinct colours in the canvas').toBeGreaterThan(20);
  expect(variety.dominantShare, 'share of the commonest colour').toBeLessThan(0.9);
  await docScreenshot(page, 'venue-preview.png');

  // The other venue draws too (a different layout, so a different picture).
  await page.getByTestId('venue-option-lapangan-agathis').click();
  await waitForFrames(page, 3);
  const agathisPicture = await canvasPicture(canvas);
  expect(agathisPicture.equals(kpuPicture), 'the second venue draws another picture').toBe(false);
  expect(colourVariety(decodePng(agathisPicture)).distinctColours).toBeGreaterThan(20);
  expect(problems, 'console errors or CSP violations').toEqual([]);
});

test('hostile payloads get a 4xx JSON error and change nothing', async ({ request }) => {
  const before = await hostSettings(request);
  const hostile: Array<{ payload: unknown; status: number; code: string }> = [
    { payload: { method: 'dropEverything', args: [] }, status: 404, code: 'unknown_method' },
    { payload: { method: 'constructor', args: [] }, status: 404, code: 'unknown_method' },
    { payload: { method: '__proto__', args: [] }, status: 404, code: 'unknown_method' },
    { payload: { method: 'updateSettings', args: [{ language: 'fr' }] }, status: 400, code: 'invalid_arguments' },
    { payload: { method: 'updateSettings', args: [{ shadows: 'yes' }] }, status: 400, code: 'invalid_arguments' },
    { payload: { method: 'updateSettings', args: [{ playbackSpeed: 1e9 }] }, status: 400, code: 'invalid_arguments' },
    { payload: { method: 'updateSettings', args: [{ language: 'en', isAdmin: true }] }, status: 400, code: 'invalid_arguments' },
    { payload: { method: 'updateSettings', args: 'language=en' }, status: 400, code: 'invalid_arguments' },
    { payload: { method: 'listSessions', args: [{ text: 42 }] }, status: 400, code: 'invalid_arguments' },
    { payload: ['getSettings'], status: 400, code: 'invalid_arguments' },
  ];
  for (const { payload, status, code } of hostile) {
    const answer = await postToHost(request, payload);
    expect(answer.status, JSON.stringify(payload)).toBe(status);
    expect(answer.contentType).toContain('application/json');
    expect(answer.body.ok).toBe(false);
    expect(answer.body.error?.code, JSON.stringify(payload)).toBe(code);
  }
  const notJson = await request.post('/api/host', { headers: { 'content-type': 'application/json' }, data: '{"method":' });
  expect(notJson.status()).toBe(400);
  expect((await notJson.json()).ok).toBe(false);

  expect(await hostSettings(request)).toEqual(before);
});

test('an unreachable host shows the translated error banner, which can be dismissed', async ({ page }) => {
  await page.route('**/api/host', (route) => route.abort('connectionrefused'));
  await page.goto('/');
  await expect(page.getByTestId('error-banner-message')).toHaveText('Layanan aplikasi tidak dapat dihubungi.');
  // The UI still works on defaults.
  await expect(menuButtons(page)).toHaveText(MENU_LABELS_ID);
  await page.getByTestId('error-dismiss').click();
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
});

interface RenderStatsWindow {
  __sispamkotaRenderStats?: { calls: number; triangles: number; frames: number };
}

/** Waits until the canvas has drawn `count` more frames than it had when called (SwiftShader is slow). */
async function waitForFrames(page: Page, count: number): Promise<void> {
  const start = await page.evaluate(() => (globalThis as unknown as RenderStatsWindow).__sispamkotaRenderStats?.frames ?? 0);
  await page.waitForFunction(
    (target) => ((globalThis as unknown as RenderStatsWindow).__sispamkotaRenderStats?.frames ?? 0) >= target,
    start + count,
    { timeout: 90_000 },
  );
}
