import type { Offset, Point, Reference } from '../../points/schema';
import { DIRECTION_LABELS, LANDMARK_LABELS } from './labels';

export function describeReference(reference: Reference): string {
  switch (reference.kind) {
    case 'landmark':
      return `Start at ${LANDMARK_LABELS[reference.landmark]}`;
    case 'midpoint':
      return `Start halfway between ${LANDMARK_LABELS[reference.landmarks[0]]} and ${LANDMARK_LABELS[reference.landmarks[1]]}`;
    case 'point':
      return `Start at point ${reference.point}`;
  }
}

export function formatAmount(offset: Pick<Offset, 'amount' | 'unit'>): string {
  if (offset.unit === 'mm') return `${offset.amount} mm`;
  return `${offset.amount} finger-width${offset.amount === 1 ? '' : 's'}`;
}

export interface OffsetStep {
  text: string;
  /** True when the source leaves out the distance or the direction and the step is our reading. */
  assumed: boolean;
}

export function describeOffset(offset: Offset): OffsetStep {
  const amount = offset.amountStated ? formatAmount(offset) : `about ${formatAmount(offset)}`;
  return {
    text: `move ${amount} ${DIRECTION_LABELS[offset.direction]}`,
    assumed: !offset.amountStated || !offset.directionStated,
  };
}

/** The placement rule as steps a person can follow, in order. */
export function describeRule(point: Point): { start: string; steps: OffsetStep[] } {
  return {
    start: describeReference(point.location.reference),
    steps: point.location.offsets.map(describeOffset),
  };
}
