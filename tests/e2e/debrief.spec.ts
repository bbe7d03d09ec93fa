import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import type { SessionDetail } from '../../shared/contract/sessions';
import { tickAtFraction } from '../../shared/debrief/timeline';
import { test, expect } from './support/browserHost';
import { docScreenshot } from './support/docScreenshots';
import { callHost } from './support/hostApi';
import { confirmHandoff } from './support/handoff';

/**
 * Issue #13, the debrief as the instructor uses it after an exercise: a session (three turns recorded
 * through the host, the fourth played through the screens) is opened from Arsip & Debrief; the scrub
 * bar is dragged and clicked; an event in the log is clicked and the view and HUD must show that
 * moment, with the same numbers as the engine's own seek; a note and a bookmark are added; the Anev
 * report is opened, printed to PDF by Chromium and its first page rendered with pdftoppm; then a
 * what-if branch is made from the end of turn 2, one turn of it is played, and its debrief compares it
 * with the original. Prints the longest long task seen while opening and scrubbing.
 */

const NAME = 'Anev debrief (e2e)';
const TURNS_RECORDED = 3;

/** Plays one turn through the screens: every player takes the device and ends planning, then the playback is skipped. */
async function playOneTurn(page: Page, turn: number): Promise<void> {
  const controls = page.getByTestId('playback-controls');
  for (let player = 0; player < 6; player++) {
    const handoff = page.getByTestId('handoff-ready');
    await expect(handoff.or(controls)).toBeVisible({ timeout: 60_000 });
    if (await controls.isVisible()) break;
    await confirmHandoff(page);
    await page.getByTestId('plan-end').click();
  }
  await expect(controls.locator('h2')).toHaveText(`Resolusi giliran ${turn}`, { timeout: 60_000 });
  await page.getByTestId('playback-skip').click();
  await expect(page.getByTestId('turn-summary').locator('h2')).toHaveText(`Ringkasan giliran ${turn}`, { timeout: 120_000 });
}

/** Opens `name`'s debrief from Arsip & Debrief and waits until its first moment is shown. */
async function openDebrief(page: Page, name: string): Promise<void> {
  await page.goto('/');
  await page.getByTestId('menu-archive').click();
  const row = page.getByTestId('session-row').filter({ hasText: name });
  await expect(row).toHaveCount(1);
  await row.getByTestId('session-debrief').click();
  await expect(page.getByTestId('screen-debrief')).toHaveAttribute('data-status', 'ready', { timeout: 60_000 });
  await expect(page.getByTestId('debrief-view')).toHaveAttribute('data-tick', /\d+/);
}

/** The tick the view and the clock show, once both agree. */
async function shownTick(page: Page): Promise<number> {
  const clock = page.getByTestId('replay-clock');
  const tick = Number(await clock.getAttribute('data-tick'));
  await expect(page.getByTestId('debrief-view')).toHaveAttribute('data-tick', String(tick));
  return tick;
}

/** Moves the moment shown to `target` with the scrub bar's keys (Shift+arrow: 20 ticks, arrow: 1), checking where it is after each. */
async function stepTo(page: Page, target: number): Promise<void> {
  const clock = page.getByTestId('replay-clock');
  for (let presses = 0; presses < 200; presses++) {
    const now = Number(await clock.getAttribute('data-tick'));
    if (now === target) break;
    const gap = target - now;
    await page.getByTestId('timeline').focus();
    await page.keyboard.press(Math.abs(gap) >= 20 ? (gap > 0 ? 'Shift+ArrowRight' : 'Shift+ArrowLeft') : gap > 0 ? 'ArrowRight' : 'ArrowLeft');
  }
  await expect(page.getByTestId('debrief-view')).toHaveAttribute('data-tick', String(target), { timeout: 30_000 });
  await expect(clock).toHaveAttribute('data-tick', String(target));
}

async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const store = globalThis as unknown as { __longest?: number };
    store.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) store.__longest = Math.max(store.__longest ?? 0, entry.duration);
    }).observe({ type: 'longtask' as never });
  });
}

async function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as { __longest?: number }).__longest ?? 0);
}

/**
 * Runs tests/support/debriefCli.ts with tsx (the engine bundles JSON venue files Playwright's loader
 * cannot import) against this spec's host and returns what it printed.
 */
function debriefCli<T>(url: string, ...args: string[]): T {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'tests/support/debriefCli.ts', args[0]!, url, ...args.slice(1)], { encoding: 'utf8', timeout: 240_000 });
  return JSON.parse(out) as T;
}

/** A logged judgement after turn 1 and the HUD of the engine's own seek to its moment, worded as the HUD words it. */
interface EngineMoment {
  index: number;
  fromTick: number;
  entries: number;
  hud: Record<'time' | 'legitimacy' | 'active' | 'injured' | 'arrests' | 'damage' | 'level', string>;
}

