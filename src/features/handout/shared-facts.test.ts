import { describe, expect, it } from 'vitest';
import { DATASET } from '../../data/full-dataset';
import { sharedFacts } from './shared-facts';

const points = DATASET.points;
const selfSet = points.filter((p) => p.selfMassage.inSelfMassageSentence);

describe('facts a handout states once', () => {
  it('are the disagreements every point of the set shares', () => {
    const { disagreementIds } = sharedFacts(selfSet);
    expect(disagreementIds.length).toBeGreaterThan(0);
    for (const id of disagreementIds)
      for (const point of selfSet) expect(point.disagreements).toContain(id);
    const notShared = selfSet[0]!.disagreements.filter((id) => !disagreementIds.includes(id));
    for (const id of notShared)
      expect(selfSet.some((p) => !p.disagreements.includes(id))).toBe(true);
  });

  it('include the time to press only when every point gives the same', () => {
    expect(sharedFacts(selfSet).durations).toEqual(selfSet[0]!.durations);
    const point16 = points.find((p) => p.number === 16)!;
    expect(point16.durations).not.toEqual(selfSet[0]!.durations);
    expect(sharedFacts([...selfSet, point16]).durations).toBeNull();
  });

  it('are none for a single point, whose card keeps all of its own', () => {
    expect(sharedFacts(points.slice(0, 1))).toEqual({ disagreementIds: [], durations: null });
    expect(sharedFacts([])).toEqual({ disagreementIds: [], durations: null });
  });
});
