import bundledDataset from '../../points/points.json';
import type { Dataset, Point } from '../../points/schema';

export type { Dataset, Point };

/**
 * The points. Validated when the build bundled them (points/dataset-plugin.ts stops the build
 * on any problem), so the browser does not parse them again. The cast goes through unknown
 * because JSON imports widen literals and tuples ("sitting" to string, [175, 175] to number[]).
 */
export const DATASET = bundledDataset as unknown as Dataset;

export function pointByNumber(dataset: Dataset, number: number): Point | undefined {
  return dataset.points.find((point) => point.number === number);
}

export function disagreementsOf(dataset: Dataset, point: Point) {
  return point.disagreements.flatMap((id) => dataset.disagreements.filter((d) => d.id === id));
}

/** How many markers the body carries: two for a left/right pair, one for a midline point. */
export function markerCount(points: readonly Point[]): number {
  return points.reduce((sum, point) => sum + (point.symmetry === 'pair' ? 2 : 1), 0);
}
