import type { BrowserContext } from 'playwright-core';
import { waitForExpression, waitUntilNoFrames } from './measure-page';
import { OBSERVE_FIRST_SCREEN } from './page-scripts';
import type { TraceEvent } from './trace-summary';

/** Lighthouse's mobile preset slows the CPU 4×, as a mid-range phone against this machine. */
export const PHONE_CPU_SLOWDOWN = 4;

/**
 * Lighthouse's mobile network (slow 4G: 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up) as
 * DevTools applies it per request, with Lighthouse's own adjustments for that
 * (the factors in its config constants: latency × 3.75, throughput × 0.9).
 */
export const PHONE_NETWORK = {
  latencyMs: 150 * 3.75,
  downloadKbps: 1638.4 * 0.9,
  uploadKbps: 750 * 0.9,
};

export const PHONE_CONDITIONS = `${PHONE_CPU_SLOWDOWN}× CPU slowdown, slow 4G`;
const BYTES_PER_KBIT = 1024 / 8;

/**
 * What the main thread does: every top-level task, script evaluation and function call with
 * its URL, and navigation start for the time origin.
 */
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'loading',
  // The main thread's waits for WebGL frames read back for software compositing.
  'gpu',
];

export interface TracedLoad {
  events: TraceEvent[];
  /** When the body's first frame was drawn, under the same slowdown (ms after navigation). */
  firstBodyFrameMs: number;
}

/**
 * One cold load of the atlas with the CPU and network slowed as on a phone, recorded as a Chromium performance
 * trace from before navigation until the body is placed and the view has gone idle.
 */
export async function traceColdLoad(context: BrowserContext, baseUrl: string): Promise<TracedLoad> {
  const page = await context.newPage();
  await page.addInitScript({ content: OBSERVE_FIRST_SCREEN });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_SLOWDOWN });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE_NETWORK.latencyMs,
    downloadThroughput: PHONE_NETWORK.downloadKbps * BYTES_PER_KBIT,
    uploadThroughput: PHONE_NETWORK.uploadKbps * BYTES_PER_KBIT,
  });
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const complete = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  );
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES },
  });
  await page.goto(new URL('/#perf', baseUrl).toString());
  await page.waitForSelector('[data-testid="body-stage"][data-status="ready"]', {
    timeout: 120_000,
  });
  await waitForExpression(page, 'window.__atlasPerf?.firstBodyFrameMs != null', 60_000);
  const settled = await waitUntilNoFrames(page, undefined, 60_000);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  await page.close();
  return { events, firstBodyFrameMs: settled.firstBodyFrameMs ?? NaN };
}
