import { Vector3 } from 'three';
import type { Region } from '../../../points/schema';
import type { PlacedMarker } from '../../data/placement';

export interface CameraPose {
  position: [number, number, number];
  target: [number, number, number];
}

/** Where the whole standing figure fits the view (metres; the figure is 1.70 m tall). */
const BODY_CENTRE_Y = 0.88;
const FULL_BODY_DISTANCE = 4.4;

/** How far the camera stands from a point, by body region: close for toes, further for the trunk. */
const VIEW_DISTANCE_M: Record<Region, number> = {
  foot: 0.42,
  leg: 0.6,
  arm: 0.5,
  'head-neck': 0.6,
  back: 0.95,
  'abdomen-pelvis': 0.95,
};

/** A slight look from above makes a close view read naturally. */
const LIFT_SHARE = 0.25;

export const DEFAULT_POSE: CameraPose = {
  position: [0, BODY_CENTRE_Y + 0.1, FULL_BODY_DISTANCE],
  target: [0, BODY_CENTRE_Y, 0],
};

export type SideView = 'front' | 'back' | 'left' | 'right';

/** Where the camera looks from for each whole-body view (the body's left is +X). */
const SIDE_DIRECTIONS: Record<SideView, readonly [number, number]> = {
  front: [0, 1],
  back: [0, -1],
  left: [1, 0],
  right: [-1, 0],
};

export function sideViewPose(view: SideView): CameraPose {
  const [x, z] = SIDE_DIRECTIONS[view];
  return {
    position: [x * FULL_BODY_DISTANCE, BODY_CENTRE_Y + 0.1, z * FULL_BODY_DISTANCE],
    target: [0, BODY_CENTRE_Y, 0],
  };
}

/**
 * A view that frames one marker: the camera stands out along the skin's normal (so a back
 * point turns the body, a toe point gets a close foot view), lifted a little.
 */
export function poseForMarker(marker: PlacedMarker, region: Region): CameraPose {
  const target = new Vector3(...marker.position);
  const out = new Vector3(...marker.normal);
  // A sole faces the floor: look from below and in front rather than from straight under it.
  if (out.y < -0.7) out.set(0, -0.55, 0.85);
  out.y += LIFT_SHARE;
  out.normalize();
  const position = target.clone().addScaledVector(out, VIEW_DISTANCE_M[region]);
  return {
    position: position.toArray() as CameraPose['position'],
    target: target.toArray() as CameraPose['target'],
  };
}

/** Of a pair, the marker that faces the camera more, so the camera travels least. */
export function markerFacing(
  markers: PlacedMarker[],
  cameraPosition: Vector3,
): PlacedMarker | undefined {
  return [...markers].sort((a, b) => facing(b, cameraPosition) - facing(a, cameraPosition))[0];
}

function facing(marker: PlacedMarker, cameraPosition: Vector3): number {
  const toCamera = cameraPosition
    .clone()
    .sub(new Vector3(...marker.position))
    .normalize();
  return toCamera.dot(new Vector3(...marker.normal));
}
