import { Box3, Sphere, type BufferAttribute, type Object3D } from 'three';
import { clone as cloneSkinned } from 'three/examples/jsm/utils/SkeletonUtils.js';
import { applyPose } from '../../../models/pose-apply';
import { POSE_NAMES } from '../../../models/poses';
import type { Point } from '../../../points/schema';
import { PLACEMENT_FORMAT, type PlacementAsset } from './placement-asset';
import { anchorMarkers } from './skin-anchors';
import { placeOnSkin } from './skin-placement';
import { worldSpaceGeometry } from './world-geometry';

/**
 * Places the dataset's points on the loaded body by rule and binds them to its rest skin, and
 * measures the body in every pose: what the build writes into the placement file, and what the
 * browser falls back to when that file cannot be read.
 */
export function computePlacement(body: Object3D, points: readonly Point[]): PlacementAsset {
  const rest = placeOnSkin(body, points);
  const probe = cloneSkinned(body);
  const bounds = Object.fromEntries(
    POSE_NAMES.map((pose) => {
      applyPose(probe, pose);
      const positions = worldSpaceGeometry(probe).getAttribute('position') as BufferAttribute;
      const sphere = new Box3().setFromBufferAttribute(positions).getBoundingSphere(new Sphere());
      return [pose, [...sphere.center.toArray(), sphere.radius]];
    }),
  ) as PlacementAsset['bounds'];
  return {
    format: PLACEMENT_FORMAT,
    markers: anchorMarkers(rest.placement.markers, rest.skin.geometry, rest.skin),
    problems: rest.placement.problems,
    bounds,
  };
}
