import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detailsOf, joinedDataset, summaryOf } from './dataset-parts';
import type { Dataset } from './schema';

const committed = JSON.parse(
  readFileSync(new URL('./points.json', import.meta.url), 'utf8'),
) as Dataset;

describe('the dataset in two parts', () => {
  it('joins back to the committed dataset, field for field', () => {
    const joined = joinedDataset(summaryOf(committed), detailsOf(committed));
    expect(JSON.parse(JSON.stringify(joined))).toEqual(committed);
  });

  it("keeps the details out of the first screen's part", () => {
    const summary = summaryOf(committed);
    expect(summary).not.toHaveProperty('disagreements');
    for (const point of summary.points) {
      expect(point).not.toHaveProperty('location');
      expect(point).not.toHaveProperty('standardPoint');
    }
    // The list's tags still show where the sources disagree.
    expect(summary.points.some((point) => point.disagreements.length > 0)).toBe(true);
  });

  it('names a point whose details are missing', () => {
    const details = detailsOf(committed);
    details.points = details.points.filter((point) => point.number !== 7);
    expect(() => joinedDataset(summaryOf(committed), details)).toThrow('point 7 has no details');
  });
});
