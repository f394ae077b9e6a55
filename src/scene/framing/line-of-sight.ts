import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import type { PlacedMarker } from '../../data/placement';
import type { SurfacePoint } from '../../data/surface-query';
import { OCCLUSION_TOLERANCE_M } from './occlusion';
import { emptySightMask, markSeen, seenCount, type SightMask } from './sight-mask';
import { VIEW_DIRECTIONS } from './view-directions';

/**
 * A direction this close to the skin's own plane (about 80° off the normal) sees the spot edge
 * on: not a view of it, whatever the rays say.
 */
const EDGE_ON = 0.17;

/**
 * Everything that can stand between a camera and the skin in one pose: the posed skin and the
 * pose's props, all in world space, in one index for rays.
 */
export function occluderIndex(skin: BufferGeometry, props: readonly BufferGeometry[]): MeshBVH {
  const parts = [skin, ...props];
  const positions: number[] = [];
  const indices: number[] = [];
  for (const part of parts) {
    const base = positions.length / 3;
    const position = part.getAttribute('position');
    for (let i = 0; i < position.count; i++)
      positions.push(position.getX(i), position.getY(i), position.getZ(i));
    const index = part.getIndex();
    if (index === null) for (let i = 0; i < position.count; i++) indices.push(base + i);
    else for (let i = 0; i < index.count; i++) indices.push(base + index.getX(i));
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(new Float32Array(positions), 3));
  geometry.setIndex(new BufferAttribute(new Uint32Array(indices), 1));
  return new MeshBVH(geometry);
}

/**
 * How deep a fold of skin over a point may be and still be looked through: the seated groin
 * closes over point 19 by 1 to 4 cm. Used only for a point no direction sees clear.
 */
export const FOLD_DEPTH_M = 0.04;

/** A marker's line of sight, and whether it is only through a fold of skin lying over it. */
export interface MarkerSight {
  mask: SightMask;
  throughFold: boolean;
}

/**
 * From which view directions `spot` can be seen, with nothing of `occluders` in the way nearer
 * the camera than `toleranceM` from the spot.
 */
export function spotSight(
  spot: SurfacePoint,
  occluders: MeshBVH,
  toleranceM = OCCLUSION_TOLERANCE_M,
): SightMask {
  const mask = emptySightMask();
  const normal = new Vector3(...spot.normal);
  const position = new Vector3(...spot.position);
  const ray = new Ray();
  VIEW_DIRECTIONS.forEach((direction, i) => {
    if (direction.dot(normal) < EDGE_ON) return;
    // The rule the live view hides markers by: skin closer to the spot than the tolerance (its
    // own triangle, a fold it lies in) does not hide it.
    ray.origin.copy(position).addScaledVector(direction, toleranceM);
    ray.direction.copy(direction);
    if (occluders.raycastFirst(ray, DoubleSide) === null) markSeen(mask, i);
  });
  return mask;
}

/**
 * From which directions a marker can be seen together with the landmarks its rule starts from,
 * so a close-up shows the way to the point, not just the point. Where no direction shows them
 * all (a landmark round the other side of a limb), the marker's own sight is kept; where none
 * shows the marker itself (it lies in a fold of skin in this pose), the directions from which
 * only that fold is in the way, so the view looks through the fold and not through an arm.
 */
export function markerSight(marker: PlacedMarker, occluders: MeshBVH): MarkerSight {
  const own = spotSight(marker, occluders);
  const withLandmarks = marker.guide.landmarks.reduce((mask, landmark) => {
    const seen = spotSight(landmark, occluders);
    return mask.map((byte, i) => byte & seen[i]!);
  }, own);
  if (seenCount(withLandmarks) > 0) return { mask: withLandmarks, throughFold: false };
  if (seenCount(own) > 0) return { mask: own, throughFold: false };
  return { mask: spotSight(marker, occluders, FOLD_DEPTH_M), throughFold: true };
}
