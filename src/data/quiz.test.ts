import { describe, expect, it } from 'vitest';
import { DATASET } from './full-dataset';
import type { PlacedMarker } from './placement';
import {
  buildRound,
  questionsIn,
  ROUND_SIZES,
  CORRECT_WITHIN_FINGER_WIDTHS,
  distanceToPointFingerWidths,
  roundScore,
  scoreBodyClick,
  scoredCount,
  SHOWN_ANSWER,
  scoreSelf,
  scoreName,
  NAME_SKIPPED,
  NAME_CHOICES,
  nameChoices,
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
    expect(scoreBodyClick(CORRECT_WITHIN_FINGER_WIDTHS, TAP).correct).toBe(true);
    expect(scoreBodyClick(0.2, TAP).correct).toBe(true);
    expect(scoreBodyClick(CORRECT_WITHIN_FINGER_WIDTHS + 0.01, TAP).correct).toBe(false);
  });

  it('counts within the zone it is given: the solo quiz hands it the point’s zone', () => {
    const zone = 1.2;
    expect(scoreBodyClick(1.19, TAP, zone)).toMatchObject({
      correct: true,
      withinFingerWidths: zone,
    });
    expect(scoreBodyClick(1.21, TAP, zone).correct).toBe(false);
  });

  it('refuses a point with no placed marker rather than scoring it', () => {
    expect(() => distanceToPointFingerWidths([0, 0, 0], MARKERS, 3, FINGER_WIDTH_M)).toThrow(
      /point 3/,
    );
  });
});

const TAP = [0, 1, 0.1] as const;

describe('the other answers', () => {
  it('keeps the tap with a body answer, so it can be drawn beside the point', () => {
    const answer = scoreBodyClick(0.5, TAP);
    expect(answer.kind === 'find' && answer.via === 'body' && answer.tap).toEqual(TAP);
  });

  it('never scores a question the player asked to be shown', () => {
    expect(SHOWN_ANSWER.correct).toBe(false);
  });

  it('scores a named pin right only for its own point', () => {
    expect(scoreName({ point: 8 }, 8)).toMatchObject({ kind: 'name', correct: true });
    expect(scoreName({ point: 8 }, 9)).toMatchObject({ chosen: 9, correct: false });
    expect(NAME_SKIPPED.correct).toBe(false);
  });

  it('scores self-massage by the sentence that names the points', () => {
    const named = DATASET.points.find((p) => p.number === 3)!;
    const notNamed = DATASET.points.find((p) => p.number === 15)!;
    expect(scoreSelf(named, true).correct).toBe(true);
    expect(scoreSelf(named, false).correct).toBe(false);
    expect(scoreSelf(notNamed, false).correct).toBe(true);
  });

  it('adds up the correct answers, leaving unanswered ones out', () => {
    expect(
      roundScore([scoreBodyClick(0.5, TAP), scoreBodyClick(4, TAP), SHOWN_ANSWER, undefined]),
    ).toBe(1);
  });
});

