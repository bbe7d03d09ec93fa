import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect } from './support/browserHost';
import { docScreenshot, takingDocScreenshots } from './support/docScreenshots';
import { confirmHandoff } from './support/handoff';

/**
 * Issue #6 "Play it", end to end as a person plays it: a new session through the form and the
 * briefing, three full hot-seat turns (hand-off, select a unit in the list, order it on the map,
 * finish planning; playback paused, sped up, resumed or skipped; the turn summary), then a reload and
 * "Lanjutkan" that must land on the player whose turn it was, with their draft. Only clicks, drags and
 * keys; no back doors into state.
 */

/** Where orders are given, as fractions of the map view. */
const CLICK_SPOT: [number, number] = [0.61, 0.49];
const DRAG_FROM: [number, number] = [0.5, 0.62];
const DRAG_TO: [number, number] = [0.56, 0.62];

interface SessionPlan {
  name: string;
  venue: 'kpu-office' | 'lapangan-agathis';
  police: string[];
  crowd: string | null;
  crowdSize: number;
  /** Fixed seed, so the run is repeatable. */
  seed: number;
  /** Name of the Direktur Latihan, if the session has one. */
  instructor?: string;
}

/**
 * Software WebGL (SwiftShader) draws a frame in about a second here, and every pointer event and click
 * waits for one, so except when the README's pictures are taken the game is played in a smaller window
 * with shadows off (the setting for slow laptops; foundation.spec tests that setting's screen).
 */
test.use({ viewport: takingDocScreenshots ? { width: 1280, height: 800 } : { width: 960, height: 600 } });

