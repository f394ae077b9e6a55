import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../points/validate';
import { DATASET } from './dataset';
import { filterPoints, NO_FILTERS } from './filters';

describe('the committed dataset', () => {
  // The app trusts the bundled data; this is the check that makes that trust safe.
  const result = validateDataset(DATASET);

  it('passes validation', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('has 19 pairs and 5 midline points, as the source states', () => {
    if (!result.ok) throw new Error('dataset invalid');
    const midline = result.data.points.filter((p) => p.symmetry === 'midline').map((p) => p.number);
    expect(midline).toEqual([1, 2, 6, 22, 23]);
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
