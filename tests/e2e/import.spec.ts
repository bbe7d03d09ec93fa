import { gunzipSync, gzipSync } from 'node:zlib';
import type { APIRequestContext } from '@playwright/test';
import { test, expect } from './support/browserHost';
import { callHost, SMALL_SETUP } from './support/hostApi';

/**
 * Importing session files through the real UI (issue #10): a 500-session file is checked in the
 * background with a progress bar naming the session being checked, the host keeps answering meanwhile,
 * Cancel stops it and saves nothing; a file with bad players and a file over the size cap are refused
 * with clear messages.
 */

/** A session recorded through the host API and exported: the JSON document of its file. */
async function exportedDocument(request: APIRequestContext): Promise<{ sessions: Record<string, unknown>[] }> {
  const created = (await callHost(request, 'createSession', [
    { name: 'Latihan impor', scenarioId: 'import-test', setup: SMALL_SETUP, seed: 11, players: SMALL_SETUP.players.map((p) => ({ id: p.id, name: p.name, role: p.side })), crowdController: 'person' },
  ])) as { summary: { id: string } };
  const id = created.summary.id;
  for (const command of [{ type: 'endPlan', playerId: 'polisi' }, { type: 'endPlan', playerId: 'massa' }, { type: 'resolveTurn' }]) {
    expect((await callHost(request, 'sendCommand', [id, command])) as { ok: boolean }).toMatchObject({ ok: true });
  }
  const file = (await callHost(request, 'exportSessions', [[id]])) as { base64: string };
  await callHost(request, 'deleteSession', [id]);
  return JSON.parse(gunzipSync(Buffer.from(file.base64, 'base64')).toString('utf8')) as { sessions: Record<string, unknown>[] };
}

const pack = (document: unknown) => gzipSync(Buffer.from(JSON.stringify(document)));
const sessionCount = async (request: APIRequestContext) => ((await callHost(request, 'listSessions', [{}])) as unknown[]).length;

test('a 500-session import shows its progress, leaves the host responsive, and Cancel saves nothing', async ({ page, request }) => {
  const document = await exportedDocument(request);
  const [first] = document.sessions;
  const big = { ...document, sessions: Array.from({ length: 500 }, (_, k) => ({ ...first, id: `regu-${k + 1}`, name: `Latihan Pleno KPU — regu ${k + 1}` })) };
  await page.goto('/');
  await page.getByTestId('menu-archive').click();
  await page.getByTestId('session-import').setInputFiles({ name: 'latihan-500.sispamkota', mimeType: 'application/octet-stream', buffer: pack(big) });
  const text = page.getByTestId('import-progress-text');
  await expect(text).toHaveText(/^Memeriksa sesi \d+ dari 500: Latihan Pleno KPU — regu \d+$/);
  await expect(page.getByTestId('import-progress').locator('progress')).toHaveAttribute('max', '500');

  // The host answers while the worker checks (main/host/importJobs.test.ts measures this closely;
  // here, beside Chromium on a busy machine, one call in twenty may be held up by the OS).
  const latencies: number[] = [];
  for (let k = 0; k < 20; k += 1) {
    const asked = Date.now();
    await callHost(request, 'getAppInfo', []);
    latencies.push(Date.now() - asked);
  }
  latencies.sort((a, b) => a - b);
  expect(latencies[18]).toBeLessThan(200);
  expect(latencies[19]).toBeLessThan(1000);
  await page.screenshot({ path: test.info().outputPath('import-progress.png') });

  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-status')).toHaveText('Impor dibatalkan; tidak ada yang disimpan.');
  await expect(page.getByTestId('import-progress')).toHaveCount(0);
  expect(await sessionCount(request)).toBe(0);
});

test('a file with bad players and a file over the size cap are refused with clear messages', async ({ page, request }) => {
  const document = await exportedDocument(request);
  const bad = { ...document, sessions: [{ ...document.sessions[0], name: 'Latihan Polres Bulungan', players: [1, 2, 3] }] };
  await page.goto('/');
  await page.getByTestId('menu-archive').click();
  await page.getByTestId('session-import').setInputFiles({ name: 'pemain-rusak.sispamkota', mimeType: 'application/octet-stream', buffer: pack(bad) });
  await expect(page.getByTestId('import-status')).toContainText('Berkas ditolak: Sesi "Latihan Polres Bulungan": kolom "players');
  await page.screenshot({ path: test.info().outputPath('import-refused.png') });

  await page.getByTestId('session-import').setInputFiles({ name: 'besar.sispamkota', mimeType: 'application/octet-stream', buffer: Buffer.alloc(6 * 1024 * 1024, 1) });
  await expect(page.getByTestId('import-status')).toHaveText('Berkas "besar.sispamkota" berukuran 6,0 MB; batasnya 5,0 MB. Berkas tidak dibaca.');
  expect(await sessionCount(request)).toBe(0);
});
