import { useCallback, useMemo } from 'react';
import { pointByNumber } from '../../data/dataset';
import { useDatasetSummary } from '../../state/dataset-context';
import { useVisiblePoints } from '../../state/selectors';
import { useAtlasActions, useAtlasStore } from '../../state/atlas-store';

/**
 * Stepping through the points one at a time, the order a presenter clicker or the tour walks:
 * a lesson's own order when one is open (`points=` in the link), otherwise the points on show
 * (the current filter result).
 */
export function usePresentationSteps() {
  const dataset = useDatasetSummary();
  const visible = useVisiblePoints();
  const lesson = useAtlasStore((state) => state.pointsInOrder);
  const sides = useAtlasStore((state) => state.pointSides);
  const points = useMemo(
    () =>
      lesson === undefined
        ? visible
        : lesson.flatMap((number) => pointByNumber(dataset, number) ?? []),
    [lesson, visible, dataset],
  );
  const selected = useAtlasStore((state) => state.point);
  const { selectPoint } = useAtlasActions();
  const index = points.findIndex((point) => point.number === selected);

  const goTo = useCallback(
    (target: number) => {
      const clamped = Math.min(Math.max(target, 0), points.length - 1);
      const point = points[clamped];
      // A lesson's pair is shown on the side it names; otherwise the view chooses.
      if (point !== undefined) selectPoint(point.number, sides?.[point.number] ?? null);
    },
    [points, selectPoint, sides],
  );

  return {
    points,
    /** Stepping through a lesson rather than the filtered points. */
    inLesson: lesson !== undefined,
    index,
    isLast: index === points.length - 1,
    next: () => goTo(index + 1),
    previous: () => goTo(index < 0 ? 0 : index - 1),
    first: () => goTo(0),
    last: () => goTo(points.length - 1),
  };
}
