import type { Object3D } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import type { Point } from '../../../points/schema';
import { BODY_LANDMARKS } from '../../data/body-landmarks';
import { placePointsReporting, type PlacementResult, type SkinQueries } from '../../data/placement';
import { createMidlineQuery, createSurfaceQuery } from '../../data/surface-query';
import { worldSpaceGeometry } from './world-geometry';

export interface SkinPlacement {
  placement: PlacementResult;
  /** The skin in world space, for line-of-sight tests and picking. */
  skin: MeshBVH;
  /** Where a spot settles on that skin, for placing more by rule. */
  queries: SkinQueries;
}

const placed = new WeakMap<Object3D, WeakMap<readonly Point[], SkinPlacement>>();

/**
 * The dataset's points placed on the loaded body by rule (the functions the Node tests check),
 * computed once per body and dataset. The build runs it (compute-placement.ts); a page runs it
 * only when the build's placement file cannot be read.
 */
export function placeOnSkin(body: Object3D, points: readonly Point[]): SkinPlacement {
  let byPoints = placed.get(body);
  if (byPoints === undefined) placed.set(body, (byPoints = new WeakMap()));
  const cached = byPoints.get(points);
  if (cached !== undefined) return cached;
  const geometry = worldSpaceGeometry(body);
  const skin = new MeshBVH(geometry);
  const queries = {
    closest: createSurfaceQuery(geometry, skin),
    closestOnMidline: createMidlineQuery(geometry),
  };
  const placement = placePointsReporting(points, BODY_LANDMARKS, queries);
  const result = { placement, skin, queries };
  byPoints.set(points, result);
  return result;
}
