/** The whole figure's field: trunk, head and neck, and the left limbs (mirrored by |x|). */
import { castToSurface } from '../mesh/queries';
import { LEVEL, NECK } from '../proportions';
import type { Skeleton } from '../skeleton';
import { ell } from '../sdf/prims';
import { compileField, cut, makePointField, smooth, type SdfNode } from '../sdf/tree';
import { arm } from './arm';
import { headAndNeck } from './head';
import { leg } from './leg';
import { trunk } from './trunk';

export function bodyField(s: Skeleton): SdfNode {
  const whole = smooth(0.02, smooth(0.025, trunk(), headAndNeck()), arm(s), leg(s));
  // The suprasternal notch is cut after the neck joins the chest, so the neck cannot fill it.
  const front = castToSurface(
    makePointField(compileField(whole)),
    [0, LEVEL.sternalNotch, 0],
    [0, 0, 1],
  );
  const notch = ell(
    [0, LEVEL.sternalNotch, front[2] - NECK.notchDepth + NECK.notchRadii[2]],
    NECK.notchRadii,
  );
  return cut(0.008, whole, notch);
}
