import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';

/**
 * Screenshots for docs/screenshots are taken only by `npm run screenshots` (which sets
 * SISPAMKOTA_SCREENSHOTS=1); an ordinary test run never writes into tracked files.
 */
export const takingDocScreenshots = process.env.SISPAMKOTA_SCREENSHOTS === '1';

const directory = resolve('docs/screenshots');

/** Saves the page as docs/screenshots/`name` when screenshots were asked for; otherwise does nothing. */
export async function docScreenshot(page: Page, name: string): Promise<void> {
  if (!takingDocScreenshots) return;
  mkdirSync(directory, { recursive: true });
  await page.screenshot({ path: join(directory, name) });
}
