import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltAtlas } from './support/built-atlas';
import { browserAvailable } from './support/browser';
import { openAtlas } from './support/atlas-page';

const captionNumber = (page: Page) => page.locator('.caption__number').textContent();
const position = (page: Page) => page.getByTestId('presentation-position').textContent();

describe.skipIf(!browserAvailable())('presentation mode and the guided tour', () => {
  const atlas = useBuiltAtlas();

  it('opens from a link straight into the presentation, with the notice in compact form', async () => {
    const page = await openAtlas(atlas.browser.context, atlas.server.url, '?mode=present&point=16');
    await page.getByTestId('presentation').waitFor();
    expect(await captionNumber(page)).toBe('16');
    expect(await page.locator('.presentation__notice').innerText()).toMatch(/unverified/i);
    expect(await page.locator('.caption__caution').innerText()).toMatch(/gentl/i);
    const nameSize = await page
      .locator('.caption__where')
      .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(nameSize).toBeGreaterThanOrEqual(32);
    await page.close();
  });

  it('is entered with P, stepped with clicker keys and number keys, and left with Esc', async () => {
    const page = await openAtlas(atlas.browser.context, atlas.server.url, '?self=named');
    await page.keyboard.press('p');
    await page.getByTestId('presentation').waitFor();
    expect(new URL(page.url()).searchParams.get('mode')).toBe('present');
    await page.keyboard.press('PageDown');
    expect(await captionNumber(page)).toBe('3');
    expect(await position(page)).toBe('1 of 6');
    await page.keyboard.press('PageDown');
    expect(await captionNumber(page)).toBe('8');
    await page.keyboard.press('ArrowRight');
    expect(await captionNumber(page)).toBe('9');
    await page.keyboard.press('PageUp');
    expect(await captionNumber(page)).toBe('8');
    await page.keyboard.press('2');
    await page.keyboard.press('4');
    expect(await captionNumber(page)).toBe('24');
    expect(new URL(page.url()).searchParams.get('point')).toBe('24');
    await page.keyboard.press('Escape');
    await page.getByTestId('evidence-notice').waitFor();
    expect(new URL(page.url()).searchParams.get('mode')).toBeNull();
    expect(await page.getByTestId('point-details').locator('.eyebrow').textContent()).toMatch(
      /^Point 24/,
    );
    await page.close();
  });

  it('plays a tour through the chosen set, pausing on each point', async () => {
    const page = await openAtlas(atlas.browser.context, atlas.server.url, '?mode=present');
    await page.getByLabel('Which points to present').selectOption('self');
    expect(await position(page)).toBe('– of 6');
    await page.getByRole('button', { name: 'Play tour' }).click();
    await page.waitForFunction(
      () => document.querySelector('.caption__number')?.textContent === '3',
    );
    await page.waitForFunction(
      () => document.querySelector('.caption__number')?.textContent === '8',
      undefined,
      { timeout: 15_000 },
    );
    expect(await position(page)).toBe('2 of 6');
    await page.getByRole('button', { name: 'Pause tour' }).click();
    expect(await page.getByRole('button', { name: 'Play tour' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    await page.close();
  });
});
