import { Box3, Vector3 } from 'three';
import { BREADTH, STATURE } from '../../../models/proportions';
import type { PoseName } from '../../../models/poses';
import { fitView, type FittedView } from '../framing/fit-view';
import type { ViewArea } from '../framing/open-area';

/** Where the camera goes: its position, what it looks at, and where on the view that is drawn. */
export type CameraPose = FittedView;

export type SideView = 'front' | 'back' | 'left' | 'right';

/** Where the camera looks from for each whole-body view (the body's left is +X). */
const SIDE_DIRECTIONS: Record<SideView, readonly [number, number]> = {
  front: [0, 1],
  back: [0, -1],
  left: [1, 0],
  right: [-1, 0],
};

/** A whole-body view looks a little down at the figure, as a person standing before it would. */
const WHOLE_BODY_LIFT = 0.03;
/** A side view of a posed figure (lying, seated) looks down at it more, to show its top. */
const POSED_SIDE_LIFT = 0.25;

/**
 * From where a body is seen whole, as a direction from its centre: standing from the front, a
 * figure lying on a couch or on all fours from its left side and above, a seated one from the
 * front left.
 */
const OVERVIEW_FROM: Record<PoseName, readonly [number, number, number]> = {
  standing: [0, WHOLE_BODY_LIFT, 1],
  sitting: [0.5, 0.25, 1],
  'sitting-forearms-on-table': [0.7, 0.5, 1],
  'lying-face-down-on-bolster': [1, 0.8, 0.25],
  'lying-on-back': [1, 0.8, 0.25],
  'on-all-fours': [1, 0.4, 0.4],
};

/** How the camera frames the whole body, as it stands or as it is posed, in a view of this size. */
export interface BodyFraming {
  home: () => CameraPose;
  side: (view: SideView) => CameraPose;
}

/**
 * Around the standing figure until its measured box arrives with the placement (the floor page
 * frames with it too): as tall as the model's stature, as wide as its shoulders with the arms
 * hanging a little out, as deep as its head.
 */
export const STANDING_BOUNDS = new Box3(
  new Vector3(-2 * BREADTH.shoulderJoint, 0, -BREADTH.headDepthHalf),
  new Vector3(2 * BREADTH.shoulderJoint, STATURE, BREADTH.headDepthHalf),
);

/**
 * The whole body framed in the open part of the view: `bounds` is the box around the posed body,
 * and its eight corners must fit, so the figure fits whichever way the camera looks at it.
 */
export function bodyFraming(
  pose: PoseName,
  bounds: Box3,
  area: () => ViewArea,
  fovDegrees: number,
): BodyFraming {
  const { min, max } = bounds;
  const outline = [min.x, max.x].flatMap((x) =>
    [min.y, max.y].flatMap((y) => [min.z, max.z].map((z) => new Vector3(x, y, z))),
  );
  const centre = bounds.getCenter(new Vector3());
  const from = (direction: Vector3) =>
    fitView(centre, direction.normalize(), outline, area(), fovDegrees);
  const sideLift = pose === 'standing' ? WHOLE_BODY_LIFT : POSED_SIDE_LIFT;
  return {
    home: () => from(new Vector3(...OVERVIEW_FROM[pose])),
    side: (view) => {
      const [x, z] = SIDE_DIRECTIONS[view];
      return from(new Vector3(x, sideLift, z));
    },
  };
}

/** Of a pair, the marker that faces the camera more, so the camera travels least. */
export function markerFacing<M extends { position: readonly number[]; normal: readonly number[] }>(
  markers: readonly M[],
  cameraPosition: Vector3,
): M | undefined {
  return [...markers].sort((a, b) => facing(b, cameraPosition) - facing(a, cameraPosition))[0];
}

function facing(
  marker: { position: readonly number[]; normal: readonly number[] },
  cameraPosition: Vector3,
): number {
  const toCamera = cameraPosition.clone().sub(new Vector3().fromArray(marker.position)).normalize();
  return toCamera.dot(new Vector3().fromArray(marker.normal));
}
