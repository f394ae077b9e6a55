import type { Page } from '@playwright/test';
import { listedPointNumbers, openAtlas } from './support/atlas-page';
import { DATASET } from './support/dataset';
import { POINT_COUNT, POINT_NUMBERS, SELF_NAMED_NUMBERS } from './support/expected';
import { expect, test } from './support/fixtures';

const point12 = DATASET.points.find((point) => point.number === 12)!;

/** The `point` setting of the page's link, once the app has written it. */
const linkedPoint = (page: Page) => new URL(page.url()).searchParams.get('point');

test.describe('first screen', () => {
  test('shows the evidence notice with the contraindications one click away', async ({ page }) => {
    await openAtlas(page);
    const notice = page.getByTestId('evidence-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(/unverified/i);
    const opener = page.getByRole('button', { name: 'When not to massage' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'When not to massage' });
    await expect(dialog).toBeVisible();
    await expect.poll(() => dialog.locator('.contraindications li').count()).toBeGreaterThan(5);
    // Conditions and instructions apart; the sources one tap further, closed at first.
    await expect(dialog.getByRole('heading', { name: 'While massaging' })).toBeVisible();
    await expect(dialog.locator('.dialog__sources .citation').first()).toBeHidden();
    // It closes from its top (Close in view at once), with Escape, and with a tap outside it.
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeInViewport();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await opener.click();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await opener.click();
    await expect(dialog).toBeVisible();
    await page.mouse.click(4, 4);
    await expect(dialog).toBeHidden();
  });

  test('badges say "Sources disagree" only where the lists differ, "Unclear" where an entry is vague', async ({
    page,
  }) => {
    await openAtlas(page);
    const item = (number: number) =>
      page.locator(`[data-testid="point-list"] > li[data-point="${number}"]`);
    // Point 12's only entry is how wide a finger is: unclear, not a disagreement.
    await expect(item(12).locator('[data-flag="unclear"]')).toHaveCount(1);
    await expect(item(12).locator('[data-flag="disagree"]')).toHaveCount(0);
    // Point 6 and point 1 share the back of the head, which the bullet list gives once.
    await expect(item(6).locator('[data-flag="disagree"]')).toHaveCount(1);
    await item(12).getByRole('button').click();
    const details = page.getByTestId('point-details');
    await expect(details.locator('[data-flag="unclear"]')).toHaveText('Unclear');
    await expect(details.locator('[data-flag="disagree"]')).toHaveCount(0);
  });

  test("loads the first screen's code without the points' details, which come after it", async ({
    page,
    request,
  }) => {
    const html = await (await request.get('/')).text();
    const scripts = [...html.matchAll(/<script type="module"[^>]* src="([^"]+)"/g)].map(
      (match) => match[1]!,
    );
    expect(scripts.length).toBeGreaterThan(0);
    const code = (
      await Promise.all(scripts.map(async (src) => (await request.get(src)).text()))
    ).join('\n');
    expect(code).toContain(JSON.stringify(point12.name).slice(1, -1));
    expect(code).not.toContain(JSON.stringify(point12.location.description).slice(1, -1));
    expect(code).not.toContain(JSON.stringify(DATASET.disagreements[0]!.title).slice(1, -1));
    // The details still reach the page once it has painted.
    await openAtlas(page);
    await page.locator('[data-point="12"] button').click();
    await expect(
      page.getByTestId('point-details').getByText(point12.location.description),
    ).toBeVisible();
  });

  test('lists every point in order, each starting with its number', async ({ page }) => {
    await openAtlas(page);
    await expect.poll(() => listedPointNumbers(page)).toEqual(POINT_NUMBERS);
    await expect(page.locator('[data-testid="point-list"] > li').first()).toHaveText(/^\s*1/, {
      useInnerText: true,
    });
    await expect(page.getByTestId('result-count')).toHaveText(`All ${POINT_COUNT} points`);
  });

  test('filters to exactly the six self-massage points and puts the filter in the link', async ({
    page,
  }) => {
    await openAtlas(page);
    await page.getByLabel('Named for self-massage').check();
    await expect.poll(() => listedPointNumbers(page)).toEqual(SELF_NAMED_NUMBERS);
    await expect(page.getByTestId('result-count')).toHaveText(
      `${SELF_NAMED_NUMBERS.length} of ${POINT_COUNT} points`,
    );
    await expect.poll(() => new URL(page.url()).searchParams.get('self')).toBe('named');
    await page.getByLabel('Pair or single').selectOption('midline');
    await expect.poll(() => listedPointNumbers(page)).toEqual([]);
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect.poll(() => listedPointNumbers(page)).toHaveLength(POINT_COUNT);
  });

  test('shows point 16 with its caution when picked from the list', async ({ page }) => {
    await openAtlas(page);
    await page.locator('[data-point="16"] button').click();
    const details = page.getByTestId('point-details');
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(/neck/i);
    const cautions = page.getByTestId('cautions');
    await expect(cautions).toContainText(/gentl/i, { useInnerText: true });
    await expect(cautions).toContainText(/three minutes|3 min/i, { useInnerText: true });
    await expect.poll(() => linkedPoint(page)).toBe('16');
    await expect(page.getByTestId('selection-announcer')).toHaveText(/^Point 16 selected/);
  });

  test('opens a deep link straight on a point, with its disagreements flagged', async ({
    page,
  }) => {
    await openAtlas(page, '?point=7&region=leg');
    await expect(page.getByTestId('point-details').locator('.eyebrow')).toHaveText(/^Point 7/);
    await expect(page.getByTestId('disagreements')).toBeVisible();
    await expect.poll(() => listedPointNumbers(page)).toContain(7);
    await expect(page.locator('[data-point="7"] button')).toHaveAttribute('aria-current', 'true');
  });

  test('ignores a bad link setting with a visible hint and keeps the rest of the link', async ({
    page,
  }) => {
    await openAtlas(page, '?point=99&self=named&<script>=1');
    const hints = page.getByTestId('link-hints');
    await expect(hints).toContainText(/point=99 was ignored/, { useInnerText: true });
    await expect(hints).toContainText('<script>', { useInnerText: true });
    // The head's one inline script is the build's opening-link marker; nothing may reach the body.
    await expect(page.locator('body script:not([src])')).toHaveCount(0);
    await expect.poll(() => listedPointNumbers(page)).toEqual(SELF_NAMED_NUMBERS);
    await expect(page.getByTestId('welcome')).toBeVisible();
  });

  test('ships the notice and every point in the HTML itself, before any script runs', async ({
    request,
  }) => {
    const html = await (await request.get('/')).text();
    const root = html.slice(html.indexOf('<div id="root">'));
    expect(root).toContain(DATASET.evidence.headline);
    for (const point of DATASET.points) expect(root).toContain(escapeHtml(point.name));
  });

  test('hydrates the prerendered screen in place for a plain link, with no console error', async ({
    page,
  }) => {
    const errors = collectConsoleErrors(page);
    await page.addInitScript({ content: WATCH_PRERENDERED_ROOT });
    await openAtlas(page);
    await page.locator('[data-point="16"] button').click();
    await expect(page.getByTestId('cautions')).toBeVisible();
    // Checked after a click, when every part of the page has certainly been hydrated.
    expect(await page.evaluate('window.__prerender()')).toEqual({
      shown: true,
      hiddenForLink: false,
      replaced: false,
    });
    expect(errors).toEqual([]);
  });

  test('keeps the plain prerendered screen out of sight when a link opens a point', async ({
    page,
  }) => {
    const errors = collectConsoleErrors(page);
    await page.addInitScript({ content: WATCH_PRERENDERED_ROOT });
    await openAtlas(page, '?point=12');
    expect(await page.evaluate('window.__prerender()')).toEqual({
      shown: true,
      hiddenForLink: true,
      replaced: true,
    });
    await expect(page.locator('html')).not.toHaveAttribute('data-opening-link');
    await expect(page.locator('#root')).toHaveCSS('visibility', 'visible');
    await expect(page.getByTestId('point-details').locator('h2')).toContainText(point12.name);
    expect(errors).toEqual([]);
  });

  test("still shows the plain screen when a link's app script never arrives", async ({ page }) => {
    await page.route(/\/assets\/[\w.-]+\.js$/, (route) => route.abort());
    await page.goto('?point=12');
    const root = page.locator('#root');
    // Read once, straight after loading: hidden is where it starts, not where it settles.
    expect(await root.evaluate((element) => getComputedStyle(element).visibility)).toBe('hidden');
    // app.css reveals it after 4 s without the app; wait a little past that.
    await expect(root).toHaveCSS('visibility', 'visible', { timeout: 8_000 });
    await expect(page.getByTestId('evidence-notice')).toBeVisible();
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
