import { useCallback } from 'react';
import { useVisiblePoints } from '../../state/selectors';
import { useAtlasActions, useAtlasStore } from '../../state/atlas-store';

/**
 * Stepping through the points on show (the current filter result), one at a time: the order a
 * presenter clicker or the tour walks.
 */
export function usePresentationSteps() {
  const points = useVisiblePoints();
  const selected = useAtlasStore((state) => state.point);
  const { selectPoint } = useAtlasActions();
  const index = points.findIndex((point) => point.number === selected);

  const goTo = useCallback(
    (target: number) => {
      const clamped = Math.min(Math.max(target, 0), points.length - 1);
      const point = points[clamped];
      if (point !== undefined) selectPoint(point.number);
    },
    [points, selectPoint],
  );

  return {
    points,
    index,
    isLast: index === points.length - 1,
    next: () => goTo(index + 1),
    previous: () => goTo(index < 0 ? 0 : index - 1),
    first: () => goTo(0),
    last: () => goTo(points.length - 1),
  };
}
