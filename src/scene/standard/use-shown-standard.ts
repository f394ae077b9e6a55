import { useMemo } from 'react';
import type { PlacedStandardPoint } from '../../data/standard-placement';
import { useAtlasStore } from '../../state/atlas-store';
import { useSelectedAfterPaint } from '../camera/selection-after-paint';
import { useSceneStore } from '../scene-store';

/**
 * The standard points ringed now: the chosen point's, on each side it has a marker, while the
 * comparison is switched on; none otherwise.
 */
export function useShownStandard(): PlacedStandardPoint[] {
  const compare = useAtlasStore((state) => state.compareStandard);
  const selected = useSelectedAfterPaint();
  const standardPoints = useSceneStore((state) => state.standardPoints);
  return useMemo(
    () => (compare ? standardPoints.filter((spot) => spot.point === selected) : []),
    [compare, selected, standardPoints],
  );
}

/** The key of a standard point's name tag among the guide's names. */
export const standardNameKey = (spot: Pick<PlacedStandardPoint, 'code' | 'side'>) =>
  `standard:${spot.code}:${spot.side}`;
