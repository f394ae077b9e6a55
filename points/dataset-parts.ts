import type { Dataset, Disagreement, DisagreementKind, Point } from './schema.ts';

/**
 * The dataset in two parts for the browser. The first screen (notice, filters, list, a point's
 * name and tags) needs the summary; a point's details (where it is, the standard point it may
 * be, where the lists disagree) load after the first paint, as the details part. points.json
 * stays one file, and the build cuts it (dataset-plugin.ts).
 */
export const POINT_DETAIL_FIELDS = ['location', 'standardPoint'] as const;

type PointDetailField = (typeof POINT_DETAIL_FIELDS)[number];

export type PointSummary = Omit<Point, PointDetailField>;
export type PointDetails = Pick<Point, 'number' | PointDetailField>;

export type DatasetSummary = Omit<Dataset, 'points' | 'disagreements'> & {
  points: PointSummary[];
  /** Each disagreement's kind by its id: the list's badges need no more of them. */
  disagreementKinds: Record<string, DisagreementKind>;
};

export interface DatasetDetails {
  disagreements: Disagreement[];
  points: PointDetails[];
}

/** What the first screen needs: everything but the details. */
export function summaryOf(dataset: Dataset): DatasetSummary {
  return {
    ...without(dataset, ['disagreements', 'points']),
    points: dataset.points.map((point) => without(point, POINT_DETAIL_FIELDS)),
    disagreementKinds: Object.fromEntries(dataset.disagreements.map((d) => [d.id, d.kind])),
  };
}

function without<T extends object, K extends keyof T>(object: T, keys: readonly K[]): Omit<T, K> {
  const copy = { ...object };
  for (const key of keys) delete copy[key];
  return copy;
}

/** The details, each point's by its number. */
export function detailsOf(dataset: Dataset): DatasetDetails {
  return {
    disagreements: dataset.disagreements,
    points: dataset.points.map(({ number, location, standardPoint }) => ({
      number,
      location,
      standardPoint,
    })),
  };
}

/** The whole dataset again, from its two parts. */
export function joinedDataset(summary: DatasetSummary, details: DatasetDetails): Dataset {
  const byNumber = new Map(details.points.map((point) => [point.number, point]));
  return {
    ...without(summary, ['disagreementKinds']),
    disagreements: details.disagreements,
    points: summary.points.map((point) => {
      const detail = byNumber.get(point.number);
      if (detail === undefined) throw new Error(`point ${point.number} has no details`);
      return { ...point, location: detail.location, standardPoint: detail.standardPoint };
    }),
  };
}
