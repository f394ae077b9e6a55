import { describe, expect, it } from 'vitest';
import { DATASET } from './dataset';
import type { PlacedMarker } from './placement';
import {
  buildRound,
  CORRECT_WITHIN_FINGER_WIDTHS,
  distanceToPointFingerWidths,
  roundScore,
  scoreBodyClick,
  scoreChoice,
  scoreSelf,
} from './quiz';

const FINGER_WIDTH_M = 0.018;

const marker = (point: number, side: PlacedMarker['side'], x: number) => ({
  point,
  side,
  position: [x, 1, 0.1] as [number, number, number],
});

/** A pair 20 cm apart, and another point in between. */
const MARKERS = [marker(15, 'left', 0.1), marker(15, 'right', -0.1), marker(23, 'midline', 0)];

/** A fixed sequence, so rounds are repeatable in tests. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

const dataset = DATASET;

describe('scoring a click on the body', () => {
  it('measures to the nearer side of a pair, so either side counts', () => {
    const nearRight = distanceToPointFingerWidths(
      [-0.1 + 0.018, 1, 0.1],
      MARKERS,
      15,
      FINGER_WIDTH_M,
    );
    const nearLeft = distanceToPointFingerWidths(
      [0.1 - 0.018, 1, 0.1],
      MARKERS,
      15,
      FINGER_WIDTH_M,
    );
    expect(nearRight).toBeCloseTo(1, 6);
    expect(nearLeft).toBeCloseTo(1, 6);
  });

  it('ignores other points’ markers', () => {
    // Right on point 23, but point 15 is asked: 10 cm away is about 5.6 finger-widths.
    expect(distanceToPointFingerWidths([0, 1, 0.1], MARKERS, 15, FINGER_WIDTH_M)).toBeCloseTo(
      0.1 / FINGER_WIDTH_M,
      6,
    );
  });

  it('counts a click within the threshold as correct and beyond it as wrong', () => {
    expect(scoreBodyClick(CORRECT_WITHIN_FINGER_WIDTHS).correct).toBe(true);
    expect(scoreBodyClick(0.2).correct).toBe(true);
    expect(scoreBodyClick(CORRECT_WITHIN_FINGER_WIDTHS + 0.01).correct).toBe(false);
  });

  it('refuses a point with no placed marker rather than scoring it', () => {
    expect(() => distanceToPointFingerWidths([0, 0, 0], MARKERS, 3, FINGER_WIDTH_M)).toThrow(
      /point 3/,
    );
  });
});

describe('the other answers', () => {
  it('scores a chosen description by its point', () => {
    const question = { kind: 'find' as const, point: 8, choices: [3, 8, 12, 20] };
    expect(scoreChoice(question, 8).correct).toBe(true);
    expect(scoreChoice(question, 12).correct).toBe(false);
  });

  it('scores self-massage by the sentence that names the points', () => {
    const named = dataset.points.find((p) => p.number === 3)!;
    const notNamed = dataset.points.find((p) => p.number === 15)!;
    expect(scoreSelf(named, true).correct).toBe(true);
    expect(scoreSelf(named, false).correct).toBe(false);
    expect(scoreSelf(notNamed, false).correct).toBe(true);
  });

  it('adds up the correct answers, leaving unanswered ones out', () => {
    expect(roundScore([scoreBodyClick(0.5), scoreBodyClick(4), undefined])).toBe(1);
  });
});

describe('a round', () => {
  it('mixes the kinds, draws from the filtered points, and offers four descriptions with one right', () => {
    const pool = dataset.points.filter((p) => p.selfMassage.inSelfMassageSentence);
    const round = buildRound(pool, dataset.points, seeded(7));
    expect(round.map((q) => q.kind)).toEqual(['find', 'find', 'self', 'find', 'find', 'self']);
    expect(new Set(round.map((q) => q.point))).toEqual(new Set(pool.map((p) => p.number)));
    for (const question of round) {
      expect(question.choices).toHaveLength(4);
      expect(new Set(question.choices).size).toBe(4);
      expect(question.choices).toContain(question.point);
    }
  });

  it('repeats points only when the filter leaves fewer than a round', () => {
    const pool = dataset.points.slice(0, 2);
    const round = buildRound(pool, dataset.points, seeded(1));
    expect(round).toHaveLength(6);
    expect(
      round
        .slice(0, 2)
        .map((q) => q.point)
        .sort(),
    ).toEqual([1, 2]);
  });

  it('is empty when the filters leave no points', () => {
    expect(buildRound([], dataset.points, seeded(1))).toEqual([]);
  });
});
