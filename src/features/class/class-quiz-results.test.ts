import { describe, expect, it } from 'vitest';
import { BODY_LANDMARKS } from '../../data/body-landmarks';
import { DATASET } from '../../data/full-dataset';
import { classQuizResult, describeOwnTap, describeResult, ownTapIndex } from './class-quiz-results';
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
  /** A zone one and a half finger-widths wide in radius, as a pressing thumb. */
  const ZONE_FW = 1.5;
  const REACH = { fingerWidthM: FW, zoneRadiusM: ZONE_FW * FW };

  it('counts taps inside the zone of either side of a pair, the share and the median', () => {
    const inside = ZONE_FW / 2;
    const outside = ZONE_FW * 2;
    const result = classQuizResult(
      [from(LEFT, inside), from(RIGHT, -inside), from(RIGHT, outside)],
      MARKERS,
      PAIR,
      REACH,
    );
    expect(result.taps.map((tap) => tap.within)).toEqual([true, true, false]);
    expect(result.within).toBe(2);
    expect(result.share).toBeCloseTo(2 / 3, 9);
    expect(result.taps[2]!.distanceFingerWidths).toBeCloseTo(outside, 6);
    expect(result.medianFingerWidths).toBeCloseTo(inside, 6);
    expect(describeResult(result)).toBe('2 of 3 taps (67%) inside the zone');
  });

  it('says how near the middle tap landed once a class has answered', () => {
    const taps = [0.2, 0.5, 0.8, 3, 4].map((fw) => from(LEFT, fw));
    const result = classQuizResult(taps, MARKERS, PAIR, REACH);
    expect(result.medianFingerWidths).toBeCloseTo(0.8, 6);
    expect(describeResult(result)).toBe(
      '3 of 5 taps (60%) inside the zone; half within 0.8 finger-widths of the point',
    );
  });

  it('follows the zone it is given: a wider zone takes a tap a narrower one leaves out', () => {
    const tap = from(LEFT, 2);
    expect(classQuizResult([tap], MARKERS, PAIR, REACH).within).toBe(0);
    expect(
      classQuizResult([tap], MARKERS, PAIR, { fingerWidthM: FW, zoneRadiusM: 2.5 * FW }).within,
    ).toBe(1);
  });

  it("counts a tap right at the zone's edge as inside, and keeps each dot where it was tapped", () => {
    const edge = from(LEFT, ZONE_FW * 0.999);
    const result = classQuizResult([edge], MARKERS, PAIR, REACH);
    expect(result.within).toBe(1);
    expect(result.taps[0]!.position).toEqual(edge.position);
    expect(describeResult(result)).toBe('1 of 1 tap (100%) inside the zone');
  });

  it("finds a student's own tap among the class's and says how it did", () => {
    const mine = from(RIGHT, 3);
    const result = classQuizResult([from(LEFT, 0.2), mine], MARKERS, PAIR, REACH);
    // The hub keeps taps to the millimetre: a tap sent with more digits is still found.
    const sent: [number, number, number] = [
      mine.position[0] + 0.0004,
      mine.position[1],
      mine.position[2],
    ];
    const index = ownTapIndex(result.taps, sent);
    expect(index).toBe(1);
    expect(describeOwnTap(result.taps[index]!)).toBe(
      'Your tap: 3.0 finger-widths from the point, outside its zone.',
    );
    expect(describeOwnTap(result.taps[0]!)).toBe('Your tap: inside the zone.');
    expect(ownTapIndex(result.taps, null)).toBe(-1);
    expect(ownTapIndex(result.taps, [1, 1, 1])).toBe(-1);
  });

  it('has no share before anyone answered', () => {
    const result = classQuizResult([], MARKERS, PAIR, REACH);
    expect(result.share).toBeNull();
    expect(result.medianFingerWidths).toBeNull();
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
