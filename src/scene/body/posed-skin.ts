import { Box3, Matrix4, SkinnedMesh, Sphere, type BufferAttribute, type Object3D } from 'three';
import { clone as cloneSkinned } from 'three/examples/jsm/utils/SkeletonUtils.js';
import { MeshBVH } from 'three-mesh-bvh';
import { applyPose } from '../../../models/pose-apply';
import type { PoseName } from '../../../models/poses';
import type { PlacedMarker } from '../../data/placement';
import { anchorMarkers, markersOnPosedSkin, type AnchoredMarker } from './skin-anchors';
import type { SkinPlacement } from './skin-placement';
import { vertexSkinTransform } from './skin-transform';
import { worldSpaceGeometry } from './world-geometry';

/** The skin in one pose: where it carries the markers, and its surface for line of sight. */
export interface PosedSkin {
  pose: PoseName;
  markers: PlacedMarker[];
  skin: MeshBVH;
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
  anchored: AnchoredMarker[];
  /** A copy of the body with bones of its own, posed off screen to read the skin from. */
  probe: Object3D;
  byPose: Map<PoseName, PosedSkin>;
}

const posesOf = new WeakMap<SkinPlacement, BodyPoses>();

/**
 * The markers placed on the rest pose (`rest`, from `placeOnSkin`), carried into `pose` by the
 * skin: each bound to its triangle and moved as the skin moves it. Computed once per pose.
 */
export function posedSkin(body: Object3D, rest: SkinPlacement, pose: PoseName): PosedSkin {
  // The model's rest pose is the standing one (models/skin.test.ts): nothing to carry.
  if (pose === 'standing') return standing(rest);
  let poses = posesOf.get(rest);
  if (poses === undefined) {
    const restGeometry = rest.skin.geometry;
    poses = {
      anchored: anchorMarkers(rest.placement.markers, restGeometry, rest.skin),
      probe: cloneSkinned(body),
      byPose: new Map(),
    };
    posesOf.set(rest, poses);
  }
  const cached = poses.byPose.get(pose);
  if (cached !== undefined) return cached;
  applyPose(poses.probe, pose);
  const geometry = worldSpaceGeometry(poses.probe);
  const skin = new MeshBVH(geometry);
  const posed = {
    pose,
    markers: markersOnPosedSkin(poses.anchored, geometry),
    skin,
    bounds: boundsOf(skin),
    toRest: restTransforms(poses, body),
  };
  poses.byPose.set(pose, posed);
  return posed;
}

const standingOf = new WeakMap<SkinPlacement, PosedSkin>();

function standing(rest: SkinPlacement): PosedSkin {
  let posed = standingOf.get(rest);
  if (posed === undefined) {
    posed = {
      pose: 'standing',
      markers: rest.placement.markers,
      skin: rest.skin,
      bounds: boundsOf(rest.skin),
      toRest: new Map(rest.placement.markers.map((m) => [markerKey(m), new Matrix4()])),
    };
    standingOf.set(rest, posed);
  }
  return posed;
}

function boundsOf(skin: MeshBVH): Sphere {
  return new Box3()
    .setFromBufferAttribute(skin.geometry.getAttribute('position') as BufferAttribute)
    .getBoundingSphere(new Sphere());
}

function restTransforms({ anchored, probe }: BodyPoses, rest: Object3D): Map<string, Matrix4> {
  const posedMesh = skinnedMeshOf(probe);
  const restMesh = skinnedMeshOf(rest);
  rest.updateMatrixWorld(true);
  return new Map(
    anchored.map(({ marker, anchor }) => {
      // The skin's move at the anchor's heaviest corner: rest from bind, after posed from bind undone.
      const corner = anchor.vertices[anchor.weights.indexOf(Math.max(...anchor.weights))]!;
      const posedFromBind = vertexSkinTransform(posedMesh, corner, new Matrix4());
      const restFromBind = vertexSkinTransform(restMesh, corner, new Matrix4());
      return [markerKey(marker), restFromBind.multiply(posedFromBind.invert())];
    }),
  );
}

function skinnedMeshOf(root: Object3D): SkinnedMesh {
  let mesh: SkinnedMesh | undefined;
  root.traverse((object) => {
    if (mesh === undefined && object instanceof SkinnedMesh) mesh = object;
  });
  if (mesh === undefined) throw new Error('models/body.glb has no skinned mesh');
  return mesh;
}
