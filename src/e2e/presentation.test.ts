import type { Page } from 'playwright-core';
import { TOUR_DWELL_MS } from '../features/present/tour-dwell';
import { openAtlas } from './support/atlas-page';
import { SELF_NAMED_NUMBERS } from './support/expected';
import { expect, test } from './support/fixtures';

const caption = (page: Page) => page.locator('.caption .point-number');
const position = (page: Page) => page.getByTestId('presentation-position');
const pointInLink = (page: Page) => new URL(page.url()).searchParams.get('point');
const modeInLink = (page: Page) => new URL(page.url()).searchParams.get('mode');
const [first, second, third] = SELF_NAMED_NUMBERS.map(String) as [string, string, string];
const SELF_COUNT = SELF_NAMED_NUMBERS.length;

test.describe('presentation mode and the guided tour', () => {
  test('opens from a link straight into the presentation, with the notice in compact form', async ({
    page,
  }) => {
    await openAtlas(page, '?mode=present&point=16');
    await expect(page.getByTestId('presentation')).toBeVisible();
    await expect(caption(page)).toHaveText('16');
    await expect(page.locator('.presentation__notice')).toHaveText(/unverified/i, {
      useInnerText: true,
    });
    await expect(page.locator('.caption .caution')).toHaveText(/gentl/i, { useInnerText: true });
    await expect
      .poll(() =>
        page
          .locator('.caption .point-facts__description')
          .evaluate((element) => parseFloat(getComputedStyle(element).fontSize)),
      )
      .toBeGreaterThanOrEqual(32);
  });

  test('makes a lesson: saved on the device, stepped in its order, opened from its link', async ({
    page,
    context,
  }) => {
    await openAtlas(page, '?mode=present');
    await page.getByLabel('Which points to present').selectOption('new-lesson');
    const editor = page.getByRole('dialog', { name: 'Make a lesson' });
    await editor.getByLabel('Name').fill('Feet, Tuesday');
    await editor.getByLabel('Points, in the order to show them').fill('17, 3, 17');
    await editor.getByRole('button', { name: 'Save and present' }).click();
    // A number twice is named back, and nothing is saved yet.
    await expect(editor.getByRole('alert')).toHaveText(/Point 17 is named twice/);
    await editor.getByLabel('Points, in the order to show them').fill('17, 3 right, 8');
    // Typing in the dialog never steps or blanks the presentation behind it.
    await editor.getByLabel('Name').press('b');
    await expect(page.getByTestId('presentation-blank')).toHaveCount(0);
    await editor.getByLabel('Name').fill('Feet, Tuesday');
    await editor.getByRole('button', { name: 'Save and present' }).click();
    const link = await editor.getByLabel("The lesson's link").inputValue();
    expect(new URL(link).search).toBe('?mode=present&point=17&points=17,3R,8');
    await editor.getByRole('button', { name: 'Present it' }).click();
    await expect(editor).toBeHidden();
    await expect(caption(page)).toHaveText('17');
    await expect(position(page)).toHaveText('1 of 3');
    await page.keyboard.press('PageDown');
    await expect(caption(page)).toHaveText('3');
    // Point 3 is shown on the side the lesson names: only its right foot's pin is up.
    const pinned = page.locator('.marker[data-point="3"][data-selected="true"]');
    await expect(pinned).toHaveCount(1);
    await expect(pinned).toHaveAttribute('data-side', 'right');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect(caption(page)).toHaveText('8');

    // Tomorrow, on this device: the lesson is in the list.
    await page.reload();
    await expect(
      page
        .getByLabel('Which points to present')
        .locator('option', { hasText: 'Feet, Tuesday (3)' }),
    ).toHaveCount(1);
    // And on another device, from its link.
    const other = await context.browser()!.newContext();
    try {
      const elsewhere = await other.newPage();
      await elsewhere.goto(link);
      await expect(caption(elsewhere)).toHaveText('17');
      await expect(position(elsewhere)).toHaveText('1 of 3');
      await elsewhere.keyboard.press('PageDown');
      await expect(caption(elsewhere)).toHaveText('3');
      await expect(
        elsewhere.locator('.marker[data-point="3"][data-selected="true"]'),
      ).toHaveAttribute('data-side', 'right');
    } finally {
      await other.close();
    }
  });

  test('says what the sources disagree about, one line each', async ({ page }) => {
    await openAtlas(page, '?mode=present&point=7');
    const lines = page.locator('.caption [data-testid="disagreements"] li');
    await expect(lines).not.toHaveCount(0);
    for (const line of await lines.allInnerTexts()) expect(line).toMatch(/^D\d+ \S/);
  });

  test('is entered with P, stepped with clicker keys and number keys, blanked, made full screen and left with Esc', async ({
    page,
  }) => {
    // The page's clock is ours, so that the two digits below count as typed together.
    await page.clock.install();
    await openAtlas(page, '?self=named');
    await page.keyboard.press('p');
    await expect(page.getByTestId('presentation')).toBeVisible();
    await expect.poll(() => modeInLink(page)).toBe('present');
    await page.keyboard.press('PageDown');
    await expect(caption(page)).toHaveText(first);
    await expect(position(page)).toHaveText(`1 of ${SELF_COUNT}`);
    await page.keyboard.press('PageDown');
    await expect(caption(page)).toHaveText(second);
    await page.keyboard.press('ArrowRight');
    await expect(caption(page)).toHaveText(third);
    await page.keyboard.press('PageUp');
    await expect(caption(page)).toHaveText(second);
    // Digits wait 700 ms for the next one; on a busy machine drawing point 1 alone can take
    // longer, so time stands still while the two are typed, as for a quick typist.
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
    await page.keyboard.press('1');
    await page.keyboard.press('6');
    await expect(caption(page)).toHaveText('16');
    await page.clock.resume();
    await expect.poll(() => pointInLink(page)).toBe('16');

    // The clicker's blank key: black, a step pressed meanwhile changes nothing, then back.
    await page.keyboard.press('.');
    const blank = page.getByTestId('presentation-blank');
    await expect(blank).toBeVisible();
    await expect(blank).toHaveCSS('background-color', 'rgb(0, 0, 0)');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('b');
    await expect(blank).toBeHidden();
    await expect(caption(page)).toHaveText('16');
    // F: full screen, and F again: back.
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);

    // No class follows: Esc leaves at once.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('evidence-notice')).toBeVisible();
    await expect.poll(() => modeInLink(page)).toBeNull();
    await expect(page.getByTestId('point-details').locator('.eyebrow')).toHaveText(/^Point 16/);
  });

  test('plays a tour through the chosen set, resting on each point for its time', async ({
    page,
  }) => {
    // The page's clock is ours: the tour's rest is skipped through, not waited out.
    await page.clock.install();
    await openAtlas(page, '?mode=present');
    await page.getByLabel('Which points to present').selectOption('self');
    await expect(position(page)).toHaveText(`– of ${SELF_COUNT}`);
    // Held still from here on: however long the page takes to draw a posture, no rest runs out
    // unless the test moves the clock. Held a few seconds ahead, as it cannot be sent back.
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 5000));
    await page.getByRole('button', { name: 'Play tour' }).click();
    await expect(caption(page)).toHaveText(first);
    await page.clock.fastForward(TOUR_DWELL_MS - 100);
    await expect(caption(page), 'still resting on the first point').toHaveText(first);
    await page.clock.fastForward(200);
    await expect(caption(page)).toHaveText(second);
    await expect(position(page)).toHaveText(`2 of ${SELF_COUNT}`);
    await page.getByRole('button', { name: 'Pause tour' }).click();
    await expect(page.getByRole('button', { name: 'Play tour' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });
});
