import { Vector3 } from 'three';
import { cunM } from '../../models/cun-span-ids';
import type { LandmarkTable } from '../../models/landmark-table';
import type { Point } from '../../points/schema';
import {
  STANDARD_POINT_RULES,
  type StandardOffset,
  type StandardPointRule,
} from '../../points/standard-points';
import {
  followSteps,
  startAtLandmarks,
  type MarkerSide,
  type PlacedMarker,
  type SkinQueries,
} from './placement';
import { PlacementError } from './placement-error';
import type { SurfacePoint } from './surface-query';

const MM = 0.001;

/** The standard point a dataset point is compared with, placed on the skin on one side. */
export interface PlacedStandardPoint extends SurfacePoint {
  /** The dataset point it is compared with. */
  point: number;
  side: MarkerSide;
  code: string;
  /** Straight from the article's reading (the point's marker on the same side), metres. */
  distanceM: number;
  /** One cun of the span its rule counts in, metres: the distance said in cun. */
  cunM: number;
}

export interface StandardPlacement {
  standard: PlacedStandardPoint[];
  /** One message per standard point that could not be placed. */
  problems: string[];
}

/**
 * Places, by the same engine as the dataset's points, the standard point each dataset point
 * names as its likely match, on every side the point has a marker, and measures how far the
 * two lie apart.
 */
export function placeStandardPoints(
  points: readonly Point[],
  markers: readonly PlacedMarker[],
  table: LandmarkTable,
  skin: SkinQueries,
  rules: readonly StandardPointRule[] = STANDARD_POINT_RULES,
): StandardPlacement {
  const standard: PlacedStandardPoint[] = [];
  const problems: string[] = [];
  for (const point of points) {
    const code = point.standardPoint?.code;
    if (code === undefined) continue;
    const rule = rules.find((r) => r.code === code);
    if (rule === undefined) {
      problems.push(`point ${point.number}: the atlas has no rule placing ${code}`);
      continue;
    }
    // A pair's rule walks out to each side; from the midline it would have no side to walk to.
    if (rule.symmetry !== point.symmetry) {
      problems.push(
        `point ${point.number}: ${code} is a ${rule.symmetry} point, the point a ${point.symmetry}`,
      );
      continue;
    }
    for (const marker of markers.filter((m) => m.point === point.number)) {
      try {
        const spot = placeStandardRule(
          rule,
          rule.symmetry === 'midline' ? 'midline' : marker.side,
          table,
          skin,
        );
        standard.push({
          ...spot,
          point: point.number,
          side: marker.side,
          code,
          distanceM: new Vector3(...spot.position).distanceTo(new Vector3(...marker.position)),
          cunM: cunM(table.cunSpansM, rule.span),
        });
      } catch (error) {
        if (!(error instanceof PlacementError)) throw error;
        problems.push(error.message);
      }
    }
  }
  return { standard, problems };
}

/** One standard point's rule walked on the skin from its landmark. */
export function placeStandardRule(
  rule: StandardPointRule,
  side: MarkerSide,
  table: LandmarkTable,
  skin: SkinQueries,
): SurfacePoint {
  const closest = side === 'midline' ? skin.closestOnMidline : skin.closest;
  const begun = startAtLandmarks(
    rule.reference,
    side,
    table,
    closest,
    `standard point ${rule.code}`,
  );
  const steps = rule.offsets.map((offset) => ({
    direction: offset.direction,
    lengthM: standardOffsetM(offset, rule, table),
    marksM: [],
  }));
  return followSteps(begun, steps, side, closest, `standard point ${rule.code}`).end;
}

export const standardOffsetM = (
  offset: StandardOffset,
  rule: Pick<StandardPointRule, 'span'>,
  table: Pick<LandmarkTable, 'cunSpansM'>,
): number =>
  offset.unit === 'mm' ? offset.amount * MM : offset.amount * cunM(table.cunSpansM, rule.span);
