import type { PointSummary } from '../../points/dataset-parts';
import type { PlacedMarker } from './placement';

/**
 * A click counts as correct within this many finger-widths of the point. The article gives its
 * distances in finger-widths and often leaves the amount or direction unstated, so the points
 * are only known to about a finger's breadth; a pressing thumb covers roughly one and a half
 * finger-widths of skin, so a click that close would land the thumb on the point.
 */
export const CORRECT_WITHIN_FINGER_WIDTHS = 1.5;

export const QUESTIONS_PER_ROUND = 6;
/** Which kind each question of a round is: mostly finding, with a self-massage question every third. */
const KIND_PATTERN = ['find', 'find', 'self'] as const;

export type QuestionKind = (typeof KIND_PATTERN)[number];

/** A question names the point by its number and name only: nothing about where it is. */
export interface Question {
  kind: QuestionKind;
  point: number;
}

type Vec3 = readonly [number, number, number];

export type Answer =
  | { kind: 'find'; via: 'body'; distanceFingerWidths: number; correct: boolean; tap: Vec3 }
  /** Without a body to tap (no WebGL, keyboard only), the player asks to be shown: no score. */
  | { kind: 'find'; via: 'shown'; correct: false }
  | { kind: 'self'; saidYes: boolean; correct: boolean };

export type Random = () => number;

/**
 * Distance from a clicked skin point to the nearest marker of the asked point (either side of a
 * pair counts), in finger-widths. It is the straight line, which matches the way over the skin
 * for the short distances that decide right or wrong; a click far off is wrong either way.
 */
export function distanceToPointFingerWidths(
  clicked: Vec3,
  markers: readonly Pick<PlacedMarker, 'point' | 'position'>[],
  point: number,
  fingerWidthM: number,
): number {
  const distances = markers
    .filter((marker) => marker.point === point)
    .map((marker) => Math.hypot(...marker.position.map((value, i) => value - clicked[i]!)));
  if (distances.length === 0) throw new Error(`no marker is placed for point ${point}`);
  return Math.min(...distances) / fingerWidthM;
}

export function scoreBodyClick(distanceFingerWidths: number, tap: Vec3): Answer {
  return {
    kind: 'find',
    via: 'body',
    distanceFingerWidths,
    correct: isWithinReach(distanceFingerWidths),
    tap,
  };
}

/** Whether a tap this far from the point counts as finding it. */
export function isWithinReach(distanceFingerWidths: number): boolean {
  return distanceFingerWidths <= CORRECT_WITHIN_FINGER_WIDTHS;
}

export const SHOWN_ANSWER: Answer = { kind: 'find', via: 'shown', correct: false };

export function scoreSelf(point: PointSummary, saidYes: boolean): Answer {
  return { kind: 'self', saidYes, correct: saidYes === point.selfMassage.inSelfMassageSentence };
}

/**
 * A round drawn from the given points (the current filter result): shuffled, each point once
 * before any repeats.
 */
export function buildRound(
  pool: readonly PointSummary[],
  random: Random,
  size = QUESTIONS_PER_ROUND,
): Question[] {
  if (pool.length === 0) return [];
  const order: PointSummary[] = [];
  while (order.length < size) order.push(...shuffle(pool, random));
  return order.slice(0, size).map((point, i) => ({
    kind: KIND_PATTERN[i % KIND_PATTERN.length]!,
    point: point.number,
  }));
}

export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

export function roundScore(answers: readonly (Answer | undefined)[]): number {
  return answers.filter((answer) => answer?.correct === true).length;
}
