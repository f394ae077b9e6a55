import { describe, expect, it } from 'vitest';
import { useBuiltAtlas } from './support/built-atlas';
import { browserAvailable } from './support/browser';
import { listedPointNumbers, openAtlas } from './support/atlas-page';

describe.skipIf(!browserAvailable())('first screen, in Chromium', () => {
  const atlas = useBuiltAtlas();

  it('shows the evidence notice with the contraindications one click away', async () => {
    const page = await openAtlas(atlas.browser.context, atlas.server.url);
    const notice = page.getByTestId('evidence-notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(/unverified/i);
    await page.getByRole('button', { name: 'When not to massage' }).click();
    const dialog = page.getByRole('dialog', { name: 'When not to massage' });
    expect(await dialog.isVisible()).toBe(true);
    expect(await dialog.locator('li').count()).toBeGreaterThan(5);
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
    await page.close();
  });

  it('lists all 24 points in order, each starting with its number', async () => {
    const page = await openAtlas(atlas.browser.context, atlas.server.url);
    expect(await listedPointNumbers(page)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    const firstText = await page.locator('[data-testid="point-list"] > li').first().innerText();
    expect(firstText.trim().startsWith('1')).toBe(true);
    expect(await page.getByTestId('result-count').textContent()).toBe('All 24 points');
    await page.close();
  });

  it('filters to exactly the six self-massage points and puts the filter in the link', async () => {
    const page = await openAtlas(atlas.browser.context, atlas.server.url);
    await page.getByLabel('Named for self-massage').check();
    expect(await listedPointNumbers(page)).toEqual([3, 8, 9, 11, 13, 24]);
    expect(await page.getByTestId('result-count').textContent()).toBe('6 of 24 points');
    expect(new URL(page.url()).searchParams.get('self')).toBe('named');
    await page.getByLabel('Pair or single').selectOption('midline');
    expect(await listedPointNumbers(page)).toEqual([]);
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    expect(await listedPointNumbers(page)).toHaveLength(24);
    await page.close();
  });

  it('shows point 16 with its caution when picked from the list', async () => {
    const page = await openAtlas(atlas.browser.context, atlas.server.url);
    await page.locator('[data-point="16"] button').click();
    const details = page.getByTestId('point-details');
    expect(await details.getByRole('heading', { level: 2 }).textContent()).toMatch(/neck/i);
    const cautions = await page.getByTestId('cautions').innerText();
    expect(cautions).toMatch(/gentl/i);
    expect(cautions).toMatch(/three minutes|3 min/i);
    expect(new URL(page.url()).searchParams.get('point')).toBe('16');
    expect(await page.getByTestId('selection-announcer').textContent()).toMatch(
      /^Point 16 selected/,
    );
    await page.close();
  });

  it('opens a deep link straight on a point, with its disagreements flagged', async () => {
    const page = await openAtlas(atlas.browser.context, atlas.server.url, '?point=7&region=leg');
    expect(await page.getByTestId('point-details').locator('.eyebrow').textContent()).toMatch(
      /^Point 7/,
    );
    expect(await page.getByTestId('disagreements').isVisible()).toBe(true);
    expect(await listedPointNumbers(page)).toContain(7);
    expect(await page.locator('[data-point="7"] button').getAttribute('aria-current')).toBe('true');
    await page.close();
  });

  it('ignores a bad link setting with a visible hint and keeps the rest of the link', async () => {
    const page = await openAtlas(
      atlas.browser.context,
      atlas.server.url,
      '?point=99&self=named&<script>=1',
    );
    const hints = await page.getByTestId('link-hints').innerText();
    expect(hints).toMatch(/point=99 was ignored/);
    expect(hints).toContain('<script>');
    expect(await page.locator('script:not([src])').count()).toBe(0);
    expect(await listedPointNumbers(page)).toEqual([3, 8, 9, 11, 13, 24]);
    expect(await page.getByTestId('welcome').isVisible()).toBe(true);
    await page.close();
  });

  it('made no request beyond its own origin', () => {
    expect(atlas.foreign).toEqual([]);
  });
});
