import { HEAD, LEVEL } from '../../models/proportions';
import type { Vec3 } from '../../models/landmark-table';

/** Half the width of the face at the cheeks, as a share of the head's height. */
const CHEEK_HALF_WIDTH_SHARE = 0.29;

/**
 * Whether a point on the skin lies in the neck right under the face (rest pose): between the
 * breastbone notch and the chin, no wider than the face. Above such a point, on screen, is the
 * chin and the face.
 */
export function isUnderTheFace([x, y]: Vec3): boolean {
  return y > LEVEL.sternalNotch && y < LEVEL.chin && Math.abs(x) < CHEEK_HALF_WIDTH_SHARE * HEAD;
}
