import type { PointSummary } from '../../points/dataset-parts';
import type { Point, Posture, Region } from '../../points/schema';

/**
 * The list filters. `selfMassage` narrows to the points the sources call suitable for
 * self-massage: "sentence" is the explicit sentence after the numbered list (the dataset's own
 * test pins which points it names); "any-list" also takes points the two other lists in the same file seem to mention.
 */
export interface Filters {
  selfMassage: 'all' | 'sentence' | 'any-list';
  symmetry: 'all' | Point['symmetry'];
  posture: 'all' | Posture;
  region: 'all' | Region;
}

export const NO_FILTERS: Filters = {
  selfMassage: 'all',
  symmetry: 'all',
  posture: 'all',
  region: 'all',
};

export function isSelfCareMentioned(point: PointSummary): boolean {
  return point.selfMassage.inSelfMassageSentence || point.selfMassage.otherLists.length > 0;
}

export function matchesFilters(point: PointSummary, filters: Filters): boolean {
  if (filters.selfMassage === 'sentence' && !point.selfMassage.inSelfMassageSentence) return false;
  if (filters.selfMassage === 'any-list' && !isSelfCareMentioned(point)) return false;
  if (filters.symmetry !== 'all' && point.symmetry !== filters.symmetry) return false;
  if (filters.posture !== 'all' && point.posture.stated !== filters.posture) return false;
  if (filters.region !== 'all' && point.region !== filters.region) return false;
  return true;
}

export function filterPoints<P extends PointSummary>(points: readonly P[], filters: Filters): P[] {
  return points.filter((point) => matchesFilters(point, filters));
}

export function activeFilterCount(filters: Filters): number {
  return (Object.keys(filters) as (keyof Filters)[]).filter((key) => filters[key] !== 'all').length;
}
