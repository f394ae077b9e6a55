import { lazy, Suspense } from 'react';
import { ScenePlaceholder } from './ui/ScenePlaceholder';

// The 3D view is its own chunk, asked for only once the first screen has been painted: from a
// fast (local or cached) server the chunk arrives at once, and evaluating three.js before the
// first paint held the notice and list back by about half a second.
const BodyStage = lazy(() => afterNextPaint().then(() => import('./scene/BodyStage')));

function afterNextPaint(): Promise<void> {
  // A task queued from an animation frame runs once that frame has been painted.
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** The 3D body, loaded lazily; every layout that shows the body places this element. */
export function BodyStageSlot() {
  return (
    <Suspense fallback={<ScenePlaceholder />}>
      <BodyStage />
    </Suspense>
  );
}
