import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { afterNextFrame } from '../lib/after-next-frame';
import { ScenePlaceholder } from '../ui/ScenePlaceholder';

/** Longest wait for the first paint before the 3D code is asked for anyway (a hidden tab never paints). */
const FIRST_PAINT_WAIT_MS = 1500;

const BodyStage = lazy(() => import('../scene/BodyStage'));

// The 3D view is its own chunk, asked for only once the first screen is on screen: parsing and
// evaluating three.js competes with the page's own raster for this machine's two cores, and held
// the notice and list back by a quarter to half a second. Waiting in an effect also keeps the
// first render identical on the server (prerender) and in the browser (hydration).
function afterFirstContentfulPaint(): { promise: Promise<void>; cancel: () => void } {
  let cancel = () => {};
  const promise = new Promise<void>((resolve) => {
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
    const cancelFrame = observer === null ? afterNextFrame(done) : () => {};
    observer?.observe({ type: 'paint', buffered: true });
    cancel = () => {
      observer?.disconnect();
      clearTimeout(timer);
      cancelFrame();
    };
  });
  return { promise, cancel };
}

function supportsPaintTiming(): boolean {
  return (
    typeof PerformanceObserver !== 'undefined' &&
    PerformanceObserver.supportedEntryTypes.includes('paint')
  );
}

/** Once the first screen has painted, a slot mounted later (another mode) need not wait again. */
let firstScreenPaintedOnce = false;

/**
 * The 3D body, loaded lazily; every layout that shows the body places this element, and a mode
 * hands the stage its own scene parts.
 */
export function BodyStageSlot({ parts }: { parts?: ReactNode }) {
  const [firstScreenPainted, setFirstScreenPainted] = useState(() => firstScreenPaintedOnce);
  useEffect(() => {
    if (firstScreenPainted) return;
    const wait = afterFirstContentfulPaint();
    let live = true;
    void wait.promise.then(() => {
      firstScreenPaintedOnce = true;
      if (live) setFirstScreenPainted(true);
    });
    return () => {
      live = false;
      wait.cancel();
    };
  }, [firstScreenPainted]);
  if (!firstScreenPainted) return <ScenePlaceholder />;
  return (
    <Suspense fallback={<ScenePlaceholder />}>
      <BodyStage parts={parts} />
    </Suspense>
  );
}
