import type { BrowserContext, Page } from 'playwright-core';
import type { AtlasPerf } from '../scene/stage/PerfProbe';
import type { PageMetrics } from './metrics';
import { armClickTimer, OBSERVE_FIRST_SCREEN, READ_FIRST_SCREEN, READ_PERF } from './page-scripts';
import { percentile } from './stats';

const IDLE_WINDOW_MS = 2000;
const CLICKS = 20;
const SETTLED_AFTER_MS = 700;
const CLICK_QUIET_MS = 300;
const POLL_MS = 20;
const CLICK_TIMEOUT_MS = 10_000;

interface FirstScreen {
  firstScreenMs: number | null;
  cls: number;
  lcpMs: number;
  fcpMs: number | null;
}

export interface CanvasSize {
  width: number;
  height: number;
}

const READ_CANVAS_SIZE = `(() => {
  const box = document.querySelector('[data-testid="body-stage"] canvas').getBoundingClientRect();
  return { width: Math.round(box.width), height: Math.round(box.height) };
})()`;

/**
 * One cold load of the atlas in a fresh browser profile, with every page-side figure and the size
 * of its 3D canvas (the floor page draws at the same size).
 */
export async function measurePage(
  context: BrowserContext,
  baseUrl: string,
): Promise<{ metrics: PageMetrics; canvas: CanvasSize }> {
  const page = await context.newPage();
  await page.addInitScript({ content: OBSERVE_FIRST_SCREEN });
  await page.goto(new URL('/#perf', baseUrl).toString());
  await waitForExpression(page, 'window.__bench.firstScreenMs !== null', 30_000);
  await page.waitForSelector('[data-testid="body-stage"][data-status="ready"]', {
    timeout: 60_000,
  });
  await waitForExpression(page, 'window.__atlasPerf?.firstBodyFrameMs != null', 30_000);
  const settled = await waitUntilNoFrames(page);
  const canvas = (await page.evaluate(READ_CANVAS_SIZE)) as CanvasSize;
  await page.waitForTimeout(IDLE_WINDOW_MS);
  const idleFrames = (await readPerf(page)).frames - settled.frames;
  const heapMB = await usedHeapMB(page);
  const clickToDetailsP75Ms = percentile(await timeListClicks(page), 0.75);
  const first = (await page.evaluate(READ_FIRST_SCREEN)) as FirstScreen;
  await page.close();
  const metrics: PageMetrics = {
    firstScreenMs: first.firstScreenMs ?? NaN,
    fcpMs: first.fcpMs ?? NaN,
    lcpMs: first.lcpMs,
    cls: first.cls,
    firstBodyFrameMs: settled.firstBodyFrameMs ?? NaN,
    drawCalls: settled.drawCalls,
    triangles: settled.triangles,
    idleFrames,
    loadFrames: settled.frames,
    clickToDetailsP75Ms,
    heapMB,
  };
  return { metrics, canvas };
}

/**
 * Polls an expression through the DevTools protocol. page.waitForFunction would compile the
 * string inside the page, which the atlas's Content-Security-Policy rightly refuses.
 */
export async function waitForExpression(page: Page, expression: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline)
      throw new Error(`bench: still not true after ${timeoutMs} ms: ${expression}`);
    await page.waitForTimeout(POLL_MS);
  }
}

async function readPerf(page: Page): Promise<AtlasPerf> {
  const perf = (await page.evaluate(READ_PERF)) as AtlasPerf | null;
  if (perf === null)
    throw new Error('window.__atlasPerf is missing: was the page opened with #perf?');
  return perf;
}

/** The camera's opening move is over once no frame has been drawn for a while. */
export async function waitUntilNoFrames(
  page: Page,
  quietMs = SETTLED_AFTER_MS,
  timeoutMs = 30_000,
): Promise<AtlasPerf> {
  const deadline = Date.now() + timeoutMs;
  let last = await readPerf(page);
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    await page.waitForTimeout(100);
    const now = await readPerf(page);
    if (now.frames !== last.frames) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return now;
    last = now;
  }
  throw new Error('the 3D view kept drawing frames: it never went idle');
}

async function usedHeapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? NaN;
  return used / 1e6;
}

/**
 * Real mouse clicks on list buttons, each timed from the click event to the painted details.
 * Each click waits until the previous camera move has ended, as a reader's does.
 */
async function timeListClicks(page: Page): Promise<number[]> {
  const timings: number[] = [];
  for (let i = 0; i < CLICKS; i++) {
    await waitUntilNoFrames(page, CLICK_QUIET_MS);
    const point = ((i * 7) % 24) + 1;
    const button = page.locator(`[data-testid="point-list"] [data-point="${point}"] button`);
    await button.scrollIntoViewIfNeeded();
    const box = await button.boundingBox();
    if (box === null) throw new Error(`list button of point ${point} is not on screen`);
    await page.evaluate(armClickTimer(point));
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const timing = page.evaluate('window.__clickTiming') as Promise<number>;
    timings.push(
      await withTimeout(
        timing,
        CLICK_TIMEOUT_MS,
        `details of point ${point} never painted after a click`,
      ),
    );
  }
  return timings;
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`bench: ${message} (waited ${ms} ms)`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
