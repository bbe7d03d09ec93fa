import { test, expect } from './support/browserHost';
import { callHost, SMALL_SETUP } from './support/hostApi';
import { docScreenshot } from './support/docScreenshots';

/**
 * The session library (issue #5) through the real UI: a recorded session is exported to a file,
 * renamed, imported back as a copy (the host re-simulates it), and deleted after a confirmation.
 * The session itself is recorded through the host API, as the game screens would record it.
 */

test('export, rename, import and delete a recorded session from Arsip & Debrief', async ({ page, request }) => {
  const setup = SMALL_SETUP;
  const name = `Latihan pustaka ${Date.now()}`;
  const created = (await callHost(request, 'createSession', [
    { name, scenarioId: 'library-test', setup, seed: 7, players: setup.players.map((p) => ({ id: p.id, name: p.name, role: p.side })), crowdController: 'person' },
  ])) as { summary: { id: string } };
  const id = created.summary.id;
  for (const command of [{ type: 'endPlan', playerId: 'polisi' }, { type: 'endPlan', playerId: 'massa' }, { type: 'resolveTurn' }]) {
    expect((await callHost(request, 'sendCommand', [id, command])) as { ok: boolean }).toMatchObject({ ok: true });
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

  // One imported session opens straight into its debrief; back in the archive it is listed as a copy.
  await page.getByTestId('session-import').setInputFiles(filePath);
  await expect(page.getByTestId('screen-debrief')).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
  await expect(page.getByTestId('screen-debrief').locator('h1')).toContainText('(impor)');
  await page.getByTestId('debrief-back').click();
  await expect(page.getByTestId('session-row').filter({ hasText: name })).toHaveCount(2);
  await docScreenshot(page, 'archive.png');

  const copy = page.getByTestId('session-row').filter({ hasText: '(impor)' });
  await copy.getByTestId('session-delete').click();
  await expect(page.getByRole('alertdialog')).toContainText('tidak dapat dibatalkan');
  await page.getByTestId('delete-yes').click();
  await expect(page.getByTestId('session-row').filter({ hasText: name })).toHaveCount(1);
  const remaining = (await callHost(request, 'listSessions', [{ text: name }])) as { id: string }[];
  expect(remaining.map((s) => s.id)).toEqual([id]);
});

test('a tampered session file is refused with a clear message and nothing is imported', async ({ page, request }) => {
  const before = ((await callHost(request, 'listSessions', [{}])) as unknown[]).length;
  await page.goto('/');
  await page.getByTestId('menu-archive').click();
  await page.getByTestId('session-import').setInputFiles({ name: 'rusak.sispamkota', mimeType: 'application/octet-stream', buffer: Buffer.from('not a session file') });
  await expect(page.getByTestId('import-status')).toContainText('Berkas ditolak');
  expect(((await callHost(request, 'listSessions', [{}])) as unknown[]).length).toBe(before);
});

test('Settings lists the automatic start-up backup', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('menu-settings').click();
  // This spec's host started once, on its own fresh data folder: exactly one backup so far.
  await expect(page.getByTestId('backups').locator('.backup-row')).toHaveCount(1);
});
