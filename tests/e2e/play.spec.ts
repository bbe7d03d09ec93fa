import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect, type Page } from '@playwright/test';

/**
 * Issue #6 "Play it", end to end as a person plays it: a new session through the form and the
 * briefing, three full hot-seat turns (hand-off, select a unit in the list, click the ground, finish
 * planning; playback at 8× then skip; the turn summary), then a reload and "Lanjutkan" that must land
 * on the player whose turn it was. Only clicks, drags and keys; no back doors into state.
 */

const screenshotDirectory = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
mkdirSync(screenshotDirectory, { recursive: true });

/** Ground points to try, as fractions of the map view (the first that yields an order is used). */
const GROUND_SPOTS: [number, number][] = [[0.5, 0.62], [0.42, 0.7], [0.6, 0.55], [0.35, 0.5], [0.65, 0.75]];

interface SessionPlan {
  venue: 'kpu-office' | 'lapangan-agathis';
  police: string[];
  crowd: string | null;
  crowdSize: number;
  /** Fixed seed, so the run is repeatable. */
  seed: number;
  /** Name of the Direktur Latihan, if the session has one. */
  instructor?: string;
}

async function createSession(page: Page, plan: SessionPlan): Promise<void> {
  await page.goto('/');
  await page.getByTestId('menu-new-session').click();
  await page.getByTestId(`venue-option-${plan.venue}`).click();
  await page.getByTestId('police-count').selectOption(String(plan.police.length));
  for (const [index, name] of plan.police.entries()) await page.getByTestId(`police-name-${index}`).fill(name);
  if (plan.crowd) {
    await page.getByTestId('crowd-person').check();
    await page.getByTestId('crowd-name').fill(plan.crowd);
  } else {
    await page.getByTestId('crowd-script').check();
  }
  await page.getByTestId('crowd-size').fill(String(plan.crowdSize));
  await page.getByTestId('session-seed').fill(String(plan.seed));
  if (plan.instructor) await page.getByTestId('instructor-name').fill(plan.instructor);
  await page.getByTestId('to-briefing').click();
  await expect(page.getByTestId('briefing')).toBeVisible();
  await page.getByTestId('briefing-start').click();
}

/** Selects the player's first unit in the list and clicks the ground until the plan holds an order. */
async function giveOneOrder(page: Page, screenshot?: string): Promise<void> {
  await expect(page.getByTestId('planning-panel')).toBeVisible();
  await page.getByTestId('unit-list').getByRole('button').first().click();
  const view = page.getByTestId('game-view');
  const box = await view.boundingBox();
  if (!box) throw new Error('no map view');
  for (const [fx, fy] of GROUND_SPOTS) {
    await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
    if ((await page.getByTestId('plan-list').count()) > 0) break;
    // A click that hit another unit deselects or selects; pick ours again from the list.
    await page.getByTestId('unit-list').getByRole('button').first().click();
  }
  await expect(page.getByTestId('plan-list').locator('li')).not.toHaveCount(0);
  if (screenshot) await page.screenshot({ path: `${screenshotDirectory}${screenshot}` });
}

async function planTurn(page: Page, players: string[], shots: { handoff?: string; planning?: string }): Promise<void> {
  for (const [index, name] of players.entries()) {
    await expect(page.getByTestId('handoff-title')).toContainText(name, { timeout: 60_000 });
    if (index === 0 && shots.handoff) await page.screenshot({ path: `${screenshotDirectory}${shots.handoff}` });
    await page.getByTestId('handoff-ready').click();
    await giveOneOrder(page, index === 0 ? shots.planning : undefined);
    await page.getByTestId('plan-end').click();
  }
}

