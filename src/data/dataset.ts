import rawDataset from '../../points/points.json';
import { validateDataset, type ValidationResult } from '../../points/validate';
import type { Dataset, Point } from '../../points/schema';

export type { Dataset, Point };

/** Validated once at start; the app shows the errors instead of a blank page when it fails. */
export function loadDataset(raw: unknown = rawDataset): ValidationResult {
  return validateDataset(raw);
}

export function pointByNumber(dataset: Dataset, number: number): Point | undefined {
  return dataset.points.find((point) => point.number === number);
}

export function disagreementsOf(dataset: Dataset, point: Point) {
  return point.disagreements.flatMap((id) => dataset.disagreements.filter((d) => d.id === id));
}
