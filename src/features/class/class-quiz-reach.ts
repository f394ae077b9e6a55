import { BODY_LANDMARKS } from '../../data/body-landmarks';
import { pointByNumber } from '../../data/dataset';
import { DATASET } from '../../data/full-dataset';
import { zoneOf } from '../../data/zone';
import type { ClassQuizReach } from './class-quiz-results';

/** How the class's taps for `point` are measured on this body: its finger-width and zone. */
export function classQuizReach(point: number): ClassQuizReach {
  const asked = pointByNumber(DATASET, point);
  if (asked === undefined)
    throw new Error(`the class was asked about point ${point}, not in the atlas`);
  return { fingerWidthM: BODY_LANDMARKS.fingerWidthM, zoneRadiusM: zoneOf(asked, DATASET).radiusM };
}
