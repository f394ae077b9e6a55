import type { Point } from '../../../points/schema';

/**
 * The disagreements that touch every point of a set of two or more. A handout states them
 * once, above the cards, instead of repeating them on each card.
 */
export function sharedDisagreementIds(points: readonly Point[]): string[] {
  const [first, ...rest] = points;
  if (first === undefined || rest.length === 0) return [];
  return first.disagreements.filter((id) =>
    rest.every((point) => point.disagreements.includes(id)),
  );
}
