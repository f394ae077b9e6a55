import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { PerspectiveCamera } from 'three';
import { useStageInsetStore } from '../../state/stage-inset';

/**
 * Where a panel covers the bottom of the view (the phone's bottom sheet), shifts the picture up
 * by half the covered height with the camera's view offset: the camera still orbits and frames
 * its target as before, and the target lands in the middle of the part left visible. Markers,
 * taps and occlusion all go through the same projection, so they follow without change.
 */
export function CoveredViewOffset() {
  const framedPx = useStageInsetStore((state) => state.framedPx);
  // Labels under the sheet give way (MarkerProjector): a new frame places them again.
  const coveredPx = useStageInsetStore((state) => state.coveredPx);
  const camera = useThree((state) => state.camera) as PerspectiveCamera;
  const width = useThree((state) => state.size.width);
  const height = useThree((state) => state.size.height);
  const invalidate = useThree((state) => state.invalidate);

  useEffect(() => {
    // Less than the whole view is covered, or the shift would push the target off the canvas.
    const shift = Math.min(framedPx, height) / 2;
    if (shift === 0 || width === 0 || height === 0) camera.clearViewOffset();
    else camera.setViewOffset(width, height, 0, shift, width, height);
    invalidate();
  }, [camera, framedPx, coveredPx, width, height, invalidate]);

  useEffect(() => () => camera.clearViewOffset(), [camera]);
  return null;
}
