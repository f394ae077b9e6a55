import { Vector3 } from 'three';
import { openAreas, rectHeight, rectWidth, type ScreenRect, type ViewArea } from './open-area';
import { screenUp } from './upright';

/** Room kept between what is framed and the view's edges or the controls over it, CSS pixels. */
export const FRAME_MARGIN_PX = 16;
/** The camera stays this near and this far from what it looks at (the controls' own limits). */
export const CAMERA_DISTANCE_M = { min: 0.15, max: 7 } as const;
/** At most this many halvings of the distance range; the search stops at a millimetre. */
const SEARCH_STEPS = 24;

export interface FittedView {
  position: [number, number, number];
  target: [number, number, number];
  /** Where on the view the target is drawn, CSS pixels from its top left. */
  focus: { x: number; y: number };
}

/**
 * The camera that looks at `target` from `direction` (a unit vector toward the camera) and is
 * just far enough back for every spot of `outline` to be drawn inside one of the view's open
 * areas (clear of its controls), the one where it is drawn largest. The target is drawn off centre where that centres the outline in the
 * open area: `focus` says where, and the view shifts its picture there (see ViewOffset).
 */
export function fitView(
  target: Vector3,
  direction: Vector3,
  outline: readonly Vector3[],
  area: ViewArea,
  fovDegrees: number,
): FittedView {
  const focalPx = area.height / 2 / Math.tan((fovDegrees * Math.PI) / 360);
  const up = screenUp(direction);
  const right = direction.clone().negate().cross(up);
  const spots = outline.map((spot) => {
    const offset = spot.clone().sub(target);
    return { x: offset.dot(right), y: offset.dot(up), toward: offset.dot(direction) };
  });
  const drawn = (distance: number) => {
    let left = 0;
    let rightmost = 0;
    let top = 0;
    let bottom = 0;
    for (const spot of spots) {
      const depth = distance - spot.toward;
      if (depth <= CAMERA_DISTANCE_M.min / 2) return null;
      const x = (focalPx * spot.x) / depth;
      const y = (-focalPx * spot.y) / depth;
      left = Math.min(left, x);
      rightmost = Math.max(rightmost, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
    return { left, right: rightmost, top, bottom };
  };
  // The closest camera that draws the outline inside an open rectangle.
  const fittedIn = (open: ScreenRect) => {
    const fits = (distance: number) => {
      const box = drawn(distance);
      return (
        box !== null &&
        box.right - box.left <= rectWidth(open) &&
        box.bottom - box.top <= rectHeight(open)
      );
    };
    let near: number = CAMERA_DISTANCE_M.min;
    let far: number = CAMERA_DISTANCE_M.max;
    if (fits(near)) far = near;
    for (let step = 0; step < SEARCH_STEPS && far - near > 0.001; step++) {
      const middle = (near + far) / 2;
      if (fits(middle)) far = middle;
      else near = middle;
    }
    return { open, distance: far };
  };
  // Of the open rectangles, the one the outline is drawn largest in (a wide foot takes a wide
  // strip under the buttons rather than the tall column between them).
  const { open, distance: far } = openAreas(area, FRAME_MARGIN_PX)
    .map(fittedIn)
    .reduce((best, next) => (next.distance < best.distance ? next : best));
  const box = drawn(far) ?? { left: 0, right: 0, top: 0, bottom: 0 };
  const focus = {
    x: (open.left + open.right) / 2 - (box.left + box.right) / 2,
    y: (open.top + open.bottom) / 2 - (box.top + box.bottom) / 2,
  };
  const position = target.clone().addScaledVector(direction, far);
  return {
    position: position.toArray() as FittedView['position'],
    target: target.toArray() as FittedView['target'],
    focus,
  };
}
