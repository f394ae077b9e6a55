import { describe, expect, it } from 'vitest';
import type { Point } from '../../points/schema';
import { DATASET } from './full-dataset';
import {
  LANDMARK_FIND_RADIUS_M,
  READING_WIDENING_M,
  SMALLEST_EXPERT_SPREAD_M2,
  zoneOf,
  zoneWords,
} from './zone';

const pointNumber = (n: number) => DATASET.points.find((p) => p.number === n)!;
const withLocation = (point: Point, change: Partial<Point['location']>): Point => ({
  ...point,
  location: { ...point.location, ...change },
});

describe('a point’s zone', () => {
  it('every point has one, within the spread experts showed for one point on one person', () => {
    for (const point of DATASET.points) {
      const { radiusM } = zoneOf(point, DATASET);
      expect(Math.PI * radiusM ** 2, `point ${point.number}`).toBeGreaterThanOrEqual(
        SMALLEST_EXPERT_SPREAD_M2 * 0.999,
      );
      // Experts' spread for one point on one person: up to 41 cm², a circle about 7 cm across.
      expect(radiusM, `point ${point.number}`).toBeLessThan(0.036);
    }
  });

  it('grows with each reading of ours, and with each finger-width counted', () => {
    const point = pointNumber(15);
    const base = zoneOf(withLocation(point, { assumptions: [] }), DATASET).radiusM;
    const one = zoneOf(withLocation(point, { assumptions: ['a'] }), DATASET).radiusM;
    const two = zoneOf(withLocation(point, { assumptions: ['a', 'b'] }), DATASET).radiusM;
    expect(one).toBeGreaterThan(base);
    expect(two).toBeGreaterThan(one);
    // Three readings on a bare landmark: the uncertainties in quadrature.
    const bare = withLocation(pointNumber(8), { offsets: [], assumptions: ['a', 'b', 'c'] });
    expect(zoneOf(bare, DATASET).radiusM).toBeCloseTo(
      Math.hypot(LANDMARK_FIND_RADIUS_M, Math.sqrt(3) * READING_WIDENING_M),
    );
    const offset = point.location.offsets[0]!;
    const farther = withLocation(point, { offsets: [{ ...offset, amount: offset.amount + 2 }] });
    expect(zoneOf(farther, DATASET).radiusM).toBeGreaterThan(zoneOf(point, DATASET).radiusM);
  });

  it('is tightest, the experts’ smallest, for a rule that is a landmark alone', () => {
    const landmarkOnly = withLocation(pointNumber(8), { offsets: [], assumptions: [] });
    const tightest = zoneOf(landmarkOnly, DATASET).radiusM;
    expect(Math.PI * tightest ** 2).toBeCloseTo(SMALLEST_EXPERT_SPREAD_M2, 8);
    expect(tightest).toBeGreaterThan(LANDMARK_FIND_RADIUS_M);
    for (const point of DATASET.points)
      expect(zoneOf(point, DATASET).radiusM).toBeGreaterThanOrEqual(tightest);
  });

  it('a start at another point carries that point’s zone', () => {
    const six = pointNumber(6);
    expect(six.location.reference).toEqual({ kind: 'point', point: 1 });
    expect(zoneOf(six, DATASET).landmarkM).toBe(zoneOf(pointNumber(1), DATASET).radiusM);
  });

  it('is said in words to the nearest half centimetre', () => {
    expect(zoneWords({ radiusM: 0.01 })).toBe('about 2 cm across');
    expect(zoneWords({ radiusM: 0.0124 })).toBe('about 2.5 cm across');
    expect(zoneWords({ radiusM: 0.001 })).toBe('about 0.5 cm across');
  });
});
