import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../points/validate';
import { markerCount } from './dataset';
import { DATASET } from './full-dataset';
import { filterPoints, NO_FILTERS } from './filters';

/**
 * The one place the real figures of the source's list are pinned. Everything else (app and
 * tests) derives them from the dataset, so a corrected dataset changes them in one place.
 */
describe('the committed dataset', () => {
  // The app trusts the bundled data; this is the check that makes that trust safe.
  const result = validateDataset(DATASET);

  it('passes validation', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('has the 24 numbered points of the source: 19 pairs and 5 midline points', () => {
    if (!result.ok) throw new Error('dataset invalid');
    expect(result.data.points.map((p) => p.number)).toEqual(
      Array.from({ length: 24 }, (_, i) => i + 1),
    );
    const midline = result.data.points.filter((p) => p.symmetry === 'midline').map((p) => p.number);
    expect(midline).toEqual([1, 2, 6, 22, 23]);
    expect(markerCount(result.data.points)).toBe(43);
  });

  it('names exactly 3, 8, 9, 11, 13 and 24 in the self-massage sentence', () => {
    if (!result.ok) throw new Error('dataset invalid');
    const named = filterPoints(result.data.points, { ...NO_FILTERS, selfMassage: 'sentence' });
    expect(named.map((p) => p.number)).toEqual([3, 8, 9, 11, 13, 24]);
    const anyList = filterPoints(result.data.points, { ...NO_FILTERS, selfMassage: 'any-list' });
    expect(anyList.length).toBeGreaterThan(named.length);
  });

  it('carries the caution of point 16', () => {
    if (!result.ok) throw new Error('dataset invalid');
    const point16 = result.data.points.find((p) => p.number === 16);
    expect(point16?.cautions.length).toBeGreaterThan(0);
    expect(point16?.durations[0]?.maxMinutes).toBe(3);
  });
});
