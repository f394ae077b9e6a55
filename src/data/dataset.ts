import summary from '../../points/points.json?summary';
import type { DatasetSummary, PointSummary } from '../../points/dataset-parts';
import type { Dataset, Point } from '../../points/schema';

export type { Dataset, DatasetSummary, Point, PointSummary };

/**
 * What the first screen needs of the points (all but their details: see full-dataset.ts).
 * Validated when the build bundled it (points/dataset-plugin.ts stops the build on any problem),
 * so the browser does not parse it again; typed here, as its import is not.
 */
export const DATASET_SUMMARY = summary as DatasetSummary;

export function pointByNumber<P extends { number: number }>(
  dataset: { points: readonly P[] },
  number: number,
): P | undefined {
  return dataset.points.find((point) => point.number === number);
}

/** The disagreements a point is part of (the whole dataset's: the summary has none). */
export function disagreementsOf(dataset: Dataset, point: Point) {
  return point.disagreements.flatMap((id) => dataset.disagreements.filter((d) => d.id === id));
}

export { markerCount } from './marker-count';
