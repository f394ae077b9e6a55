import type { Tap } from '../../class/protocol';
import type { PlacedMarker } from '../../data/placement';
import {
  CORRECT_WITHIN_FINGER_WIDTHS,
  distanceToPointFingerWidths,
  isWithinReach,
} from '../../data/quiz';

export interface ClassTap {
  position: Tap['position'];
  /** To the nearer side of a pair, in the body's finger-widths. */
  distanceFingerWidths: number;
  within: boolean;
}

export interface ClassQuizResult {
  taps: ClassTap[];
  within: number;
  /** The part of the taps within reach of the point, 0 to 1; null before anyone answered. */
  share: number | null;
}

/**
 * The class's answers to "find point N", each measured to the nearer side of the point (either
 * side of a pair counts), with the share that landed within the quiz's reach of it.
 */
export function classQuizResult(
  taps: readonly Tap[],
  markers: readonly Pick<PlacedMarker, 'point' | 'position'>[],
  point: number,
  fingerWidthM: number,
): ClassQuizResult {
  const measured = taps.map(({ position }) => {
    const distanceFingerWidths = distanceToPointFingerWidths(
      position,
      markers,
      point,
      fingerWidthM,
    );
    return { position, distanceFingerWidths, within: isWithinReach(distanceFingerWidths) };
  });
  const within = measured.filter((tap) => tap.within).length;
  return { taps: measured, within, share: measured.length === 0 ? null : within / measured.length };
}

/** "2 of 3 taps (67%) within 1.5 finger-widths", for the projector and for screen readers. */
export function describeResult(result: ClassQuizResult): string {
  const total = result.taps.length;
  if (result.share === null) return 'Nobody answered this question.';
  const percent = Math.round(result.share * 100);
  return `${result.within} of ${total} ${total === 1 ? 'tap' : 'taps'} (${percent}%) within ${CORRECT_WITHIN_FINGER_WIDTHS} finger-widths of the point`;
}
