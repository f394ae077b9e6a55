import { Vector3 } from 'three';
import { CAMERA_DISTANCE_M, FRAME_MARGIN_PX, type FittedView } from './fit-view';
import { openArea, rectHeight, rectWidth, type ViewArea } from './open-area';
import { screenUp } from './upright';

/**
 * How a point is framed while a class is asked to find it: at a fixed scale, whatever the point,
 * so the zoom says nothing about it, and with the point drawn at a spot of the caller's choosing
 * (`shift`, each of x and y from -1 to 1 across the open part of the view), so where it lands on
 * screen says nothing either.
 */
export interface AskingView {
  /** How many CSS pixels a finger-width at the point spans. */
  fingerWidthPx: number;
  shift: readonly [number, number];
}

/**
 * The share of the open area's half-width (and half-height) the point may be drawn off its
 * middle: the rest keeps it inside the open area, clear of the controls by the frame's margin
 * and more (a finger-width more wherever the open area is a phone's width or larger).
 */
const SHIFT_REACH = 0.6;

/**
 * The view of `framing` (a point's own framing: from where the point is seen) moved back or in
 * to the asked scale along the same clear line of sight to the point, and aimed beside the point
 * so the point is drawn at the shifted spot. The camera turns about that spot, not about the
 * point, so turning the body gives the point away no more than the picture does.
 */
export function askingView(
  framing: FittedView,
  point: Vector3,
  area: ViewArea,
  fovDegrees: number,
  fingerWidthM: number,
  asking: AskingView,
): FittedView {
  const focalPx = area.height / 2 / Math.tan((fovDegrees * Math.PI) / 360);
  const direction = new Vector3(...framing.position).sub(new Vector3(...framing.target));
  direction.normalize();
  const wanted = (focalPx * fingerWidthM) / asking.fingerWidthPx;
  const distance = Math.min(CAMERA_DISTANCE_M.max, Math.max(CAMERA_DISTANCE_M.min, wanted));
  const open = openArea(area, FRAME_MARGIN_PX);
  const centre = { x: (open.left + open.right) / 2, y: (open.top + open.bottom) / 2 };
  const across = (asking.shift[0] * SHIFT_REACH * rectWidth(open)) / 2;
  const down = (asking.shift[1] * SHIFT_REACH * rectHeight(open)) / 2;
  const up = screenUp(direction);
  const right = direction.clone().negate().cross(up);
  // In the plane facing the camera through the point, a pixel is this many metres.
  const metresPerPx = distance / focalPx;
  const target = point
    .clone()
    .addScaledVector(right, -across * metresPerPx)
    .addScaledVector(up, down * metresPerPx);
  // On the point's own line of sight, which the build found clear: aimed beside the point, a
  // camera moved aside with its aim could look past a limb at it.
  const position = point.clone().addScaledVector(direction, distance);
  return { position: position.toArray(), target: target.toArray(), focus: centre };
}
