import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TOUR_DWELL_MS } from '../features/present/use-tour-playback';
import { useBuiltAtlas } from './support/built-atlas';
import { browserAvailable } from './support/browser';
import { openAtlas } from './support/atlas-page';
import { SELF_NAMED_NUMBERS } from './support/expected';

const captionNumber = (page: Page) => page.locator('.caption .point-number').textContent();
const position = (page: Page) => page.getByTestId('presentation-position').textContent();
const [first, second, third] = SELF_NAMED_NUMBERS.map(String);
const SELF_COUNT = SELF_NAMED_NUMBERS.length;

describe.skipIf(!browserAvailable())('presentation mode and the guided tour', () => {
  const atlas = useBuiltAtlas();

  it('opens from a link straight into the presentation, with the notice in compact form', async () => {
    const page = await openAtlas(atlas.browser.context, atlas.server.url, '?mode=present&point=16');
    await page.getByTestId('presentation').waitFor();
    expect(await captionNumber(page)).toBe('16');
    expect(await page.locator('.presentation__notice').innerText()).toMatch(/unverified/i);
    expect(await page.locator('.caption .caution').innerText()).toMatch(/gentl/i);
    const whereSize = await page
      .locator('.caption .point-facts__description')
      .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(whereSize).toBeGreaterThanOrEqual(32);
    await page.close();
  });

  it('says what the sources disagree about, one line each', async () => {
    const page = await openAtlas(atlas.browser.context, atlas.server.url, '?mode=present&point=7');
    const lines = page.locator('.caption [data-testid="disagreements"] li');
    expect(await lines.count()).toBeGreaterThan(0);
    for (const line of await lines.allInnerTexts()) expect(line).toMatch(/^D\d+ \S/);
    await page.close();
  });

  it('is entered with P, stepped with clicker keys and number keys, and left with Esc', async () => {
    const page = await openAtlas(atlas.browser.context, atlas.server.url, '?self=named');
    await page.keyboard.press('p');
    await page.getByTestId('presentation').waitFor();
    expect(new URL(page.url()).searchParams.get('mode')).toBe('present');
    await page.keyboard.press('PageDown');
    expect(await captionNumber(page)).toBe(first);
    expect(await position(page)).toBe(`1 of ${SELF_COUNT}`);
    await page.keyboard.press('PageDown');
    expect(await captionNumber(page)).toBe(second);
    await page.keyboard.press('ArrowRight');
    expect(await captionNumber(page)).toBe(third);
    await page.keyboard.press('PageUp');
    expect(await captionNumber(page)).toBe(second);
    await page.keyboard.press('1');
    await page.keyboard.press('6');
    expect(await captionNumber(page)).toBe('16');
    expect(new URL(page.url()).searchParams.get('point')).toBe('16');
    await page.keyboard.press('Escape');
    await page.getByTestId('evidence-notice').waitFor();
    expect(new URL(page.url()).searchParams.get('mode')).toBeNull();
    expect(await page.getByTestId('point-details').locator('.eyebrow').textContent()).toMatch(
      /^Point 16/,
    );
    await page.close();
  });

  it('plays a tour through the chosen set, resting on each point for its time', async () => {
    const page = await atlas.browser.context.newPage();
    // The page's clock is ours: the tour's rest is skipped through, not waited out.
    await page.clock.install();
    await page.goto(new URL('?mode=present', atlas.server.url).toString());
    await page.waitForSelector('html[data-atlas-live] .atlas');
    await page.getByLabel('Which points to present').selectOption('self');
    expect(await position(page)).toBe(`– of ${SELF_COUNT}`);
    // Held still from here on: however long the page takes to draw a posture, no rest runs out
    // unless the test moves the clock. Held a few seconds ahead, as it cannot be sent back.
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 5000));
    try {
      await page.getByRole('button', { name: 'Play tour' }).click();
      await page.locator('.caption .point-number', { hasText: first }).waitFor();
      await page.clock.fastForward(TOUR_DWELL_MS - 100);
      expect(await captionNumber(page), 'still resting on the first point').toBe(first);
      await page.clock.fastForward(200);
      await page.locator('.caption .point-number', { hasText: second }).waitFor();
      expect(await position(page)).toBe(`2 of ${SELF_COUNT}`);
      await page.getByRole('button', { name: 'Pause tour' }).click();
      expect(
        await page.getByRole('button', { name: 'Play tour' }).getAttribute('aria-pressed'),
      ).toBe('false');
    } finally {
      await page.clock.resume(); // the clock is the browser context's: later tests share it
      await page.close();
    }
  });
});
