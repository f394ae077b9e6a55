import { Matrix4, Sphere, Vector3, type Object3D } from 'three';
import { clone as cloneSkinned } from 'three/examples/jsm/utils/SkeletonUtils.js';
import { applyPose } from '../../../models/pose-apply';
import type { PoseName } from '../../../models/poses';
import type { PlacedMarker } from '../../data/placement';
import type { PlacementAsset } from './placement-asset';
import { markersOnPosedSkin, type AnchoredMarker } from './skin-anchors';
import { vertexSkinTransform } from './skin-transform';
import { skinnedBodyMesh, skinReader } from './world-geometry';

/** The skin in one pose: where it carries the markers, and how to frame the body. */
export interface PosedSkin {
  pose: PoseName;
  markers: PlacedMarker[];
  /** The smallest sphere around the posed body, for framing it whole. */
  bounds: Sphere;
  /**
   * For each marker (by `markerKey`), the move that takes the posed world back to the rest pose
   * around it: words such as "from the outer side" are worked out in the body's own frame.
   */
  toRest: Map<string, Matrix4>;
}

export const markerKey = (marker: Pick<PlacedMarker, 'point' | 'side'>) =>
  `${marker.point}:${marker.side}`;

interface BodyPoses {
  /** A copy of the body with bones of its own, posed off screen to read the skin from. */
  probe: Object3D;
  byPose: Map<PoseName, PosedSkin>;
}

const posesOf = new WeakMap<Object3D, WeakMap<PlacementAsset, BodyPoses>>();

/**
 * The markers of `placement` (held by the rest skin) where the skin of `body` carries them in
 * `pose`. Only the skin under the markers is read, so a pose costs about a millisecond; it is
 * computed once per pose all the same.
 */
export function posedSkin(body: Object3D, placement: PlacementAsset, pose: PoseName): PosedSkin {
  let byPlacement = posesOf.get(body);
  if (byPlacement === undefined) posesOf.set(body, (byPlacement = new WeakMap()));
  let poses = byPlacement.get(placement);
  if (poses === undefined) {
    poses = { probe: cloneSkinned(body), byPose: new Map() };
    byPlacement.set(placement, poses);
  }
  const cached = poses.byPose.get(pose);
  if (cached !== undefined) return cached;
  const [x, y, z, radius] = placement.bounds[pose];
  const bounds = new Sphere(new Vector3(x, y, z), radius);
  let posed: PosedSkin;
  // The model's rest pose is the standing one (models/skin.test.ts): the loaded body is in it.
  if (pose === 'standing') {
    posed = {
      pose,
      markers: markersOnPosedSkin(placement.markers, skinReader(body)),
      bounds,
      toRest: new Map(placement.markers.map((m) => [markerKey(m), new Matrix4()])),
    };
  } else {
    applyPose(poses.probe, pose);
    posed = {
      pose,
      markers: markersOnPosedSkin(placement.markers, skinReader(poses.probe)),
      bounds,
      toRest: restTransforms(placement.markers, poses.probe, body),
    };
  }
  poses.byPose.set(pose, posed);
  return posed;
}

function restTransforms(
  anchored: readonly AnchoredMarker[],
  probe: Object3D,
  rest: Object3D,
): Map<string, Matrix4> {
  const posedMesh = skinnedBodyMesh(probe);
  const restMesh = skinnedBodyMesh(rest);
  rest.updateMatrixWorld(true);
  return new Map(
    anchored.map((marker) => {
      const { anchor } = marker;
      // The skin's move at the anchor's heaviest corner: rest from bind, after posed from bind undone.
      const corner = anchor.vertices[anchor.weights.indexOf(Math.max(...anchor.weights))]!;
      const posedFromBind = vertexSkinTransform(posedMesh, corner, new Matrix4());
      const restFromBind = vertexSkinTransform(restMesh, corner, new Matrix4());
      return [markerKey(marker), restFromBind.multiply(posedFromBind.invert())];
    }),
  );
}
