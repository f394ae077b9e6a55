import { lazy, Suspense } from 'react';

// three.js comes with it, so it loads only when a handout is opened.
const PointPictureMaker = lazy(() => import('../features/handout/PointPictureMaker'));

/** Draws the handout's body pictures; renders nothing itself. */
export function HandoutPicturesSlot() {
  return (
    <Suspense fallback={null}>
      <PointPictureMaker />
    </Suspense>
  );
}