async function setupSession(request: APIRequestContext, url: string): Promise<void> {
  await callHost(request, 'updateSettings', [{ shadows: false }]);
  debriefCli(url, 'record', NAME, String(TURNS_RECORDED), '200');
}

test('debrief: scrub, jump to a logged event, notes, the Anev report as PDF, a what-if branch', async ({ page, request, browserHost }, testInfo) => {
  test.setTimeout(600_000);
  page.on('pageerror', (error) => console.log(`[debrief.spec] page error: ${error.message}`));
  await setupSession(request, browserHost.url);

  await test.step('play turn 4 through the screens', async () => {
    await page.goto('/');
    await page.getByTestId('menu-resume').click();
    await page.getByTestId('session-row').filter({ hasText: NAME }).getByTestId('session-open').click();
    await playOneTurn(page, TURNS_RECORDED + 1);
  });
  const sessions = await callHost<{ id: string; name: string }[]>(request, 'listSessions', [{}]);
  const original = sessions.find((s) => s.name === NAME)!;
  const detail = await callHost<SessionDetail>(request, 'openSession', [original.id]);
  expect(detail.turns).toHaveLength(TURNS_RECORDED + 1);
  const endTick = detail.turns.at(-1)!.endTick;

  await test.step('open the debrief from Arsip & Debrief, at the end', async () => {
    await page.goto('/');
    await watchLongTasks(page);
    await page.getByTestId('menu-archive').click();
    await page.getByTestId('session-row').filter({ hasText: NAME }).getByTestId('session-debrief').click();
    await expect(page.getByTestId('screen-debrief')).toHaveAttribute('data-status', 'ready', { timeout: 60_000 });
    await expect(page.getByTestId('debrief-view')).toHaveAttribute('data-tick', String(endTick), { timeout: 30_000 });
  });

  const bar = page.getByTestId('timeline');
  await test.step('drag the scrub bar, then click on it', async () => {
    const box = (await bar.boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.15, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, y, { steps: 4 });
    const dropX = box.x + box.width * 0.42;
    await page.mouse.move(dropX, y, { steps: 2 });
    await page.mouse.up();
    const dropped = tickAtFraction((dropX - box.x) / box.width, endTick);
    await expect.poll(() => shownTick(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(dropped - 1);
    expect(Math.abs((await shownTick(page)) - dropped)).toBeLessThanOrEqual(1);
    const clickX = box.x + box.width * 0.7;
    await page.mouse.click(clickX, y);
    const clicked = tickAtFraction((clickX - box.x) / box.width, endTick);
    await expect.poll(async () => Math.abs((await shownTick(page)) - clicked), { timeout: 30_000 }).toBeLessThanOrEqual(1);
  });
  console.log(`[debrief.spec] longest long task while opening and scrubbing (software WebGL drawing included): ${Math.round(await longestTask(page))} ms`);

  await test.step('scrub again with the 3D drawing hidden: what the page itself costs per jump', async () => {
    // Software WebGL takes most of a second per frame here; hiding the view leaves the debrief's own work.
    const hiding = await page.addStyleTag({ content: '.debrief-view canvas { display: none !important; }' });
    await watchLongTasks(page);
    const box = (await bar.boundingBox())!;
    for (const fraction of [0.05, 0.93, 0.37, 0.61, 0.12, 0.78, 0.5, 0.29]) {
      await page.mouse.click(box.x + box.width * fraction, box.y + box.height / 2);
      const wanted = tickAtFraction(fraction, endTick);
      await expect.poll(async () => Math.abs((await shownTick(page)) - wanted), { timeout: 30_000 }).toBeLessThanOrEqual(1);
    }
    console.log(`[debrief.spec] longest long task while scrubbing 8 times with the 3D drawing hidden: ${Math.round(await longestTask(page))} ms`);
    await hiding.evaluate((node) => (node as unknown as { remove(): void }).remove());
  });

  await test.step('click an event in the log: the view and the HUD show that moment, as the engine seeks it', async () => {
    // A judgement after turn 1, away from the moment shown, so the jump is a real one.
    const moment = debriefCli<EngineMoment>(browserHost.url, 'moment', original.id);
    const target = moment;
    const row = page.locator(`[data-testid=log-row][data-entry="${target.index}"]`);
    // The log draws only the rows in view: scroll it to the entry's place first.
    const list = page.getByTestId('event-log');
    for (let tries = 0; tries < 20 && (await row.count()) === 0; tries++) {
      await list.evaluate((element, fraction) => element.scrollTo({ top: element.scrollHeight * fraction }), target.index / moment.entries);
      await page.waitForTimeout(250);
    }
    await row.scrollIntoViewIfNeeded();
    await row.click();
    await expect(page.getByTestId('debrief-view')).toHaveAttribute('data-tick', String(target.fromTick), { timeout: 30_000 });
    await expect(page.getByTestId('replay-clock')).toHaveAttribute('data-tick', String(target.fromTick));
    const expected = moment.hud;
    await expect(page.getByTestId('hud-time').locator('dd')).toHaveText(expected.time);
    await expect(page.getByTestId('hud-level')).toHaveAttribute('data-level', expected.level);
    for (const id of ['legitimacy', 'active', 'injured', 'arrests', 'damage'] as const) {
      await expect(page.getByTestId(`hud-${id}`).locator('dd')).toHaveText(expected[id]);
    }
    await docScreenshot(page, 'debrief.png');
  });

  await test.step('add a note here and a bookmark at the end of turn 3', async () => {
    await page.getByTestId('side-tab-notes').click();
    await page.getByTestId('note-author').fill('Kompol Rina (Dirlat)');
    await page.getByTestId('note-text').fill('Himbauan ketiga terlambat; negosiator belum dipanggil.');
    await page.getByTestId('note-add').click();
    await expect(page.getByTestId('note-item')).toHaveCount(1);
    await bar.focus();
    await page.keyboard.press('End');
    await expect(page.getByTestId('replay-clock')).toHaveAttribute('data-tick', String(endTick));
    await page.getByTestId('note-kind-new-bookmark').check();
    await page.getByTestId('note-text').fill('Akhir latihan: garis Dalmas bertahan');
    await page.getByTestId('note-add').click();
    await expect(page.getByTestId('note-item')).toHaveCount(2);
    await expect(page.locator('[data-testid=note-item][data-kind=bookmark]')).toHaveAttribute('data-tick', String(endTick));
  });

  await test.step('the Anev report: built, printed to PDF by Chromium, page one rendered', async () => {
    await page.getByTestId('debrief-report').click();
    const view = page.getByTestId('report-view');
    await expect(view).toHaveAttribute('data-state', 'ready', { timeout: 180_000 });
    const report = page.getByTestId('anev-report');
    await expect(report.locator('h1')).toHaveText('Laporan Analisa dan Evaluasi (Anev)');
    await expect(report.locator('[data-section=judgements]').first()).toContainText(/Perkap|Protap|KUHP/);
    await expect(report.locator('[data-section=notes]')).toContainText('Himbauan ketiga terlambat');
    await expect(page.getByTestId('report-picture')).toHaveCount(1);
    await expect(page.getByTestId('report-picture')).toHaveAttribute('data-state', 'ready');
    const picture = await page.getByTestId('report-picture').locator('img').getAttribute('src');
    expect(picture).toMatch(/^data:image\/png;base64,/);
    await expect(page.getByTestId('report-print')).toBeEnabled();
    await docScreenshot(page, 'debrief-report.png');

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pdfPath = testInfo.outputPath('anev-report.pdf');
    writeFileSync(pdfPath, pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    console.log(`[debrief.spec] the report printed to ${pages} A4 pages (${Math.round(pdf.length / 1024)} KiB)`);
    expect(pages).toBeGreaterThanOrEqual(2);
    if (existsSync('/usr/bin/pdftoppm')) {
      const prefix = testInfo.outputPath('anev-report-page');
      execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdfPath, prefix]);
      const png = [`${prefix}-1.png`, `${prefix}-01.png`].find((path) => existsSync(path))!;
      expect(statSync(png).size).toBeGreaterThan(10_000);
      await testInfo.attach('report page 1', { body: readFileSync(png), contentType: 'image/png' });
      console.log(`[debrief.spec] page one of the report rendered to ${png}`);
    } else {
      console.log('[debrief.spec] pdftoppm is not installed (apt-get install poppler-utils): page one was not rendered');
    }
    await page.getByTestId('report-close').click();
    await expect(view).toHaveCount(0);
  });

  const branchName = `${NAME} — cabang giliran 2`;
  await test.step('branch from the end of turn 2 and play one turn of the branch', async () => {
    const branch = page.getByTestId('debrief-branch');
    await stepTo(page, detail.turns[1]!.endTick - 1);
    await expect(branch).toBeDisabled();
    await expect(branch).toHaveAttribute('title', /hanya dapat dibuat di akhir giliran/);
    await stepTo(page, detail.turns[1]!.endTick);
    await expect(branch).toBeEnabled();
    await expect(branch).toHaveAttribute('data-turn', '2');
    await branch.click();
    await expect(page.getByTestId('branch-dialog')).toBeVisible();
    await expect(page.getByTestId('branch-name')).toHaveValue(branchName);
    await page.getByTestId('branch-confirm').click();
    await playOneTurn(page, 3);
  });

  await test.step('the branch in the library and its debrief compared with the original', async () => {
    await openDebrief(page, branchName);
    await expect(page.getByTestId('screen-debrief').locator('.branch-badge')).toContainText(NAME);
    await page.getByTestId('side-tab-compare').click();
    const table = page.getByTestId('compare-table');
    await expect(table).toBeVisible({ timeout: 30_000 });
    await expect(table.locator('tbody tr')).toHaveCount(11);
    await expect(page.getByTestId('compare-tab')).toContainText('asli: giliran 4 · cabang: giliran 3');
  });
});
