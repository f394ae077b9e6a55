/*
 * Code that runs inside the page, kept as source text: tsx wraps named functions in a helper that
 * exists only in Node, so functions handed to Playwright would break in the browser.
 */

/** Before any app script: notes when the notice and the list are first painted, and layout shifts. */
export const OBSERVE_FIRST_SCREEN = `
  window.__bench = { firstScreenMs: null, cls: 0, lcpMs: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) window.__bench.cls += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.lcpMs = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const seen = new MutationObserver(() => {
    if (!document.querySelector('[data-testid="evidence-notice"]')) return;
    if (!document.querySelector('[data-testid="point-list"]')) return;
    seen.disconnect();
    // The next animation frame is painted just after its callbacks; the task after it runs once
    // the paint is done.
    requestAnimationFrame(() => setTimeout(() => { window.__bench.firstScreenMs = performance.now(); }, 0));
  });
  seen.observe(document, { childList: true, subtree: true });
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
