/*
 * Code that runs inside the page, kept as source text: tsx wraps named functions in a helper that
 * exists only in Node, so functions handed to Playwright would break in the browser.
 */

/**
 * Before any app script: notes when the notice and the list are first painted, and layout shifts.
 * "Painted" is the Element Timing API's render time (the frame on screen, after raster), read
 * from the elements the app marks with `elementtiming`; the main thread finishing its part of the
 * frame comes earlier, by 200 ms or more with software raster.
 */
export const OBSERVE_FIRST_SCREEN = `
  window.__bench = { firstScreenMs: null, painted: {}, cls: 0, lcpMs: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) window.__bench.cls += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.lcpMs = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    const painted = window.__bench.painted;
    for (const entry of list.getEntries()) painted[entry.identifier] ??= entry.renderTime;
    const notice = painted['first-screen-notice'];
    const points = painted['first-screen-list'];
    if (notice !== undefined && points !== undefined) window.__bench.firstScreenMs = Math.max(notice, points);
  }).observe({ type: 'element', buffered: true });
`;

export const READ_FIRST_SCREEN = `({
  firstScreenMs: window.__bench.firstScreenMs,
  cls: window.__bench.cls,
  lcpMs: window.__bench.lcpMs,
  fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
})`;

export const READ_PERF = `window.__atlasPerf ?? null`;

/** Arms a one-shot timer from the next click's event time to the painted details of point N. */
export function armClickTimer(point: number): string {
  return `
    window.__clickTiming = new Promise((resolve) => {
      let clickedAt = null;
      document.addEventListener('click', (event) => { clickedAt = event.timeStamp; }, { capture: true, once: true });
      const shows = () =>
        document.querySelector('[data-testid="point-details"] .eyebrow')?.textContent?.startsWith('Point ${point} ');
      const painted = () =>
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clickedAt), 0));
      const watch = new MutationObserver(() => {
        if (clickedAt === null || !shows()) return;
        watch.disconnect();
        painted();
      });
      watch.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    true
  `;
}
