import Database from 'better-sqlite3';
import { join } from 'node:path';
import { test, expect } from './support/browserHost';
import { callHost, SMALL_SETUP } from './support/hostApi';

/** The small KPU game with its crowd left to the scenario: one police player plans, then the turn resolves. */
const SETUP = { ...SMALL_SETUP, players: [SMALL_SETUP.players[0]] };

/**
 * Storage under an ordinary fault, as the room meets it (issue #10): while another program holds the
 * database's write lock, finishing a plan is refused with the cause and what to do in the player's
 * language; nothing is half-saved; once the lock is gone, finishing again plays the turn, and the
 * stored log has no gap.
 */

test.use({ viewport: { width: 960, height: 600 } });

test('a database locked by another program: told why, nothing lost, finishing again plays the turn', async ({ page, request, browserHost }) => {
  await callHost(request, 'updateSettings', [{ shadows: false }]);
  const created = await callHost<{ summary: { id: string } }>(request, 'createSession', [
    { name: 'Uji kunci basis data', scenarioId: 'storage-test', setup: SETUP, seed: 5, players: [{ id: 'polisi', name: 'Kapolres', role: 'police' }], crowdController: 'script' },
  ]);
  const id = created.summary.id;

  await page.goto('/');
  await page.getByTestId('menu-resume').click();
  await page.getByTestId('session-open').click();
  await expect(page.getByTestId('handoff-title')).toHaveText('Giliran: Kapolres', { timeout: 60_000 });
  await page.getByTestId('handoff-ready').click();
  await expect(page.getByTestId('planning-panel')).toBeVisible();

  const locker = new Database(join(browserHost.dataDirectory, 'sispamkota.sqlite'));
  try {
    locker.exec('BEGIN IMMEDIATE');
    await page.getByTestId('plan-end').click();
    // The host waits out its busy timeout (5 s), then the player is told the cause and what to do.
    await expect(page.getByTestId('error-banner-message')).toHaveText(/sedang dikunci oleh program lain.*sesi tidak berubah/, { timeout: 30_000 });
    await expect(page.getByTestId('planning-panel')).toBeVisible();
    const during = await callHost<{ commands: unknown[]; turns: unknown[] }>(request, 'openSession', [id]);
    expect(during.commands).toEqual([]);
    expect(during.turns).toEqual([]);
  } finally {
    locker.exec('ROLLBACK');
    locker.close();
  }

  await page.getByTestId('error-dismiss').click();
  await page.getByTestId('plan-end').click();
  await expect(page.getByTestId('screen-game')).toHaveAttribute('data-phase', /playback|summary/, { timeout: 60_000 });
  await expect
    .poll(async () => (await callHost<{ turns: unknown[] }>(request, 'openSession', [id])).turns.length, { timeout: 60_000 })
    .toBe(1);
  const after = await callHost<{ commands: { type: string }[] }>(request, 'openSession', [id]);
  expect(after.commands.map((command) => command.type)).toEqual(['submitOrders', 'endPlan', 'resolveTurn']);
});
