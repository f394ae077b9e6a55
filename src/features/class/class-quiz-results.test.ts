import { describe, expect, it } from 'vitest';
import { BODY_LANDMARKS } from '../../data/body-landmarks';
import { DATASET } from '../../data/full-dataset';
import { CORRECT_WITHIN_FINGER_WIDTHS } from '../../data/quiz';
import { classQuizResult, describeResult } from './class-quiz-results';
import { bringsStudentBack, sameShareState, shareStateOf, studentModeFor } from './share-state';
import { INITIAL_SHARE_STATE } from '../../class/protocol';

const FW = BODY_LANDMARKS.fingerWidthM;
const PAIR = DATASET.points.find((point) => point.symmetry === 'pair')!.number;
const LEFT: [number, number, number] = [-0.1, 1, 0.1];
const RIGHT: [number, number, number] = [0.1, 1, 0.1];
const MARKERS = [
  { point: PAIR, position: LEFT },
  { point: PAIR, position: RIGHT },
];
/** `fingerWidths` along x from a side of the pair. */
const from = (side: [number, number, number], fingerWidths: number) =>
  ({ position: [side[0] + fingerWidths * FW, side[1], side[2]] }) as {
    position: [number, number, number];
  };

describe('a class quiz result', () => {
  it('counts taps within reach of either side of a pair, and the share of them', () => {
    const inside = CORRECT_WITHIN_FINGER_WIDTHS / 2;
    const outside = CORRECT_WITHIN_FINGER_WIDTHS * 2;
    const result = classQuizResult(
      [from(LEFT, inside), from(RIGHT, -inside), from(RIGHT, outside)],
      MARKERS,
      PAIR,
      FW,
    );
    expect(result.taps.map((tap) => tap.within)).toEqual([true, true, false]);
    expect(result.within).toBe(2);
    expect(result.share).toBeCloseTo(2 / 3, 9);
    expect(result.taps[2]!.distanceFingerWidths).toBeCloseTo(outside, 6);
    expect(describeResult(result)).toBe(
      `2 of 3 taps (67%) within ${CORRECT_WITHIN_FINGER_WIDTHS} finger-widths of the point`,
    );
  });

  it('counts a tap right at the reach as within, and keeps each dot where it was tapped', () => {
    const edge = from(LEFT, CORRECT_WITHIN_FINGER_WIDTHS * 0.999);
    const result = classQuizResult([edge], MARKERS, PAIR, FW);
    expect(result.within).toBe(1);
    expect(result.taps[0]!.position).toEqual(edge.position);
  });

  it('has no share before anyone answered', () => {
    const result = classQuizResult([], MARKERS, PAIR, FW);
    expect(result.share).toBeNull();
    expect(describeResult(result)).toBe('Nobody answered this question.');
  });
});

describe('the shared view', () => {
  it("shows a student the teacher's presentation in the ordinary atlas, other modes as they are", () => {
    expect(studentModeFor('present')).toBe('explore');
    for (const mode of ['explore', 'quiz', 'print', 'routine'] as const)
      expect(studentModeFor(mode)).toBe(mode);
  });

  it('is the atlas state with a named view; "point" without a point is the whole body', () => {
    const atlas = { ...INITIAL_SHARE_STATE, point: null };
    expect(shareStateOf(atlas, 'point').view).toBe('whole');
    expect(shareStateOf({ ...atlas, point: PAIR }, 'back')).toEqual({
      ...INITIAL_SHARE_STATE,
      point: PAIR,
      view: 'back',
    });
  });

  it('tells states apart by every shared part', () => {
    const base = shareStateOf({ ...INITIAL_SHARE_STATE, point: PAIR }, 'point');
    expect(sameShareState(base, { ...base, filters: { ...base.filters } })).toBe(true);
    expect(sameShareState(base, { ...base, showPosture: true })).toBe(false);
    expect(sameShareState(base, { ...base, side: 'right' })).toBe(false);
    // A state from a client that sends no side is the same as one that shows no side.
    expect(sameShareState({ ...base, side: null }, { ...base, side: undefined })).toBe(true);
    expect(sameShareState(base, { ...base, filters: { ...base.filters, region: 'foot' } })).toBe(
      false,
    );
  });

  it('brings a student back on a new point or another side of it only', () => {
    const base = shareStateOf({ ...INITIAL_SHARE_STATE, point: PAIR }, 'point');
    expect(bringsStudentBack(null, base)).toBe(true);
    expect(bringsStudentBack(base, { ...base, view: 'back' })).toBe(false);
    expect(bringsStudentBack(base, { ...base, point: null })).toBe(true);
    expect(bringsStudentBack(base, { ...base, side: 'left' })).toBe(true);
  });
});
