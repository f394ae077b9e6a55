import type { Object3D } from 'three';
import placementUrl from 'virtual:body-placement';
import type { Point } from '../../../points/schema';
import { decodePlacementAsset, type PlacementAsset } from './placement-asset';

let download: Promise<PlacementAsset> | undefined;

/** Starts reading the placement file, alongside the model's download. */
export function preloadPlacement(): Promise<PlacementAsset> {
  download ??= fetch(placementUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`the body's placement file answered ${response.status}`);
      return response.json() as Promise<unknown>;
    })
    .then(decodePlacementAsset);
  return download;
}

const computed = new WeakMap<Object3D, Promise<PlacementAsset>>();

/**
 * The points on the body: from the file the build wrote or, if that cannot be read, placed here
 * by the same rules (about a third of a second on a laptop), so the atlas still shows them.
 */
export async function loadPlacement(
  body: Object3D,
  points: readonly Point[],
): Promise<PlacementAsset> {
  try {
    return await preloadPlacement();
  } catch (error) {
    console.warn(`${(error as Error).message}; placing the points in the page instead.`);
    let placing = computed.get(body);
    if (placing === undefined) {
      placing = import('./compute-placement').then((m) => m.computePlacement(body, points));
      computed.set(body, placing);
    }
    return placing;
  }
}
