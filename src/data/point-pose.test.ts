import { describe, expect, it } from 'vitest';
import { POSE_NAMES } from '../../models/poses';
import { POSTURES } from '../../points/vocabulary';
import { DATASET } from './full-dataset';
import { NO_FILTERS } from './filters';
import { poseForPosture, shownPose } from './point-pose';

describe('the pose the 3D view shows', () => {
  it('has a pose for every posture the dataset can state', () => {
    for (const posture of POSTURES) expect(POSE_NAMES).toContain(poseForPosture(posture));
  });

  it('keeps a point whose posture is not stated standing', () => {
    expect(poseForPosture('not-stated')).toBe('standing');
  });

  it('stands while the posture view is off, whatever is selected or filtered', () => {
    for (const point of DATASET.points)
      expect(shownPose(false, point.posture.stated, { posture: 'sitting' })).toBe('standing');
  });

  it("shows the selected point's posture before the filter's", () => {
    expect(shownPose(true, 'lying-on-back', { posture: 'sitting' })).toBe('lying-on-back');
    expect(shownPose(true, undefined, { posture: 'on-all-fours' })).toBe('on-all-fours');
    expect(shownPose(true, undefined, NO_FILTERS)).toBe('standing');
  });
});
