import { useThree } from '@react-three/fiber';
import { useLayoutEffect } from 'react';
import { MAX_SKIN_ZONES, showSkinRings } from '../body/skin-zones';
import { useMarkerLook } from '../markers/use-marker-look';
import { useSceneActions, useSceneStore } from '../scene-store';
import { useShownStandard } from './use-shown-standard';

/**
 * Rings the standard point the chosen point is compared with, on the skin (it follows the pose
 * as the markers do), and has the camera's framing of the point take it in too. Loaded only when
 * the comparison is first switched on.
 */
export default function StandardPointRings() {
  const shown = useShownStandard();
  const { standard: look } = useMarkerLook();
  const invalidate = useThree((state) => state.invalidate);
  const { showAlsoInView } = useSceneActions();

  useLayoutEffect(() => {
    showSkinRings(
      shown
        .slice(0, MAX_SKIN_ZONES)
        .map((spot) => ({ centre: spot.position, normal: spot.normal })),
      look,
    );
    invalidate();
    return () => {
      showSkinRings([], look);
      invalidate();
    };
  }, [shown, look, invalidate]);

  useLayoutEffect(() => {
    const point = shown[0]?.point;
    // Spots handed in for this very point (a class's taps) keep the framing: the ring is only
    // a comparison. Spots left over for another point do not count.
    if (point === undefined || useSceneStore.getState().alsoInView?.point === point) return;
    // Each side's ring is taken in by the view of that side only: both would pull the view wide.
    const also = {
      point,
      spots: shown.map((spot) => spot.position),
      sides: shown.map((spot) => spot.side),
    };
    showAlsoInView(also);
    return () => {
      if (useSceneStore.getState().alsoInView === also) showAlsoInView(null);
    };
  }, [shown, showAlsoInView]);
  return null;
}
