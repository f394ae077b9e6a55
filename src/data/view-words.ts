import type { Vec3 } from '../../models/landmark-table';
import type { Region } from '../../points/schema';
import type { LandmarkTable } from '../../models/landmark-table';
import type { MarkerSide } from './placement';

/** Steeper than this, a view counts as from above or below rather than from a side. */
const STEEP_VIEW = 0.6;
/**
 * Lower than this (about 10° under the point), a side view also says it is from below: cameras
 * look down at the body, so one under it is worth saying, and one under the front of a foot
 * shows the sole, which "from the front" alone would not suggest.
 */
const UNDER_VIEW = 0.17;
/** Higher than this (about 33°), a side view also says it is from above. */
const OVER_VIEW = 0.55;
/** "From above" starts higher than "from below": a camera at eye level looks down at most of the body. */
const ABOVE_BIAS = 0.2;

const PART_BY_REGION: Record<Region, string> = {
  foot: 'foot',
  leg: 'lower leg',
  arm: 'forearm and wrist',
  'head-neck': 'neck',
  back: 'back',
  'abdomen-pelvis': 'belly',
};

/**
 * Which part of the body a view shows and from where, in words ("left foot, from the outer
 * side"), so a close-up keeps its bearings for someone who cannot tell one foot from the other.
 * `from` is the camera's position and `at` the point it looks at, in the body's frame.
 */
export function viewWords(
  marker: { side: MarkerSide; position: Vec3; normal: Vec3 },
  region: Region,
  from: Vec3,
  at: Vec3,
  table: LandmarkTable,
): string {
  const side = marker.side === 'midline' ? '' : `${marker.side} `;
  return `${side}${bodyPart(marker, region, table)}, ${direction(marker.side, from, at)}`;
}

function bodyPart(
  marker: { position: Vec3; normal: Vec3 },
  region: Region,
  table: LandmarkTable,
): string {
  if (region === 'head-neck') {
    const hairline = table.landmarks.find((l) => l.id === 'nape-hairline');
    return hairline !== undefined && marker.position[1] >= hairline.position[1] ? 'head' : 'neck';
  }
  // The perineum point faces down and back, between the buttocks.
  if (region === 'abdomen-pelvis' && (marker.normal[1] < -STEEP_VIEW || marker.normal[2] < 0))
    return 'pelvis, between the buttocks';
  return PART_BY_REGION[region];
}

function direction(side: MarkerSide, from: Vec3, at: Vec3): string {
  const d = from.map((value, i) => value - at[i]!) as [number, number, number];
  const length = Math.hypot(...d);
  const [x, y, z] = d.map((value) => value / length) as [number, number, number];
  if (y < -STEEP_VIEW) return 'from below';
  if (y > STEEP_VIEW + ABOVE_BIAS) return 'from above';
  const sideways = horizontalDirection(side, x, z);
  if (y < -UNDER_VIEW) return `${sideways} and below`;
  if (y > OVER_VIEW) return `${sideways} and above`;
  return sideways;
}

function horizontalDirection(side: MarkerSide, x: number, z: number): string {
  if (Math.abs(z) >= Math.abs(x)) return z > 0 ? 'from the front' : 'from behind';
  // +X is the body's own left: looking from there at a left-side point sees its outer side.
  const fromBodyLeft = x > 0;
  if (side === 'midline') return fromBodyLeft ? "from the body's left" : "from the body's right";
  return fromBodyLeft === (side === 'left') ? 'from the outer side' : 'from the inner side';
}
