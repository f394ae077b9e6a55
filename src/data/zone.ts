import type { Dataset, Point } from '../../points/schema';

/**
 * Where a point may lie: a zone around its marker, not a dot. Experts placing the same point on
 * one person spread over 2.7 to 41 cm² (Molsberger et al. 2012), and counting in finger-widths is
 * imprecise (Aird 2002); the zone grows with what the rule leaves open. Its radius gathers these uncertainties,
 * independent of one another, so they add as the root of the sum of their squares:
 *
 * - finding the starting landmark (a bone's edge, a hollow, a crease) by touch;
 * - for each finger-width counted, the spread of adult finger breadths around the body's own;
 * - for each reading the atlas had to choose where the source is silent (a direction, a
 *   distance, a side), a fixed widening;
 * - a start at another point inherits that point's zone.
 */

/** Adult finger breadths at the middle joint, small to large hands: about 1.6 to 2.2 cm. */
export const FINGER_BREADTH_RANGE_M = { min: 0.016, max: 0.022 } as const;
/** Finding a landmark by touch: within about 7 mm, so a landmark-only rule is 1.4 cm across. */
export const LANDMARK_FIND_RADIUS_M = 0.007;
/** Each reading of ours is an uncertainty of this much on its own. */
export const READING_WIDENING_M = 0.005;
/**
 * No zone is drawn smaller than the smallest spread the experts showed (2.7 cm², for PC6, a
 * point between two tendons): a circle about 1.9 cm across.
 */
export const SMALLEST_EXPERT_SPREAD_M2 = 2.7e-4;
const MIN_RADIUS_M = Math.sqrt(SMALLEST_EXPERT_SPREAD_M2 / Math.PI);
/** A distance the source gives in millimetres is read to about a millimetre. */
const MM_READING_M = 0.001;

/** Each finger-width counted may be this much shorter or longer than the body's own. */
const SPREAD_PER_FINGER_M = (FINGER_BREADTH_RANGE_M.max - FINGER_BREADTH_RANGE_M.min) / 2;

export interface PointZone {
  radiusM: number;
  /** What it is made of, each on its own, for the tests. */
  landmarkM: number;
  countingM: number;
  readingsM: number;
}

/** The zone of a point, from its rule. */
export function zoneOf(
  point: Point,
  dataset: Pick<Dataset, 'points'>,
  seen = new Set<number>(),
): PointZone {
  const { reference, offsets, assumptions } = point.location;
  let landmarkM = LANDMARK_FIND_RADIUS_M;
  if (reference.kind === 'point') {
    const start = dataset.points.find((p) => p.number === reference.point);
    if (start === undefined || seen.has(start.number))
      throw new Error(
        `point ${point.number}: its zone starts at point ${reference.point}, which has none`,
      );
    landmarkM = zoneOf(start, dataset, new Set([...seen, point.number])).radiusM;
  }
  const countingM = offsets.reduce(
    (sum, offset) =>
      sum + (offset.unit === 'mm' ? MM_READING_M : offset.amount * SPREAD_PER_FINGER_M),
    0,
  );
  const readingsM = Math.sqrt(assumptions.length) * READING_WIDENING_M;
  const radiusM = Math.max(MIN_RADIUS_M, Math.hypot(landmarkM, countingM, readingsM));
  return { radiusM, landmarkM, countingM, readingsM };
}

const CM = 0.01;
/** Sizes are said to the nearest half centimetre: the zone is an estimate, not a measurement. */
const WORDS_STEP_CM = 0.5;

/** "about 2 cm across". */
export function zoneWords(zone: Pick<PointZone, 'radiusM'>): string {
  const across = Math.max(
    WORDS_STEP_CM,
    Math.round((2 * zone.radiusM) / CM / WORDS_STEP_CM) * WORDS_STEP_CM,
  );
  return `about ${Number.isInteger(across) ? across : across.toFixed(1)} cm across`;
}

/** Whether a tap this far from the point's marker lies inside its zone. */
export const insideZone = (distanceM: number, zone: Pick<PointZone, 'radiusM'>) =>
  distanceM <= zone.radiusM;
