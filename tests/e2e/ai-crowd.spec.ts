import { test, expect } from './support/browserHost';

/**
 * Issue #16 end to end: a new session whose crowd is played by the AI at a chosen level and plan; the
 * one police player plans two turns (the AI plans its side by itself, with no hand-off), and each
 * turn's summary shows the AI's intent: its plan and level, and what each group was told and why.
 */

test.use({ viewport: { width: 1280, height: 800 } });

test('the AI plays the crowd at the chosen level and its intent is in the turn summary', async ({ page, request }, testInfo) => {
  test.setTimeout(480_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  const stored = await request.post('/api/host', { data: { method: 'updateSettings', args: [{ shadows: false }] } });
  expect(stored.ok()).toBe(true);
  await page.goto('/');
  await page.getByTestId('menu-new-session').click();
  await page.getByTestId('venue-option-kpu-office').click();
  await page.getByTestId('scenario-select').selectOption('pleno-kpu');
  await page.getByTestId('session-name').fill('Latihan AI');
  await page.getByTestId('police-count').selectOption('1');
  await page.getByTestId('police-name-0').fill('Danki Alfa');
  await page.getByTestId('crowd-ai').check();
  // The level's one-line description is shown where it is chosen, and changes with it.
  const hint = page.getByTestId('ai-level-hint');
  await expect(hint).toContainText('satu giliran terlambat');
  await page.getByTestId('ai-level').selectOption('ahli');
  await expect(hint).toContainText('Menimbang semua pilihan');
  await page.getByTestId('ai-plan').selectOption('pintu-samping');
  await page.getByTestId('crowd-size').fill('120');
  await page.getByTestId('session-seed').fill('7');
  await page.screenshot({ path: testInfo.outputPath('ai-setup.png') });
  await page.getByTestId('to-briefing').click();
  await expect(page.getByTestId('briefing')).toContainText('Dimainkan komputer (AI), Ahli');
  await page.getByTestId('briefing-start').click();

  for (let turn = 1; turn <= 2; turn++) {
    // Only the police player gets a hand-off: the AI crowd plans without one.
    await expect(page.getByTestId('handoff-title')).toHaveText('Giliran: Danki Alfa', { timeout: 60_000 });
    await page.getByTestId('handoff-ready').click();
    await expect(page.getByTestId('planning-panel')).toBeVisible();
    await expect(page.getByTestId('plan-end')).toBeVisible();
    expect(errors).toEqual([]);
    await page.getByTestId('plan-end').click();
    await expect(page.getByTestId('playback-controls').locator('h2')).toHaveText(`Resolusi giliran ${turn}`, { timeout: 60_000 });
    await page.getByTestId('playback-skip').click();
    const summary = page.getByTestId('turn-summary');
    await expect(summary.locator('h2')).toHaveText(`Ringkasan giliran ${turn}`, { timeout: 120_000 });
    const ai = page.getByTestId('summary-ai');
    await expect(ai).toBeVisible();
    await expect(page.getByTestId('summary-ai-plan')).toHaveText('Rencana: Pengalihan di depan, jebol gerbang samping · tingkat Ahli');
    // One line per crowd group on the field, naming the order and why.
    await expect(page.getByTestId('summary-ai-line').first()).toContainText(/Massa .*: .* — /);
    await ai.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`ai-summary-${turn}.png`) });
    await page.getByTestId('summary-next').click();
  }
  await expect(page.getByTestId('handoff-title')).toHaveText('Giliran: Danki Alfa', { timeout: 60_000 });
});
