import { Vector3 } from 'three';

/**
 * Steeper than this (the camera more than about 65° above or below level), the screen's "up" is
 * no longer the world's and a figure seen that way can come out turned any way round.
 */
const STEEPEST_VIEW = 0.9;
/**
 * How far "toward the feet" may point up the screen: a hair, so a figure seen end on (lying, from
 * its feet) still counts; one seen from beyond its head, feet at the top, does not.
 */
const FEET_UP_TOLERANCE = 0.1;

const WORLD_UP = new Vector3(0, 1, 0);

/**
 * Whether a camera looking along `-direction` (direction: from the target toward the camera)
 * shows the body the right way up. The rule, the same in every pose: the camera keeps the world's
 * up as the screen's up and is never steeper than 65°, and the body's long axis as posed
 * (`headward`, pelvis toward head) never has its feet end up the screen. Standing or sitting
 * that keeps the head at the top; lying or on all fours the body is seen from its side or its
 * feet end, never from beyond its head, so "toward the feet" runs down or across the screen.
 */
export function isUpright(direction: Vector3, headward: Vector3): boolean {
  if (Math.abs(direction.y) > STEEPEST_VIEW) return false;
  return -headward.dot(screenUp(direction)) <= FEET_UP_TOLERANCE;
}

/** How much of the screen's up the body's long axis takes, -1 to 1: 1 with the head on top. */
export function headUpShare(direction: Vector3, headward: Vector3): number {
  return headward.dot(screenUp(direction));
}

/** The screen's up, in the world, for a camera looking along `-direction` with the world's up. */
export function screenUp(direction: Vector3): Vector3 {
  const forward = direction.clone().negate();
  return WORLD_UP.clone().addScaledVector(forward, -forward.y).normalize();
}
