import { Matrix4, Vector3 } from 'three';
import type { Region } from '../../../points/schema';
import { BODY_LANDMARKS } from '../../data/body-landmarks';
import type { PlacedMarker } from '../../data/placement';
import { viewWords } from '../../data/view-words';

const IDENTITY = new Matrix4();

/**
 * "Left foot, from below": which part of the body a camera at `from` looking at `at` shows, worded
 * in the body's own frame, so a posed figure (lying, seated) reads as the standing one would.
 * `toRest` carries the posed world back to the rest pose around the marker (posed-skin.ts).
 */
export function viewBearings(
  marker: PlacedMarker,
  region: Region,
  from: Vector3,
  at: Vector3,
  toRest: Matrix4 = IDENTITY,
): string {
  const restMarker = {
    side: marker.side,
    position: new Vector3(...marker.position).applyMatrix4(toRest).toArray(),
    normal: new Vector3(...marker.normal).transformDirection(toRest).toArray(),
  };
  const words = viewWords(
    restMarker,
    region,
    from.clone().applyMatrix4(toRest).toArray(),
    at.clone().applyMatrix4(toRest).toArray(),
    BODY_LANDMARKS,
  );
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}
