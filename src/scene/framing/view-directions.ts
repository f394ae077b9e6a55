import { Vector3 } from 'three';

/**
 * How many directions a point can be looked at from. They are spread evenly over the sphere
 * (a Fibonacci lattice), about 13° apart: fine enough that the best clear view is among them,
 * coarse enough that each marker's line of sight in every pose fits in 32 bytes.
 */
export const VIEW_DIRECTION_COUNT = 256;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * The directions, as unit vectors from a point toward where a camera could stand. Computed, not
 * stored: the build and the page derive the same list from the count alone.
 */
export const VIEW_DIRECTIONS: readonly Vector3[] = Array.from(
  { length: VIEW_DIRECTION_COUNT },
  (_, i) => {
    const y = 1 - ((i + 0.5) / VIEW_DIRECTION_COUNT) * 2;
    const ring = Math.sqrt(1 - y * y);
    const turn = GOLDEN_ANGLE * i;
    return new Vector3(Math.cos(turn) * ring, y, Math.sin(turn) * ring);
  },
);