async function playBack(page: Page, screenshot?: string): Promise<void> {
  await expect(page.getByTestId('playback-controls')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('speed-8').click();
  if (screenshot) {
    await page.waitForTimeout(1500);
    if (await page.getByTestId('playback-controls').isVisible()) await page.screenshot({ path: `${screenshotDirectory}${screenshot}` });
  }
  // The turn may end on its own between the check and the click (the button then goes away), so the
  // click gets a short timeout instead of waiting for a button that no longer exists.
  const skip = page.getByTestId('playback-skip');
  if (await skip.isVisible()) await skip.click({ timeout: 10_000 }).catch(() => undefined);
  await expect(page.getByTestId('turn-summary')).toBeVisible({ timeout: 120_000 });
}

/** Between turns, the one thing every summary must show: the Anev judgement of each measure ordered. */
async function expectJudgements(page: Page): Promise<void> {
  await expect(page.getByTestId('summary-judgements').locator('li').first()).toBeVisible();
  await expect(page.getByTestId('summary-judgements')).toContainText(/Perkap|Protap|KUHP/);
  await expect(page.getByTestId('summary-score')).toBeVisible();
  await expect(page.getByTestId('hud-level')).toBeVisible();
}

async function playThreeTurns(page: Page, players: string[], shots: { prefix: string } | null, betweenTurns?: (turn: number) => Promise<void>): Promise<void> {
  for (let turn = 1; turn <= 3; turn++) {
    const first = shots !== null && turn === 1;
    await planTurn(page, players, first ? { handoff: `${shots.prefix}handoff.png`, planning: `${shots.prefix}planning.png` } : {});
    await playBack(page, first ? `${shots.prefix}playback.png` : undefined);
    await expect(page.getByTestId('hud-turn')).toContainText(String(turn + 1));
    if (turn === 1) await expectJudgements(page);
    if (first) {
      await page.getByTestId('turn-summary').locator('h2').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${screenshotDirectory}${shots.prefix}summary.png` });
    }
    if (betweenTurns) await betweenTurns(turn);
    await page.getByTestId('summary-next').click();
  }
}

/** The Direktur Latihan raises the level to kuning and injects the provocateur's first throw, as the room would see it. */
async function directorActs(page: Page): Promise<void> {
  const panel = page.getByTestId('instructor-panel');
  await panel.locator('summary').click();
  await page.getByTestId('instructor-reason').fill('Massa mulai mengabaikan himbauan');
  await page.getByTestId('instructor-level-kuning').click();
  await expect(page.getByTestId('hud-level')).toHaveAttribute('data-level', 'kuning');
  await page.getByTestId('instructor-inject-provokator-lempar').click();
  await expect(page.getByTestId('instructor-inject-provokator-lempar')).toBeDisabled();
  await page.screenshot({ path: `${screenshotDirectory}instructor.png` });
}

/** Reloads, opens the session from "Lanjutkan" and expects the hand-off of `name`. */
async function resumeAndExpect(page: Page, name: string): Promise<void> {
  await page.reload();
  await page.getByTestId('menu-resume').click();
  await page.getByTestId('session-row').first().getByTestId('session-open').click();
  await expect(page.getByTestId('handoff-title')).toContainText(name, { timeout: 60_000 });
}

test.describe.configure({ mode: 'serial' });

test('KPU office: two police players and a crowd player, three turns, then resume', async ({ page }) => {
  test.setTimeout(900_000);
  const police = ['Danton Alfa', 'Danton Bravo'];
  const crowd = 'Korlap Merah';
  await createSession(page, { venue: 'kpu-office', police, crowd, crowdSize: 200, seed: 20240214 });
  await playThreeTurns(page, [...police, crowd], { prefix: '' });
  // Turn 4: Alfa finishes, Bravo starts an order but leaves it as a draft; the device is reloaded.
  await planTurn(page, [police[0]!], {});
  await expect(page.getByTestId('handoff-title')).toContainText(police[1]!);
  await page.getByTestId('handoff-ready').click();
  await giveOneOrder(page);
  await expect(page.getByTestId('planning-panel')).toContainText(/Draf tersimpan|Draft saved/);
  await resumeAndExpect(page, police[1]!);
  await page.getByTestId('handoff-ready').click();
  await expect(page.getByTestId('plan-list').locator('li')).not.toHaveCount(0);
  await expect(page.getByTestId('hud-turn')).toContainText('4');
});

test('Lapangan Agathis: crowd left to the scenario, three turns, then resume', async ({ page }) => {
  test.setTimeout(900_000);
  const police = ['Danton Charlie', 'Danton Delta'];
  await createSession(page, { venue: 'lapangan-agathis', police, crowd: null, crowdSize: 200, seed: 20241127, instructor: 'Kompol Rina (Dirlat)' });
  await playThreeTurns(page, police, { prefix: 'agathis-' }, async (turn) => {
    if (turn === 1) await directorActs(page);
    // The override is on the record of the turn that follows, as the director's decision.
    if (turn === 2) await expect(page.getByTestId('summary-changes')).toContainText(/Direktur Latihan|exercise director/);
  });
  await planTurn(page, [police[0]!], {});
  // Charlie's plan is on the host once the device is offered to Delta; then the device is reloaded.
  await expect(page.getByTestId('handoff-title')).toContainText(police[1]!);
  await resumeAndExpect(page, police[1]!);
});
