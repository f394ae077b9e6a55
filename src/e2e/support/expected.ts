import { filterPoints, NO_FILTERS } from '../../data/filters';
import { markerCount } from '../../data/marker-count';
import { DATASET } from './dataset';

/**
 * What the browser tests expect, derived from the dataset (whose own test pins the real figures):
 * a corrected dataset changes the expectations with it.
 */
export const POINT_NUMBERS = DATASET.points.map((point) => point.number);
export const POINT_COUNT = POINT_NUMBERS.length;
export const MARKER_COUNT = markerCount(DATASET.points);
export const SELF_NAMED = filterPoints(DATASET.points, { ...NO_FILTERS, selfMassage: 'sentence' });
export const SELF_NAMED_NUMBERS = SELF_NAMED.map((point) => point.number);
/** Markers of the points the self-massage filter drops. */
export const SELF_DROPPED_MARKERS = MARKER_COUNT - markerCount(SELF_NAMED);
