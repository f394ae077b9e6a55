import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import ICAL from 'ical.js';
import { openAtlas } from './support/atlas-page';
import { axeViolations } from './support/axe';
import { PHONE, PHONE_LANDSCAPE, TABLET } from './support/devices';
import { SELF_NAMED_NUMBERS } from './support/expected';
import { expect, test } from './support/fixtures';

const SCREENSHOTS = 'test-results/screenshots/routine';
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DIARY_KEY = 'acupressure-atlas.diary';

/** What a download holds, as text. */
async function downloaded(download: Download): Promise<string> {
  return readFileSync((await download.path())!, 'utf8');
}

/** Clicks `button` and returns the file it downloads. */
async function downloadFrom(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return downloaded(download);
}

test.describe('the routine at home', () => {
  for (const device of [PHONE, PHONE_LANDSCAPE, TABLET]) {
    test.describe(device.name, () => {
      test.use(device.options);

      test('from the first screen to a running timer in four taps, every screen accessible', async ({
        page,
      }) => {
        // Eight screens, each checked by axe and photographed at the device's scale: about a
        // minute on a quiet two-core machine, more beside other tests.
        test.setTimeout(150_000);
        const { width, height } = page.viewportSize()!;
        const shot = (step: string) =>
          page.screenshot({ path: `${SCREENSHOTS}/${width}x${height}-${step}.png` });
        await openAtlas(page);
        let taps = 0;
        const tap = async (name: string | RegExp) => {
          taps += 1;
          await page.getByRole('button', { name, exact: true }).tap();
        };
        // In the top bar, not behind the sheet.
        await expect(page.getByTestId('routine-shortcut')).toBeInViewport();
        await tap('Self-massage routine');
        await page.locator('.routine-check').waitFor();
        await shot('1-check');
        expect(await axeViolations(page)).toEqual([]);
        await tap('None of these apply to me');
        await page.locator('.routine-plan').waitFor();
        await shot('2-plan');
        expect(await axeViolations(page)).toEqual([]);
        await tap(`Begin: ${SELF_NAMED_NUMBERS.length} points`);
        await page.locator('.routine-step').waitFor();
        await tap('Start');
        await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
        expect(taps).toBeLessThanOrEqual(6);
        await shot('3-running');
        // The timer and its controls are on screen, not under its edge (a phone on its side).
        await expect(page.getByTestId('routine-time')).toBeInViewport();
        await expect(page.getByRole('button', { name: 'Skip this point' })).toBeInViewport();
        await page.getByRole('button', { name: 'Pause' }).tap();
        await expect(page.getByTestId('routine-paused')).toBeVisible();
        await shot('4-paused');
        expect(await axeViolations(page)).toEqual([]);

        // Stopped part way: the diary keeps it, and the first screen offers to resume.
        await page.getByRole('button', { name: 'Diary' }).tap();
        await expect(page.getByTestId('diary-empty')).toBeVisible();
        await page.getByRole('button', { name: 'Close the diary' }).tap();
        await page.getByRole('button', { name: 'Leave' }).tap();
        await expect(page.getByTestId('routine-shortcut')).toHaveText('Resume');
        await page.getByTestId('routine-shortcut').tap();
        await page.locator('.routine-step').waitFor();
        await page.getByRole('button', { name: 'Diary' }).tap();
        await expect(page.getByTestId('diary-entry')).toHaveCount(1);
        await expect(page.getByTestId('diary-entry')).toContainText('stopped part way');
        await shot('5-diary');
        expect(await axeViolations(page)).toEqual([]);

        // The end, with how it went and a reminder for next time.
        await page.getByRole('button', { name: 'Close the diary' }).tap();
        for (let i = 0; i < SELF_NAMED_NUMBERS.length; i++)
          await page.getByRole('button', { name: 'Skip this point' }).tap();
        await expect(page.getByTestId('routine-summary')).toHaveText(/Partly done\s*1/);
        await shot('6-summary');
        await page.getByRole('button', { name: 'Remind me' }).tap();
        await page.getByRole('radio', { name: 'On these days' }).check();
        await page.getByRole('button', { name: 'Add to my calendar' }).scrollIntoViewIfNeeded();
        await shot('7-remind');
        expect(await axeViolations(page)).toEqual([]);

        // And a condition that applies: the stop, plainly.
        await page.getByRole('button', { name: 'Start again' }).tap();
        await page.getByRole('button', { name: 'Some apply' }).tap();
        await page.locator('.routine-condition').first().tap();
        await page.getByRole('button', { name: 'Continue' }).tap();
        await expect(page.locator('.routine-stopped')).toBeVisible();
        await shot('8-stopped');
        expect(await axeViolations(page)).toEqual([]);
      });
    });
  }

  test('the routine is in the row of modes on a laptop', async ({ page }) => {
    await openAtlas(page);
    await expect(page.getByTestId('routine-shortcut')).toBeHidden();
    await page
      .getByRole('navigation', { name: 'Mode' })
      .getByRole('button', { name: 'Routine' })
      .click();
    await expect(page.locator('.routine-check')).toBeVisible();
  });

  test('a finished routine goes in the diary with how it felt, survives a reload, exports and deletes', async ({
    page,
  }) => {
    await page.clock.install({ time: new Date('2026-03-02T18:00:00Z') });
    await page.goto(`?mode=routine&points=${SELF_NAMED_NUMBERS[0]}`);
    await page.waitForSelector('html[data-atlas-live] .routine-layout');
    await page.getByRole('button', { name: 'None of these apply to me' }).click();
    // Before the first routine, what to expect is open; the rating before is optional.
    await expect(page.locator('.routine-expectations')).toHaveAttribute('open');
    await page.getByLabel(/Discomfort now/).selectOption('6');
    await page.getByRole('radio', { name: '1', exact: true }).check();
    await page.getByRole('button', { name: /^Begin/ }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.clock.fastForward(MINUTE + SECOND);
    await expect(page.getByTestId('routine-summary')).toHaveText(/Done\s*1/);
    await page.getByLabel(/Discomfort now/).selectOption('3');
    await page.getByLabel(/A note for yourself/).fill('warm feet, calmer');
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await page.waitForSelector('html[data-atlas-live] .routine-layout');
    await page.getByRole('button', { name: 'Diary' }).click();
    const entry = page.getByTestId('diary-entry');
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('finished');
    await expect(entry).toContainText('discomfort 6 → 3');
    await expect(entry).toContainText('warm feet, calmer');
    await expect(page.getByTestId('diary-chart')).toBeVisible();
    // What to expect is one tap away once a routine is in the diary.
    await page.getByRole('button', { name: 'Close the diary' }).click();
    await page.getByRole('button', { name: 'None of these apply to me' }).click();
    await expect(page.locator('.routine-expectations')).not.toHaveAttribute('open');
    await page.getByRole('button', { name: 'Diary' }).click();

    const csv = await downloadFrom(page, () =>
      page.getByRole('button', { name: 'Export CSV' }).click(),
    );
    const rows = csv.trim().split('\r\n');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatch(
      /^2026-03-02T18:01:\d\d\.\d{3}Z,finished,\d+,,,1\.0,6,3,"warm feet, calmer"$/,
    );
    const json = JSON.parse(
      await downloadFrom(page, () => page.getByRole('button', { name: 'Export JSON' }).click()),
    ) as { entries: { before: number; after: number }[] };
    expect(json.entries).toEqual([expect.objectContaining({ before: 6, after: 3 })]);

    await entry.getByRole('button', { name: /^Delete the entry/ }).click();
    await expect(page.getByTestId('diary-empty')).toBeVisible();
    await page.reload();
    await page.waitForSelector('html[data-atlas-live] .routine-layout');
    await page.getByRole('button', { name: 'Diary' }).click();
    await expect(page.getByTestId('diary-empty')).toBeVisible();
  });

  test('a corrupt diary is set aside with a notice, and kept', async ({ page }) => {
    await openAtlas(page);
    await page.evaluate(
      (key) => localStorage.setItem(key, '{"state":{"entries":[{"id":'),
      DIARY_KEY,
    );
    await page.goto('?mode=routine');
    await page.waitForSelector('html[data-atlas-live] .routine-layout');
    await page.getByRole('button', { name: 'Diary' }).click();
    await expect(page.getByTestId('diary-notice')).toContainText('could not be read');
    expect(await page.evaluate((key) => localStorage.getItem(`${key}.set-aside`), DIARY_KEY)).toBe(
      '{"state":{"entries":[{"id":',
    );
  });

  test('"Remind me" makes a calendar file with the chosen days and time, and sends nothing', async ({
    page,
  }) => {
    await page.goto('?mode=routine');
    await page.waitForSelector('html[data-atlas-live] .routine-layout');
    await page.getByRole('button', { name: 'Diary' }).click();
    await page.getByRole('button', { name: 'Remind me' }).click();
    await page.getByLabel('Time of day').fill('07:15');
    await page.getByRole('radio', { name: 'On these days' }).check();
    await page.getByRole('checkbox', { name: 'Mon' }).uncheck();
    await page.getByRole('checkbox', { name: 'Sat' }).check();
    expect(await axeViolations(page)).toEqual([]);
    const text = await downloadFrom(page, () =>
      page.getByRole('button', { name: 'Add to my calendar' }).click(),
    );
    await expect(page.getByTestId('remind-status')).toContainText('self-massage-reminder.ics');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(String(event.component.getFirstPropertyValue('rrule'))).toBe(
      'FREQ=WEEKLY;BYDAY=WE,FR,SA',
    );
    expect(event.startDate.hour).toBe(7);
    expect(event.startDate.minute).toBe(15);
    expect(['WE', 'FR', 'SA']).toContain(
      ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][event.startDate.dayOfWeek() - 1],
    );
    const link = new URL(String(event.component.getFirstPropertyValue('url')));
    expect(link.searchParams.get('mode')).toBe('routine');
    expect(link.searchParams.get('points')).toBe(SELF_NAMED_NUMBERS.join(','));
  });
});
