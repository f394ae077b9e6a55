import type { BrowserContext, Page } from 'playwright-core';

/**
 * Opens the atlas in `page` at a query string (against the configured base URL) and waits until
 * the app is live: the prerendered first screen is on view before that, but does not answer
 * clicks yet.
 */
export async function openAtlas(page: Page, query = ''): Promise<Page> {
  await page.goto(query === '' ? '/' : query);
  await page.waitForSelector('html[data-atlas-live] .atlas');
  return page;
}

export async function listedPointNumbers(page: Page): Promise<number[]> {
  const numbers = await page
    .locator('[data-testid="point-list"] > li')
    .evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-point'))));
  return numbers;
}

/** Records every request whose origin differs from the app's. */
export function watchForeignRequests(context: BrowserContext, baseUrl: string): string[] {
  const origin = new URL(baseUrl).origin;
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  return foreign;
}
