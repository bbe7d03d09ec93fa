import type { APIRequestContext } from '@playwright/test';
import { test, expect } from './support/browserHost';
import { docScreenshot } from './support/docScreenshots';

/** A small game on the KPU venue (the shape of shared/engine/fixtures.ts `smallSetup`; the host fills defaults). */
const SETUP = {
  venueId: 'kpu-office',
  turnLimit: 10,
  players: [
    { id: 'polisi', name: 'Kapolres', side: 'police', controls: ['awal-1'] },
    { id: 'massa', name: 'Massa', side: 'crowd', controls: ['massa-1'] },
  ],
  police: [{ id: 'awal-1', type: 'dalmas_awal', staging: 'yard-west' }],
  crowd: [{ id: 'massa-1', arrival: 'lot-south', size: 40 }],
};

/**
 * The session library (issue #5) through the real UI: a recorded session is exported to a file,
 * renamed, imported back as a copy (the host re-simulates it), and deleted after a confirmation.
 * The session itself is recorded through the host API, as the game screens would record it.
 */

async function call(request: APIRequestContext, method: string, args: unknown[]): Promise<unknown> {
  const response = await request.post('/api/host', { data: { method, args } });
  const body = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value;
}

test('export, rename, import and delete a recorded session from Arsip & Debrief', async ({ page, request }) => {
  const setup = SETUP;
  const name = `Latihan pustaka ${Date.now()}`;
  const created = (await call(request, 'createSession', [
    { name, scenarioId: 'library-test', setup, seed: 7, players: setup.players.map((p) => ({ id: p.id, name: p.name, role: p.side })), crowdController: 'person' },
  ])) as { summary: { id: string } };
  const id = created.summary.id;
  for (const command of [{ type: 'endPlan', playerId: 'polisi' }, { type: 'endPlan', playerId: 'massa' }, { type: 'resolveTurn' }]) {
    expect((await call(request, 'sendCommand', [id, command])) as { ok: boolean }).toMatchObject({ ok: true });
  }

  await page.goto('/');
  await page.getByTestId('menu-archive').click();
  await page.getByTestId('session-search').fill(name);
  const row = page.getByTestId('session-row').filter({ hasText: name });
  await expect(row).toHaveCount(1);

  const downloadPromise = page.waitForEvent('download');
  await row.getByTestId('session-export').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.sispamkota$/);
  const filePath = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(filePath);

  await row.getByTestId('session-rename').click();
  await page.getByTestId('rename-input').fill(`${name} (Anev)`);
  await page.getByTestId('rename-save').click();
  await expect(page.getByTestId('session-row').filter({ hasText: `${name} (Anev)` })).toHaveCount(1);

  await page.getByTestId('session-import').setInputFiles(filePath);
  await expect(page.getByTestId('import-status')).toHaveText('1 sesi berhasil diimpor.');
  await expect(page.getByTestId('session-row').filter({ hasText: name })).toHaveCount(2);
  await docScreenshot(page, 'archive.png');

  const copy = page.getByTestId('session-row').filter({ hasText: '(impor)' });
  await copy.getByTestId('session-delete').click();
  await expect(page.getByRole('alertdialog')).toContainText('tidak dapat dibatalkan');
  await page.getByTestId('delete-yes').click();
  await expect(page.getByTestId('session-row').filter({ hasText: name })).toHaveCount(1);
  const remaining = (await call(request, 'listSessions', [{ text: name }])) as { id: string }[];
  expect(remaining.map((s) => s.id)).toEqual([id]);
});

test('a tampered session file is refused with a clear message and nothing is imported', async ({ page, request }) => {
  const before = ((await call(request, 'listSessions', [{}])) as unknown[]).length;
  await page.goto('/');
  await page.getByTestId('menu-archive').click();
  await page.getByTestId('session-import').setInputFiles({ name: 'rusak.sispamkota', mimeType: 'application/octet-stream', buffer: Buffer.from('not a session file') });
  await expect(page.getByTestId('import-status')).toContainText('Berkas ditolak');
  expect(((await call(request, 'listSessions', [{}])) as unknown[]).length).toBe(before);
});

test('Settings lists the automatic start-up backup', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('menu-settings').click();
  // This spec's host started once, on its own fresh data folder: exactly one backup so far.
  await expect(page.getByTestId('backups').locator('.backup-row')).toHaveCount(1);
});
