import type { PointSummary } from '../../../points/dataset-parts';
import { matchesFilters, type Filters } from '../../data/filters';
import type { PlacedMarker } from '../../data/placement';
import type { PairSide } from '../../state/atlas-store';
import { markerKey } from './marker-elements';

/** Priority classes, lower first: the selected point, a focused label, points the filter keeps. */
const SELECTED = 0;
const FOCUSED = 2;
const KEPT = 4;
const DROPPED = 6;

export interface MarkerRank {
  selected: boolean;
  /** The filters keep its point (a dropped one is drawn as a small dot). */
  kept: boolean;
  priority: number;
  /** Its priority while it has keyboard focus: a focused label is never hidden under the user. */
  focusedPriority: number;
}

/**
 * Who gives way when labels crowd: the selected label first, then the ones the filters keep;
 * within each, the points named for self-massage before the others, then by number. Of a pair
 * with a side named (a routine's step), only that side's label is the selected pin.
 */
export function markerRanks(
  markers: readonly PlacedMarker[],
  points: readonly PointSummary[],
  selected: number | null,
  filters: Filters,
  side: PairSide | null = null,
): Map<string, MarkerRank> {
  const byNumber = new Map(points.map((point) => [point.number, point]));
  return new Map(
    markers.map((marker) => {
      const point = byNumber.get(marker.point);
      const isSelected = isPinned(marker, selected, side);
      const kept = point !== undefined && matchesFilters(point, filters);
      const self = point?.selfMassage.inSelfMassageSentence === true;
      const within = self ? 0 : 1;
      const rank = (isSelected ? SELECTED : kept ? KEPT : DROPPED) + within;
      const focusedRank = isSelected ? rank : FOCUSED + within;
      return [
        markerKey(marker.point, marker.side),
        {
          selected: isSelected,
          kept,
          priority: rank * 100 + marker.point,
          focusedPriority: focusedRank * 100 + marker.point,
        },
      ];
    }),
  );
}

/** Whether a marker is drawn as the chosen point's pin: its point, on the side named if any. */
export function isPinned(
  marker: Pick<PlacedMarker, 'point' | 'side'>,
  selected: number | null,
  side: PairSide | null,
): boolean {
  return (
    marker.point === selected &&
    (side === null || marker.side === 'midline' || marker.side === side)
  );
}
