import type { Point } from '../../points/schema';

const CM = 0.01;
/** Closer than this, the two are one spot as far as a finger can tell. */
const SAME_SPOT_M = 0.003;

/** "1.2 cm (0.5 cun)": a distance on the body in centimetres and in the standard's cun. */
export function distanceWords(distanceM: number, cunM: number): string {
  const cm = (distanceM / CM).toFixed(1);
  const cun = (distanceM / cunM).toFixed(1);
  return `${cm} cm (${cun} cun)`;
}

/**
 * What the comparison says beside its switch: the standard point, how sure the match is, and
 * how far it lies from the article's reading on this body (when it has been placed).
 */
export function standardComparisonWords(
  standard: Pick<NonNullable<Point['standardPoint']>, 'code' | 'confidence'>,
  placed: { distanceM: number; cunM: number } | undefined,
): string {
  const match = `${standard.code}, ${standard.confidence} confidence (our interpretation)`;
  if (placed === undefined) return `Likely standard point: ${match}.`;
  if (placed.distanceM < SAME_SPOT_M)
    return `Likely standard point: ${match}; the standard puts it on the article's spot.`;
  return `Likely standard point: ${match}; the standard puts it ${distanceWords(placed.distanceM, placed.cunM)} from the article's reading.`;
}
