/** The whole figure's field: trunk, head and neck, and the left limbs (mirrored by |x|). */
import { castToSurface } from '../mesh/queries';
import { BACK, LEVEL, NECK } from '../proportions';
import { spinousLevel } from '../spine';
import type { Skeleton } from '../skeleton';
import { ell } from '../sdf/prims';
import { bone, compileField, cut, makePointField, smooth, type SdfNode } from '../sdf/tree';
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
  // C7, the bump at the base of the neck a finger counts the vertebrae from, stands out of the
  // skin the neck and the back make together.
  const sp = BACK.spinous;
  const c7Level = spinousLevel('C7');
  const nape = castToSurface(makePointField(compileField(whole)), [0, c7Level, -0.02], [0, 0, -1]);
  const c7 = bone(
    'spine-chest',
    ell([0, c7Level, nape[2] - sp.c7StandOutOfSkin + sp.c7Radii[2]], sp.c7Radii),
  );
  return cut(0.008, smooth(sp.blend, whole, c7), notch);
}
