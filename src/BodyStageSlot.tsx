import { lazy, Suspense } from 'react';
import { ScenePlaceholder } from './ui/ScenePlaceholder';

// The 3D view is its own chunk: the notice and list paint before three.js arrives.
const BodyStage = lazy(() => import('./scene/BodyStage'));

/** The 3D body, loaded lazily; every layout that shows the body places this element. */
export function BodyStageSlot() {
  return (
    <Suspense fallback={<ScenePlaceholder />}>
      <BodyStage />
    </Suspense>
  );
}
