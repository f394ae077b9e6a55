import details from '../../points/points.json?details';
import { joinedDataset, type DatasetDetails } from '../../points/dataset-parts';
import {
  DATASET_SUMMARY,
  pointByNumber,
  type Dataset,
  type Point,
  type PointSummary,
} from './dataset';

/**
 * The whole dataset: the first screen's summary joined with the points' details (where each is,
 * the standard point it may be, where the lists disagree). Only what loads after the first
 * screen imports this: the 3D view, the modes, a point's facts.
 */
export const DATASET: Dataset = joinedDataset(DATASET_SUMMARY, details as DatasetDetails);

/** The same points with their details, in the same order. */
export function withDetails(points: readonly PointSummary[]): Point[] {
  return points.map((point) => {
    const whole = pointByNumber(DATASET, point.number);
    if (whole === undefined) throw new Error(`point ${point.number} is not in the dataset`);
    return whole;
  });
}
