import { Box3, Matrix4, Vector3, type Object3D, type SkinnedMesh } from 'three';
import { clone as cloneSkinned } from 'three/examples/jsm/utils/SkeletonUtils.js';
import { applyPose } from '../../../models/pose-apply';
import type { PoseName } from '../../../models/poses';
import type { PlacedMarker } from '../../data/placement';
import type { PlacedStandardPoint } from '../../data/standard-placement';
import type { PlacementAsset } from './placement-asset';
import {
  markersOnPosedSkin,
  standardPointsOnPosedSkin,
  type AnchoredMarker,
  type SkinAnchor,
} from './skin-anchors';
import { vertexSkinTransform } from './skin-transform';
import { decodeSightMask, looksThroughFold, type SightMask } from '../framing/sight-mask';
import { skinnedBodyMesh, skinReader, type SkinReader } from './world-geometry';

/** The skin in one pose: where it carries the markers, and how to frame the body. */
export interface PosedSkin {
  pose: PoseName;
  markers: PlacedMarker[];
  /** The standard points the dataset's points are compared with, where the skin carries them. */
  standardPoints: PlacedStandardPoint[];
  /** The box around the posed body, for framing it whole. */
  bounds: Box3;
  /**
   * For each marker (by `markerKey`), the move that takes the posed world back to the rest pose
   * around it: words such as "from the outer side" are worked out in the body's own frame.
   */
  toRest: Map<string, Matrix4>;
  /** What the camera needs to frame each marker (by `markerKey`). */
  framing: Map<string, MarkerFraming>;
  /** The body's long axis as posed, pelvis toward head: which way is up for the figure. */
  headward: Vector3;
}

/** A marker's line of sight in this pose, and the outline of the body part around it. */
export interface MarkerFraming {
  sight: SightMask | null;
  /** No view of this pose sees it clear: the sight looks through a fold of skin over it. */
  inFold: boolean;
  context: Vector3[];
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
  const [minX, minY, minZ, maxX, maxY, maxZ] = placement.bounds[pose];
  const bounds = new Box3(new Vector3(minX, minY, minZ), new Vector3(maxX, maxY, maxZ));
  // The model's rest pose is the standing one (models/skin.test.ts): the loaded body is in it.
  const posedBody = pose === 'standing' ? body : poses.probe;
  if (pose !== 'standing') applyPose(poses.probe, pose);
  const reader = skinReader(posedBody);
  const posed: PosedSkin = {
    pose,
    markers: markersOnPosedSkin(placement.markers, reader),
    standardPoints: standardPointsOnPosedSkin(placement.standard, reader),
    bounds,
    toRest:
      pose === 'standing'
        ? new Map(placement.markers.map((m) => [markerKey(m), new Matrix4()]))
        : restTransforms(placement.markers, poses.probe, body),
    framing: markerFramings(placement, pose, reader),
    headward: headwardAxis(posedBody),
  };
  poses.byPose.set(pose, posed);
  return posed;
}

function markerFramings(
  placement: PlacementAsset,
  pose: PoseName,
  reader: SkinReader,
): Map<string, MarkerFraming> {
  const sight = placement.sight?.[pose];
  const normal = new Vector3();
  return new Map(
    placement.markers.map((marker, i) => {
      const mask = sight?.[i];
      const context = marker.context.map((vertex) => {
        const spot = new Vector3();
        reader.read(vertex, spot, normal);
        return spot;
      });
      return [
        markerKey(marker),
        {
          sight: mask === undefined ? null : decodeSightMask(mask),
          inFold: mask !== undefined && looksThroughFold(mask),
          context,
        },
      ];
    }),
  );
}

/** From the pelvis joint toward the head's, as the skeleton under `root` is posed now. */
function headwardAxis(root: Object3D): Vector3 {
  const pelvis = root.getObjectByName('pelvis');
  const head = root.getObjectByName('head');
  if (pelvis === undefined || head === undefined)
    throw new Error('models/body.glb: the skeleton lacks its pelvis or head bone');
  return head
    .getWorldPosition(new Vector3())
    .sub(pelvis.getWorldPosition(new Vector3()))
    .normalize();
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
      // The skin's move at the marker, blended from its triangle's corners as the marker is:
      // rest from bind, after posed from bind undone. One corner alone can sit across a bent
      // joint from the marker (the groin when sitting) and carry it centimetres astray.
      const posedFromBind = blendedSkinTransform(posedMesh, marker.anchor);
      const restFromBind = blendedSkinTransform(restMesh, marker.anchor);
      return [markerKey(marker), restFromBind.multiply(posedFromBind.invert())];
    }),
  );
}

/** The skinning transform at an anchored spot: its corners' transforms in its own weights. */
function blendedSkinTransform(mesh: SkinnedMesh, anchor: SkinAnchor): Matrix4 {
  const blended = new Matrix4().makeScale(0, 0, 0);
  blended.elements[15] = 0;
  const corner = new Matrix4();
  anchor.vertices.forEach((vertex, i) => {
    vertexSkinTransform(mesh, vertex, corner);
    const weight = anchor.weights[i]!;
    for (let k = 0; k < 16; k++) blended.elements[k]! += corner.elements[k]! * weight;
  });
  return blended;
}
