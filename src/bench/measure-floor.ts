import type { BrowserContext } from 'playwright-core';
import { FLOOR_PATH } from './build-floor';
import type { CanvasSize } from './measure-page';

const POLL_MS = 20;
const TIMEOUT_MS = 60_000;

/**
 * One cold load of the bare three.js floor page at the atlas's canvas size: milliseconds from
 * navigation to its first frame with the body.
 */
export async function measureFloor(
  context: BrowserContext,
  baseUrl: string,
  canvas: CanvasSize,
): Promise<number> {
  const page = await context.newPage();
  const url = new URL(`${FLOOR_PATH}index.html`, baseUrl);
  url.searchParams.set('width', String(canvas.width));
  url.searchParams.set('height', String(canvas.height));
  await page.goto(url.toString());
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const state = (await page.evaluate(
      '({ ms: window.__floorBodyFrameMs ?? null, error: window.__floorError ?? null })',
    )) as { ms: number | null; error: string | null };
    if (state.error !== null) throw new Error(`bench: the floor page failed: ${state.error}`);
    if (state.ms !== null) {
      await page.close();
      return state.ms;
    }
    if (Date.now() > deadline) throw new Error('bench: the floor page never drew the body');
    await page.waitForTimeout(POLL_MS);
  }
}
