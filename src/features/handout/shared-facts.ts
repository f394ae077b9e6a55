import type { Point } from '../../../points/schema';

/** What every point of a handout's set has in common, stated once above the cards. */
export interface SharedFacts {
  /** The disagreements that touch every point. */
  disagreementIds: string[];
  /** The time to press, when every point gives the very same; otherwise each card states its own. */
  durations: Point['durations'] | null;
}

/** Facts shared by every point of a set of two or more; a single point's card keeps all its own. */
export function sharedFacts(points: readonly Point[]): SharedFacts {
  const [first, ...rest] = points;
  if (first === undefined || rest.length === 0) return { disagreementIds: [], durations: null };
  const disagreementIds = first.disagreements.filter((id) =>
    rest.every((point) => point.disagreements.includes(id)),
  );
  const timeOf = (point: Point) => point.durations.map((duration) => duration.note).join('\n');
  const sameTime = first.durations.length > 0 && rest.every((p) => timeOf(p) === timeOf(first));
  return { disagreementIds, durations: sameTime ? first.durations : null };
}
