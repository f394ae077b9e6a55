import { describe, expect, it } from 'vitest';
import { DATASET } from '../../data/dataset';
import { sharedDisagreementIds } from './shared-disagreements';

const points = DATASET.points;

describe('disagreements a handout states once', () => {
  it('are the ones every point of the set shares', () => {
    const self = points.filter((p) => p.selfMassage.inSelfMassageSentence);
    const shared = sharedDisagreementIds(self);
    expect(shared.length).toBeGreaterThan(0);
    for (const id of shared) for (const point of self) expect(point.disagreements).toContain(id);
    const notShared = self[0]!.disagreements.filter((id) => !shared.includes(id));
    for (const id of notShared) expect(self.some((p) => !p.disagreements.includes(id))).toBe(true);
  });

  it('are none for a single point, whose card keeps all of its own', () => {
    expect(sharedDisagreementIds(points.slice(0, 1))).toEqual([]);
    expect(sharedDisagreementIds([])).toEqual([]);
  });
});
