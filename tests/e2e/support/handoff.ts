import { expect, type Page } from '@playwright/test';

/**
 * The player named on the hand-off confirms holding the device. The crowd player then reads its own
 * briefing and starts planning from there ("Mulai merencanakan"); everyone else goes straight to planning.
 */
export async function confirmHandoff(page: Page): Promise<void> {
  await page.getByTestId('handoff-ready').click();
  const start = page.getByTestId('handoff-start');
  await expect(start.or(page.getByTestId('planning-panel'))).toBeVisible();
  if (await start.isVisible()) await start.click();
  await expect(page.getByTestId('planning-panel')).toBeVisible();
}
