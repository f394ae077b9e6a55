import { lazy, Suspense } from 'react';
import { afterNextFrame } from './after-next-frame';
import { ScenePlaceholder } from './ui/ScenePlaceholder';

/** Longest wait for the first paint before the 3D code is asked for anyway (a hidden tab never paints). */
const FIRST_PAINT_WAIT_MS = 1500;

// The 3D view is its own chunk, asked for only once the first screen is on screen: parsing and
// evaluating three.js competes with the page's own raster for this machine's two cores, and held
// the notice and list back by a quarter to half a second.
const BodyStage = lazy(() => afterFirstContentfulPaint().then(() => import('./scene/BodyStage')));

function afterFirstContentfulPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      observer?.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, FIRST_PAINT_WAIT_MS);
    const observer = supportsPaintTiming()
      ? new PerformanceObserver((list) => {
          if (list.getEntriesByName('first-contentful-paint').length > 0) done();
        })
      : null;
    if (observer === null) afterNextFrame(done);
    else observer.observe({ type: 'paint', buffered: true });
  });
}

function supportsPaintTiming(): boolean {
  return (
    typeof PerformanceObserver !== 'undefined' &&
    PerformanceObserver.supportedEntryTypes.includes('paint')
  );
}

/** The 3D body, loaded lazily; every layout that shows the body places this element. */
export function BodyStageSlot() {
  return (
    <Suspense fallback={<ScenePlaceholder />}>
      <BodyStage />
    </Suspense>
  );
}
