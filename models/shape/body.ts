/** The whole figure's field: trunk, head and neck, and the left limbs (mirrored by |x|). */
import type { Skeleton } from '../skeleton';
import { smooth, type SdfNode } from '../sdf/tree';
import { arm } from './arm';
import { headAndNeck } from './head';
import { leg } from './leg';
import { trunk } from './trunk';

export function bodyField(s: Skeleton): SdfNode {
  return smooth(0.02, smooth(0.025, trunk(), headAndNeck()), arm(s), leg(s));
}
