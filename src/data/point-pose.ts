import type { PoseName } from '../../models/poses';
import type { Posture } from '../../points/schema';
import type { Filters } from './filters';

/**
 * The body's pose for a posture of the dataset. The vocabularies share their names on purpose;
 * a posture the source does not state leaves the figure standing.
 */
export function poseForPosture(posture: Posture): PoseName {
  return posture === 'not-stated' ? 'standing' : posture;
}

/**
 * What the 3D view should show: the selected point's posture, or with no point selected the
 * posture the list is filtered to; standing while the posture view is off.
 */
export function shownPose(
  showPosture: boolean,
  selectedPosture: Posture | undefined,
  filters: Pick<Filters, 'posture'>,
): PoseName {
  if (!showPosture) return 'standing';
  if (selectedPosture !== undefined) return poseForPosture(selectedPosture);
  return filters.posture === 'all' ? 'standing' : poseForPosture(filters.posture);
}
