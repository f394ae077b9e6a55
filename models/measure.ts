/** The figure's own measures, taken from the generated field. */
import { castToSurface } from './mesh/queries';
import type { Skeleton } from './skeleton';
import { cross, len, norm, scale, sub } from './sdf/vec';

/**
 * Finger-width: the breadth of the four fingers (index to little) held together at the middle
 * finger's middle joint, divided by four — measured as the sum of each finger's breadth across its
 * middle (PIP) joint, since the model's fingers are slightly spread.
 */
export function measureFingerWidth(s: Skeleton, field: (p: readonly number[]) => number): number {
  let total = 0;
  for (const f of s.fingers) {
    const across = norm(cross(f.dir[0]!, s.hand.normal));
    const a = castToSurface(field, f.pip, across, 0.05);
    const b = castToSurface(field, f.pip, scale(across, -1), 0.05);
    total += len(sub(a, b));
  }
  return total / 4;
}
