import { describe, expect, it } from 'vitest';
import { summaryOf } from '../../points/dataset-parts';
import { evidenceFlags } from './evidence-flags';
import { DATASET } from './full-dataset';

const { disagreementKinds } = summaryOf(DATASET);
const flagsOf = (number: number) =>
  evidenceFlags(
    DATASET.points.find((p) => p.number === number)!,
    disagreementKinds,
  );

describe('the evidence badges', () => {
  it('say "unclear" alone where a point’s only entries are ambiguities', () => {
    for (const number of [5, 10, 12, 14, 22])
      expect(flagsOf(number), `point ${number}`).toEqual({ disagree: false, unclear: true });
  });

  it('say "sources disagree" where the lists differ, and both where both hold', () => {
    expect(flagsOf(6)).toEqual({ disagree: true, unclear: false }); // D4 alone: two head points
    expect(flagsOf(3)).toEqual({ disagree: true, unclear: true });
  });

  it('come from every entry’s kind, and no point goes without one it has', () => {
    expect(Object.keys(disagreementKinds)).toHaveLength(DATASET.disagreements.length);
    for (const point of DATASET.points) {
      const flags = evidenceFlags(point, disagreementKinds);
      expect(flags.disagree || flags.unclear).toBe(point.disagreements.length > 0);
    }
  });
});
