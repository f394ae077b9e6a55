import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import rawDataset from '../../points/points.json';
import { useBuiltAtlas } from './support/built-atlas';
import { browserAvailable } from './support/browser';
import { listedPointNumbers, openAtlas } from './support/atlas-page';
import { POINT_COUNT, POINT_NUMBERS, SELF_NAMED_NUMBERS } from './support/expected';

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

  it("loads the first screen's code without the points' details, which come after it", async () => {
    const html = await (await fetch(atlas.server.url)).text();
    const scripts = [...html.matchAll(/<script type="module"[^>]* src="([^"]+)"/g)].map(
      (match) => match[1]!,
    );
    expect(scripts.length).toBeGreaterThan(0);
    const code = (
      await Promise.all(
        scripts.map(async (src) => (await fetch(new URL(src, atlas.server.url))).text()),
      )
    ).join('\n');
    const point12 = rawDataset.points.find((point) => point.number === 12)!;
    expect(code).toContain(JSON.stringify(point12.name).slice(1, -1));
    expect(code).not.toContain(JSON.stringify(point12.location.description).slice(1, -1));
    expect(code).not.toContain(JSON.stringify(rawDataset.disagreements[0]!.title).slice(1, -1));
    // The details still reach the page once it has painted.
    const page = await openAtlas(atlas.browser.context, atlas.server.url);
    await page.locator('[data-point="12"] button').click();
    await page.getByTestId('point-details').getByText(point12.location.description).waitFor();
    await page.close();
  });

  it('lists every point in order, each starting with its number', async () => {
    const page = await openAtlas(atlas.browser.context, atlas.server.url);
    expect(await listedPointNumbers(page)).toEqual(POINT_NUMBERS);
    const firstText = await page.locator('[data-testid="point-list"] > li').first().innerText();
    expect(firstText.trim().startsWith('1')).toBe(true);
    expect(await page.getByTestId('result-count').textContent()).toBe(`All ${POINT_COUNT} points`);
    await page.close();
  });

  it('filters to exactly the six self-massage points and puts the filter in the link', async () => {
    const page = await openAtlas(atlas.browser.context, atlas.server.url);
    await page.getByLabel('Named for self-massage').check();
    expect(await listedPointNumbers(page)).toEqual(SELF_NAMED_NUMBERS);
    expect(await page.getByTestId('result-count').textContent()).toBe(
      `${SELF_NAMED_NUMBERS.length} of ${POINT_COUNT} points`,
    );
    expect(new URL(page.url()).searchParams.get('self')).toBe('named');
    await page.getByLabel('Pair or single').selectOption('midline');
    expect(await listedPointNumbers(page)).toEqual([]);
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    expect(await listedPointNumbers(page)).toHaveLength(POINT_COUNT);
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
    // The head's one inline script is the build's opening-link marker; nothing may reach the body.
    expect(await page.locator('body script:not([src])').count()).toBe(0);
    expect(await listedPointNumbers(page)).toEqual(SELF_NAMED_NUMBERS);
    expect(await page.getByTestId('welcome').isVisible()).toBe(true);
    await page.close();
  });

  it('ships the notice and every point in the HTML itself, before any script runs', async () => {
    const html = await (await fetch(atlas.server.url)).text();
    const root = html.slice(html.indexOf('<div id="root">'));
    expect(root).toContain(rawDataset.evidence.headline);
    for (const point of rawDataset.points) expect(root).toContain(escapeHtml(point.name));
  });

  it('hydrates the prerendered screen in place for a plain link, with no console error', async () => {
    const page = await atlas.browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await page.addInitScript({ content: WATCH_PRERENDERED_ROOT });
    await page.goto(atlas.server.url);
    await page.waitForSelector('html[data-atlas-live] .atlas');
    await page.locator('[data-point="16"] button').click();
    expect(await page.getByTestId('cautions').isVisible()).toBe(true);
    // Checked after a click, when every part of the page has certainly been hydrated.
    expect(await page.evaluate('window.__prerender()')).toEqual({
      shown: true,
      hiddenForLink: false,
      replaced: false,
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the plain prerendered screen out of sight when a link opens a point', async () => {
    const page = await atlas.browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await page.addInitScript({ content: WATCH_PRERENDERED_ROOT });
    await page.goto(new URL('?point=12', atlas.server.url).toString());
    await page.waitForSelector('html[data-atlas-live] .atlas');
    expect(await page.evaluate('window.__prerender()')).toEqual({
      shown: true,
      hiddenForLink: true,
      replaced: true,
    });
    expect(await page.locator('html').getAttribute('data-opening-link')).toBeNull();
    expect(await page.locator('#root').evaluate((root) => getComputedStyle(root).visibility)).toBe(
      'visible',
    );
    const point12 = rawDataset.points.find((point) => point.number === 12)!;
    expect(await page.getByTestId('point-details').locator('h2').textContent()).toContain(
      point12.name,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("still shows the plain screen when a link's app script never arrives", async () => {
    const page = await atlas.browser.context.newPage();
    await page.route(/\/assets\/[\w.-]+\.js$/, (route) => route.abort());
    await page.goto(new URL('?point=12', atlas.server.url).toString());
    const root = page.locator('#root');
    expect(await root.evaluate((element) => getComputedStyle(element).visibility)).toBe('hidden');
    // app.css reveals it after 4 s without the app; poll a little past that.
    await expect
      .poll(() => root.evaluate((element) => getComputedStyle(element).visibility), {
        timeout: 8_000,
      })
      .toBe('visible');
    expect(await page.getByTestId('evidence-notice').isVisible()).toBe(true);
    await page.close();
  });

  it('made no request beyond its own origin', () => {
    expect(atlas.foreign).toEqual([]);
  });
});

/**
 * Runs before the page's HTML is parsed. Records whether the prerendered .atlas arrived with the
 * HTML and whether <html> was already marked as opening a link then, and keeps the prerendered
 * notice, filters and list elements: `window.__prerender()` then says whether the app kept those
 * very elements (hydrated them) or replaced them (drew afresh, or fell back from hydration).
 */
const WATCH_PRERENDERED_ROOT = `
  const seen = { shown: false, hiddenForLink: false };
  const kept = new Map();
  const STABLE = ['[data-testid="evidence-notice"]', 'fieldset', '[data-testid="point-list"]'];
  const observer = new MutationObserver(() => {
    if (!seen.shown && document.querySelector('#root > .atlas') !== null) {
      seen.shown = true;
      seen.hiddenForLink = document.documentElement.hasAttribute('data-opening-link');
    }
    for (const selector of STABLE) {
      const element = document.querySelector('#root ' + selector);
      if (!kept.has(selector) && element !== null) kept.set(selector, element);
    }
    if (kept.size === STABLE.length) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
  window.__prerender = () => ({
    ...seen,
    replaced: kept.size < STABLE.length || [...kept.values()].some((element) => !element.isConnected),
  });
`;

function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');
}
