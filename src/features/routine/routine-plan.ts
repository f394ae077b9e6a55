import type { Dataset, Point, Region } from '../../../points/schema';
import { pointByNumber } from '../../data/dataset';
import { isSelfCareMentioned } from '../../data/filters';
import { clampMinutes, MAX_MINUTES, type SidePlan, type StepPlan } from './routine-engine';

/** The points the source names for self-massage: the routine's set when none is chosen. */
export function namedSelfMassagePoints(dataset: Dataset): number[] {
  return dataset.points.filter((p) => p.selfMassage.inSelfMassageSentence).map((p) => p.number);
}

/** Every point any self-care list mentions: what a person may pick from. */
export function selfCarePoints(dataset: Dataset): Point[] {
  return dataset.points.filter(isSelfCareMentioned);
}

/**
 * How the sides are worked: as the source says for the pair; where it does not say, one side
 * and then the other (our reading, shown as such by `sidesStated`).
 */
export function sidePlanFor(point: Point): SidePlan {
  if (point.symmetry === 'midline') return 'single';
  return point.pairTechnique.stated === 'both-sides-together' ? 'both-at-once' : 'one-then-other';
}

export const sidesStated = (point: Point) =>
  point.symmetry === 'midline' || point.pairTechnique.stated !== 'not-stated';

export function planFor(dataset: Dataset, numbers: readonly number[]): StepPlan[] {
  return numbers.flatMap((number) => {
    const point = pointByNumber(dataset, number);
    return point === undefined ? [] : [{ point: number, sides: sidePlanFor(point) }];
  });
}

/** The source's time per point (the longest it gives for these points), else about five minutes. */
export function sourceMinutes(dataset: Dataset, numbers: readonly number[]): number {
  const stated = numbers
    .map((n) => pointByNumber(dataset, n))
    .flatMap((p) => p?.durations ?? [])
    .map((d) => d.maxMinutes);
  return clampMinutes(stated.length > 0 ? Math.max(...stated) : MAX_MINUTES);
}

/** What the side being worked is called on this part of the body. */
const PART_NAMES: Record<Region, string> = {
  'head-neck': 'side of the head',
  back: 'side of the back',
  'abdomen-pelvis': 'side of the belly',
  arm: 'wrist',
  leg: 'leg',
  foot: 'foot',
};

export interface SideWords {
  /** What to press now, e.g. "Left foot". */
  now: string;
  /** The whole order, e.g. "Left foot, then right". */
  order: string;
  /** Which hand, in our words: the source does not say. */
  hand: string;
}

/** Which side is worked first and which second, when a pair is worked one side at a time. */
export function sideWorked(timerSide: 0 | 1): 'left' | 'right' {
  return timerSide === 0 ? 'left' : 'right';
}

export function sideWords(point: Point, sides: SidePlan, side: 0 | 1): SideWords {
  const part = PART_NAMES[point.region];
  if (sides === 'single') {
    return {
      now: 'The single point on the midline',
      order: 'One point, no second side',
      hand: 'Use the fingertips of either hand.',
    };
  }
  if (sides === 'both-at-once') {
    return {
      now: `Both ${plural(part)} at once`,
      order: 'Both sides at the same time',
      hand: `Left hand on the left ${part}, right hand on the right.`,
    };
  }
  const worked = sideWorked(side);
  const sideName = worked === 'left' ? 'Left' : 'Right';
  const otherHand = worked === 'left' ? 'right' : 'left';
  return {
    now: `${sideName} ${part}`,
    order: `Left ${part}, then right`,
    hand:
      point.region === 'arm'
        ? `Press with the fingertips of your ${otherHand} hand.`
        : 'Use the fingertips of either hand, or both thumbs.',
  };
}

function plural(part: string): string {
  if (part === 'foot') return 'feet';
  if (part.startsWith('side of')) return `sides of ${part.slice('side of '.length)}`;
  return `${part}s`;
}