describe('a round', () => {
  it('mixes the kinds, draws from the filtered points, and carries nothing about where a point is', () => {
    const pool = DATASET.points.filter((p) => p.selfMassage.inSelfMassageSentence);
    const round = buildRound(pool, seeded(7));
    expect(round.map((q) => q.kind)).toEqual(['find', 'find', 'self', 'find', 'name', 'self']);
    const inPool = new Set(pool.map((p) => p.number));
    for (const question of round) expect(inPool).toContain(question.point);
    // The others take each point once before any repeats; the pin comes from its own cycle.
    const others = round.filter((q) => q.kind !== 'name').map((q) => q.point);
    expect(new Set(others).size).toBe(others.length);
    for (const question of round)
      expect(Object.keys(question).sort()).toEqual(
        question.kind === 'name' ? ['choices', 'kind', 'point'] : ['kind', 'point'],
      );
  });

  it('asks a lone point to be found, never named: a name question needs another to choose', () => {
    const round = buildRound(DATASET.points.slice(0, 1), seeded(2));
    expect(round.map((q) => q.kind)).toEqual(['find', 'find', 'self', 'find', 'find', 'self']);
  });

  it('repeats points only when the filter leaves fewer than a round', () => {
    const pool = DATASET.points.slice(0, 2);
    const round = buildRound(pool, seeded(1));
    expect(round).toHaveLength(6);
    expect(
      round
        .slice(0, 2)
        .map((q) => q.point)
        .sort(),
    ).toEqual([1, 2]);
  });

  it('asks the self-massage question of named and other points by turns, so "No" cannot win', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const round = buildRound(DATASET.points, seeded(seed), 12);
      const named = round
        .filter((q) => q.kind === 'self')
        .map((q) => DATASET.points.find((p) => p.number === q.point)!)
        .map((p) => p.selfMassage.inSelfMassageSentence);
      expect(named).toHaveLength(4);
      expect(named.filter(Boolean)).toHaveLength(2);
    }
  });

  it('scores only what was answered and not shown or skipped', () => {
    const answers = [
      scoreBodyClick(0.5, TAP),
      SHOWN_ANSWER,
      scoreBodyClick(4, TAP),
      NAME_SKIPPED,
      undefined,
    ];
    expect(scoredCount(answers)).toBe(2);
    expect(roundScore(answers)).toBe(1);
  });

  it('is as long as the learner chose: 6, 12, or one question for each point in the set', () => {
    expect(ROUND_SIZES).toEqual([6, 12, 'all']);
    const pool = DATASET.points;
    for (const size of ROUND_SIZES) {
      const length = questionsIn(size, pool.length);
      expect(buildRound(pool, seeded(3), length)).toHaveLength(length);
    }
    expect(questionsIn('all', pool.length)).toBe(pool.length);
    expect(questionsIn('all', 5)).toBe(5);
    expect(questionsIn(12, 5)).toBe(12);
  });

  it('is empty when the filters leave no points', () => {
    expect(buildRound([], seeded(1))).toEqual([]);
  });
});

describe('the choices a pin is named from', () => {
  const pointNumbered = (number: number) => DATASET.points.find((p) => p.number === number)!;

  it('offers the pinned point among others of its own region first, in number order', () => {
    for (const seed of [1, 2, 3, 4]) {
      const pinned = pointNumbered(8);
      const choices = nameChoices(DATASET.points, pinned, seeded(seed));
      expect(choices).toHaveLength(NAME_CHOICES);
      expect(choices).toContain(8);
      expect(new Set(choices).size).toBe(NAME_CHOICES);
      expect([...choices].sort((a, b) => a - b)).toEqual(choices);
      const sameRegion = DATASET.points.filter((p) => p.region === pinned.region).length;
      const neighbours = choices.filter((n) => pointNumbered(n).region === pinned.region);
      expect(neighbours).toHaveLength(Math.min(NAME_CHOICES, sameRegion));
    }
  });

  it('offers what a small set has: every point of a set of three', () => {
    const pool = DATASET.points.slice(0, 3);
    const numbers = pool.map((p) => p.number).sort((a, b) => a - b);
    expect(nameChoices(pool, pool[1]!, seeded(5))).toEqual(numbers);
  });

  it('pins points from a cycle of their own, so earlier questions rule no choice out', () => {
    // With the find questions' cycle, a pin in a round of the set's size was never a point
    // asked before it; on its own cycle it often is.
    let pinnedAfterAsked = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const round = buildRound(DATASET.points, seeded(seed), 6);
      const pinAt = round.findIndex((q) => q.kind === 'name');
      const asked = new Set(round.slice(0, pinAt).map((q) => q.point));
      if (asked.has(round[pinAt]!.point)) pinnedAfterAsked++;
    }
    expect(pinnedAfterAsked).toBeGreaterThan(0);
  });

  it('never pins the point the question before it has just shown', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const round = buildRound(DATASET.points.slice(0, 3), seeded(seed), 12);
      round.forEach((question, i) => {
        if (question.kind === 'name') expect(question.point).not.toBe(round[i - 1]!.point);
      });
    }
  });

  it('gives each name question of a round its own choices, the asked point among them', () => {
    const round = buildRound(DATASET.points, seeded(9), 24);
    const named = round.filter((q) => q.kind === 'name');
    expect(named).toHaveLength(4);
    for (const question of named) expect(question.choices).toContain(question.point);
  });
});
