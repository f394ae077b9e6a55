import { MathUtils, type PerspectiveCamera } from 'three';

/** Closer than this to its goal, the picture's shift has arrived, CSS pixels. */
const ARRIVED_PX = 0.5;

export interface ScreenSpot {
  x: number;
  y: number;
}

/**
 * Shifts the picture so the camera's target is drawn at `focus` (CSS pixels from the view's top
 * left) instead of the middle, with the camera's view offset: the camera still looks straight at
 * its target, so lines of sight, orbiting and zooming are unchanged, and markers, taps and
 * occlusion all go through the same projection.
 */
export function applyViewOffset(
  camera: PerspectiveCamera,
  size: { width: number; height: number },
  focus: ScreenSpot,
) {
  const { width, height } = size;
  if (width === 0 || height === 0) return;
  const x = width / 2 - focus.x;
  const y = height / 2 - focus.y;
  if (Math.abs(x) < ARRIVED_PX && Math.abs(y) < ARRIVED_PX) camera.clearViewOffset();
  else camera.setViewOffset(width, height, x, y, width, height);
}

/**
 * One step of the shift toward its goal, eased as the camera's own moves are (`smoothTime`
 * seconds to come most of the way); true once it has arrived.
 */
export function stepToward(
  current: ScreenSpot,
  goal: ScreenSpot,
  smoothTimeS: number,
  deltaS: number,
): boolean {
  const lambda = 4 / smoothTimeS;
  current.x = MathUtils.damp(current.x, goal.x, lambda, deltaS);
  current.y = MathUtils.damp(current.y, goal.y, lambda, deltaS);
  const arrived =
    Math.abs(current.x - goal.x) < ARRIVED_PX && Math.abs(current.y - goal.y) < ARRIVED_PX;
  if (arrived) {
    current.x = goal.x;
    current.y = goal.y;
  }
  return arrived;
}