async function createSession(page: Page, request: APIRequestContext, plan: SessionPlan): Promise<void> {
  if (!takingDocScreenshots) {
    const stored = await request.post('/api/host', { data: { method: 'updateSettings', args: [{ shadows: false }] } });
    expect(stored.ok()).toBe(true);
  }
  await page.goto('/');
  await page.getByTestId('menu-new-session').click();
  await page.getByTestId(`venue-option-${plan.venue}`).click();
  await page.getByTestId('session-name').fill(plan.name);
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

/** The hand-off screen for `name` (exact title), confirmed. */
async function takeDevice(page: Page, name: string): Promise<void> {
  await expect(page.getByTestId('handoff-title')).toHaveText(`Giliran: ${name}`, { timeout: 60_000 });
  await confirmHandoff(page);
}

/** The render counters the 3D view publishes (reset whenever the map view mounts). */
interface StatsWindow {
  __sispamkotaRenderStats?: { frames: number };
}

/**
 * The map view mounts when a player starts planning; its camera takes its place in the first frames.
 * A pointer before that would be read with another camera, so map input waits for a few frames.
 */
async function waitForMapFrames(page: Page): Promise<void> {
  await page.waitForFunction(() => ((globalThis as unknown as StatsWindow).__sispamkotaRenderStats?.frames ?? 0) >= 3, undefined, { timeout: 30_000 });
}

async function viewPoint(page: Page, [fx, fy]: [number, number]): Promise<[number, number]> {
  const box = await page.getByTestId('game-view').boundingBox();
  if (!box) throw new Error('no map view');
  return [box.x + box.width * fx, box.y + box.height * fy];
}

/**
 * Selects the player's first unit in the list and orders it on the map: a plain click on the ground
 * (`click`), or a Shift-drag (which always means the ground, never a unit). Returns the plan as listed.
 * A police unit's default order is Bergerak (a drag adds Hadap at its end), a crowd group's Long march.
 */
async function giveOneOrder(page: Page, how: 'click' | 'drag', side: 'police' | 'crowd'): Promise<string[]> {
  const unit = page.getByTestId('unit-list').getByRole('button').first();
  await unit.click();
  const unitName = (await unit.locator('.unit-name').textContent()) ?? '';
  await waitForMapFrames(page);
  if (how === 'click') {
    const [x, y] = await viewPoint(page, CLICK_SPOT);
    await page.mouse.click(x, y);
  } else {
    const [x1, y1] = await viewPoint(page, DRAG_FROM);
    const [x2, y2] = await viewPoint(page, DRAG_TO);
    await page.keyboard.down('Shift');
    await page.mouse.move(x1, y1);
    await page.mouse.down();
    await page.mouse.move(x2, y2, { steps: 2 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
  }
  const expected = side === 'crowd' ? [`${unitName}: Long march`] : how === 'drag' ? [`${unitName}: Bergerak`, `${unitName}: Hadap`] : [`${unitName}: Bergerak`];
  await expect(page.getByTestId('plan-list').locator('.plan-order-title')).toHaveText(expected);
  return expected;
}

/** A hot-seat player as the hand-off names them. */
interface Player {
  name: string;
  side: 'police' | 'crowd';
}

/** One hot-seat round: each player takes the device, gives one order, finishes planning. */
async function planTurn(page: Page, players: Player[], turn: number, shots: { handoff?: string; planning?: string }): Promise<void> {
  for (const [index, { name, side }] of players.entries()) {
    await expect(page.getByTestId('handoff').locator('.handoff-turn')).toHaveText(`Giliran ke-${turn}`, { timeout: 60_000 });
    if (index === 0 && shots.handoff) await docScreenshot(page, shots.handoff);
    await takeDevice(page, name);
    if (index === 0) await expect(page.getByTestId('hud-turn').locator('dd')).toHaveText(String(turn));
    // The first order of the session is a plain click on the ground; later ones are Shift-drags,
    // which mean the ground wherever the units have moved to.
    await giveOneOrder(page, turn === 1 && index === 0 ? 'click' : 'drag', side);
    if (index === 0 && shots.planning) await docScreenshot(page, shots.planning);
    await page.getByTestId('plan-end').click();
  }
}

/**
 * Plays the turn back. It starts at the settings' speed, 1×: a turn takes a dozen seconds at least, so
 * the first click lands before its end. Either pause, 8×, play on and let the turn end by itself, or skip.
 */
async function playBack(page: Page, turn: number, finish: 'play-8x' | 'skip', screenshot?: string): Promise<void> {
  const controls = page.getByTestId('playback-controls');
  await expect(controls.locator('h2')).toHaveText(`Resolusi giliran ${turn}`, { timeout: 60_000 });
  if (finish === 'skip') {
    await page.getByTestId('playback-skip').click();
  } else {
    const pause = page.getByTestId('playback-pause');
    await pause.click();
    await expect(pause).toHaveText('Putar');
    await page.getByTestId('speed-8').click();
    await expect(page.getByTestId('speed-8')).toHaveAttribute('aria-pressed', 'true');
    if (screenshot && takingDocScreenshots) await shootMidTurn(page, screenshot);
    await pause.click();
    await expect(pause).toHaveText('Jeda');
  }
  await expect(page.getByTestId('turn-summary').locator('h2')).toHaveText(`Ringkasan giliran ${turn}`, { timeout: 120_000 });
  await expect(controls).toHaveCount(0);
}

/** Screenshots only: plays on at 1× until the clock moved, pauses, and saves the picture. */
async function shootMidTurn(page: Page, name: string): Promise<void> {
  const clock = page.getByTestId('hud-time').locator('dd');
  const start = await clock.textContent();
  await page.getByTestId('speed-1').click();
  await page.getByTestId('playback-pause').click();
  await expect(clock).not.toHaveText(start ?? '');
  await page.getByTestId('playback-pause').click();
  await expect(page.getByTestId('playback-pause')).toHaveText('Putar');
  await docScreenshot(page, name);
  await page.getByTestId('speed-8').click();
}

/** Between turns, the one thing every summary must show: the Anev judgement of each measure ordered, and the score. */
async function expectJudgements(page: Page): Promise<void> {
  const anev = page.getByTestId('turn-summary').locator('.summary-anev');
  await expect(anev.locator('.judgement').first()).toBeVisible();
  await expect(anev).toContainText(/Perkap|Protap|KUHP/);
  await expect(page.getByTestId('summary-score')).toBeVisible();
  await expect(page.getByTestId('summary-score-parts').locator('tr[data-part="protection"]')).toContainText('/30');
  await expect(page.getByTestId('hud-level')).toBeVisible();
}

async function playThreeTurns(
  page: Page, players: Player[], shots: { prefix: string }, betweenTurns?: (turn: number) => Promise<void>, director?: (turn: number) => Promise<void>,
): Promise<void> {
  for (let turn = 1; turn <= 3; turn++) {
    const first = turn === 1;
    await test.step(`plan turn ${turn}`, () =>
      planTurn(page, players, turn, first ? { handoff: `${shots.prefix}handoff.png`, planning: `${shots.prefix}planning.png` } : {}));
    await test.step(`play back turn ${turn}`, () => playBack(page, turn, first ? 'play-8x' : 'skip', first ? `${shots.prefix}playback.png` : undefined));
    await expect(page.getByTestId('hud-turn').locator('dd')).toHaveText(String(turn + 1));
    if (first) {
      await expectJudgements(page);
      await page.getByTestId('turn-summary').locator('h2').scrollIntoViewIfNeeded();
      await docScreenshot(page, `${shots.prefix}summary.png`);
    }
    if (betweenTurns) await test.step(`after turn ${turn}`, () => betweenTurns(turn));
    await page.getByTestId('summary-next').click();
    if (director) await test.step(`director after turn ${turn}`, () => director(turn));
  }
}

/**
 * After the summary the device goes to the Direktur Latihan, whose console the players never see. On
 * the first turn the director raises the level to kuning and injects the provocateur's first throw,
 * each confirmed; a second inject is queued and withdrawn again; "Selesai" sends the queue. Otherwise
 * the director hands straight back.
 */
async function directorTurn(page: Page, turn: number): Promise<void> {
  await expect(page.getByTestId('handoff-title')).toHaveText('Serahkan ke Direktur Latihan');
  await expect(page.getByTestId('game-view')).toHaveCount(0);
  await page.getByTestId('director-ready').click();
  const console_ = page.getByTestId('director-console');
  await expect(console_).toBeVisible();
  await expect(page.getByTestId('director-plans')).toContainText('Danton Charlie');
  if (turn === 1) {
    await page.getByTestId('instructor-reason').fill('Massa mulai mengabaikan himbauan');
    await page.getByTestId('instructor-level-kuning').click();
    await expect(page.getByTestId('director-confirm')).toContainText('Tetapkan tingkat situasi Kuning mulai giliran 2?');
    await page.getByTestId('director-confirm-yes').click();
    const inject = page.getByTestId('instructor-inject-provokator-lempar');
    await inject.click();
    await page.getByTestId('director-confirm-yes').click();
    // Nothing is sent yet: the queue holds it (this inject may repeat, so its button stays).
    await expect(page.getByTestId('director-queue')).toContainText('Suntikkan "Provokator melempar botol ke barisan"');
    // A second inject, queued and withdrawn: its button comes back, no row moved.
    const other = page.getByTestId('instructor-inject-isu-hasil-direkayasa');
    const rowsBefore = await page.getByTestId('director-injects').locator('li').count();
    await other.click();
    await page.getByTestId('director-confirm-yes').click();
    await expect(other).toBeDisabled();
    await expect(other).toHaveText('Dalam antrean');
    await expect(page.getByTestId('director-queue').locator('li')).toHaveCount(3);
    await page.getByTestId('director-withdraw-2').click();
    await expect(page.getByTestId('director-queue').locator('li')).toHaveCount(2);
    await expect(other).toBeEnabled();
    await expect(other).toHaveText('Suntikkan');
    await expect(page.getByTestId('director-injects').locator('li')).toHaveCount(rowsBefore);
    await docScreenshot(page, 'instructor.png');
  }
  await page.getByTestId('director-finish').click();
}

/** Reloads, opens the session `sessionName` from "Lanjutkan" and expects the hand-off of `name`. */
async function resumeAndExpect(page: Page, sessionName: string, name: string): Promise<void> {
  await page.reload();
  await page.getByTestId('menu-resume').click();
  const row = page.getByTestId('session-row').filter({ hasText: sessionName });
  await expect(row).toHaveCount(1);
  await row.getByTestId('session-open').click();
  await expect(page.getByTestId('handoff-title')).toHaveText(`Giliran: ${name}`, { timeout: 60_000 });
}

test('KPU office: two police players and a crowd player, three turns, then resume with the draft', async ({ page, request }) => {
  test.setTimeout(600_000);
  const police = ['Danton Alfa', 'Danton Bravo'];
  const crowd = 'Korlap Merah';
  const name = 'Pleno KPU (e2e)';
  await createSession(page, request, { name, venue: 'kpu-office', police, crowd, crowdSize: 200, seed: 20240214 });
  const players: Player[] = [...police.map((p) => ({ name: p, side: 'police' as const })), { name: crowd, side: 'crowd' }];
  await playThreeTurns(page, players, { prefix: '' });
  // Turn 4: Alfa finishes, Bravo starts an order but leaves it as a draft; the device is reloaded.
  await planTurn(page, players.slice(0, 1), 4, {});
  await takeDevice(page, police[1]!);
  const draft = await giveOneOrder(page, 'drag', 'police');
  await expect(page.getByTestId('planning-panel').locator('.draft-state')).toHaveText('Draf tersimpan');
  await resumeAndExpect(page, name, police[1]!);
  await page.getByTestId('handoff-ready').click();
  await expect(page.getByTestId('plan-list').locator('.plan-order-title')).toHaveText(draft);
  await expect(page.getByTestId('hud-turn').locator('dd')).toHaveText('4');
});

test('Lapangan Agathis: crowd left to the scenario, a director, three turns, then resume', async ({ page, request }) => {
  test.setTimeout(600_000);
  const police = ['Danton Charlie', 'Danton Delta'];
  const name = 'Simulasi Agathis (e2e)';
  await createSession(page, request, { name, venue: 'lapangan-agathis', police, crowd: null, crowdSize: 200, seed: 20241127, instructor: 'Kompol Rina (Dirlat)' });
  const players: Player[] = police.map((p) => ({ name: p, side: 'police' }));
  await playThreeTurns(page, players, { prefix: 'agathis-' }, async (turn) => {
    if (turn === 2) {
      // The override and the injected event are on the record of the turn that follows.
      await expect(page.getByTestId('summary-changes')).toContainText(/Hijau → Kuning/);
      await expect(page.getByTestId('summary-changes')).toContainText('penetapan instruktur');
      const injected = page.getByTestId('summary-incidents').locator('li[data-event="provokator-lempar"]');
      await expect(injected).toHaveCount(1);
      await expect(injected).toHaveAttribute('data-by', 'instructor');
      await expect(injected).toContainText('Provokator melempar botol ke barisan');
      await expect(page.getByTestId('summary-incidents').locator('li[data-event="isu-hasil-direkayasa"][data-by="instructor"]')).toHaveCount(0);
      // The second turn's score shows its change since the first.
      await expect(page.getByTestId('summary-score').locator('.score-delta').first()).toHaveText(/^[+−±]\d+$/);
      await page.getByTestId('summary-score').scrollIntoViewIfNeeded();
      await page.screenshot({ path: test.info().outputPath('summary-turn-2.png') });
    }
  }, (turn) => directorTurn(page, turn));
  await planTurn(page, players.slice(0, 1), 4, {});
  // Charlie's plan is on the host once the device is offered to Delta; then the device is reloaded.
  await expect(page.getByTestId('handoff-title')).toHaveText(`Giliran: ${police[1]!}`);
  await resumeAndExpect(page, name, police[1]!);
  await page.getByTestId('handoff-ready').click();
  await expect(page.getByTestId('plan-list')).toHaveCount(0);
  await expect(page.getByTestId('planning-panel')).toContainText('Belum ada perintah.');
  await expect(page.getByTestId('hud-turn').locator('dd')).toHaveText('4');
});
