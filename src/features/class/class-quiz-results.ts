import type { Tap } from '../../class/protocol';
import type { PlacedMarker } from '../../data/placement';
import { distanceToPointFingerWidths } from '../../data/quiz';

export interface ClassTap {
  position: Tap['position'];
  /** To the nearer side of a pair, in the body's finger-widths. */
  distanceFingerWidths: number;
  /** Inside the point's zone (src/data/zone.ts): where the point may lie. */
  within: boolean;
}

export interface ClassQuizResult {
  taps: ClassTap[];
  within: number;
  /** The part of the taps inside the zone, 0 to 1; null before anyone answered. */
  share: number | null;
  /** Half the taps were this near the point or nearer, in finger-widths; null with no taps. */
  medianFingerWidths: number | null;
}

/** How a tap is measured: the body's finger-width, and the asked point's zone. */
export interface ClassQuizReach {
  fingerWidthM: number;
  zoneRadiusM: number;
}

/**
 * The class's answers to "find point N", each measured to the nearer side of the point (either
 * side of a pair counts), with the share that landed inside the point's zone: the same zone the
 * reveal draws on the body, so what counts is what the class sees.
 */
export function classQuizResult(
  taps: readonly Tap[],
  markers: readonly Pick<PlacedMarker, 'point' | 'position'>[],
  point: number,
  reach: ClassQuizReach,
): ClassQuizResult {
  const zoneFingerWidths = reach.zoneRadiusM / reach.fingerWidthM;
  const measured = taps.map(({ position }) => {
    const distanceFingerWidths = distanceToPointFingerWidths(
      position,
      markers,
      point,
      reach.fingerWidthM,
    );
    return { position, distanceFingerWidths, within: distanceFingerWidths <= zoneFingerWidths };
  });
  const within = measured.filter((tap) => tap.within).length;
  return {
    taps: measured,
    within,
    share: measured.length === 0 ? null : within / measured.length,
    medianFingerWidths: median(measured.map((tap) => tap.distanceFingerWidths)),
  };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** From this many taps on, the result also says how near the middle one landed. */
const MEDIAN_FROM_TAPS = 5;

/** "4 of 6 taps (67%) inside the zone; half within 0.8 finger-widths", for projector and readers. */
export function describeResult(result: ClassQuizResult): string {
  const total = result.taps.length;
  if (result.share === null || result.medianFingerWidths === null)
    return 'Nobody answered this question.';
  const percent = Math.round(result.share * 100);
  const taps = `${result.within} of ${total} ${total === 1 ? 'tap' : 'taps'} (${percent}%) inside the zone`;
  // A middle of two or three taps says nothing about a class; from five on it does.
  if (total < MEDIAN_FROM_TAPS) return taps;
  return `${taps}; half within ${fingerWidths(result.medianFingerWidths)} of the point`;
}

/** A student's own tap, in words, once the answers are shown. */
export function describeOwnTap(tap: ClassTap): string {
  return tap.within
    ? 'Your tap: inside the zone.'
    : `Your tap: ${fingerWidths(tap.distanceFingerWidths)} from the point, outside its zone.`;
}

const fingerWidths = (value: number) =>
  `${value.toFixed(1)} finger-width${value.toFixed(1) === '1.0' ? '' : 's'}`;

/** The tap of these that is this device's own (the hub keeps taps to the millimetre). */
export function ownTapIndex(
  taps: readonly Pick<ClassTap, 'position'>[],
  own: Tap['position'] | null,
): number {
  if (own === null) return -1;
  const MM = 0.001;
  return taps.findIndex(({ position }) =>
    position.every((value, i) => Math.abs(value - own[i]!) <= MM),
  );
}
