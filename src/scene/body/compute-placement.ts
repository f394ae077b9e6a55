import { Box3, type BufferAttribute, type Object3D } from 'three';
import { clone as cloneSkinned } from 'three/examples/jsm/utils/SkeletonUtils.js';
import { applyPose } from '../../../models/pose-apply';
import { POSE_NAMES, POSES, type PoseName } from '../../../models/poses';
import { propGeometry } from '../../../models/props';
import type { Point } from '../../../points/schema';
import { BODY_LANDMARKS } from '../../data/body-landmarks';
import { placeStandardPoints } from '../../data/standard-placement';
import { markerSight, occluderIndex } from '../framing/line-of-sight';
import { encodeSightMask } from '../framing/sight-mask';
import { viewContextVertices } from '../framing/view-context';
import { PLACEMENT_FORMAT, type PlacementAsset } from './placement-asset';
import { anchorMarkers, anchorStandardPoints, markersOnPosedSkin } from './skin-anchors';
import { placeOnSkin } from './skin-placement';
import { skinnedBodyMesh, skinReader, worldSpaceGeometry } from './world-geometry';

/**
 * Places the dataset's points on the loaded body by rule and binds them to its rest skin, and
 * measures the body in every pose: what the build writes into the placement file, and what the
 * browser falls back to when that file cannot be read. With `lineOfSight` (the build), it also
 * works out from where each marker can be seen in each pose, which takes a few seconds.
 */
export function computePlacement(
  body: Object3D,
  points: readonly Point[],
  { lineOfSight = false } = {},
): PlacementAsset {
  const rest = placeOnSkin(body, points);
  const standard = placeStandardPoints(
    points,
    rest.placement.markers,
    BODY_LANDMARKS,
    rest.queries,
  );
  const mesh = skinnedBodyMesh(body);
  const anchored = anchorMarkers(rest.placement.markers, rest.skin.geometry, rest.skin).map(
    (marker) => ({
      ...marker,
      context: viewContextVertices(mesh, rest.skin.geometry, marker.anchor, marker.side),
    }),
  );
  const probe = cloneSkinned(body);
  const bounds = {} as PlacementAsset['bounds'];
  const sight: Partial<Record<PoseName, string[]>> = {};
  for (const pose of POSE_NAMES) {
    applyPose(probe, pose);
    const skin = worldSpaceGeometry(probe);
    const positions = skin.getAttribute('position') as BufferAttribute;
    const box = new Box3().setFromBufferAttribute(positions);
    bounds[pose] = [...box.min.toArray(), ...box.max.toArray()];
    if (!lineOfSight) continue;
    const occluders = occluderIndex(skin, POSES[pose].props.map(propGeometry));
    sight[pose] = markersOnPosedSkin(anchored, skinReader(probe)).map((marker) => {
      const { mask, throughFold } = markerSight(marker, occluders);
      return encodeSightMask(mask, throughFold);
    });
  }
  return {
    format: PLACEMENT_FORMAT,
    markers: anchored,
    standard: anchorStandardPoints(standard.standard, rest.skin.geometry, rest.skin),
    problems: [...rest.placement.problems, ...standard.problems],
    bounds,
    ...(lineOfSight ? { sight } : {}),
  };
}
