import type { PointSummary } from '../../points/dataset-parts';

/** How many markers the body carries: two for a left/right pair, one for a midline point. */
export function markerCount(points: readonly Pick<PointSummary, 'symmetry'>[]): number {
  return points.reduce((sum, point) => sum + (point.symmetry === 'pair' ? 2 : 1), 0);
}
